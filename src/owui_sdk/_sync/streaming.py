# Generated from src/owui_sdk/_async/streaming.py by `make generate` (unasync). Do not edit.
"""``Stream``: the events of a streamed answer, typed, one at a time.

One source for both colours: ``src/owui_sdk/_async/`` is written by hand and
``src/owui_sdk/_sync/`` is derived from it by ``make generate``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from types import TracebackType
from typing import Any, Generic, Self, TypeVar

import httpx

from .._endpoint import INVALID, invalid
from .._json import loads
from .._settings import connection_error
from .._sse import DONE, SSEDecoder
from ..errors import APIConnectionError, APIStreamError

__all__ = ["Stream"]

T = TypeVar("T")


class Stream(Generic[T]):
    """A streamed answer: ``for chunk in stream`` yields each event, typed.

    The connection is closed when the stream ends (``[DONE]``), when an error is raised, when
    the ``with`` block around it ends, or by :meth:`close`. Breaking out of the loop
    without ``with`` closes it as soon as the loop's iterator is collected: prefer
    ``with`` to close it at once. A stream is read once.

    Iterating raises the errors below.

    Raises:
        owui_sdk.errors.APIStreamError: The server sent an error event.
        owui_sdk.errors.APIConnectionError: The connection broke, or the stream ended before
            the answer finished: neither ``[DONE]`` nor a ``finish_reason`` came
            (APITimeoutError: no data within the read timeout).
        owui_sdk.errors.APIResponseValidationError: An event that is not the JSON expected.
    """

    __slots__ = ("_consumed", "_parse", "response")

    def __init__(self, response: httpx.Response, parse: Callable[[Any], T]) -> None:
        #: The :class:`httpx.Response` being read (status and headers are available at once).
        self.response = response
        self._parse = parse
        self._consumed = False

    def __iter__(self) -> Iterator[T]:
        if self._consumed:
            raise RuntimeError("this stream was already read: a stream is read once")
        self._consumed = True
        return self._events()

    def _events(self) -> Iterator[T]:
        response = self.response
        sse = SSEDecoder()
        data_lines = sse.data
        parse = self._parse
        decode = loads
        # Some back ends end a stream without [DONE] once the answer has its finish_reason;
        # an end before that is an answer cut short.
        finished = False
        try:
            for line in response.iter_lines():
                # SSEDecoder.feed, inlined for the line nearly every event is (a call per
                # line is a tenth of a chunk's cost).
                if line[:6] == "data: ":
                    data_lines.append(line[6:])
                    continue
                if line:
                    sse.field(line)
                    continue
                event = sse.dispatch()
                if event is None:
                    continue
                if event[1] == DONE:
                    return
                try:
                    data = decode(event[1])
                except ValueError as exc:
                    raise invalid(response, exc) from exc
                if type(data) is dict:
                    if "error" in data or event[0] == "error":
                        raise APIStreamError(response, data)
                    if not finished:
                        choices = data.get("choices")
                        if choices and type(choices) is list and type(choices[-1]) is dict:
                            finished = choices[-1].get("finish_reason") is not None
                elif event[0] == "error":
                    raise APIStreamError(response, data)
                try:
                    item = parse(data)
                except INVALID as exc:
                    raise invalid(response, exc) from exc
                yield item
            if not finished:
                raise APIConnectionError(
                    request=response.request,
                    message=f"{response.request.method} {response.request.url}: the stream "
                    "ended before the answer finished (no finish_reason, no [DONE])",
                )
        except httpx.TransportError as exc:
            raise connection_error(response.request, exc) from exc
        finally:
            response.close()

    def close(self) -> None:
        """Close the connection; the rest of the stream is not read."""
        self.response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(status_code={self.response.status_code})"
