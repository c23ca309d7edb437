# Generated from src/owui_sdk/_async/api_client.py by `make generate` (unasync). Do not edit.
"""The transport under every call of the blocking client.

The generated endpoint functions describe a request as a dict (``method``, ``url`` path,
``params``, ``json``...) and hand it to ``_request`` here (they only know the protocol in
``owui_sdk._endpoint``). It becomes an httpx request against the configured base URL; what
is safe to retry is retried; transport failures become :mod:`owui_sdk.errors`.

One source for both colours: ``src/owui_sdk/_async/`` is written by hand and
``src/owui_sdk/_sync/`` is derived from it by ``make generate``.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx

from .._base_client import Common, connection_error, with_changes
from ..errors import status_error

__all__ = ["SyncAPIClient"]


class SyncAPIClient:
    """Sends the generated functions' requests over one :class:`httpx.Client`."""

    __slots__ = ("common", "http")

    def __init__(self, *, common: Common, http: httpx.Client) -> None:
        self.common = common
        self.http = http

    def __repr__(self) -> str:
        return f"{type(self).__name__}(common={self.common!r})"

    def _request(self, options: dict[str, Any]) -> httpx.Response:
        """Send, retrying what is safe to retry; the answer is read in full."""
        return self._send(options, stream=False)

    def request_ok(self, options: dict[str, Any]) -> httpx.Response:
        """Send as ``_request`` does, for hand-written calls: an error status is raised as the
        :mod:`owui_sdk.errors` class that matches it (generated functions map statuses
        themselves)."""
        response = self._send(options, stream=False)
        if response.is_error:
            raise status_error(response)
        return response

    @contextmanager
    def stream(self, options: dict[str, Any]) -> Iterator[httpx.Response]:
        """Send and yield the answer unread (for NDJSON exports); error statuses raise."""
        response = self.open_stream(options)
        try:
            try:
                yield response
            except httpx.TransportError as exc:
                # The connection broke while the caller read the stream.
                raise connection_error(response.request, exc) from exc
        finally:
            response.close()

    def open_stream(self, options: dict[str, Any]) -> httpx.Response:
        """Send and return the answer unread, for a stream object that outlives this call;
        an error status is read, closed and raised. The caller closes the response."""
        response = self._send(options, stream=True)
        if response.is_error:
            try:
                response.read()
            except httpx.TransportError as exc:
                raise connection_error(response.request, exc) from exc
            finally:
                response.close()
            raise status_error(response)
        return response

    def _send(self, options: dict[str, Any], *, stream: bool) -> httpx.Response:
        common = self.common
        request = common.build(self.http, options)
        retry = common.retry
        attempt = 0
        while True:
            started = time.perf_counter()
            try:
                response = self.http.send(request, stream=True)
            except httpx.TransportError as exc:
                common.log(request, None, started, f" failed: {type(exc).__name__}")
                if attempt >= retry.max_retries or not retry.should_retry_error(request, exc):
                    raise connection_error(request, exc) from exc
                retry.sleep(retry.delay(attempt))
                attempt += 1
                continue
            if attempt < retry.max_retries and retry.should_retry_status(request, response):
                common.log(request, response, started, " (will retry)")
                response.close()
                retry.sleep(retry.delay(attempt, response))
                attempt += 1
                continue
            if not stream:
                try:
                    response.read()
                except httpx.TransportError as exc:
                    raise connection_error(request, exc) from exc
                finally:
                    response.close()
            common.log(request, response, started)
            return response

    def close(self) -> None:
        self.http.close()

    def with_options(
        self, *, timeout: httpx.Timeout | None, max_retries: int | None
    ) -> SyncAPIClient:
        return SyncAPIClient(common=with_changes(self.common, timeout, max_retries), http=self.http)
