"""Where the SDK's extra time goes, layer by layer (sync, MockTransport).

Each case is timed at four depths, all over the same transport and bytes:

- ``raw``: httpx alone (``client.get(url).json()``), the baseline of the per-call table;
- ``transport``: the SDK's ``_settings`` and ``api_client`` (``SyncAPIClient.request``: request building,
  headers, retry loop, logging check) then ``response.json()``, no models;
- ``endpoint``: the generated function (``<endpoint>.sync``): the above plus its parsing into
  attrs models (``from_dict``);
- ``facade``: the public method (``client.chats.<method>``).

The differences between consecutive depths charge each layer with its cost. Figures are
process CPU time (``time.process_time``: everything here runs in this one thread, and other
processes taking the CPU do not count), the fastest of several repeats (the depths
interleaved, so that drift hits them all), in microseconds per call. A fifth line, ``transport
(own client)``, is the transport depth over the httpx client the SDK makes itself (its
transport swapped for the mock), where the headers are set once on the client instead of
merged into every request.

The minimum leaves out most garbage collections, whose cost grows with the objects a call
creates (the models are more objects). They are counted apart, for ``raw`` and ``facade``:
time in the collector per call (``gc.callbacks``), over ~0.3 s of calls.

The small calls (``get_list``, ``users.get_user_by_id``) are also profiled (``cProfile``), raw
and facade, and each function's own time is charged to a layer by where it is defined:
httpx (with the standard library it calls: URLs, headers), decoding (``json``, orjson,
``owui_sdk._json``), the SDK's transport (``_settings``, ``_retry``, ``api_client``), the generated
endpoint (``owui_sdk.api``, ``_endpoint``), the models (``_generated``, attrs' ``__init__``)
and the facade. A built-in function's time goes to the layer of its caller. The figures are
profiled CPU µs per call: the profiler slows Python code (httpx's, the models') much more than
C code (the decoders), so they say where the time goes and what differs between raw and the
SDK, not what each layer costs unprofiled (the depths above say that).
"""

from __future__ import annotations

import cProfile
import gc
import json
import pstats
import time
from collections.abc import Callable
from typing import Any

import httpx

from owui_sdk import OpenWebUI
from owui_sdk._endpoint import decode
from owui_sdk._types import UNSET
from owui_sdk.api.chats import (
    get_all_user_chats_in_db,
    get_chat_by_id,
    get_session_user_chat_list,
    get_user_chats,
)
from owui_sdk.api.users import get_user_by_id

from . import data
from .percall import BASE, HEADERS, LIST_PARAMS, LIST_QUERY, Payloads

DEPTHS = ("raw", "transport", "transport (own client)", "endpoint", "facade")
#: The layers a profile's time is charged to, in the order their rules are tried.
LAYERS = ("decoding", "models", "endpoint", "facade", "transport", "httpx")
_RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("decoding", ("/json/", "owui_sdk/_json.py", "orjson", "_json.")),
    ("models", ("owui_sdk/_generated/", "<attrs generated")),
    ("endpoint", ("owui_sdk/api/", "owui_sdk/_endpoint.py", "owui_sdk/_types.py")),
    (
        "transport",
        ("owui_sdk/_settings.py", "owui_sdk/_retry.py", "api_client.py", "owui_sdk/errors.py"),
    ),
    ("facade", ("owui_sdk/",)),
)
#: The cases profiled: the small calls, where the SDK's own work weighs most.
PROFILED = ("get_list(page=1)", "users.get_user_by_id(id)")


def _layer(filename: str, name: str) -> str | None:
    """The layer of a function, or None for a built-in (charged to its caller)."""
    if filename == "~":
        return "decoding" if "json" in name else None
    for layer, marks in _RULES:
        if any(mark in filename for mark in marks):
            return layer
    return "httpx"


def profile(fn: Callable[[], Any], calls: int) -> dict[str, float]:
    """Each layer's profiled CPU seconds per call of ``fn``."""
    for _ in range(20):
        fn()
    profiler = cProfile.Profile(time.process_time)
    profiler.enable()
    for _ in range(calls):
        fn()
    profiler.disable()
    stats: dict[Any, Any] = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    layers = dict.fromkeys(LAYERS, 0.0)
    for (filename, _, name), (_, _, own, _, callers) in stats.items():
        layer = _layer(filename, name)
        if layer is not None:
            layers[layer] += own
            continue
        for (c_file, _, c_name), caller_times in callers.items():
            layers[_layer(c_file, c_name) or "httpx"] += caller_times[2]
    return {layer: seconds / calls for layer, seconds in layers.items()}


def _block(fn: Callable[[], Any], n: int) -> float:
    start = time.process_time()
    for _ in range(n):
        fn()
    return (time.process_time() - start) / n


def _best(fns: dict[str, Callable[[], Any]], repeats: int, target: float) -> dict[str, float]:
    """The fastest of ``repeats`` blocks for each depth, the depths interleaved."""
    for fn in fns.values():
        fn()
    one = min(_block(fns["raw"], 1) for _ in range(3))
    n = max(1, round(target / max(one, 1e-6)))
    best = dict.fromkeys(fns, float("inf"))
    for i in range(repeats):
        order = list(fns) if i % 2 == 0 else list(reversed(fns))
        for depth in order:
            best[depth] = min(best[depth], _block(fns[depth], n))
    return best


def _gc_cost(fn: Callable[[], Any], calls: int) -> dict[str, float]:
    """Time spent in the garbage collector during ``calls`` calls (gc.callbacks)."""
    spent = 0.0
    started = 0.0
    counts = [0, 0, 0]

    def callback(phase: str, info: dict[str, int]) -> None:
        nonlocal spent, started
        if phase == "start":
            started = time.perf_counter()
        else:
            spent += time.perf_counter() - started
            counts[info["generation"]] += 1

    gc.collect()
    gc.callbacks.append(callback)
    try:
        start = time.perf_counter()
        for _ in range(calls):
            fn()
        total = time.perf_counter() - start
    finally:
        gc.callbacks.remove(callback)
    return {
        "us_per_call": spent / calls * 1e6,
        "share": spent / total,
        "collections_per_call": sum(counts) / calls,
        "full_per_call": counts[2] / calls,
    }


def measure(p: Payloads, repeats: int, target: float) -> list[dict[str, Any]]:
    transport = httpx.MockTransport(p.handler())
    raw = httpx.Client(transport=transport, headers=HEADERS)
    http = httpx.Client(transport=transport)
    sdk = OpenWebUI(BASE, api_key="sk-x", http_client=http)
    own = OpenWebUI(BASE, api_key="sk-x")
    # httpx has no public way to change a client's transport after it is made; the SDK makes
    # its own client without one. Benchmark-only.
    own._api.http._transport = transport
    api, own_api, chats = sdk._api, own._api, sdk.chats
    chat_id = p.chat_id
    # As the facade calls it: the generated defaults for sort_by / sort_dir left out.
    list_kwargs = get_session_user_chat_list._get_kwargs(
        page=1, include_pinned=False, include_folders=False, sort_by=UNSET, sort_dir=UNSET
    )
    chat_kwargs = get_chat_by_id._get_kwargs(chat_id)
    db_kwargs = get_all_user_chats_in_db._get_kwargs()
    user_kwargs = get_user_by_id._get_kwargs(data.USER_ID)
    user_url = f"{BASE}/api/v1/users/{data.USER_ID}"
    users = sdk.users
    all_kwargs = get_user_chats._get_kwargs()
    all_url = f"{BASE}/api/v1/chats/all"
    list_query_url = f"{BASE}/api/v1/chats/?{LIST_QUERY}"

    cases: list[tuple[str, dict[str, Callable[[], Any]]]] = [
        (
            "get_list(page=1)",
            {
                "raw": lambda: raw.get(f"{BASE}/api/v1/chats/", params=LIST_PARAMS).json(),
                "transport": lambda: api._request(list_kwargs).json(),
                "transport (own client)": lambda: own_api._request(list_kwargs).json(),
                "endpoint": lambda: get_session_user_chat_list.sync(
                    client=api,
                    page=1,
                    include_pinned=False,
                    include_folders=False,
                    sort_by=UNSET,
                    sort_dir=UNSET,
                ),
                "facade": lambda: chats.get_list(page=1),
            },
        ),
        (
            # The strictest baseline (benchmarks/README.md): httpx neither encodes the query nor
            # merges it into the URL, so the SDK's every layer is charged against it.
            "get_list(page=1), raw query in URL",
            {
                "raw": lambda: raw.get(list_query_url).json(),
                "transport": lambda: api._request(list_kwargs).json(),
                "transport (own client)": lambda: own_api._request(list_kwargs).json(),
                "endpoint": lambda: get_session_user_chat_list.sync(
                    client=api,
                    page=1,
                    include_pinned=False,
                    include_folders=False,
                    sort_by=UNSET,
                    sort_dir=UNSET,
                ),
                "facade": lambda: chats.get_list(page=1),
            },
        ),
        (
            "users.get_user_by_id(id)",
            {
                "raw": lambda: raw.get(user_url).json(),
                "transport": lambda: api._request(user_kwargs).json(),
                "transport (own client)": lambda: own_api._request(user_kwargs).json(),
                "endpoint": lambda: get_user_by_id.sync(data.USER_ID, client=api),
                "facade": lambda: users.get_user_by_id(data.USER_ID),
            },
        ),
        (
            "get(id), 200 messages",
            {
                "raw": lambda: raw.get(f"{BASE}/api/v1/chats/{chat_id}").json(),
                "transport": lambda: api._request(chat_kwargs).json(),
                "transport (own client)": lambda: own_api._request(chat_kwargs).json(),
                "endpoint": lambda: get_chat_by_id.sync(chat_id, client=api),
                "facade": lambda: chats.get(chat_id),
            },
        ),
        (
            "get_all_db(), 1000 chats",
            {
                "raw": lambda: raw.get(f"{BASE}/api/v1/chats/all/db").json(),
                "transport": lambda: api._request(db_kwargs).json(),
                "transport (own client)": lambda: own_api._request(db_kwargs).json(),
                "endpoint": lambda: get_all_user_chats_in_db.sync(client=api),
                "facade": chats.get_all_db,
            },
        ),
        (
            "get_all(), 1000 chats NDJSON",
            {
                "raw": lambda: [
                    json.loads(line) for line in raw.get(all_url).text.splitlines() if line
                ],
                # decode(): what the generated get_user_chats does with NDJSON (a list of dicts)
                "transport": lambda: decode(api._request(all_kwargs)),
                "transport (own client)": lambda: decode(own_api._request(all_kwargs)),
                "endpoint": lambda: get_user_chats.sync(client=api),
                "facade": chats.get_all,
            },
        ),
    ]
    rows = []
    try:
        for case, fns in cases:
            best = _best({depth: fns[depth] for depth in DEPTHS}, repeats, target)
            us = {depth: seconds * 1e6 for depth, seconds in best.items()}
            calls = max(10, round(0.3 / best["raw"]))
            gc_cost = {depth: _gc_cost(fns[depth], calls) for depth in ("raw", "facade")}
            row: dict[str, Any] = {"case": case, "us": us, "gc": gc_cost}
            if case in PROFILED:
                profile_calls = max(50, round(0.5 / best["raw"]))
                row["profile"] = {
                    depth: {
                        layer: seconds * 1e6
                        for layer, seconds in profile(fns[depth], profile_calls).items()
                    }
                    for depth in ("raw", "facade")
                }
            rows.append(row)
    finally:
        raw.close()
        http.close()
        own.close()
    return rows
