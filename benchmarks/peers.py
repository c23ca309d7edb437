"""The main competitor, owui-client (async only, pydantic models), measured as percall measures
the SDK: its cost over raw httpx on the same ``httpx.MockTransport`` and the same bytes.

owui-client never enters the project's venv. It is installed once into a venv of its own
outside the repository (``$OWUI_CACHE/bench-owui-client-<version>``, ``OWUI_CACHE`` defaulting
to ``~/.cache/owui-sdk``, as the Makefile's Open WebUI venv), made with this interpreter (the
same CPython build as the SDK's figures) and a ``.installed`` stamp written last; a failed
install skips the peer, the rest of the bench runs. ``peer_owui_client.py`` runs there as a
child process (``python -I``: nothing of the repository on its path), times owui-client and raw
httpx in that one process, and prints JSON. Its ratio (owui-client/raw) is then set beside the
SDK's async ratio from percall (SDK/raw, this process): two ratios, each to the raw httpx of
its own process.

Import time: ``python -c pass``, ``python -c "import httpx"`` and ``python -c "import
owui_client"`` in fresh interpreters of that venv, interleaved, as ``imports.py`` does; that
venv holds owui-client and its dependencies only, as a user's would (httpx's command-line client
needs click, which it has not).
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import imports, percall

PEER = "owui-client"
VERSION = "11.0.0"
PIN = f"{PEER}=={VERSION}"
PIP_FLAGS = ("--quiet", "--disable-pip-version-check")
CHILD = Path(__file__).resolve().with_name("peer_owui_client.py")
# The cases in percall's order (percall's case names), with the peer's equivalent call.
CASES = {
    "get_list(page=1)": "chats.get_list(page=1)",
    "get(id), 200 messages": "chats.get(id)",
    "get_all_db(), 1000 chats": "chats.get_all_db()",
    "get_all(), 1000 chats NDJSON": "chats.get_all()",
    "stream, 2000 chunks SSE": 'chats.chat_completion({..., "stream": True})',
}
_IN_PROCESS = """
import time, json
t0 = time.perf_counter(); import httpx; t1 = time.perf_counter()
import owui_client; owui_client.OpenWebUI; t2 = time.perf_counter()
print(json.dumps({"httpx": t1 - t0, "owui_client": t2 - t1}))
"""


class Unavailable(Exception):
    """The peer cannot run here (install or child failed): it is skipped, with this reason."""


def venv_dir() -> Path:
    cache = os.environ.get("OWUI_CACHE") or str(Path.home() / ".cache" / "owui-sdk")
    return Path(cache) / f"bench-owui-client-{VERSION}"


def _tail(process: subprocess.CompletedProcess[str] | subprocess.CalledProcessError) -> str:
    lines = [line for line in (process.stderr or "").splitlines() if line.strip()]
    errors = [line for line in lines if line.startswith("ERROR")] or lines[-3:]
    return " / ".join(errors) or f"exit status {process.returncode}"


def ensure_venv(log: Callable[[str], None]) -> tuple[Path, float | None]:
    """The venv's python, and the install's seconds (None: it was there). Safe to run
    concurrently (flock) and after an interrupted install (the stamp is written last)."""
    venv = venv_dir()
    python = venv / "bin" / "python"
    stamp = venv / ".installed"
    venv.parent.mkdir(parents=True, exist_ok=True)
    with open(f"{venv}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if stamp.exists():
            return python, None
        shutil.rmtree(venv, ignore_errors=True)
        log(f"  installing {PEER}=={VERSION} into {venv} (once per machine; up to a minute)")
        start = time.perf_counter()
        steps = {
            f"`python -m venv {venv}`": [sys.executable, "-m", "venv", str(venv)],
            f"`pip install {PIN}`": [str(python), "-m", "pip", "install", *PIP_FLAGS, PIN],
        }
        for label, step in steps.items():
            try:
                subprocess.run(step, check=True, capture_output=True, text=True, timeout=900)
            except subprocess.CalledProcessError as e:
                raise Unavailable(f"{label} failed: {_tail(e)}") from e
            except (OSError, subprocess.TimeoutExpired) as e:
                raise Unavailable(f"{label} failed: {e}") from e
        seconds = time.perf_counter() - start
        stamp.write_text(f"{PEER}=={VERSION}\n")
        log(f"  installed in {seconds:.0f} s")
        return python, seconds


def _per_call(
    python: Path, rounds: int, target: float, log: Callable[[str], None]
) -> dict[str, Any]:
    # stderr (progress) passes through; stdout is the JSON.
    try:
        out = subprocess.run(
            [str(python), "-I", str(CHILD), "--rounds", str(rounds), "--target", str(target)],
            check=True,
            stdout=subprocess.PIPE,
            text=True,
            timeout=600,
        )
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as e:
        raise Unavailable(f"{CHILD.name} failed: {e}") from e
    values: dict[str, Any] = json.loads(out.stdout)
    return values


def _run(python: Path, code: str, env: dict[str, str], cwd: str) -> float:
    start = time.perf_counter()
    subprocess.run([str(python), "-c", code], check=True, env=env, cwd=cwd)
    return time.perf_counter() - start


def _imports(python: Path, repeats: int, log: Callable[[str], None]) -> dict[str, Any]:
    commands = {"pass": "pass", "httpx": "import httpx", "owui_client": "import owui_client"}
    pycache = tempfile.mkdtemp(prefix="owui-bench-pycache-")
    try:
        # Bytecode cached, as for the SDK's figures (imports._env); cwd away from the repo.
        env = imports._env(pycache)
        for code in commands.values():  # warm up: page cache, .pyc files
            _run(python, code, env, pycache)
        wall: dict[str, list[float]] = {name: [] for name in commands}
        names = list(commands)
        for i in range(repeats):
            k = i % len(names)
            for name in names[k:] + names[:k]:
                wall[name].append(_run(python, commands[name], env, pycache))
        inside: dict[str, list[float]] = {}
        for _ in range(repeats):
            out = subprocess.run(
                [str(python), "-c", _IN_PROCESS],
                check=True,
                capture_output=True,
                env=env,
                cwd=pycache,
            )
            for key, value in json.loads(out.stdout).items():
                inside.setdefault(key, []).append(value)
    finally:
        shutil.rmtree(pycache, ignore_errors=True)
    med = {name: statistics.median(times) for name, times in wall.items()}
    best = {name: min(times) for name, times in wall.items()}
    httpx_s = med["httpx"] - med["pass"]
    peer_s = med["owui_client"] - med["pass"]
    in_med = {key: statistics.median(values) for key, values in inside.items()}
    log(f"  import: httpx {httpx_s * 1e3:.1f} ms, owui_client {peer_s * 1e3:.1f} ms")
    return {
        "repeats": repeats,
        "wall_median_s": med,
        "httpx_s": httpx_s,
        "owui_client_s": peer_s,
        "ratio": peer_s / httpx_s,
        "ratio_best": (best["owui_client"] - best["pass"]) / (best["httpx"] - best["pass"]),
        "in_process_median_s": in_med,
        "ratio_in_process": (in_med["httpx"] + in_med["owui_client"]) / in_med["httpx"],
    }


def measure(
    rounds: int,
    target: float,
    import_repeats: int,
    log: Callable[[str], None],
    sha256: dict[str, str] | None = None,
) -> dict[str, Any]:
    """``sha256``: percall's bodies by case (when built), checked against the child's."""
    started = time.perf_counter()
    try:
        python, install_s = ensure_venv(log)
        per_call = _per_call(python, rounds, target, log)
        figures = _imports(python, import_repeats, log)
    except (Unavailable, subprocess.CalledProcessError) as e:
        log(f"  {PEER} skipped: {e}")
        return {"status": "skipped", "reason": str(e), "venv": str(venv_dir())}
    if sha256 is not None:
        for case, digest in per_call["sha256"].items():
            assert sha256[case] == digest, f"{case}: not the bytes percall uses"
    return {
        "status": "ok",
        "peer": PEER,
        "version": VERSION,
        "venv": str(venv_dir()),
        "install_s": install_s,
        "same_bytes_checked": sha256 is not None,
        "seconds": time.perf_counter() - started,
        **per_call,
        "imports": figures,
    }


def percall_sha256(p: percall.Payloads) -> dict[str, str]:
    """percall's bodies by case name, hashed as the child hashes its own."""
    bodies = {
        f"stream, {percall.STREAM_CHUNKS} chunks SSE": p.sse_body,
        "get_list(page=1)": p.list_body,
        "get(id), 200 messages": p.chat_body,
        "get_all_db(), 1000 chats": p.db_body,
        "get_all(), 1000 chats NDJSON": p.ndjson_body,
    }
    return {case: hashlib.sha256(body).hexdigest() for case, body in bodies.items()}


def pair_ratio(wall_rounds: list[Any]) -> float:
    """The median over pairs of rounds (0-1, 2-3, ...) of other/raw, each pair's times summed.

    Rounds alternate which side goes first, and the garbage collector's full collections can
    fall into every other batch (a period of two batches: seen with two identical raw sides,
    and gone with the collector off): then the side that goes first pays them all, the
    per-round ratios are bimodal (get(id), async: ~0.3 in rounds where raw goes first, ~1.4
    where the SDK does) and their median is whichever mode has the 11th round. A pair has
    each side once first and once second.
    """
    pairs = [
        (a[0] + b[0], a[1] + b[1])
        for a, b in zip(wall_rounds[0::2], wall_rounds[1::2], strict=False)
    ]
    ratio: float = statistics.median(other / raw for raw, other in pairs)
    return ratio


def pair_us(wall_rounds: list[Any]) -> str:
    """ "raw, other": µs per call, the mean over the paired rounds (as many of each order)."""
    paired = wall_rounds[: len(wall_rounds) // 2 * 2]
    raw = statistics.fmean(r[0] for r in paired) * 1e6
    other = statistics.fmean(r[1] for r in paired) * 1e6
    return f"{raw:,.0f}, {other:,.0f}"


def _faster(sdk: float, sdk_best: float, peer: float, peer_best: float) -> str:
    """By the pair ratios; "unclear" when best/best says otherwise (a busy machine)."""

    def winner(s: float, p: float) -> str:
        return f"SDK ({p / s:.2f}x)" if s <= p else f"{PEER} ({s / p:.2f}x)"

    by_pairs = winner(sdk, peer)
    best = winner(sdk_best, peer_best)
    if by_pairs.split()[0] != best.split()[0]:
        return f"unclear: {by_pairs} by the pairs, {best} by best/best"
    return f"**{by_pairs}**"


def report(results: dict[str, Any]) -> list[str]:
    """The report's section, from run.py's results (percall's and imports' when run)."""
    peers = results["peers"]
    title = f"## Against {PEER} {VERSION} (async, same MockTransport, same bytes)"
    if peers["status"] != "ok":
        return [title, "", f"Skipped: {peers['reason']}.", ""]
    sdk = {r["case"]: r for r in results.get("percall", []) if r["mode"] == "async"}
    v = peers["versions"]
    out = [
        title,
        "",
        f"{PEER} {v['owui_client']} with pydantic {v['pydantic']}, httpx {v['httpx']}, Python "
        f"{v['python']}, in its own venv (`{peers['venv']}`), timed in a child process against "
        "raw `httpx.AsyncClient` + `response.json()` in that same process; the SDK's ratio is "
        "percall's async one" + (" (this run)." if sdk else " (percall not run: `-`)."),
        "",
        f"| Case | {PEER} call | SDK async/raw: pairs (median) | best/best "
        f"| {PEER}/raw: pairs (median) | min-max | best/best "
        f"| µs/call: raw, SDK (SDK's process) | µs/call: raw, {PEER} ({PEER}'s process) "
        "| Faster |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    peer_cases = {r["case"]: r for r in peers["cases"]}
    notes = []
    for case, call in CASES.items():
        s = sdk.get(case)
        p = peer_cases[case]
        sdk_pairs = pair_ratio(s["wall_rounds"]) if s else 0.0
        sdk_ratio = (
            f"**{sdk_pairs:.3f}** ({s['ratio']:.3f}) | {s['best_ratio']:.3f}" if s else "- | -"
        )
        sdk_us = pair_us(s["wall_rounds"]) if s else "-"
        if p["status"] != "ok":
            notes.append(f"- `{call}`: {p['reason']}.")
            out.append(
                f"| {case} | `{call}` | {sdk_ratio} | n/a (returns `{p['returned']}`) | - | - "
                f"| {sdk_us} | - | {'SDK (the only one that can)' if s else '-'} |"
            )
            continue
        peer_pairs = pair_ratio(p["wall_rounds"])
        faster = _faster(sdk_pairs, s["best_ratio"], peer_pairs, p["best_ratio"]) if s else "-"
        out.append(
            f"| {case} | `{call}` | {sdk_ratio} | **{peer_pairs:.3f}** ({p['ratio']:.3f}) "
            f"| {p['ratio_min']:.2f}-{p['ratio_max']:.2f} | {p['best_ratio']:.3f} | {sdk_us} "
            f"| {pair_us(p['wall_rounds'])} | {faster} |"
        )
    imp = peers["imports"]
    wall = imp["wall_median_s"]
    install = (
        f"installed in {peers['install_s']:.0f} s this run"
        if peers["install_s"] is not None
        else "already installed"
    )
    out += [
        "",
        "*pairs*: each side's time over the raw httpx of its own process, per pair of rounds "
        "(one raw-first, one other-first, their times summed), median over the pairs; in "
        "brackets percall's median of the per-round ratios, which the garbage collector can "
        "make bimodal (a full collection every other batch lands on whichever side goes "
        "first: see `peers.pair_ratio`). *Faster*: by the pairs, the other's ratio over the "
        "winner's; *unclear* when best/best names the other: the two sides run in different "
        "processes, not interleaved, so load on the machine can hit one and not the other. "
        "µs/call: the mean over the paired rounds. "
        f"{PEER}'s `get_list` sends `?page=1` only (it leaves out `False` flags), and its "
        "raw side sends the same.",
        "",
        *notes,
        "",
        f"Import time in {PEER}'s venv (fresh interpreters, median of {imp['repeats']}):",
        "",
        "| Command | Wall ms | Less `python -c pass` | vs httpx (median) | best/best |",
        "|---|---|---|---|---|",
        f"| `python -c pass` | {wall['pass'] * 1e3:.1f} | - | - | - |",
        f"| `import httpx` | {wall['httpx'] * 1e3:.1f} | {imp['httpx_s'] * 1e3:.1f} | 1.00 "
        "| 1.00 |",
        f"| `import owui_client` | {wall['owui_client'] * 1e3:.1f} "
        f"| {imp['owui_client_s'] * 1e3:.1f} | **{imp['ratio']:.2f}** "
        f"| {imp['ratio_best']:.2f} |",
        "",
        "In process: `import httpx` + `import owui_client` / `import httpx` = "
        f"**{imp['ratio_in_process']:.2f}** ({imp['in_process_median_s']['httpx'] * 1e3:.1f} + "
        f"{imp['in_process_median_s']['owui_client'] * 1e3:.1f} ms).",
        "",
        *(
            [
                "For comparison, the SDK (imports, as in a user's venv): "
                f"**{results['imports']['ratio_nocli']:.2f}** from outside, "
                f"**{results['imports']['ratio_nocli_in_process']:.2f}** in process.",
                "",
            ]
            if "imports" in results
            else []
        ),
        f"{PEER}: {install}; this part took {peers['seconds']:.0f} s.",
        "",
    ]
    return out
