"""Server-sent events, from lines to events: the part of the WHATWG rules a completion stream
uses. Colour-neutral; the streams in ``_async/streaming.py`` (and its sync twin) feed it."""

from __future__ import annotations

__all__ = ["DONE", "SSEDecoder"]

#: The data of the event that ends an OpenAI-style stream.
DONE = "[DONE]"


class SSEDecoder:
    """The state of the event being read: its ``data:`` lines and its ``event:`` name.

    A stream's reader appends the value of each ``data: `` line to :attr:`data` itself (nearly
    every line that is not blank is one: the hot path, without a call), hands other non-blank
    lines to :meth:`field` and calls :meth:`dispatch` on a blank line.

    ``data:`` lines of one event are joined with ``\\n``; one space after the colon is dropped;
    comments (``:`` first) and ``id:``/``retry:`` are ignored; an event without data is no
    event.
    """

    __slots__ = ("data", "event")

    def __init__(self) -> None:
        #: The data lines of the event being read; emptied (never replaced) by dispatch.
        self.data: list[str] = []
        self.event: str | None = None

    def field(self, line: str) -> None:
        """A non-blank line other than ``data: ...``."""
        if line[0] == ":":
            return
        name, _, value = line.partition(":")
        if value[:1] == " ":
            value = value[1:]
        if name == "data":
            self.data.append(value)
        elif name == "event":
            self.event = value

    def dispatch(self) -> tuple[str | None, str] | None:
        """A blank line: the event read so far, if it had data; the state starts anew."""
        data = self.data
        event = self.event
        self.event = None
        if not data:
            return None
        text = data[0] if len(data) == 1 else "\n".join(data)
        data.clear()
        return event, text
