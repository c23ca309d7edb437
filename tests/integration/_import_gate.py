"""A loopback HTTP proxy to one Open WebUI that lets a number of chat imports through and
holds the next one, so that a test can stop ``owui chats migrate`` from outside at a known
point: the state file then records exactly the batches let through, and the held batch as
pending. Nothing in the product knows about it.

``forward_held`` says what becomes of the held batch: sent to the server and its answer
withheld (the server has the chats, the command never learns their ids: the batch a kill
interrupts in flight), or never sent (the server has nothing of it).
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any

import httpx

IMPORT_ROUTE = "/api/v1/chats/import"

# Hop-by-hop headers, and the ones httpx recomputes (it decodes the body it reads).
_SKIPPED = {
    "connection",
    "keep-alive",
    "transfer-encoding",
    "host",
    "content-length",
    "content-encoding",
    "accept-encoding",
    "date",
    "server",
}


class ImportGate:
    """The proxy, as a context manager: ``url`` stands for the server; ``held`` is set once
    an import is held; :meth:`open` lets every later request through."""

    def __init__(self, upstream: str, *, allow: int, forward_held: bool) -> None:
        self.forward_held = forward_held
        self.held = threading.Event()
        self._allow: int | None = allow
        self._imports = 0
        self._lock = threading.Lock()
        self._release = threading.Event()
        self._client = httpx.Client(base_url=upstream, timeout=120)
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._server.daemon_threads = True
        self._server.gate = self  # type: ignore[attr-defined]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> ImportGate:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._release.set()
        self._server.shutdown()
        self._server.server_close()
        self._client.close()

    def open(self) -> None:
        """Let every request through from now on; the held one (its client is gone) ends
        without an answer, and without being sent when it had not been."""
        with self._lock:
            self._allow = None
        self._release.set()

    def hold(self, method: str, path: str) -> bool:
        """Whether this request is the import to hold."""
        if method != "POST" or path.split("?", 1)[0] != IMPORT_ROUTE:
            return False
        with self._lock:
            self._imports += 1
            return self._allow is not None and self._imports > self._allow

    def forward(self, method: str, path: str, body: bytes, headers: Any) -> httpx.Response:
        kept = {k: v for k, v in headers.items() if k.lower() not in _SKIPPED}
        return self._client.request(method, path, content=body, headers=kept)

    def wait_released(self) -> None:
        self._release.wait()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def _proxy(self) -> None:
        gate: ImportGate = self.server.gate  # type: ignore[attr-defined]
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if gate.hold(self.command, self.path):
            if gate.forward_held:
                gate.forward(self.command, self.path, body, self.headers)
            gate.held.set()
            gate.wait_released()
            self.close_connection = True
            return
        response = gate.forward(self.command, self.path, body, self.headers)
        self.send_response(response.status_code)
        for key, value in response.headers.multi_items():
            if key.lower() not in _SKIPPED:
                self.send_header(key, value)
        self.send_header("Content-Length", str(len(response.content)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(response.content)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = _proxy

    def log_message(self, format: str, *args: Any) -> None:
        pass
