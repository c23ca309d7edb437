"""owui-sdk benchmarks: the SDK's cost over raw httpx, its import time, iter_all's memory, an
upload's memory, the CLI export's memory, owui-client measured alike, and async fan-out against
a real Open WebUI.

    python benchmarks/run.py                  # ~2.5 min: per call, breakdown, import, memory,
                                              # upload, owui-client (+~10 s to install it once)
    python benchmarks/run.py --quick          # < 1 min, fewer and shorter rounds
    python benchmarks/run.py --server         # also fan-out against a real Open WebUI (+~1.5 min)
    python benchmarks/run.py --json out.json  # also write every figure as JSON

Progress goes to stderr, the Markdown report to stdout. Exit status 0 even when a goal is
missed (the report says which): these are measurements, not tests. See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from importlib.metadata import version
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    # Run as a script: make `benchmarks` importable as a package.
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import (
    breakdown,
    cli_export_memory,
    cli_import_memory,
    fanout,
    imports,
    kbsync,
    memory,
    peers,
    percall,
    upload_memory,
    workspace,
)

# 200 concurrent gets on a real server, SDK wall over raw httpx.AsyncClient (issue 16).
FANOUT_GOAL = 1.05


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine() -> dict[str, Any]:
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count() or 0
    return {
        "cpu": cpu_model(),
        "cores": os.cpu_count(),
        "usable_cores": usable,
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "httpx": version("httpx"),
        "attrs": version("attrs"),
        "owui_sdk": version("owui-sdk"),
        "os": platform.platform(),
        "load_before": _load(),
    }


def _load() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "?"


def _goal(ok: bool | None, goal: float | None) -> str:
    if goal is None or ok is None:
        return "-"
    return f"<= {goal:g}x " + ("pass" if ok else "**MISS**")


def _kb(n: int) -> str:
    return f"{n / 1000:.1f} KB" if n < 1_000_000 else f"{n / 1e6:.1f} MB"


def _percall_table(rows: list[dict[str, Any]], title: str) -> list[str]:
    out = [
        f"## Per call, SDK vs raw httpx (same MockTransport, same bytes), {title}",
        "",
        "| Case | Mode | Body | Calls/round | raw µs/call | SDK µs/call "
        "| SDK/raw (median) | min-max | best/best | CPU | Goal |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        out.append(
            f"| {r['case']} | {r['mode']} | {_kb(r['body_bytes'])} | {r['calls_per_round']} "
            f"| {r['raw_us']:,.0f} | {r['sdk_us']:,.0f} | **{r['ratio']:.3f}** "
            f"| {r['ratio_min']:.2f}-{r['ratio_max']:.2f} | {r['best_ratio']:.3f} "
            f"| {r['cpu_ratio']:.3f} | {_goal(r['ok'], r['goal'])} |"
        )
    out.append("")
    return out


def _stdlib_percall(quick: bool, rounds: int) -> list[dict[str, Any]]:
    """The per-call rows again in a child process whose SDK decodes with the standard library
    (the decoder is chosen once per process, at the first decode)."""
    with tempfile.TemporaryDirectory(prefix="owui-bench-") as tmp:
        out = Path(tmp) / "stdlib.json"
        command = [sys.executable, __file__, "--only", "percall", "--rounds", str(rounds)]
        subprocess.run(
            [*command, *(["--quick"] if quick else []), "--json", str(out)],
            check=True,
            stdout=subprocess.DEVNULL,
            env={**os.environ, "OWUI_SDK_JSON": "stdlib"},
        )
        rows: list[dict[str, Any]] = json.loads(out.read_text())["percall"]
        return rows


def _decoder() -> str:
    """What the SDK decodes with in this process (chosen at its first decode)."""
    from owui_sdk import _json

    impl = _json._impl
    if impl is None:
        return "no decoder yet"
    return "orjson" if getattr(impl, "__module__", "") == "orjson" else "the standard library"


def report(results: dict[str, Any]) -> str:
    m = results["machine"]
    cfg = results["config"]
    out = [
        "# owui-sdk benchmarks",
        "",
        "| Machine | |",
        "|---|---|",
        f"| CPU | {m['cpu']} ({m['cores']} cores, {m['usable_cores']} usable) |",
        f"| Python | {m['python']} |",
        f"| httpx | {m['httpx']} |",
        f"| attrs | {m['attrs']} |",
        f"| owui-sdk | {m['owui_sdk']} |",
        f"| OS | {m['os']} |",
        f"| Load average (1, 5, 15 min) | before {m['load_before']}, after {m['load_after']} |",
        f"| Run | {cfg['mode']} ({', '.join(cfg['parts'])}): {cfg['rounds']} rounds of "
        f"~{cfg['target_ms']:g} ms a side, {cfg['import_repeats']} import runs |",
        "",
    ]
    for key, title in (
        ("percall", f"with {m.get('decoder', 'the default decoder')}, as the default install"),
        (
            "percall_stdlib",
            "with the standard library's decoder (`OWUI_SDK_JSON=stdlib`: as PyPy, or a "
            "platform without orjson's wheels)",
        ),
    ):
        if key in results:
            out += _percall_table(results[key], title)
    if "breakdown" in results:
        out += [
            "## Where the time goes: µs per call at each depth (sync, fastest of "
            f"{cfg['breakdown_repeats']})",
            "",
            "| Case | raw httpx | SDK transport | (own client) | generated endpoint | facade "
            "| transport - raw | endpoint - transport | facade - endpoint "
            "| GC µs/call raw → facade (full collections/call) |",
            "|---|---|---|---|---|---|---|---|---|---|",
        ]

        def delta(a: float, b: float, raw: float) -> str:
            return f"{a - b:+,.0f} ({(a - b) / raw:+.0%})"

        for r in results["breakdown"]:
            us = r["us"]
            gc_raw, gc_sdk = r["gc"]["raw"], r["gc"]["facade"]
            out.append(
                f"| {r['case']} | {us['raw']:,.0f} | {us['transport']:,.0f} "
                f"| {us['transport (own client)']:,.0f} | {us['endpoint']:,.0f} "
                f"| {us['facade']:,.0f} | {delta(us['transport'], us['raw'], us['raw'])} "
                f"| {delta(us['endpoint'], us['transport'], us['raw'])} "
                f"| {delta(us['facade'], us['endpoint'], us['raw'])} "
                f"| {gc_raw['us_per_call']:,.0f} ({gc_raw['full_per_call']:.2f}) "
                f"→ {gc_sdk['us_per_call']:,.0f} ({gc_sdk['full_per_call']:.2f}) |"
            )
        out += [
            "",
            "Deltas relative to raw. The generated endpoint parses into the attrs models, except "
            "for `get_all`, whose endpoint is untyped in the schema (a list of dicts): there the "
            "facade makes the models.",
            "",
        ]
        profiled = [r for r in results["breakdown"] if "profile" in r]
        if profiled:
            layers = breakdown.LAYERS
            out += [
                "## Where a small call's time goes: cProfile, profiled CPU µs per call by layer",
                "",
                "| Case | | " + " | ".join(layers) + " | total |",
                "|---|---|" + "---|" * (len(layers) + 1),
            ]
            for r in profiled:
                raw_p, sdk_p = r["profile"]["raw"], r["profile"]["facade"]
                for label, values in (
                    ("raw httpx", raw_p),
                    ("SDK (facade)", sdk_p),
                    ("SDK - raw", {k: sdk_p[k] - raw_p[k] for k in layers}),
                ):
                    signed = label == "SDK - raw"
                    cells = " | ".join(
                        f"{values[k]:+,.0f}" if signed else f"{values[k]:,.0f}" for k in layers
                    )
                    total = sum(values.values())
                    out.append(
                        f"| {r['case']} | {label} | {cells} "
                        f"| {f'{total:+,.0f}' if signed else f'{total:,.0f}'} |"
                    )
            out += [
                "",
                "httpx: httpx and the standard library it calls (URLs, headers, the mock "
                "transport); decoding: json, orjson, owui_sdk._json; a built-in's time goes to "
                "its caller's layer. The profiler slows Python code far more than C code, so "
                "these are shares of a profile, not unprofiled costs (the depths above are).",
                "",
            ]
    if "imports" in results:
        imp = results["imports"]
        wall = imp["wall_median_s"]
        sync_in = imp["in_process_median_s"]["OpenWebUI"]
        async_in = imp["in_process_median_s"]["AsyncOpenWebUI"]
        out += [
            f"## Import time (fresh interpreters, median of {imp['repeats']})",
            "",
            "| Command | Wall ms | Less `python -c pass` | vs httpx (median) | best/best | Goal |",
            "|---|---|---|---|---|---|",
            f"| `python -c pass` | {wall['pass'] * 1e3:.1f} | - | - | - | - |",
            f"| `import httpx` | {wall['httpx'] * 1e3:.1f} | {imp['httpx_s'] * 1e3:.1f} "
            "| 1.00 | 1.00 | - |",
            f"| `import owui_sdk` + both client classes | {wall['owui_sdk'] * 1e3:.1f} "
            f"| {imp['owui_sdk_s'] * 1e3:.1f} | **{imp['ratio']:.2f}** "
            f"| {imp['ratio_best']:.2f} | {_goal(imp['ok'], imp['goal'])} |",
            f"| as in a user's venv (no click/rich): `python -c pass` "
            f"| {wall['pass_nocli'] * 1e3:.1f} | - | - | - | - |",
            f"| as in a user's venv: `import httpx` | {wall['httpx_nocli'] * 1e3:.1f} "
            f"| {imp['httpx_nocli_s'] * 1e3:.1f} | 1.00 | 1.00 | - |",
            f"| as in a user's venv: `import owui_sdk` + both classes "
            f"| {wall['owui_sdk_nocli'] * 1e3:.1f} | {imp['owui_sdk_nocli_s'] * 1e3:.1f} "
            f"| **{imp['ratio_nocli']:.2f}** | {imp['ratio_nocli_best']:.2f} "
            f"| {_goal(imp['ok_nocli'], imp['goal'])} |",
            "",
            "In process (user's venv, no interpreter start-up): `import httpx` + `import "
            f"owui_sdk` / `import httpx` = **{imp['ratio_nocli_in_process']:.2f}**.",
            "",
            "This venv has the dev tools, whose dependencies click and rich make `import httpx` "
            "also import httpx's command-line client (~100 ms); a user's venv has neither. The "
            "in-process figures below are for a user's venv.",
            "",
            "| In process (ms) | OpenWebUI | AsyncOpenWebUI |",
            "|---|---|---|",
            f"| `import httpx` | {sync_in['httpx'] * 1e3:.1f} | {async_in['httpx'] * 1e3:.1f} |",
            f"| then `import owui_sdk` + both classes | {sync_in['owui_sdk'] * 1e3:.1f} "
            f"| {async_in['owui_sdk'] * 1e3:.1f} |",
            f"| making the client (`OpenWebUI(...)`) | {sync_in['client'] * 1e3:.1f} "
            f"| {async_in['client'] * 1e3:.1f} |",
            "| (for comparison: a bare `httpx.Client()` / `AsyncClient()`) "
            f"| {imp['in_process_median_s']['Client']['client'] * 1e3:.1f} "
            f"| {imp['in_process_median_s']['AsyncClient']['client'] * 1e3:.1f} |",
            "",
            "`import httpx` + `import owui_sdk` + `OpenWebUI(...)` against `import httpx` + "
            f"`httpx.Client()`, in process: **{imp['import_client_ratio']:.2f}x** "
            f"({_goal(imp['import_client_ok'], imp['import_client_goal'])}).",
            "",
            "Import, client and first call (`client.users.get_user_by_id`, decoded"
            + (" with orjson, imported then" if imp["first_call_orjson"] else "")
            + ") against `import httpx`, `httpx.Client()` and `.get(...).json()`, fresh "
            f"interpreters, median of {imp['repeats']}: "
            f"{imp['first_call_median_s']['sdk']['total'] * 1e3:.1f} ms against "
            f"{imp['first_call_median_s']['raw']['total'] * 1e3:.1f} ms, "
            f"**{imp['first_call_ratio']:.2f}x** "
            f"({_goal(imp['first_call_ok'], imp['first_call_goal'])}); the first call alone: "
            f"{imp['first_call_median_s']['sdk']['call'] * 1e3:.1f} ms against "
            f"{imp['first_call_median_s']['raw']['call'] * 1e3:.1f} ms.",
            "",
            "| First access of a resource (ms, fresh interpreter) | OpenWebUI | AsyncOpenWebUI "
            "| modules loaded |",
            "|---|---|---|---|",
            *(
                f"| `client.{tag}` | {imp['first_access_median_s']['OpenWebUI'][tag] * 1e3:.2f} "
                f"| {imp['first_access_median_s']['AsyncOpenWebUI'][tag] * 1e3:.2f} "
                f"| {imp['first_access_modules'][tag]:.0f} |"
                for tag in imp["first_access_median_s"]["OpenWebUI"]
            ),
            "",
            f"Slowest first access: {imp['first_access_worst_s'] * 1e3:.2f} ms "
            f"(goal <= {imp['first_access_goal_s'] * 1e3:.0f} ms: "
            f"{'met' if imp['first_access_ok'] else 'NOT met'}).",
            "",
        ]
    if "memory" in results:
        mem = results["memory"]
        small, large = mem["counts"]
        eb = mem["export_bytes"]
        out += [
            "## Peak traced memory reading the NDJSON export (tracemalloc, sync)",
            "",
            f"| Method | {small:,} chats ({_kb(eb[str(small)])}) "
            f"| {large:,} chats ({_kb(eb[str(large)])}) | Ratio | Goal |",
            "|---|---|---|---|---|",
        ]
        for name, label in (
            ("iter_all", "`for chat in chats.iter_all(): pass`"),
            ("get_all", "`chats.get_all()` (for contrast)"),
        ):
            r = mem[name]
            goal = "flat, " + _goal(r["ok"], r["goal"]) if r["goal"] else "grows: expected"
            out.append(
                f"| {label} | {r['small']['peak_bytes'] / 1e6:.2f} MB "
                f"| {r['large']['peak_bytes'] / 1e6:.2f} MB | **{r['ratio']:.2f}** | {goal} |"
            )
        out.append("")
    if "upload" in results:
        out += upload_memory.report(results["upload"])
    if "cli_export" in results:
        out += cli_export_memory.report(results["cli_export"])
    if "cli_import" in results:
        out += cli_import_memory.report(results["cli_import"])
    if "kbsync" in results:
        out += kbsync.report(results["kbsync"])
    if "workspace" in results:
        out += workspace.report(results["workspace"])
    if "peers" in results:
        out += peers.report(results)
    if "fanout" in results:
        f = results["fanout"]
        raw = ", ".join(f"{t:.2f}" for t in f["raw_s"])
        sdk = ", ".join(f"{t:.2f}" for t in f["sdk_s"])
        out += [
            f"## Async fan-out: {f['concurrency']} concurrent `chats.get(id)` against a real "
            f"Open WebUI 0.12.4 (chat of {_kb(f['chat_bytes'])}, {f['rounds']} rounds each)",
            "",
            "| Client | Median wall s | Rounds (s) | Per request ms | Client CPU s/round |",
            "|---|---|---|---|---|",
            f"| raw `httpx.AsyncClient` | {f['raw_median_s']:.3f} | {raw} "
            f"| {f['raw_median_s'] / f['concurrency'] * 1e3:.2f} | {f['raw_cpu_median_s']:.3f} |",
            f"| `AsyncOpenWebUI` | {f['sdk_median_s']:.3f} | {sdk} "
            f"| {f['sdk_median_s'] / f['concurrency'] * 1e3:.2f} | {f['sdk_cpu_median_s']:.3f} |",
            f"| **SDK/raw** (median of the per-round ratios) | **{f['ratio']:.3f}** "
            f"| {', '.join(f'{x:.2f}' for x in f['ratios_per_round'])} | "
            f"| {f['sdk_cpu_median_s'] / f['raw_cpu_median_s']:.3f} |",
            "",
            f"Goal: SDK/raw {_goal(f['ratio'] <= FANOUT_GOAL, FANOUT_GOAL)}. "
            f"Server startup: {f['server_startup_s']:.0f} s.",
            "",
        ]
    out.append(f"Total benchmark time: {results['seconds']:.0f} s.")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="fewer, shorter rounds (< 1 min)")
    parser.add_argument("--json", metavar="PATH", help="also write every figure as JSON")
    parser.add_argument(
        "--server",
        action="store_true",
        help="also run the fan-out against a real Open WebUI (tests/server.py, ~40 s startup)",
    )
    parser.add_argument(
        "--only",
        choices=[
            "percall",
            "percall_stdlib",
            "breakdown",
            "imports",
            "memory",
            "upload",
            "cli_export",
            "cli_import",
            "kbsync",
            "workspace",
            "peers",
            "fanout",
        ],
        action="append",
        help="run only these parts (repeatable); fanout implies --server",
    )
    parser.add_argument("--rounds", type=int, help="per-call rounds (default 21, quick 9)")
    parser.add_argument(
        "--fanout-rounds", type=int, default=11, help="fan-out rounds per client (default 11)"
    )
    args = parser.parse_args(argv)

    default = [
        "percall",
        "percall_stdlib",
        "breakdown",
        "imports",
        "memory",
        "upload",
        "cli_export",
        "cli_import",
        "kbsync",
        "workspace",
        "peers",
    ]
    parts = set(args.only or default + (["fanout"] if args.server else []))
    rounds = args.rounds or (9 if args.quick else 21)
    target = 0.03 if args.quick else 0.075
    import_repeats = 5 if args.quick else 15
    cfg_breakdown = 7 if args.quick else 15
    results: dict[str, Any] = {
        "machine": machine(),
        "config": {
            "mode": "quick" if args.quick else "full",
            "rounds": rounds,
            "target_ms": target * 1e3,
            "import_repeats": import_repeats,
            "breakdown_repeats": cfg_breakdown,
            "parts": sorted(parts),
        },
    }
    started = time.perf_counter()
    payloads = percall.Payloads.build() if parts & {"percall", "breakdown"} else None
    if "percall" in parts:
        assert payloads is not None
        log("Per call, SDK vs raw httpx ...")
        rows = percall.run_sync(payloads, rounds, target, log)
        rows += percall.run_async(payloads, rounds, target, log)
        results["percall"] = [r.as_dict() for r in rows]
        results["machine"]["decoder"] = _decoder()
    if "percall_stdlib" in parts:
        log("Per call again, the SDK decoding with the standard library (a child process) ...")
        results["percall_stdlib"] = _stdlib_percall(args.quick, rounds)
    if "breakdown" in parts:
        assert payloads is not None
        log("Breakdown by layer ...")
        results["breakdown"] = breakdown.measure(payloads, cfg_breakdown, 0.01)
    if "imports" in parts:
        log("Import time ...")
        results["imports"] = imports.measure(import_repeats, log)
    if "memory" in parts:
        log("Memory of iter_all() / get_all() ...")
        results["memory"] = memory.measure((1000, 10000), log)
    if "upload" in parts:
        log("Memory of uploading a 200 MB file ...")
        results["upload"] = upload_memory.measure(log)
    if "cli_export" in parts:
        log("Memory of `owui chats export`, 200 and 2,000 chats ...")
        results["cli_export"] = cli_export_memory.measure(log)
    if "cli_import" in parts:
        log("Memory of `owui chats import` of the web UI's export, 200 and 2,000 chats ...")
        results["cli_import"] = cli_import_memory.measure(log)
    if "kbsync" in parts:
        log("client.knowledge.sync: a re-sync of 2,000 files, plans of 200 and 2,000 ...")
        results["kbsync"] = kbsync.measure(log)
    if "workspace" in parts:
        log("client.workspace: pull and apply of 300 models + 300 prompts + 50 tools ...")
        results["workspace"] = workspace.run(args.quick)
    if "peers" in parts:
        log(f"Against {peers.PEER} {peers.VERSION} (its own venv, a child process) ...")
        sha256 = peers.percall_sha256(payloads) if payloads is not None else None
        results["peers"] = peers.measure(rounds, target, import_repeats, log, sha256)
    if "fanout" in parts:
        log("Async fan-out against a real Open WebUI ...")
        results["fanout"] = fanout.measure(rounds=args.fanout_rounds, concurrency=200, log=log)
    results["seconds"] = time.perf_counter() - started
    results["machine"]["load_after"] = _load()

    print(report(results))
    if args.json:
        path = Path(args.json)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(results, indent=2) + "\n")
        log(f"Wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
