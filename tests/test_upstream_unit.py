"""The echo upstream of tests/upstream.py on its own (no Open WebUI): answers, streamed
framing, failure markers, embeddings and the request log."""

from __future__ import annotations

import json
import math
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.server import EMBEDDING_MODEL, UPSTREAM_API_KEY, ServerInfo, server_env
from tests.upstream import (
    CUT_PAUSE,
    EMBEDDING_DIMENSIONS,
    MODELS_CREATED,
    EchoUpstream,
    RecordedRequest,
    content_text,
    echo,
    embedding,
    split_words,
)

KEY = "sk-unit-test-upstream"


@pytest.fixture(scope="module")
def running() -> Iterator[EchoUpstream]:
    with EchoUpstream(api_key=KEY) as up:
        yield up


@pytest.fixture
def up(running: EchoUpstream) -> EchoUpstream:
    running.requests.clear()
    return running


@pytest.fixture
def client(up: EchoUpstream) -> Iterator[httpx.Client]:
    with httpx.Client(
        base_url=up.url, headers={"Authorization": f"Bearer {KEY}"}, timeout=10.0
    ) as c:
        yield c


def user(text: Any) -> list[dict[str, Any]]:
    return [{"role": "user", "content": text}]


def chat(client: httpx.Client, text: Any, **extra: Any) -> httpx.Response:
    return client.post(
        "/chat/completions", json={"model": "echo-1", "messages": user(text), **extra}
    )


def stream_lines(client: httpx.Client, text: str, **extra: Any) -> tuple[httpx.Response, list[str]]:
    lines: list[str] = []
    body = {"model": "echo-1", "messages": user(text), "stream": True, **extra}
    with client.stream("POST", "/chat/completions", json=body) as response:
        lines.extend(response.iter_lines())
    return response, lines


def events(lines: list[str]) -> list[Any]:
    """The data of each event: parsed JSON, or the raw string for [DONE]."""
    out: list[Any] = []
    for line in lines:
        if line.startswith("data: "):
            data = line.removeprefix("data: ")
            out.append(data if data == "[DONE]" else json.loads(data))
    return out


# -- models and completions -------------------------------------------------------------------


def test_models(client: httpx.Client) -> None:
    response = client.get("/models")
    assert response.status_code == 200
    assert response.json() == {
        "object": "list",
        "data": [
            {"id": m, "object": "model", "created": MODELS_CREATED, "owned_by": "owui-sdk-tests"}
            for m in ("echo-1", "echo-2")
        ],
    }


def test_completion_echoes_the_last_user_message(client: httpx.Client) -> None:
    messages = [
        {"role": "system", "content": "be brief"},
        {"role": "user", "content": "first question"},
        {"role": "assistant", "content": "an answer"},
        {"role": "user", "content": "hello  big world"},
    ]
    response = client.post("/chat/completions", json={"model": "echo-2", "messages": messages})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert body["object"] == "chat.completion"
    assert body["id"].startswith("chatcmpl-echo-")
    assert isinstance(body["created"], int) and abs(body["created"] - time.time()) < 60
    assert body["model"] == "echo-2"
    assert body["choices"] == [
        {
            "index": 0,
            "message": {"role": "assistant", "content": "Echo: hello  big world"},
            "logprobs": None,
            "finish_reason": "stop",
        }
    ]
    # Words: 2 + 2 + 2 + 3 in the prompt, 4 in the answer.
    assert body["usage"] == {"prompt_tokens": 9, "completion_tokens": 4, "total_tokens": 13}


def test_completion_ids_differ(client: httpx.Client) -> None:
    ids = {chat(client, "x").json()["id"] for _ in range(3)}
    assert len(ids) == 3


def test_list_content_and_no_user_message(client: httpx.Client) -> None:
    parts = [
        {"type": "text", "text": "line one"},
        {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}},
        {"type": "text", "text": "line two"},
    ]
    assert chat(client, parts).json()["choices"][0]["message"]["content"] == (
        "Echo: line one\nline two"
    )
    only_system = client.post(
        "/chat/completions",
        json={"model": "echo-1", "messages": [{"role": "system", "content": "s"}]},
    )
    assert only_system.json()["choices"][0]["message"]["content"] == "Echo: "


def test_helpers() -> None:
    assert content_text("a") == "a"
    assert content_text([{"type": "text", "text": "a"}, {"type": "x"}, "junk"]) == "a"
    assert content_text(None) == ""
    assert echo([{"role": "user", "content": "a"}, {"role": "assistant", "content": "b"}]) == (
        "Echo: a"
    )
    for text in ["Echo: a b", "Echo: ", "Echo:  two  spaces \n end ", "Echo: x\n"]:
        assert "".join(split_words(text)) == text


def test_unknown_model_path_and_body(client: httpx.Client) -> None:
    response = client.post("/chat/completions", json={"model": "gpt-4", "messages": user("x")})
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "model_not_found"
    assert client.get("/nothing").status_code == 404
    assert client.post("/nothing", json={}).status_code == 404
    bad = client.post("/chat/completions", content=b"not json")
    assert bad.status_code == 400
    assert bad.json()["error"]["type"] == "invalid_request_error"


def test_chunked_request_body(up: EchoUpstream, client: httpx.Client) -> None:
    parts = [b'{"model":"echo-1",', b'"messages":[{"role":"user","content":"chunked"}]}']
    response = client.post(
        "/chat/completions", content=iter(parts), headers={"Content-Type": "application/json"}
    )
    assert up.requests[-1].headers["transfer-encoding"] == "chunked"
    assert response.json()["choices"][0]["message"]["content"] == "Echo: chunked"


def test_api_key_is_checked_and_redacted(up: EchoUpstream) -> None:
    response = httpx.get(f"{up.url}/models", headers={"Authorization": "Bearer wrong"})
    assert response.status_code == 401
    assert response.json()["error"]["message"] == "Incorrect API key provided"
    assert httpx.get(f"{up.url}/models").status_code == 401
    wrong, missing = up.requests.snapshot()
    assert (wrong.authorized, missing.authorized) == (False, False)
    assert wrong.headers["authorization"] == "<redacted>"
    assert "authorization" not in missing.headers
    ok = httpx.get(f"{up.url}/models", headers={"Authorization": f"Bearer {KEY}"})
    assert ok.status_code == 200
    assert up.requests[-1].authorized
    assert KEY not in repr(up.requests.snapshot())
    assert all(KEY not in str(r.headers) for r in up.requests)


def test_no_api_key_accepts_anything() -> None:
    with EchoUpstream() as up:
        assert httpx.get(f"{up.url}/models").status_code == 200
        assert up.requests[0].authorized


# -- streaming --------------------------------------------------------------------------------


def test_stream_framing(client: httpx.Client) -> None:
    response, lines = stream_lines(client, "hello big world")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/event-stream; charset=utf-8"
    assert response.headers["transfer-encoding"] == "chunked"
    # Each event is one data line and an empty line.
    assert lines[1::2] == [""] * (len(lines) // 2)
    assert all(line.startswith("data: ") for line in lines[0::2])
    data = events(lines)
    assert data[-1] == "[DONE]"
    chunks = data[:-1]
    assert {c["object"] for c in chunks} == {"chat.completion.chunk"}
    assert len({c["id"] for c in chunks}) == 1
    assert {c["model"] for c in chunks} == {"echo-1"}
    deltas = [c["choices"][0]["delta"] for c in chunks]
    assert deltas == [
        {"role": "assistant", "content": "Echo: "},
        {"content": "hello "},
        {"content": "big "},
        {"content": "world"},
        {},
    ]
    assert [c["choices"][0]["finish_reason"] for c in chunks] == [None] * 4 + ["stop"]
    # Compact JSON, as OpenAI writes it.
    assert lines[0].startswith('data: {"id":"chatcmpl-echo-')


def test_stream_usage_chunk(client: httpx.Client) -> None:
    _, lines = stream_lines(client, "a b", stream_options={"include_usage": True})
    data = events(lines)
    assert data[-1] == "[DONE]"
    usage_chunk = data[-2]
    assert usage_chunk["choices"] == []
    assert usage_chunk["usage"] == {"prompt_tokens": 2, "completion_tokens": 3, "total_tokens": 5}
    assert data[-3]["choices"][0]["finish_reason"] == "stop"
    _, without = stream_lines(client, "a b", stream_options={"include_usage": False})
    assert all("usage" not in d for d in events(without)[:-1])


def test_keep_alive_connection_serves_several_requests(client: httpx.Client) -> None:
    for n in range(5):
        assert chat(client, f"n{n}").json()["choices"][0]["message"]["content"] == f"Echo: n{n}"
        _, lines = stream_lines(client, f"s{n}")
        assert events(lines)[-1] == "[DONE]"


# -- failure markers ----------------------------------------------------------------------


@pytest.mark.parametrize("stream", [False, True])
@pytest.mark.parametrize("status", [400, 429, 500, 503])
def test_status_marker(client: httpx.Client, status: int, stream: bool) -> None:
    response = chat(client, f"please fail [[status:{status}]] now", stream=stream)
    assert response.status_code == status
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert body["error"]["code"] == status
    assert body["error"]["message"] == f"upstream answered {status} on request"
    assert body["error"]["type"] == ("server_error" if status >= 500 else "invalid_request_error")
    assert response.headers.get("retry-after") == ("1" if status in (429, 503) else None)


def test_status_marker_out_of_range_is_ignored(client: httpx.Client) -> None:
    response = chat(client, "[[status:200]]")
    assert response.status_code == 200
    assert response.json()["choices"][0]["message"]["content"] == "Echo: [[status:200]]"


def test_markers_only_count_in_the_last_user_message(client: httpx.Client) -> None:
    messages = [
        {"role": "user", "content": "[[status:503]]"},
        {"role": "assistant", "content": "[[status:500]]"},
        {"role": "user", "content": "fine"},
    ]
    response = client.post("/chat/completions", json={"model": "echo-1", "messages": messages})
    assert response.status_code == 200


def test_cut_marker_streamed(up: EchoUpstream) -> None:
    received: list[str] = []
    body = {"model": "echo-1", "stream": True, "messages": user("[[cut:3]] a b c d")}
    started = time.monotonic()
    with (
        httpx.Client(headers={"Authorization": f"Bearer {KEY}"}, timeout=10.0) as c,
        pytest.raises(httpx.RemoteProtocolError, match="incomplete chunked read"),
        c.stream("POST", f"{up.url}/chat/completions", json=body) as response,
    ):
        assert response.status_code == 200
        received.extend(response.iter_lines())
    assert time.monotonic() - started >= CUT_PAUSE
    data = events(received)
    assert [d["choices"][0]["delta"].get("content") for d in data] == ["Echo: ", "[[cut:3]] ", "a "]
    assert "[DONE]" not in received


def test_cut_marker_beyond_the_answer_cuts_after_every_word(client: httpx.Client) -> None:
    received: list[str] = []
    with pytest.raises(httpx.RemoteProtocolError):
        body = {"model": "echo-1", "stream": True, "messages": user("[[cut:50]] a")}
        with client.stream("POST", "/chat/completions", json=body) as response:
            received.extend(response.iter_lines())
    contents = [d["choices"][0]["delta"].get("content") for d in events(received)]
    assert contents == ["Echo: ", "[[cut:50]] ", "a"]  # no finish chunk, no [DONE]


def test_cut_marker_not_streamed(client: httpx.Client) -> None:
    with pytest.raises(httpx.RemoteProtocolError, match="without sending a response"):
        chat(client, "[[cut:3]]")
    # The server goes on serving.
    assert chat(client, "after").status_code == 200


def test_stall_marker_streamed(client: httpx.Client) -> None:
    arrivals: list[tuple[float, str]] = []
    body = {"model": "echo-1", "stream": True, "messages": user("[[stall:0.6]] x")}
    start = time.monotonic()
    with client.stream("POST", "/chat/completions", json=body) as response:
        for line in response.iter_lines():
            if line:
                arrivals.append((time.monotonic() - start, line))
    assert arrivals[0][0] < 0.5
    assert arrivals[1][0] - arrivals[0][0] >= 0.55
    assert arrivals[-1][1] == "data: [DONE]"
    contents = [
        d["choices"][0]["delta"].get("content") for d in events([a[1] for a in arrivals])[:-1]
    ]
    assert "".join(c for c in contents if c) == "Echo: [[stall:0.6]] x"


def test_stall_marker_not_streamed(client: httpx.Client) -> None:
    start = time.monotonic()
    response = chat(client, "[[stall:0.5]]")
    assert time.monotonic() - start >= 0.45
    assert response.json()["choices"][0]["message"]["content"] == "Echo: [[stall:0.5]]"


def test_stop_ends_a_stall() -> None:
    errors: list[BaseException] = []
    with EchoUpstream() as up:
        url = up.url

        def call() -> None:
            body = {"model": "echo-1", "stream": True, "messages": user("[[stall:60]]")}
            try:
                with httpx.stream("POST", f"{url}/chat/completions", json=body, timeout=30) as r:
                    for _ in r.iter_lines():
                        pass
            except httpx.HTTPError as e:
                errors.append(e)

        thread = threading.Thread(target=call)
        thread.start()
        up.requests.wait_for(lambda r: r.path == "/v1/chat/completions")
        time.sleep(0.2)
        started = time.monotonic()
    thread.join(timeout=10)
    assert not thread.is_alive()
    assert time.monotonic() - started < 5


def test_error_event_marker_streamed(client: httpx.Client) -> None:
    response, lines = stream_lines(client, "[[error-event]] a b")
    assert response.status_code == 200
    assert lines[2:] == [
        'data: {"error":{"message":"upstream failed","type":"server_error"}}',
        "",
    ]
    assert events(lines)[0]["choices"][0]["delta"] == {"role": "assistant", "content": "Echo: "}


def test_error_event_marker_not_streamed(client: httpx.Client) -> None:
    response = chat(client, "[[error-event]]")
    assert response.status_code == 200
    assert response.json() == {"error": {"message": "upstream failed", "type": "server_error"}}


# -- embeddings -------------------------------------------------------------------------------


def test_embeddings(client: httpx.Client) -> None:
    response = client.post("/embeddings", json={"model": "any", "input": ["alpha", "beta"]})
    assert response.status_code == 200
    body = response.json()
    assert body["object"] == "list"
    assert body["model"] == "any"
    assert body["usage"] == {"prompt_tokens": 2, "total_tokens": 2}
    assert [d["index"] for d in body["data"]] == [0, 1]
    assert {d["object"] for d in body["data"]} == {"embedding"}
    a, b = (d["embedding"] for d in body["data"])
    for vector in (a, b):
        assert len(vector) == EMBEDDING_DIMENSIONS
        assert math.isclose(math.fsum(v * v for v in vector), 1.0, rel_tol=1e-9)
    assert a != b
    assert (a, b) == (embedding("alpha"), embedding("beta"))
    # Deterministic across calls and across servers, and a string input is one input.
    again = client.post("/embeddings", json={"model": "other", "input": "alpha"}).json()
    assert again["data"][0]["embedding"] == a
    with EchoUpstream() as other:
        third = httpx.post(f"{other.url}/embeddings", json={"model": "m", "input": ["alpha"]})
        assert third.json()["data"][0]["embedding"] == a


def test_embeddings_failures(client: httpx.Client) -> None:
    failed = client.post("/embeddings", json={"model": "m", "input": ["ok", "x [[embed-fail]] y"]})
    assert failed.status_code == 500
    assert failed.json()["error"]["type"] == "server_error"
    bad = client.post("/embeddings", json={"model": "m", "input": [1, 2]})
    assert bad.status_code == 400


# -- the request log --------------------------------------------------------------------------


def test_request_log(up: EchoUpstream, client: httpx.Client) -> None:
    assert len(up.requests) == 0
    client.get("/models")
    chat(client, "remember me", temperature=0.5)
    client.post("/embeddings", json={"model": "m", "input": "text"})
    log = up.requests.snapshot()
    assert [(r.method, r.path) for r in log] == [
        ("GET", "/v1/models"),
        ("POST", "/v1/chat/completions"),
        ("POST", "/v1/embeddings"),
    ]
    assert log[0].body is None
    assert log[1].body == {"model": "echo-1", "messages": user("remember me"), "temperature": 0.5}
    assert log[1].messages == user("remember me")
    assert log[1].prompt_text == "remember me"
    assert log[2].messages == []
    assert log[1].headers["content-type"] == "application/json"
    assert log[0].time <= log[1].time <= log[2].time
    assert up.requests.matching("POST") == log[1:]
    assert up.requests.matching(path="/v1/models") == log[:1]
    assert list(up.requests) == log
    assert "remember me" not in repr(log[1])  # bodies stay out of reprs
    up.requests.clear()
    assert len(up.requests) == 0


def test_request_log_wait_for(up: EchoUpstream) -> None:
    timer = threading.Timer(
        0.2,
        lambda: httpx.post(
            f"{up.url}/embeddings",
            json={"input": "late"},
            headers={"Authorization": f"Bearer {KEY}"},
        ),
    )
    timer.start()
    try:
        found = up.requests.wait_for(lambda r: r.path == "/v1/embeddings", timeout=5)
    finally:
        timer.join()
    assert isinstance(found, RecordedRequest)
    assert found.body == {"input": "late"}
    with pytest.raises(TimeoutError, match="no matching request"):
        up.requests.wait_for(lambda r: r.method == "DELETE", timeout=0.1)


def test_request_log_is_thread_safe(up: EchoUpstream) -> None:
    def work(n: int) -> None:
        with httpx.Client(headers={"Authorization": f"Bearer {KEY}"}) as c:
            for i in range(10):
                c.post(
                    f"{up.url}/chat/completions",
                    json={"model": "echo-1", "messages": user(f"{n}-{i}")},
                )

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    texts = sorted(r.prompt_text for r in up.requests)
    assert texts == sorted(f"{n}-{i}" for n in range(8) for i in range(10))


# -- life cycle -------------------------------------------------------------------------------


def test_life_cycle() -> None:
    up = EchoUpstream()
    assert not up.running()
    assert repr(up) == "EchoUpstream(stopped)"
    with pytest.raises(RuntimeError, match="not running"):
        _ = up.url
    with up:
        assert up.running()
        assert up.url == f"http://127.0.0.1:{up.port}/v1"
        assert repr(up) == f"EchoUpstream({up.url})"
        with pytest.raises(RuntimeError, match="already running"):
            up.start()
        url = up.url
    assert not up.running()
    up.stop()  # again: nothing happens
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{url}/models", timeout=2)
    # Restartable (on a new port).
    with up:
        assert httpx.get(f"{up.url}/models").status_code == 200


# -- how tests/server.py wires Open WebUI to it --------------------------------------------


def test_server_env_with_and_without_an_upstream(tmp_path: Path) -> None:
    plain = server_env(tmp_path, tmp_path / "frontend")
    assert plain["ENABLE_OPENAI_API"] == "false"
    assert plain["ENABLE_OLLAMA_API"] == "false"
    assert not any(k.startswith(("RAG_", "OPENAI_")) for k in plain)
    url = "http://127.0.0.1:1234/v1"
    env = server_env(tmp_path, tmp_path / "frontend", url)
    random = {"WEBUI_SECRET_KEY", "DEPLOYMENT_ID"}
    changed = {k: v for k, v in env.items() if k not in random and plain.get(k) != v}
    assert changed == {
        "ENABLE_OPENAI_API": "true",
        "OPENAI_API_BASE_URLS": url,
        "OPENAI_API_KEYS": UPSTREAM_API_KEY,
        "RAG_EMBEDDING_ENGINE": "openai",
        "RAG_EMBEDDING_MODEL": EMBEDDING_MODEL,
        "RAG_OPENAI_API_BASE_URL": url,
        "RAG_OPENAI_API_KEY": UPSTREAM_API_KEY,
    }
    assert env["ENABLE_OLLAMA_API"] == "false"


def test_server_info_repr_hides_the_upstream_object(running: EchoUpstream) -> None:
    info = ServerInfo(
        base_url="http://127.0.0.1:1",
        admin_key="sk-a",
        admin_token="t-a",
        user_key="sk-u",
        user_token="t-u",
        admin_id="a",
        user_id="u",
        data_dir="/tmp/x",
        upstream_url=running.url,
        upstream=running,
    )
    text = repr(info)
    assert f"upstream_url='{running.url}'" in text
    assert "EchoUpstream" not in text and "sk-a" not in text
