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

from .._base_client import Common, connection_error, with_changes
from ..errors import status_error

__all__ = ["AsyncAPIClient"]


class AsyncAPIClient:
    """Sends the generated functions' requests over one :class:`httpx.AsyncClient`."""

    __slots__ = ("common", "http")

    def __init__(self, *, common: Common, http: httpx.AsyncClient) -> None:
        self.common = common
        self.http = http

    def __repr__(self) -> str:
        return f"{type(self).__name__}(common={self.common!r})"

    async def _arequest(self, options: dict[str, Any]) -> httpx.Response:
        """Send, retrying what is safe to retry; the answer is read in full."""
        return await self._send(options, stream=False)

    async def arequest_ok(self, options: dict[str, Any]) -> httpx.Response:
        """Send as ``_arequest`` does, for hand-written calls: an error status is raised as the
        :mod:`owui_sdk.errors` class that matches it (generated functions map statuses
        themselves)."""
        response = await self._send(options, stream=False)
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
        response = await self._send(options, stream=True)
        if response.is_error:
            try:
                await response.aread()
            except httpx.TransportError as exc:
                raise connection_error(response.request, exc) from exc
            finally:
                await response.aclose()
            raise status_error(response)
        return response

    async def _send(self, options: dict[str, Any], *, stream: bool) -> httpx.Response:
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
            return response

    async def aclose(self) -> None:
        await self.http.aclose()

    def with_options(
        self, *, timeout: httpx.Timeout | None, max_retries: int | None
    ) -> AsyncAPIClient:
        return AsyncAPIClient(
            common=with_changes(self.common, timeout, max_retries), http=self.http
        )
