"""Where the SDK's extra time goes, layer by layer (sync, MockTransport).

Each case is timed at four depths, all over the same transport and bytes:

- ``raw``: httpx alone (``client.get(url).json()``), the baseline of the per-call table;
- ``transport``: the SDK's ``_base_client`` (``SyncAPIClient.request``: request building,
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
"""

from __future__ import annotations

import gc
import json
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

from .percall import BASE, HEADERS, LIST_PARAMS, Payloads

DEPTHS = ("raw", "transport", "transport (own client)", "endpoint", "facade")


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
    all_kwargs = get_user_chats._get_kwargs()
    all_url = f"{BASE}/api/v1/chats/all"

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
            rows.append({"case": case, "us": us, "gc": gc_cost})
    finally:
        raw.close()
        http.close()
        own.close()
    return rows
