"""``client.events``: listen to what Open WebUI pushes over its socket, typed.

One source for both colours: ``src/owui_sdk/_async/`` is written by hand and
``src/owui_sdk/_sync/`` is derived from it by ``make generate``. The connection itself is
``owui_sdk._socket`` (``AsyncSocket`` here, ``SyncSocket`` in the blocking twin: a background
thread, which unasync cannot derive). This module types and filters what it receives, and
waits for a server-side answer (``client.chats.wait_for_answer``).
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from types import TracebackType
from typing import Any, Self

from .._endpoint import loads, path_segment
from .._event_types import (
    AnswerError,
    ChannelEvent,
    ChatEvent,
    Completion,
    Event,
    EventsAuthenticationError,
    EventsConnectionError,
    EventsUnavailableError,
    GenericEvent,
    Reconnected,
    parse_event,
)
from .._socket import DEFAULT_HEARTBEAT, AsyncSocket, SocketOptions
from ..errors import APIConnectionError
from .api_client import AsyncAPIClient

__all__ = ["AsyncEventStream", "AsyncEvents", "wait_for_answer"]

_TRANSPORTS = ("websocket", "polling")


class AsyncEvents:
    """``client.events``: open a stream of the server's events with :meth:`connect`.

    Needs the ``events`` extra (``pip install 'owui-sdk[events]'``) and a session token
    (``token=``, or ``AsyncOpenWebUI.from_credentials``): the socket refuses API keys.
    """

    __slots__ = ("_api",)

    def __init__(self, api: AsyncAPIClient) -> None:
        self._api = api

    def connect(
        self,
        *,
        chats: Iterable[str] | None = None,
        channels: Iterable[str] | None = None,
        types: Iterable[str] | None = None,
        transport: str | None = None,
        heartbeat: float | None = None,
        max_reconnect_delay: float = 30.0,
    ) -> AsyncEventStream:
        """A stream of events, to use as a context manager and iterate::

            async with client.events.connect(channels=["general"]) as events:
                async for event in events:
                    print(event)

        Args:
            chats: Only the events of these chats (ids).
            channels: Only the events of these channels (ids or names).
            types: Only events of these types (``"chat:completion"``, ``"message"``, ...;
                the socket event's name for a :class:`~owui_sdk.events.GenericEvent`).
                :class:`~owui_sdk.events.Reconnected` always comes.
            transport: ``"websocket"`` or ``"polling"``; by default what the server has
                (``/api/config``: websocket unless the server disabled it).
            heartbeat: Seconds between heartbeats; by default the server's interval, else
                30.
            max_reconnect_delay: The longest wait between two reconnection attempts (the
                wait doubles from 0.5 s up to it).

        With ``chats`` or ``channels``, only events of the chats and channels named come.
        Nothing is sent before the stream is entered.
        """
        if transport is not None and transport not in _TRANSPORTS:
            raise ValueError(f"transport must be one of {_TRANSPORTS}, not {transport!r}")
        if isinstance(chats, str) or isinstance(channels, str) or isinstance(types, str):
            raise TypeError("chats, channels and types take a list of strings, not one string")
        return AsyncEventStream(
            self._api,
            chats=None if chats is None else frozenset(chats),
            channels=None if channels is None else list(channels),
            types=None if types is None else frozenset(types),
            transport=transport,
            heartbeat=heartbeat,
            max_reconnect_delay=max_reconnect_delay,
        )


class AsyncEventStream:
    """Events as they come: an async context manager and an async iterator of
    :data:`~owui_sdk.events.Event`.

    Reconnects by itself after a drop and then yields
    :class:`~owui_sdk.events.Reconnected`. Iteration ends when the stream is closed; a token
    refused on reconnecting raises :class:`~owui_sdk.events.EventsAuthenticationError`.
    """

    def __init__(
        self,
        api: AsyncAPIClient,
        *,
        chats: frozenset[str] | None,
        channels: list[str] | None,
        types: frozenset[str] | None,
        transport: str | None,
        heartbeat: float | None,
        max_reconnect_delay: float,
    ) -> None:
        self._api = api
        self._chats = chats
        self._channel_names = channels
        self._channels: frozenset[str] | None = None
        self._types = types
        self._transport = transport
        self._heartbeat = heartbeat
        self._max_reconnect_delay = max_reconnect_delay
        self._socket: AsyncSocket | None = None
        self._attempts = 0  # of sockets that failed to open, for connection_attempts
        self._closed = False

    @property
    def session_id(self) -> str | None:
        """The socket's session id: pass it as ``session_id`` with ``chat_id`` and ``id`` to
        ``POST /api/chat/completions`` to have the server answer in the background and
        push the answer here."""
        return self._socket.sid if self._socket is not None else None

    @property
    def user(self) -> dict[str, Any] | None:
        """Who the stream listens as (``{"id": ..., "name": ...}``), once connected."""
        return self._socket.user if self._socket is not None else None

    @property
    def channel_ids(self) -> frozenset[str] | None:
        """The ids of the channels given to ``connect(channels=...)`` (names resolved), once
        connected; ``None`` without that filter."""
        return self._channels

    @property
    def connection_attempts(self) -> int:
        """How many times a connection was tried, the first one included."""
        return self._attempts + (self._socket.attempts if self._socket is not None else 0)

    async def aopen(self) -> None:
        """Connect (``async with`` does it).

        Raises:
            owui_sdk.events.EventsUnavailableError: The ``events`` extra is not installed.
            owui_sdk.events.EventsAuthenticationError: No session token, or a refused one.
            owui_sdk.events.EventsConnectionError: The server or its socket cannot be
                reached.
            ValueError: A channel name that names no channel of this user.
        """
        if self._socket is not None:
            return
        token = self._api.common.token
        if token is None:
            raise EventsAuthenticationError(
                "the socket takes a session token, not an API key: pass token= (a session"
                " token from POST /api/v1/auths/signin), or use"
                " OpenWebUI.from_credentials(url, email, password)"
            )
        try:
            config = await self._server_config()
        except APIConnectionError as error:
            raise EventsConnectionError(
                f"cannot reach {self._api.common.base_url}: {error}"
            ) from error
        features = config.get("features")
        if not isinstance(features, dict):
            features = {}
        transport = self._transport or (
            "polling" if features.get("enable_websocket") is False else "websocket"
        )
        interval = features.get("websocket_heartbeat_interval")
        heartbeat = self._heartbeat or (
            float(interval) if isinstance(interval, int | float) and interval > 0 else None
        )
        if self._channel_names is not None:
            self._channels = frozenset(await self._channel_ids(self._channel_names))
        socket = AsyncSocket(
            SocketOptions(
                base_url=self._api.common.base_url,
                token=token,
                transports=[transport],
                heartbeat=heartbeat or DEFAULT_HEARTBEAT,
                max_reconnect_delay=self._max_reconnect_delay,
            )
        )
        try:
            await socket.aopen()
        except BaseException:
            self._attempts += socket.attempts
            raise
        self._socket = socket

    async def _server_config(self) -> dict[str, Any]:
        response = await self._api.arequest_ok({"method": "GET", "url": "/api/config"})
        body = loads(response.content)
        return body if isinstance(body, dict) else {}

    async def _channel_ids(self, names: list[str]) -> list[str]:
        response = await self._api.arequest_ok({"method": "GET", "url": "/api/v1/channels/"})
        listed = loads(response.content)
        known = {
            str(c.get("id")): str(c.get("name"))
            for c in (listed if isinstance(listed, list) else [])
            if isinstance(c, dict)
        }
        by_name = {name: ident for ident, name in known.items()}
        ids = []
        for name in names:
            if name in known:
                ids.append(name)
            elif name in by_name:
                ids.append(by_name[name])
            else:
                raise ValueError(f"no channel {name!r} among this user's channels")
        return ids

    def _wanted(self, event: Event) -> bool:
        if isinstance(event, Reconnected):
            return True
        if self._chats is not None or self._channels is not None:
            if isinstance(event, ChatEvent):
                if event.chat_id not in (self._chats or ()):
                    return False
            elif isinstance(event, ChannelEvent):
                if event.channel_id not in (self._channels or ()):
                    return False
            else:
                return False
        if self._types is not None:
            kind = event.name if isinstance(event, GenericEvent) else event.type
            return kind in self._types
        return True

    async def receive(self, timeout: float | None = None) -> Event | None:
        """The next event that passes the filters; ``None`` when ``timeout`` seconds pass
        without one, or when the stream is closed.

        Raises:
            owui_sdk.events.EventsAuthenticationError: The token was refused on reconnecting.
        """
        if self._socket is None:
            if self._closed:
                return None
            await self.aopen()
        socket = self._socket
        assert socket is not None
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            left = None if deadline is None else max(0.0, deadline - time.monotonic())
            item = await socket.areceive(left)
            if item is None:
                return None
            event = item if isinstance(item, Reconnected) else parse_event(*item)
            if self._wanted(event):
                return event

    async def emit(self, event: str, data: Any) -> None:
        """Send a socket event to the server, e.g. typing in a channel:
        ``emit("events:channel", {"channel_id": ..., "data": {"type": "typing", "data":
        {"typing": True}}})``."""
        if self._socket is not None:
            await self._socket.aemit(event, data)

    async def aclose(self) -> None:
        """Disconnect; iteration ends."""
        self._closed = True
        socket, self._socket = self._socket, None
        if socket is not None:
            await socket.aclose()

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> Event:
        event = await self.receive()
        if event is None:
            raise StopAsyncIteration
        return event

    async def __aenter__(self) -> Self:
        await self.aopen()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()


# --- waiting for a server-side answer ----------------------------------------------------------


async def _message_state(
    api: AsyncAPIClient, chat_id: str, message_id: str
) -> tuple[bool, str | None, Any]:
    """Whether the message is done, its content and its error, as the chat holds them."""
    response = await api.arequest_ok(
        {"method": "GET", "url": f"/api/v1/chats/{path_segment(chat_id, 'chat_id')}"}
    )
    body = loads(response.content)
    chat = body.get("chat") if isinstance(body, dict) else None
    history = chat.get("history") if isinstance(chat, dict) else None
    messages = history.get("messages") if isinstance(history, dict) else None
    message = messages.get(message_id) if isinstance(messages, dict) else None
    if not isinstance(message, dict):
        return False, None, None
    content = message.get("content")
    return (
        message.get("done") is True,
        content if isinstance(content, str) else None,
        message.get("error") or None,
    )


async def _checked(api: AsyncAPIClient, chat_id: str, message_id: str) -> str | None:
    done, content, error = await _message_state(api, chat_id, message_id)
    if error:
        raise AnswerError(chat_id, message_id, error)
    return (content or "") if done else None


async def _poll(
    api: AsyncAPIClient, chat_id: str, message_id: str, deadline: float, interval: float
) -> str:
    while True:
        answer = await _checked(api, chat_id, message_id)
        if answer is not None:
            return answer
        if time.monotonic() >= deadline:
            raise TimeoutError(f"no answer {message_id} in chat {chat_id} yet")
        await api.common.retry.async_sleep(min(interval, max(0.0, deadline - time.monotonic())))


async def wait_for_answer(
    api: AsyncAPIClient,
    chat_id: str,
    message_id: str,
    *,
    timeout: float,
    poll_interval: float,
    use_socket: bool = True,
) -> str:
    """The answer ``message_id`` of chat ``chat_id`` once done: from the socket's events,
    else (no extra, no session token, no socket) by reading the chat every
    ``poll_interval`` seconds."""
    if not chat_id or not message_id:
        raise ValueError("chat_id and message_id must be non-empty")
    deadline = time.monotonic() + timeout
    if use_socket and api.common.token is not None:
        stream = AsyncEventStream(
            api,
            chats=frozenset([chat_id]),
            channels=None,
            types=frozenset(["chat:completion", "chat:message:error", "chat:tasks:cancel"]),
            transport=None,
            heartbeat=None,
            max_reconnect_delay=5.0,
        )
        try:
            await stream.aopen()
        except (EventsUnavailableError, EventsConnectionError):
            pass
        else:
            try:
                return await _listen(api, stream, chat_id, message_id, deadline)
            finally:
                await stream.aclose()
    return await _poll(api, chat_id, message_id, deadline, poll_interval)


async def _listen(
    api: AsyncAPIClient,
    stream: AsyncEventStream,
    chat_id: str,
    message_id: str,
    deadline: float,
) -> str:
    # Listening first, then reading the chat: an answer finished before the socket was up
    # is in the chat, and one finished after comes as an event.
    answer = await _checked(api, chat_id, message_id)
    if answer is not None:
        return answer
    while True:
        left = deadline - time.monotonic()
        event = await stream.receive(left) if left > 0 else None
        if event is None:
            raise TimeoutError(f"no answer {message_id} in chat {chat_id} yet")
        if isinstance(event, Reconnected):
            answer = await _checked(api, chat_id, message_id)
            if answer is not None:
                return answer
            continue
        if not isinstance(event, ChatEvent) or event.message_id != message_id:
            continue
        if event.type == "chat:message:error":
            raise AnswerError(chat_id, message_id, event.data)
        if event.type == "chat:tasks:cancel":
            raise AnswerError(chat_id, message_id, "cancelled")
        data = event.data
        if isinstance(data, Completion):
            if data.error:
                raise AnswerError(chat_id, message_id, data.error)
            if data.done:
                # The chat is written as the last event goes out: read it, so that what is
                # returned is what the chat holds.
                held = await _checked(api, chat_id, message_id)
                return held if held is not None else (data.content or "")
