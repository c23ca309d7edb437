"""Peak memory of ``owui chats export``: 200 chats vs 2,000, the command's whole process.

The "server" is a small HTTP server of this benchmark's own on loopback (a thread of the
parent): ``GET /api/v1/chats/all`` streams N chats (8 messages each, ~6 KB a line) made on the
fly, never holding the export; ``GET /api/v1/chats/`` lists the same chats (ids, titles and
times: the export lists the account first, to stay consistent while it is in use),
``GET /api/v1/chats/archived`` answers ``[]``, and ``GET /api/v1/folders/`` answers ``[]``. Each case runs the
command in a fresh interpreter (``python benchmarks/cli_export_memory.py --child URL OUT``),
which calls ``owui_sdk._cli.main`` as the ``owui`` script would, writing JSON Lines to a file,
then reports its resident-set high-water mark (``VmHWM``) and its resident set just before the
export (after the imports). Goal: flat, the peak for 2,000 chats within 1.2x of 200's.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import data
from benchmarks.upload_memory import _max_rss, _rss_now

COUNTS = (200, 2000)
MESSAGES = 8
GOAL_RATIO = 1.2


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"  # the body ends when the connection closes: no length needed
    count = 0

    def do_GET(self) -> None:
        if self.path.startswith("/api/v1/chats/all"):
            self.send_response(200)
            self.send_header("content-type", "application/x-ndjson")
            self.end_headers()
            rng = random.Random(7)
            for _ in range(self.count):
                self.wfile.write(data.dumps(data.chat_response(rng, MESSAGES)) + b"\n")
        elif self.path.startswith(("/api/v1/folders/", "/api/v1/chats/")):
            body = b"[]"
            if self.path.startswith("/api/v1/chats/?") or self.path == "/api/v1/chats/":
                rng = random.Random(7)
                keys = ("id", "title", "updated_at", "created_at")
                body = data.dumps(
                    [
                        {k: chat[k] for k in keys}
                        for chat in (data.chat_response(rng, MESSAGES) for _ in range(self.count))
                    ]
                )
            self.send_response(200)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        else:
            self.send_error(404)

    def log_message(self, format: str, *args: Any) -> None:
        pass


def _child(url: str, out: str) -> dict[str, Any]:
    os.environ.update(OPENWEBUI_BASE_URL=url, OPENWEBUI_API_KEY="sk-bench")
    from owui_sdk._cli import main
    from owui_sdk._cli._app import cli  # noqa: F401  (loaded before the baseline)

    before = _rss_now()
    try:
        main(["-q", "chats", "export", "--out", out])
    except SystemExit as exc:
        if exc.code not in (0, None):
            raise
    return {
        "rss_before_bytes": before,
        "peak_bytes": _max_rss(),
        "out_bytes": Path(out).stat().st_size,
    }


def _run(count: int, folder: Path) -> dict[str, Any]:
    handler = type("Handler", (_Handler,), {"count": count})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}"
        out = folder / f"export-{count}.jsonl"
        done = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--child", url, str(out)],
            capture_output=True,
            text=True,
            check=False,
            timeout=600,
        )
        if done.returncode != 0:
            raise RuntimeError(f"cli_export_memory child failed:\n{done.stderr[-3000:]}")
        result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
        lines = out.read_text().count("\n")
        assert lines == count, (lines, count)
        return result
    finally:
        server.shutdown()
        server.server_close()


def measure(log: Callable[[str], None]) -> dict[str, Any]:
    """Both counts of :data:`COUNTS`, and the ratio of their peaks."""
    rows = {}
    with tempfile.TemporaryDirectory(prefix="owui-sdk-cli-export-") as folder:
        for count in COUNTS:
            r = _run(count, Path(folder))
            rows[count] = r
            log(
                f"  {count} chats: peak {r['peak_bytes'] / 1e6:.1f} MB (before the export "
                f"{r['rss_before_bytes'] / 1e6:.1f} MB), file {r['out_bytes'] / 1e6:.1f} MB"
            )
    small, large = (rows[c] for c in COUNTS)
    ratio = large["peak_bytes"] / small["peak_bytes"]
    return {
        "counts": list(COUNTS),
        "cases": {str(c): rows[c] for c in COUNTS},
        "ratio": ratio,
        "goal_ratio": GOAL_RATIO,
        "ok": ratio <= GOAL_RATIO,
    }


def report(result: dict[str, Any]) -> list[str]:
    """The Markdown section for benchmarks/run.py."""
    small, large = (result["cases"][str(c)] for c in result["counts"])
    goal = f"<= {result['goal_ratio']}x " + ("pass" if result["ok"] else "**MISS**")
    return [
        "## Peak memory of `owui chats export` (the command's process, JSON Lines to a file)",
        "",
        "| Chats | File | Resident before the export | Peak (VmHWM) |",
        "|---|---|---|---|",
        *(
            f"| {c:,} | {r['out_bytes'] / 1e6:.1f} MB | {r['rss_before_bytes'] / 1e6:.1f} MB "
            f"| **{r['peak_bytes'] / 1e6:.1f} MB** |"
            for c, r in zip(result["counts"], (small, large), strict=True)
        ),
        "",
        f"Peak for {result['counts'][1]:,} over {result['counts'][0]:,}: "
        f"**{result['ratio']:.2f}x** (goal: flat, {goal}).",
        "",
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--child", nargs=2, metavar=("URL", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(_child(*args.child)))
        return 0
    result = measure(lambda message: print(message, file=sys.stderr, flush=True))
    print("\n".join(report(result)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
