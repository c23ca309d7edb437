"""What every generated endpoint function uses: the client protocol, path segments, answers.

Hand-written and imported by the generated modules (``owui_sdk.api.<tag>.<route>``), so the
guard that keeps an empty id from turning ``DELETE /chats/{id}`` into "delete every chat" is
linted, type-checked and tested where it is written.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Callable
from typing import Any, Protocol, TypeVar
from urllib.parse import quote

import httpx

from ._json import loads
from .errors import _UNSUPPORTED_NOTE, APIResponseValidationError, APIStatusError, status_error

__all__ = [
    "INVALID",
    "AsyncClient",
    "SyncClient",
    "decode",
    "invalid",
    "loads",
    "parse",
    "path_segment",
    "unexpected",
]


class SyncClient(Protocol):
    """What the ``sync`` and ``sync_detailed`` functions take as ``client=``.

    :class:`owui_sdk.OpenWebUI` is one. The method is private on purpose: a client's public
    ``request(method, path, ...)`` is for people, this one for generated code.
    """

    def _request(self, options: dict[str, Any]) -> httpx.Response: ...


class AsyncClient(Protocol):
    """What the ``asyncio`` and ``asyncio_detailed`` functions take as ``client=``:
    :class:`owui_sdk.AsyncOpenWebUI` is one."""

    async def _arequest(self, options: dict[str, Any]) -> httpx.Response: ...


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


_T = TypeVar("_T")

# Bodies from this size up are parsed with the cyclic garbage collector paused (see parse).
LARGE_BODY = 32 * 1024


def parse(response: httpx.Response, parser: Callable[[httpx.Response], _T]) -> _T:
    """``parser(response)``, with the cyclic garbage collector paused for a large body.

    Decoding a large answer allocates thousands of dicts, lists and models that all stay
    alive until the parse ends: every collection the allocations trigger meanwhile walks
    them and frees nothing (Mercurial's ``nogc`` rests on the same fact). Measured on 1,000
    chats (524 KB): a third of the parse's time. Reference counting still frees as usual;
    the collector runs again at the next allocation after the parse. It is left alone when
    it was off already, so a program that disabled it keeps it disabled. The switch is
    process-wide: other threads' allocations skip collection for the parse's few
    milliseconds too; no event loop runs meanwhile (the parse never awaits).
    """
    if len(response.content) < LARGE_BODY or not gc.isenabled():
        return parser(response)
    gc.disable()
    try:
        return parser(response)
    finally:
        gc.enable()


# What a decoder or a model's from_dict raises on data that is not what the schema says.
INVALID = (ValueError, TypeError, KeyError, AttributeError)


def invalid(
    response: httpx.Response, exc: BaseException
) -> APIResponseValidationError | APIStatusError:
    """The error for a success answer whose body does not match the schema; for the web app's
    page instead of an operation the server's release lacks, NotSupportedByServerError."""
    if _UNSUPPORTED_NOTE in response.extensions:
        return status_error(response)
    if isinstance(exc, KeyError):
        reason = f"missing field {exc}"
    elif isinstance(exc, json.JSONDecodeError):
        reason = f"not JSON ({exc.msg} at {exc.pos})"
    else:
        reason = f"{type(exc).__name__}: {exc}"
    return APIResponseValidationError(response, reason)


def unexpected(response: httpx.Response) -> Exception:
    """The error for a status the endpoint does not document as a success."""
    if response.status_code >= 400:
        return status_error(response)
    return APIResponseValidationError(response, f"undocumented status {response.status_code}")


def decode(response: httpx.Response) -> Any:
    """The body of an answer the schema leaves untyped, decoded by its content type.

    JSON is decoded; NDJSON becomes a list, one item a line; other text is returned as ``str``
    and anything else as ``bytes``.
    """
    content_type = response.headers.get("content-type", "")
    try:
        if "ndjson" in content_type:
            return [loads(line) for line in response.content.splitlines() if line.strip()]
        if "json" in content_type or not content_type:
            return loads(response.content) if response.content else None
    except ValueError as exc:
        raise invalid(response, exc) from exc
    if content_type.startswith("text/"):
        if _UNSUPPORTED_NOTE in response.extensions:
            # The web app's page, not an answer: the server's release lacks the operation.
            raise status_error(response)
        return response.text
    return response.content
