"""Helpers shared by the facade tests: one test body drives both colours.

A test is written once as ``async def`` and calls ``await resolve(client.chats.x(...))``: with
the blocking :class:`OpenWebUI` the call has already returned its value, with
:class:`AsyncOpenWebUI` it is a coroutine that ``resolve`` awaits. ``collect`` does the same
for the ``iter_*`` generators.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any

import httpx

from owui_sdk._async.client import AsyncOpenWebUI
from owui_sdk._retry import RetryPolicy
from owui_sdk._sync.client import OpenWebUI

BASE = "http://owui.test"
API = "/api/v1/chats"
KEY = "sk-SECRET-123"
COLOURS = ("sync", "async")
T0 = 1730000000

Client = OpenWebUI | AsyncOpenWebUI


class SleepRecorder:
    """Stands in for ``time.sleep`` and ``anyio.sleep``: records the delays, never waits."""

    def __init__(self) -> None:
        self.delays: list[float] = []
        #: Which sleep was used for each delay: "sync" (time.sleep) or "async" (anyio.sleep).
        self.kinds: list[str] = []

    def sleep(self, seconds: float) -> None:
        self.delays.append(seconds)
        self.kinds.append("sync")

    async def async_sleep(self, seconds: float) -> None:
        self.delays.append(seconds)
        self.kinds.append("async")

    def policy(self, **kwargs: Any) -> RetryPolicy:
        return RetryPolicy(
            sleep=self.sleep, async_sleep=self.async_sleep, rand=lambda: 0.0, **kwargs
        )


def make_client(colour: str, *args: Any, **kwargs: Any) -> Any:
    """A client of ``colour`` against :data:`BASE` with :data:`KEY`, no retries and no sleeping
    unless told otherwise."""
    if not args and "api_url" not in kwargs:
        kwargs.setdefault("base_url", BASE)
    kwargs.setdefault("api_key", KEY)
    kwargs.setdefault("max_retries", 0)
    kwargs.setdefault("_retry", SleepRecorder().policy())
    cls = OpenWebUI if colour == "sync" else AsyncOpenWebUI
    return cls(*args, **kwargs)


async def close(client: Any) -> None:
    if isinstance(client, AsyncOpenWebUI):
        await client.aclose()
    else:
        client.close()


async def resolve(value: Any) -> Any:
    """The value of a call in either colour."""
    if inspect.isawaitable(value):
        return await value
    return value


async def collect(iterable: Any) -> list[Any]:
    """All items of a sync or async iterator."""
    if hasattr(iterable, "__aiter__"):
        return [item async for item in iterable]
    return list(iterable)


async def first(iterable: Any) -> Any:
    """The first item of a sync or async generator, leaving the rest unconsumed (and closed)."""
    if hasattr(iterable, "__aiter__"):
        try:
            return await anext(iterable)
        finally:
            await iterable.aclose()
    try:
        return next(iterable)
    finally:
        iterable.close()


def json_response(payload: Any, status: int = 200, **headers: str) -> httpx.Response:
    """A JSON answer; ``payload=None`` is the JSON ``null``, not an empty body."""
    return httpx.Response(
        status,
        content=json.dumps(payload).encode(),
        headers={"content-type": "application/json", **headers},
    )


def body_of(request: httpx.Request) -> Any:
    """The decoded JSON body of a request; :data:`NO_BODY` when none was sent."""
    content = request.read()
    if not content:
        return NO_BODY
    return json.loads(content)


class _NoBody:
    def __repr__(self) -> str:
        return "NO_BODY"


NO_BODY: Any = _NoBody()


def query_of(request: httpx.Request) -> dict[str, str]:
    items = request.url.params.multi_items()
    params = dict(items)
    assert len(params) == len(items), f"repeated query parameters: {items}"
    return params


def path_of(request: httpx.Request) -> str:
    """The path exactly as sent on the wire (percent-encoding kept)."""
    return request.url.raw_path.split(b"?", 1)[0].decode("ascii")


class DualStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body that arrives in ``chunks`` for either colour; counts what was read."""

    def __init__(self, chunks: Iterable[bytes]) -> None:
        self.chunks = list(chunks)
        self.consumed = 0

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.chunks:
            self.consumed += 1
            yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            self.consumed += 1
            yield chunk


# --- realistic payloads (Open WebUI 0.12.4) ------------------------------------------------------


def chat_json(id: str = "c1", title: str = "Hello", **extra: Any) -> dict[str, Any]:
    """A ChatResponse as Open WebUI sends it."""
    return {
        "id": id,
        "user_id": "u1",
        "title": title,
        "chat": {
            "id": "",
            "title": title,
            "models": ["llama3:8b"],
            "history": {
                "messages": {
                    "m1": {
                        "id": "m1",
                        "parentId": None,
                        "childrenIds": [],
                        "role": "user",
                        "content": "Hi there",
                        "timestamp": T0,
                    }
                },
                "currentId": "m1",
            },
            "messages": [{"id": "m1", "role": "user", "content": "Hi there"}],
            "tags": [],
            "timestamp": T0 * 1000,
        },
        "updated_at": T0 + 60,
        "created_at": T0,
        "share_id": None,
        "archived": False,
        "pinned": False,
        "meta": {"tags": ["work"]},
        "folder_id": None,
        **extra,
    }


def title_json(id: str = "c1", title: str = "Hello") -> dict[str, Any]:
    """A ChatTitleIdResponse."""
    return {"id": id, "title": title, "updated_at": T0 + 60, "created_at": T0}


def tag_json(name: str = "work") -> dict[str, Any]:
    """A TagModel."""
    return {"id": name, "name": name, "user_id": "u1", "meta": None}


def shared_json(id: str = "s1", chat_id: str = "c1") -> dict[str, Any]:
    """A SharedChatResponse."""
    return {
        "id": id,
        "chat_id": chat_id,
        "title": "Hello",
        "share_id": id,
        "updated_at": T0 + 60,
        "created_at": T0,
    }


def usage_json(id: str = "c1") -> dict[str, Any]:
    """A ChatUsageStatsResponse."""
    return {
        "id": id,
        "models": {"llama3:8b": 2},
        "message_count": 4,
        "history_models": {"llama3:8b": 2},
        "history_message_count": 4,
        "history_user_message_count": 2,
        "history_assistant_message_count": 2,
        "average_response_time": 1.5,
        "average_user_message_content_length": 12.0,
        "average_assistant_message_content_length": 240.5,
        "tags": ["work"],
        "last_message_at": T0 + 60,
        "updated_at": T0 + 60,
        "created_at": T0,
    }


def stats_export_json(id: str = "c1") -> dict[str, Any]:
    """A ChatStatsExport."""
    return {
        "id": id,
        "user_id": "u1",
        "created_at": T0,
        "updated_at": T0 + 60,
        "tags": ["work"],
        "stats": {
            "models": {"llama3:8b": 2},
            "message_count": 4,
            "history_models": {"llama3:8b": 2},
            "history_message_count": 4,
            "history_user_message_count": 2,
            "history_assistant_message_count": 2,
            "average_response_time": 1.5,
            "average_user_message_content_length": 12.0,
            "average_assistant_message_content_length": 240.5,
        },
        "chat": {"history": {"messages": {}, "currentId": None}},
    }


def chat_config_json() -> dict[str, Any]:
    """A ChatConfigForm as GET /api/v1/chats/config answers (upper-case keys)."""
    return {
        "ENABLE_CONTEXT_COMPACTION": True,
        "CONTEXT_COMPACTION_MODEL": "llama3:8b",
        "CONTEXT_COMPACTION_PROMPT_TEMPLATE": "Summarise: {{MESSAGES}}",
        "CONTEXT_COMPACTION_TOKEN_THRESHOLD": 8000,
        "CONTEXT_COMPACTION_TOKEN_CAP": None,
        "CONTEXT_COMPACTION_RETENTION_PERCENTAGE": 30,
        "ENABLE_TOOL_PERMISSIONS": False,
        "ENABLE_TOOL_SEARCH": True,
        "TOOL_SEARCH_DEFER_THRESHOLD": 400,
        "TOOL_SEARCH_ALWAYS_LOADED": ["web_search"],
        "TOOL_SEARCH_DEFER_BUILTIN_TOOLS": True,
    }
