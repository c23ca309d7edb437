"""Peak memory of ``chats.iter_all()`` (should stay flat) and ``chats.get_all()`` (grows).

A ``MockTransport`` answers ``GET /api/v1/chats/all`` with an NDJSON export that is generated
while it is read (an ``httpx.SyncByteStream`` yielding ~16 KB chunks, as a socket would,
cycling through 500 distinct prebuilt chat lines of 1.1-2.1 KB): the "server" never holds the
export, so whatever the peak shows is held by the client side.
Tracing (``tracemalloc``) starts after the client is made, its chats facade loaded and one
small warm-up export read, so that imports and one-time caches are not counted.
"""

from __future__ import annotations

import gc
import time
import tracemalloc
from collections.abc import Callable, Iterator
from typing import Any

import httpx

from owui_sdk import OpenWebUI

from . import data

BASE = "http://owui.bench"


# Generating each chat (random text, json.dumps) under tracemalloc would cost more than the
# client's work: the export cycles through a prebuilt set of distinct lines instead, joined
# into chunks as they are sent (each chunk exists only while it is read).
_DISTINCT = 500
_LINES: list[bytes] = []


def _lines() -> list[bytes]:
    if not _LINES:
        for chunk in data.lazy_ndjson_chunks(_DISTINCT):
            _LINES.extend(line + b"\n" for line in chunk.splitlines())
    return _LINES


class _LazyExport(httpx.SyncByteStream):
    def __init__(self, count: int, chunk_size: int = 16_384) -> None:
        self.count = count
        self.chunk_size = chunk_size

    def __iter__(self) -> Iterator[bytes]:
        lines = _lines()
        buf: list[bytes] = []
        size = 0
        for i in range(self.count):
            line = lines[i % len(lines)]
            buf.append(line)
            size += len(line)
            if size >= self.chunk_size:
                yield b"".join(buf)
                buf, size = [], 0
        if buf:
            yield b"".join(buf)


def _client(count: list[int]) -> tuple[OpenWebUI, httpx.Client]:
    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, headers={"content-type": "application/x-ndjson"}, stream=_LazyExport(count[0])
        )

    http = httpx.Client(transport=httpx.MockTransport(handle))
    return OpenWebUI(BASE, api_key="sk-x", http_client=http), http


def _iter_all(client: OpenWebUI) -> int:
    n = 0
    for _chat in client.chats.iter_all():
        n += 1
    return n


def _get_all(client: OpenWebUI) -> int:
    return len(client.chats.get_all())


def _peak(fn: Callable[[OpenWebUI], int], count: int) -> dict[str, Any]:
    _lines()
    box = [10]
    client, http = _client(box)
    try:
        client.chats  # noqa: B018 (loads the facade before tracing)
        fn(client)  # warm-up on 10 chats
        box[0] = count
        gc.collect()
        tracemalloc.start()
        start = time.perf_counter()
        seen = fn(client)
        seconds = time.perf_counter() - start
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    finally:
        http.close()
    assert seen == count, (seen, count)
    return {"chats": count, "peak_bytes": peak, "seconds_traced": seconds}


def export_bytes(count: int) -> int:
    return sum(len(chunk) for chunk in _LazyExport(count))


def measure(counts: tuple[int, int], log: Callable[[str], None]) -> dict[str, Any]:
    small, large = counts
    out: dict[str, Any] = {
        "counts": list(counts),
        "export_bytes": {str(c): export_bytes(c) for c in counts},
    }
    for name, fn, goal in (("iter_all", _iter_all, 1.5), ("get_all", _get_all, None)):
        a = _peak(fn, small)
        b = _peak(fn, large)
        ratio = b["peak_bytes"] / a["peak_bytes"]
        out[name] = {
            "small": a,
            "large": b,
            "ratio": ratio,
            "goal": goal,
            "ok": None if goal is None else ratio <= goal,
        }
        log(
            f"  {name}: {small} chats {a['peak_bytes'] / 1e6:.2f} MB, {large} chats "
            f"{b['peak_bytes'] / 1e6:.2f} MB (x{ratio:.2f})"
        )
    return out
