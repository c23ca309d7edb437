"""Peak memory of uploading a 200 MB file: ``files.upload(path)`` should stream it from disk.

Each case runs in a fresh interpreter (``python benchmarks/upload_memory.py --child CASE
PATH``), so that one case's memory cannot hide another's and the resident-set high-water mark
(``ru_maxrss``) starts from the interpreter, the SDK and one small warm-up upload only. The
file is made sparse in a temporary folder (instant, no disk space) and removed afterwards.

The "server" is an ``httpx.MockTransport`` whose handler iterates ``request.stream`` (the
multipart body httpx generates, 64 KiB at a time) and only counts the bytes. The stock
``MockTransport`` calls ``request.read()`` before its handler, which holds the whole body in
memory: the transport here hands the handler the unread request instead (the stock one is
measured too, to show what it would add).

Figures, from tracing start to the end of the upload call (the answer parsed):

- tracemalloc peak: the most memory Python objects held at once (allocations in C libraries,
  such as OpenSSL's, are not seen, and there are none here);
- RSS growth: the process's resident-set high-water mark after the upload (``VmHWM``; not
  ``ru_maxrss``, which a child inherits from its parent), less its resident set just before
  (``/proc/self/statm``; elsewhere the high-water mark before).

Goal: under 30 MB for a path, in both colours. ``bytes`` (``path.read_bytes()`` inside the
measured span, as a caller holding the content would) needs the whole file in memory: ~200 MB,
expected.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

SIZE = 200_000_000  # bytes
GOAL_BYTES = 30_000_000
WARM_UP_SIZE = 1_000_000
BASE = "http://owui.bench"

#: case -> (colour, source, transport, label, goal in bytes or None, expectation)
CASES: dict[str, tuple[str, str, str, str, int | None, str]] = {
    "path": (
        "sync",
        "path",
        "streaming",
        "`files.upload(path, process=False)`",
        GOAL_BYTES,
        "streamed from disk",
    ),
    "path-async": (
        "async",
        "path",
        "streaming",
        "`await files.upload(path, process=False)`",
        GOAL_BYTES,
        "streamed from disk",
    ),
    "bytes": (
        "sync",
        "bytes",
        "streaming",
        "`files.upload(path.read_bytes(), filename=..., process=False)`",
        None,
        "~200 MB expected: the caller holds the whole content",
    ),
    "path-stock-mock": (
        "sync",
        "path",
        "stock",
        "`files.upload(path, process=False)` over the stock `MockTransport`",
        None,
        "~400 MB expected: the stock transport reads the whole body (its chunks, then"
        " their join) before its handler; not the SDK",
    ),
}


# --- the child: one measured upload ----------------------------------------------------------


def _file_json(name: str, size: int) -> dict[str, Any]:
    """What Open WebUI 0.12.4 answers to an upload with ``process=false``."""
    return {
        "status": True,
        "id": "0b6f9c4e-5a53-4d8e-9c1e-6f3c1f0d2a11",
        "user_id": "u1",
        "hash": None,
        "filename": name,
        "data": {},
        "meta": {"name": name, "content_type": "application/octet-stream", "size": size},
        "created_at": 1730000000,
        "updated_at": 1730000000,
    }


class _StreamingMockTransport(httpx.MockTransport):
    """A ``MockTransport`` that gives its handler the request with its body unread (the stock
    one reads it in full first). Both colours."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.handler(request)
        assert isinstance(response, httpx.Response)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(request.stream, httpx.AsyncByteStream)
        received = 0
        async for chunk in request.stream:
            received += len(chunk)
        request.extensions["received"] = received
        response = self.handler(request)
        assert isinstance(response, httpx.Response)
        return response


def _handler(received: list[int]) -> Callable[[httpx.Request], httpx.Response]:
    def handle(request: httpx.Request) -> httpx.Response:
        count = request.extensions.get("received")
        if count is None:  # sync: consume the body here, chunk by chunk, keeping nothing
            assert isinstance(request.stream, httpx.SyncByteStream)
            count = 0
            for chunk in request.stream:
                count += len(chunk)
        received.append(count)
        length = int(request.headers["content-length"])
        assert count == length, (count, length)
        return httpx.Response(200, json=_file_json("big.bin", count))

    return handle


def _rss_now() -> int:
    """The resident set now (Linux), else the high-water mark so far."""
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return _max_rss()


def _max_rss() -> int:
    # Linux: VmHWM, this process's own high-water mark. ru_maxrss is not: the kernel keeps it
    # across fork and exec, so a child of a big parent (make bench, after its fan-out server)
    # reports the parent's resident set.
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024  # bytes on macOS, KiB elsewhere


def _child(case: str, path: Path) -> dict[str, Any]:
    from owui_sdk import AsyncOpenWebUI, OpenWebUI

    colour, source, transport_kind, *_ = CASES[case]
    received: list[int] = []
    handler = _handler(received)
    transport = (
        _StreamingMockTransport(handler)
        if transport_kind == "streaming"
        else httpx.MockTransport(handler)
    )
    warm = path.with_name("warm-up.bin")
    warm.write_bytes(b"w" * WARM_UP_SIZE)

    def source_of(file: Path) -> tuple[Path | bytes, str | None]:
        if source == "bytes":
            return file.read_bytes(), file.name
        return file, None

    def start() -> tuple[int, float]:
        gc.collect()
        rss_before = _rss_now()
        tracemalloc.start()
        return rss_before, time.perf_counter()

    def stop(rss_before: int, started: float) -> dict[str, Any]:
        seconds = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        return {
            "peak_bytes": peak,
            "rss_growth_bytes": max(0, _max_rss() - rss_before),
            "seconds": seconds,
        }

    if colour == "sync":
        with httpx.Client(transport=transport) as http:
            client = OpenWebUI(BASE, api_key="sk-x", http_client=http)

            def upload(file: Path) -> Any:
                data, name = source_of(file)
                return client.files.upload(data, filename=name, process=False)

            upload(warm)
            mark = start()
            upload(path)
            result = stop(*mark)
    else:

        async def main() -> dict[str, Any]:
            async with httpx.AsyncClient(transport=transport) as http:
                client = AsyncOpenWebUI(BASE, api_key="sk-x", http_client=http)

                async def upload(file: Path) -> Any:
                    data, name = source_of(file)
                    return await client.files.upload(data, filename=name, process=False)

                await upload(warm)
                mark = start()
                await upload(path)
                return stop(*mark)

        result = asyncio.run(main())
    warm.unlink()
    result["sent_bytes"] = received[-1]
    return result


# --- the parent: every case in a fresh interpreter -------------------------------------------


def _run_child(case: str, path: Path) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--child", case, str(path)],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    if out.returncode != 0:
        raise RuntimeError(f"upload_memory child {case!r} failed:\n{out.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def measure(log: Callable[[str], None], size: int = SIZE) -> dict[str, Any]:
    """Every case of :data:`CASES` against a sparse file of ``size`` bytes."""
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="owui-sdk-upload-") as folder:
        path = Path(folder) / "big.bin"
        with path.open("wb") as f:
            f.truncate(size)  # sparse: no data written, no disk space used
        with path.open("rb") as f:  # into the page cache, so that no case pays the first read
            while f.read(1 << 20):
                pass
        for case, (colour, source, transport, label, goal, expected) in CASES.items():
            r = _run_child(case, path)
            worst = max(r["peak_bytes"], r["rss_growth_bytes"])
            r.update(
                case=case,
                colour=colour,
                source=source,
                transport=transport,
                label=label,
                goal=goal,
                expected=expected,
                ok=None if goal is None else worst < goal,
            )
            rows.append(r)
            log(
                f"  {case}: tracemalloc peak {r['peak_bytes'] / 1e6:.1f} MB, RSS growth "
                f"{r['rss_growth_bytes'] / 1e6:.1f} MB, {r['seconds']:.2f} s"
            )
    return {"size_bytes": size, "goal_bytes": GOAL_BYTES, "cases": rows}


def report(result: dict[str, Any]) -> list[str]:
    """The Markdown section for benchmarks/run.py."""
    size = result["size_bytes"]
    out = [
        f"## Peak memory uploading a {size / 1e6:.0f} MB file (fresh interpreter per case, "
        "MockTransport that discards the body)",
        "",
        "| Upload | Colour | tracemalloc peak | RSS growth | Seconds | Goal |",
        "|---|---|---|---|---|---|",
    ]
    for r in result["cases"]:
        if r["goal"] is None:
            goal = r["expected"]
        else:
            goal = f"< {r['goal'] / 1e6:.0f} MB " + ("pass" if r["ok"] else "**MISS**")
        out.append(
            f"| {r['label']} | {r['colour']} | **{r['peak_bytes'] / 1e6:.1f} MB** "
            f"| {r['rss_growth_bytes'] / 1e6:.1f} MB | {r['seconds']:.2f} | {goal} |"
        )
    out += [
        "",
        f"Every case sent the full multipart body (~{size / 1e6:.0f} MB) to the transport. "
        "tracemalloc: the most Python allocations held at once during the call; RSS growth: "
        "the resident-set high-water mark after the call less the resident set before it. "
        "The goal applies to both.",
        "",
    ]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--child", nargs=2, metavar=("CASE", "PATH"), help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, default=SIZE, help="file size in bytes")
    args = parser.parse_args(argv)
    if args.child:
        case, path = args.child
        print(json.dumps(_child(case, Path(path))))
        return 0
    result = measure(lambda message: print(message, file=sys.stderr, flush=True), args.size)
    print("\n".join(report(result)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
