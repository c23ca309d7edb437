"""What every generated endpoint function uses: the client protocol, path segments, the
query, and the parsing of answers.

Hand-written and imported by the generated modules (``owui_sdk.api.<tag>.<route>``), which
keep only what differs per operation (the request, the answer's type): the code they share is
written, linted, type-checked and tested once, here. The guard that keeps an empty id from
turning ``DELETE /chats/{id}`` into "delete every chat" is one such piece.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Callable
from typing import Any, Protocol, TypeVar, overload
from urllib.parse import quote

import httpx

from ._json import loads
from ._types import UNSET, Response
from .errors import APIResponseValidationError, status_error

__all__ = [
    "INVALID",
    "AsyncClient",
    "SyncClient",
    "array",
    "boolean",
    "decode",
    "detailed",
    "expect",
    "integer",
    "invalid",
    "loads",
    "ndjson",
    "number",
    "obj",
    "path_segment",
    "result",
    "sent_params",
    "string",
    "unexpected",
]


class SyncClient(Protocol):
    """What the ``sync`` and ``sync_detailed`` functions take as ``client=``.

    :class:`owui_sdk.OpenWebUI` is one. The method is private on purpose: a client's public
    ``request(method, path, ...)`` is for people, this one for generated code. ``route``: as
    :class:`AsyncClient`'s.
    """

    def _request(self, options: dict[str, Any], route: str | None = None) -> httpx.Response: ...


class AsyncClient(Protocol):
    """What the ``asyncio`` and ``asyncio_detailed`` functions take as ``client=``:
    :class:`owui_sdk.AsyncOpenWebUI` is one.

    ``route`` is the operation's path template (``/api/v1/chats/{id}``): with the method, its
    identity, which the transport looks up in the table of releases when the call fails.
    """

    async def _arequest(
        self, options: dict[str, Any], route: str | None = None
    ) -> httpx.Response: ...


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


def sent_params(params: dict[str, Any]) -> dict[str, Any]:
    """The query parameters that are set: ``UNSET`` and ``None`` are left out (not sent)."""
    return {key: value for key, value in params.items() if value is not UNSET and value is not None}


_T = TypeVar("_T")

# Bodies from this size up are parsed with the cyclic garbage collector paused (in result).
# Decoding a large answer allocates thousands of dicts, lists and models that all stay alive
# until the parse ends: every collection the allocations trigger meanwhile walks them and
# frees nothing (Mercurial's `nogc` rests on the same fact). Measured on 1,000 chats (524 KB):
# a third of the parse's time. Reference counting still frees as usual; the collector runs
# again at the next allocation after the parse. It is left alone when it was off already, so
# a program that disabled it keeps it disabled. The switch is process-wide: other threads'
# allocations skip collection for the parse's few milliseconds too; no event loop runs
# meanwhile (the parse never awaits).
LARGE_BODY = 32 * 1024


# What a decoder or a model's from_dict raises on data that is not what the schema says.
INVALID = (ValueError, TypeError, KeyError, AttributeError)


class _Mismatch(TypeError):
    """A JSON value of another kind than the schema's; its message is the whole reason."""


# The kinds the schema promises, as JSON names them (the reason of a mismatch).
_KINDS: dict[type, str] = {
    dict: "an object",
    list: "an array",
    str: "a string",
    bool: "a boolean",
    int: "an integer",
    float: "a number",
}


def expect(data: Any, kind: type[_T]) -> _T:
    """``data``, a decoded JSON value, when it is the ``kind`` the schema promises (``dict``,
    ``list``, ``str``, ``bool``, ``int`` or ``float``); otherwise a ``TypeError`` that
    :func:`invalid` turns into :class:`~owui_sdk.errors.APIResponseValidationError`.

    JSON ``true`` is not a number (Python's ``bool`` is an ``int``); an integer is a number.
    ``null`` is refused: a nullable answer is not checked here.
    """
    if isinstance(data, kind) and (kind is bool or not isinstance(data, bool)):
        return data
    if kind is float and isinstance(data, int) and not isinstance(data, bool):
        return data  # type: ignore[return-value]  # an int is a number (PEP 484)
    if data is None:
        raise _Mismatch(f"null, where the schema promises {_KINDS.get(kind, kind.__name__)}")
    found = _KINDS.get(type(data), type(data).__name__)
    raise _Mismatch(f"expected {_KINDS.get(kind, kind.__name__)}, got {found}")


# The parsers of the answers that are one JSON value, shared by every endpoint returning one.


def boolean(data: Any) -> bool:
    """``data`` if it is a JSON boolean (see :func:`expect`)."""
    return expect(data, bool)


def string(data: Any) -> str:
    """``data`` if it is a JSON string (see :func:`expect`)."""
    return expect(data, str)


def integer(data: Any) -> int:
    """``data`` if it is a JSON integer (see :func:`expect`)."""
    return expect(data, int)


def number(data: Any) -> float:
    """``data`` if it is a JSON number (see :func:`expect`)."""
    return expect(data, float)


def obj(data: Any) -> dict[str, Any]:
    """``data`` if it is a JSON object (see :func:`expect`)."""
    return expect(data, dict)


def array(data: Any) -> list[Any]:
    """``data`` if it is a JSON array (see :func:`expect`)."""
    return expect(data, list)


# The success statuses most operations document: exactly 200.
_OK = (200, 200)


@overload
def result(response: httpx.Response, parser: None, ok: tuple[int, int] = _OK) -> Any: ...
@overload
def result(
    response: httpx.Response, parser: Callable[[Any], _T], ok: tuple[int, int] = _OK
) -> _T: ...
def result(
    response: httpx.Response, parser: Callable[[Any], _T] | None, ok: tuple[int, int] = _OK
) -> Any:
    """What an endpoint's ``sync`` and ``asyncio`` return: the answer's body, when its status
    is the documented success (``ok``: the first and last status of the range), decoded and
    given to ``parser``; the body as :func:`decode` makes it when the schema leaves it untyped
    (``parser`` is ``None``).

    A body the parser refuses raises :class:`~owui_sdk.errors.APIResponseValidationError`
    (``null`` where the schema promises a value included); any other status raises
    (:func:`unexpected`). A large body is parsed with the collector paused (``LARGE_BODY``).
    """
    status = response.status_code
    if status < ok[0] or status > ok[1]:
        raise unexpected(response)
    return _collector_paused_if_large(_parsed, response, parser)


def ndjson(response: httpx.Response, parser: Callable[[Any], _T]) -> list[_T]:
    """Each line of an NDJSON answer read whole, decoded and given to ``parser`` (blank lines
    skipped). A line that does not decode, or that ``parser`` refuses, raises
    :class:`~owui_sdk.errors.APIResponseValidationError`; a large body is parsed with the
    collector paused, as in :func:`result`.
    """
    return _collector_paused_if_large(_lines, response, parser)


_R = TypeVar("_R")


def _collector_paused_if_large(
    parse: Callable[[httpx.Response, Any], _R], response: httpx.Response, parser: Any
) -> _R:
    if len(response.content) < LARGE_BODY or not gc.isenabled():
        return parse(response, parser)
    gc.disable()
    try:
        return parse(response, parser)
    finally:
        gc.enable()


def _parsed(response: httpx.Response, parser: Callable[[Any], _T] | None) -> Any:
    if parser is None:
        return decode(response)
    try:
        return parser(loads(response.content))
    except INVALID as exc:
        raise invalid(response, exc) from exc


def _lines(response: httpx.Response, parser: Callable[[Any], _T]) -> list[_T]:
    try:
        return [parser(loads(line)) for line in response.content.splitlines() if line.strip()]
    except INVALID as exc:
        raise invalid(response, exc) from exc


@overload
def detailed(
    response: httpx.Response, parser: None, ok: tuple[int, int] = _OK
) -> Response[Any]: ...
@overload
def detailed(
    response: httpx.Response, parser: Callable[[Any], _T], ok: tuple[int, int] = _OK
) -> Response[_T]: ...
def detailed(
    response: httpx.Response, parser: Callable[[Any], _T] | None, ok: tuple[int, int] = _OK
) -> Response[Any]:
    """What an endpoint's ``sync_detailed`` and ``asyncio_detailed`` return: the status,
    headers and raw body, and for a success status the value :func:`result` makes (an error
    status is returned, not raised: ``parsed`` is then ``None``)."""
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=result(response, parser, ok) if response.is_success else None,
    )


def invalid(response: httpx.Response, exc: BaseException) -> APIResponseValidationError:
    """The error for a success answer whose body does not match the schema."""
    if isinstance(exc, _Mismatch):
        reason = str(exc)
    elif isinstance(exc, KeyError):
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
        return response.text
    return response.content
