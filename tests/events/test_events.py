"""``client.events`` and ``owui_sdk.events`` without Open WebUI: the types on recorded payloads,
and the connection against a fake Socket.IO server (tests/events/fake_socket.py) in both
colours and both transports."""

from __future__ import annotations

import asyncio
import json
import sys
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

from owui_sdk import AsyncOpenWebUI, OpenWebUI
from owui_sdk.errors import OpenWebUIError
from owui_sdk.events import (
    AnswerError,
    ChannelEvent,
    ChannelMessage,
    ChatEvent,
    Completion,
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

from .fake_socket import CHANNELS, GOOD_TOKEN, USER, FakeOpenWebUI

# --- the types -----------------------------------------------------------------------------

MESSAGE: dict[str, Any] = {
    "id": "m1",
    "channel_id": "channel-1",
    "user_id": "u2",
    "content": "hi <@U:user-1|Listener> and <@M:echo-1|Echo>",
    "parent_id": None,
    "created_at": 1796368141275840110,
    "updated_at": 1796368141275840110,
    "reactions": [],
}


def _chat(kind: str, data: Any) -> dict[str, Any]:
    return {"chat_id": "c1", "message_id": "a1", "data": {"type": kind, "data": data}}


def test_chat_events_are_typed_by_type() -> None:
    completion = parse_event("events", _chat("chat:completion", {"content": "Echo", "done": True}))
    assert isinstance(completion, ChatEvent) and completion.chat_id == "c1"
    assert completion.message_id == "a1" and completion.type == "chat:completion"
    assert isinstance(completion.data, Completion)
    assert completion.data.done and completion.data.text == "Echo"

    final = parse_event(
        "events",
        _chat(
            "chat:completion",
            {
                "done": True,
                "output": [
                    {"type": "reasoning", "content": [{"type": "output_text", "text": "no"}]},
                    {"type": "message", "content": [{"type": "output_text", "text": "Echo: "}]},
                    {"type": "message", "content": [{"type": "output_text", "text": "hi"}]},
                ],
            },
        ),
    )
    assert isinstance(final, ChatEvent) and isinstance(final.data, Completion)
    assert final.data.content is None and final.data.text == "Echo: hi"

    chunk = parse_event(
        "events", _chat("chat:completion", {"choices": [{"delta": {"content": "x"}}]})
    )
    assert isinstance(chunk, ChatEvent) and isinstance(chunk.data, Completion)
    assert chunk.data.delta == "x" and not chunk.data.done and chunk.data.text is None

    delta = parse_event(
        "events",
        _chat("response:completion", {"type": "response.output_text.delta", "delta": "Ec"}),
    )
    assert isinstance(delta, ChatEvent) and delta.data == ResponseDelta(
        "response.output_text.delta", "Ec", None, {}
    )
    status = parse_event(
        "events", _chat("status", {"action": "web_search", "description": "Searching"})
    )
    assert isinstance(status, ChatEvent) and isinstance(status.data, Status)
    assert status.data.description == "Searching" and not status.data.done
    source = parse_event(
        "events", _chat("source", {"source": {"name": "a.txt"}, "document": ["x"]})
    )
    assert isinstance(source, ChatEvent) and isinstance(source.data, Source)
    assert source.data.source == {"name": "a.txt"} and source.data.metadata == []
    title = parse_event("events", _chat("chat:title", "A title"))
    assert isinstance(title, ChatEvent) and title.data == Title("A title")


def test_unknown_and_malformed_events_are_kept() -> None:
    other = parse_event("events", _chat("chat:tags", ["a"]))
    assert isinstance(other, ChatEvent) and other.type == "chat:tags" and other.data == ["a"]
    wrong_shape = parse_event("events", _chat("chat:completion", "not a dict"))
    assert isinstance(wrong_shape, ChatEvent) and wrong_shape.data == "not a dict"
    for name, data in [
        ("events:note", {"note_id": "n"}),
        ("events", "text"),
        ("events", {"data": {"no": "type"}}),
        ("events:channel", None),
        ("access:updated", {}),
    ]:
        event = parse_event(name, data)
        assert event == GenericEvent(name, data)


def test_channel_events_are_typed() -> None:
    def channel(kind: str, data: Any) -> dict[str, Any]:
        return {
            "channel_id": "channel-1",
            "message_id": "m1",
            "data": {"type": kind, "data": data},
            "user": {"id": "u2", "name": "Other"},
        }

    message = parse_event("events:channel", channel("message", MESSAGE))
    assert isinstance(message, ChannelEvent) and message.type == "message"
    assert message.channel_id == "channel-1" and message.user == {"id": "u2", "name": "Other"}
    assert message.message == ChannelMessage.from_dict(MESSAGE)
    assert message.message is not None
    assert message.message.mentions == [("U", "user-1"), ("M", "echo-1")]
    assert message.message.mentions_user("user-1") and not message.message.mentions_user("u2")
    assert message.message.text == "hi @Listener and @Echo"
    reaction = parse_event(
        "events:channel", channel("message:reaction:add", {**MESSAGE, "name": "thumbsup"})
    )
    assert isinstance(reaction, ChannelEvent) and reaction.reaction == "thumbsup"
    typing = parse_event("events:channel", channel("typing", {"typing": True}))
    assert isinstance(typing, ChannelEvent) and typing.typing is True and typing.message is None
    created = parse_event("events:channel", {"data": {"type": "channel:created"}})
    assert isinstance(created, ChannelEvent) and created.channel_id is None
    assert created.message is None


# --- what is refused before anything is sent ----------------------------------------------


def test_without_the_extra_events_is_a_typed_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "socketio", None)  # as if not installed
    client = OpenWebUI("http://127.0.0.1:9", token="t")
    with pytest.raises(EventsUnavailableError, match=r"pip install 'owui-sdk\[events\]'") as info:
        _ = client.events
    assert isinstance(info.value, ImportError) and isinstance(info.value, OpenWebUIError)
    client.close()


async def test_an_api_key_alone_cannot_listen() -> None:
    async with AsyncOpenWebUI("http://127.0.0.1:9", api_key="sk-abc") as client:
        stream = client.events.connect()
        with pytest.raises(EventsAuthenticationError, match="not an API key"):
            await stream.aopen()
        assert stream.connection_attempts == 0


def test_bad_arguments_are_refused() -> None:
    with OpenWebUI("http://127.0.0.1:9", token="t") as client:
        with pytest.raises(ValueError, match="transport"):
            client.events.connect(transport="carrier-pigeon")
        with pytest.raises(TypeError, match="list of strings"):
            client.events.connect(channels="general")
        with pytest.raises(ValueError, match="token"):
            OpenWebUI("http://127.0.0.1:9", token=" ")


def test_the_token_stays_out_of_reprs() -> None:
    secret = "eyJ-session-token-never-shown"
    with OpenWebUI("http://127.0.0.1:9", token=secret) as client:
        stream = client.events.connect()
        assert secret not in repr(client) and secret not in repr(client._api)
        assert secret not in repr(stream)


# --- against the fake server --------------------------------------------------------------


@pytest.fixture(params=["websocket", "polling"])
def fake(request: pytest.FixtureRequest) -> Iterator[FakeOpenWebUI]:
    server = FakeOpenWebUI(websocket=request.param == "websocket")
    server.start()
    yield server
    server.close()


def _channel_message(content: str = "hello", channel_id: str = "channel-1") -> dict[str, Any]:
    return {
        "channel_id": channel_id,
        "message_id": "m1",
        "data": {
            "type": "message",
            "data": {**MESSAGE, "content": content, "channel_id": channel_id},
        },
        "user": {"id": "u2", "name": "Other"},
    }


def _wait_until(predicate: Any, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


async def test_async_stream_types_filters_and_heartbeats(fake: FakeOpenWebUI) -> None:
    async with (
        AsyncOpenWebUI(fake.url, token=GOOD_TOKEN) as client,
        client.events.connect(
            channels=["general"], types=["message", "access:updated"], heartbeat=0.1
        ) as events,
    ):
        assert events.user == USER and events.session_id
        assert events.channel_ids == frozenset({"channel-1"})
        fake.emit("events", _chat("chat:completion", {"content": "x"}))  # not a listed channel
        fake.emit("events:channel", _channel_message("other", "channel-2"))  # another channel
        fake.emit("events:channel", {**_channel_message(), "data": {"type": "typing", "data": {}}})
        fake.emit("events:channel", _channel_message("wanted"))
        event = await events.receive(5)
        assert isinstance(event, ChannelEvent) and event.message is not None
        assert event.message.content == "wanted"
        assert await events.receive(0.2) is None
        await asyncio.to_thread(_wait_until, lambda: fake.received["heartbeat"] >= 2)
    assert fake.received["user-join"] == 1


def test_blocking_stream_iterates_and_joins_new_channels(fake: FakeOpenWebUI) -> None:
    with (
        OpenWebUI(fake.url, token=GOOD_TOKEN) as client,
        client.events.connect(chats=["c1"]) as events,
    ):
        fake.emit("events:channel", {"data": {"type": "channel:created"}})
        fake.emit("events", _chat("chat:title", "Named"))
        fake.emit("events", {**_chat("chat:title", "Other"), "chat_id": "c2"})
        fake.emit("events", _chat("chat:completion", {"content": "done", "done": True}))
        seen = []
        for event in events:
            seen.append(event)
            if len(seen) == 2:
                break
        _wait_until(lambda: fake.received["join-channels"] == 1)
    chat_events = [e for e in seen if isinstance(e, ChatEvent)]
    assert [e.type for e in chat_events] == ["chat:title", "chat:completion"]
    assert chat_events[0].data == Title("Named")


async def test_unknown_channel_name_is_a_value_error(fake: FakeOpenWebUI) -> None:
    async with AsyncOpenWebUI(fake.url, token=GOOD_TOKEN) as client:
        with pytest.raises(ValueError, match="no channel 'nope'"):
            await client.events.connect(channels=["nope"]).aopen()
    assert CHANNELS[0]["name"] == "general"


@pytest.mark.parametrize("colour", ["sync", "async"])
async def test_a_refused_token_is_one_error_and_no_retry(fake: FakeOpenWebUI, colour: str) -> None:
    if colour == "sync":
        with OpenWebUI(fake.url, token="wrong") as client:
            stream = client.events.connect()
            with pytest.raises(EventsAuthenticationError, match="refused the session token"):
                stream.open()
            attempts = stream.connection_attempts
    else:
        async with AsyncOpenWebUI(fake.url, token="wrong") as client:
            astream = client.events.connect()
            with pytest.raises(EventsAuthenticationError, match="refused the session token"):
                await astream.aopen()
            attempts = astream.connection_attempts
    await asyncio.sleep(0.5)
    assert attempts == 1
    assert fake.received["connect"] == 1 and fake.received["user-join"] == 1


async def test_no_server_is_a_connection_error() -> None:
    fake = FakeOpenWebUI()
    fake.start()
    async with AsyncOpenWebUI(fake.url, token=GOOD_TOKEN) as client:
        stream = client.events.connect()
        await stream._server_config()  # the REST side answers; then the server goes
        fake.stop()
        stream._server_config = _config_of(fake)  # type: ignore[method-assign]
        with pytest.raises(EventsConnectionError, match="cannot reach the socket"):
            await stream.aopen()
    fake.close()


async def test_a_server_that_is_down_is_a_connection_error() -> None:
    fake = FakeOpenWebUI()  # never started: nothing listens on its port
    async with AsyncOpenWebUI(fake.url, token=GOOD_TOKEN, max_retries=0) as client:
        with pytest.raises(EventsConnectionError, match="cannot reach"):
            await client.events.connect().aopen()
    fake.close()


def _config_of(fake: FakeOpenWebUI) -> Any:
    async def config() -> dict[str, Any]:
        return {"features": {"enable_websocket": fake.websocket}}

    return config


async def test_async_stream_reconnects_after_a_drop_and_a_restart(fake: FakeOpenWebUI) -> None:
    async with (
        AsyncOpenWebUI(fake.url, token=GOOD_TOKEN) as client,
        client.events.connect(max_reconnect_delay=0.2) as events,
    ):
        await asyncio.to_thread(fake.drop)
        first = await events.receive(10)
        assert isinstance(first, Reconnected) and first.attempts == 1
        await asyncio.to_thread(fake.stop)
        await asyncio.sleep(1.0)  # several attempts fail meanwhile
        await asyncio.to_thread(fake.start)
        second = await events.receive(10)
        assert isinstance(second, Reconnected) and second.attempts > 1
        assert second.offline_seconds >= 1.0
        await asyncio.to_thread(fake.emit, "events:channel", _channel_message("after"))
        event = await events.receive(5)
        assert isinstance(event, ChannelEvent) and event.message is not None
        assert event.message.content == "after"
        assert events.connection_attempts == 1 + 1 + second.attempts


def test_blocking_stream_reconnects_then_a_revoked_token_ends_it(fake: FakeOpenWebUI) -> None:
    with (
        OpenWebUI(fake.url, token=GOOD_TOKEN) as client,
        client.events.connect(max_reconnect_delay=0.2) as events,
    ):
        fake.drop()
        assert isinstance(events.receive(10), Reconnected)
        fake.tokens.clear()  # the token expires: the server drops the session
        fake.drop()
        with pytest.raises(EventsAuthenticationError):
            events.receive(10)
        attempts = events.connection_attempts
        time.sleep(0.5)
        assert events.connection_attempts == attempts == 3  # first, reconnect, refused
        with pytest.raises(EventsAuthenticationError):  # every later call says so too
            events.receive(0.1)


# --- wait_for_answer -----------------------------------------------------------------------


def _answer(fake: FakeOpenWebUI, text: str | None, *, error: Any = None) -> None:
    done = text is not None or error is not None
    message: dict[str, Any] = {"id": "a1", "role": "assistant", "content": text or "", "done": done}
    if error is not None:
        message["error"] = {"content": error}
    fake.chats["c1"] = {"a1": message}


@pytest.mark.parametrize("colour", ["sync", "async"])
async def test_wait_for_answer_from_the_socket(fake: FakeOpenWebUI, colour: str) -> None:
    _answer(fake, None)

    def finish() -> None:
        _wait_until(lambda: fake.chat_reads >= 1)  # it has read the chat once: listening
        time.sleep(0.2)
        fake.emit("events", _chat("chat:completion", {"content": "Ech"}))
        _answer(fake, "Echo: hi")
        fake.emit("events", {**_chat("chat:completion", {"done": True}), "message_id": "x"})
        fake.emit("events", _chat("chat:completion", {"done": True, "content": "Echo: hi"}))

    finisher = asyncio.create_task(asyncio.to_thread(finish))
    if colour == "sync":
        with OpenWebUI(fake.url, token=GOOD_TOKEN) as client:
            answer = await asyncio.to_thread(client.chats.wait_for_answer, "c1", "a1", timeout=10)
    else:
        async with AsyncOpenWebUI(fake.url, token=GOOD_TOKEN) as aclient:
            answer = await aclient.chats.wait_for_answer("c1", "a1", timeout=10)
    await finisher
    assert answer == "Echo: hi"
    # Read once before listening and once at the end: no polling while the socket is up.
    assert fake.chat_reads == 2


async def test_wait_for_answer_polls_without_a_token(fake: FakeOpenWebUI) -> None:
    _answer(fake, None)

    def finish() -> None:
        _wait_until(lambda: fake.chat_reads >= 3)
        _answer(fake, "polled")

    finisher = asyncio.create_task(asyncio.to_thread(finish))
    async with AsyncOpenWebUI(fake.url, api_key="sk-key") as client:
        answer = await client.chats.wait_for_answer("c1", "a1", timeout=10, poll_interval=0.05)
    await finisher
    assert answer == "polled" and fake.received["connect"] == 0


async def test_wait_for_answer_polls_without_the_extra(
    fake: FakeOpenWebUI, monkeypatch: pytest.MonkeyPatch
) -> None:
    _answer(fake, "already")
    monkeypatch.setitem(sys.modules, "socketio", None)
    async with AsyncOpenWebUI(fake.url, token=GOOD_TOKEN) as client:
        assert await client.chats.wait_for_answer("c1", "a1", timeout=5) == "already"
    assert fake.received["connect"] == 0


async def test_wait_for_answer_errors_and_timeouts(fake: FakeOpenWebUI) -> None:
    async with AsyncOpenWebUI(fake.url, token=GOOD_TOKEN) as client:
        _answer(fake, None, error="model failed")
        with pytest.raises(AnswerError, match="model failed") as info:
            await client.chats.wait_for_answer("c1", "a1", timeout=5)
        assert info.value.chat_id == "c1" and info.value.message_id == "a1"
        _answer(fake, None)
        with pytest.raises(TimeoutError):
            await client.chats.wait_for_answer("c1", "a1", timeout=0.3)

        async def fail() -> None:
            await asyncio.to_thread(_wait_until, lambda: fake.received["user-join"] >= 3)
            await asyncio.sleep(0.2)
            await asyncio.to_thread(
                fake.emit, "events", _chat("chat:message:error", {"content": "boom"})
            )

        task = asyncio.create_task(fail())
        with pytest.raises(AnswerError, match="boom"):
            await client.chats.wait_for_answer("c1", "a1", timeout=5)
        await task
        with pytest.raises(ValueError):
            await client.chats.wait_for_answer("", "a1")


# --- from_credentials ----------------------------------------------------------------------


@pytest.mark.parametrize("colour", ["sync", "async"])
async def test_from_credentials_signs_in_and_listens(fake: FakeOpenWebUI, colour: str) -> None:
    if colour == "sync":
        client = await asyncio.to_thread(
            OpenWebUI.from_credentials, fake.url, "me@example.com", "secret"
        )
        with client, client.events.connect() as events:
            assert events.user == USER
        with pytest.raises(TypeError, match="signs in by itself"):
            OpenWebUI.from_credentials(fake.url, "me@example.com", "secret", api_key="sk-x")
    else:
        aclient = await AsyncOpenWebUI.from_credentials(fake.url, "me@example.com", "secret")
        async with aclient, aclient.events.connect() as aevents:
            assert aevents.user == USER
    assert fake.received["user-join"] == 1


async def test_from_credentials_wrong_password_is_the_servers_error(fake: FakeOpenWebUI) -> None:
    from owui_sdk.errors import BadRequestError

    with pytest.raises(BadRequestError):
        await AsyncOpenWebUI.from_credentials(fake.url, "me@example.com", "wrong")


# --- owui events ---------------------------------------------------------------------------


def test_cli_prints_json_lines_until_the_token_is_refused(
    fake: FakeOpenWebUI, monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    from owui_sdk._cli._app import cli

    # The environment's token, for the environment's server (it goes to no other).
    monkeypatch.setenv("OPENWEBUI_BASE_URL", fake.url)
    monkeypatch.setenv("OPENWEBUI_TOKEN", GOOD_TOKEN)
    monkeypatch.delenv("OPENWEBUI_API_KEY", raising=False)

    def script() -> None:
        _wait_until(lambda: fake.received["user-join"] == 1)
        time.sleep(0.3)
        fake.emit("events:channel", _channel_message("one"))
        fake.emit("events", _chat("status", {"description": "thinking"}))
        time.sleep(0.3)
        fake.tokens.clear()
        fake.drop()

    thread = threading.Thread(target=script)
    thread.start()
    result = CliRunner().invoke(cli, ["events", "--json", "--types", "message,status"])
    thread.join()
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["event"] for line in lines] == ["ChannelEvent", "ChatEvent"]
    assert lines[0]["message"]["content"] == "one" and lines[1]["data"]["description"] == "thinking"
    assert result.exit_code != 0 and "refused the session token" in result.stderr
    assert GOOD_TOKEN not in result.output


def test_cli_refuses_an_api_key(fake: FakeOpenWebUI, monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from owui_sdk._cli._app import cli

    monkeypatch.delenv("OPENWEBUI_TOKEN", raising=False)
    monkeypatch.setenv("OPENWEBUI_API_KEY", "sk-key")
    result = CliRunner().invoke(cli, ["--url", fake.url, "events"])
    assert result.exit_code == 2 and "OPENWEBUI_TOKEN" in result.stderr


async def test_closing_ends_an_iteration_waiting_in_another_task(fake: FakeOpenWebUI) -> None:
    async with AsyncOpenWebUI(fake.url, token=GOOD_TOKEN) as client:
        events = client.events.connect()
        await events.aopen()

        async def collect() -> list[Any]:
            return [event async for event in events]

        task = asyncio.create_task(collect())
        await asyncio.sleep(0.2)
        await events.aclose()
        assert await asyncio.wait_for(task, 5) == []
        assert await events.receive(0.1) is None


def test_blocking_stream_opens_on_first_receive_and_emits(fake: FakeOpenWebUI) -> None:
    with OpenWebUI(fake.url, token=GOOD_TOKEN) as client:
        events = client.events.connect(
            channels=["random"], transport="polling" if not fake.websocket else "websocket"
        )
        assert events.session_id is None and events.user is None
        assert events.receive(0.1) is None  # connects first
        assert events.channel_ids == frozenset({"channel-2"}) and events.session_id
        events.emit(
            "events:channel",
            {"channel_id": "channel-2", "data": {"type": "typing", "data": {"typing": True}}},
        )
        _wait_until(lambda: fake.received["events:channel"] == 1)
        fake.emit("events:channel", _channel_message("in random", "channel-2"))
        event = events.receive(5)
        assert isinstance(event, ChannelEvent) and event.channel_id == "channel-2"
        events.close()
        assert events.receive(0.1) is None and events.session_id is None


def test_cli_prints_lines_for_a_person_and_signs_in_with_email(
    fake: FakeOpenWebUI, monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    from owui_sdk._cli._app import cli

    monkeypatch.delenv("OPENWEBUI_TOKEN", raising=False)
    # The environment's password, for the environment's server (it goes to no other).
    monkeypatch.setenv("OPENWEBUI_BASE_URL", fake.url)
    monkeypatch.setenv("OPENWEBUI_PASSWORD", "secret")

    def script() -> None:
        _wait_until(lambda: fake.received["user-join"] == 1)
        time.sleep(0.3)
        fake.emit("events:channel", _channel_message("one"))
        fake.emit(
            "events:channel",
            {
                **_channel_message(),
                "data": {"type": "message:reaction:add", "data": {**MESSAGE, "name": "wave"}},
            },
        )
        fake.emit("events", _chat("chat:completion", {"content": "x" * 300}))
        fake.emit("access:updated", {"why": "role"})
        fake.drop()
        _wait_until(lambda: fake.received["user-join"] == 2)
        time.sleep(0.3)
        fake.tokens.clear()
        fake.drop()

    thread = threading.Thread(target=script)
    thread.start()
    result = CliRunner().invoke(cli, ["events", "--email", "me@example.com"])
    thread.join()
    lines = result.stdout.splitlines()
    assert lines[0] == "channel channel-1 message Other: one"
    assert lines[1].startswith("channel channel-1 message:reaction:add Other :wave:: hi @Listener")
    assert lines[2].startswith('chat c1 a1 chat:completion {"content": "xxx') and lines[2].endswith(
        "..."
    )
    assert lines[3] == 'access:updated {"why": "role"}'
    assert lines[4].startswith("reconnected after ") and lines[4].endswith("(1 attempts)")
    assert "listening as Listener" in result.stderr and result.exit_code != 0


async def test_wait_for_answer_reads_the_chat_after_a_reconnection(fake: FakeOpenWebUI) -> None:
    _answer(fake, None)

    def finish_while_down() -> None:
        _wait_until(lambda: fake.chat_reads >= 1)
        time.sleep(0.2)
        fake.stop()  # the answer ends while the socket is down: its events are lost
        _answer(fake, "done while down")
        time.sleep(0.3)
        fake.start()

    finisher = asyncio.create_task(asyncio.to_thread(finish_while_down))
    async with AsyncOpenWebUI(fake.url, token=GOOD_TOKEN) as client:
        answer = await client.chats.wait_for_answer("c1", "a1", timeout=20)
    await finisher
    assert answer == "done while down"


@pytest.mark.parametrize(
    ("kind", "data", "detail"),
    [
        ("chat:tasks:cancel", {}, "cancelled"),
        ("chat:completion", {"error": {"content": "upstream failed"}}, "upstream failed"),
    ],
)
async def test_wait_for_answer_cancelled_or_failed(
    fake: FakeOpenWebUI, kind: str, data: Any, detail: str
) -> None:
    _answer(fake, None)

    def end() -> None:
        _wait_until(lambda: fake.chat_reads >= 1)
        time.sleep(0.2)
        fake.emit("events", {**_chat("status", {"description": "working"})})
        fake.emit("events:channel", _channel_message("noise"))
        fake.emit("events", _chat(kind, data))

    ender = asyncio.create_task(asyncio.to_thread(end))
    async with AsyncOpenWebUI(fake.url, token=GOOD_TOKEN) as client:
        with pytest.raises(AnswerError, match=detail):
            await client.chats.wait_for_answer("c1", "a1", timeout=10)
    await ender


# --- the blocking colour of what the async tests above show ---------------------------------
# The blocking twin is derived by unasync, so it can only drift where the derivation does:
# each case here is one of the async ones above, through OpenWebUI.


def test_blocking_an_api_key_alone_cannot_listen() -> None:
    with OpenWebUI("http://127.0.0.1:9", api_key="sk-abc") as client:
        stream = client.events.connect()
        with pytest.raises(EventsAuthenticationError, match="not an API key"):
            stream.open()
        assert stream.connection_attempts == 0


def test_blocking_a_server_that_is_down_is_a_connection_error() -> None:
    fake = FakeOpenWebUI()  # never started: nothing listens on its port
    with (
        OpenWebUI(fake.url, token=GOOD_TOKEN, max_retries=0) as client,
        pytest.raises(EventsConnectionError, match="cannot reach"),
    ):
        client.events.connect().open()
    fake.close()


def test_blocking_unknown_channel_name_is_a_value_error(fake: FakeOpenWebUI) -> None:
    with (
        OpenWebUI(fake.url, token=GOOD_TOKEN) as client,
        pytest.raises(ValueError, match="no channel 'nope'"),
    ):
        client.events.connect(channels=["nope"]).open()


def test_blocking_wait_for_answer_polls_without_a_token(fake: FakeOpenWebUI) -> None:
    _answer(fake, None)

    def finish() -> None:
        _wait_until(lambda: fake.chat_reads >= 3)
        _answer(fake, "polled")

    finisher = threading.Thread(target=finish)
    finisher.start()
    with OpenWebUI(fake.url, api_key="sk-key") as client:
        answer = client.chats.wait_for_answer("c1", "a1", timeout=10, poll_interval=0.05)
    finisher.join()
    assert answer == "polled" and fake.received["connect"] == 0


def test_blocking_wait_for_answer_errors_and_timeouts(fake: FakeOpenWebUI) -> None:
    with OpenWebUI(fake.url, token=GOOD_TOKEN) as client:
        _answer(fake, None, error="model failed")
        with pytest.raises(AnswerError, match="model failed"):
            client.chats.wait_for_answer("c1", "a1", timeout=5)
        _answer(fake, None)
        with pytest.raises(TimeoutError):
            client.chats.wait_for_answer("c1", "a1", timeout=0.3)
        joins = fake.received["user-join"]

        def fail() -> None:
            _wait_until(lambda: fake.received["user-join"] > joins)
            time.sleep(0.2)
            fake.emit("events", _chat("chat:message:error", {"content": "boom"}))

        failer = threading.Thread(target=fail)
        failer.start()
        with pytest.raises(AnswerError, match="boom"):
            client.chats.wait_for_answer("c1", "a1", timeout=5)
        failer.join()
        with pytest.raises(ValueError):
            client.chats.wait_for_answer("", "a1")


@pytest.mark.parametrize(
    ("kind", "data", "detail"),
    [
        ("chat:tasks:cancel", {}, "cancelled"),
        ("chat:completion", {"error": {"content": "upstream failed"}}, "upstream failed"),
    ],
)
def test_blocking_wait_for_answer_cancelled_or_failed(
    fake: FakeOpenWebUI, kind: str, data: Any, detail: str
) -> None:
    _answer(fake, None)

    def end() -> None:
        _wait_until(lambda: fake.chat_reads >= 1)
        time.sleep(0.2)
        fake.emit("events", {**_chat("status", {"description": "working"})})
        fake.emit("events:channel", _channel_message("noise"))
        fake.emit("events", _chat(kind, data))

    ender = threading.Thread(target=end)
    ender.start()
    with (
        OpenWebUI(fake.url, token=GOOD_TOKEN) as client,
        pytest.raises(AnswerError, match=detail),
    ):
        client.chats.wait_for_answer("c1", "a1", timeout=10)
    ender.join()
