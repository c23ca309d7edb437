"""A deterministic OpenAI-compatible server on loopback, for Open WebUI to talk to in tests.

``EchoUpstream`` is a context manager that serves, on ``127.0.0.1`` and a free port:

- ``GET /v1/models``: two models, ``echo-1`` and ``echo-2`` (``owned_by: owui-sdk-tests``).
- ``POST /v1/chat/completions``: answers ``"Echo: " + <the text of the last user message>``
  (a string content, or the ``text`` parts of a list content joined by newlines). Not
  streamed: an OpenAI ``chat.completion``. With ``"stream": true``: ``text/event-stream``
  (chunked), one ``chat.completion.chunk`` per word (the first with ``delta.role``), a chunk
  with an empty delta and ``finish_reason: "stop"``, a usage-only chunk (``choices: []``) when
  ``stream_options.include_usage`` is true, then ``data: [DONE]``. Usage counts words; JSON
  is written compactly, as OpenAI does; each event is ``data: <json>`` and an empty line.
- ``POST /v1/embeddings``: one vector of ``EMBEDDING_DIMENSIONS`` floats per input, derived
  from a SHA-256 of the text and normalised to length 1 (same text, same vector).

Failures on request. The markers sit in the last user message (or an embedding input), so
they pass through Open WebUI unchanged:

``[[status:N]]``
    Answer HTTP N (400-599; other values are ignored) with an OpenAI error body
    ``{"error": {"message", "type", "param", "code"}}``, streamed or not. For 429 and 503 a
    ``Retry-After: 1`` header is added.
``[[cut:N]]``
    Streamed: send N chunks (the first one carries ``delta.role``), wait ``CUT_PAUSE``
    (0.3 s), then close the connection without the final empty HTTP chunk (the body is
    chunked) and without ``data: [DONE]``.
    Not streamed: close the connection without answering.
``[[stall:N]]``
    Streamed: send one chunk, send nothing for N seconds (a float), then finish normally.
    Not streamed: wait N seconds, then answer normally. ``stop()`` ends the wait early.
``[[error-event]]``
    Streamed: send one chunk, then
    ``data: {"error":{"message":"upstream failed","type":"server_error"}}`` and end the
    response properly (no ``[DONE]``).
    Not streamed: HTTP 200 with that ``{"error": ...}`` object as the body.
``[[embed-fail]]``
    In any embedding input: answer HTTP 500 with an OpenAI error body.

Every request is recorded in ``upstream.requests`` (a thread-safe log; secrets such as the
``Authorization`` header are redacted): tests can read it, wait for a request and clear it.
If ``api_key`` is given, requests without ``Authorization: Bearer <api_key>`` get 401 (and
are recorded with ``authorized=False``).

Only the standard library, so that it runs from any venv (the project's, in tests and
``tests/server.py``)::

    python tests/upstream.py [--port P]   # serve until Ctrl-C
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import math
import re
import socket
import struct
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any

HOST = "127.0.0.1"
MODEL_IDS = ("echo-1", "echo-2")
OWNED_BY = "owui-sdk-tests"
MODELS_CREATED = 1_700_000_000  # fixed, so that /v1/models is byte-for-byte deterministic
EMBEDDING_DIMENSIONS = 16
ECHO_PREFIX = "Echo: "
# Between the last chunk and a cut: a proxy reading with aiohttp drops the data it has
# buffered but not yet read when the connection breaks, so without a pause the chunks
# sent just before the cut may never reach the proxy's client.
CUT_PAUSE = 0.3  # seconds
UPSTREAM_ERROR_MESSAGE = "upstream failed"

_SECRET_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key", "api-key"}
)
_STATUS_RE = re.compile(r"\[\[status:(\d{3})\]\]")
_CUT_RE = re.compile(r"\[\[cut:(\d+)\]\]")
_STALL_RE = re.compile(r"\[\[stall:(\d+(?:\.\d+)?)\]\]")
_ERROR_EVENT = "[[error-event]]"
_EMBED_FAIL = "[[embed-fail]]"


def _dumps(payload: Any) -> str:
    """Compact JSON, as OpenAI writes it."""
    return json.dumps(payload, separators=(",", ":"))


# -- pure helpers (the server's answers; also used by the unit tests) -------------------------


def content_text(content: Any) -> str:
    """A message's text: a string content as is, a list content's ``text`` parts joined by
    newlines, anything else as an empty string."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "\n".join(
            part["text"]
            for part in content
            if isinstance(part, dict) and isinstance(part.get("text"), str)
        )
    return ""


def last_user_text(messages: Any) -> str:
    """The text of the last message with role ``user`` ("" if there is none)."""
    if isinstance(messages, list):
        for message in reversed(messages):
            if isinstance(message, dict) and message.get("role") == "user":
                return content_text(message.get("content"))
    return ""


def echo(messages: Any) -> str:
    """What the upstream answers to these messages."""
    return ECHO_PREFIX + last_user_text(messages)


def split_words(text: str) -> list[str]:
    """The stream's deltas: each word with the whitespace after it; they join back to
    ``text`` (which starts with "Echo:", so never with whitespace)."""
    return re.findall(r"\s*\S+\s*", text) or [text]


def count_tokens(text: str) -> int:
    """The upstream's "tokens": whitespace-separated words."""
    return len(text.split())


def embedding(text: str, dimensions: int = EMBEDDING_DIMENSIONS) -> list[float]:
    """A deterministic unit vector for ``text``: SHA-256 bytes mapped to [-1, 1], normalised."""
    raw = b""
    counter = 0
    while len(raw) < 2 * dimensions:
        raw += hashlib.sha256(f"{counter}:{text}".encode()).digest()
        counter += 1
    values = [(v / 32767.5) - 1.0 for v in struct.unpack(f">{dimensions}H", raw[: 2 * dimensions])]
    norm = math.sqrt(sum(v * v for v in values)) or 1.0
    return [v / norm for v in values]


def error_body(message: str, type_: str, code: str | int | None = None) -> dict[str, Any]:
    """An OpenAI-style error object."""
    return {"error": {"message": message, "type": type_, "param": None, "code": code}}


def _status_error(status: int) -> dict[str, Any]:
    type_ = "invalid_request_error" if status < 500 else "server_error"
    return error_body(f"upstream answered {status} on request", type_, status)


# -- the request log --------------------------------------------------------------------------


@dataclass(frozen=True)
class RecordedRequest:
    """One request the upstream received. ``headers`` have lower-case names and secret values
    replaced by ``"<redacted>"``; ``body`` is the parsed JSON (None if empty or not JSON)."""

    method: str
    path: str
    headers: dict[str, str] = field(repr=False)
    body: Any = field(repr=False)
    authorized: bool
    time: float = field(repr=False)  # time.monotonic() when it was received

    @property
    def messages(self) -> list[dict[str, Any]]:
        """The chat messages of a chat completion request ([] otherwise)."""
        if isinstance(self.body, dict) and isinstance(self.body.get("messages"), list):
            return [m for m in self.body["messages"] if isinstance(m, dict)]
        return []

    @property
    def prompt_text(self) -> str:
        """All the messages' texts, joined by newlines: what the model was shown."""
        return "\n".join(content_text(m.get("content")) for m in self.messages)


class RequestLog:
    """The thread-safe list of :class:`RecordedRequest` the upstream received."""

    def __init__(self) -> None:
        self._items: list[RecordedRequest] = []
        self._cond = threading.Condition()

    def append(self, item: RecordedRequest) -> None:
        with self._cond:
            self._items.append(item)
            self._cond.notify_all()

    def clear(self) -> None:
        with self._cond:
            self._items.clear()

    def snapshot(self) -> list[RecordedRequest]:
        with self._cond:
            return list(self._items)

    def __len__(self) -> int:
        with self._cond:
            return len(self._items)

    def __iter__(self) -> Iterator[RecordedRequest]:
        return iter(self.snapshot())

    def __getitem__(self, index: int) -> RecordedRequest:
        with self._cond:
            return self._items[index]

    def matching(self, method: str | None = None, path: str | None = None) -> list[RecordedRequest]:
        """The requests with this method and path (either may be None: any)."""
        return [
            r
            for r in self.snapshot()
            if (method is None or r.method == method) and (path is None or r.path == path)
        ]

    def wait_for(
        self, predicate: Callable[[RecordedRequest], bool], timeout: float = 10.0
    ) -> RecordedRequest:
        """The first recorded request matching ``predicate``, waiting up to ``timeout`` s for
        one to arrive; TimeoutError if none does."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                for item in self._items:
                    if predicate(item):
                        return item
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    seen = [f"{r.method} {r.path}" for r in self._items]
                    raise TimeoutError(f"no matching request within {timeout} s; got {seen}")
                self._cond.wait(remaining)


# -- the server ---------------------------------------------------------------------------


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 64  # listen backlog: load tests open many connections at once
    allow_reuse_address = False
    upstream: EchoUpstream


class _CloseConnection(Exception):
    """Raised by a handler to drop the connection at once (the cut marker)."""


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, and chunked streams whose cut is detectable
    server_version = "owui-sdk-echo-upstream/1.0"
    # Headers and body go out in separate writes: without TCP_NODELAY, keep-alive requests
    # wait some 40 ms each for the client's delayed ACK.
    disable_nagle_algorithm = True
    server: _Server

    # -- plumbing ---------------------------------------------------------------------------

    def setup(self) -> None:
        super().setup()
        self.server.upstream._track(self.connection, add=True)

    def finish(self) -> None:
        with contextlib.suppress(OSError):
            super().finish()
        self.server.upstream._track(self.connection, add=False)

    def log_message(self, format: str, *args: Any) -> None:
        pass  # quiet: the request log is the record

    def handle_one_request(self) -> None:
        try:
            super().handle_one_request()
        except _CloseConnection:
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.wfile.flush()
                self.connection.shutdown(socket.SHUT_RDWR)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client went away mid-answer

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            body = b""
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    return body
                body += self.rfile.read(size)
                self.rfile.readline()
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _record(self) -> tuple[Any, bool]:
        raw = self._read_body()
        body: Any = None
        if raw:
            try:
                body = json.loads(raw)
            except ValueError:
                body = None
        upstream = self.server.upstream
        auth = self.headers.get("Authorization", "")
        authorized = upstream.api_key is None or auth == f"Bearer {upstream.api_key}"
        headers = {
            name.lower(): ("<redacted>" if name.lower() in _SECRET_HEADERS else value)
            for name, value in self.headers.items()
        }
        upstream.requests.append(
            RecordedRequest(
                method=self.command,
                path=self.path,
                headers=headers,
                body=body,
                authorized=authorized,
                time=time.monotonic(),
            )
        )
        return body, authorized

    def _send_json(self, status: int, payload: Any, headers: dict[str, str] | None = None) -> None:
        data = _dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)
        self.wfile.flush()

    def _send_error_status(self, status: int) -> None:
        headers = {"Retry-After": "1"} if status in (429, 503) else None
        self._send_json(status, _status_error(status), headers)

    def _write_chunk(self, data: bytes) -> None:
        self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
        self.wfile.flush()

    def _write_event(self, payload: Any) -> None:
        data = payload if isinstance(payload, str) else _dumps(payload)
        self._write_chunk(f"data: {data}\n\n".encode())

    def _end_chunks(self) -> None:
        self.wfile.write(b"0\r\n\r\n")
        self.wfile.flush()

    # -- routes -----------------------------------------------------------------------------

    def do_GET(self) -> None:
        _, authorized = self._record()
        if not authorized:
            self._send_json(401, error_body("Incorrect API key provided", "invalid_request_error"))
        elif self.path.rstrip("/") == "/v1/models":
            self._send_json(200, models_payload())
        elif self.path.startswith("/v1/models/") and self.path[11:] in MODEL_IDS:
            self._send_json(200, _model(self.path[11:]))
        else:
            self._not_found()

    def do_POST(self) -> None:
        body, authorized = self._record()
        path = self.path.rstrip("/")
        if not authorized:
            self._send_json(401, error_body("Incorrect API key provided", "invalid_request_error"))
        elif not isinstance(body, dict):
            self._send_json(
                400, error_body("The body must be a JSON object", "invalid_request_error")
            )
        elif path == "/v1/chat/completions":
            self._chat_completions(body)
        elif path == "/v1/embeddings":
            self._embeddings(body)
        else:
            self._not_found()

    def do_DELETE(self) -> None:
        self._record()
        self._not_found()

    do_PUT = do_PATCH = do_DELETE

    def _not_found(self) -> None:
        self._send_json(404, error_body(f"Unknown path {self.path}", "invalid_request_error"))

    def _chat_completions(self, body: dict[str, Any]) -> None:
        model = body.get("model")
        if model not in MODEL_IDS:
            self._send_json(
                404,
                error_body(
                    f"The model '{model}' does not exist",
                    "invalid_request_error",
                    "model_not_found",
                ),
            )
            return
        messages = body.get("messages")
        user_text = last_user_text(messages)
        status = _STATUS_RE.search(user_text)
        if status and 400 <= int(status.group(1)) <= 599:
            self._send_error_status(int(status.group(1)))
            return
        upstream = self.server.upstream
        completion_id = upstream._next_id()
        answer = ECHO_PREFIX + user_text
        prompt_tokens = sum(
            count_tokens(content_text(m.get("content")))
            for m in messages or []
            if isinstance(m, dict)
        )
        usage = {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": count_tokens(answer),
            "total_tokens": prompt_tokens + count_tokens(answer),
        }
        cut = _CUT_RE.search(user_text)
        stall = _STALL_RE.search(user_text)
        error_event = _ERROR_EVENT in user_text
        if not body.get("stream"):
            if cut:
                raise _CloseConnection
            if stall:
                upstream._stopping.wait(float(stall.group(1)))
            if error_event:
                self._send_json(
                    200, {"error": {"message": UPSTREAM_ERROR_MESSAGE, "type": "server_error"}}
                )
                return
            self._send_json(200, completion_payload(completion_id, str(model), answer, usage))
            return

        include_usage = bool((body.get("stream_options") or {}).get("include_usage"))
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream; charset=utf-8")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        created = int(time.time())
        words = split_words(answer)
        for n, word in enumerate(words):
            if cut and n == int(cut.group(1)):
                upstream._stopping.wait(CUT_PAUSE)
                raise _CloseConnection
            delta: dict[str, str] = (
                {"role": "assistant", "content": word} if n == 0 else {"content": word}
            )
            self._write_event(_chunk(completion_id, created, str(model), delta, None))
            if n == 0 and stall:
                upstream._stopping.wait(float(stall.group(1)))
            if n == 0 and error_event:
                self._write_event(
                    {"error": {"message": UPSTREAM_ERROR_MESSAGE, "type": "server_error"}}
                )
                self._end_chunks()
                return
        if cut:  # asked for more chunks than the answer has: the cut comes after them all
            upstream._stopping.wait(CUT_PAUSE)
            raise _CloseConnection
        self._write_event(_chunk(completion_id, created, str(model), {}, "stop"))
        if include_usage:
            self._write_event(
                {
                    "id": completion_id,
                    "object": "chat.completion.chunk",
                    "created": created,
                    "model": model,
                    "choices": [],
                    "usage": usage,
                }
            )
        self._write_event("[DONE]")
        self._end_chunks()

    def _embeddings(self, body: dict[str, Any]) -> None:
        raw = body.get("input")
        inputs = [raw] if isinstance(raw, str) else raw
        if not isinstance(inputs, list) or not all(isinstance(i, str) for i in inputs):
            self._send_json(
                400,
                error_body("input must be a string or a list of strings", "invalid_request_error"),
            )
            return
        if any(_EMBED_FAIL in text for text in inputs):
            self._send_json(500, error_body("embedding failed on request", "server_error", 500))
            return
        self._send_json(200, embeddings_payload(str(body.get("model") or "echo-embed"), inputs))


def _model(model_id: str) -> dict[str, Any]:
    return {"id": model_id, "object": "model", "created": MODELS_CREATED, "owned_by": OWNED_BY}


def models_payload() -> dict[str, Any]:
    """The body of ``GET /v1/models``."""
    return {"object": "list", "data": [_model(m) for m in MODEL_IDS]}


def completion_payload(
    completion_id: str, model: str, answer: str, usage: dict[str, int]
) -> dict[str, Any]:
    """A non-streamed ``chat.completion``."""
    return {
        "id": completion_id,
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": answer},
                "logprobs": None,
                "finish_reason": "stop",
            }
        ],
        "usage": usage,
    }


def _chunk(
    completion_id: str, created: int, model: str, delta: dict[str, str], finish: str | None
) -> dict[str, Any]:
    return {
        "id": completion_id,
        "object": "chat.completion.chunk",
        "created": created,
        "model": model,
        "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}],
    }


def embeddings_payload(model: str, inputs: list[str]) -> dict[str, Any]:
    """The body of ``POST /v1/embeddings`` for these inputs."""
    tokens = sum(count_tokens(t) for t in inputs)
    return {
        "object": "list",
        "data": [
            {"object": "embedding", "index": i, "embedding": embedding(text)}
            for i, text in enumerate(inputs)
        ],
        "model": model,
        "usage": {"prompt_tokens": tokens, "total_tokens": tokens},
    }


class EchoUpstream:
    """The OpenAI-compatible echo server; a context manager (``with EchoUpstream() as up``).

    ``url`` is the OpenAI base URL (``http://127.0.0.1:<port>/v1``); ``requests`` is the
    request log. It serves from a daemon thread, one more thread per connection."""

    def __init__(self, *, port: int = 0, api_key: str | None = None) -> None:
        self.api_key = api_key
        self.requests = RequestLog()
        self.model_ids = MODEL_IDS
        self._requested_port = port
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        self._connections: set[socket.socket] = set()
        self._counter = 0

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("the upstream is not running")
        port: int = self._server.server_address[1]
        return port

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:<port>``."""
        return f"http://{HOST}:{self.port}"

    @property
    def url(self) -> str:
        """The OpenAI API base URL, ``http://127.0.0.1:<port>/v1``."""
        return f"{self.base_url}/v1"

    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> EchoUpstream:
        if self._server is not None:
            raise RuntimeError("the upstream is already running")
        self._stopping.clear()
        server = _Server((HOST, self._requested_port), _Handler)
        server.upstream = self
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": 0.1},
            name=f"echo-upstream-{self.port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving, end stalls and close open connections; safe to call more than once."""
        server, self._server = self._server, None
        if server is None:
            return
        self._stopping.set()
        server.shutdown()
        server.server_close()
        with self._lock:
            connections = list(self._connections)
        for conn in connections:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> EchoUpstream:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        where = self.url if self._server is not None else "stopped"
        return f"EchoUpstream({where})"

    def _next_id(self) -> str:
        with self._lock:
            self._counter += 1
            return f"chatcmpl-echo-{self._counter:06d}"

    def _track(self, conn: socket.socket, *, add: bool) -> None:
        with self._lock:
            if add:
                self._connections.add(conn)
            else:
                self._connections.discard(conn)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--port", type=int, default=0, help="default: a free port")
    args = parser.parse_args(argv)
    with EchoUpstream(port=args.port) as upstream:
        print(
            f"Echo upstream at {upstream.url}: models {', '.join(upstream.model_ids)}."
            " Ctrl-C to stop.",
            flush=True,
        )
        with contextlib.suppress(KeyboardInterrupt):
            while upstream.running():
                time.sleep(0.5)
    return 0


if __name__ == "__main__":
    sys.exit(main())
