"""Import cost: fresh interpreters, timed from outside (wall) and from inside (in-process).

Outside: ``python -c "pass"``, ``python -c "import httpx"`` and ``python -c "import owui_sdk;
owui_sdk.OpenWebUI; owui_sdk.AsyncOpenWebUI"`` run interleaved (the order rotates every
round), each ``repeats`` times; the median of each, less the median of the bare ``pass``, is
what the import costs. owui_sdk imports httpx, so its figure includes httpx's.

Both pairs run twice: as they are in this venv, and with httpx's optional command-line
dependencies (click, rich, pygments) blocked, as in a user's venv (see ``NO_CLI``).

Inside (user's-venv variant): a fresh interpreter times its own ``import httpx``, then ``import owui_sdk`` and both
client classes, making the client, then the first access of one resource (``client.chats``,
``client.users``, ...: its module and its tag's endpoint index, no endpoint module). Sync and
async, and each resource, run in separate interpreters, so that none warms another's modules.
For comparison, the cost of making a bare ``httpx.Client()`` / ``httpx.AsyncClient()`` (mostly
its SSL context) in a fresh interpreter too.

Last, the way a user meets it: a fresh interpreter imports, makes the client and makes its
first call (``client.users.get_user_by_id`` against ``httpx.Client.get(...).json()``, both
over a MockTransport with the same answer), rounds alternating. The SDK imports orjson at its
first decode, not with ``owui_sdk``, so only this figure counts orjson's import.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from typing import Any

# httpx imports its command-line client (click, rich, pygments: ~100 ms) whenever those are
# installed. This venv has them (openapi-python-client, a dev tool, needs them); a user's venv
# with owui-sdk and its dependencies has not. "_nocli" blocks them, as in a user's venv.
# `import owui_sdk` + both client classes over `import httpx` (issue 16).
IMPORT_GOAL = 1.15
NO_CLI = "import sys; sys.modules.update(click=None, rich=None, pygments=None); "
_SDK = "import owui_sdk; owui_sdk.OpenWebUI; owui_sdk.AsyncOpenWebUI"
OUTSIDE = {
    "pass": "pass",
    "httpx": "import httpx",
    "owui_sdk": _SDK,
    "pass_nocli": NO_CLI + "pass",
    "httpx_nocli": NO_CLI + "import httpx",
    "owui_sdk_nocli": NO_CLI + _SDK,
}

_INSIDE = (
    NO_CLI
    + """
import time, json
clock = time.perf_counter
t0 = clock(); import httpx; t1 = clock()
import owui_sdk; owui_sdk.OpenWebUI; owui_sdk.AsyncOpenWebUI; t2 = clock()
cls = owui_sdk.{cls}
client = cls("http://127.0.0.1:9", api_key="sk-x"); t3 = clock()
before = len(sys.modules)
client.{tag}; t4 = clock()
print(json.dumps({{"httpx": t1 - t0, "owui_sdk": t2 - t1, "client": t3 - t2,
                  "first": t4 - t3, "first_modules": len(sys.modules) - before}}))
"""
)

# For comparison with "client" above: what a bare httpx client costs to make (its SSL context).
_RAW_CLIENT = (
    NO_CLI
    + """
import time, json
import httpx
t0 = time.perf_counter(); httpx.{cls}(); t1 = time.perf_counter()
print(json.dumps({{"client": t1 - t0}}))
"""
)


# The way a user meets it: import, make the client, make the first call (decoding its answer;
# the SDK imports orjson there, on the first decode). Both over a MockTransport answering the
# same bytes; the SDK's first call is a generated resource's (its module is imported on first
# access), the raw one httpx's get + .json().
_USER_BODY = (
    b'{"name":"Ada Lovelace","groups":[],"is_active":true,"status_emoji":null,'
    b'"status_message":null,"status_expires_at":null,"profile_image_url":"/user.png"}'
)
_FIRST_CALL = (
    NO_CLI
    + """
import time, json
clock = time.perf_counter
t0 = clock()
import httpx
t1 = clock()
def handler(request):
    return httpx.Response(200, content={body!r}, headers={{"content-type": "application/json"}})
transport = httpx.MockTransport(handler)
{code}
t3 = clock()
print(json.dumps({{"import": t1 - t0, "client": t2 - t1, "call": t3 - t2, "total": t3 - t0,
                  "orjson": "orjson" in sys.modules}}))
"""
)
_FIRST_CALL_CODE = {
    # Each side makes its client as a user does (httpx's SSL context included, ~50 ms here),
    # then the mock takes the place of its transport (benchmark only: httpx has no public way).
    "raw": """http = httpx.Client(headers={"Authorization": "Bearer sk-x"})
t2 = clock()
http._transport = transport
value = http.get("http://127.0.0.1:9/api/v1/users/u1").json()""",
    "sdk": """import owui_sdk
client = owui_sdk.OpenWebUI("http://127.0.0.1:9", api_key="sk-x")
t2 = clock()
client._api.http._transport = transport
value = client.users.get_user_by_id("u1")""",
}


def _first_call(side: str, env: dict[str, str]) -> dict[str, Any]:
    script = _FIRST_CALL.format(body=_USER_BODY, code=_FIRST_CALL_CODE[side])
    out = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, env=env)
    values: dict[str, Any] = json.loads(out.stdout)
    return values


def _env(pycache: str) -> dict[str, str]:
    # Bytecode as an installed wheel has it: pip compiles httpx's .pyc files, but this
    # checkout's (editable) owui_sdk has none, and PYTHONDONTWRITEBYTECODE may forbid writing
    # them, so that every import of it would compile from source. A private cache directory
    # (PYTHONPYCACHEPREFIX) gives both the same footing without writing into src/.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = pycache
    return env


def _run(code: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
    return time.perf_counter() - start


#: Resources whose first access is timed: the hand-written chats, and generated ones from the
#: smallest to the largest.
FIRST_ACCESS = ("chats", "users", "files", "knowledge", "system", "configs", "channels")
#: Goals: import + client against httpx's import + client, and any resource's first access.
IMPORT_CLIENT_GOAL = 1.15
#: Import, client and first call against httpx's (issue 24: orjson's import counted).
FIRST_CALL_GOAL = 1.15
FIRST_ACCESS_GOAL_S = 0.005


def _inside(cls: str, env: dict[str, str], tag: str = "chats") -> dict[str, float]:
    script = _RAW_CLIENT if cls in ("Client", "AsyncClient") else _INSIDE
    out = subprocess.run(
        [sys.executable, "-c", script.format(cls=cls, tag=tag)],
        check=True,
        capture_output=True,
        env=env,
    )
    values: dict[str, float] = json.loads(out.stdout)
    return values


def measure(repeats: int, log: Callable[[str], None]) -> dict[str, Any]:
    pycache = tempfile.mkdtemp(prefix="owui-bench-pycache-")
    try:
        return _measure(repeats, log, _env(pycache))
    finally:
        shutil.rmtree(pycache, ignore_errors=True)


def _measure(repeats: int, log: Callable[[str], None], env: dict[str, str]) -> dict[str, Any]:
    names = list(OUTSIDE)
    for name in names:  # warm the page cache and write the .pyc files
        _run(OUTSIDE[name], env)
    for cls in ("OpenWebUI", "AsyncOpenWebUI"):
        _inside(cls, env)
    wall: dict[str, list[float]] = {name: [] for name in names}
    for i in range(repeats):
        k = i % len(names)
        for name in names[k:] + names[:k]:
            wall[name].append(_run(OUTSIDE[name], env))
    med = {name: statistics.median(times) for name, times in wall.items()}
    best = {name: min(times) for name, times in wall.items()}
    httpx_cost = med["httpx"] - med["pass"]
    sdk_cost = med["owui_sdk"] - med["pass"]
    httpx_nocli = med["httpx_nocli"] - med["pass_nocli"]
    sdk_nocli = med["owui_sdk_nocli"] - med["pass_nocli"]
    log(f"  import: httpx {httpx_cost * 1e3:.1f} ms, owui_sdk {sdk_cost * 1e3:.1f} ms")
    log(
        f"  import without click/rich: httpx {httpx_nocli * 1e3:.1f} ms, owui_sdk {sdk_nocli * 1e3:.1f} ms"
    )

    inside: dict[str, dict[str, list[float]]] = {
        "OpenWebUI": {},
        "AsyncOpenWebUI": {},
        "Client": {},
        "AsyncClient": {},
    }
    first: dict[str, dict[str, list[float]]] = {"OpenWebUI": {}, "AsyncOpenWebUI": {}}
    first_modules: dict[str, float] = {}
    for i in range(repeats):
        for cls, acc in inside.items():
            if cls in first:
                tag = FIRST_ACCESS[i % len(FIRST_ACCESS)]
                for t in FIRST_ACCESS:
                    values = _inside(cls, env, t)
                    first[cls].setdefault(t, []).append(values.pop("first"))
                    first_modules[t] = values.pop("first_modules")
                    if t == tag:  # one run per round feeds the import figures
                        for key, value in values.items():
                            acc.setdefault(key, []).append(value)
            else:
                for key, value in _inside(cls, env).items():
                    acc.setdefault(key, []).append(value)
    calls: dict[str, dict[str, list[float]]] = {"raw": {}, "sdk": {}}
    orjson_loaded = False
    for side in calls:  # warm-up: the .pyc files
        _first_call(side, env)
    for i in range(repeats):
        for side in ("raw", "sdk") if i % 2 == 0 else ("sdk", "raw"):
            values = _first_call(side, env)
            orjson_loaded = orjson_loaded or (side == "sdk" and bool(values.pop("orjson")))
            values.pop("orjson", None)
            for key, value in values.items():
                calls[side].setdefault(key, []).append(value)
    calls_med = {
        side: {key: statistics.median(values) for key, values in acc.items()}
        for side, acc in calls.items()
    }
    first_call_ratio = calls_med["sdk"]["total"] / calls_med["raw"]["total"]
    log(
        f"  import + client + first call: SDK {calls_med['sdk']['total'] * 1e3:.1f} ms, httpx "
        f"{calls_med['raw']['total'] * 1e3:.1f} ms: {first_call_ratio:.2f}x"
    )
    inside_med = {
        cls: {key: statistics.median(values) for key, values in acc.items()}
        for cls, acc in inside.items()
    }
    first_med = {
        cls: {tag: statistics.median(values) for tag, values in acc.items()}
        for cls, acc in first.items()
    }
    worst_first = max(v for acc in first_med.values() for v in acc.values())
    sync_in = inside_med["OpenWebUI"]
    import_client_ratio = (sync_in["httpx"] + sync_in["owui_sdk"] + sync_in["client"]) / (
        sync_in["httpx"] + inside_med["Client"]["client"]
    )
    for tag in FIRST_ACCESS:
        log(
            f"  first client.{tag}: sync {first_med['OpenWebUI'][tag] * 1e3:.2f} ms, async "
            f"{first_med['AsyncOpenWebUI'][tag] * 1e3:.2f} ms ({first_modules[tag]:.0f} modules)"
        )
    log(
        f"  import owui_sdk + OpenWebUI() vs import httpx + httpx.Client(): {import_client_ratio:.2f}x"
    )
    return {
        "repeats": repeats,
        "wall_median_s": med,
        "httpx_s": httpx_cost,
        "owui_sdk_s": sdk_cost,
        "ratio": sdk_cost / httpx_cost,
        "httpx_nocli_s": httpx_nocli,
        "owui_sdk_nocli_s": sdk_nocli,
        "ratio_nocli": sdk_nocli / httpx_nocli,
        "goal": IMPORT_GOAL,
        "ok": sdk_cost / httpx_cost <= IMPORT_GOAL,
        "ok_nocli": sdk_nocli / httpx_nocli <= IMPORT_GOAL,
        # On a busy machine: the fastest run of each (other processes only add time).
        "wall_best_s": best,
        "ratio_best": (best["owui_sdk"] - best["pass"]) / (best["httpx"] - best["pass"]),
        "ratio_nocli_best": (best["owui_sdk_nocli"] - best["pass_nocli"])
        / (best["httpx_nocli"] - best["pass_nocli"]),
        # In process, no interpreter start-up in either figure.
        "ratio_nocli_in_process": (
            inside_med["OpenWebUI"]["httpx"] + inside_med["OpenWebUI"]["owui_sdk"]
        )
        / inside_med["OpenWebUI"]["httpx"],
        "in_process_median_s": inside_med,
        "first_access_median_s": first_med,
        "first_access_modules": first_modules,
        "first_access_worst_s": worst_first,
        "first_access_goal_s": FIRST_ACCESS_GOAL_S,
        "first_access_ok": worst_first <= FIRST_ACCESS_GOAL_S,
        "import_client_ratio": import_client_ratio,
        "import_client_goal": IMPORT_CLIENT_GOAL,
        "import_client_ok": import_client_ratio <= IMPORT_CLIENT_GOAL,
        "first_call_median_s": calls_med,
        "first_call_ratio": first_call_ratio,
        "first_call_goal": FIRST_CALL_GOAL,
        "first_call_ok": first_call_ratio <= FIRST_CALL_GOAL,
        "first_call_orjson": orjson_loaded,
    }
