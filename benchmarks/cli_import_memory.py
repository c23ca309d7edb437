"""Peak memory of ``owui chats import`` of the web UI's own export: 200 chats vs 2,000, the
command's whole process.

Open WebUI's "Export chats" writes one JSON array of every chat. The file is written first
(N chats, 8 messages each, ~7.5 KB a chat, made by benchmarks/data.py); the "server" is a
small HTTP server of this benchmark's own on loopback (a thread of the parent) that answers
``POST /api/v1/chats/import`` with the chats it was sent, given ids (as Open WebUI does), and
``GET /api/v1/folders/`` with ``[]``. Each case runs the command in a fresh interpreter
(``python benchmarks/cli_import_memory.py --child URL FILE``), which calls
``owui_sdk._cli.main`` as the ``owui`` script would (the file is read twice: checked whole,
then imported), then reports its resident-set high-water mark (``VmHWM``) and its resident
set just before the import. Goal: flat, the peak for 2,000 chats within 1.2x of 200's (the
array is parsed as it is read, by ijson; read whole, 3,000 chats of 36 MB peaked at 359 MB).
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
import uuid
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
    protocol_version = "HTTP/1.0"
    imported = 0

    def _send(self, body: bytes) -> None:
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        if self.path.startswith("/api/v1/folders/"):
            self._send(b"[]")
        else:
            self.send_error(404)

    def do_POST(self) -> None:
        if not self.path.startswith("/api/v1/chats/import"):
            self.send_error(404)
            return
        forms = json.loads(self.rfile.read(int(self.headers["content-length"])))["chats"]
        made = [
            {
                "id": str(uuid.uuid4()),
                "user_id": "u-bench",
                "title": form["chat"].get("title", "New Chat"),
                "chat": {},  # what the command reads of the answer: the ids
                "updated_at": form.get("updated_at") or 0,
                "created_at": form.get("created_at") or 0,
                "archived": False,
                "meta": {},
            }
            for form in forms
        ]
        type(self).imported += len(made)
        self._send(data.dumps(made))

    def log_message(self, format: str, *args: Any) -> None:
        pass


def _write_export(path: Path, count: int) -> None:
    """The web UI's export of ``count`` chats: one JSON array, written chat by chat."""
    rng = random.Random(11)
    with path.open("wb") as handle:
        handle.write(b"[")
        for n in range(count):
            handle.write((b"," if n else b"") + data.dumps(data.chat_response(rng, MESSAGES)))
        handle.write(b"]")


def _child(url: str, file: str) -> dict[str, Any]:
    os.environ.update(OPENWEBUI_BASE_URL=url, OPENWEBUI_API_KEY="sk-bench")
    from owui_sdk._cli import main
    from owui_sdk._cli._app import cli  # noqa: F401  (loaded before the baseline)

    before = _rss_now()
    try:
        main(["-q", "chats", "import", file])
    except SystemExit as exc:
        if exc.code not in (0, None):
            raise
    return {"rss_before_bytes": before, "peak_bytes": _max_rss()}


def _run(count: int, folder: Path) -> dict[str, Any]:
    handler: type[_Handler] = type("Handler", (_Handler,), {"imported": 0})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        file = folder / f"webui-export-{count}.json"
        _write_export(file, count)
        url = f"http://127.0.0.1:{server.server_address[1]}"
        done = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--child", url, str(file)],
            capture_output=True,
            text=True,
            check=False,
            timeout=600,
        )
        if done.returncode != 0:
            raise RuntimeError(f"cli_import_memory child failed:\n{done.stderr[-3000:]}")
        result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
        assert handler.imported == count, (handler.imported, count)
        result["file_bytes"] = file.stat().st_size
        return result
    finally:
        server.shutdown()
        server.server_close()


def measure(log: Callable[[str], None]) -> dict[str, Any]:
    """Both counts of :data:`COUNTS`, and the ratio of their peaks."""
    rows = {}
    with tempfile.TemporaryDirectory(prefix="owui-sdk-cli-import-") as folder:
        for count in COUNTS:
            r = _run(count, Path(folder))
            rows[count] = r
            log(
                f"  {count} chats: peak {r['peak_bytes'] / 1e6:.1f} MB (before the import "
                f"{r['rss_before_bytes'] / 1e6:.1f} MB), file {r['file_bytes'] / 1e6:.1f} MB"
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
        "## Peak memory of `owui chats import` of the web UI's export (one JSON array)",
        "",
        "| Chats | File | Resident before the import | Peak (VmHWM) |",
        "|---|---|---|---|",
        *(
            f"| {c:,} | {r['file_bytes'] / 1e6:.1f} MB | {r['rss_before_bytes'] / 1e6:.1f} MB "
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
    parser.add_argument("--child", nargs=2, metavar=("URL", "FILE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(_child(*args.child)))
        return 0
    result = measure(lambda message: print(message, file=sys.stderr, flush=True))
    print("\n".join(report(result)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
