"""The event types of :mod:`owui_sdk.events`, and the parser that makes them from a socket event.

A module of their own so that the socket and the event streams, which ``owui_sdk.events``
re-exports, import them without importing ``owui_sdk.events`` back. Their ``__module__`` is
the public module: that is where users import them from and where the docs show them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, TypeAlias

from attrs import field, frozen

from .errors import OpenWebUIError

__all__ = [
    "AnswerError",
    "ChannelEvent",
    "ChannelMessage",
    "ChatEvent",
    "Completion",
    "Event",
    "EventsAuthenticationError",
    "EventsConnectionError",
    "EventsUnavailableError",
    "GenericEvent",
    "Reconnected",
    "ResponseDelta",
    "Source",
    "Status",
    "Title",
    "parse_event",
]

#: What ``pip`` needs to listen: named in :class:`EventsUnavailableError`.
INSTALL_HINT = "pip install 'owui-sdk[events]'"


# --- errors ----------------------------------------------------------------------------------


class EventsUnavailableError(OpenWebUIError, ImportError):
    """Listening needs the ``events`` extra (python-socketio and aiohttp), which is not
    installed: ``pip install 'owui-sdk[events]'``."""

    def __init__(self, missing: str) -> None:
        super().__init__(
            f"client.events needs the events extra ({missing} is not installed): {INSTALL_HINT}"
        )


class EventsAuthenticationError(OpenWebUIError):
    """The socket refused the credentials: a wrong or expired session token, or only an API
    key (the socket takes session tokens alone). Raised once; nothing is retried."""


class AnswerError(OpenWebUIError):
    """A server-side answer that ``client.chats.wait_for_answer`` waited for ended in an
    error (or was cancelled).

    Attributes:
        chat_id: The chat.
        message_id: The answer's message.
        detail: What the server said, as sent.
    """

    def __init__(self, chat_id: str, message_id: str, detail: Any) -> None:
        super().__init__(f"the answer {message_id} of chat {chat_id} failed: {detail}")
        self.chat_id = chat_id
        self.message_id = message_id
        self.detail = detail


class EventsConnectionError(OpenWebUIError, ConnectionError):
    """The socket could not be reached when connecting (the server is down, or its address
    is wrong). Once connected, a dropped connection is retried instead, and reported with
    :class:`Reconnected`."""


# --- payloads --------------------------------------------------------------------------------


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _bool(value: Any) -> bool | None:
    return value if isinstance(value, bool) else None


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


@frozen
class Completion:
    """The data of a ``chat:completion`` event: the answer as generated so far.

    Open WebUI 0.12 sends the new text as :class:`ResponseDelta` events
    (``response:completion``) and ends with a ``chat:completion`` whose ``done`` is true and
    whose ``output`` holds the whole answer (:attr:`text`); older releases and some back
    ends send the whole answer so far in ``content`` instead.

    Attributes:
        content: The answer so far (``None`` when this event carries something else, usage
            say).
        done: Whether the answer is complete.
        error: The error the model or the server reported, as sent; ``None`` when none.
        usage: Token counts, when the back end gave them.
        sources: The sources the answer cites (retrieval), as sent.
        title: The chat's title, sent with the last event.
        delta: The new text of an OpenAI-style chunk (``choices[0].delta.content``), for the
            events that forward one.
        output: The answer as output items (OpenAI Responses' shape), with ``done``.
        raw: The data as sent.
    """

    content: str | None
    done: bool
    error: Any
    usage: dict[str, Any] | None
    sources: list[Any] | None
    title: str | None
    delta: str | None
    output: list[Any] | None = None
    raw: dict[str, Any] = field(factory=dict, repr=False, eq=False)

    @property
    def text(self) -> str | None:
        """The answer's text: ``content``, else the text parts of ``output``'s messages."""
        if self.content is not None:
            return self.content
        if self.output is None:
            return None
        parts = [
            part.get("text") or ""
            for item in self.output
            if isinstance(item, dict) and item.get("type") == "message"
            for part in (item.get("content") or [])
            if isinstance(part, dict) and part.get("type") == "output_text"
        ]
        return "".join(parts)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Completion:
        """Build it from the event's ``data``."""
        delta = None
        choices = data.get("choices")
        if isinstance(choices, list) and choices and isinstance(choices[0], dict):
            delta = _str(_dict(choices[0].get("delta")).get("content"))
        usage, sources, output = data.get("usage"), data.get("sources"), data.get("output")
        return cls(
            content=_str(data.get("content")),
            done=data.get("done") is True,
            error=data.get("error"),
            usage=usage if isinstance(usage, dict) else None,
            sources=sources if isinstance(sources, list) else None,
            title=_str(data.get("title")),
            delta=delta,
            output=output if isinstance(output, list) else None,
            raw=dict(data),
        )


@frozen
class ResponseDelta:
    """The data of a ``response:completion`` event: a step of the answer in OpenAI Responses'
    streaming shape, as Open WebUI 0.12 sends it while generating.

    Attributes:
        kind: The step (``"response.output_text.delta"`` carries new text; others start or
            end an output item, a tool call, reasoning, ...).
        delta: The new text, for the ``*.delta`` kinds that carry text.
        item_id: The output item the step belongs to.
        raw: The data as sent.
    """

    kind: str
    delta: str | None
    item_id: str | None
    raw: dict[str, Any] = field(repr=False, eq=False)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ResponseDelta:
        """Build it from the event's ``data``."""
        return cls(
            kind=_str(data.get("type")) or "",
            delta=_str(data.get("delta")),
            item_id=_str(data.get("item_id")),
            raw=dict(data),
        )


@frozen
class Status:
    """The data of a ``status`` event: what the server is doing (searching, calling a tool).

    Attributes:
        action: A short code (``"web_search"``, ``"knowledge_search"``, ...), if any.
        description: The text the web app shows.
        done: Whether that step is over.
        hidden: Whether the web app hides it.
        raw: The data as sent.
    """

    action: str | None
    description: str | None
    done: bool
    hidden: bool
    raw: dict[str, Any] = field(repr=False, eq=False)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Status:
        """Build it from the event's ``data``."""
        return cls(
            action=_str(data.get("action")),
            description=_str(data.get("description")),
            done=data.get("done") is True,
            hidden=data.get("hidden") is True,
            raw=dict(data),
        )


@frozen
class Source:
    """The data of a ``source`` (or ``citation``) event: one source the answer draws on.

    Attributes:
        source: What it is (a file, a collection, a web page), as sent.
        document: The passages used.
        metadata: One entry per passage.
        raw: The data as sent.
    """

    source: dict[str, Any]
    document: list[Any]
    metadata: list[Any]
    raw: dict[str, Any] = field(repr=False, eq=False)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Source:
        """Build it from the event's ``data``."""
        document, metadata = data.get("document"), data.get("metadata")
        return cls(
            source=_dict(data.get("source")),
            document=document if isinstance(document, list) else [],
            metadata=metadata if isinstance(metadata, list) else [],
            raw=dict(data),
        )


@frozen
class Title:
    """The data of a ``chat:title`` event: the chat's new title."""

    title: str


# --- events ----------------------------------------------------------------------------------


@frozen
class ChatEvent:
    """An event of a chat (the socket event ``events``).

    Attributes:
        chat_id: The chat (``"local:..."`` for a temporary chat).
        message_id: The message it is about (the answer being generated), when there is one.
        type: The event type: ``"chat:completion"``, ``"status"``, ``"source"``,
            ``"chat:title"``, ``"chat:tags"``, ``"chat:message:error"``, ...
        data: :class:`Completion` (``chat:completion``), :class:`ResponseDelta`
            (``response:completion``), :class:`Status`, :class:`Source` (``source``,
            ``citation``) or :class:`Title` (``chat:title``); the data as sent for any other
            type.
        user_id: Who the event is for, when the server says (shared chats).
        raw: The whole event as sent.
    """

    chat_id: str | None
    message_id: str | None
    type: str
    data: Any
    user_id: str | None = None
    raw: dict[str, Any] = field(factory=dict, repr=False, eq=False)


_MENTION = re.compile(r"<@([A-Z]):([^|>]+)(?:\|([^>]+))?>")


@frozen
class ChannelMessage:
    """A message of a channel, as the server sends it with a :class:`ChannelEvent`.

    Attributes:
        id: The message id.
        channel_id: Its channel.
        user_id: Who wrote it.
        content: The text, mentions included as the server stores them
            (``<@U:user-id|Name>`` for a user, ``<@M:model-id|Name>`` for a model).
        parent_id: The message it answers in a thread, if any.
        created_at: When it was written (nanoseconds since the epoch, as the server counts).
        updated_at: When it was last changed (same unit).
        raw: The message as sent (``data``, ``meta``, ``reactions``, ...).
    """

    id: str
    channel_id: str | None
    user_id: str | None
    content: str
    parent_id: str | None
    created_at: int | None
    updated_at: int | None
    raw: dict[str, Any] = field(repr=False, eq=False)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ChannelMessage:
        """Build it from the server's message (its ``model_dump()``)."""
        created, updated = data.get("created_at"), data.get("updated_at")
        return cls(
            id=str(data.get("id") or ""),
            channel_id=_str(data.get("channel_id")),
            user_id=_str(data.get("user_id")),
            content=_str(data.get("content")) or "",
            parent_id=_str(data.get("parent_id")),
            created_at=created if isinstance(created, int) else None,
            updated_at=updated if isinstance(updated, int) else None,
            raw=dict(data),
        )

    @property
    def mentions(self) -> list[tuple[str, str]]:
        """The mentions in the text, as ``(kind, id)``: kind ``"U"`` for a user, ``"M"`` for a
        model, in the order written."""
        return [(kind, ident) for kind, ident, _ in _MENTION.findall(self.content)]

    def mentions_user(self, user_id: str) -> bool:
        """Whether the text mentions the user ``user_id``."""
        return ("U", user_id) in self.mentions

    @property
    def text(self) -> str:
        """The text with each mention written as its label (``@Name``), as the web app shows
        it."""
        return _MENTION.sub(lambda m: "@" + (m.group(3) or m.group(2)), self.content)


# The channel event types whose data is a message.
_MESSAGE_TYPES = frozenset(
    {
        "message",
        "message:update",
        "message:delete",
        "message:reply",
        "message:reaction:add",
        "message:reaction:remove",
    }
)


@frozen
class ChannelEvent:
    """An event of a channel (the socket event ``events:channel``).

    Attributes:
        channel_id: The channel (``None`` for ``channel:created``, which names none).
        type: ``"message"`` (a new message), ``"message:update"`` (an edit, a pin),
            ``"message:delete"``, ``"message:reply"`` (a thread's parent got a reply),
            ``"message:reaction:add"``, ``"message:reaction:remove"``, ``"typing"``,
            ``"channel:created"``, ...
        message: The message, for the ``message*`` types; ``None`` otherwise.
        message_id: The message the event is about, when the server names one.
        user: Who did it (``{"id": ..., "name": ...}``), when the server says.
        reaction: The emoji name, for the reaction types.
        typing: For ``typing``: whether they are typing.
        data: The event's data as sent.
        raw: The whole event as sent.
    """

    channel_id: str | None
    type: str
    message: ChannelMessage | None
    message_id: str | None = None
    user: dict[str, Any] | None = None
    reaction: str | None = None
    typing: bool | None = None
    data: Any = None
    raw: dict[str, Any] = field(factory=dict, repr=False, eq=False)


@frozen
class GenericEvent:
    """A socket event these types do not name (``events:note``, ``access:updated``, ...),
    kept with its raw data.

    Attributes:
        name: The socket event's name.
        data: Its data as sent.
    """

    name: str
    data: Any


@frozen
class Reconnected:
    """The connection dropped and is back (after a network fault or a server restart).

    Events sent while it was down are lost: a bot catches up through the REST API (the
    channel's messages, the chat) when it sees this.

    Attributes:
        attempts: How many connection attempts it took.
        offline_seconds: How long the connection was down.
    """

    attempts: int
    offline_seconds: float


#: Anything ``client.events`` yields.
Event: TypeAlias = ChatEvent | ChannelEvent | GenericEvent | Reconnected


def _chat_payload(kind: str, data: Any) -> Any:
    if kind == "chat:completion" and isinstance(data, dict):
        return Completion.from_dict(data)
    if kind == "response:completion" and isinstance(data, dict):
        return ResponseDelta.from_dict(data)
    if kind == "status" and isinstance(data, dict):
        return Status.from_dict(data)
    if kind in ("source", "citation") and isinstance(data, dict):
        return Source.from_dict(data)
    if kind == "chat:title" and isinstance(data, str):
        return Title(data)
    return data


def parse_event(name: str, data: Any) -> ChatEvent | ChannelEvent | GenericEvent:
    """Type one socket event: its name (``"events"``, ``"events:channel"``, ...) and data.

    What does not have the expected shape is kept as a :class:`GenericEvent`, never dropped.
    """
    if name == "events" and isinstance(data, dict) and isinstance(data.get("data"), dict):
        inner = data["data"]
        kind = inner.get("type")
        if isinstance(kind, str):
            return ChatEvent(
                chat_id=_str(data.get("chat_id")),
                message_id=_str(data.get("message_id")),
                type=kind,
                data=_chat_payload(kind, inner.get("data")),
                user_id=_str(data.get("user_id")),
                raw=data,
            )
    if name == "events:channel" and isinstance(data, dict) and isinstance(data.get("data"), dict):
        inner = data["data"]
        kind = inner.get("type")
        if isinstance(kind, str):
            payload = inner.get("data")
            message = None
            if kind in _MESSAGE_TYPES and isinstance(payload, dict) and payload.get("id"):
                message = ChannelMessage.from_dict(payload)
            user = data.get("user")
            return ChannelEvent(
                channel_id=_str(data.get("channel_id")),
                type=kind,
                message=message,
                message_id=_str(data.get("message_id")),
                user=user if isinstance(user, dict) else None,
                reaction=_str(_dict(payload).get("name"))
                if kind.startswith("message:reaction")
                else None,
                typing=_bool(_dict(payload).get("typing")) if kind == "typing" else None,
                data=payload,
                raw=data,
            )
    return GenericEvent(name, data)


# The public module is where these are imported from, shown and pickled.
for _name in __all__:
    _value = globals()[_name]
    if isinstance(_value, type) or callable(_value):
        _value.__module__ = "owui_sdk.events"
del _name, _value
