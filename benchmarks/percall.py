"""Per-call cost of the SDK against raw httpx, both over the same ``httpx.MockTransport``.

Both sides get the same kind of httpx client (``httpx.Client`` / ``httpx.AsyncClient``) with
the same transport, the same handler and the same prebuilt response bytes, and send the same
request (URL, query, headers). What differs is everything the SDK adds on top of httpx: the
facade, the generated endpoint function, ``_settings`` and ``_retry`` (request building, retry loop,
logging check) and the attrs models.

Method: rounds are interleaved (raw then SDK, SDK then raw on the next round, ...), so that
drift (CPU frequency, other processes) hits both sides; each round times N calls, N chosen so
that the raw side of a round takes about ``target`` seconds. The figure reported is the median
of the per-round ratios SDK/raw (``time.perf_counter``); per-call microseconds are medians over
rounds too. Kept beside it for busy machines: the ratio of the fastest rounds of each side
(other processes only ever add time) and the median ratio over process CPU time. The
garbage collector stays enabled: the collections a call's allocations cause are part of its
cost.
"""

from __future__ import annotations

import asyncio
import gc
import json
import statistics
import time
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass
from typing import Any

import httpx

from owui_sdk import AsyncOpenWebUI, OpenWebUI

from . import data

BASE = "http://owui.bench"
API_KEY = "sk-x"
# What the SDK sends with every request; the raw client sends the same.
HEADERS = {"Accept": "application/json", "Authorization": f"Bearer {API_KEY}"}
# The query get_list(page=1) sends (the facade's defaults); the raw side sends the same, as
# httpx's params= (what its documentation shows) and, for the strictest baseline, written into
# the URL by hand (httpx then skips encoding and merging the query: ~15 % of this small call).
LIST_PARAMS = {"page": 1, "include_pinned": False, "include_folders": False}
LIST_QUERY = "page=1&include_pinned=false&include_folders=false"

JSON = "application/json"
NDJSON = "application/x-ndjson"
SSE = "text/event-stream; charset=utf-8"
MESSAGES = [{"role": "user", "content": "Hi"}]
COMPLETION_BODY = {"model": "echo-1", "messages": MESSAGES}
STREAM_CHUNKS = 2000
# SDK/raw goals: issue 16's (the typed SDK below the untyped baseline where decoding
# dominates) and issue 12's for the stream (three typed objects a chunk).
# The small calls (get_list, a generated resource's get_user_by_id) at most 10 % over raw httpx
# (issue 24, with the default decoder and with the standard library's).
GOALS = {
    "get_list": 1.10,
    "get_user_by_id": 1.10,
    "get": 0.75,
    "get_all_db": 1.00,
    "get_all": 0.90,
    "stream": 1.2,
}
# Where the standard library decodes (OWUI_SDK_JSON=stdlib, or no orjson: PyPy, a platform
# without its wheels), the SDK decodes exactly as raw httpx does, and the goals below the
# baseline, which orjson's decoding pays for, do not apply; the small calls keep theirs.
STDLIB_GOALS = {"get_list": 1.10, "get_user_by_id": 1.10}


def goals() -> dict[str, float]:
    """The goals for the decoder this process's SDK uses."""
    from owui_sdk import _json

    return STDLIB_GOALS if _json._pick() is _json._stdlib_loads else GOALS


@dataclass
class Payloads:
    list_body: bytes
    chat_id: str
    chat_body: bytes
    db_body: bytes
    ndjson_body: bytes
    sse_body: bytes
    user_body: bytes
    routes: dict[str, tuple[bytes, str]]

    @classmethod
    def build(cls) -> Payloads:
        chat_id, chat_body = data.big_chat_body()
        rows = data.many_chats(count=1000)
        list_body = data.chat_list_body()
        db_body = data.dumps(rows)
        ndjson_body = data.ndjson(rows)
        sse_body = data.sse_stream(STREAM_CHUNKS)
        user_body = data.user_body()
        routes = {
            f"/api/v1/users/{data.USER_ID}": (user_body, JSON),
            "/api/chat/completions": (sse_body, SSE),
            "/api/v1/chats/": (list_body, JSON),
            f"/api/v1/chats/{chat_id}": (chat_body, JSON),
            "/api/v1/chats/all/db": (db_body, JSON),
            "/api/v1/chats/all": (ndjson_body, NDJSON),
        }
        return cls(list_body, chat_id, chat_body, db_body, ndjson_body, sse_body, user_body, routes)

    def handler(self) -> Callable[[httpx.Request], httpx.Response]:
        routes = self.routes

        def handle(request: httpx.Request) -> httpx.Response:
            body, content_type = routes[request.url.path]
            return httpx.Response(200, content=body, headers={"content-type": content_type})

        return handle


@dataclass
class Result:
    case: str
    mode: str  # "sync" | "async"
    body_bytes: int
    calls_per_round: int
    rounds: int
    raw_us: float
    sdk_us: float
    ratio: float  # median of per-round SDK/raw
    ratio_min: float
    ratio_max: float
    # Fastest SDK round / fastest raw round: other processes only ever add time, so on a busy
    # machine the best rounds are the least disturbed (timeit's rule).
    best_ratio: float
    # The median ratio over process CPU time (time.process_time): time this process was not
    # running does not count (cache and frequency effects of other processes still do).
    cpu_ratio: float
    goal: float | None
    wall_rounds: list[tuple[float, float]]  # (raw, SDK) seconds per call, every round

    @property
    def ok(self) -> bool | None:
        return None if self.goal is None else self.ratio <= self.goal

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "ok": self.ok}


@dataclass
class _Spec:
    case: str
    body_bytes: int
    goal: float | None
    raw: Callable[[], Any]  # async: returns an awaitable
    sdk: Callable[[], Any]
    check: Callable[[Any, Any], None]


Timing = tuple[float, float]  # (wall, CPU) seconds per call


def _summarise(spec: _Spec, mode: str, n: int, raw: list[Timing], sdk: list[Timing]) -> Result:
    raw_t = [wall for wall, _ in raw]
    sdk_t = [wall for wall, _ in sdk]
    ratios = [s / r for r, s in zip(raw_t, sdk_t, strict=True)]
    cpu_ratios = [s[1] / r[1] for r, s in zip(raw, sdk, strict=True)]
    return Result(
        case=spec.case,
        mode=mode,
        body_bytes=spec.body_bytes,
        calls_per_round=n,
        rounds=len(ratios),
        raw_us=statistics.median(raw_t) * 1e6,
        sdk_us=statistics.median(sdk_t) * 1e6,
        ratio=statistics.median(ratios),
        ratio_min=min(ratios),
        ratio_max=max(ratios),
        best_ratio=min(sdk_t) / min(raw_t),
        cpu_ratio=statistics.median(cpu_ratios),
        goal=spec.goal,
        wall_rounds=[(r, s) for r, s in zip(raw_t, sdk_t, strict=True)],
    )


def _calls_for(per_call: float, target: float) -> int:
    # Calibrated on the raw side's fastest of 5 short batches (another process taking the CPU
    # during calibration would otherwise shrink every round).
    return max(1, round(target / per_call))


# -- sync ---------------------------------------------------------------------------------


def _time_sync(fn: Callable[[], Any], n: int) -> Timing:
    # Each batch starts from an empty garbage collector: else the side that runs right after
    # the other pays for the collections of the other's garbage, and the per-round ratios
    # split in two groups around the true one (seen as 0.3x and 1.3x for the same case).
    gc.collect()
    cpu = time.process_time()
    start = time.perf_counter()
    for _ in range(n):
        fn()
    wall = time.perf_counter() - start
    return wall / n, (time.process_time() - cpu) / n


def _measure_sync(spec: _Spec, rounds: int, target: float) -> Result:
    spec.check(spec.raw(), spec.sdk())
    for _ in range(2):  # warm up: imports, caches, connection pool
        spec.raw()
        spec.sdk()
    n = _calls_for(min(_time_sync(spec.raw, 2)[0] for _ in range(5)), target)
    raw_t: list[Timing] = []
    sdk_t: list[Timing] = []
    for i in range(rounds):
        if i % 2 == 0:
            raw_t.append(_time_sync(spec.raw, n))
            sdk_t.append(_time_sync(spec.sdk, n))
        else:
            sdk_t.append(_time_sync(spec.sdk, n))
            raw_t.append(_time_sync(spec.raw, n))
    return _summarise(spec, "sync", n, raw_t, sdk_t)


def _check_list(raw: Any, sdk: Any) -> None:
    assert len(raw) == len(sdk) == 50, (len(raw), len(sdk))
    assert sdk[0].id == raw[0]["id"]


def _check_user(raw: Any, sdk: Any) -> None:
    assert sdk.name == raw["name"] and sdk.groups == raw["groups"]


def _check_chat(raw: Any, sdk: Any) -> None:
    assert sdk is not None and sdk.id == raw["id"]
    assert len(sdk.chat["messages"]) == len(raw["chat"]["messages"]) == 200


def _check_many(raw: Any, sdk: Any) -> None:
    assert len(raw) == len(sdk) == 1000, (len(raw), len(sdk))
    assert sdk[-1].id == raw[-1]["id"]


def _check_stream(raw: Any, sdk: Any) -> None:
    assert len(raw) == len(sdk) == STREAM_CHUNKS + 1, (len(raw), len(sdk))
    text = "".join(c["choices"][0]["delta"].get("content", "") for c in raw)
    assert "".join(c.choices[0].delta.content or "" for c in sdk) == text


def sync_specs(p: Payloads, raw: httpx.Client, sdk: OpenWebUI) -> list[_Spec]:
    goal = goals()
    chats, users = sdk.chats, sdk.users
    list_url = f"{BASE}/api/v1/chats/"
    list_query_url = f"{list_url}?{LIST_QUERY}"
    user_url = f"{BASE}/api/v1/users/{data.USER_ID}"
    chat_url = f"{BASE}/api/v1/chats/{p.chat_id}"
    db_url = f"{BASE}/api/v1/chats/all/db"
    all_url = f"{BASE}/api/v1/chats/all"
    chat_id = p.chat_id

    def raw_ndjson() -> list[Any]:
        return [json.loads(line) for line in raw.get(all_url).text.splitlines() if line]

    def raw_stream() -> list[Any]:
        with raw.stream("GET", all_url) as r:
            return [json.loads(line) for line in r.iter_lines() if line]

    completions_url = f"{BASE}/api/chat/completions"
    stream_body = {**COMPLETION_BODY, "stream": True}

    def raw_sse() -> list[Any]:
        # The least a script can do: keep the data lines, stop at [DONE], decode.
        out = []
        with raw.stream("POST", completions_url, json=stream_body) as r:
            for line in r.iter_lines():
                if line.startswith("data: "):
                    if line == "data: [DONE]":
                        break
                    out.append(json.loads(line[6:]))
        return out

    def sdk_sse() -> list[Any]:
        with sdk.chat.completions.create(model="echo-1", messages=MESSAGES, stream=True) as stream:
            return list(stream)

    return [
        _Spec(
            f"stream, {STREAM_CHUNKS} chunks SSE",
            len(p.sse_body),
            goal.get("stream"),
            raw_sse,
            sdk_sse,
            _check_stream,
        ),
        _Spec(
            "get_list(page=1)",
            len(p.list_body),
            goal.get("get_list"),
            lambda: raw.get(list_url, params=LIST_PARAMS).json(),
            lambda: chats.get_list(page=1),
            _check_list,
        ),
        _Spec(
            "get_list(page=1), raw query in URL",
            len(p.list_body),
            goal.get("get_list"),
            lambda: raw.get(list_query_url).json(),
            lambda: chats.get_list(page=1),
            _check_list,
        ),
        _Spec(
            "users.get_user_by_id(id)",
            len(p.user_body),
            goal.get("get_user_by_id"),
            lambda: raw.get(user_url).json(),
            lambda: users.get_user_by_id(data.USER_ID),
            _check_user,
        ),
        _Spec(
            "get(id), 200 messages",
            len(p.chat_body),
            goal.get("get"),
            lambda: raw.get(chat_url).json(),
            lambda: chats.get(chat_id),
            _check_chat,
        ),
        _Spec(
            "get_all_db(), 1000 chats",
            len(p.db_body),
            goal.get("get_all_db"),
            lambda: raw.get(db_url).json(),
            chats.get_all_db,
            _check_many,
        ),
        _Spec(
            "get_all(), 1000 chats NDJSON",
            len(p.ndjson_body),
            goal.get("get_all"),
            raw_ndjson,
            chats.get_all,
            _check_many,
        ),
        _Spec(
            "list(iter_all()), 1000 chats NDJSON",
            len(p.ndjson_body),
            None,
            raw_stream,
            lambda: list(chats.iter_all()),
            _check_many,
        ),
    ]


def run_sync(p: Payloads, rounds: int, target: float, log: Callable[[str], None]) -> list[Result]:
    transport = httpx.MockTransport(p.handler())
    results = []
    with (
        httpx.Client(transport=transport, headers=HEADERS) as raw,
        httpx.Client(transport=transport) as http,
        OpenWebUI(BASE, api_key=API_KEY, http_client=http) as sdk,
    ):
        for spec in sync_specs(p, raw, sdk):
            result = _measure_sync(spec, rounds, target)
            log(f"  sync  {spec.case:<38} x{result.ratio:.3f}")
            results.append(result)
    return results


# -- async --------------------------------------------------------------------------------


async def _time_async(fn: Callable[[], Awaitable[Any]], n: int) -> Timing:
    # The event loop gets its turn first, as it would in a program between requests: the
    # response generators a stream leaves are closed by tasks the loop schedules, and a
    # MockTransport never yields, so without this they pile up (thousands) and every later
    # collection walks them, on both sides.
    for _ in range(3):
        await asyncio.sleep(0)
    gc.collect()  # as in _time_sync
    cpu = time.process_time()
    start = time.perf_counter()
    for _ in range(n):
        await fn()
    wall = time.perf_counter() - start
    return wall / n, (time.process_time() - cpu) / n


async def _measure_async(spec: _Spec, rounds: int, target: float) -> Result:
    spec.check(await spec.raw(), await spec.sdk())
    for _ in range(2):
        await spec.raw()
        await spec.sdk()
    n = _calls_for(min([(await _time_async(spec.raw, 2))[0] for _ in range(5)]), target)
    raw_t: list[Timing] = []
    sdk_t: list[Timing] = []
    for i in range(rounds):
        if i % 2 == 0:
            raw_t.append(await _time_async(spec.raw, n))
            sdk_t.append(await _time_async(spec.sdk, n))
        else:
            sdk_t.append(await _time_async(spec.sdk, n))
            raw_t.append(await _time_async(spec.raw, n))
    return _summarise(spec, "async", n, raw_t, sdk_t)


def async_specs(p: Payloads, raw: httpx.AsyncClient, sdk: AsyncOpenWebUI) -> list[_Spec]:
    goal = goals()
    chats, users = sdk.chats, sdk.users
    list_url = f"{BASE}/api/v1/chats/"
    list_query_url = f"{list_url}?{LIST_QUERY}"
    user_url = f"{BASE}/api/v1/users/{data.USER_ID}"
    chat_url = f"{BASE}/api/v1/chats/{p.chat_id}"
    db_url = f"{BASE}/api/v1/chats/all/db"
    all_url = f"{BASE}/api/v1/chats/all"
    chat_id = p.chat_id

    async def raw_list() -> Any:
        return (await raw.get(list_url, params=LIST_PARAMS)).json()

    async def raw_list_query() -> Any:
        return (await raw.get(list_query_url)).json()

    async def raw_user() -> Any:
        return (await raw.get(user_url)).json()

    async def sdk_user() -> Any:
        return await users.get_user_by_id(data.USER_ID)

    async def raw_chat() -> Any:
        return (await raw.get(chat_url)).json()

    async def raw_db() -> Any:
        return (await raw.get(db_url)).json()

    async def raw_ndjson() -> list[Any]:
        text = (await raw.get(all_url)).text
        return [json.loads(line) for line in text.splitlines() if line]

    async def raw_stream() -> list[Any]:
        async with raw.stream("GET", all_url) as r:
            return [json.loads(line) async for line in r.aiter_lines() if line]

    async def sdk_list() -> Any:
        return await chats.get_list(page=1)

    async def sdk_chat() -> Any:
        return await chats.get(chat_id)

    async def sdk_iter() -> list[Any]:
        return [chat async for chat in chats.iter_all()]

    completions_url = f"{BASE}/api/chat/completions"
    stream_body = {**COMPLETION_BODY, "stream": True}

    async def raw_sse() -> list[Any]:
        out = []
        async with raw.stream("POST", completions_url, json=stream_body) as r:
            async for line in r.aiter_lines():
                if line.startswith("data: "):
                    if line == "data: [DONE]":
                        break
                    out.append(json.loads(line[6:]))
        return out

    async def sdk_sse() -> list[Any]:
        stream = await sdk.chat.completions.create(model="echo-1", messages=MESSAGES, stream=True)
        async with stream:
            return [chunk async for chunk in stream]

    return [
        _Spec(
            f"stream, {STREAM_CHUNKS} chunks SSE",
            len(p.sse_body),
            goal.get("stream"),
            raw_sse,
            sdk_sse,
            _check_stream,
        ),
        _Spec(
            "get_list(page=1)",
            len(p.list_body),
            goal.get("get_list"),
            raw_list,
            sdk_list,
            _check_list,
        ),
        _Spec(
            "get_list(page=1), raw query in URL",
            len(p.list_body),
            goal.get("get_list"),
            raw_list_query,
            sdk_list,
            _check_list,
        ),
        _Spec(
            "users.get_user_by_id(id)",
            len(p.user_body),
            goal.get("get_user_by_id"),
            raw_user,
            sdk_user,
            _check_user,
        ),
        _Spec(
            "get(id), 200 messages",
            len(p.chat_body),
            goal.get("get"),
            raw_chat,
            sdk_chat,
            _check_chat,
        ),
        _Spec(
            "get_all_db(), 1000 chats",
            len(p.db_body),
            goal.get("get_all_db"),
            raw_db,
            chats.get_all_db,
            _check_many,
        ),
        _Spec(
            "get_all(), 1000 chats NDJSON",
            len(p.ndjson_body),
            goal.get("get_all"),
            raw_ndjson,
            chats.get_all,
            _check_many,
        ),
        _Spec(
            "list(iter_all()), 1000 chats NDJSON",
            len(p.ndjson_body),
            None,
            raw_stream,
            sdk_iter,
            _check_many,
        ),
    ]


async def _run_async(
    p: Payloads, rounds: int, target: float, log: Callable[[str], None]
) -> list[Result]:
    transport = httpx.MockTransport(p.handler())
    results = []
    async with (
        httpx.AsyncClient(transport=transport, headers=HEADERS) as raw,
        httpx.AsyncClient(transport=transport) as http,
        AsyncOpenWebUI(BASE, api_key=API_KEY, http_client=http) as sdk,
    ):
        for spec in async_specs(p, raw, sdk):
            result = await _measure_async(spec, rounds, target)
            log(f"  async {spec.case:<38} x{result.ratio:.3f}")
            results.append(result)
    return results


def run_async(p: Payloads, rounds: int, target: float, log: Callable[[str], None]) -> list[Result]:
    # One event loop for every async round.
    return asyncio.run(_run_async(p, rounds, target, log))
