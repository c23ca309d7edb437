"""The Socket.IO connection behind ``client.events``, in both colours, written by hand.

:class:`AsyncSocket` talks to Open WebUI's Socket.IO server (``/ws/socket.io``) with
python-socketio's asyncio client, as the web app does: the session token in the handshake's
``auth``, then ``user-join`` (which answers the user, or nothing when the token is refused,
and joins the user's channels), a ``heartbeat`` every interval, ``join-channels`` again when
a channel is created. A dropped connection is made again with exponential backoff and jitter;
a refused token ends it with one :class:`~owui_sdk.events.EventsAuthenticationError`.

:class:`SyncSocket` is the blocking twin. unasync cannot derive it: python-socketio's
blocking client would be a second implementation over other libraries (requests and
websocket-client), so instead one :class:`AsyncSocket` runs on an event loop in a background
thread, and the blocking methods wait on it. ``_async/events.py`` uses ``AsyncSocket``
(``aopen``, ``areceive``, ``aclose``), and its derived twin ``_sync/events.py`` uses
``SyncSocket`` (``open``, ``receive``, ``close``) in the same way.

Raw socket events go into a queue as ``(name, data)``; typing and filtering are the facade's.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import threading
import time
from collections.abc import Coroutine
from typing import Any, TypeVar

from ._event_types import (
    EventsAuthenticationError,
    EventsConnectionError,
    EventsUnavailableError,
    Reconnected,
)

__all__ = ["AsyncSocket", "SocketOptions", "SyncSocket", "import_socketio"]

log = logging.getLogger("owui_sdk.events")
# python-socketio and python-engineio log through this logger instead of the stderr handler
# they attach to their own; what they report while reconnecting ("packet queue is empty") is
# for an application that configures logging, not printed by default (the library practice).
log.addHandler(logging.NullHandler())

T = TypeVar("T")

#: Where Open WebUI mounts its Socket.IO server (open_webui/main.py).
SOCKETIO_PATH = "/ws/socket.io"
#: The web app's heartbeat when the server names none (features.websocket_heartbeat_interval).
DEFAULT_HEARTBEAT = 30.0

# What a queue holds: a raw event, a Reconnected marker, the error that ended the stream, or
# None once closed (a receiver waiting in another task then returns).
_Item = tuple[str, Any] | Reconnected | BaseException | None


def import_socketio() -> Any:
    """python-socketio, or :class:`~owui_sdk.events.EventsUnavailableError` naming the extra."""
    try:
        import aiohttp  # noqa: F401  (the asyncio client's transport for both websocket and polling)
        import socketio
    except ImportError as error:
        raise EventsUnavailableError(error.name or "python-socketio") from None
    return socketio


class SocketOptions:
    """How to connect: fixed when the stream is opened."""

    __slots__ = (
        "base_url",
        "connect_timeout",
        "heartbeat",
        "max_reconnect_delay",
        "min_reconnect_delay",
        "token",
        "transports",
        "verify",
    )

    def __init__(
        self,
        *,
        base_url: str,
        token: str,
        transports: list[str],
        heartbeat: float = DEFAULT_HEARTBEAT,
        connect_timeout: float = 10.0,
        min_reconnect_delay: float = 0.5,
        max_reconnect_delay: float = 30.0,
        verify: bool = True,
    ) -> None:
        self.base_url = base_url
        self.token = token  # never in a repr
        self.transports = transports
        self.heartbeat = heartbeat
        self.connect_timeout = connect_timeout
        self.min_reconnect_delay = min_reconnect_delay
        self.max_reconnect_delay = max_reconnect_delay
        self.verify = verify

    def __repr__(self) -> str:
        return f"SocketOptions(base_url={self.base_url!r}, transports={self.transports!r})"


async def _hang_up(sio: Any) -> None:
    """Disconnect without waiting on the server: a graceful long-polling disconnect waits for
    the pending poll, up to the server's ping interval (25 s on Open WebUI)."""
    eio = sio.eio
    loops = [getattr(eio, name, None) for name in ("read_loop_task", "write_loop_task")]
    with contextlib.suppress(Exception):
        await eio.disconnect(abort=True)
    with contextlib.suppress(Exception):
        await sio.disconnect()  # python-socketio's own bookkeeping; returns at once now
    pending = [task for task in loops if task is not None and not task.done()]
    if pending:
        # Closing the transport's session ends them; whatever is still waiting goes.
        _, left = await asyncio.wait(pending, timeout=1.0)
        for task in left:
            task.cancel()
        await asyncio.gather(*left, return_exceptions=True)


class _Unreachable(Exception):
    """One connection attempt failed for a reason worth retrying."""


class AsyncSocket:
    """One logical connection to the server's socket, made again after drops."""

    def __init__(self, options: SocketOptions) -> None:
        self.options = options
        #: Connection attempts so far, the first included (the tests count retry storms).
        self.attempts = 0
        #: What ``user-join`` answered: ``{"id": ..., "name": ...}``.
        self.user: dict[str, Any] | None = None
        self._queue: asyncio.Queue[_Item] = asyncio.Queue()
        self._sio: Any = None
        self._dropped = asyncio.Event()
        self._closed = False
        self._tasks: list[asyncio.Task[None]] = []

    @property
    def sid(self) -> str | None:
        """The Socket.IO session id (what ``session_id`` means to the completions API)."""
        sio = self._sio
        return sio.get_sid() if sio is not None and sio.connected else None

    async def aopen(self) -> None:
        """Connect and authenticate; raise when that fails (the first attempt is not retried:
        a wrong address or token should say so at once)."""
        socketio = import_socketio()
        try:
            await self._connect(socketio)
        except _Unreachable as error:
            raise EventsConnectionError(
                f"cannot reach the socket at {self.options.base_url}{SOCKETIO_PATH}: {error}"
            ) from None
        self._tasks = [
            asyncio.create_task(self._supervise(socketio)),
            asyncio.create_task(self._heartbeat()),
        ]

    async def _connect(self, socketio: Any) -> None:
        options = self.options
        self.attempts += 1
        sio = socketio.AsyncClient(
            reconnection=False,
            handle_sigint=False,
            ssl_verify=options.verify,
            logger=log,
            engineio_logger=log,
        )
        sio.on("events", self._on_chat)
        sio.on("events:channel", self._on_channel)
        sio.on("*", self._on_other)
        sio.on("disconnect", self._on_disconnect)
        auth = {"token": options.token}
        try:
            await sio.connect(
                options.base_url,
                auth=auth,
                transports=options.transports,
                socketio_path=SOCKETIO_PATH,
                wait_timeout=options.connect_timeout,
            )
        except socketio.exceptions.ConnectionError as error:
            await _hang_up(sio)  # closes the transport's HTTP session
            raise _Unreachable(str(error) or type(error).__name__) from None
        try:
            user = await sio.call("user-join", {"auth": auth}, timeout=options.connect_timeout)
        except (socketio.exceptions.TimeoutError, socketio.exceptions.BadNamespaceError) as error:
            await _hang_up(sio)
            raise _Unreachable(f"no answer to user-join ({type(error).__name__})") from None
        if not isinstance(user, dict):
            await _hang_up(sio)
            raise EventsAuthenticationError(
                "the server refused the session token (wrong or expired): sign in again, e.g."
                " OpenWebUI.from_credentials(url, email, password), and pass token="
            )
        self.user = user
        self._dropped.clear()
        self._sio = sio

    # Handlers run inside python-socketio's read loop: they must not wait on the socket.
    async def _on_chat(self, data: Any) -> None:
        self._queue.put_nowait(("events", data))

    async def _on_channel(self, data: Any) -> None:
        self._queue.put_nowait(("events:channel", data))
        inner = data.get("data") if isinstance(data, dict) else None
        if isinstance(inner, dict) and inner.get("type") == "channel:created":
            # As the web app does: a new channel's room is joined by asking again.
            sio = self._sio
            if sio is not None:
                await sio.emit("join-channels", {"auth": {"token": self.options.token}})

    async def _on_other(self, name: str, data: Any = None) -> None:
        self._queue.put_nowait((name, data))

    async def _on_disconnect(self, reason: Any = None) -> None:
        log.info("socket disconnected (%s)", reason)
        self._dropped.set()

    async def _supervise(self, socketio: Any) -> None:
        options = self.options
        while not self._closed:
            await self._dropped.wait()
            if self._closed:
                return
            down_since, tries, delay = time.monotonic(), 0, options.min_reconnect_delay
            while not self._closed:
                # Full jitter: many clients dropped by one restart do not come back in step.
                await asyncio.sleep(random.uniform(delay / 2, delay))
                tries += 1
                try:
                    await self._connect(socketio)
                except _Unreachable as error:
                    log.info("reconnect attempt %d failed: %s", tries, error)
                    delay = min(delay * 2, options.max_reconnect_delay)
                    continue
                except EventsAuthenticationError as error:
                    self._queue.put_nowait(error)
                    return
                self._queue.put_nowait(Reconnected(tries, time.monotonic() - down_since))
                break

    async def _heartbeat(self) -> None:
        # The server reaps a session that has sent no heartbeat for 4 intervals (at least
        # 120 s) from its pool: events still arrive, but it no longer counts the user active.
        while not self._closed:
            await asyncio.sleep(self.options.heartbeat)
            sio = self._sio
            if sio is not None and sio.connected:
                with contextlib.suppress(Exception):
                    await sio.emit("heartbeat", {})

    async def aemit(self, event: str, data: Any) -> None:
        """Send an event to the server (``events:channel`` typing, ``events:chat`` join)."""
        sio = self._sio
        if sio is not None and sio.connected:
            await sio.emit(event, data)

    async def areceive(self, timeout: float | None = None) -> tuple[str, Any] | Reconnected | None:
        """The next raw event or :class:`Reconnected`; ``None`` after ``timeout`` seconds, or
        once closed. Raises the error that ended the connection (a refused token on
        reconnecting)."""
        if self._closed:
            return None
        try:
            item = await asyncio.wait_for(self._queue.get(), timeout)
        except TimeoutError:
            return None
        if isinstance(item, BaseException):
            self._queue.put_nowait(item)  # every later call raises it too
            raise item
        return item

    async def aclose(self) -> None:
        """Disconnect and stop reconnecting."""
        self._closed = True
        self._queue.put_nowait(None)
        self._dropped.set()
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        sio = self._sio
        if sio is not None:
            await _hang_up(sio)


class SyncSocket:
    """The blocking twin of :class:`AsyncSocket`: one runs on a private event loop in a
    daemon thread, and each method waits for it there."""

    def __init__(self, options: SocketOptions) -> None:
        self.options = options
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._inner: AsyncSocket | None = None
        self._attempts = 0  # kept from the inner socket when it is closed

    @property
    def attempts(self) -> int:
        """Connection attempts so far, the first included."""
        return self._inner.attempts if self._inner is not None else self._attempts

    @property
    def user(self) -> dict[str, Any] | None:
        """What ``user-join`` answered."""
        return self._inner.user if self._inner is not None else None

    @property
    def sid(self) -> str | None:
        """The Socket.IO session id."""
        return self._inner.sid if self._inner is not None else None

    def _run(self, coroutine: Coroutine[Any, Any, T], timeout: float | None = None) -> T:
        assert self._loop is not None
        future = asyncio.run_coroutine_threadsafe(coroutine, self._loop)
        try:
            return future.result(timeout)
        except BaseException:
            # Ctrl-C (or a timeout) in the caller's thread: stop the work in the loop too.
            future.cancel()
            raise

    def open(self) -> None:
        """Connect and authenticate, as :meth:`AsyncSocket.aopen`."""
        import_socketio()  # the missing extra is reported before a thread starts
        loop = asyncio.new_event_loop()
        thread = threading.Thread(target=loop.run_forever, name="owui-sdk-events", daemon=True)
        thread.start()
        self._loop, self._thread = loop, thread

        async def make() -> AsyncSocket:
            return AsyncSocket(self.options)  # its queue and events belong to this loop

        try:
            self._inner = self._run(make())
            self._run(self._inner.aopen())
        except BaseException:
            self.close()
            raise

    def emit(self, event: str, data: Any) -> None:
        """Send an event to the server."""
        if self._inner is not None:
            self._run(self._inner.aemit(event, data))

    def receive(self, timeout: float | None = None) -> tuple[str, Any] | Reconnected | None:
        """As :meth:`AsyncSocket.areceive`, blocking."""
        assert self._inner is not None, "open() first"
        return self._run(self._inner.areceive(timeout))

    def close(self) -> None:
        """Disconnect, stop reconnecting and end the thread."""
        loop, thread, inner = self._loop, self._thread, self._inner
        self._attempts = self.attempts
        self._loop = self._thread = self._inner = None
        if loop is None:
            return
        if inner is not None:
            with contextlib.suppress(Exception):
                asyncio.run_coroutine_threadsafe(inner.aclose(), loop).result(10)
        with contextlib.suppress(Exception):
            asyncio.run_coroutine_threadsafe(_cancel_the_rest(), loop).result(5)
        loop.call_soon_threadsafe(loop.stop)
        if thread is not None:
            thread.join(10)
        if not loop.is_running():
            loop.close()


async def _cancel_the_rest() -> None:
    # The private loop is about to stop: nothing may be left pending on it.
    tasks = [task for task in asyncio.all_tasks() if task is not asyncio.current_task()]
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
