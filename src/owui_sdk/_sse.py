"""Server-sent events, from lines to events: the part of the WHATWG rules a completion stream
uses. Colour-neutral; the streams in ``_async/streaming.py`` (and its sync twin) feed it."""

from __future__ import annotations

__all__ = ["DONE", "SSEDecoder"]

#: The data of the event that ends an OpenAI-style stream.
DONE = "[DONE]"


class SSEDecoder:
    """Feed it lines (without their line break); it returns ``(event, data)`` when a blank
    line completes an event that had data, else ``None``.

    ``data:`` lines of one event are joined with ``\\n``; one space after the colon is dropped;
    comments (``:`` first) and ``id:``/``retry:`` are ignored; an event without data is no
    event.
    """

    __slots__ = ("_data", "_event")

    def __init__(self) -> None:
        self._data: list[str] = []
        self._event: str | None = None

    def feed(self, line: str) -> tuple[str | None, str] | None:
        if line[:6] == "data: ":  # nearly every line that is not blank
            self._data.append(line[6:])
            return None
        if not line:
            if not self._data:
                self._event = None
                return None
            event = (self._event, "\n".join(self._data))
            self._data = []
            self._event = None
            return event
        if line[0] == ":":
            return None
        name, _, value = line.partition(":")
        if value[:1] == " ":
            value = value[1:]
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        return None
