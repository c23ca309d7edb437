"""When and how long to wait before sending a request again: the retry policy.

Both transports (``_async/api_client.py`` and its derived twin) follow it; tests inject its
clocks and sleeps so that they never wait.
"""

from __future__ import annotations

import random
import time
from collections.abc import Awaitable, Callable
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

__all__ = ["DEFAULT_MAX_RETRIES", "RetryPolicy", "check_retries"]

DEFAULT_MAX_RETRIES = 2

_RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
# Methods whose repetition cannot do more than their first run (RFC 9110 9.2.2).
_IDEMPOTENT = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
# Failures that happen before a single byte of the request left: any method may be re-sent.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


# The transport's own classes are plain slotted classes, not attrs: they are built once per
# client, and leaving attrs off the import path saves ~40 % of `import owui_sdk`'s own cost
# (attrs loads with the first model instead).
class RetryPolicy:
    """When and how long to wait before sending a request again.

    Exponential backoff from ``initial_delay`` doubling up to ``max_delay``, less up to
    ``jitter`` of it at random so that clients do not retry in lockstep; a server's
    ``Retry-After`` wins when present, capped at ``max_retry_after``.

    ``sleep``, ``async_sleep``, ``rand`` and ``clock`` are injectable so tests never wait (the
    clock bounds waits that are not retries, such as a file's processing).
    """

    __slots__ = (
        "async_sleep",
        "clock",
        "initial_delay",
        "jitter",
        "max_delay",
        "max_retries",
        "max_retry_after",
        "rand",
        "sleep",
    )

    def __init__(
        self,
        max_retries: int = DEFAULT_MAX_RETRIES,
        initial_delay: float = 0.5,
        max_delay: float = 8.0,
        max_retry_after: float = 60.0,
        jitter: float = 0.25,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[None]] | None = None,
        rand: Callable[[], float] = random.random,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.max_retries = max_retries
        self.initial_delay = initial_delay
        self.max_delay = max_delay
        self.max_retry_after = max_retry_after
        self.jitter = jitter
        self.sleep = sleep
        self.async_sleep = _anyio_sleep if async_sleep is None else async_sleep
        self.rand = rand
        self.clock = clock

    def replace(self, **changes: Any) -> RetryPolicy:
        """A copy with ``changes`` applied (the policy itself is never modified)."""
        values = {name: getattr(self, name) for name in self.__slots__}
        return RetryPolicy(**{**values, **changes})

    def __repr__(self) -> str:
        return (
            f"RetryPolicy(max_retries={self.max_retries}, initial_delay={self.initial_delay}, "
            f"max_delay={self.max_delay}, max_retry_after={self.max_retry_after}, "
            f"jitter={self.jitter})"
        )

    def should_retry_status(self, request: httpx.Request, response: httpx.Response) -> bool:
        return response.status_code in _RETRY_STATUSES and request.method in _IDEMPOTENT

    def should_retry_error(self, request: httpx.Request, exc: httpx.TransportError) -> bool:
        # A POST whose bytes may have reached the server is never re-sent: a retried
        # create_new would make two chats.
        return request.method in _IDEMPOTENT or isinstance(exc, _NOT_SENT)

    def delay(self, attempt: int, response: httpx.Response | None = None) -> float:
        """Seconds to wait before retry number ``attempt`` (0-based)."""
        if response is not None:
            retry_after = _retry_after(response)
            if retry_after is not None:
                return min(max(retry_after, 0.0), self.max_retry_after)
        backoff = min(self.initial_delay * (2.0**attempt), self.max_delay)
        return backoff * (1 - self.jitter * self.rand())


async def _anyio_sleep(seconds: float) -> None:
    # anyio (an httpx dependency) sleeps under asyncio and trio alike; imported on first
    # retry only, to keep it off the import path.
    import anyio

    await anyio.sleep(seconds)


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after")
    if not value:
        return None
    try:
        return float(value)
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return when.timestamp() - time.time()


def check_retries(max_retries: int) -> int:
    """``max_retries`` if it is an int >= 0 (``ValueError`` otherwise)."""
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ValueError(f"max_retries must be an int >= 0, not {max_retries!r}")
    return max_retries
