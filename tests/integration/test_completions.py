"""``client.chat.completions.create`` against a real Open WebUI and its echo upstream.

Each test is written once and runs with both clients: the ``colour`` fixture picks
:class:`OpenWebUI` or :class:`AsyncOpenWebUI`, :func:`resolve` awaits what the async one
returns, and :func:`read` / :func:`opened` iterate and enter a :class:`Stream` or an
:class:`AsyncStream` alike. The upstream (tests/upstream.py) answers ``"Echo: "`` + the last
user message and fails on request through markers in that message (``[[status:N]]``,
``[[cut:N]]``, ``[[stall:N]]``, ``[[error-event]]``); its request log shows what Open WebUI
sent on. What Open WebUI makes of each failure is pinned in test_upstream.py.
"""

from __future__ import annotations

import contextlib
import io
import secrets
import time
from collections.abc import AsyncIterator
from typing import Any

import pytest

from owui_sdk import AsyncOpenWebUI, AsyncStream, OpenWebUI, Stream
from owui_sdk.errors import (
    APIStreamError,
    APITimeoutError,
    BadRequestError,
    InternalServerError,
    NotFoundError,
)
from owui_sdk.models import (
    ChatCompletion,
    ChatCompletionChunk,
    File,
    KnowledgeForm,
    UploadFileBody,
)
from tests.facade._support import close, resolve
from tests.integration._compat import server_before
from tests.server import ServerInfo
from tests.upstream import EchoUpstream, RecordedRequest

pytestmark = pytest.mark.integration

MODEL = "echo-1"
UPSTREAM_CHAT = "/v1/chat/completions"
STREAM_FAILED = "Chat completion stream failed"  # Open WebUI's error event for a broken upstream
STALL = 5  # seconds the upstream stalls; the client's timeout is 1 s
PROCESSING_TIMEOUT = 30.0  # seconds; a small text file takes well under one


# --- helpers ---------------------------------------------------------------------------------


def unique(prefix: str) -> str:
    return f"{prefix}_{secrets.token_hex(6)}"


def user(text: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": text}]


async def read(
    stream: Any, got: list[ChatCompletionChunk] | None = None, limit: int | None = None
) -> list[ChatCompletionChunk]:
    """The chunks of a sync or async stream, appended to ``got`` as they arrive (so that a
    test still sees them when the stream raises); stops after ``limit`` chunks."""
    chunks: list[ChatCompletionChunk] = [] if got is None else got
    if isinstance(stream, AsyncStream):
        async for chunk in stream:
            chunks.append(chunk)
            if limit is not None and len(chunks) >= limit:
                break
    else:
        assert isinstance(stream, Stream)
        for chunk in stream:
            chunks.append(chunk)
            if limit is not None and len(chunks) >= limit:
                break
    return chunks


@contextlib.asynccontextmanager
async def opened(stream: Any) -> AsyncIterator[Any]:
    """``with stream`` or ``async with stream``, as its colour wants."""
    if isinstance(stream, AsyncStream):
        async with stream:
            yield stream
    else:
        with stream:
            yield stream


def text_of(chunks: list[ChatCompletionChunk]) -> str:
    return "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)


def chat_requests(upstream: EchoUpstream) -> list[RecordedRequest]:
    return upstream.requests.matching("POST", UPSTREAM_CHAT)


# --- fixtures --------------------------------------------------------------------------------


@pytest.fixture(params=["sync", "async"])
def colour(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
async def client(colour: str, owui_server: ServerInfo) -> AsyncIterator[Any]:
    """The admin (who sees the echo models), with the test's colour; closed at the end."""
    made: Any
    if colour == "sync":
        made = OpenWebUI(owui_server.base_url, api_key=owui_server.admin_key)
    else:
        made = AsyncOpenWebUI(owui_server.base_url, api_key=owui_server.admin_key)
    try:
        yield made
    finally:
        await close(made)


def stream_type(client: Any) -> type[Any]:
    return AsyncStream if isinstance(client, AsyncOpenWebUI) else Stream


# --- answers ---------------------------------------------------------------------------------


async def test_completion_is_the_echo(client: Any, upstream: EchoUpstream) -> None:
    text = f"hello {unique('w')}"
    messages = [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "first question"},
        {"role": "assistant", "content": "first answer"},
        {"role": "user", "content": text},
    ]
    answer = await resolve(
        client.chat.completions.create(
            model=MODEL, messages=messages, temperature=0.25, extra_body={"seed": 7}
        )
    )
    assert isinstance(answer, ChatCompletion)
    assert answer.model == MODEL
    assert answer.object == "chat.completion"
    assert answer.choices[0].message.role == "assistant"
    assert answer.choices[0].message.content == f"Echo: {text}"
    assert answer.choices[0].finish_reason == "stop"
    assert answer.usage is not None
    assert answer.usage.completion_tokens == 3  # "Echo:", "hello", the word
    assert answer.usage.prompt_tokens == 8  # the words of all the messages
    assert answer.usage.total_tokens == 11
    assert "sources" not in answer.additional_properties

    (sent,) = chat_requests(upstream)
    assert sent.authorized
    assert sent.body["model"] == MODEL
    assert sent.messages == messages
    assert sent.body["temperature"] == 0.25
    assert sent.body["seed"] == 7
    assert not sent.body.get("stream")


@pytest.mark.parametrize("include_usage", [False, True], ids=["plain", "usage"])
async def test_streamed_completion(
    client: Any, upstream: EchoUpstream, include_usage: bool
) -> None:
    text = f"stream me please {unique('w')}"
    options: dict[str, Any] = {"stream_options": {"include_usage": True}} if include_usage else {}
    stream = await resolve(
        client.chat.completions.create(model=MODEL, messages=user(text), stream=True, **options)
    )
    assert isinstance(stream, stream_type(client))
    assert stream.response.status_code == 200
    chunks = await read(stream)
    assert stream.response.is_closed  # read to the end: closed without a `with`

    assert all(isinstance(c, ChatCompletionChunk) for c in chunks)
    assert text_of(chunks) == f"Echo: {text}"
    assert len([c for c in chunks if c.choices and c.choices[0].delta.content]) == 5
    assert chunks[0].choices[0].delta.role == "assistant"
    last_content = max(i for i, c in enumerate(chunks) if c.choices and c.choices[0].delta.content)
    finishes = [c.choices[0].finish_reason for c in chunks[last_content:] if c.choices]
    assert "stop" in finishes
    usage = [c.usage for c in chunks if c.usage is not None]
    if include_usage:
        # The last chunk: no choices, only the usage ("Echo:" + 4 words).
        assert chunks[-1].choices == []
        assert usage[-1] == chunks[-1].usage
        assert usage[-1].completion_tokens == 5
        assert usage[-1].prompt_tokens == 4
        assert usage[-1].total_tokens == 9
    else:
        assert all(c.choices for c in chunks)

    (sent,) = chat_requests(upstream)
    assert sent.body["stream"] is True
    assert sent.messages == user(text)
    assert ("stream_options" in sent.body) is include_usage


async def test_breaking_out_of_a_stream_closes_it(client: Any, upstream: EchoUpstream) -> None:
    text = " ".join(f"word{i}" for i in range(40))
    stream = await resolve(
        client.chat.completions.create(model=MODEL, messages=user(text), stream=True)
    )
    async with opened(stream):
        chunks = await read(stream, limit=2)
    assert stream.response.is_closed
    assert text_of(chunks) == "Echo: word0 "
    # The client is usable at once.
    again = await resolve(client.chat.completions.create(model=MODEL, messages=user("again")))
    assert again.choices[0].message.content == "Echo: again"
    assert len(chat_requests(upstream)) == 2


# --- errors ----------------------------------------------------------------------------------


@pytest.mark.parametrize("stream", [False, True], ids=["plain", "streamed"])
async def test_unknown_model(client: Any, upstream: EchoUpstream, stream: bool) -> None:
    with pytest.raises(BadRequestError) as caught:
        await resolve(
            client.chat.completions.create(
                model=unique("no-such-model"), messages=user("x"), stream=stream
            )
        )
    assert caught.value.status_code == 400
    assert caught.value.detail == "Model not found"
    assert "Model not found" in str(caught.value)
    assert chat_requests(upstream) == []


@pytest.mark.parametrize("stream", [False, True], ids=["plain", "streamed"])
async def test_upstream_503_is_not_sent_again(
    client: Any, upstream: EchoUpstream, stream: bool
) -> None:
    # Retry-After: 1 comes with the 503, but a POST is not repeated.
    started = time.monotonic()
    # Open WebUI 0.11 answers 400 with the upstream's message instead of its status.
    expected = BadRequestError if server_before("0.12") else InternalServerError
    with pytest.raises(expected) as caught:
        await resolve(
            client.chat.completions.create(
                model=MODEL, messages=user("[[status:503]] x"), stream=stream
            )
        )
    if server_before("0.12"):
        assert caught.value.detail == "upstream answered 503 on request"
    else:
        assert caught.value.status_code == 503
        assert caught.value.response.headers.get("retry-after") == "1"
    assert time.monotonic() - started < 1.0  # no Retry-After wait either
    assert len(chat_requests(upstream)) == 1


async def test_cut_stream_raises_after_the_first_chunks(
    client: Any, upstream: EchoUpstream
) -> None:
    stream = await resolve(
        client.chat.completions.create(model=MODEL, messages=user("[[cut:3]] a b c d"), stream=True)
    )
    chunks: list[ChatCompletionChunk] = []
    with pytest.raises(APIStreamError) as caught:
        await read(stream, chunks)
    assert STREAM_FAILED in str(caught.value)
    assert caught.value.body == {"error": {"message": STREAM_FAILED}}
    assert stream.response.is_closed
    # What reached Open WebUI before the cut (all 3 chunks, in practice) came through first.
    assert chunks
    deltas = [c.choices[0].delta.content for c in chunks if c.choices]
    assert deltas == ["Echo: ", "[[cut:3]] ", "a "][: len(deltas)]
    assert len(chat_requests(upstream)) == 1


async def test_error_event_raises(client: Any, upstream: EchoUpstream) -> None:
    stream = await resolve(
        client.chat.completions.create(
            model=MODEL, messages=user("[[error-event]] a b"), stream=True
        )
    )
    chunks: list[ChatCompletionChunk] = []
    with pytest.raises(APIStreamError) as caught:
        await read(stream, chunks)
    assert "upstream failed" in str(caught.value)
    assert caught.value.body == {"error": {"message": "upstream failed", "type": "server_error"}}
    assert text_of(chunks) == "Echo: "
    assert stream.response.is_closed
    assert len(chat_requests(upstream)) == 1


@pytest.mark.parametrize("stream", [False, True], ids=["plain", "streamed"])
async def test_stall_times_out(client: Any, upstream: EchoUpstream, stream: bool) -> None:
    impatient = client.with_options(timeout=1)
    chunks: list[ChatCompletionChunk] = []
    started = time.monotonic()
    with pytest.raises(APITimeoutError):
        answer = await resolve(
            impatient.chat.completions.create(
                model=MODEL, messages=user(f"[[stall:{STALL}]] x"), stream=stream
            )
        )
        if stream:
            async with opened(answer):
                await read(answer, chunks)
    elapsed = time.monotonic() - started
    assert elapsed < STALL, f"a 1 s timeout took {elapsed:.1f} s"
    if stream:
        assert text_of(chunks) == "Echo: "  # the chunk before the stall
    assert len(chat_requests(upstream)) == 1  # a POST that timed out is not sent again
    await close(impatient)  # the copy does not close the shared connections
    again = await resolve(client.chat.completions.create(model=MODEL, messages=user("after")))
    assert again.choices[0].message.content == "Echo: after"


# --- retrieval (RAG) -------------------------------------------------------------------------


async def test_knowledge_collection_reaches_the_prompt(client: Any, upstream: EchoUpstream) -> None:
    secret = unique("zebra")
    sentence = f"The password of the lighthouse is {secret}."
    payload = File(
        payload=io.BytesIO(sentence.encode()), file_name="facts.txt", mime_type="text/plain"
    )
    uploaded = await resolve(client.files.upload_file(UploadFileBody(file=payload)))
    file_id = uploaded.id
    kb_id: str | None = None
    try:
        # Returns once completed; failed or still pending in time raises.
        await resolve(client.files.wait_until_processed(file_id, timeout=PROCESSING_TIMEOUT))
        kb = await resolve(
            client.knowledge.create_new_knowledge(
                KnowledgeForm(name=unique("kb"), description="test_completions")
            )
        )
        kb_id = kb.id
        added = await resolve(
            client.knowledge.add_file_to_knowledge_by_id(kb_id, {"file_id": file_id})
        )
        assert [f.id for f in added.files] == [file_id]
        upstream.requests.clear()

        question = "What is the password of the lighthouse?"
        answer = await resolve(
            client.chat.completions.create(
                model=MODEL,
                messages=user(question),
                files=[{"type": "collection", "id": kb_id}],
            )
        )
        final = upstream.requests.wait_for(lambda r: sentence in r.prompt_text, timeout=5)
        assert final.path == UPSTREAM_CHAT
        assert question in final.prompt_text
        # The echo repeats Open WebUI's RAG prompt, which holds the file's text.
        assert sentence in (answer.choices[0].message.content or "")
        sources = answer.additional_properties["sources"]
        assert [s["source"] for s in sources] == [{"type": "collection", "id": kb_id}]
        assert sources[0]["document"] == [sentence]
    finally:
        if kb_id is not None:
            assert await resolve(client.knowledge.delete_knowledge_by_id(kb_id)) is True
        with contextlib.suppress(NotFoundError):
            await resolve(client.files.delete_file_by_id(file_id))
