"""How generated endpoint functions reach the server.

Each endpoint function builds a request description (``method``, ``url`` path, ``params``,
``json``, ...) and hands it to ``client.request`` (sync) or ``client.arequest`` (async).
Anything with that method will do: :class:`HttpxClient` below is the plain one; owui-sdk's clients pass their own,
which adds the base URL, authentication, retries and logging.
"""

from __future__ import annotations

from typing import Any, Protocol
from urllib.parse import quote

import httpx
from attrs import define, field


class SyncClient(Protocol):
    """What the ``sync`` and ``sync_detailed`` functions need: a way to send a request."""

    def request(self, options: dict[str, Any]) -> httpx.Response: ...


class AsyncClient(Protocol):
    """What the ``asyncio`` and ``asyncio_detailed`` functions need."""

    async def arequest(self, options: dict[str, Any]) -> httpx.Response: ...


class Client(SyncClient, AsyncClient, Protocol):
    """Both: what :class:`HttpxClient` is."""


@define
class HttpxClient:
    """A :class:`Client` over plain httpx clients.

    ``base_url`` is put before every path (the httpx client's own base URL is not used), and
    ``headers`` are sent with every request. The headers are left out of ``repr``: they
    usually hold the API key.
    """

    base_url: str
    headers: dict[str, str] = field(factory=dict, repr=False)
    httpx_client: httpx.Client | None = field(default=None, repr=False)
    async_httpx_client: httpx.AsyncClient | None = field(default=None, repr=False)

    def request(self, options: dict[str, Any]) -> httpx.Response:
        if self.httpx_client is None:
            self.httpx_client = httpx.Client()
        return self.httpx_client.request(**_absolute(self, options))

    async def arequest(self, options: dict[str, Any]) -> httpx.Response:
        if self.async_httpx_client is None:
            self.async_httpx_client = httpx.AsyncClient()
        return await self.async_httpx_client.request(**_absolute(self, options))


def _absolute(client: HttpxClient, options: dict[str, Any]) -> dict[str, Any]:
    headers = options.get("headers")
    return {
        **options,
        "url": client.base_url.rstrip("/") + options["url"],
        "headers": {**client.headers, **headers} if headers else client.headers,
    }


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
