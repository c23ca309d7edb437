"""``client.events`` against a real Open WebUI with channels on, in both transports: a server
with websockets (the default) and one with ``ENABLE_WEBSOCKET_SUPPORT=false`` (long-polling),
each started for this module. The listener is the admin (a session token); the user posts."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import os
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from owui_sdk import AsyncOpenWebUI, OpenWebUI
from owui_sdk.events import (
    ChannelEvent,
    ChatEvent,
    Completion,
    EventsAuthenticationError,
    Reconnected,
    ResponseDelta,
)
from tests.integration._chats_helpers import exercises
from tests.integration._compat import typed_channel_messages
from tests.server import ADMIN_EMAIL, OpenWebUIServer, ServerInfo, owui_python

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
LATENCY_LIMIT = 2.0  # seconds from the REST call to the typed event (the check)


class Live:
    """One server of this module: its handle, accounts and a channel both users are in."""

    def __init__(self, server: OpenWebUIServer, info: ServerInfo, channel_id: str) -> None:
        self.server = server
        self.info = info
        self.channel_id = channel_id
        self.transport = "websocket" if server.websocket else "polling"


@pytest.fixture(scope="module", params=["websocket", "polling"])
def live(request: pytest.FixtureRequest) -> Iterator[Live]:
    python = owui_python()
    if not python.exists():
        pytest.fail(f"Open WebUI's python {python} does not exist: run `make owui`")
    server = OpenWebUIServer(python, channels=True, websocket=request.param == "websocket")
    with (
        server as info,
        OpenWebUI(info.base_url, token=info.admin_token) as admin,
    ):
        channel = admin.channels.create_new_channel(
            {"name": f"general-{request.param}", "type": "group", "user_ids": [info.user_id]}
        )
        assert channel is not None
        yield Live(server, info, channel.id)


async def _next_channel_event(events: Any, kind: str, timeout: float = 10.0) -> ChannelEvent:
    deadline = time.monotonic() + timeout
    while (left := deadline - time.monotonic()) > 0:
        event = await events.receive(left)
        if isinstance(event, ChannelEvent) and event.type == kind:
            return event
    raise AssertionError(f"no {kind} event within {timeout} s")


def _next_channel_event_sync(events: Any, kind: str, timeout: float = 10.0) -> ChannelEvent:
    deadline = time.monotonic() + timeout
    while (left := deadline - time.monotonic()) > 0:
        event = events.receive(left)
        if isinstance(event, ChannelEvent) and event.type == kind:
            return event
    raise AssertionError(f"no {kind} event within {timeout} s")


@typed_channel_messages
async def test_channel_message_arrives_typed_within_two_seconds(live: Live) -> None:
    info = live.info
    async with (
        AsyncOpenWebUI(info.base_url, token=info.admin_token) as admin,
        AsyncOpenWebUI(info.base_url, api_key=info.user_key) as user,
        admin.events.connect(channels=[live.channel_id]) as events,
    ):
        assert events.user is not None and events.user["id"] == info.admin_id
        text = f"hello <@U:{info.admin_id}|Admin> {uuid.uuid4()}"
        sent = time.monotonic()  # the clock runs from the REST call, not from its answer
        posted = await user.channels.post_new_message(live.channel_id, {"content": text})
        event = await _next_channel_event(events, "message")
        latency = time.monotonic() - sent
    assert posted is not None
    assert latency < LATENCY_LIMIT, f"{live.transport}: {latency:.2f} s"
    assert event.channel_id == live.channel_id
    assert event.message is not None and event.message.id == posted.id
    assert event.message.content == text and event.message.user_id == info.user_id
    assert event.message.mentions_user(info.admin_id)
    assert event.user is not None and event.user["id"] == info.user_id
    print(f"{live.transport}: channel message arrived {latency * 1000:.0f} ms from the REST call")


@typed_channel_messages
async def test_reaction_and_edit_arrive_typed(live: Live) -> None:
    info = live.info
    async with (
        AsyncOpenWebUI(info.base_url, token=info.admin_token) as admin,
        AsyncOpenWebUI(info.base_url, api_key=info.user_key) as user,
    ):
        posted = await user.channels.post_new_message(live.channel_id, {"content": "first"})
        assert posted is not None
        async with admin.events.connect(
            channels=[f"general-{live.transport}"], types=["message:reaction:add", "message:update"]
        ) as events:
            await user.channels.add_reaction_to_message(
                live.channel_id, posted.id, {"name": "thumbsup"}
            )
            reaction = await events.receive(10)
            await user.channels.update_message_by_id(
                live.channel_id, posted.id, {"content": "second"}
            )
            edit = await events.receive(10)
    assert isinstance(reaction, ChannelEvent) and reaction.type == "message:reaction:add"
    assert reaction.reaction == "thumbsup" and reaction.message is not None
    assert reaction.message.id == posted.id
    assert isinstance(edit, ChannelEvent) and edit.type == "message:update"
    assert edit.message is not None and edit.message.content == "second"


@typed_channel_messages
def test_blocking_client_gets_channel_events(live: Live) -> None:
    info = live.info
    with (
        OpenWebUI(info.base_url, token=info.admin_token) as admin,
        OpenWebUI(info.base_url, api_key=info.user_key) as user,
        admin.events.connect(channels=[live.channel_id]) as events,
    ):
        sent = time.monotonic()
        posted = user.channels.post_new_message(live.channel_id, {"content": "blocking"})
        message = _next_channel_event_sync(events, "message")
        latency = time.monotonic() - sent
        assert posted is not None
        user.channels.add_reaction_to_message(live.channel_id, posted.id, {"name": "wave"})
        reaction = _next_channel_event_sync(events, "message:reaction:add")
        user.channels.update_message_by_id(live.channel_id, posted.id, {"content": "edited"})
        edit = _next_channel_event_sync(events, "message:update")
    assert latency < LATENCY_LIMIT
    assert message.message is not None and message.message.content == "blocking"
    assert reaction.reaction == "wave"
    assert edit.message is not None and edit.message.content == "edited"


def _completion_body(chat_id: str, message_id: str, session_id: str, text: str) -> dict[str, Any]:
    # What the web app sends for a server-side answer: chat_id + id + session_id.
    user_id = str(uuid.uuid4())
    return {
        "model": "echo-1",
        "stream": True,
        "chat_id": chat_id,
        "id": message_id,
        "session_id": session_id,
        "parent_id": user_id,
        "messages": [{"role": "user", "content": text}],
        "user_message": {
            "id": user_id,
            "role": "user",
            "content": text,
            "parentId": None,
            "childrenIds": [message_id],
        },
    }


def _new_chat() -> dict[str, Any]:
    return {
        "chat": {
            "title": "events",
            "models": ["echo-1"],
            "history": {"messages": {}, "currentId": None},
            "messages": [],
        }
    }


@exercises("wait_for_answer")
async def test_server_side_answer_streams_and_wait_for_answer_returns_it(live: Live) -> None:
    info = live.info
    async with AsyncOpenWebUI(info.base_url, token=info.admin_token) as admin:
        chat = await admin.chats.create_new(_new_chat())
        message_id = str(uuid.uuid4())
        text = f"stream me {uuid.uuid4().hex[:8]}"
        async with admin.events.connect(chats=[chat.id]) as events:
            assert events.session_id
            waiting = asyncio.create_task(
                admin.chats.wait_for_answer(chat.id, message_id, timeout=60)
            )
            await admin.request(
                "POST",
                "/api/chat/completions",
                json=_completion_body(chat.id, message_id, events.session_id, text),
            )
            seen: list[ChatEvent] = []
            while True:
                event = await events.receive(30)
                assert isinstance(event, ChatEvent), event
                seen.append(event)
                if isinstance(event.data, Completion) and event.data.done:
                    break
            answer = await waiting
        held = (await admin.chats.get(chat.id)).chat["history"]["messages"][message_id]
    assert answer == f"Echo: {text}"
    assert held["content"] == answer
    assert all(e.chat_id == chat.id for e in seen)
    final = seen[-1].data
    assert isinstance(final, Completion) and final.text == answer
    deltas = [e.data.delta or "" for e in seen if isinstance(e.data, ResponseDelta)]
    assert "".join(deltas) == answer


@exercises("wait_for_answer")
def test_blocking_wait_for_answer(live: Live) -> None:
    info = live.info
    with OpenWebUI(info.base_url, token=info.admin_token) as admin:
        chat = admin.chats.create_new(_new_chat())
        message_id = str(uuid.uuid4())
        with admin.events.connect(chats=[chat.id]) as events:
            assert events.session_id
            admin.request(
                "POST",
                "/api/chat/completions",
                json=_completion_body(chat.id, message_id, events.session_id, "blocking answer"),
            )
            answer = admin.chats.wait_for_answer(chat.id, message_id, timeout=60)
        held = admin.chats.get(chat.id).chat["history"]["messages"][message_id]
    assert answer == "Echo: blocking answer" == held["content"]


@exercises("wait_for_answer")
async def test_wait_for_answer_polls_without_a_session_token(live: Live) -> None:
    info = live.info
    async with (
        AsyncOpenWebUI(info.base_url, token=info.admin_token) as admin,
        AsyncOpenWebUI(info.base_url, api_key=info.admin_key) as keyed,
    ):
        chat = await admin.chats.create_new(_new_chat())
        message_id = str(uuid.uuid4())
        async with admin.events.connect(chats=[chat.id]) as events:
            assert events.session_id
            await admin.request(
                "POST",
                "/api/chat/completions",
                json=_completion_body(chat.id, message_id, events.session_id, "polled"),
            )
            # An API key alone: no socket, so the chat is read until the answer is done.
            answer = await keyed.chats.wait_for_answer(
                chat.id, message_id, timeout=60, poll_interval=0.2
            )
    assert answer == "Echo: polled"


def _jwt(secret: str, claims: dict[str, Any]) -> str:
    def part(value: dict[str, Any]) -> bytes:
        return base64.urlsafe_b64encode(json.dumps(value).encode()).rstrip(b"=")

    signed = part({"alg": "HS256", "typ": "JWT"}) + b"." + part(claims)
    signature = hmac.new(secret.encode(), signed, hashlib.sha256).digest()
    return (signed + b"." + base64.urlsafe_b64encode(signature).rstrip(b"=")).decode()


async def test_wrong_or_expired_token_is_one_typed_error(live: Live) -> None:
    info = live.info
    assert live.server._env is not None
    expired = _jwt(
        live.server._env["WEBUI_SECRET_KEY"],
        {"id": info.admin_id, "exp": int(time.time()) - 60, "jti": str(uuid.uuid4())},
    )
    for token in ("not-a-token", expired):
        async with AsyncOpenWebUI(info.base_url, token=token) as client:
            stream = client.events.connect()
            with pytest.raises(EventsAuthenticationError, match="refused the session token"):
                await stream.aopen()
            await asyncio.sleep(1.0)  # nothing is retried behind the error
            assert stream.connection_attempts == 1
    async with AsyncOpenWebUI(info.base_url, api_key=info.admin_key) as keyed:
        stream = keyed.events.connect()
        with pytest.raises(EventsAuthenticationError, match="not an API key"):
            await stream.aopen()
        assert stream.connection_attempts == 0


def test_blocking_wrong_token_is_one_typed_error(live: Live) -> None:
    with OpenWebUI(live.info.base_url, token="not-a-token") as client:
        stream = client.events.connect()
        with pytest.raises(EventsAuthenticationError):
            stream.open()
        time.sleep(1.0)
        assert stream.connection_attempts == 1


@typed_channel_messages
async def test_listener_reconnects_after_a_server_restart(live: Live) -> None:
    info = live.info
    async with (
        AsyncOpenWebUI(info.base_url, token=info.admin_token) as admin,
        AsyncOpenWebUI(info.base_url, api_key=info.user_key, max_retries=5) as user,
        admin.events.connect(channels=[live.channel_id]) as events,
    ):
        # From this thread (the main one): restart() blocks, the loop catches up after.
        live.server.restart()
        reconnected = await events.receive(60)
        assert isinstance(reconnected, Reconnected), reconnected
        assert reconnected.attempts >= 1
        posted = await user.channels.post_new_message(live.channel_id, {"content": "after"})
        event = await _next_channel_event(events, "message")
    assert posted is not None and event.message is not None
    assert event.message.id == posted.id


@typed_channel_messages
def test_blocking_listener_reconnects_after_a_server_restart(live: Live) -> None:
    info = live.info
    with (
        OpenWebUI(info.base_url, token=info.admin_token) as admin,
        admin.events.connect(channels=[live.channel_id]) as events,
    ):
        # The socket's thread retries while the server is down.
        live.server.restart()
        reconnected = events.receive(60)
        assert isinstance(reconnected, Reconnected), reconnected
        with OpenWebUI(info.base_url, api_key=info.user_key) as user:
            posted = user.channels.post_new_message(live.channel_id, {"content": "again"})
        event = _next_channel_event_sync(events, "message")
    assert posted is not None and event.message is not None
    assert event.message.id == posted.id


@typed_channel_messages
async def test_channel_bot_example_answers_a_mention(live: Live) -> None:
    info = live.info
    # The bot is the admin, who may use the upstream's models; the user mentions it.
    env = {
        **os.environ,
        "OPENWEBUI_BASE_URL": info.base_url,
        "BOT_EMAIL": ADMIN_EMAIL,
        "BOT_PASSWORD": live.server.admin_password,
        "BOT_MODEL": "echo-1",
        "BOT_CHANNEL": live.channel_id,
    }
    env.pop("OPENWEBUI_API_KEY", None)
    bot = subprocess.Popen(
        [sys.executable, str(ROOT / "examples" / "channel_bot.py")],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    reply = None
    try:
        assert bot.stdout is not None
        ready = bot.stdout.readline()  # the bot prints one line once it listens
        assert "listening" in ready, ready
        async with (
            AsyncOpenWebUI(info.base_url, token=info.user_token) as user,
            user.events.connect(channels=[live.channel_id], types=["message"]) as events,
        ):
            question = f"<@U:{info.admin_id}|Admin> what is {uuid.uuid4().hex[:6]}?"
            asked = await user.channels.post_new_message(live.channel_id, {"content": question})
            assert asked is not None
            deadline = time.monotonic() + 30
            while reply is None and (left := deadline - time.monotonic()) > 0:
                event = await events.receive(left)
                if (
                    isinstance(event, ChannelEvent)
                    and event.message is not None
                    and event.message.user_id == info.admin_id
                ):
                    reply = event.message
    finally:
        bot.terminate()
        output = bot.communicate(timeout=10)[0]
    assert reply is not None, output
    # The echo upstream answers with the question as the model saw it (mentions as labels).
    assert reply.content.startswith("Echo: @Admin what is"), reply.content
    assert reply.raw.get("reply_to_id") == asked.id
    assert live.server.admin_password not in output and info.admin_token not in output
