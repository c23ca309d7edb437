"""Instructions per call, SDK vs raw httpx, counted by valgrind: immune to machine load.

Wall-clock ratios on a shared machine are noisy: other processes, CPU frequency, the VM. The
number of instructions a call executes is not (given ``PYTHONHASHSEED=0``). It leaves out
memory and cache effects, so it is a proxy for CPU time, not a substitute; a steady one.

    python benchmarks/instructions.py                # every case and depth, ~10 min
    python benchmarks/instructions.py --case get_list --depth raw --depth facade

For each case and depth (as in ``breakdown.py``: raw, transport, own-client transport,
endpoint, facade) two interpreters run under ``valgrind --tool=cachegrind``: one makes
``WARM_UP`` calls, the other the same plus N calls. The difference of their instruction counts,
divided by N, is the cost of one call, garbage collections included. Needs valgrind.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

CASES = {"get_list": 100, "get": 40, "get_all_db": 10, "get_all": 10}
DEPTHS = ("raw", "transport", "own", "endpoint", "facade")
# Calls before the counted ones, in both interpreters: past the interpreter's specialisation
# of hot code, and with the collector's generations filled.
WARM_UP = 10


def _worker(payload_path: str, case: str, depth: str, n: int) -> None:
    import httpx

    from benchmarks.percall import BASE, HEADERS, LIST_PARAMS
    from owui_sdk import OpenWebUI
    from owui_sdk._endpoint import decode
    from owui_sdk._types import UNSET
    from owui_sdk.api.chats import (
        get_all_user_chats_in_db,
        get_chat_by_id,
        get_session_user_chat_list,
        get_user_chats,
    )

    with open(payload_path, "rb") as f:
        p = pickle.load(f)
    transport = httpx.MockTransport(p.handler())
    raw = httpx.Client(transport=transport, headers=HEADERS)
    sdk = OpenWebUI(BASE, api_key="sk-x", http_client=httpx.Client(transport=transport))
    own = OpenWebUI(BASE, api_key="sk-x")
    own._api.http._transport = transport
    api, chats, chat_id = sdk._api, sdk.chats, p.chat_id
    kwargs, url, params = {
        "get_list": (
            get_session_user_chat_list._get_kwargs(
                page=1, include_pinned=False, include_folders=False, sort_by=UNSET, sort_dir=UNSET
            ),
            f"{BASE}/api/v1/chats/",
            LIST_PARAMS,
        ),
        "get": (get_chat_by_id._get_kwargs(chat_id), f"{BASE}/api/v1/chats/{chat_id}", None),
        "get_all_db": (get_all_user_chats_in_db._get_kwargs(), f"{BASE}/api/v1/chats/all/db", None),
        "get_all": (get_user_chats._get_kwargs(), f"{BASE}/api/v1/chats/all", None),
    }[case]
    ndjson = case == "get_all"

    def raw_call() -> Any:
        response = raw.get(url, params=params)
        if ndjson:
            return [json.loads(line) for line in response.text.splitlines() if line]
        return response.json()

    def transport_call(client: Any) -> Any:
        response = client._request(kwargs)
        return decode(response) if ndjson else response.json()

    def endpoint_call() -> Any:
        if case == "get_list":
            return get_session_user_chat_list.sync(
                client=api,
                page=1,
                include_pinned=False,
                include_folders=False,
                sort_by=UNSET,
                sort_dir=UNSET,
            )
        if case == "get":
            return get_chat_by_id.sync(chat_id, client=api)
        if case == "get_all_db":
            return get_all_user_chats_in_db.sync(client=api)
        # Untyped in the schema: the decoded NDJSON lines as dicts (the facade makes models).
        return get_user_chats.sync(client=api)

    def facade_call() -> Any:
        if case == "get_list":
            return chats.get_list(page=1)
        if case == "get":
            return chats.get(chat_id)
        if case == "get_all_db":
            return chats.get_all_db()
        return chats.get_all()

    fn = {
        "raw": raw_call,
        "transport": lambda: transport_call(api),
        "own": lambda: transport_call(own._api),
        "endpoint": endpoint_call,
        "facade": facade_call,
    }[depth]
    for _ in range(WARM_UP + n):
        fn()


def _count(payload_path: str, case: str, depth: str, n: int) -> int:
    env = dict(os.environ, PYTHONHASHSEED="0")
    out = subprocess.run(
        [
            "valgrind",
            "--tool=cachegrind",
            "--cache-sim=no",
            "--cachegrind-out-file=/dev/null",
            sys.executable,
            __file__,
            "--worker",
            payload_path,
            case,
            depth,
            str(n),
        ],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    match = re.search(r"I\s+refs:\s+([\d,]+)", out.stderr)
    if match is None:
        raise RuntimeError(f"no instruction count in valgrind's output:\n{out.stderr[-2000:]}")
    return int(match.group(1).replace(",", ""))


def _per_call(payload_path: str, case: str, depth: str) -> int:
    n = CASES[case]
    return (_count(payload_path, case, depth, n) - _count(payload_path, case, depth, 0)) // n


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--worker"]:
        _, path, case, depth, n = argv
        _worker(path, case, depth, int(n))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--case", choices=list(CASES), action="append")
    parser.add_argument("--depth", choices=DEPTHS, action="append")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--json", metavar="PATH")
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        parser.error("valgrind is not installed")
    cases = args.case or list(CASES)
    depths = args.depth or list(DEPTHS)

    from benchmarks.percall import Payloads

    tmp = tempfile.mkdtemp(prefix="owui-bench-ir-")
    try:
        path = os.path.join(tmp, "payloads.pickle")
        with open(path, "wb") as f:
            pickle.dump(Payloads.build(), f)
        jobs = [(case, depth) for case in cases for depth in depths]
        with ThreadPoolExecutor(args.jobs) as pool:
            counts = dict(zip(jobs, pool.map(lambda job: _per_call(path, *job), jobs), strict=True))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    print("| Case | " + " | ".join(depths) + " | facade/raw |")
    print("|---|" + "---|" * (len(depths) + 1))
    for case in cases:
        row = [f"{counts[case, depth] / 1e6:.3f} M" for depth in depths]
        ratio = (
            f"{counts[case, 'facade'] / counts[case, 'raw']:.3f}"
            if "raw" in depths and "facade" in depths
            else "-"
        )
        print(f"| {case} | " + " | ".join(row) + f" | {ratio} |")
    if args.json:
        Path(args.json).write_text(
            json.dumps({f"{c}/{d}": v for (c, d), v in counts.items()}, indent=2) + "\n"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
