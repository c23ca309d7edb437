"""How generated endpoint functions reach the server.

Each endpoint function builds a request description (``method``, ``url`` path, ``params``,
``json``, ...) and hands it to ``client.request`` (sync) or ``client.arequest`` (async).
Anything with that method will do; owui-sdk's clients pass their transport
(``owui_sdk._async.api_client``), which adds the base URL, authentication, retries and
logging.
"""

from __future__ import annotations

from typing import Any, Protocol
from urllib.parse import quote

import httpx


class SyncClient(Protocol):
    """What the ``sync`` and ``sync_detailed`` functions need: a way to send a request."""

    def request(self, options: dict[str, Any]) -> httpx.Response: ...


class AsyncClient(Protocol):
    """What the ``asyncio`` and ``asyncio_detailed`` functions need."""

    async def arequest(self, options: dict[str, Any]) -> httpx.Response: ...


def path_segment(value: object, name: str) -> str:
    """``value`` as one percent-encoded path segment.

    Refuses what would silently change the request's target: ``None`` or a non-scalar
    (``TypeError``), and an empty string, which would turn ``DELETE /chats/{id}`` into
    ``DELETE /chats/``, "delete every chat" (``ValueError``). ``/``, ``?``, ``#`` and ``%`` are
    encoded, and so are the dots of ``.`` and ``..``, which URL normalisation would otherwise
    resolve into the parent path.
    """
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    text = str(value)
    if not text:
        raise ValueError(f"{name} must not be empty")
    if text in {".", ".."}:
        return text.replace(".", "%2E")
    return quote(text, safe="")
