"""The answers typed by ``codegen/responses.py`` where Open WebUI's schema gives none, parsed
from a real server.

Each route of ``RESPONSES`` is called here on real data, in both colours, and its answer must
come back as the type recorded for it, with no key the type does not declare: a wrong guess
(a model with other fields, a dict where a list comes) fails here. A scenario makes what its
routes need under unique names and removes it again, whatever happens.
"""

from __future__ import annotations

import contextlib
import io
import secrets
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import pytest
from codegen.responses import RESPONSES

import owui_sdk.models
from owui_sdk import AsyncOpenWebUI, OpenWebUI
from owui_sdk.errors import NotFoundError

if not hasattr(owui_sdk.models, "CloneSkillForm"):
    # A package regenerated for an older release (make check-regenerate) lacks the models of
    # the routes that release does not have; its run takes no integration test anyway.
    pytest.skip(
        "the package was generated for a release without these routes", allow_module_level=True
    )

from owui_sdk.api import UNSET
from owui_sdk.models import (
    AutomationListResponse,
    AutomationResponse,
    CalendarForm,
    CalendarModel,
    ChannelMemberModel,
    ChatsReadResponse,
    ChatTaskIdsResponse,
    ChatUnreadResponse,
    CloneSkillForm,
    CreateChannelForm,
    File,
    FileContentResponse,
    FileMessageResponse,
    FileModel,
    FolderAccessResponse,
    FolderForm,
    FolderModel,
    FolderReadResponse,
    FunctionForm,
    FunctionHistoryModel,
    FunctionHistoryResponse,
    FunctionMeta,
    GroupForm,
    GroupResponse,
    HistoryDiffResponse,
    KnowledgeDirectoryDeleteResponse,
    KnowledgeForm,
    MemoryModel,
    MemoryPathResponse,
    MemoryPathsResponse,
    NotificationEventsResponse,
    PromptForm,
    PromptHistoryDiff,
    SharedFolder,
    SkillForm,
    SkillHistoryDiff,
    SkillHistoryResponse,
    SkillModel,
    StatusResponse,
    TaskListResponse,
    ToolForm,
    ToolHistoryModel,
    ToolHistoryResponse,
    ToolMeta,
    UploadFileBody,
    UserIdsForm,
    UserModel,
    UserPermissions,
    VectorSearchResult,
    VersionResponse,
    VersionUpdatesResponse,
)
from tests.integration._compat import prompt_diff_unreachable, server_before
from tests.integration.test_resources import (
    FILTER_CODE,
    TOOL_CODE,
    admin_config,
    resolve,
    unique,
)
from tests.server import ServerInfo

pytestmark = pytest.mark.integration

Connect = Callable[[str], Any]


@dataclass(frozen=True)
class ListOf:
    """An answer that is a list of ``item``."""

    item: type


#: What each typed route answers: a class, or a list of one.
EXPECTED: dict[str, type | ListOf] = {
    "GET /health": StatusResponse,
    "GET /health/db": StatusResponse,
    "GET /ready": StatusResponse,
    "GET /api/version": VersionResponse,
    "GET /api/version/updates": VersionUpdatesResponse,
    "GET /api/tasks": TaskListResponse,
    "GET /api/tasks/chat/{chat_id}": ChatTaskIdsResponse,
    "POST /api/v1/auths/update/timezone": StatusResponse,
    "POST /api/v1/calendars/{calendar_id}/default": CalendarModel,
    "DELETE /api/v1/calendars/events/{event_id}/delete": StatusResponse,
    "DELETE /api/v1/calendars/{calendar_id}/delete": StatusResponse,
    "POST /api/v1/chats/read": ChatsReadResponse,
    "POST /api/v1/chats/{id}/unread": ChatUnreadResponse,
    "DELETE /api/v1/evaluations/feedback/{id}": bool,
    "DELETE /api/v1/evaluations/feedbacks/all": bool,
    "GET /api/v1/files/{id}/data/content": FileContentResponse,
    "POST /api/v1/files/{id}/data/content/update": FileContentResponse,
    "POST /api/v1/files/{id}/rename": FileModel,
    "DELETE /api/v1/files/{id}": FileMessageResponse,
    "POST /api/v1/folders/": FolderModel,
    "POST /api/v1/folders/{id}/update": FolderModel,
    "POST /api/v1/folders/{id}/update/parent": FolderModel,
    "POST /api/v1/folders/{id}/update/expanded": FolderModel,
    "DELETE /api/v1/folders/{id}": bool,
    "DELETE /api/v1/functions/id/{id}/history/{history_id}": bool,
    "POST /api/v1/memories/query": VectorSearchResult,
    "POST /api/v1/skills/id/{id}/clone": SkillModel,
    "DELETE /api/v1/tools/id/{id}/history/{history_id}": bool,
    "GET /api/v1/tools/id/{id}/history": ListOf(ToolHistoryResponse),
    "GET /api/v1/tools/id/{id}/history/{history_id}": ToolHistoryModel,
    "GET /api/v1/functions/id/{id}/history": ListOf(FunctionHistoryResponse),
    "GET /api/v1/functions/id/{id}/history/{history_id}": FunctionHistoryModel,
    "GET /api/v1/skills/id/{id}/history": ListOf(SkillHistoryResponse),
    "GET /api/v1/automations/list": AutomationListResponse,
    "DELETE /api/v1/automations/{id}/delete": bool,
    "GET /api/v1/users/groups": ListOf(GroupResponse),
    "GET /api/v1/users/{user_id}/groups": ListOf(GroupResponse),
    "GET /api/v1/users/permissions": UserPermissions,
    "POST /api/v1/users/default/permissions": UserPermissions,
    "GET /api/v1/users/user/status": UserModel,
    "POST /api/v1/users/user/status/update": UserModel,
    "GET /api/v1/folders/shared": ListOf(SharedFolder),
    "POST /api/v1/folders/{id}/access/update": FolderAccessResponse,
    "POST /api/v1/folders/{id}/read": FolderReadResponse,
    "POST /api/v1/knowledge/{id}/file/move": StatusResponse,
    "DELETE /api/v1/knowledge/{id}/dirs/{dir_id}/delete": KnowledgeDirectoryDeleteResponse,
    "POST /api/v1/memories/paths": MemoryPathsResponse,
    "POST /api/v1/memories/path": MemoryPathResponse,
    "GET /api/v1/notifications/events": NotificationEventsResponse,
    "POST /api/v1/channels/{id}/update/members/add": ListOf(ChannelMemberModel),
    "POST /api/v1/channels/{id}/update/members/remove": int,
    "GET /api/v1/prompts/id/{prompt_id}/history/diff": PromptHistoryDiff,
    "GET /api/v1/tools/id/{id}/history/diff": HistoryDiffResponse,
    "GET /api/v1/functions/id/{id}/history/diff": HistoryDiffResponse,
    "GET /api/v1/skills/id/{id}/history/diff": SkillHistoryDiff,
    "DELETE /api/events/webhooks/{webhook_id}": StatusResponse,
}


def check(key: str, value: Any) -> None:
    """``value`` is what ``EXPECTED[key]`` says, and a model holds no undeclared key."""
    expected = EXPECTED[key]
    if isinstance(expected, ListOf):
        assert isinstance(value, list) and value, f"{key}: {value!r}"
        for item in value:
            check_one(key, item, expected.item)
    else:
        check_one(key, value, expected)


def check_one(key: str, value: Any, expected: type) -> None:
    assert isinstance(value, expected), f"{key}: {type(value).__name__}, not {expected.__name__}"
    if expected is bool:
        assert value is True, key
    elif expected is int:
        assert not isinstance(value, bool), key
    else:
        # The server sent no field the type lacks: it is the server's model, not a lookalike.
        extra = getattr(value, "additional_properties", None)
        assert extra == {}, f"{key}: {extra}"


@dataclass(frozen=True)
class Clients:
    admin: Any
    user: Any
    user_id: str
    #: The admin signed in (a JWT): changing the admin settings refuses an API key.
    admin_session: Any


Answers = dict[str, Any]


# --- scenarios: each calls its routes on real data and returns their answers ---------------


async def folders(c: Clients) -> Answers:
    out: Answers = {}
    parent = await resolve(c.admin.folders.create_folder(FolderForm(name=unique("parent"))))
    child = await resolve(c.admin.folders.create_folder(FolderForm(name=unique("child"))))
    out["POST /api/v1/folders/"] = child
    try:
        out["POST /api/v1/folders/{id}/update"] = await resolve(
            c.admin.folders.update_folder_name_by_id(child.id, {"name": unique("renamed")})
        )
        out["POST /api/v1/folders/{id}/update/parent"] = moved = await resolve(
            c.admin.folders.update_folder_parent_id_by_id(child.id, {"parent_id": parent.id})
        )
        assert moved.parent_id == parent.id
        out["POST /api/v1/folders/{id}/update/expanded"] = expanded = await resolve(
            c.admin.folders.update_folder_is_expanded_by_id(parent.id, {"is_expanded": True})
        )
        assert expanded.is_expanded is True
    finally:
        out["DELETE /api/v1/folders/{id}"] = await resolve(
            c.admin.folders.delete_folder_by_id(child.id)
        )
        await resolve(c.admin.folders.delete_folder_by_id(parent.id))
    return out


async def calendars(c: Clients) -> Answers:
    out: Answers = {}
    before = [cal.id for cal in await resolve(c.admin.calendars.get_calendars()) if cal.is_default]
    calendar = await resolve(c.admin.calendars.create_calendar(CalendarForm(name=unique("cal"))))
    try:
        out["POST /api/v1/calendars/{calendar_id}/default"] = made_default = await resolve(
            c.admin.calendars.set_default_calendar(calendar.id)
        )
        assert (made_default.id, made_default.is_default) == (calendar.id, True)
        start = 1_900_000_000_000
        form = {"calendar_id": calendar.id, "title": unique("ev"), "start_at": start}
        event = await resolve(c.admin.calendars.create_event(form))
        out["DELETE /api/v1/calendars/events/{event_id}/delete"] = await resolve(
            c.admin.calendars.delete_event(event.id)
        )
    finally:
        for calendar_id in before:
            await resolve(c.admin.calendars.set_default_calendar(calendar_id))
        out["DELETE /api/v1/calendars/{calendar_id}/delete"] = await resolve(
            c.admin.calendars.delete_calendar(calendar.id)
        )
    return out


async def timezone(c: Clients) -> Answers:
    answer = await resolve(c.user.auths.update_timezone({"timezone": "UTC"}))
    assert answer.status is True
    return {"POST /api/v1/auths/update/timezone": answer}


async def system(c: Clients) -> Answers:
    out: Answers = {}
    for key, call in (
        ("GET /health", c.user.system.healthcheck),
        ("GET /health/db", c.user.system.check_db_health),
        ("GET /ready", c.user.system.readiness_check),
    ):
        out[key] = answer = await resolve(call())
        assert answer.status is True
    out["GET /api/version"] = version = await resolve(c.user.system.get_app_version())
    out["GET /api/version/updates"] = updates = await resolve(
        c.user.system.get_app_latest_release_version()
    )
    assert updates.current == version.version
    out["GET /api/tasks"] = await resolve(c.admin.system.list_tasks_endpoint())
    chat = await resolve(c.user.chats.create_new({"chat": {"title": unique("tasks")}}))
    try:
        out["GET /api/tasks/chat/{chat_id}"] = tasks = await resolve(
            c.user.system.list_tasks_by_chat_id_endpoint(chat.id)
        )
        assert tasks.task_ids == []
    finally:
        await resolve(c.user.chats.delete(chat.id))
    return out


async def feedback(c: Clients) -> Answers:
    form = {"type": "rating", "data": {"rating": 1, "model_id": unique("m")}, "meta": {}}
    made = await resolve(c.admin.evaluations.create_feedback(form))
    out: Answers = {
        "DELETE /api/v1/evaluations/feedback/{id}": await resolve(
            c.admin.evaluations.delete_feedback_by_id(made.id)
        )
    }
    # A session's server runs one test at a time and no test keeps a feedback past its end,
    # so deleting them all takes nothing from another test.
    await resolve(c.admin.evaluations.create_feedback(form))
    out["DELETE /api/v1/evaluations/feedbacks/all"] = emptied = await resolve(
        c.admin.evaluations.delete_all_feedbacks()
    )
    assert emptied is True
    assert await resolve(c.admin.evaluations.export_all_feedbacks()) == []
    return out


async def chats_read(c: Clients) -> Answers:
    folder = await resolve(c.user.folders.create_folder(FolderForm(name=unique("unread"))))
    try:
        read = await resolve(c.user.chats.mark_chats_read())
        # Every one of the user's folders is a key, with its unread count as value.
        assert read.folder_unread_counts[folder.id] == 0
        assert read.updated_count >= 0
        chat = await resolve(
            c.user.chats.create_new({"chat": {"title": unique("unread")}, "folder_id": folder.id})
        )
        try:
            unread = await resolve(c.user.chats.mark_unread(chat.id))
            assert (unread.chat_id, unread.last_read_at) == (chat.id, 0)
        finally:
            await resolve(c.user.chats.delete(chat.id))
        return {"POST /api/v1/chats/read": read, "POST /api/v1/chats/{id}/unread": unread}
    finally:
        await resolve(c.user.folders.delete_folder_by_id(folder.id))


async def files(c: Clients) -> Answers:
    out: Answers = {}
    text = f"typed {secrets.token_hex(4)}"
    payload = File(payload=io.BytesIO(text.encode()), file_name=f"{unique('f')}.txt")
    uploaded = await resolve(c.admin.files.upload_file(UploadFileBody(file=payload)))
    try:
        await resolve(c.admin.files.wait_until_processed(uploaded.id, timeout=30))
        out["GET /api/v1/files/{id}/data/content"] = got = await resolve(
            c.admin.files.get_file_data_content_by_id(uploaded.id)
        )
        assert got.content == text
        out["POST /api/v1/files/{id}/data/content/update"] = updated = await resolve(
            c.admin.files.update_file_data_content_by_id(uploaded.id, {"content": "new text"})
        )
        assert updated.content == "new text"
        renamed = f"{unique('f')}.txt"
        out["POST /api/v1/files/{id}/rename"] = file = await resolve(
            c.admin.files.rename_file_by_id(uploaded.id, {"filename": renamed})
        )
        assert (file.id, file.filename) == (uploaded.id, renamed)
    finally:
        out["DELETE /api/v1/files/{id}"] = await resolve(
            c.admin.files.delete_file_by_id(uploaded.id)
        )
    return out


def _older_entry(entries: Any, current: Any) -> str:
    # The entry that is not the current version: the current one cannot be deleted.
    assert isinstance(entries, list) and len(entries) == 2, entries
    older = [entry.id for entry in entries if entry.id != current]
    assert len(older) == 1, (entries, current)
    return str(older[0])


async def tool_history(c: Clients) -> Answers:
    tool_id = unique("tool")
    form = ToolForm(id=tool_id, name="Adder", content=TOOL_CODE, meta=ToolMeta(description="a"))
    await resolve(c.admin.tools.create_new_tools(form))
    try:
        update = {"id": tool_id, "name": "Adder 2", "content": TOOL_CODE, "meta": {}}
        await resolve(c.admin.tools.update_tools_by_id(tool_id, update))
        out: Answers = {}
        out["GET /api/v1/tools/id/{id}/history"] = entries = await resolve(
            c.admin.tools.get_tool_history(tool_id)
        )
        current = (await resolve(c.admin.tools.get_tools_by_id(tool_id))).version_id
        entry = _older_entry(entries, current)
        out["GET /api/v1/tools/id/{id}/history/diff"] = diff = await resolve(
            c.admin.tools.get_tool_history_diff(tool_id, from_id=entry, to_id=current)
        )
        assert (diff.from_id, diff.to_id, diff.content_diff) == (entry, current, "")
        assert diff.metadata["name"].to_dict() == {"before": "Adder", "after": "Adder 2"}
        out["GET /api/v1/tools/id/{id}/history/{history_id}"] = got = await resolve(
            c.admin.tools.get_tool_history_entry(tool_id, entry)
        )
        assert (got.id, got.tool_id, got.snapshot["name"]) == (entry, tool_id, "Adder")
        out["DELETE /api/v1/tools/id/{id}/history/{history_id}"] = await resolve(
            c.admin.tools.delete_tool_history_entry(tool_id, entry)
        )
        return out
    finally:
        await resolve(c.admin.tools.delete_tools_by_id(tool_id))


async def function_history(c: Clients) -> Answers:
    function_id = unique("fn")
    meta = FunctionMeta(description="d")
    form = FunctionForm(id=function_id, name="Pass", content=FILTER_CODE, meta=meta)
    await resolve(c.admin.functions.create_new_function(form))
    try:
        update = {"id": function_id, "name": "Pass 2", "content": FILTER_CODE, "meta": {}}
        await resolve(c.admin.functions.update_function_by_id(function_id, update))
        out: Answers = {}
        out["GET /api/v1/functions/id/{id}/history"] = entries = await resolve(
            c.admin.functions.get_function_history(function_id)
        )
        current = (await resolve(c.admin.functions.get_function_by_id(function_id))).version_id
        entry = _older_entry(entries, current)
        out["GET /api/v1/functions/id/{id}/history/diff"] = diff = await resolve(
            c.admin.functions.get_function_history_diff(function_id, from_id=entry, to_id=current)
        )
        assert (diff.from_id, diff.to_id, diff.line_endings_only) == (entry, current, False)
        assert diff.metadata["name"].to_dict() == {"before": "Pass", "after": "Pass 2"}
        out["GET /api/v1/functions/id/{id}/history/{history_id}"] = got = await resolve(
            c.admin.functions.get_function_history_entry(function_id, entry)
        )
        assert (got.id, got.function_id, got.snapshot["name"]) == (entry, function_id, "Pass")
        out["DELETE /api/v1/functions/id/{id}/history/{history_id}"] = await resolve(
            c.admin.functions.delete_function_history_entry(function_id, entry)
        )
        return out
    finally:
        await resolve(c.admin.functions.delete_function_by_id(function_id))


async def memories(c: Clients) -> Answers:
    content = f"My dog is called {unique('dog')}"
    memory = await resolve(c.user.memories.add_memory({"content": content}))
    try:
        found = await resolve(c.user.memories.query_memory({"content": content, "k": 1}))
        assert (found.ids, found.documents) == ([[memory.id]], [[content]])
        return {"POST /api/v1/memories/query": found}
    finally:
        await resolve(c.user.memories.delete_memory_by_id(memory.id))


async def skills(c: Clients) -> Answers:
    skill_id, copy_id = (unique("skill").replace("_", "-") for _ in range(2))
    form = SkillForm(id=skill_id, name="Skill", description="d", content="# Skill\nDo it.")
    await resolve(c.admin.skills.create_new_skill(form))
    try:
        history = await resolve(c.admin.skills.get_skill_history(skill_id))
        assert [entry.skill_id for entry in history] == [skill_id]
        changed = SkillForm(id=skill_id, name="Skill 2", description="d", content="# Skill\nDo.")
        await resolve(c.admin.skills.update_skill_by_id(skill_id, changed))
        newest, oldest = (e.id for e in await resolve(c.admin.skills.get_skill_history(skill_id)))
        diff = await resolve(
            c.admin.skills.diff_skill_history(skill_id, from_id=oldest, to_id=newest)
        )
        assert diff.metadata["name"].to_dict() == {"before": "Skill", "after": "Skill 2"}
        assert [(f.path, f.status, f.binary) for f in diff.files] == [
            ("SKILL.md", "modified", False)
        ]
        clone = await resolve(
            c.admin.skills.clone_skill(skill_id, CloneSkillForm(id=copy_id, name="Copy"))
        )
        try:
            assert (clone.id, clone.name) == (copy_id, "Copy")
        finally:
            await resolve(c.admin.skills.delete_skill_by_id(copy_id))
        return {
            "POST /api/v1/skills/id/{id}/clone": clone,
            "GET /api/v1/skills/id/{id}/history": history,
            "GET /api/v1/skills/id/{id}/history/diff": diff,
        }
    finally:
        await resolve(c.admin.skills.delete_skill_by_id(skill_id))


async def automations(c: Clients) -> Answers:
    # Inactive, and first due in 2030: the scheduler never runs it (it would need a model).
    rrule = "DTSTART:20300101T000000Z\nRRULE:FREQ=YEARLY;COUNT=1"
    data = {"prompt": "Summarise my week", "model_id": unique("nomodel"), "rrule": rrule}
    name = unique("auto")
    made = await resolve(
        c.admin.automations.create_new_automation({"name": name, "data": data, "is_active": False})
    )
    out: Answers = {}
    try:
        out["GET /api/v1/automations/list"] = listed = await resolve(
            c.admin.automations.get_automation_items(query=name)
        )
        assert ([a.id for a in listed.items], listed.total) == ([made.id], 1)
        assert all(isinstance(a, AutomationResponse) for a in listed.items)
    finally:
        out["DELETE /api/v1/automations/{id}/delete"] = await resolve(
            c.admin.automations.delete_automation_by_id(made.id)
        )
    return out


async def users(c: Clients) -> Answers:
    out: Answers = {}
    group = await resolve(
        c.admin.groups.create_new_group(GroupForm(name=unique("group"), description="d"))
    )
    try:
        await resolve(c.admin.groups.add_user_to_group(group.id, UserIdsForm(user_ids=[c.user_id])))
        out["GET /api/v1/users/groups"] = mine = await resolve(c.user.users.get_user_groups())
        out["GET /api/v1/users/{user_id}/groups"] = theirs = await resolve(
            c.admin.users.get_user_groups_by_id(c.user_id)
        )
        assert group.id in {g.id for g in mine} & {g.id for g in theirs}
    finally:
        await resolve(c.admin.groups.delete_group_by_id(group.id))
    out["GET /api/v1/users/permissions"] = await resolve(c.user.users.get_user_permissisions())
    current = await resolve(c.admin.users.get_default_user_permissions())
    out["POST /api/v1/users/default/permissions"] = written = await resolve(
        c.admin.users.update_default_user_permissions(current)
    )
    assert written.to_dict() == current.to_dict()
    return out


async def folder_sharing(c: Clients) -> Answers:
    out: Answers = {}
    folder = await resolve(c.admin.folders.create_folder(FolderForm(name=unique("shared"))))
    try:
        grant = {"principal_type": "user", "principal_id": c.user_id, "permission": "read"}
        out["POST /api/v1/folders/{id}/access/update"] = access = await resolve(
            c.admin.folders.update_folder_access_by_id(folder.id, {"access_grants": [grant]})
        )
        assert access.id == folder.id
        assert [(g.principal_id, g.permission) for g in access.access_grants] == [
            (c.user_id, "read")
        ]
        out["GET /api/v1/folders/shared"] = shared = await resolve(
            c.user.folders.get_shared_folders()
        )
        assert [f.permission for f in shared if f.id == folder.id] == ["read"]
        out["POST /api/v1/folders/{id}/read"] = read = await resolve(
            c.admin.folders.mark_folder_chats_read_by_id(folder.id)
        )
        assert (read.folder_id, read.folder_ids, read.updated_count) == (folder.id, [folder.id], 0)
    finally:
        await resolve(c.admin.folders.delete_folder_by_id(folder.id))
    return out


async def knowledge_directories(c: Clients) -> Answers:
    out: Answers = {}
    kb = await resolve(
        c.admin.knowledge.create_new_knowledge(KnowledgeForm(name=unique("kb"), description=""))
    )
    payload = File(payload=io.BytesIO(b"typed knowledge"), file_name=f"{unique('f')}.txt")
    uploaded = await resolve(c.admin.files.upload_file(UploadFileBody(file=payload)))
    try:
        await resolve(c.admin.files.wait_until_processed(uploaded.id, timeout=30))
        await resolve(
            c.admin.knowledge.add_file_to_knowledge_by_id(kb.id, {"file_id": uploaded.id})
        )
        directory = await resolve(
            c.admin.knowledge.create_knowledge_directory(kb.id, {"name": "d"})
        )
        move = {"file_id": uploaded.id, "directory_id": directory.id}
        out["POST /api/v1/knowledge/{id}/file/move"] = moved = await resolve(
            c.admin.knowledge.move_file_in_knowledge(kb.id, move)
        )
        assert moved.status is True
        # move_files=False: the file goes with its directory, and its id is in the answer.
        out["DELETE /api/v1/knowledge/{id}/dirs/{dir_id}/delete"] = deleted = await resolve(
            c.admin.knowledge.delete_knowledge_directory(kb.id, directory.id, move_files=False)
        )
        # Open WebUI 0.11 answers {"status": true} alone: file_ids is unset there.
        file_ids = UNSET if server_before("0.12") else [uploaded.id]
        assert (deleted.status, deleted.file_ids) == (True, file_ids)
    finally:
        with contextlib.suppress(NotFoundError):
            await resolve(c.admin.files.delete_file_by_id(uploaded.id))
        await resolve(c.admin.knowledge.delete_knowledge_by_id(kb.id))
    return out


async def memory_paths(c: Clients) -> Answers:
    path = f"typed/{unique('pets')}"
    content = f"My cat is called {unique('cat')}"
    memory = await resolve(c.user.memories.add_memory({"content": content, "path": path}))
    try:
        listed = await resolve(c.user.memories.list_memory_paths({"query": content}))
        assert ([(g.path, g.count) for g in listed.paths], listed.count) == ([(path, 1)], 1)
        read = await resolve(c.user.memories.read_memory_path({"path": path}))
        assert (read.path, [m.id for m in read.memories]) == (path, [memory.id])
        assert all(isinstance(m, MemoryModel) for m in read.memories)
        return {"POST /api/v1/memories/paths": listed, "POST /api/v1/memories/path": read}
    finally:
        await resolve(c.user.memories.delete_memory_by_id(memory.id))


async def user_status(c: Clients) -> Answers:
    before = await resolve(c.user.users.get_user_status_by_session_user())
    assert before.id == c.user_id
    message = unique("away")
    updated = await resolve(
        c.user.users.update_user_status_by_session_user({"status_message": message})
    )
    try:
        assert (updated.id, updated.status_message) == (c.user_id, message)
    finally:
        # None is not written (the route skips it): an empty message stands for none.
        restore = before.status_message if isinstance(before.status_message, str) else ""
        await resolve(c.user.users.update_user_status_by_session_user({"status_message": restore}))
    return {
        "GET /api/v1/users/user/status": before,
        "POST /api/v1/users/user/status/update": updated,
    }


async def notifications(c: Clients) -> Answers:
    async with admin_config(c.admin_session, ENABLE_USER_WEBHOOKS=True):
        events = await resolve(c.admin.notifications.get_notification_events())
    assert "chat.finished" in {event.event for event in events.events}
    return {"GET /api/v1/notifications/events": events}


async def channel_members(c: Clients) -> Answers:
    out: Answers = {}
    async with admin_config(c.admin_session, ENABLE_CHANNELS=True):
        form = CreateChannelForm(name=unique("chan"), description="d")
        channel = await resolve(c.admin.channels.create_new_channel(form))
        try:
            out["POST /api/v1/channels/{id}/update/members/add"] = added = await resolve(
                c.admin.channels.add_members_by_id(channel.id, {"user_ids": [c.user_id]})
            )
            # The answer holds the memberships written, the channel's creator's among them.
            assert c.user_id in {m.user_id for m in added}
            assert {m.channel_id for m in added} == {channel.id}
            out["POST /api/v1/channels/{id}/update/members/remove"] = removed = await resolve(
                c.admin.channels.remove_members_by_id(channel.id, {"user_ids": [c.user_id]})
            )
            assert removed == 1
        finally:
            await resolve(c.admin.channels.delete_channel_by_id(channel.id))
    return out


async def prompt_diff(c: Clients) -> Answers:
    if prompt_diff_unreachable:
        pytest.skip("Open WebUI 0.11 routes /history/diff to /history/{history_id}: a 404")
    command = unique("cmd")
    made = await resolve(
        c.admin.prompts.create_new_prompt(PromptForm(command=command, name="A", content="one"))
    )
    try:
        form = PromptForm(command=command, name="B", content="two")
        await resolve(c.admin.prompts.update_prompt_by_id(made.id, form))
        history = await resolve(c.admin.prompts.get_prompt_history(made.id))
        ids = {entry.snapshot["content"]: entry.id for entry in history}
        oldest, newest = ids["one"], ids["two"]
        diff = await resolve(c.admin.prompts.get_prompt_diff(made.id, from_id=oldest, to_id=newest))
        assert (diff.from_id, diff.to_id, diff.name_changed) == (oldest, newest, True)
        assert (diff.from_snapshot["content"], diff.to_snapshot["content"]) == ("one", "two")
        assert "-one" in diff.content_diff and "+two" in diff.content_diff
        return {"GET /api/v1/prompts/id/{prompt_id}/history/diff": diff}
    finally:
        await resolve(c.admin.prompts.delete_prompt_by_id(made.id))


async def event_webhooks(c: Clients) -> Answers:
    # No URL and disabled: nothing is ever sent.
    form = {"name": unique("hook"), "url": "", "enabled": False}
    made = await resolve(c.admin.system.create_event_webhook(form))
    deleted = await resolve(c.admin.system.delete_event_webhook_api(made["id"]))
    assert deleted.status is True
    assert made["id"] not in {
        w["id"] for w in await resolve(c.admin.system.get_event_webhooks_api())
    }
    return {"DELETE /api/events/webhooks/{webhook_id}": deleted}


@dataclass(frozen=True)
class Scenario:
    ops: tuple[str, ...]
    run: Callable[[Clients], Awaitable[Answers]]


SCENARIOS: dict[str, Scenario] = {
    "folders": Scenario(
        (
            "POST /api/v1/folders/",
            "POST /api/v1/folders/{id}/update",
            "POST /api/v1/folders/{id}/update/parent",
            "POST /api/v1/folders/{id}/update/expanded",
            "DELETE /api/v1/folders/{id}",
        ),
        folders,
    ),
    "calendars": Scenario(
        (
            "POST /api/v1/calendars/{calendar_id}/default",
            "DELETE /api/v1/calendars/events/{event_id}/delete",
            "DELETE /api/v1/calendars/{calendar_id}/delete",
        ),
        calendars,
    ),
    "system": Scenario(
        (
            "GET /health",
            "GET /health/db",
            "GET /ready",
            "GET /api/version",
            "GET /api/version/updates",
            "GET /api/tasks",
            "GET /api/tasks/chat/{chat_id}",
        ),
        system,
    ),
    "timezone": Scenario(("POST /api/v1/auths/update/timezone",), timezone),
    "feedback": Scenario(
        ("DELETE /api/v1/evaluations/feedback/{id}", "DELETE /api/v1/evaluations/feedbacks/all"),
        feedback,
    ),
    "chats_read": Scenario(
        ("POST /api/v1/chats/read", "POST /api/v1/chats/{id}/unread"), chats_read
    ),
    "files": Scenario(
        (
            "GET /api/v1/files/{id}/data/content",
            "POST /api/v1/files/{id}/data/content/update",
            "POST /api/v1/files/{id}/rename",
            "DELETE /api/v1/files/{id}",
        ),
        files,
    ),
    "tool_history": Scenario(
        (
            "GET /api/v1/tools/id/{id}/history",
            "GET /api/v1/tools/id/{id}/history/{history_id}",
            "GET /api/v1/tools/id/{id}/history/diff",
            "DELETE /api/v1/tools/id/{id}/history/{history_id}",
        ),
        tool_history,
    ),
    "function_history": Scenario(
        (
            "GET /api/v1/functions/id/{id}/history",
            "GET /api/v1/functions/id/{id}/history/{history_id}",
            "GET /api/v1/functions/id/{id}/history/diff",
            "DELETE /api/v1/functions/id/{id}/history/{history_id}",
        ),
        function_history,
    ),
    "automations": Scenario(
        ("GET /api/v1/automations/list", "DELETE /api/v1/automations/{id}/delete"),
        automations,
    ),
    "memories": Scenario(("POST /api/v1/memories/query",), memories),
    "skills": Scenario(
        (
            "POST /api/v1/skills/id/{id}/clone",
            "GET /api/v1/skills/id/{id}/history",
            "GET /api/v1/skills/id/{id}/history/diff",
        ),
        skills,
    ),
    "users": Scenario(
        (
            "GET /api/v1/users/groups",
            "GET /api/v1/users/{user_id}/groups",
            "GET /api/v1/users/permissions",
            "POST /api/v1/users/default/permissions",
        ),
        users,
    ),
    "folder_sharing": Scenario(
        (
            "POST /api/v1/folders/{id}/access/update",
            "GET /api/v1/folders/shared",
            "POST /api/v1/folders/{id}/read",
        ),
        folder_sharing,
    ),
    "knowledge_directories": Scenario(
        (
            "POST /api/v1/knowledge/{id}/file/move",
            "DELETE /api/v1/knowledge/{id}/dirs/{dir_id}/delete",
        ),
        knowledge_directories,
    ),
    "memory_paths": Scenario(
        ("POST /api/v1/memories/paths", "POST /api/v1/memories/path"), memory_paths
    ),
    "user_status": Scenario(
        ("GET /api/v1/users/user/status", "POST /api/v1/users/user/status/update"), user_status
    ),
    "notifications": Scenario(("GET /api/v1/notifications/events",), notifications),
    "channel_members": Scenario(
        (
            "POST /api/v1/channels/{id}/update/members/add",
            "POST /api/v1/channels/{id}/update/members/remove",
        ),
        channel_members,
    ),
    "prompt_diff": Scenario(("GET /api/v1/prompts/id/{prompt_id}/history/diff",), prompt_diff),
    "event_webhooks": Scenario(("DELETE /api/events/webhooks/{webhook_id}",), event_webhooks),
}


def test_every_typed_route_has_a_scenario() -> None:
    covered = [op for scenario in SCENARIOS.values() for op in scenario.ops]
    assert sorted(covered) == sorted(EXPECTED) == sorted(RESPONSES)


# --- fixtures --------------------------------------------------------------------------------


@pytest.fixture(params=["sync", "async"])
def colour(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
async def clients(colour: str, owui_server: ServerInfo) -> AsyncIterator[Clients]:
    made: list[Any] = []
    # The user's token (a human session) only to learn its id: /auths/ refuses API keys.
    keys = (
        owui_server.admin_key,
        owui_server.user_key,
        owui_server.user_token,
        owui_server.admin_token,
    )
    for key in keys:
        if colour == "sync":
            made.append(OpenWebUI(owui_server.base_url, api_key=key))
        else:
            made.append(AsyncOpenWebUI(owui_server.base_url, api_key=key))
    try:
        me = await resolve(made[2].auths.get_session_user())
        yield Clients(admin=made[0], user=made[1], user_id=me.id, admin_session=made[3])
    finally:
        for client in made:
            if isinstance(client, AsyncOpenWebUI):
                await client.aclose()
            else:
                client.close()


@pytest.mark.parametrize("name", sorted(SCENARIOS))
async def test_typed_answer(name: str, clients: Clients) -> None:
    scenario = SCENARIOS[name]
    answers = await scenario.run(clients)
    assert sorted(answers) == sorted(scenario.ops)
    for key, value in answers.items():
        check(key, value)
