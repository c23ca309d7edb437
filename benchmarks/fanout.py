"""Async fan-out against a real Open WebUI: ``asyncio.gather`` of many ``chats.get(id)``.

A throwaway Open WebUI (the release the package targets) is started with ``tests/server.py`` (``OpenWebUIServer``; it
needs the Open WebUI venv, ``$OWUI_PYTHON``). One chat with 20 messages is created, then rounds
alternate between raw httpx and the SDK, each round firing ``concurrency`` concurrent GETs of
that chat over one client. Both clients have httpx's default pool limits (the SDK's own client
is used as users get it: ``AsyncOpenWebUI(base_url, api_key=...)``) and the SDK's default
timeout; the raw side checks the status and decodes the JSON, as the SDK does.

The server does nearly all of the work here, so the ratio should be close to 1.0: it shows
that the SDK adds nothing that serialises concurrent requests (locks, a pool of its own,
blocking calls). The server shares the machine with the client, so the wall times are noisy;
the client process's own CPU time per round is kept beside them (what each client spends).
"""

from __future__ import annotations

import asyncio
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from owui_sdk import AsyncOpenWebUI, __openwebui_version__
from owui_sdk._settings import DEFAULT_TIMEOUT

from . import data

REPO = Path(__file__).resolve().parent.parent
# Where `make owui` installs the server (the Makefile's OWUI_CACHE), for the pinned release.
DEFAULT_OWUI_PYTHON = str(
    Path.home() / ".cache" / "owui-sdk" / f"open-webui-{__openwebui_version__}" / "bin" / "python"
)


async def _rounds(
    base_url: str, api_key: str, rounds: int, concurrency: int, log: Callable[[str], None]
) -> dict[str, Any]:
    headers = {"Accept": "application/json", "Authorization": f"Bearer {api_key}"}
    async with (
        AsyncOpenWebUI(base_url, api_key=api_key) as sdk,
        httpx.AsyncClient(headers=headers, timeout=DEFAULT_TIMEOUT) as raw,
    ):
        body = data.chat_response(random.Random(5), 20)["chat"]
        created = await sdk.chats.create_new({"chat": body})
        assert created is not None
        chat_id = created.id
        url = f"{base_url}/api/v1/chats/{chat_id}"

        async def raw_get() -> Any:
            response = await raw.get(url)
            response.raise_for_status()
            return response.json()

        async def raw_round() -> tuple[float, float]:
            cpu, start = time.process_time(), time.perf_counter()
            out = await asyncio.gather(*(raw_get() for _ in range(concurrency)))
            elapsed = time.perf_counter() - start
            assert all(item["id"] == chat_id for item in out)
            return elapsed, time.process_time() - cpu

        async def sdk_round() -> tuple[float, float]:
            cpu, start = time.process_time(), time.perf_counter()
            out = await asyncio.gather(*(sdk.chats.get(chat_id) for _ in range(concurrency)))
            elapsed = time.perf_counter() - start
            assert all(item is not None and item.id == chat_id for item in out)
            return elapsed, time.process_time() - cpu

        size = len((await raw.get(url)).content)
        await raw_round()  # warm up both (server caches, connections)
        await sdk_round()
        raw_rounds: list[tuple[float, float]] = []
        sdk_rounds: list[tuple[float, float]] = []
        for i in range(rounds):
            if i % 2 == 0:
                raw_rounds.append(await raw_round())
                sdk_rounds.append(await sdk_round())
            else:
                sdk_rounds.append(await sdk_round())
                raw_rounds.append(await raw_round())
            log(
                f"  fan-out round {i + 1}: raw {raw_rounds[-1][0]:.2f} s, "
                f"sdk {sdk_rounds[-1][0]:.2f} s"
            )
        await sdk.chats.delete(chat_id)
    raw_t = [wall for wall, _ in raw_rounds]
    sdk_t = [wall for wall, _ in sdk_rounds]
    raw_med = statistics.median(raw_t)
    sdk_med = statistics.median(sdk_t)
    ratios = [s / r for r, s in zip(raw_t, sdk_t, strict=True)]
    return {
        "concurrency": concurrency,
        "rounds": rounds,
        "chat_bytes": size,
        "raw_s": raw_t,
        "sdk_s": sdk_t,
        "raw_median_s": raw_med,
        "sdk_median_s": sdk_med,
        # The median of the per-round ratios: a round of each side run back to back shares
        # the server's and the machine's state of the moment, which drifts over a run.
        "ratio": statistics.median(ratios),
        "ratio_of_medians": sdk_med / raw_med,
        "ratios_per_round": ratios,
        # CPU time of this (client) process per round: what each client itself spends.
        "raw_cpu_median_s": statistics.median(cpu for _, cpu in raw_rounds),
        "sdk_cpu_median_s": statistics.median(cpu for _, cpu in sdk_rounds),
    }


def measure(rounds: int, concurrency: int, log: Callable[[str], None]) -> dict[str, Any]:
    os.environ.setdefault("OWUI_PYTHON", DEFAULT_OWUI_PYTHON)
    if str(REPO) not in sys.path:
        sys.path.insert(0, str(REPO))
    from tests.server import OpenWebUIServer

    server = OpenWebUIServer()
    log(f"  starting Open WebUI with {server.python} ...")
    start = time.perf_counter()
    with server as info:
        startup = time.perf_counter() - start
        log(f"  Open WebUI ready at {info.base_url} in {startup:.0f} s")
        result = asyncio.run(_rounds(info.base_url, info.admin_key, rounds, concurrency, log))
    result["server_startup_s"] = startup
    return result
