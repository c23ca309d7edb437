"""Open WebUI 0.12.4 in front of the echo upstream (tests/upstream.py), with raw httpx: the
model list, chat completions (plain and streamed), what reaches the client when the upstream
fails, and files and knowledge embedded through the upstream.

What Open WebUI forwards, as measured here (the assertions pin it down):

- A normal stream: the upstream's SSE lines byte for byte (``data: <its json>``, an empty
  line, ..., ``data: [DONE]``, an empty line), status 200, ``text/event-stream;
  charset=utf-8``, chunked. ``stream_options`` reaches the upstream only if the client sent it.
- ``[[status:N]]``: status N with the upstream's JSON error body and its ``Retry-After``,
  streamed or not (the upstream's error is JSON, so no stream is started).
- ``[[cut:3]]`` streamed: status 200, the chunks the upstream sent, then
  ``\\n\\ndata: {"error":{"message":"Chat completion stream failed"}}\\n\\n`` and
  ``data: [DONE]\\n\\n``: the cut becomes an error event and the stream ends normally. Not
  streamed: 500 ``{"detail": "Open WebUI: Server Connection Error"}``.
- ``[[error-event]]`` streamed: the upstream's lines as they are (the chunk, then its
  ``data: {"error": ...}`` line) and the end of the stream, no ``[DONE]``. Not streamed: 200
  with the upstream's ``{"error": ...}`` body.
"""

from __future__ import annotations

import json
import secrets
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.integration._compat import server_before
from tests.server import EMBEDDING_MODEL, ServerInfo
from tests.upstream import EchoUpstream, RecordedRequest

pytestmark = pytest.mark.integration

CHAT = "/api/chat/completions"
STREAM_FAILED = (
    'data: {"error": {"message": "Chat completion stream failed"}}'  # Open WebUI 0.11
    if server_before("0.12")
    else 'data: {"error":{"message":"Chat completion stream failed"}}'
)
PROCESSING_TIMEOUT = 60.0  # seconds; a small text file takes well under a second


@pytest.fixture
def admin(owui_server: ServerInfo) -> Iterator[httpx.Client]:
    with httpx.Client(
        base_url=owui_server.base_url,
        headers={"Authorization": f"Bearer {owui_server.admin_key}"},
        timeout=60.0,
    ) as client:
        yield client


def user_message(text: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": text}]


def complete(client: httpx.Client, text: str, **extra: Any) -> httpx.Response:
    return client.post(CHAT, json={"model": "echo-1", "messages": user_message(text), **extra})


def stream_raw(client: httpx.Client, text: str, **extra: Any) -> tuple[httpx.Response, str]:
    """Status, headers and the whole body of a streamed completion, as text."""
    body = {"model": "echo-1", "messages": user_message(text), "stream": True, **extra}
    with client.stream("POST", CHAT, json=body) as response:
        raw = b"".join(response.iter_raw())
    return response, raw.decode()


def data_lines(raw: str) -> list[str]:
    return [line.removeprefix("data: ") for line in raw.splitlines() if line.startswith("data: ")]


def deltas(raw: str) -> list[str]:
    """The content deltas of the chunks in a stream."""
    out = []
    for data in data_lines(raw):
        if data == "[DONE]":
            continue
        event = json.loads(data)
        for choice in event.get("choices", []):
            content = choice.get("delta", {}).get("content")
            if content:
                out.append(content)
    return out


def chat_requests(upstream: EchoUpstream) -> list[RecordedRequest]:
    return upstream.requests.matching("POST", "/v1/chat/completions")


def wait_processed(client: httpx.Client, file_id: str) -> dict[str, Any]:
    """Poll the file's processing status until it is neither pending nor processing."""
    deadline = time.monotonic() + PROCESSING_TIMEOUT
    while True:
        response = client.get(f"/api/v1/files/{file_id}/process/status")
        assert response.status_code == 200, response.text
        status: dict[str, Any] = response.json()
        if status.get("status") not in ("pending", "processing"):
            return status
        assert time.monotonic() < deadline, (
            f"file {file_id} still {status} after {PROCESSING_TIMEOUT} s"
        )
        time.sleep(0.2)


def upload(client: httpx.Client, name: str, content: bytes) -> dict[str, Any]:
    response = client.post("/api/v1/files/", files={"file": (name, content, "text/plain")})
    assert response.status_code == 200, response.text
    file: dict[str, Any] = response.json()
    return file


# -- models ---------------------------------------------------------------------------------


def test_models_come_from_the_upstream(admin: httpx.Client, upstream: EchoUpstream) -> None:
    response = admin.get("/api/models")
    assert response.status_code == 200, response.text
    models = {m["id"]: m for m in response.json()["data"]}
    assert {"echo-1", "echo-2"} <= set(models)
    for model_id in ("echo-1", "echo-2"):
        assert models[model_id]["connection_type"] == "external"
        assert models[model_id]["owned_by"] == "openai"
    # No models cache (ENABLE_BASE_MODELS_CACHE is off): each listing asks the upstream,
    # with the configured key.
    asked = upstream.requests.matching("GET", "/v1/models")
    assert asked
    assert all(r.authorized for r in asked)


def test_a_normal_user_sees_no_upstream_models(owui_server: ServerInfo) -> None:
    # Models without access grants are the admin's only (BYPASS_MODEL_ACCESS_CONTROL is off).
    with httpx.Client(
        base_url=owui_server.base_url,
        headers={"Authorization": f"Bearer {owui_server.user_key}"},
        timeout=60.0,
    ) as user:
        assert user.get("/api/models").json() == {"data": []}
        response = complete(user, "hello")
        assert response.status_code == 400
        assert response.json() == {"detail": "Model not found"}


# -- completions ----------------------------------------------------------------------------


def test_completion_echoes(admin: httpx.Client, upstream: EchoUpstream) -> None:
    text = f"hello world {secrets.token_hex(4)}"
    response = complete(admin, text)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert body["object"] == "chat.completion"
    assert body["id"].startswith("chatcmpl-echo-")  # the upstream's own body
    assert body["model"] == "echo-1"
    assert body["choices"][0]["message"] == {"role": "assistant", "content": f"Echo: {text}"}
    assert body["choices"][0]["finish_reason"] == "stop"
    assert body["usage"] == {"prompt_tokens": 3, "completion_tokens": 4, "total_tokens": 7}
    assert "sources" not in body
    (sent,) = chat_requests(upstream)
    assert sent.body == {"model": "echo-1", "messages": user_message(text)}
    assert sent.authorized


def test_streamed_completion(admin: httpx.Client, upstream: EchoUpstream) -> None:
    text = f"stream me {secrets.token_hex(4)}"
    response, raw = stream_raw(admin, text)
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/event-stream; charset=utf-8"
    assert response.headers["transfer-encoding"] == "chunked"
    lines = raw.split("\n")
    # data line, empty line, ..., "data: [DONE]", empty line (the body ends with "\n\n").
    assert lines[-3:] == ["data: [DONE]", "", ""]
    assert all(line.startswith("data: ") for line in lines[0:-1:2])
    assert lines[1:-1:2] == [""] * (len(lines) // 2)
    assert "".join(deltas(raw)) == f"Echo: {text}"
    first = json.loads(data_lines(raw)[0])
    assert first["object"] == "chat.completion.chunk"
    assert first["choices"][0]["delta"]["role"] == "assistant"
    last_chunk = json.loads(data_lines(raw)[-2])
    assert last_chunk["choices"][0] == {
        "index": 0,
        "delta": {},
        "logprobs": None,
        "finish_reason": "stop",
    }
    (sent,) = chat_requests(upstream)
    assert sent.body == {"model": "echo-1", "stream": True, "messages": user_message(text)}


def test_streamed_completion_with_usage(admin: httpx.Client, upstream: EchoUpstream) -> None:
    response, raw = stream_raw(admin, "a b", stream_options={"include_usage": True})
    assert response.status_code == 200
    data = data_lines(raw)
    assert data[-1] == "[DONE]"
    usage = json.loads(data[-2])
    assert usage["choices"] == []
    assert usage["usage"] == {"prompt_tokens": 2, "completion_tokens": 3, "total_tokens": 5}
    (sent,) = chat_requests(upstream)
    assert sent.body["stream_options"] == {"include_usage": True}


def test_unknown_model(admin: httpx.Client, upstream: EchoUpstream) -> None:
    response = admin.post(CHAT, json={"model": "no-such-model", "messages": user_message("x")})
    assert response.status_code == 400
    assert response.json() == {"detail": "Model not found"}
    assert chat_requests(upstream) == []


# -- upstream failures ----------------------------------------------------------------------


@pytest.mark.parametrize("stream", [False, True], ids=["plain", "streamed"])
@pytest.mark.parametrize("status", [503, 429, 500])
def test_status_marker_is_forwarded(
    admin: httpx.Client, upstream: EchoUpstream, status: int, stream: bool
) -> None:
    response = complete(admin, f"[[status:{status}]] x", stream=stream)
    if server_before("0.12"):
        # Open WebUI 0.11 answers 400 with the upstream's message, and no Retry-After.
        assert response.status_code == 400
        assert response.json() == {"detail": f"upstream answered {status} on request"}
        assert len(chat_requests(upstream)) == 1
        return
    assert response.status_code == status
    assert response.headers["content-type"] == "application/json"
    # The upstream's error body as it is, and its Retry-After.
    assert response.json() == {
        "error": {
            "message": f"upstream answered {status} on request",
            "type": "server_error" if status >= 500 else "invalid_request_error",
            "param": None,
            "code": status,
        }
    }
    assert response.headers.get("retry-after") == ("1" if status in (429, 503) else None)
    assert len(chat_requests(upstream)) == 1  # Open WebUI does not retry


def test_cut_stream_becomes_an_error_event(admin: httpx.Client, upstream: EchoUpstream) -> None:
    response, raw = stream_raw(admin, "[[cut:3]] a b c d")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/event-stream; charset=utf-8"
    # Open WebUI turns the broken upstream into an error event and ends the stream normally.
    assert raw.endswith(f"\n\n{STREAM_FAILED}\n\ndata: [DONE]\n\n")
    # Before it, the chunks that reached Open WebUI (measured: all 3; data aiohttp has
    # buffered but not read when the connection breaks is lost, hence the upstream's pause).
    forwarded = deltas(raw.removesuffix(f"\n\n{STREAM_FAILED}\n\ndata: [DONE]\n\n"))
    assert forwarded == ["Echo: ", "[[cut:3]] ", "a "][: len(forwarded)]
    assert len(chat_requests(upstream)) == 1


def test_cut_without_stream_is_a_500(admin: httpx.Client, upstream: EchoUpstream) -> None:
    response = complete(admin, "[[cut:3]] x")
    assert response.status_code == (400 if server_before("0.12") else 500)
    assert response.json() == {"detail": "Open WebUI: Server Connection Error"}
    assert len(chat_requests(upstream)) == 1


def test_error_event_is_forwarded_as_is(admin: httpx.Client) -> None:
    response, raw = stream_raw(admin, "[[error-event]] a b")
    assert response.status_code == 200
    lines = raw.split("\n")
    assert json.loads(lines[0].removeprefix("data: "))["choices"][0]["delta"] == {
        "role": "assistant",
        "content": "Echo: ",
    }
    assert lines[1:] == [
        "",
        'data: {"error":{"message":"upstream failed","type":"server_error"}}',
        "",
        "",
    ]  # no [DONE], no error event of Open WebUI's own


def test_error_body_without_stream_is_a_200(admin: httpx.Client) -> None:
    response = complete(admin, "[[error-event]]")
    assert response.status_code == 200
    assert response.json() == {"error": {"message": "upstream failed", "type": "server_error"}}


def test_a_short_stall_is_waited_out(admin: httpx.Client) -> None:
    started = time.monotonic()
    response, raw = stream_raw(admin, "[[stall:1]] x")
    assert time.monotonic() - started >= 1.0
    assert response.status_code == 200
    assert "".join(deltas(raw)) == "Echo: [[stall:1]] x"
    assert data_lines(raw)[-1] == "[DONE]"


# -- files and knowledge ------------------------------------------------------------------


def test_file_processing_embeds_through_the_upstream(
    admin: httpx.Client, upstream: EchoUpstream
) -> None:
    text = f"The owl's colour is ultramarine {secrets.token_hex(4)}."
    file = upload(admin, "owl.txt", text.encode())
    assert file["data"] == {"status": "pending"}
    assert wait_processed(admin, file["id"]) == {"status": "completed"}
    embedded = upstream.requests.wait_for(
        lambda r: r.path == "/v1/embeddings" and text in (r.body or {}).get("input", [])
    )
    assert embedded.body == {"input": [text], "model": EMBEDDING_MODEL}
    assert embedded.authorized
    # Once completed, the streamed status is one event.
    streamed = admin.get(f"/api/v1/files/{file['id']}/process/status", params={"stream": "true"})
    assert streamed.headers["content-type"] == "text/event-stream; charset=utf-8"
    completed = (
        'data: {"status": "completed"}' if server_before("0.12") else 'data: {"status":"completed"}'
    )
    assert streamed.text.strip() == completed


def test_file_processing_fails_when_embedding_fails(admin: httpx.Client) -> None:
    file = upload(admin, "bad.txt", f"[[embed-fail]] {secrets.token_hex(4)}".encode())
    assert wait_processed(admin, file["id"]) == {"status": "failed"}
    data = admin.get(f"/api/v1/files/{file['id']}").json()["data"]
    assert data["status"] == "failed"
    assert "500" in data["error"] and "/v1/embeddings" in data["error"]


def test_knowledge_reaches_the_prompt(admin: httpx.Client, upstream: EchoUpstream) -> None:
    secret = f"zebra-{secrets.token_hex(6)}"
    text = f"The password of the lighthouse is {secret}."
    file = upload(admin, "lighthouse.txt", text.encode())
    assert wait_processed(admin, file["id"]) == {"status": "completed"}
    created = admin.post(
        "/api/v1/knowledge/create", json={"name": f"kb {secret}", "description": "test"}
    )
    assert created.status_code == 200, created.text
    kb_id = created.json()["id"]
    added = admin.post(f"/api/v1/knowledge/{kb_id}/file/add", json={"file_id": file["id"]})
    assert added.status_code == 200, added.text
    assert [f["id"] for f in added.json()["files"]] == [file["id"]]
    upstream.requests.clear()

    response = admin.post(
        CHAT,
        json={
            "model": "echo-1",
            "messages": user_message("What is the lighthouse's password?"),
            "files": [{"type": "collection", "id": kb_id}],
        },
    )
    assert response.status_code == 200, response.text
    body = response.json()
    # Open WebUI adds the sources it used to the upstream's body.
    (source,) = body["sources"]
    assert source["source"] == {"type": "collection", "id": kb_id}
    assert source["document"] == [text]
    # The prompt Open WebUI built (its RAG template, as the last user message) holds the
    # file's text, so the echo does too.
    assert text in body["choices"][0]["message"]["content"]
    final = upstream.requests.wait_for(lambda r: text in r.prompt_text)
    assert final.body["model"] == "echo-1"
    assert "What is the lighthouse's password?" in final.prompt_text
    # Before it, Open WebUI asked the model for retrieval queries (its task prompt; the echo
    # repeats the prompt's example, {"queries": ["query1", "query2"]}, which Open WebUI then
    # takes as the queries) and embedded those queries through the upstream.
    chats = chat_requests(upstream)
    assert len(chats) == 2 and chats[-1] is final
    assert "search queries" in chats[0].prompt_text
    assert upstream.requests.matching("POST", "/v1/embeddings")
