"""``client.knowledge.sync`` at scale: a re-sync of 2,000 unchanged files, and the plan of 200
vs 2,000 files (hashes streamed: memory flat in the files' content).

The "server" is the in-memory stand-in of Open WebUI's knowledge routes that the unit tests
use (tests/fake_kb.py), behind an ``httpx.MockTransport``: it answers ``sync/diff`` as 0.12.4
does, so the figures are the client's: the folder walked and hashed, the manifest sent, the
answer planned. Each case runs in a fresh interpreter (``python benchmarks/kbsync.py --child
CASE N FOLDER``), the blocking client, the folder made beforehand in a temporary directory
(and read once, so that the page cache holds it: the disk is not measured).

- Re-sync: the knowledge base holds the 2,000 files already (seeded in the stand-in with their
  hashes, in 20 sub-folders): requests sent (goal: one, the diff; no upload), wall time (best
  of 3 runs), tracemalloc peak.
- Plan: ``plan_sync`` of 200 and of 2,000 files of 64 KiB: tracemalloc peak. Goal: what grows
  is the manifest (a few hundred bytes a file), never the content: the peak for 2,000 files
  under a tenth of the 128 MB hashed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

RESYNC_FILES = 2000
PLAN_COUNTS = (200, 2000)
PLAN_FILE_BYTES = 64 * 1024
FOLDERS = 20
GOAL_REQUESTS = 1
GOAL_PLAN_FRACTION = 0.1


def make_folder(root: Path, count: int, size: int) -> None:
    """``count`` files of ``size`` bytes (distinct content) in :data:`FOLDERS` sub-folders."""
    for n in range(count):
        folder = root / f"part{n % FOLDERS:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        head = f"Document {n}: a paragraph of the manual.\n".encode()
        (folder / f"doc{n:05d}.md").write_bytes((head * (size // len(head) + 1))[:size])


def _seed(fake: Any, root: Path) -> None:
    """The knowledge base k1 holding every file of ``root`` as a sync would have left it."""
    dirs: dict[str, str] = {}
    for path in sorted(root.rglob("*.md")):
        folder = path.parent.name
        if folder not in dirs:
            dirs[folder] = fake.new_id("d")
            fake.dirs[dirs[folder]] = {"kb": "k1", "name": folder, "parent": None}
        file_id = fake.new_id("f")
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        fake.files[file_id] = {
            "filename": path.name,
            "file_hash": digest,
            "status": "completed",
            "content": b"",
        }
        fake.bases["k1"][file_id] = dirs[folder]


def _child(case: str, folder: str) -> dict[str, Any]:
    import httpx
    from tests.fake_kb import FakeKnowledge

    from owui_sdk import OpenWebUI

    root = Path(folder)
    fake = FakeKnowledge()
    fake.add_base("k1")
    if case == "resync":
        _seed(fake, root)
    client = OpenWebUI(
        "http://kb.bench",
        api_key="sk-bench",
        http_client=httpx.Client(transport=httpx.MockTransport(fake.handle)),
    )
    with client:
        if case == "resync":
            walls = []
            for _ in range(3):
                fake.calls.clear()
                started = time.perf_counter()
                report = client.knowledge.sync("k1", root)
                walls.append(time.perf_counter() - started)
            assert report.count("unchanged") == RESYNC_FILES, report.counts()
            calls = dict(fake.calls)
            tracemalloc.start()
            client.knowledge.sync("k1", root)
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
            return {"wall_s": min(walls), "walls_s": walls, "requests": calls, "peak_bytes": peak}
        client.knowledge.plan_sync("k1", root)  # warm-up: imports, the page cache
        tracemalloc.start()
        started = time.perf_counter()
        plan = client.knowledge.plan_sync("k1", root)
        wall = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        return {"files": plan.count("added"), "wall_s": wall, "peak_bytes": peak}


def _run(case: str, folder: Path) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--child", case, str(folder)],
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )
    if done.returncode != 0:
        raise RuntimeError(f"kbsync child failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def measure(log: Callable[[str], None]) -> dict[str, Any]:
    """The re-sync and both plans."""
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="owui-sdk-kbsync-") as tmp:
        resync_root = Path(tmp) / "resync"
        make_folder(resync_root, RESYNC_FILES, 1500)
        r = _run("resync", resync_root)
        total = sum(r["requests"].values())
        log(
            f"  re-sync of {RESYNC_FILES} unchanged files: {total} requests {r['requests']}, "
            f"{r['wall_s'] * 1e3:.0f} ms, peak {r['peak_bytes'] / 1e6:.2f} MB"
        )
        out["resync"] = {**r, "files": RESYNC_FILES, "total_requests": total}
        plans = {}
        for count in PLAN_COUNTS:
            root = Path(tmp) / f"plan{count}"
            make_folder(root, count, PLAN_FILE_BYTES)
            p = _run("plan", root)
            assert p["files"] == count, p
            plans[str(count)] = {**p, "hashed_bytes": count * PLAN_FILE_BYTES}
            log(
                f"  plan of {count} files ({count * PLAN_FILE_BYTES / 1e6:.0f} MB): "
                f"{p['wall_s'] * 1e3:.0f} ms, peak {p['peak_bytes'] / 1e6:.2f} MB"
            )
    small, large = (plans[str(c)] for c in PLAN_COUNTS)
    per_file = (large["peak_bytes"] - small["peak_bytes"]) / (PLAN_COUNTS[1] - PLAN_COUNTS[0])
    out["plan"] = {
        "counts": list(PLAN_COUNTS),
        "file_bytes": PLAN_FILE_BYTES,
        "cases": plans,
        "peak_per_extra_file_bytes": per_file,
        "ok": large["peak_bytes"] <= GOAL_PLAN_FRACTION * large["hashed_bytes"],
    }
    out["resync"]["ok"] = (
        out["resync"]["total_requests"] == GOAL_REQUESTS
        and "POST /api/v1/files/" not in out["resync"]["requests"]
    )
    return out


def report(result: dict[str, Any]) -> list[str]:
    """The Markdown section for benchmarks/run.py."""
    r = result["resync"]
    p = result["plan"]
    small, large = (p["cases"][str(c)] for c in p["counts"])
    requests = ", ".join(f"`{k}` x{v}" for k, v in r["requests"].items())
    return [
        "## `client.knowledge.sync` at scale (in-memory stand-in of the knowledge routes)",
        "",
        f"Re-sync of {r['files']:,} unchanged files in {FOLDERS} sub-folders: "
        f"**{r['total_requests']} request** ({requests}; goal: the diff alone, "
        + ("pass" if r["ok"] else "**MISS**")
        + f"), **{r['wall_s'] * 1e3:.0f} ms** (best of 3: walk, hash "
        f"{r['files'] * 1.5 / 1e3:.1f} MB, diff, plan), tracemalloc peak "
        f"**{r['peak_bytes'] / 1e6:.2f} MB**.",
        "",
        "| Plan of | Hashed | Wall | tracemalloc peak |",
        "|---|---|---|---|",
        *(
            f"| {c:,} files | {case['hashed_bytes'] / 1e6:.0f} MB | {case['wall_s'] * 1e3:.0f} ms "
            f"| **{case['peak_bytes'] / 1e6:.2f} MB** |"
            for c, case in zip(p["counts"], (small, large), strict=True)
        ),
        "",
        f"The peak grows by {p['peak_per_extra_file_bytes']:.0f} bytes a file (the manifest "
        f"and the plan), not with the content: goal, the peak for {p['counts'][1]:,} files "
        f"under a tenth of the bytes hashed, " + ("pass" if p["ok"] else "**MISS**") + ".",
        "",
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--child", nargs=2, metavar=("CASE", "FOLDER"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(_child(*args.child)))
        return 0
    result = measure(lambda message: print(message, file=sys.stderr, flush=True))
    print("\n".join(report(result)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
