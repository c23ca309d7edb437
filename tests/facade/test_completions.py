"""``client.chat.completions.create``: the request body, typed answers, server-sent events,
errors mid-stream and closing, in both colours, through a mock transport."""

from __future__ import annotations

import gc
import json
import pickle
from collections.abc import AsyncIterator, Iterator
from typing import Any

import attrs
import httpx
import pytest

from owui_sdk.errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStreamError,
    APITimeoutError,
    BadRequestError,
    InternalServerError,
)
from owui_sdk.models import ChatCompletion, ChatCompletionChunk, ChatCompletionMessage

from ._support import BASE, COLOURS, KEY, close, make_client, resolve

MESSAGES = [{"role": "user", "content": "Hello"}]
COMPLETION = {
    "id": "c1",
    "object": "chat.completion",
    "created": 1,
    "model": "echo-1",
    "choices": [
        {
            "index": 0,
            "message": {"role": "assistant", "content": "Echo: Hello"},
            "finish_reason": "stop",
        }
    ],
    "usage": {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5},
    "sources": [{"source": {"id": "kb1"}}],
}


def chunk(content: str | None = None, finish: str | None = None, **extra: Any) -> bytes:
    delta = {} if content is None else {"content": content}
    data = {
        "id": "c1",
        "object": "chat.completion.chunk",
        "model": "echo-1",
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
        **extra,
    }
    return b"data: " + json.dumps(data).encode() + b"\n\n"


DONE = b"data: [DONE]\n\n"


class Events(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body in pieces, in either colour; ``fail`` is raised after the pieces, as a
    connection that breaks half-way does. Records whether it was closed."""

    def __init__(self, pieces: list[bytes], fail: Exception | None = None) -> None:
        self.pieces = pieces
        self.fail = fail
        self.closed = False
        self.sent = 0

    def __iter__(self) -> Iterator[bytes]:
        for piece in self.pieces:
            self.sent += 1
            yield piece
        if self.fail:
            raise self.fail

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for piece in self.__iter__():
            yield piece

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


class Server:
    """Answers every request with the next of ``answers``; records the requests."""

    def __init__(self, *answers: httpx.Response) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return self.answers.pop(0)


def sse(events: Events, status: int = 200) -> httpx.Response:
    return httpx.Response(status, headers={"content-type": "text/event-stream"}, stream=events)


def client_for(colour: str, server: Server, **kwargs: Any) -> Any:
    transport = httpx.MockTransport(server)
    http: Any = (
        httpx.Client(transport=transport)
        if colour == "sync"
        else httpx.AsyncClient(transport=transport)
    )
    return make_client(colour, http_client=http, **kwargs)


async def read_all(stream: Any) -> list[Any]:
    if hasattr(stream, "__aiter__"):
        return [item async for item in stream]
    return list(stream)


@pytest.fixture(params=COLOURS)
def colour(request: pytest.FixtureRequest) -> str:
    return str(request.param)


# --- the request ------------------------------------------------------------------------------


async def test_body_carries_every_option(colour: str) -> None:
    server = Server(httpx.Response(200, json=COMPLETION))
    client = client_for(colour, server)
    try:
        await resolve(
            client.chat.completions.create(
                model="echo-1",
                messages=MESSAGES,
                files=[{"type": "collection", "id": "kb1"}],
                tool_ids=["t1"],
                chat_id="chat1",
                id="m2",
                features={"web_search": False},
                background_tasks={"title_generation": True},
                params={"system": "Be brief."},
                extra_body={"session_id": "s1"},
                temperature=0.2,
                max_tokens=5,
            )
        )
    finally:
        await close(client)
    (request,) = server.requests
    assert request.method == "POST"
    assert str(request.url) == f"{BASE}/api/chat/completions"
    assert request.headers["authorization"] == f"Bearer {KEY}"
    assert json.loads(request.content) == {
        "model": "echo-1",
        "messages": MESSAGES,
        "stream": False,
        "files": [{"type": "collection", "id": "kb1"}],
        "tool_ids": ["t1"],
        "chat_id": "chat1",
        "id": "m2",
        "features": {"web_search": False},
        "background_tasks": {"title_generation": True},
        "params": {"system": "Be brief."},
        "session_id": "s1",
        "temperature": 0.2,
        "max_tokens": 5,
    }


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"model": "", "messages": MESSAGES}, ValueError),
        ({"model": None, "messages": MESSAGES}, ValueError),
        ({"model": "m", "messages": []}, ValueError),
        ({"model": "m", "messages": "Hello"}, TypeError),
        ({"model": "m", "messages": ["Hello"]}, TypeError),
        ({"model": "m", "messages": MESSAGES, "stream": "yes"}, TypeError),
        ({"model": "m", "messages": MESSAGES, "tool_ids": "t1"}, TypeError),
        ({"model": "m", "messages": MESSAGES, "files": {"type": "file"}}, TypeError),
        ({"model": "m", "messages": MESSAGES, "chat_id": ""}, ValueError),
        ({"model": "m", "messages": MESSAGES, "params": ["x"]}, TypeError),
    ],
)
async def test_bad_arguments_are_refused_before_sending(
    colour: str, kwargs: dict[str, Any], error: type[Exception]
) -> None:
    server = Server()
    client = client_for(colour, server)
    try:
        with pytest.raises(error):
            await resolve(client.chat.completions.create(**kwargs))
    finally:
        await close(client)
    assert server.requests == []


# --- a whole completion -----------------------------------------------------------------------


async def test_completion_is_typed_and_keeps_unknown_keys(colour: str) -> None:
    client = client_for(colour, Server(httpx.Response(200, json=COMPLETION)))
    try:
        completion = await resolve(
            client.chat.completions.create(model="echo-1", messages=MESSAGES)
        )
    finally:
        await close(client)
    assert isinstance(completion, ChatCompletion)
    assert completion.choices[0].message.content == "Echo: Hello"
    assert completion.choices[0].message.role == "assistant"
    assert completion.choices[0].finish_reason == "stop"
    assert completion.usage is not None and completion.usage.total_tokens == 5
    assert completion.additional_properties == {"sources": [{"source": {"id": "kb1"}}]}


@pytest.mark.parametrize(
    ("status", "answer", "error"),
    [
        (400, {"json": {"detail": "Model not found"}}, BadRequestError),
        (500, {"json": {"detail": "upstream down"}}, InternalServerError),
        (200, {"json": {"error": {"message": "quota"}}}, APIStreamError),
        (200, {"json": [1, 2]}, APIResponseValidationError),
        (200, {"json": {"choices": "x"}}, APIResponseValidationError),
        (
            200,
            {"text": "<html>", "headers": {"content-type": "text/html"}},
            APIResponseValidationError,
        ),
    ],
)
async def test_completion_errors_are_typed(
    colour: str, status: int, answer: dict[str, Any], error: type[Exception]
) -> None:
    server = Server(httpx.Response(status, **answer), httpx.Response(status, **answer))
    client = client_for(colour, server, max_retries=1)
    try:
        with pytest.raises(error):
            await resolve(client.chat.completions.create(model="m", messages=MESSAGES))
    finally:
        await close(client)
    # A POST that reached the server is never sent again, whatever it answered.
    assert len(server.requests) == 1


# --- streamed -----------------------------------------------------------------------------------


async def test_stream_yields_typed_chunks_until_done(colour: str) -> None:
    usage = {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5}
    pieces = [
        b": keep-alive comment\n\n",
        chunk("Echo:"),
        chunk(" Hel", sources=[1]),
        # One event written in two pieces, and an event line with a field name.
        b"event: message\ndata: ",
        json.dumps({"choices": [{"index": 0, "delta": {"content": "lo"}}]}).encode() + b"\n\n",
        chunk(None, "stop"),
        b"data: " + json.dumps({"id": "c1", "choices": [], "usage": usage}).encode() + b"\n\n",
        DONE,
        chunk("after done: never read"),
    ]
    events = Events(pieces)
    client = client_for(colour, Server(sse(events)))
    try:
        stream = await resolve(
            client.chat.completions.create(model="echo-1", messages=MESSAGES, stream=True)
        )
        chunks = await read_all(stream)
    finally:
        await close(client)
    assert all(isinstance(c, ChatCompletionChunk) for c in chunks)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == "Echo: Hello"
    assert chunks[1].additional_properties == {"sources": [1]}
    assert chunks[3].choices[0].finish_reason == "stop"
    assert chunks[3].choices[0].delta.content is None
    assert chunks[4].choices == [] and chunks[4].usage is not None
    assert chunks[4].usage.total_tokens == 5
    assert events.closed


async def test_multi_line_data_is_joined_with_newlines(colour: str) -> None:
    body = b'data: {"choices": [{"delta":\ndata:  {"content": "x"}}]}\n\n' + DONE
    client = client_for(colour, Server(sse(Events([body]))))
    try:
        stream = await resolve(
            client.chat.completions.create(model="m", messages=MESSAGES, stream=True)
        )
        (only,) = await read_all(stream)
    finally:
        await close(client)
    assert only.choices[0].delta.content == "x"


@pytest.mark.parametrize(
    ("pieces", "fail", "error", "match"),
    [
        (
            [chunk("a"), b'data: {"error": {"message": "upstream failed"}}\n\n'],
            None,
            APIStreamError,
            "upstream failed",
        ),
        ([chunk("a"), b'event: error\ndata: {"detail": "boom"}\n\n'], None, APIStreamError, "boom"),
        ([chunk("a"), b"data: {not json\n\n"], None, APIResponseValidationError, "not JSON"),
        ([chunk("a"), b'data: {"choices": 5}\n\n'], None, APIResponseValidationError, "choices"),
        (
            [chunk("a")],
            httpx.RemoteProtocolError("peer closed"),
            APIConnectionError,
            "RemoteProtocolError",
        ),
        ([chunk("a")], httpx.ReadTimeout("stalled"), APITimeoutError, "timed out"),
        ([chunk("a")], None, APIConnectionError, "before the answer finished"),
    ],
    ids=["error-object", "error-event", "not-json", "bad-shape", "cut", "stalled", "no-done"],
)
async def test_failures_mid_stream_raise_typed_errors_after_the_chunks_before(
    colour: str, pieces: list[bytes], fail: Exception | None, error: type[Exception], match: str
) -> None:
    events = Events(pieces, fail)
    client = client_for(colour, Server(sse(events)))
    got: list[Any] = []
    try:
        stream = await resolve(
            client.chat.completions.create(model="m", messages=MESSAGES, stream=True)
        )
        with pytest.raises(error, match=match) as caught:
            if hasattr(stream, "__aiter__"):
                async for item in stream:
                    got.append(item)
            else:
                for item in stream:
                    got.append(item)
    finally:
        await close(client)
    assert [c.choices[0].delta.content for c in got] == ["a"]
    assert events.closed
    assert KEY not in str(caught.value) and KEY not in repr(caught.value)


async def test_a_finished_answer_may_end_without_done(colour: str) -> None:
    events = Events([chunk("a"), chunk(None, "stop")])
    client = client_for(colour, Server(sse(events)))
    try:
        stream = await resolve(
            client.chat.completions.create(model="m", messages=MESSAGES, stream=True)
        )
        chunks = await read_all(stream)
    finally:
        await close(client)
    assert [c.choices[0].finish_reason for c in chunks] == [None, "stop"]
    assert events.closed


async def test_open_webuis_own_error_event_after_a_cut_is_typed(colour: str) -> None:
    # What Open WebUI 0.12.4 sends when the model's stream breaks half-way (measured).
    tail = b'\n\ndata: {"error":{"message":"Chat completion stream failed"}}\n\n' + DONE
    client = client_for(colour, Server(sse(Events([chunk("a "), tail]))))
    try:
        stream = await resolve(
            client.chat.completions.create(model="m", messages=MESSAGES, stream=True)
        )
        with pytest.raises(APIStreamError, match="Chat completion stream failed") as caught:
            await read_all(stream)
    finally:
        await close(client)
    assert caught.value.body == {"error": {"message": "Chat completion stream failed"}}


async def test_an_error_status_is_raised_before_the_stream(colour: str) -> None:
    answer = httpx.Response(400, json={"detail": "Model not found"})
    server = Server(answer)
    client = client_for(colour, server, max_retries=2)
    try:
        with pytest.raises(BadRequestError, match="Model not found"):
            await resolve(client.chat.completions.create(model="x", messages=MESSAGES, stream=True))
    finally:
        await close(client)
    assert len(server.requests) == 1


async def test_a_streamed_post_is_not_sent_again_on_503(colour: str) -> None:
    server = Server(httpx.Response(503), httpx.Response(503))
    client = client_for(colour, server, max_retries=2)
    try:
        with pytest.raises(InternalServerError):
            await resolve(client.chat.completions.create(model="x", messages=MESSAGES, stream=True))
    finally:
        await close(client)
    assert len(server.requests) == 1


async def test_leaving_the_with_block_early_closes_the_connection(colour: str) -> None:
    events = Events([chunk("a"), chunk("b"), chunk("c"), DONE])
    client = client_for(colour, Server(sse(events)))
    try:
        stream = await resolve(
            client.chat.completions.create(model="m", messages=MESSAGES, stream=True)
        )
        if colour == "sync":
            with stream:
                for _ in stream:
                    break
        else:
            async with stream:
                async for _ in stream:
                    break
        assert events.closed
        assert stream.response.is_closed
    finally:
        await close(client)


def test_breaking_out_of_a_blocking_loop_closes_the_connection() -> None:
    events = Events([chunk("a"), chunk("b"), DONE])
    client = client_for("sync", Server(sse(events)))
    try:
        stream = client.chat.completions.create(model="m", messages=MESSAGES, stream=True)
        for _ in stream:
            break
        gc.collect()  # only for interpreters without reference counting
        assert events.closed and stream.response.is_closed
    finally:
        client.close()


async def test_a_stream_is_read_once(colour: str) -> None:
    client = client_for(colour, Server(sse(Events([chunk("a"), DONE]))))
    try:
        stream = await resolve(
            client.chat.completions.create(model="m", messages=MESSAGES, stream=True)
        )
        assert len(await read_all(stream)) == 1
        with pytest.raises(RuntimeError, match="read once"):
            await read_all(stream)
    finally:
        await close(client)


# --- the models a user can call -------------------------------------------------------------


async def test_models_lists_ids_to_pick_from(colour: str) -> None:
    data = {
        "data": [
            {
                "id": "echo-1",
                "name": "echo-1",
                "owned_by": "openai",
                "connection_type": "external",
                "info": {"meta": {}},
            },
            {"id": "llama3:8b", "object": "model", "created": 1},
        ]
    }
    server = Server(httpx.Response(200, json=data))
    client = client_for(colour, server)
    try:
        models = await resolve(client.chat.models(refresh=True))
    finally:
        await close(client)
    assert [m.id for m in models] == ["echo-1", "llama3:8b"]
    assert models[0].connection_type == "external"
    assert models[0].additional_properties == {"info": {"meta": {}}}
    (request,) = server.requests
    assert request.url.path == "/api/models" and request.url.params["refresh"] == "true"


@pytest.mark.parametrize("body", [{"models": []}, {"data": [{"name": "no id"}]}, [1]])
async def test_models_answer_of_the_wrong_shape_is_a_validation_error(
    colour: str, body: Any
) -> None:
    client = client_for(colour, Server(httpx.Response(200, json=body)))
    try:
        with pytest.raises(APIResponseValidationError):
            await resolve(client.chat.models())
    finally:
        await close(client)


# --- the event decoder ------------------------------------------------------------------------


@pytest.mark.parametrize("data", ['{"id": "é"}', '  {"id": "é"}\t', '{"id": "é", "choices": []}'])
async def test_event_data_is_json_with_space_around_it(colour: str, data: str) -> None:
    body = f"data: {data}\n\n".encode() + DONE
    client = client_for(colour, Server(sse(Events([body]))))
    try:
        stream = await resolve(
            client.chat.completions.create(model="m", messages=MESSAGES, stream=True)
        )
        (only,) = await read_all(stream)
    finally:
        await close(client)
    assert only.id == "é"


@pytest.mark.parametrize("data", ["", "{", '{"id": 1} x', "{not", "nul", "[1,]"])
async def test_event_data_that_is_not_one_json_value_is_refused(colour: str, data: str) -> None:
    with pytest.raises(json.JSONDecodeError):
        json.loads(data)
    body = f"data: {data}\n\n".encode() + DONE
    client = client_for(colour, Server(sse(Events([body]))))
    try:
        stream = await resolve(
            client.chat.completions.create(model="m", messages=MESSAGES, stream=True)
        )
        with pytest.raises(APIResponseValidationError, match="not JSON"):
            await read_all(stream)
    finally:
        await close(client)


def test_additional_properties_behave_as_a_dict_made_on_first_use() -> None:

    plain = ChatCompletionChunk.from_dict({"id": "c", "choices": [{"delta": {"content": "a"}}]})
    assert plain == ChatCompletionChunk.from_dict(
        {"id": "c", "choices": [{"delta": {"content": "a"}}]}
    )
    assert plain.additional_properties == {}
    assert plain == ChatCompletionChunk(id="c", choices=plain.choices, additional_properties={})
    message = ChatCompletionMessage(content="a")
    message.additional_properties["sources"] = [1]
    assert message.additional_properties == {"sources": [1]}
    assert message != ChatCompletionMessage(content="a")
    assert "{'sources': [1]}" in repr(message)
    assert pickle.loads(pickle.dumps(message)) == message
    assert attrs.evolve(message, role="user").additional_properties == {"sources": [1]}
    with pytest.raises(AttributeError):
        message.other = 1  # type: ignore[attr-defined]  # slotted: no stray attributes


async def test_unknown_keys_are_kept_at_every_level_of_an_answer(colour: str) -> None:
    # Open WebUI and the models behind it add keys of their own at every level: each is kept
    # where it came, none is lost, whether the answer is whole or streamed.
    completion = {
        **COMPLETION,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": "Hi", "reasoning": "short"},
                "finish_reason": "stop",
                "stop_reason": None,
            }
        ],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2, "cached": 0},
    }
    streamed = [
        b"data: "
        + json.dumps(
            {"choices": [{"index": 0, "delta": {"content": "a", "reasoning": "r"}, "x": 1}]}
        ).encode()
        + b"\n\n",
        DONE,
    ]
    client = client_for(colour, Server(httpx.Response(200, json=completion), sse(Events(streamed))))
    try:
        whole = await resolve(client.chat.completions.create(model="m", messages=MESSAGES))
        stream = await resolve(
            client.chat.completions.create(model="m", messages=MESSAGES, stream=True)
        )
        chunks = await read_all(stream)
    finally:
        await close(client)
    choice = whole.choices[0]
    assert choice.additional_properties == {"stop_reason": None}
    assert choice.message.additional_properties == {"reasoning": "short"}
    assert whole.usage is not None and whole.usage.additional_properties == {"cached": 0}
    (chunk_choice,) = chunks[0].choices
    assert chunk_choice.additional_properties == {"x": 1}
    assert chunk_choice.delta.content == "a"
    assert chunk_choice.delta.additional_properties == {"reasoning": "r"}
