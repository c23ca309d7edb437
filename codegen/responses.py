"""What Open WebUI answers where its schema is silent or says "maybe null": normaliser data.

FastAPI writes a response schema only for a route declared with ``response_model``. Many of
Open WebUI's routes return a known model without declaring it, so their 200 answer is an
empty schema and the generated function returns ``Any``. Others declare ``Model | None``
although their handler never returns ``None`` (it raises ``HTTPException`` instead), so the
generated function returns ``Model | None`` and every caller checks for a ``None`` that never
comes. Both are facts about Open WebUI's code, not its schema: they are recorded here, each
with the line of the router that shows it (``routers/<file>.py:<line>`` under
``open_webui/`` of the release named by :data:`READ_FROM`, or ``main.py:<line>`` for the
routes the app declares itself), and applied by
``codegen/normalize.py`` (:func:`codegen.normalize.type_silent_responses` and
:func:`codegen.normalize.drop_impossible_null`).

Every entry is checked against a real server by ``tests/integration/test_typed_answers.py``:
a wrong guess fails there, not in a user's hands.

What stays ``Any`` (the rule, also in ``codegen/README.md``): a route is typed here only when
its handler returns one model (or one fixed shape of JSON) on every path that answers 200.
Proxies to another service (``/ollama``, ``/openai``, ``/api/v1/pipelines``,
``/api/v1/terminals``, tool servers) answer whatever that service answers; routes that return
a configuration dictionary built from settings keys, a file, a stream or a redirect, or a
value whose shape depends on the request, stay ``Any``.
"""

from __future__ import annotations

from typing import Any, NamedTuple

#: The release whose routers the ``source`` lines below were read from.
READ_FROM = "0.12.4"

Schema = dict[str, Any]


class Answer(NamedTuple):
    """The 200 answer of one route: its schema and the router line that returns it."""

    schema: Schema
    source: str


def _ref(name: str) -> Schema:
    return {"$ref": f"#/components/schemas/{name}"}


def _list_of(name: str) -> Schema:
    return {"type": "array", "items": _ref(name)}


_BOOLEAN: Schema = {"type": "boolean"}


def _history(kind: str, *, snapshot: bool) -> Schema:
    """``<Kind>HistoryResponse`` (an entry as listed) or ``<Kind>HistoryModel`` (with its
    snapshot): open_webui/models/{tool,function,skill}_history.py."""
    title = f"{kind.title()}History{'Model' if snapshot else 'Response'}"
    nullable_string: Schema = {"anyOf": [{"type": "string"}, {"type": "null"}]}
    properties: Schema = {
        "id": {"type": "string"},
        f"{kind}_id": {"type": "string"},
        "parent_id": nullable_string,
        "user_id": {"type": "string"},
        "commit_message": nullable_string,
        "created_at": {"type": "integer"},
        "user": {"anyOf": [{"type": "object"}, {"type": "null"}]},
    }
    required = ["id", f"{kind}_id", "user_id", "created_at"]
    if snapshot:
        properties["snapshot"] = {"type": "object"}
        required.append("snapshot")
    return {
        "title": title,
        "type": "object",
        "description": f"A saved version of a {kind}"
        + (", with its content." if snapshot else "; its content is fetched by id."),
        "properties": properties,
        "required": required,
    }


#: open_webui/models/folders.py:36 (class FolderModel): its fields, which the folder answers
#: below extend.
_FOLDER_PROPERTIES: Schema = {
    "id": {"type": "string", "title": "Id"},
    "parent_id": {"anyOf": [{"type": "string"}, {"type": "null"}], "title": "Parent Id"},
    "user_id": {"type": "string", "title": "User Id"},
    "name": {"type": "string", "title": "Name"},
    "items": {"anyOf": [{"type": "object"}, {"type": "null"}], "title": "Items"},
    "meta": {"anyOf": [{"type": "object"}, {"type": "null"}], "title": "Meta"},
    "data": {"anyOf": [{"type": "object"}, {"type": "null"}], "title": "Data"},
    "is_expanded": {"type": "boolean", "title": "Is Expanded", "default": False},
    "created_at": {"type": "integer", "title": "Created At"},
    "updated_at": {"type": "integer", "title": "Updated At"},
}
_FOLDER_REQUIRED = ["id", "user_id", "name", "created_at", "updated_at"]


#: The ``metadata`` of a history diff: each field that differs between the two versions, by name.
_CHANGED_FIELDS: Schema = {
    "type": "object",
    "additionalProperties": _ref("HistoryDiffChange"),
    "title": "Metadata",
}


#: Schemas the routes below need and Open WebUI's schema lacks: models its routers return
#: without declaring them (no route declares them, so FastAPI never wrote them), and the small
#: fixed answers written as dict literals. Added only when the document has no schema of
#: that name.
SCHEMAS: dict[str, Schema] = {
    # open_webui/models/folders.py:36 (class FolderModel)
    "FolderModel": {
        "title": "FolderModel",
        "type": "object",
        "properties": _FOLDER_PROPERTIES,
        "required": _FOLDER_REQUIRED,
    },
    "ToolHistoryResponse": _history("tool", snapshot=False),
    "ToolHistoryModel": _history("tool", snapshot=True),
    "FunctionHistoryResponse": _history("function", snapshot=False),
    "FunctionHistoryModel": _history("function", snapshot=True),
    "SkillHistoryResponse": _history("skill", snapshot=False),
    # {'items': [AutomationResponse(...)], 'total': result.total}: routers/automations.py:191
    "AutomationListResponse": {
        "title": "AutomationListResponse",
        "type": "object",
        "description": "A page of automations and how many match in all.",
        "properties": {
            "items": _list_of("AutomationResponse"),
            "total": {"type": "integer", "title": "Total"},
        },
        "required": ["items", "total"],
    },
    # {'status': True}: routers/auths.py:305, routers/calendar.py:377 and :486,
    # routers/knowledge.py:2412, main.py:2686, 3077, 3118 and 3125
    "StatusResponse": {
        "title": "StatusResponse",
        "type": "object",
        "description": "The answer of an action that reports only that it was done.",
        "properties": {"status": {"type": "boolean", "title": "Status"}},
        "required": ["status"],
    },
    # {'version': VERSION, 'deployment_id': DEPLOYMENT_ID}: main.py:2691 (DEPLOYMENT_ID is ''
    # unless set; not required, so that a release without it parses too)
    "VersionResponse": {
        "title": "VersionResponse",
        "type": "object",
        "description": "The server's Open WebUI release.",
        "properties": {
            "version": {"type": "string", "title": "Version"},
            "deployment_id": {"type": "string", "title": "Deployment Id"},
        },
        "required": ["version"],
    },
    # {'current': VERSION, 'latest': ...}: main.py:2701, 2713, 2716 (latest is None when the
    # check failed)
    "VersionUpdatesResponse": {
        "title": "VersionUpdatesResponse",
        "type": "object",
        "description": "The server's release and the newest one published, when it could ask.",
        "properties": {
            "current": {"type": "string", "title": "Current"},
            "latest": {"anyOf": [{"type": "string"}, {"type": "null"}], "title": "Latest"},
        },
        "required": ["current", "latest"],
    },
    # {'tasks': await list_tasks(...)}: main.py:2179 (task ids: tasks.py:186)
    "TaskListResponse": {
        "title": "TaskListResponse",
        "type": "object",
        "description": "The ids of the tasks running on the server.",
        "properties": {"tasks": {"type": "array", "items": {"type": "string"}, "title": "Tasks"}},
        "required": ["tasks"],
    },
    # {'task_ids': ...}: main.py:2188, 2192, 2200
    "ChatTaskIdsResponse": {
        "title": "ChatTaskIdsResponse",
        "type": "object",
        "description": "The ids of the tasks running for one chat.",
        "properties": {
            "task_ids": {"type": "array", "items": {"type": "string"}, "title": "Task Ids"}
        },
        "required": ["task_ids"],
    },
    # {'content': file.data.get('content', '')}: routers/files.py:706 and :800
    "FileContentResponse": {
        "title": "FileContentResponse",
        "type": "object",
        "description": "The text extracted from a file.",
        "properties": {"content": {"type": "string", "title": "Content"}},
        "required": ["content"],
    },
    # open_webui/retrieval/vector/main.py:20 (class SearchResult(GetResult)); the schema's own
    # SearchResult is another model (a search hit of chats and notes), hence the name.
    "VectorSearchResult": {
        "title": "VectorSearchResult",
        "type": "object",
        "description": "What a vector search found: one list per query, best match first.",
        "properties": {
            name: {
                "anyOf": [
                    {"type": "array", "items": {"type": "array", "items": item}},
                    {"type": "null"},
                ],
                "title": name.title(),
            }
            for name, item in (
                ("ids", {"type": "string"}),
                ("documents", {"type": "string"}),
                ("metadatas", {}),
                ("distances", {"type": "number"}),
            )
        },
        "required": ["ids", "documents", "metadatas", "distances"],
    },
    # {'message': 'File deleted successfully'}: routers/files.py:1076
    "FileMessageResponse": {
        "title": "FileMessageResponse",
        "type": "object",
        "description": "The answer of a file deletion: a message saying it was done.",
        "properties": {"message": {"type": "string", "title": "Message"}},
        "required": ["message"],
    },
    # The unread count of each of a user's folders, keyed by folder id: both answers below.
    "FolderUnreadCounts": {
        "title": "FolderUnreadCounts",
        "type": "object",
        "description": "The unread count of each of the user's folders (keys are folder ids).",
        "additionalProperties": {"type": "integer"},
    },
    # {'updated_count': ..., 'folder_unread_counts': {folder id: count}}: routers/chats.py:351
    "ChatsReadResponse": {
        "title": "ChatsReadResponse",
        "type": "object",
        "description": "The answer of marking all of a user's chats read: how many changed, and"
        " the unread count of each of the user's folders (keys are folder ids).",
        "properties": {
            "updated_count": {"type": "integer", "title": "Updated Count"},
            "folder_unread_counts": _ref("FolderUnreadCounts"),
        },
        "required": ["updated_count", "folder_unread_counts"],
    },
    # {'chat_id', 'last_read_at', 'folder_id', 'folder_unread_counts'}: routers/chats.py:2307
    "ChatUnreadResponse": {
        "title": "ChatUnreadResponse",
        "type": "object",
        "description": "The answer of marking a chat unread: its read time (0 now), its folder,"
        " and the unread count of each of the user's folders (keys are folder ids).",
        "properties": {
            "chat_id": {"type": "string", "title": "Chat Id"},
            "last_read_at": {"anyOf": [{"type": "integer"}, {"type": "null"}]},
            "folder_id": {"anyOf": [{"type": "string"}, {"type": "null"}]},
            "folder_unread_counts": _ref("FolderUnreadCounts"),
        },
        "required": ["chat_id", "last_read_at", "folder_id", "folder_unread_counts"],
    },
    # {**folder.model_dump(), 'owner_name': ..., 'permission': ...}: routers/folders.py:258,280
    # (models/folders.py's SharedFolderResponse is another shape, and the route does not use it)
    "SharedFolder": {
        "title": "SharedFolder",
        "type": "object",
        "description": "A folder shared with or by the user: the folder, its owner's name and"
        " the user's permission on it ('read' or 'write').",
        "properties": {
            **_FOLDER_PROPERTIES,
            "owner_name": {"type": "string", "title": "Owner Name"},
            "permission": {"type": "string", "title": "Permission"},
        },
        "required": [*_FOLDER_REQUIRED, "owner_name", "permission"],
    },
    # {**folder.model_dump(), 'access_grants': [g.model_dump() for g in grants]}:
    # routers/folders.py:581 (AccessGrants.get_grants_by_resource: AccessGrantModel)
    "FolderAccessResponse": {
        "title": "FolderAccessResponse",
        "type": "object",
        "description": "A folder with the access grants it has after the change.",
        "properties": {
            **_FOLDER_PROPERTIES,
            "access_grants": {**_list_of("AccessGrantModel"), "title": "Access Grants"},
        },
        "required": [*_FOLDER_REQUIRED, "access_grants"],
    },
    # {'folder_id', 'folder_ids', 'updated_count', 'folder_unread_counts'}: routers/folders.py:697
    "FolderReadResponse": {
        "title": "FolderReadResponse",
        "type": "object",
        "description": "The answer of marking a folder's chats read: the folders it covered, how"
        " many chats changed, and the unread count of each of the user's folders.",
        "properties": {
            "folder_id": {"type": "string", "title": "Folder Id"},
            "folder_ids": {"type": "array", "items": {"type": "string"}, "title": "Folder Ids"},
            "updated_count": {"type": "integer", "title": "Updated Count"},
            "folder_unread_counts": _ref("FolderUnreadCounts"),
        },
        "required": ["folder_id", "folder_ids", "updated_count", "folder_unread_counts"],
    },
    # {'status': True, 'file_ids': [...]}: routers/knowledge.py:2372 (the ids of the files
    # deleted with it; empty when they moved up a level, move_files=true). file_ids is not
    # required: 0.11.4 answers {'status': True} alone (its knowledge.py:2373), and the
    # knowledge sync calls this route on every release.
    "KnowledgeDirectoryDeleteResponse": {
        "title": "KnowledgeDirectoryDeleteResponse",
        "type": "object",
        "description": "The answer of deleting a knowledge directory: the ids of the files"
        " deleted with it (none when they moved to its parent; from Open WebUI 0.12 on).",
        "properties": {
            "status": {"type": "boolean", "title": "Status"},
            "file_ids": {"type": "array", "items": {"type": "string"}, "title": "File Ids"},
        },
        "required": ["status"],
    },
    # One group of list_memory_path_groups: utils/memory.py:147
    "MemoryPathGroup": {
        "title": "MemoryPathGroup",
        "type": "object",
        "description": "The memories of one path and type: how many, when last changed, and the"
        " paths one level below it.",
        "properties": {
            "path": {"anyOf": [{"type": "string"}, {"type": "null"}], "title": "Path"},
            "type": {"type": "string", "enum": ["user", "context"], "title": "Type"},
            "count": {"type": "integer", "title": "Count"},
            "updated_at": {"type": "integer", "title": "Updated At"},
            "children": {"type": "array", "items": {"type": "string"}, "title": "Children"},
        },
        "required": ["path", "type", "count", "updated_at", "children"],
    },
    # {'paths': [...], 'count': len(groups)}: utils/memory.py:176, routers/memories.py:412
    "MemoryPathsResponse": {
        "title": "MemoryPathsResponse",
        "type": "object",
        "description": "The user's memory paths, most recently changed first, and how many"
        " groups there are in all.",
        "properties": {
            "paths": {**_list_of("MemoryPathGroup"), "title": "Paths"},
            "count": {"type": "integer", "title": "Count"},
        },
        "required": ["paths", "count"],
    },
    # {'path', 'parents', 'children', 'memories'}: utils/memory.py:219, routers/memories.py:435
    # (the memories are MemoryModel dumps without meta)
    "MemoryPathResponse": {
        "title": "MemoryPathResponse",
        "type": "object",
        "description": "The memories at a path (and its parents, and its children when asked),"
        " with the parent paths that hold memories and the paths one level below.",
        "properties": {
            "path": {"type": "string", "title": "Path"},
            "parents": {"type": "array", "items": {"type": "string"}, "title": "Parents"},
            "children": {"type": "array", "items": {"type": "string"}, "title": "Children"},
            "memories": {**_list_of("MemoryModel"), "title": "Memories"},
        },
        "required": ["path", "parents", "children", "memories"],
    },
    # open_webui/models/channels.py:134 (class ChannelMemberModel)
    "ChannelMemberModel": {
        "title": "ChannelMemberModel",
        "type": "object",
        "description": "A user's (or an app's) membership of a channel.",
        "properties": {
            "id": {"type": "string", "title": "Id"},
            "channel_id": {"type": "string", "title": "Channel Id"},
            **{
                name: {"anyOf": [{"type": "string"}, {"type": "null"}], "title": title}
                for name, title in (
                    ("user_id", "User Id"),
                    ("app_id", "App Id"),
                    ("role", "Role"),
                    ("status", "Status"),
                )
            },
            "is_active": {"type": "boolean", "title": "Is Active", "default": True},
            "is_channel_muted": {"type": "boolean", "title": "Is Channel Muted", "default": False},
            "is_channel_pinned": {
                "type": "boolean",
                "title": "Is Channel Pinned",
                "default": False,
            },
            "data": {"anyOf": [{"type": "object"}, {"type": "null"}], "title": "Data"},
            "meta": {"anyOf": [{"type": "object"}, {"type": "null"}], "title": "Meta"},
            "invited_at": {"anyOf": [{"type": "integer"}, {"type": "null"}], "title": "Invited At"},
            "invited_by": {"anyOf": [{"type": "string"}, {"type": "null"}], "title": "Invited By"},
            **{
                name: {"anyOf": [{"type": "integer"}, {"type": "null"}], "title": title}
                for name, title in (
                    ("joined_at", "Joined At"),
                    ("left_at", "Left At"),
                    ("last_read_at", "Last Read At"),
                    ("created_at", "Created At"),
                    ("updated_at", "Updated At"),
                )
            },
        },
        "required": ["id", "channel_id"],
    },
    # {'events': get_notification_event_catalog()}: routers/notifications.py:47
    # (utils/notifications.py:223)
    "NotificationEvent": {
        "title": "NotificationEvent",
        "type": "object",
        "description": "An event a notification target can subscribe to.",
        "properties": {
            "event": {"type": "string", "title": "Event"},
            "label": {"type": "string", "title": "Label"},
            "description": {"type": "string", "title": "Description"},
        },
        "required": ["event", "label", "description"],
    },
    "NotificationEventsResponse": {
        "title": "NotificationEventsResponse",
        "type": "object",
        "description": "The events notification targets can subscribe to.",
        "properties": {"events": {**_list_of("NotificationEvent"), "title": "Events"}},
        "required": ["events"],
    },
    # {'before': ..., 'after': ...}: one changed field of a history diff (any JSON, null when
    # the version lacks it)
    "HistoryDiffChange": {
        "title": "HistoryDiffChange",
        "type": "object",
        "description": "A field of a history entry that differs: its value in each version.",
        "properties": {"before": {"title": "Before"}, "after": {"title": "After"}},
        "required": ["before", "after"],
    },
    # tool_diff and function_diff: models/tool_history.py:140, models/function_history.py:142
    "HistoryDiffResponse": {
        "title": "HistoryDiffResponse",
        "type": "object",
        "description": "How two versions of a tool or function differ: the changed fields"
        " (name, meta) and a unified diff of the code.",
        "properties": {
            "from_id": {"type": "string", "title": "From Id"},
            "to_id": {"type": "string", "title": "To Id"},
            "metadata": _CHANGED_FIELDS,
            "content_diff": {"type": "string", "title": "Content Diff"},
            "line_endings_only": {"type": "boolean", "title": "Line Endings Only"},
        },
        "required": ["from_id", "to_id", "metadata", "content_diff", "line_endings_only"],
    },
    # PromptHistories.compute_diff: models/prompt_history.py:187
    "PromptHistoryDiff": {
        "title": "PromptHistoryDiff",
        "type": "object",
        "description": "How two versions of a prompt differ: both snapshots and a unified diff"
        " of the content, one line an item.",
        "properties": {
            "from_id": {"type": "string", "title": "From Id"},
            "to_id": {"type": "string", "title": "To Id"},
            "from_snapshot": {"type": "object", "title": "From Snapshot"},
            "to_snapshot": {"type": "object", "title": "To Snapshot"},
            "content_diff": {"type": "array", "items": {"type": "string"}, "title": "Content Diff"},
            "line_endings_only": {"type": "boolean", "title": "Line Endings Only"},
            "name_changed": {"type": "boolean", "title": "Name Changed"},
        },
        "required": [
            "from_id",
            "to_id",
            "from_snapshot",
            "to_snapshot",
            "content_diff",
            "line_endings_only",
            "name_changed",
        ],
    },
    # {'path', 'status', 'binary'}: routers/skills.py:628
    "SkillHistoryDiffFile": {
        "title": "SkillHistoryDiffFile",
        "type": "object",
        "description": "A file of a skill that differs between two versions.",
        "properties": {
            "path": {"type": "string", "title": "Path"},
            "status": {"type": "string", "enum": ["added", "deleted", "modified"]},
            "binary": {"type": "boolean", "title": "Binary"},
        },
        "required": ["path", "status", "binary"],
    },
    # {'metadata': ..., 'files': [...]}: routers/skills.py:621
    "SkillHistoryDiff": {
        "title": "SkillHistoryDiff",
        "type": "object",
        "description": "How two versions of a skill differ: the changed fields (name,"
        " description, meta) and the files added, deleted or modified.",
        "properties": {
            "metadata": _CHANGED_FIELDS,
            "files": {**_list_of("SkillHistoryDiffFile"), "title": "Files"},
        },
        "required": ["metadata", "files"],
    },
}

#: ``"METHOD /path"`` -> the 200 answer of a route whose schema gives none.
RESPONSES: dict[str, Answer] = {
    # --- the routes the app declares itself (main.py): health, version, tasks
    "GET /health": Answer(_ref("StatusResponse"), "main.py:3077"),
    "GET /health/db": Answer(_ref("StatusResponse"), "main.py:3125"),
    "GET /ready": Answer(_ref("StatusResponse"), "main.py:3118"),
    "GET /api/version": Answer(_ref("VersionResponse"), "main.py:2691"),
    "GET /api/version/updates": Answer(_ref("VersionUpdatesResponse"), "main.py:2701,2713,2716"),
    "GET /api/tasks": Answer(_ref("TaskListResponse"), "main.py:2179"),
    "GET /api/tasks/chat/{chat_id}": Answer(_ref("ChatTaskIdsResponse"), "main.py:2188,2192,2200"),
    "DELETE /api/events/webhooks/{webhook_id}": Answer(_ref("StatusResponse"), "main.py:2686"),
    # --- auths
    "POST /api/v1/auths/update/timezone": Answer(_ref("StatusResponse"), "routers/auths.py:305"),
    # --- channels: Channels.add_members_to_channel gives ChannelMemberModel
    # (models/channels.py:502), remove_members_from_channel the number of rows deleted (:518)
    "POST /api/v1/channels/{id}/update/members/add": Answer(
        _list_of("ChannelMemberModel"), "routers/channels.py:722"
    ),
    "POST /api/v1/channels/{id}/update/members/remove": Answer(
        {"type": "integer"}, "routers/channels.py:770"
    ),
    # --- chats
    "POST /api/v1/chats/read": Answer(_ref("ChatsReadResponse"), "routers/chats.py:351"),
    "POST /api/v1/chats/{id}/unread": Answer(_ref("ChatUnreadResponse"), "routers/chats.py:2307"),
    # --- automations
    "GET /api/v1/automations/list": Answer(
        _ref("AutomationListResponse"), "routers/automations.py:191"
    ),
    # Automations.delete returns a bool (models/automations.py:289)
    "DELETE /api/v1/automations/{id}/delete": Answer(_BOOLEAN, "routers/automations.py:381"),
    # --- calendars
    "POST /api/v1/calendars/{calendar_id}/default": Answer(
        _ref("CalendarModel"), "routers/calendar.py:502"
    ),
    "DELETE /api/v1/calendars/events/{event_id}/delete": Answer(
        _ref("StatusResponse"), "routers/calendar.py:377"
    ),
    "DELETE /api/v1/calendars/{calendar_id}/delete": Answer(
        _ref("StatusResponse"), "routers/calendar.py:486"
    ),
    # --- evaluations
    "DELETE /api/v1/evaluations/feedback/{id}": Answer(_BOOLEAN, "routers/evaluations.py:509"),
    # Feedbacks.delete_all_feedbacks answers a bool (False when the delete failed).
    "DELETE /api/v1/evaluations/feedbacks/all": Answer(_BOOLEAN, "routers/evaluations.py:351"),
    # --- files
    "GET /api/v1/files/{id}/data/content": Answer(
        _ref("FileContentResponse"), "routers/files.py:706"
    ),
    "POST /api/v1/files/{id}/data/content/update": Answer(
        _ref("FileContentResponse"), "routers/files.py:800"
    ),
    "POST /api/v1/files/{id}/rename": Answer(_ref("FileModel"), "routers/files.py:1013"),
    "DELETE /api/v1/files/{id}": Answer(_ref("FileMessageResponse"), "routers/files.py:1076"),
    # --- folders: Folders.* return FolderModel (models/folders.py)
    "POST /api/v1/folders/": Answer(_ref("FolderModel"), "routers/folders.py:210,227"),
    "POST /api/v1/folders/{id}/update": Answer(_ref("FolderModel"), "routers/folders.py:409"),
    "POST /api/v1/folders/{id}/update/parent": Answer(
        _ref("FolderModel"), "routers/folders.py:466"
    ),
    "POST /api/v1/folders/{id}/update/expanded": Answer(
        _ref("FolderModel"), "routers/folders.py:503,510"
    ),
    "DELETE /api/v1/folders/{id}": Answer(_BOOLEAN, "routers/folders.py:774"),
    "GET /api/v1/folders/shared": Answer(_list_of("SharedFolder"), "routers/folders.py:287"),
    "POST /api/v1/folders/{id}/access/update": Answer(
        _ref("FolderAccessResponse"), "routers/folders.py:581"
    ),
    "POST /api/v1/folders/{id}/read": Answer(_ref("FolderReadResponse"), "routers/folders.py:697"),
    # --- functions
    "DELETE /api/v1/functions/id/{id}/history/{history_id}": Answer(
        _BOOLEAN, "routers/functions.py:728"
    ),
    # FunctionHistories.get_history_by_function_id: FunctionHistoryResponse
    # (models/function_history.py:97); require_function_history_entry: FunctionHistoryModel
    "GET /api/v1/functions/id/{id}/history": Answer(
        _list_of("FunctionHistoryResponse"), "routers/functions.py:700"
    ),
    "GET /api/v1/functions/id/{id}/history/{history_id}": Answer(
        _ref("FunctionHistoryModel"), "routers/functions.py:718"
    ),
    "GET /api/v1/functions/id/{id}/history/diff": Answer(
        _ref("HistoryDiffResponse"), "routers/functions.py:710"
    ),
    # --- knowledge
    "POST /api/v1/knowledge/{id}/file/move": Answer(
        _ref("StatusResponse"), "routers/knowledge.py:2412"
    ),
    "DELETE /api/v1/knowledge/{id}/dirs/{dir_id}/delete": Answer(
        _ref("KnowledgeDirectoryDeleteResponse"), "routers/knowledge.py:2372"
    ),
    # --- memories
    "POST /api/v1/memories/query": Answer(_ref("VectorSearchResult"), "routers/memories.py:383"),
    "POST /api/v1/memories/paths": Answer(_ref("MemoryPathsResponse"), "routers/memories.py:412"),
    "POST /api/v1/memories/path": Answer(_ref("MemoryPathResponse"), "routers/memories.py:435"),
    # --- notifications: the catalog. The list and the default route answer the targets stored
    # in the user's settings, which the settings route writes freely: they stay Any. Creating,
    # updating and deleting a target answer a fixed shape (_normalize_target), but the server
    # takes only a webhook URL of a public address, which no test here may name: they stay Any.
    "GET /api/v1/notifications/events": Answer(
        _ref("NotificationEventsResponse"), "routers/notifications.py:47"
    ),
    # --- prompts
    "GET /api/v1/prompts/id/{prompt_id}/history/diff": Answer(
        _ref("PromptHistoryDiff"), "routers/prompts.py:671"
    ),
    # --- skills: create_new_skill returns the SkillModel it stored (skills.py:277); the clone
    # route has no response_model to cut it down to SkillResponse as the create route does.
    "POST /api/v1/skills/id/{id}/clone": Answer(_ref("SkillModel"), "routers/skills.py:742"),
    # SkillHistories.get_history_by_skill_id: SkillHistoryResponse (models/skill_history.py:90)
    "GET /api/v1/skills/id/{id}/history": Answer(
        _list_of("SkillHistoryResponse"), "routers/skills.py:608"
    ),
    "GET /api/v1/skills/id/{id}/history/diff": Answer(
        _ref("SkillHistoryDiff"), "routers/skills.py:621"
    ),
    # --- tools: ToolHistories.get_history_by_tool_id gives ToolHistoryResponse
    # (models/tool_history.py:95), get_history_by_id a ToolHistoryModel (:81)
    "GET /api/v1/tools/id/{id}/history": Answer(
        _list_of("ToolHistoryResponse"), "routers/tools.py:1060"
    ),
    "GET /api/v1/tools/id/{id}/history/{history_id}": Answer(
        _ref("ToolHistoryModel"), "routers/tools.py:1078"
    ),
    "DELETE /api/v1/tools/id/{id}/history/{history_id}": Answer(_BOOLEAN, "routers/tools.py:1088"),
    "GET /api/v1/tools/id/{id}/history/diff": Answer(
        _ref("HistoryDiffResponse"), "routers/tools.py:1070"
    ),
    # --- users: Groups.get_groups_by_member_id gives GroupModel, a GroupResponse without
    # member_count (users.py:1198); include_inherited adds membership_type (users.py:1201).
    "GET /api/v1/users/groups": Answer(_list_of("GroupResponse"), "routers/users.py:175"),
    "GET /api/v1/users/{user_id}/groups": Answer(
        _list_of("GroupResponse"), "routers/users.py:1114"
    ),
    "GET /api/v1/users/permissions": Answer(_ref("UserPermissions"), "routers/users.py:191"),
    "POST /api/v1/users/default/permissions": Answer(
        _ref("UserPermissions"), "routers/users.py:443"
    ),
    # The session user (get_verified_user: Users.get_user_by_id or get_user_by_api_key, a
    # UserModel) and Users.update_user_status_by_id's UserModel (models/users.py:746).
    "GET /api/v1/users/user/status": Answer(_ref("UserModel"), "routers/users.py:579"),
    "POST /api/v1/users/user/status/update": Answer(_ref("UserModel"), "routers/users.py:608"),
}

#: ``"METHOD /path"`` -> the router lines showing that a route declared ``Model | None``
#: never answers ``null``: every path of its handler either returns a model (built there, or
#: checked for ``None`` just before) or raises ``HTTPException``. The normaliser drops the
#: ``null`` branch, so the generated function returns ``Model``. Left out on purpose: a route
#: returning a value fetched again after the change without a check
#: (``POST /api/v1/models/model/update``: ``model_response(model)`` answers ``null`` for a
#: model that is gone, routers/models.py:74), and settings or valves read from storage.
NEVER_NULL: dict[str, str] = {
    "POST /api/v1/channels/create": "routers/channels.py:362,383",
    "GET /api/v1/channels/users/{user_id}": "routers/channels.py:281,303",
    "GET /api/v1/channels/{id}": "routers/channels.py:442,480",
    "GET /api/v1/channels/{id}/messages/{message_id}": "routers/channels.py:1576",
    "POST /api/v1/channels/{id}/messages/{message_id}/pin": "routers/channels.py:1693",
    "POST /api/v1/channels/{id}/messages/{message_id}/update": "routers/channels.py:1834",
    "POST /api/v1/channels/{id}/update": "routers/channels.py:808",
    # get, update, pin, the shared chat and the folder move: every return builds the answer
    # or reads an attribute of the chat fetched again first (update: chat.title, :1503; pin:
    # chat.pinned, :1806; folder: chat.user_id, :2343), so a chat gone meanwhile is a 500,
    # never a null.
    "GET /api/v1/chats/share/{share_id}": "routers/chats.py:1314,1332",
    "GET /api/v1/chats/{id}": "routers/chats.py:1451",
    "POST /api/v1/chats/{id}": "routers/chats.py:1506,1507",
    "POST /api/v1/chats/{id}/folder": "routers/chats.py:2344,2345",
    "POST /api/v1/chats/{id}/pin": "routers/chats.py:1811",
    "POST /api/v1/chats/new": "routers/chats.py:855",
    "POST /api/v1/chats/shared/{id}/access/update": "routers/chats.py:2248",
    "GET /api/v1/chats/stats/export/{chat_id}": "routers/chats.py:754",
    "POST /api/v1/chats/{id}/archive": "routers/chats.py:2120",
    "POST /api/v1/chats/{id}/clone": "routers/chats.py:1995",
    "POST /api/v1/chats/{id}/clone/shared": "routers/chats.py:2081",
    "POST /api/v1/chats/{id}/fork": "routers/chats.py:1948",
    "DELETE /api/v1/chats/{id}/messages/{message_id}": "routers/chats.py:1659",
    "POST /api/v1/chats/{id}/messages/{message_id}": "routers/chats.py:1620",
    "POST /api/v1/chats/{id}/messages/{message_id}/event": "routers/chats.py:1705,1713,1715",
    "DELETE /api/v1/chats/{id}/share": "routers/chats.py:2201",
    "POST /api/v1/chats/{id}/share": "routers/chats.py:2155,2173",
    "GET /api/v1/files/{id}": "routers/files.py:621",
    "POST /api/v1/functions/create": "routers/functions.py:249",
    "GET /api/v1/functions/id/{id}": "routers/functions.py:280",
    "POST /api/v1/functions/id/{id}/toggle": "routers/functions.py:329",
    "POST /api/v1/functions/id/{id}/toggle/global": "routers/functions.py:366",
    "POST /api/v1/functions/load/url": "routers/functions.py:143",
    "POST /api/v1/groups/create": "routers/groups.py:89",
    "GET /api/v1/groups/id/{id}": "routers/groups.py:119",
    "GET /api/v1/groups/id/{id}/export": "routers/groups.py:159",
    "GET /api/v1/groups/id/{id}/info": "routers/groups.py:134",
    "POST /api/v1/groups/id/{id}/update": "routers/groups.py:213",
    "POST /api/v1/groups/id/{id}/users/add": "routers/groups.py:260",
    "POST /api/v1/groups/id/{id}/users/remove": "routers/groups.py:299",
    "POST /api/v1/knowledge/create": "routers/knowledge.py:361",
    "PATCH /api/v1/knowledge/external/source/{id}": "routers/knowledge.py:1078",
    "GET /api/v1/knowledge/{id}": "routers/knowledge.py:1107",
    "POST /api/v1/knowledge/{id}/access/update": "routers/knowledge.py:1260",
    "POST /api/v1/knowledge/{id}/file/add": "routers/knowledge.py:1500",
    "POST /api/v1/knowledge/{id}/file/remove": "routers/knowledge.py:1673",
    "POST /api/v1/knowledge/{id}/file/update": "routers/knowledge.py:1584",
    "POST /api/v1/knowledge/{id}/files/batch/add": "routers/knowledge.py:2105,2141,2150",
    "POST /api/v1/knowledge/{id}/update": "routers/knowledge.py:1191",
    "POST /api/v1/memories/{memory_id}/update": "routers/memories.py:596",
    "POST /api/v1/models/create": "routers/models.py:436",
    "GET /api/v1/models/model": "routers/models.py:822",
    "POST /api/v1/models/model/toggle": "routers/models.py:1120",
    "GET /api/v1/notes/{id}": "routers/notes.py:305",
    "POST /api/v1/prompts/create": "routers/prompts.py:189",
    "GET /api/v1/prompts/id/{prompt_id}": "routers/prompts.py:223",
    "POST /api/v1/prompts/id/{prompt_id}/toggle": "routers/prompts.py:531",
    "POST /api/v1/prompts/id/{prompt_id}/update": "routers/prompts.py:302",
    "POST /api/v1/prompts/id/{prompt_id}/update/meta": "routers/prompts.py:368",
    "POST /api/v1/prompts/id/{prompt_id}/update/version": "routers/prompts.py:416",
    "POST /api/v1/skills/create": "routers/skills.py:277",
    "GET /api/v1/skills/id/{id}": "routers/skills.py:314",
    "POST /api/v1/skills/id/{id}/toggle": "routers/skills.py:502",
    "POST /api/v1/skills/id/{id}/update": "routers/skills.py:391",
    "POST /api/v1/skills/id/{id}/update/version": "routers/skills.py:716",
    "POST /api/v1/tools/create": "routers/tools.py:449",
    "GET /api/v1/tools/id/{id}": "routers/tools.py:506",
    "POST /api/v1/tools/load/url": "routers/tools.py:338",
    "POST /api/v1/users/{user_id}/update": "routers/users.py:1039",
}
