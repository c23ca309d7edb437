"""A small in-memory stand-in for the Open WebUI 0.12.4 routes that export, import, copy and
prune chats use, as an httpx handler (for respx or ``httpx.MockTransport``).

It answers as the real server does where the SDK depends on it (checked against 0.12.4's
source and tests/integration/test_cli.py): ``/chats/all`` streams NDJSON, ``/chats/import``
assigns new ids and keeps timestamps, pinned, archived, meta and a folder id of the user's,
not-found is a 401 with Open WebUI's text, a wrong key a 401.
"""

from __future__ import annotations

import json
import re
import uuid
from typing import Any

import httpx


class BrokenStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that sends ``first`` and then fails with ``error`` (both colours)."""

    def __init__(self, first: bytes, error: BaseException) -> None:
        self.first = first
        self.error = error

    def __iter__(self) -> Any:
        yield self.first
        raise self.error

    async def __aiter__(self) -> Any:
        yield self.first
        raise self.error


NOT_FOUND = {"detail": "We could not find what you're looking for :/"}


def chat_record(
    title: str,
    *,
    updated_at: int = 1730000000,
    created_at: int | None = None,
    messages: int = 2,
    **extra: Any,
) -> dict[str, Any]:
    """An exported chat (as ``/chats/all`` gives it) with a two-message history."""
    ids = [str(uuid.uuid4()) for _ in range(messages)]
    history = {
        mid: {
            "id": mid,
            "parentId": ids[n - 1] if n else None,
            "childrenIds": [ids[n + 1]] if n + 1 < len(ids) else [],
            "role": "user" if n % 2 == 0 else "assistant",
            "content": f"{title} message {n}",
            "timestamp": updated_at,
        }
        for n, mid in enumerate(ids)
    }
    record: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "user_id": "u-source",
        "title": title,
        "chat": {
            "title": title,
            "history": {"messages": history, "currentId": ids[-1] if ids else None},
            "messages": [history[mid] for mid in ids],
        },
        "updated_at": updated_at,
        "created_at": created_at if created_at is not None else updated_at,
        "archived": False,
        "pinned": False,
        "meta": {},
        "folder_id": None,
    }
    record.update(extra)
    return record


class FakeOpenWebUI:
    """One user's chats and folders on one fake server."""

    def __init__(self, key: str = "sk-fake", *, version: str = "0.12.4") -> None:
        self.key = key
        self.version = version
        self.chats: dict[str, dict[str, Any]] = {}
        self.folders: dict[str, dict[str, Any]] = {}
        self.import_calls = 0
        self.fail_import_after: int | None = None  # raise a 500 on the import call after N
        self.lose_answer_after: int | None = None  # import, then answer 502 (the answer lost)
        self.break_export_with: BaseException | None = None  # /chats/all fails after a line
        self.role = "admin"
        self.human_session = False
        self.status_enabled = False  # /users/user/status (Open WebUI's default: enabled)
        self.user_id = "u1"
        # What a page shifted by a change does to /chats/all on the real server: a chat
        # left out of the stream, or sent twice.
        self.stream_skips: set[str] = set()
        self.stream_repeats: set[str] = set()
        self.requests: list[str] = []  # "METHOD /path" of every request, in order

    def add(self, record: dict[str, Any]) -> dict[str, Any]:
        self.chats[record["id"]] = record
        return record

    def add_folder(self, name: str, parent_id: str | None = None) -> str:
        folder_id = str(uuid.uuid4())
        self.folders[folder_id] = {"id": folder_id, "name": name, "parent_id": parent_id}
        return folder_id

    def _folder_json(self, folder: dict[str, Any]) -> dict[str, Any]:
        return dict(folder, user_id=self.user_id, created_at=1, updated_at=1)

    def handle(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        self.requests.append(f"{request.method} {path}")
        if path == "/api/version":
            return httpx.Response(200, json={"version": self.version})
        if request.headers.get("authorization") != f"Bearer {self.key}":
            return httpx.Response(401, json={"detail": "401 Unauthorized"})
        method = request.method
        if path == "/api/v1/users/user/status":
            if not self.status_enabled:
                return httpx.Response(403, json={"detail": "Action prohibited"})
            return httpx.Response(
                200, json={"id": self.user_id, "name": "Ada", "email": "ada@x", "role": self.role}
            )
        if path == "/api/v1/auths/":
            if not self.human_session:
                return httpx.Response(403, json={"detail": "A human session is required."})
            return httpx.Response(
                200, json={"id": self.user_id, "name": "Ada", "email": "ada@x", "role": self.role}
            )
        if path == "/api/v1/users/":
            if self.role != "admin":
                return httpx.Response(
                    401, json={"detail": "You do not have permission to access this resource."}
                )
            return httpx.Response(200, json={"users": [], "total": 0})
        if path in ("/api/v1/chats/", "/api/v1/chats/archived") and method == "GET":
            return httpx.Response(200, json=self._listing(request))
        if path == "/api/v1/chats/all" and method == "GET":
            body = "".join(
                (json.dumps(chat) + "\n") * (2 if chat["id"] in self.stream_repeats else 1)
                for chat in self.chats.values()
                if chat["id"] not in self.stream_skips
            )
            if self.break_export_with is not None:
                first = body.encode().split(b"\n", 1)[0] + b"\n"
                return httpx.Response(
                    200,
                    stream=BrokenStream(first, self.break_export_with),
                    headers={"content-type": "application/x-ndjson"},
                )
            return httpx.Response(
                200, content=body.encode(), headers={"content-type": "application/x-ndjson"}
            )
        if path == "/api/v1/chats/import" and method == "POST":
            self.import_calls += 1
            if self.fail_import_after is not None and self.import_calls > self.fail_import_after:
                return httpx.Response(500, json={"detail": "boom"})
            made = [self._import(form) for form in json.loads(request.content)["chats"]]
            if self.lose_answer_after is not None and self.import_calls > self.lose_answer_after:
                return httpx.Response(502, json={"detail": "Bad Gateway"})
            return httpx.Response(200, json=made)
        if path == "/api/v1/folders/" and method == "GET":
            return httpx.Response(200, json=[self._folder_json(f) for f in self.folders.values()])
        if path == "/api/v1/folders/" and method == "POST":
            form = json.loads(request.content)
            folder_id = self.add_folder(form["name"], form.get("parent_id"))
            return httpx.Response(200, json=self._folder_json(self.folders[folder_id]))
        match = re.fullmatch(r"/api/v1/chats/([^/]+)", path)
        if match and method == "GET":
            if match[1] not in self.chats:
                return httpx.Response(401, json=NOT_FOUND)
            return httpx.Response(200, json=self.chats[match[1]])
        if match and method == "DELETE":
            if self.chats.pop(match[1], None) is None:
                return httpx.Response(401, json=NOT_FOUND)
            return httpx.Response(200, json=True)
        return httpx.Response(404, json={"detail": "Not Found"})

    def _listing(self, request: httpx.Request) -> list[dict[str, Any]]:
        """``GET /chats/`` (not archived; pinned and foldered only when asked; every chat
        without a page) and ``GET /chats/archived`` (60 a page), as 0.12.4 lists them."""
        query = request.url.params
        archived = request.url.path.endswith("/archived")
        chats = [c for c in self.chats.values() if bool(c["archived"]) == archived]
        if not archived:
            if query.get("include_pinned") != "true":
                chats = [c for c in chats if not c["pinned"]]
            if query.get("include_folders") != "true":
                chats = [c for c in chats if not c["folder_id"]]
        order = query.get("order_by") or "updated_at"
        chats.sort(key=lambda c: c[order], reverse=query.get("direction") != "asc")
        page = query.get("page")
        if page is not None or archived:
            start = (int(page or 1) - 1) * 60
            chats = chats[start : start + 60]
        keys = ("id", "title", "updated_at", "created_at")
        return [{k: c[k] for k in keys} | {"archived": archived} for c in chats]

    def _import(self, form: dict[str, Any]) -> dict[str, Any]:
        folder_id = form.get("folder_id")
        chat = {
            "id": str(uuid.uuid4()),
            "user_id": "u-target",
            "title": form["chat"].get("title", "New Chat"),
            "chat": form["chat"],
            "updated_at": form.get("updated_at") or 1800000000,
            "created_at": form.get("created_at") or 1800000000,
            "archived": bool(form.get("archived")),
            "pinned": bool(form.get("pinned")),
            "meta": form.get("meta") or {},
            "folder_id": folder_id if folder_id in self.folders else None,
            "current_message_id": form.get("current_message_id")
            or form["chat"].get("history", {}).get("currentId"),
        }
        self.chats[chat["id"]] = chat
        return chat
