"""What both transports share: base URL, authentication, timeouts, the retry policy, logging.

The transports themselves (``_async/api_client.py``, and ``_sync/api_client.py`` derived from
it) send the generated functions' requests with these.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Awaitable, Callable, Sequence
from email.utils import parsedate_to_datetime
from typing import Any, Protocol, TypeVar, cast
from urllib.parse import quote_plus

import httpx

from .errors import APIConnectionError, APITimeoutError

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "AsyncListedFetch",
    "AsyncPageFetch",
    "Common",
    "Listed",
    "RetryPolicy",
    "ServerFacts",
    "SyncListedFetch",
    "SyncPageFetch",
    "amap_limited",
    "as_timeout",
    "aserver_lock",
    "connection_error",
    "make_common",
    "map_limited",
    "query_string",
    "server_lock",
    "with_changes",
]

logger = logging.getLogger("owui_sdk")

T = TypeVar("T")
R = TypeVar("R")
#: A function from a page number to that page's items, in each colour (the chats iterators).
AsyncPageFetch = Callable[[int], Awaitable[list[T]]]
SyncPageFetch = Callable[[int], list[T]]


class Listed(Protocol[T]):
    """A page of a list Open WebUI answers as ``{"items": [...], "total": N}``."""

    items: list[T]
    total: int


#: A function from a page number to that page, in each colour (files, knowledge).
AsyncListedFetch = Callable[[int], Awaitable[Listed[T]]]
SyncListedFetch = Callable[[int], Listed[T]]

#: A short connect timeout (a dead host fails fast), a long read timeout (Open WebUI can take a
#: while on big exports and imports).
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
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


def _redacted(headers: httpx.Headers) -> dict[str, str]:
    return {
        k: ("<redacted>" if k.lower() in ("authorization", "cookie") else v)
        for k, v in headers.items()
    }


def query_string(params: dict[Any, Any]) -> str:
    """``params`` as the query string httpx makes of them (``params=``): the same
    ``str(httpx.QueryParams(params))``, without its intermediate multi-dict.

    A list or tuple value repeats its key; ``True``/``False`` are ``true``/``false``, ``None``
    is empty, anything else is ``str(value)``; keys and values are ``quote_plus``-encoded.
    """
    parts: list[str] = []
    for key, value in params.items():
        if type(key) is not str:
            # httpx's str(key) may merge two keys into one: its own encoding decides.
            return str(httpx.QueryParams(params))
        name = quote_plus(key)
        for item in value if isinstance(value, (list, tuple)) else (value,):
            if item is True:
                parts.append(f"{name}=true")
            elif item is False:
                parts.append(f"{name}=false")
            elif item is None:
                parts.append(f"{name}=")
            elif type(item) is int:  # digits and "-" only: nothing to encode
                parts.append(f"{name}={item}")
            else:
                parts.append(f"{name}={quote_plus(str(item))}")
    return "&".join(parts)


def _normalize_base_url(base_url: str | httpx.URL) -> str:
    text = str(base_url).strip()
    if not text:
        raise ValueError("base_url must not be empty")
    url = httpx.URL(text)
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError(f"base_url must be an http(s) URL with a host, not {text!r}")
    if url.query or url.fragment:
        raise ValueError(f"base_url must not have a query or fragment: {text!r}")
    return text.rstrip("/")


class ServerFacts:
    """What a client learnt about its server, shared by its ``with_options`` copies (same
    server): its version, asked once (``/api/version``), when first needed. Concurrent
    failures wait for the first question's answer instead of asking again."""

    __slots__ = ("async_lock", "lock", "version")

    def __init__(self) -> None:
        self.version: str | None = None
        self.lock = threading.Lock()
        # An anyio.Lock, made by the first async caller that needs it (anyio stays off the
        # import path, and the lock is made inside the event loop).
        self.async_lock: Any = None

    def __repr__(self) -> str:
        return f"ServerFacts(version={self.version!r})"


def server_lock(facts: ServerFacts) -> threading.Lock:
    """The lock the blocking client holds while it asks the server's version."""
    return facts.lock


def aserver_lock(facts: ServerFacts) -> Any:
    """The lock the async client holds while it asks the server's version (asyncio and trio
    alike)."""
    if facts.async_lock is None:
        import anyio

        facts.async_lock = anyio.Lock()
    return facts.async_lock


class Common:
    """What both colours share; never modified once built (``with_options`` makes copies)."""

    __slots__ = ("base_url", "headers", "owns_client", "retry", "timeout", "token")

    def __init__(
        self,
        *,
        base_url: str,
        headers: dict[str, str],
        timeout: httpx.Timeout | None,
        retry: RetryPolicy,
        owns_client: bool,
        token: str | None = None,
    ) -> None:
        self.base_url = base_url
        self.headers = headers  # holds the API key: never in the repr
        # The session token the socket takes (client.events), never in the repr.
        self.token = token
        # None: use the httpx client's own timeout (the user passed a client and no timeout).
        self.timeout = timeout
        self.retry = retry
        # Whether auth headers and timeout live on our own httpx client (set once) or must be
        # passed with each request (a client the user owns, which we must not modify).
        self.owns_client = owns_client

    def replace(self, **changes: Any) -> Common:
        """A copy with ``changes`` applied."""
        values = {name: getattr(self, name) for name in self.__slots__}
        return Common(**{**values, **changes})

    def __repr__(self) -> str:
        return (
            f"Common(base_url={self.base_url!r}, timeout={self.timeout!r}, "
            f"retry={self.retry!r}, owns_client={self.owns_client!r})"
        )

    def build(
        self, client: httpx.Client | httpx.AsyncClient, options: dict[str, Any]
    ) -> httpx.Request:
        kwargs = options.copy()
        url = self.base_url + options["url"]
        params = kwargs.pop("params", None)
        if params is not None:
            if type(params) is not dict or "?" in url or client.params:
                # Another shape, or a query to merge with: httpx's own merging decides.
                kwargs["params"] = params
            elif params:
                # The query written into the URL: the URL httpx makes from params=, without
                # its merge, which encodes and parses the URL twice more (a fifth of a small
                # call). As httpx, a key whose list is empty still leaves the "?".
                url = f"{url}?{query_string(params)}"
        kwargs["url"] = url
        extra = kwargs.get("headers")
        if not self.owns_client and extra:
            kwargs["headers"] = {**self.headers, **extra}
        if self.timeout is not None:
            kwargs["timeout"] = self.timeout
        request = client.build_request(**kwargs)
        if not self.owns_client and not extra:
            # A user's client, which must not be modified: the key goes on each request. Set
            # on the request built, not passed to build_request, whose merge normalises both
            # sets of headers again.
            headers = request.headers
            for name, value in self.headers.items():
                headers[name] = value
        return request

    def log(
        self,
        request: httpx.Request,
        response: httpx.Response | None,
        started: float,
        note: str = "",
    ) -> None:
        if logger.isEnabledFor(logging.DEBUG):
            elapsed = (time.perf_counter() - started) * 1000
            status = response.status_code if response is not None else "-"
            logger.debug(
                "%s %s -> %s in %.1f ms%s headers=%s",
                request.method,
                request.url,
                status,
                elapsed,
                note,
                _redacted(request.headers),
            )


def connection_error(request: httpx.Request, exc: httpx.TransportError) -> APIConnectionError:
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(request=request)
    return APIConnectionError(
        request=request,
        message=f"Connection error: {request.method} {request.url}: {type(exc).__name__}: {exc}",
    )


def with_changes(common: Common, timeout: httpx.Timeout | None, max_retries: int | None) -> Common:
    changes: dict[str, Any] = {}
    if timeout is not None:
        changes["timeout"] = timeout
    if max_retries is not None:
        changes["retry"] = common.retry.replace(max_retries=_check_retries(max_retries))
    return common.replace(**changes) if changes else common


def _check_retries(max_retries: int) -> int:
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ValueError(f"max_retries must be an int >= 0, not {max_retries!r}")
    return max_retries


def as_timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout | None:
    """A user's ``timeout`` argument as an :class:`httpx.Timeout` (``None``: unset)."""
    if timeout is None or isinstance(timeout, httpx.Timeout):
        return timeout
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or timeout <= 0:
        raise ValueError(
            f"timeout must be a positive number of seconds or an httpx.Timeout, not {timeout!r}"
        )
    # A plain number bounds reading and writing; connecting keeps its short default unless
    # the number is shorter.
    return httpx.Timeout(
        float(timeout), connect=min(float(timeout), DEFAULT_TIMEOUT.connect or 5.0)
    )


def make_common(
    *,
    base_url: str,
    api_key: str | None,
    timeout: httpx.Timeout | None,
    max_retries: int,
    owns_client: bool,
    retry: RetryPolicy | None,
    token: str | None = None,
) -> Common:
    if api_key is not None and (not isinstance(api_key, str) or not api_key.strip()):
        raise ValueError("api_key must be a non-empty string or None")
    if api_key is not None and not api_key.isascii():
        # A header value is ASCII: refused here, not by httpx at the first request (the
        # message never shows the key).
        raise ValueError("api_key must be ASCII text")
    if token is not None and (not isinstance(token, str) or not token.strip()):
        raise ValueError("token must be a non-empty string or None")
    headers = {"Accept": "application/json"}
    if api_key or token:
        headers["Authorization"] = f"Bearer {api_key or token}"
    # An API key (sk-...) is refused by the socket; anything else given as api_key is taken
    # for a session token there too.
    if token is None and api_key and not api_key.startswith("sk-"):
        token = api_key
    policy = (retry or RetryPolicy()).replace(max_retries=_check_retries(max_retries))
    return Common(
        base_url=_normalize_base_url(base_url),
        headers=headers,
        timeout=timeout,
        retry=policy,
        owns_client=owns_client,
        token=token,
    )


# Concurrency is what each colour does differently; the hand-written code names it once per
# colour (unasync turns amap_limited into map_limited).


async def amap_limited(
    fn: Callable[[T], Awaitable[R]],
    items: Sequence[T],
    limit: int,
    on_done: Callable[[R], None] | None = None,
) -> list[R]:
    """``fn`` over ``items``, at most ``limit`` at a time, results in input order; ``on_done``
    is called with each result as it comes. ``fn`` should not raise: the first error cancels
    the rest (anyio: asyncio and trio alike)."""
    import anyio

    results: list[R | None] = [None] * len(items)
    limiter = anyio.CapacityLimiter(max(1, limit))

    async def run(index: int, item: T) -> None:
        async with limiter:
            result = await fn(item)
        results[index] = result
        if on_done is not None:
            on_done(result)

    async with anyio.create_task_group() as group:
        for index, item in enumerate(items):
            group.start_soon(run, index, item)
    return cast("list[R]", results)


def map_limited(
    fn: Callable[[T], R],
    items: Sequence[T],
    limit: int,
    on_done: Callable[[R], None] | None = None,
) -> list[R]:
    """The blocking twin of :func:`amap_limited`: threads, ``on_done`` called in the caller's
    thread as results come. An error in the caller's thread (``on_done``'s, a worker's raised
    by ``fn``, or Ctrl-C) starts nothing more: the items in flight finish, the rest are
    dropped, and the error propagates."""
    from concurrent.futures import ThreadPoolExecutor, as_completed

    results: list[R | None] = [None] * len(items)
    pool = ThreadPoolExecutor(max_workers=max(1, limit), thread_name_prefix="owui-sdk")
    try:
        futures = {pool.submit(fn, item): index for index, item in enumerate(items)}
        for future in as_completed(futures):
            result = future.result()
            results[futures[future]] = result
            if on_done is not None:
                on_done(result)
    except BaseException:
        # Without cancel_futures, leaving the pool would run every queued item first.
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown(wait=True)
    return cast("list[R]", results)
