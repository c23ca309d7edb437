"""What Open WebUI pushes over its socket, typed: ``client.events`` yields these.

Open WebUI sends everything live over Socket.IO (``/ws/socket.io``): a chat's answer as it is
generated (the socket event ``events``), channel messages, edits, reactions and typing
(``events:channel``), and a few others (``events:note``, ``access:updated``, ...). Each one
arrives here as one of:

* :class:`ChatEvent`: ``chat_id``, ``message_id``, ``type`` (``"chat:completion"``,
  ``"status"``, ``"source"``, ``"chat:title"``, ...) and ``data``, typed for the common types
  (:class:`Completion`, :class:`ResponseDelta`, :class:`Status`, :class:`Source`,
  :class:`Title`) and kept as sent for the others;
* :class:`ChannelEvent`: ``channel_id``, ``type`` (``"message"``, ``"message:update"``,
  ``"message:delete"``, ``"message:reaction:add"``, ``"typing"``, ...) and the
  :class:`ChannelMessage` it is about;
* :class:`GenericEvent`: any other socket event, with its name and raw data (never dropped);
* :class:`Reconnected`: the connection dropped and is back; what happened in between was
  missed, so catch up through the REST API.

Listening needs the ``events`` extra (``pip install 'owui-sdk[events]'``) and a session
token, not an API key: see the guide "Real-time events and bots". The errors of listening are
here too: :class:`EventsUnavailableError`, :class:`EventsAuthenticationError`,
:class:`EventsConnectionError`, each an :class:`owui_sdk.errors.OpenWebUIError`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._event_types import (
    AnswerError,
    ChannelEvent,
    ChannelMessage,
    ChatEvent,
    Completion,
    Event,
    EventsAuthenticationError,
    EventsConnectionError,
    EventsUnavailableError,
    GenericEvent,
    Reconnected,
    ResponseDelta,
    Source,
    Status,
    Title,
    parse_event,
)

if TYPE_CHECKING:
    from ._async.events import AsyncEvents, AsyncEventStream
    from ._sync.events import Events, EventStream

__all__ = [
    "AnswerError",
    "AsyncEventStream",
    "AsyncEvents",
    "ChannelEvent",
    "ChannelMessage",
    "ChatEvent",
    "Completion",
    "Event",
    "EventStream",
    "Events",
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

_LAZY = {
    "AsyncEvents": "owui_sdk._async.events",
    "AsyncEventStream": "owui_sdk._async.events",
    "Events": "owui_sdk._sync.events",
    "EventStream": "owui_sdk._sync.events",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
