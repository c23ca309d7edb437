"""A fake Open WebUI for the events tests: the REST routes ``client.events`` reads and a
Socket.IO server at ``/ws/socket.io`` that behaves as 0.12.4's does where the client depends
on it (``open_webui/socket/main.py``): every handshake is accepted (``always_connect``),
``user-join`` answers ``{"id", "name"}`` for a good token and nothing for a bad one, and
``heartbeat`` / ``join-channels`` are taken.

It runs python-socketio's server on aiohttp, on loopback, in a thread of its own, so that the
blocking client and the asyncio client alike can talk to it; tests drive it from their own
thread (``emit``, ``drop``, ``stop``/``start`` on the same port).
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
from collections import Counter
from collections.abc import Coroutine
from typing import Any, TypeVar

import socketio
from aiohttp import web

T = TypeVar("T")

HOST = "127.0.0.1"
GOOD_TOKEN = "good-session-token"
USER = {"id": "user-1", "name": "Listener"}
CHANNELS = [{"id": "channel-1", "name": "general"}, {"id": "channel-2", "name": "random"}]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port


class FakeOpenWebUI:
    """``start()`` / ``stop()``; ``url`` stays the same across them."""

    def __init__(self, *, websocket: bool = True, heartbeat_interval: int | None = None) -> None:
        self.websocket = websocket
        self.heartbeat_interval = heartbeat_interval
        self.port = _free_port()
        self.url = f"http://{HOST}:{self.port}"
        self.tokens = {GOOD_TOKEN}
        #: Socket events received, by name (``connect``, ``user-join``, ``heartbeat``, ...).
        self.received: Counter[str] = Counter()
        #: chat id -> message id -> message, served by GET /api/v1/chats/{id}.
        self.chats: dict[str, dict[str, dict[str, Any]]] = {}
        self.chat_reads = 0
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._thread.start()
        self._runner: web.AppRunner | None = None
        self.sio: socketio.AsyncServer | None = None

    def _call(self, coroutine: Coroutine[Any, Any, T]) -> T:
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result(10)

    def start(self) -> None:
        self._call(self._start())

    async def _start(self) -> None:
        sio = socketio.AsyncServer(
            async_mode="aiohttp",
            transports=["websocket"] if self.websocket else ["polling"],
            allow_upgrades=self.websocket,
            always_connect=True,
            ping_interval=5,
        )
        fake = self

        async def connect(sid: str, environ: Any, auth: Any) -> None:
            fake.received["connect"] += 1

        async def user_join(sid: str, data: Any) -> Any:
            fake.received["user-join"] += 1
            token = (data.get("auth") or {}).get("token")
            if token not in fake.tokens:
                return None
            await sio.enter_room(sid, "user")
            return dict(USER)

        async def heartbeat(sid: str, data: Any) -> None:
            fake.received["heartbeat"] += 1

        async def join_channels(sid: str, data: Any) -> None:
            fake.received["join-channels"] += 1

        async def channel_event(sid: str, data: Any) -> None:
            fake.received["events:channel"] += 1

        for name, handler in [
            ("events:channel", channel_event),
            ("connect", connect),
            ("user-join", user_join),
            ("heartbeat", heartbeat),
            ("join-channels", join_channels),
        ]:
            sio.on(name, handler)
        app = web.Application()
        sio.attach(app, socketio_path="/ws/socket.io")
        app.router.add_get("/api/config", self._config)
        app.router.add_get("/api/v1/channels/", self._channels)
        app.router.add_get("/api/v1/chats/{id}", self._chat)
        app.router.add_post("/api/v1/auths/signin", self._signin)
        runner = web.AppRunner(app, shutdown_timeout=0.2)
        await runner.setup()
        await web.TCPSite(runner, HOST, self.port, reuse_address=True).start()
        self._runner, self.sio = runner, sio

    async def _config(self, request: web.Request) -> web.Response:
        features: dict[str, Any] = {"enable_websocket": self.websocket}
        if self.heartbeat_interval is not None:
            features["websocket_heartbeat_interval"] = self.heartbeat_interval
        return web.json_response({"name": "Open WebUI", "features": features})

    async def _channels(self, request: web.Request) -> web.Response:
        return web.json_response(CHANNELS)

    async def _chat(self, request: web.Request) -> web.Response:
        self.chat_reads += 1
        chat_id = request.match_info["id"]
        if chat_id not in self.chats:
            return web.json_response({"detail": "Not found"}, status=404)
        messages = self.chats[chat_id]
        return web.json_response(
            {"id": chat_id, "chat": {"history": {"messages": messages}}, "user_id": USER["id"]}
        )

    async def _signin(self, request: web.Request) -> web.Response:
        form = await request.json()
        if form.get("password") != "secret":
            return web.json_response(
                {"detail": "The email or password provided is incorrect."}, status=400
            )
        return web.json_response(
            {
                **USER,
                "role": "user",
                "email": form.get("email"),
                "profile_image_url": "",
                "token": GOOD_TOKEN,
                "token_type": "Bearer",
                "expires_at": None,
                "permissions": {},
            }
        )

    def emit(self, event: str, data: Any) -> None:
        """Send ``event`` to every authenticated client."""
        assert self.sio is not None
        self._call(self.sio.emit(event, data, room="user"))

    def drop(self) -> None:
        """Disconnect every client, as a network fault would."""
        sio = self.sio
        assert sio is not None

        async def drop_all() -> None:
            for sid in list(sio.manager.get_participants("/", None)):
                await sio.disconnect(sid[0])

        self._call(drop_all())

    def stop(self) -> None:
        """Go down as a server does: every client dropped, new connections refused."""
        if self.sio is not None:
            self.drop()
        runner, self._runner, self.sio = self._runner, None, None
        if runner is not None:
            with contextlib.suppress(Exception):
                self._call(runner.cleanup())

    def close(self) -> None:
        self.stop()

        async def cancel_the_rest() -> None:
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

        self._call(cancel_the_rest())
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)
