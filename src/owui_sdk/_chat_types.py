"""What ``POST /api/chat/completions`` and ``GET /api/models`` answer, typed: the schema leaves
them untyped.

The shapes are OpenAI's (Open WebUI proxies the model's answer), so attribute names match
openai-python's: ``completion.choices[0].message.content``, ``chunk.choices[0].delta.content``.
Every field may be missing (back ends differ): missing is ``None``; keys these classes do not
name are kept in ``additional_properties`` (Open WebUI adds ``sources`` when files were given).
Public through :mod:`owui_sdk.models`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define, field

__all__ = [
    "ChatCompletion",
    "ChatCompletionChunk",
    "ChatCompletionMessage",
    "ChatModel",
    "ChatTurn",
    "Choice",
    "ChoiceDelta",
    "ChunkChoice",
    "CompletionUsage",
]


def _extra(data: Mapping[str, Any], known: frozenset[str]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k not in known}


def _extras_key(value: dict[str, Any] | None) -> dict[str, Any]:
    return value or {}


def _extras_repr(value: dict[str, Any] | None) -> str:
    return repr(value or {})


# additional_properties is made on first use: a stream builds three of these objects a chunk,
# nearly all without extra keys, and an empty dict for each was a tenth of a chunk's cost.
# Each class's field is `_additional_properties` (None until used; None and {} compare equal
# and both print as {}), taken by __init__ as `additional_properties=`.
class _Extras:
    # The slot is the attrs field's of each subclass (attrs does not add a slot a base has).
    __slots__ = ("_additional_properties",)
    _additional_properties: dict[str, Any] | None

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Keys the server sent that this class does not name (e.g. Open WebUI's ``sources``)."""
        extra = self._additional_properties
        if extra is None:
            extra = self._additional_properties = {}
        return extra

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional_properties = value


def _mapping(value: Any, what: str) -> Mapping[str, Any]:
    # JSON objects decode to dict: the exact-type test first, the ABC check only otherwise
    # (it costs ten times more, on every chunk of a stream).
    if type(value) is not dict and not isinstance(value, Mapping):
        raise TypeError(f"{what} must be a JSON object, not {type(value).__name__}")
    return value


def _list(value: Any, what: str) -> list[Any]:
    if value is None:
        return []
    if type(value) is not list:
        raise TypeError(f"{what} must be a JSON array, not {type(value).__name__}")
    return value


@define(slots=True)
class CompletionUsage(_Extras):
    """Token counts, when the server sends them."""

    prompt_tokens: int | None = None
    completion_tokens: int | None = None
    total_tokens: int | None = None
    _additional_properties: dict[str, Any] | None = field(
        default=None, alias="additional_properties", eq=_extras_key, repr=_extras_repr
    )

    _KEYS = frozenset({"prompt_tokens", "completion_tokens", "total_tokens"})

    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Build from decoded JSON; ``TypeError`` when it is not an object."""
        d = _mapping(data, "usage")
        obj = cls(d.get("prompt_tokens"), d.get("completion_tokens"), d.get("total_tokens"))
        if not cls._KEYS.issuperset(d):
            obj.additional_properties = _extra(d, cls._KEYS)
        return obj


@define(slots=True)
class ChatCompletionMessage(_Extras):
    """The answer's message: ``role`` and ``content`` (and ``tool_calls`` when the model called
    tools)."""

    role: str | None = None
    content: str | None = None
    tool_calls: list[Any] | None = None
    _additional_properties: dict[str, Any] | None = field(
        default=None, alias="additional_properties", eq=_extras_key, repr=_extras_repr
    )

    _KEYS = frozenset({"role", "content", "tool_calls"})

    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Build from decoded JSON; ``TypeError`` when it is not an object."""
        d = _mapping(data, "message")
        obj = cls(d.get("role"), d.get("content"), d.get("tool_calls"))
        if not cls._KEYS.issuperset(d):
            obj.additional_properties = _extra(d, cls._KEYS)
        return obj


#: A streamed chunk's ``delta`` has the message's fields, each only when it changed.
ChoiceDelta = ChatCompletionMessage


@define(slots=True)
class Choice(_Extras):
    """One answer of a completion."""

    index: int | None = None
    message: ChatCompletionMessage = field(factory=ChatCompletionMessage)
    finish_reason: str | None = None
    _additional_properties: dict[str, Any] | None = field(
        default=None, alias="additional_properties", eq=_extras_key, repr=_extras_repr
    )

    _KEYS = frozenset({"index", "message", "finish_reason"})

    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Build from decoded JSON; ``TypeError`` when it is not an object."""
        d = _mapping(data, "choice")
        message = d.get("message")
        obj = cls(
            d.get("index"),
            ChatCompletionMessage()
            if message is None
            else ChatCompletionMessage.from_dict(message),
            d.get("finish_reason"),
        )
        if not cls._KEYS.issuperset(d):
            obj.additional_properties = _extra(d, cls._KEYS)
        return obj


@define(slots=True)
class ChunkChoice(_Extras):
    """One answer's increment in a streamed chunk: ``delta.content`` is the new text."""

    index: int | None = None
    delta: ChoiceDelta = field(factory=ChatCompletionMessage)
    finish_reason: str | None = None
    logprobs: Any = None
    _additional_properties: dict[str, Any] | None = field(
        default=None, alias="additional_properties", eq=_extras_key, repr=_extras_repr
    )

    _KEYS = frozenset({"index", "delta", "finish_reason", "logprobs"})

    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Build from decoded JSON; ``TypeError`` when it is not an object."""
        d = _mapping(data, "choice")
        delta = d.get("delta")
        obj = cls(
            d.get("index"),
            ChatCompletionMessage() if delta is None else ChatCompletionMessage.from_dict(delta),
            d.get("finish_reason"),
            d.get("logprobs"),
        )
        if not cls._KEYS.issuperset(d):
            obj.additional_properties = _extra(d, cls._KEYS)
        return obj


_MESSAGE_KEYS = ChatCompletionMessage._KEYS
_CHUNK_CHOICE_KEYS = ChunkChoice._KEYS
_COMPLETION_KEYS = frozenset(
    {"id", "object", "created", "model", "choices", "usage", "system_fingerprint"}
)


@define(slots=True)
class ChatCompletion(_Extras):
    """A whole (not streamed) completion."""

    id: str | None = None
    object: str | None = None
    created: int | None = None
    model: str | None = None
    choices: list[Choice] = field(factory=list)
    usage: CompletionUsage | None = None
    system_fingerprint: str | None = None
    _additional_properties: dict[str, Any] | None = field(
        default=None, alias="additional_properties", eq=_extras_key, repr=_extras_repr
    )

    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Build from decoded JSON; ``TypeError`` when it does not have the shape."""
        d = _mapping(data, "completion")
        usage = d.get("usage")
        obj = cls(
            d.get("id"),
            d.get("object"),
            d.get("created"),
            d.get("model"),
            [Choice.from_dict(c) for c in _list(d.get("choices"), "choices")],
            None if usage is None else CompletionUsage.from_dict(usage),
            d.get("system_fingerprint"),
        )
        if not _COMPLETION_KEYS.issuperset(d):
            obj.additional_properties = _extra(d, _COMPLETION_KEYS)
        return obj


@define(slots=True)
class ChatCompletionChunk(_Extras):
    """One event of a streamed completion.

    ``choices`` is empty for a usage-only chunk (``usage`` set) and for Open WebUI's own events
    (``sources``, ... in :attr:`additional_properties`).
    """

    id: str | None = None
    object: str | None = None
    created: int | None = None
    model: str | None = None
    choices: list[ChunkChoice] = field(factory=list)
    usage: CompletionUsage | None = None
    system_fingerprint: str | None = None
    _additional_properties: dict[str, Any] | None = field(
        default=None, alias="additional_properties", eq=_extras_key, repr=_extras_repr
    )

    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Build from decoded JSON; ``TypeError`` when it does not have the shape."""
        # The hot path of a stream (once per chunk): the usual shape, one choice whose delta
        # has a role or content, is built here without a call per level.
        d = data if type(data) is dict else _mapping(data, "chunk")
        raw_choices = d.get("choices")
        choices: list[ChunkChoice] = []
        if raw_choices:
            if type(raw_choices) is not list:
                raise TypeError(f"choices must be a JSON array, not {type(raw_choices).__name__}")
            for c in raw_choices:
                if type(c) is not dict or not _CHUNK_CHOICE_KEYS.issuperset(c):
                    choices.append(ChunkChoice.from_dict(c))
                    continue
                delta = c.get("delta")
                if type(delta) is dict and _MESSAGE_KEYS.issuperset(delta):
                    message = ChatCompletionMessage(
                        delta.get("role"), delta.get("content"), delta.get("tool_calls")
                    )
                else:
                    message = (
                        ChatCompletionMessage()
                        if delta is None
                        else ChatCompletionMessage.from_dict(delta)
                    )
                choices.append(
                    ChunkChoice(c.get("index"), message, c.get("finish_reason"), c.get("logprobs"))
                )
        usage = d.get("usage")
        obj = cls(
            d.get("id"),
            d.get("object"),
            d.get("created"),
            d.get("model"),
            choices,
            None if usage is None else CompletionUsage.from_dict(usage),
            d.get("system_fingerprint"),
        )
        if not _COMPLETION_KEYS.issuperset(d):
            obj.additional_properties = _extra(d, _COMPLETION_KEYS)
        return obj


_MODEL_KEYS = frozenset({"id", "name", "object", "created", "owned_by", "connection_type"})


@define(slots=True)
class ChatModel(_Extras):
    """A model the user can call, as ``GET /api/models`` lists it: ``id`` is what
    ``chat.completions.create(model=...)`` takes.

    ``connection_type`` is ``"external"`` for an OpenAI-compatible connection, ``"local"`` for
    Ollama; Open WebUI's own keys (``info``, ``actions``, ``tags``, ...) are in
    :attr:`additional_properties`.
    """

    id: str
    name: str | None = None
    object: str | None = None
    created: int | None = None
    owned_by: str | None = None
    connection_type: str | None = None
    _additional_properties: dict[str, Any] | None = field(
        default=None, alias="additional_properties", eq=_extras_key, repr=_extras_repr
    )

    @classmethod
    def from_dict(cls, data: Any) -> Self:
        """Build from decoded JSON; ``KeyError`` without an ``id``."""
        d = _mapping(data, "model")
        identifier = d["id"]
        if not isinstance(identifier, str):
            raise TypeError(f"model id must be a str, not {type(identifier).__name__}")
        obj = cls(
            identifier,
            d.get("name"),
            d.get("object"),
            d.get("created"),
            d.get("owned_by"),
            d.get("connection_type"),
        )
        if not _MODEL_KEYS.issuperset(d):
            obj.additional_properties = _extra(d, _MODEL_KEYS)
        return obj


@define(slots=True)
class ChatTurn:
    """One question and its answer, written into a chat as the web UI writes them
    (``client.chats.ask``): open the chat in Open WebUI and both are there.

    Attributes:
        chat_id: The chat (created for the turn when none was given).
        user_message_id: The question's message id in ``chat.history.messages``.
        assistant_message_id: The answer's message id (``history.currentId`` now).
        content: The answer's text.
        completion: The whole completion when not streamed; ``None`` after a stream.
    """

    chat_id: str
    user_message_id: str
    assistant_message_id: str
    content: str
    completion: ChatCompletion | None = None
