"""A client's settings, which both transports share: base URL, headers (the key), timeout and
retry policy; how a request is built from them, how it is logged, and what a failure to get
an answer becomes.

The transports themselves (``_async/api_client.py``, and ``_sync/api_client.py`` derived from
it) send the generated functions' requests with these.
"""

from __future__ import annotations

import logging
import time
from functools import lru_cache
from typing import Any
from urllib.parse import quote_plus

import httpx

from ._retry import RetryPolicy, check_retries
from .errors import APIConnectionError, APITimeoutError

__all__ = [
    "DEFAULT_TIMEOUT",
    "Settings",
    "as_timeout",
    "connection_error",
    "make_settings",
    "query_string",
    "with_changes",
]

logger = logging.getLogger("owui_sdk")

#: A short connect timeout (a dead host fails fast), a long read timeout (Open WebUI can take a
#: while on big exports and imports).
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)


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


# The parsed URL of each of the last requests' URLs. httpx parses a URL given as a string on
# every request (validating it character by character), a tenth of a small call; an
# ``httpx.URL`` is immutable, so one parse serves every request to the same URL (a page of a
# list, a poll, a retry). Bounded: a walk over many ids only replaces entries.
_parsed_url = lru_cache(maxsize=256)(httpx.URL)


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


class Settings:
    """A client's settings, shared by both colours; never modified once built
    (``with_options`` makes copies)."""

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

    def replace(self, **changes: Any) -> Settings:
        """A copy with ``changes`` applied."""
        values = {name: getattr(self, name) for name in self.__slots__}
        return Settings(**{**values, **changes})

    def __repr__(self) -> str:
        return (
            f"Settings(base_url={self.base_url!r}, timeout={self.timeout!r}, "
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
        kwargs["url"] = _parsed_url(url)
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


def with_changes(
    common: Settings, timeout: httpx.Timeout | None, max_retries: int | None
) -> Settings:
    changes: dict[str, Any] = {}
    if timeout is not None:
        changes["timeout"] = timeout
    if max_retries is not None:
        changes["retry"] = common.retry.replace(max_retries=check_retries(max_retries))
    return common.replace(**changes) if changes else common


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


def make_settings(
    *,
    base_url: str,
    api_key: str | None,
    timeout: httpx.Timeout | None,
    max_retries: int,
    owns_client: bool,
    retry: RetryPolicy | None,
    token: str | None = None,
) -> Settings:
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
    policy = (retry or RetryPolicy()).replace(max_retries=check_retries(max_retries))
    return Settings(
        base_url=_normalize_base_url(base_url),
        headers=headers,
        timeout=timeout,
        retry=policy,
        owns_client=owns_client,
        token=token,
    )
