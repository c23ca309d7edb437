"""The transport under every call of the async client.

The generated endpoint functions describe a request as a dict (``method``, ``url`` path,
``params``, ``json``...) and hand it to ``_arequest`` here (they only know the protocol in
``owui_sdk._endpoint``). It becomes an httpx request against the configured base URL; what
is safe to retry is retried; transport failures become :mod:`owui_sdk.errors`.

One source for both colours: ``src/owui_sdk/_async/`` is written by hand and
``src/owui_sdk/_sync/`` is derived from it by ``make generate``.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx

from .._server import ServerFacts, aserver_lock
from .._settings import Settings, connection_error, with_changes
from ..errors import (
    _NOT_FOUND_TEXT,
    APIResponseValidationError,
    NotSupportedByServerError,
    OpenWebUIError,
    _detail,
    status_error,
)

__all__ = ["AsyncAPIClient"]


def _maybe_missing(method: str, response: httpx.Response) -> bool:
    # A route the server does not have: 404 or 405; for a GET, the web app's page (200,
    # HTML), which Open WebUI serves for any path it does not route; or its "not found"
    # (400/401), when the path fell to a route with a parameter (GET /chats/config of a
    # release without it is GET /chats/{id} with the id "config").
    status = response.status_code
    if status in (404, 405):
        return True
    if status == 200:
        # On every successful call: the cheapest test first (no JSON answer starts with "<";
        # a header lookup costs ten times more).
        try:
            if response.content[:64].lstrip()[:1] != b"<":
                return False
        except httpx.ResponseNotRead:  # a stream (NDJSON, events): not the web page's
            return False
        return method.upper() == "GET" and response.headers.get("content-type", "").startswith(
            "text/html"
        )
    if status in (400, 401):
        try:
            return _NOT_FOUND_TEXT in response.text.lower()
        except httpx.ResponseNotRead:  # a stream: its body is read later, if at all
            return False
    return False


class AsyncAPIClient:
    """Sends the generated functions' requests over one :class:`httpx.AsyncClient`."""

    __slots__ = ("common", "http", "server")

    def __init__(
        self, *, common: Settings, http: httpx.AsyncClient, server: ServerFacts | None = None
    ) -> None:
        self.common = common
        self.http = http
        self.server = ServerFacts() if server is None else server

    def __repr__(self) -> str:
        return f"{type(self).__name__}(common={self.common!r})"

    async def _arequest(self, options: dict[str, Any], route: str | None = None) -> httpx.Response:
        """Send, retrying what is safe to retry; the answer is read in full.

        ``route``, the operation's path template (``/api/v1/chats/{id}``), names the operation
        in the table of releases: an answer that says the route is missing raises
        :class:`~owui_sdk.errors.NotSupportedByServerError` here when the server's release
        lacks it (see :meth:`_unsupported`). Without it, nothing is looked up.
        """
        return await self._send(options, route, stream=False)

    async def arequest_ok(
        self, options: dict[str, Any], route: str | None = None
    ) -> httpx.Response:
        """Send as ``_arequest`` does, for hand-written calls: an error status is raised as the
        :mod:`owui_sdk.errors` class that matches it (generated functions map statuses
        themselves)."""
        response = await self._send(options, route, stream=False)
        if response.is_error:
            raise status_error(response)
        return response

    @asynccontextmanager
    async def astream(self, options: dict[str, Any]) -> AsyncIterator[httpx.Response]:
        """Send and yield the answer unread (for NDJSON exports); error statuses raise."""
        response = await self.aopen_stream(options)
        try:
            try:
                yield response
            except httpx.TransportError as exc:
                # The connection broke while the caller read the stream.
                raise connection_error(response.request, exc) from exc
        finally:
            await response.aclose()

    async def aopen_stream(self, options: dict[str, Any]) -> httpx.Response:
        """Send and return the answer unread, for a stream object that outlives this call;
        an error status is read, closed and raised. The caller closes the response."""
        response = await self._send(options, None, stream=True)
        if response.is_error:
            try:
                await response.aread()
            except httpx.TransportError as exc:
                raise connection_error(response.request, exc) from exc
            finally:
                await response.aclose()
            raise status_error(response)
        return response

    async def _send(
        self, options: dict[str, Any], route: str | None, *, stream: bool
    ) -> httpx.Response:
        common = self.common
        request = common.build(self.http, options)
        retry = common.retry
        attempt = 0
        while True:
            started = time.perf_counter()
            try:
                response = await self.http.send(request, stream=True)
            except httpx.TransportError as exc:
                common.log(request, None, started, f" failed: {type(exc).__name__}")
                if attempt >= retry.max_retries or not retry.should_retry_error(request, exc):
                    raise connection_error(request, exc) from exc
                await retry.async_sleep(retry.delay(attempt))
                attempt += 1
                continue
            if attempt < retry.max_retries and retry.should_retry_status(request, response):
                common.log(request, response, started, " (will retry)")
                await response.aclose()
                await retry.async_sleep(retry.delay(attempt, response))
                attempt += 1
                continue
            if not stream:
                try:
                    await response.aread()
                except httpx.TransportError as exc:
                    raise connection_error(request, exc) from exc
                finally:
                    await response.aclose()
            common.log(request, response, started)
            # A stream (never one operation of the table) is left unread here.
            if route is not None and not stream and _maybe_missing(request.method, response):
                error = await self._unsupported(request.method, route, response)
                if error is not None:
                    raise error
            return response

    async def _unsupported(
        self, method: str, route: str, response: httpx.Response
    ) -> NotSupportedByServerError | None:
        """The error for ``response`` when the table of releases says the server's release
        lacks the operation ``method route``; ``None`` otherwise, and the caller's own
        handling goes on. The server's version is asked only for an operation some release
        lacks; if that fails, the caller gets the plain error too."""
        from .. import _releases

        if not _releases.may_be_missing(method, route):
            return None
        try:
            version = await self.server_version()
        except OpenWebUIError:
            return None
        releases = _releases.lacking(method, route, version)
        if releases is None:
            return None
        return NotSupportedByServerError(
            response=response,
            detail=_detail(response),
            operation=f"{method.upper()} {route}",
            server_version=version,
            releases=releases,
        )

    async def server_version(self) -> str:
        """The server's Open WebUI version (``GET /api/version``), asked once and kept."""
        server = self.server
        if server.version is not None:
            return server.version
        async with aserver_lock(server):
            # Another caller may have asked while this one waited.
            if server.version is None:
                response = await self.arequest_ok({"method": "GET", "url": "/api/version"})
                try:
                    body = response.json()
                except ValueError as exc:
                    raise APIResponseValidationError(response, f"not JSON: {exc}") from exc
                version = body.get("version") if isinstance(body, dict) else None
                if not isinstance(version, str) or not version:
                    raise APIResponseValidationError(response, "no version string in the answer")
                server.version = version
            return server.version

    async def aclose(self) -> None:
        await self.http.aclose()

    def with_options(
        self, *, timeout: httpx.Timeout | None, max_retries: int | None
    ) -> AsyncAPIClient:
        return AsyncAPIClient(
            common=with_changes(self.common, timeout, max_retries),
            http=self.http,
            server=self.server,
        )
