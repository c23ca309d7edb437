"""owui-client (the other Open WebUI client, async only, pydantic models) against raw httpx.

Runs in owui-client's own bench venv, never in the project's (``peers.py`` makes that venv and
starts this script with ``python -I``): it cannot import owui_sdk, and does not. It makes the
same payloads as ``percall.py`` (``data.py``, imported by its path: standard library only), an
``httpx.MockTransport`` answering them, and times owui-client's chats methods against raw
``httpx.AsyncClient`` + ``response.json()`` over the same transport, with percall's method:
interleaved rounds (raw, peer; then peer, raw; ...), N calls a round calibrated so that the raw
side takes ~``target`` s, the median of the per-round ratios. Prints JSON on stdout.

owui-client takes no httpx client nor transport: ``OWUIClientBase._client`` makes its own
``httpx.AsyncClient(timeout=60.0)`` on first use, with the name ``AsyncClient`` it imported
from httpx into ``owui_client.client_base``. That name is replaced here by a function that adds
the mock transport, before the client is made; nothing else of owui-client is touched.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import importlib.util
import json
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx

# Only in the bench venv: the project's venv (where mypy runs) does not have it.
import owui_client  # type: ignore[import-not-found, unused-ignore]
from owui_client import client_base  # type: ignore[import-not-found, unused-ignore]

BASE = "http://owui.bench"
API_KEY = "sk-x"
JSON = "application/json"
NDJSON = "application/x-ndjson"
SSE = "text/event-stream; charset=utf-8"
STREAM_CHUNKS = 2000
MESSAGES = [{"role": "user", "content": "Hi"}]
# What owui-client's get_list(page=1) sends: it leaves out include_pinned/include_folders when
# they are False (the SDK sends them). The raw side sends the same request as the peer.
LIST_PARAMS = {"page": 1}

Timing = tuple[float, float]  # (wall, CPU) seconds per call


def load_data() -> ModuleType:
    path = Path(__file__).resolve().with_name("data.py")
    spec = importlib.util.spec_from_file_location("bench_data", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass
class Payloads:
    chat_id: str
    bodies: dict[str, bytes]  # by case name
    routes: dict[str, tuple[bytes, str]]

    @classmethod
    def build(cls, data: ModuleType) -> Payloads:
        # The same calls, seeds and sizes as percall.Payloads.build: the same bytes.
        chat_id, chat_body = data.big_chat_body()
        rows = data.many_chats(count=1000)
        list_body: bytes = data.chat_list_body()
        db_body: bytes = data.dumps(rows)
        ndjson_body: bytes = data.ndjson(rows)
        sse_body: bytes = data.sse_stream(STREAM_CHUNKS)
        bodies = {
            f"stream, {STREAM_CHUNKS} chunks SSE": sse_body,
            "get_list(page=1)": list_body,
            "get(id), 200 messages": chat_body,
            "get_all_db(), 1000 chats": db_body,
            "get_all(), 1000 chats NDJSON": ndjson_body,
        }
        routes = {
            "/api/chat/completions": (sse_body, SSE),
            "/api/v1/chats/": (list_body, JSON),
            f"/api/v1/chats/{chat_id}": (chat_body, JSON),
            "/api/v1/chats/all/db": (db_body, JSON),
            "/api/v1/chats/all": (ndjson_body, NDJSON),
        }
        return cls(str(chat_id), bodies, routes)

    def handler(self) -> Callable[[httpx.Request], httpx.Response]:
        routes = self.routes

        def handle(request: httpx.Request) -> httpx.Response:
            body, content_type = routes[request.url.path]
            return httpx.Response(200, content=body, headers={"content-type": content_type})

        return handle


@dataclass
class Spec:
    case: str
    raw: Callable[[], Awaitable[Any]]
    peer: Callable[[], Awaitable[Any]]
    check: Callable[[Any, Any], None]


async def _time(fn: Callable[[], Awaitable[Any]], n: int) -> Timing:
    cpu = time.process_time()
    start = time.perf_counter()
    for _ in range(n):
        await fn()
    wall = time.perf_counter() - start
    return wall / n, (time.process_time() - cpu) / n


async def measure(spec: Spec, rounds: int, target: float) -> dict[str, Any]:
    spec.check(await spec.raw(), await spec.peer())
    for _ in range(2):
        await spec.raw()
        await spec.peer()
    n = max(1, round(target / min([(await _time(spec.raw, 2))[0] for _ in range(5)])))
    raw: list[Timing] = []
    peer: list[Timing] = []
    for i in range(rounds):
        if i % 2 == 0:
            raw.append(await _time(spec.raw, n))
            peer.append(await _time(spec.peer, n))
        else:
            peer.append(await _time(spec.peer, n))
            raw.append(await _time(spec.raw, n))
    raw_t = [wall for wall, _ in raw]
    peer_t = [wall for wall, _ in peer]
    ratios = [p / r for r, p in zip(raw_t, peer_t, strict=True)]
    return {
        "case": spec.case,
        "status": "ok",
        "calls_per_round": n,
        "rounds": rounds,
        "raw_us": statistics.median(raw_t) * 1e6,
        "peer_us": statistics.median(peer_t) * 1e6,
        "ratio": statistics.median(ratios),
        "ratio_min": min(ratios),
        "ratio_max": max(ratios),
        "best_ratio": min(peer_t) / min(raw_t),
        "cpu_ratio": statistics.median(p[1] / r[1] for r, p in zip(raw, peer, strict=True)),
        "wall_rounds": list(zip(raw_t, peer_t, strict=True)),
    }


def _type_name(value: Any) -> str:
    if isinstance(value, list):
        inner = {type(item).__name__ for item in value}
        return f"list[{' | '.join(sorted(inner)) or '?'}]"
    return type(value).__name__


def _check_list(raw: Any, peer: Any) -> None:
    assert isinstance(peer, list) and len(raw) == len(peer) == 50, _type_name(peer)
    assert peer[0].id == raw[0]["id"]


def _check_chat(raw: Any, peer: Any) -> None:
    assert peer is not None and peer.id == raw["id"], _type_name(peer)
    assert len(peer.chat["messages"]) == len(raw["chat"]["messages"]) == 200


def _check_many(raw: Any, peer: Any) -> None:
    assert isinstance(peer, list) and len(raw) == len(peer) == 1000, _type_name(peer)
    assert peer[-1].id == raw[-1]["id"]


async def run(rounds: int, target: float, log: Callable[[str], None]) -> dict[str, Any]:
    p = Payloads.build(load_data())
    transport = httpx.MockTransport(p.handler())
    real_async_client = client_base.AsyncClient

    def with_mock_transport(**kwargs: Any) -> httpx.AsyncClient:
        client: httpx.AsyncClient = real_async_client(transport=transport, **kwargs)
        return client

    client_base.AsyncClient = with_mock_transport
    peer = owui_client.OpenWebUI(api_url=f"{BASE}/api", api_key=API_KEY)
    chats = peer.chats
    chat_id = p.chat_id
    results: list[dict[str, Any]] = []
    # The same headers and timeout as the client owui-client makes (its Authorization header).
    async with httpx.AsyncClient(
        transport=transport, headers={"Authorization": f"Bearer {API_KEY}"}, timeout=60.0
    ) as raw:

        async def raw_list() -> Any:
            return (await raw.get(f"{BASE}/api/v1/chats/", params=LIST_PARAMS)).json()

        async def raw_chat() -> Any:
            return (await raw.get(f"{BASE}/api/v1/chats/{chat_id}")).json()

        async def raw_db() -> Any:
            return (await raw.get(f"{BASE}/api/v1/chats/all/db")).json()

        async def peer_list() -> Any:
            return await chats.get_list(page=1)

        async def peer_chat() -> Any:
            return await chats.get(chat_id)

        async def peer_db() -> Any:
            return await chats.get_all_db()

        specs = [
            Spec("get_list(page=1)", raw_list, peer_list, _check_list),
            Spec("get(id), 200 messages", raw_chat, peer_chat, _check_chat),
            Spec("get_all_db(), 1000 chats", raw_db, peer_db, _check_many),
        ]
        for spec in specs:
            result = await measure(spec, rounds, target)
            log(f"  owui-client {spec.case:<32} x{result['ratio']:.3f}")
            results.append(result)

        # No equivalent: each is called once and what it returns is recorded.
        ndjson = await chats.get_all()
        results.append(
            {
                "case": "get_all(), 1000 chats NDJSON",
                "status": "n/a",
                "returned": _type_name(ndjson),
                "returned_len": len(ndjson) if isinstance(ndjson, str | list) else None,
                "reason": "chats.get_all() (annotated List[ChatResponse]) calls response.json() "
                "on the NDJSON body, which fails ('Extra data'); it catches the ValueError and "
                f"returns response.text: a {_type_name(ndjson)}, no chats",
            }
        )
        stream = await chats.chat_completion(
            {"model": "echo-1", "messages": MESSAGES, "stream": True}
        )
        results.append(
            {
                "case": f"stream, {STREAM_CHUNKS} chunks SSE",
                "status": "n/a",
                "returned": _type_name(stream),
                "returned_len": len(stream) if isinstance(stream, str | list) else None,
                "reason": "no streaming: chats.chat_completion(stream=True) waits for the whole "
                "body, response.json() fails on the SSE text and it returns response.text "
                f"(a {_type_name(stream)}) as is, no chunks",
            }
        )
    assert "owui_sdk" not in sys.modules
    return {
        "versions": {
            "owui_client": version("owui-client"),
            "httpx": version("httpx"),
            "pydantic": version("pydantic"),
            "python": sys.version.split()[0],
        },
        "body_bytes": {case: len(body) for case, body in p.bodies.items()},
        "sha256": {case: hashlib.sha256(body).hexdigest() for case, body in p.bodies.items()},
        "cases": results,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rounds", type=int, default=21)
    parser.add_argument("--target", type=float, default=0.075, help="seconds, raw side a round")
    args = parser.parse_args()

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    print(json.dumps(asyncio.run(run(args.rounds, args.target, log))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
