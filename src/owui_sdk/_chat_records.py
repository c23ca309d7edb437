"""What an exported chat is, and what ``POST /api/v1/chats/import`` keeps of it: the checks
that tell a chat record from anything else, the import form made of one, and the fingerprint
that finds an imported chat on the target again.

What Open WebUI 0.12.4's import keeps (``ChatImportForm``): the chat itself (title, messages
and their tree, ``history.currentId``), ``meta`` (the tags are ``meta.tags``; the server
creates the tag rows), ``variables``, ``pinned``, ``archived``, ``folder_id`` (only for a folder
of the importing user: the folder is found or created by name here), ``current_message_id``,
``created_at`` and ``updated_at``. What it cannot keep: the chat ``id`` and ``user_id`` (new ones,
the importing user's), ``share_id`` (a shared link is not recreated), and the server-computed
``summary``, ``tasks`` and ``context_usage``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

__all__ = ["DROPPED_FIELDS", "FOLDER_PATH_KEY", "fingerprint", "import_form"]

#: The key an export adds to a chat in a folder: the folder's name and its parents' names,
#: outermost first (folder ids mean nothing on another server).
FOLDER_PATH_KEY = "folder_path"

#: Fields of an exported chat that the import endpoint cannot take, and why.
DROPPED_FIELDS: dict[str, str] = {
    "id": "the server assigns a new id",
    "user_id": "chats belong to the importing user",
    "share_id": "shared links are not recreated",
    "summary": "recomputed by the server",
    "tasks": "recomputed by the server",
    "context_usage": "recomputed by the server",
    "folder_id": "a folder id without the folder's names (folder_path) means nothing on "
    "another server",
    "tags": "Open WebUI 0.12 keeps a tag as a lower-case id, spaces as underscores: "
    "'Travel Plans' becomes 'travel_plans'",
}


def _tag_id(name: str) -> str:
    # What Open WebUI 0.12.4 makes of a tag name (models/tags.py, ensure_tags_exist).
    return name.replace(" ", "_").lower()


_KEPT = (
    "variables",
    "meta",
    "pinned",
    "archived",
    "current_message_id",
    "created_at",
    "updated_at",
)


def import_form(record: Any) -> tuple[dict[str, Any], list[str], list[str]]:
    """One exported chat as the body of one ``ChatImportForm``.

    Takes what ``GET /api/v1/chats/all`` and the web UI's "Export chats" write (a chat object
    with a ``chat`` dict), and the older form whose record *is* the chat content (``title``,
    ``messages`` or ``history`` at the top).

    Returns:
        The form (without ``folder_id``), the folder path (names, outermost first; empty when
        the chat is in no folder), and the fields present that the import drops.

    Raises:
        ValueError: ``record`` is not a chat (not an object, or no chat content in it).
    """
    if not isinstance(record, Mapping):
        raise ValueError(f"not a chat: a JSON {_json_kind(record)}, not an object")
    content = record.get("chat")
    if content is None and ("history" in record or "messages" in record):
        content, record = record, {}
    if not isinstance(content, Mapping):
        raise ValueError("not a chat: no 'chat' object (and no 'messages' or 'history')")
    messages = content.get("messages")
    history = content.get("history")
    if messages is not None and not isinstance(messages, list):
        raise ValueError("not a chat: 'chat.messages' is not a list")
    if history is not None and not (
        isinstance(history, Mapping) and isinstance(history.get("messages", {}), Mapping)
    ):
        raise ValueError("not a chat: 'chat.history.messages' is not an object")
    form: dict[str, Any] = {"chat": dict(content)}
    if isinstance(record.get("title"), str) and "title" not in content:
        form["chat"]["title"] = record["title"]
    for key in _KEPT:
        value = record.get(key)
        if value is not None:
            form[key] = value
    for key in ("created_at", "updated_at"):
        if key in form and not (isinstance(form[key], int) and not isinstance(form[key], bool)):
            raise ValueError(f"not a chat: {key!r} is not a Unix time")
    if "meta" in form and not isinstance(form["meta"], Mapping):
        raise ValueError("not a chat: 'meta' is not an object")
    path = record.get(FOLDER_PATH_KEY) or []
    if not (isinstance(path, list) and all(isinstance(p, str) and p for p in path)):
        raise ValueError(f"not a chat: {FOLDER_PATH_KEY!r} is not a list of folder names")
    dropped = [
        key for key in DROPPED_FIELDS if key not in ("folder_id", "tags") and record.get(key)
    ]
    if record.get("folder_id") and not path:
        dropped.append("folder_id")
    tags = form.get("meta", {}).get("tags")
    if isinstance(tags, list) and any(isinstance(t, str) and t != _tag_id(t) for t in tags):
        dropped.append("tags")
    return form, path, dropped


def _json_kind(value: Any) -> str:
    if isinstance(value, list):
        return "array"
    if isinstance(value, str):
        return "string"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    return "number"


def fingerprint(chat: Mapping[str, Any]) -> str:
    """What tells one imported chat from another on the target, its id aside: the title, the
    two timestamps and the current message id (a UUID from the chat's own history), which the
    import keeps. ``chat`` is an exported record or an import form."""
    content = chat.get("chat") or {}
    title = content.get("title") if isinstance(content, Mapping) else None
    if title is None:
        title = chat.get("title")
    current = chat.get("current_message_id")
    if current is None and isinstance(content, Mapping):
        history = content.get("history")
        if isinstance(history, Mapping):
            current = history.get("currentId")
    return json.dumps(
        [title, chat.get("created_at"), chat.get("updated_at"), current], ensure_ascii=False
    )
