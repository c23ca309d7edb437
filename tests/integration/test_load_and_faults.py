"""Load and faults against a real server: many concurrent calls on one client (async and
threads) get their own answers; a restarted server is ridden out through retries (a POST only
when nothing was sent, so one chat, not two); a killed server and a server that never answers
fail fast with the right error instead of hanging.

Every loop is bounded in count and in time, all traffic stays on loopback. The figures of each
scenario are printed (``pytest -s`` shows them).
"""

from __future__ import annotations

import asyncio
import logging
import os
import secrets
import select
import socket
import threading
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from types import TracebackType

import httpx
import pytest

from owui_sdk import AsyncOpenWebUI, OpenWebUI
from owui_sdk._retry import RetryPolicy
from owui_sdk.chats import ChatResponse
from owui_sdk.errors import APIConnectionError, APITimeoutError
from tests.server import HOST, OpenWebUIServer, ServerInfo, owui_python

pytestmark = pytest.mark.integration

N_CHATS = 20
ASYNC_CALLS = 500
THREADS, CALLS_PER_THREAD = 8, 100

# Scenario 3: every get() must outlive the whole outage through its retries. Open WebUI takes
# 30-50 s to start here (more on a loaded machine), so the budget is far larger than that:
# 0.5 + 1 + 2 + 4, then 5 s per retry, no jitter (the delays are then exact).
RESTART_BUDGET = 150.0
RESTART_INITIAL_DELAY, RESTART_MAX_DELAY = 0.5, 5.0
RESTART_MAX_RETRIES = 4 + int((RESTART_BUDGET - 7.5) // RESTART_MAX_DELAY) + 1  # 33
RESTART_DEADLINE = 300.0  # the whole scenario, server restart included
UP_BEFORE_OUTAGE = 1.0  # seconds of calls against the running server before it stops
CALLS_AFTER_RESTART = 20
MAX_CALLS = 5000  # a bound on the loop's count as well as its time


def _figures(name: str, **figures: object) -> None:
    shown = ", ".join(
        f"{k}={v:.2f}" if isinstance(v, float) else f"{k}={v}" for k, v in figures.items()
    )
    print(f"\n[{name}] {shown}")


# -- log records of logger "owui_sdk": one per attempt -----------------------------------------


class _Records(logging.Handler):
    """Every DEBUG line the SDK logs: one per attempt (``-> 200``, ``(will retry)``,
    ``failed: ConnectError``...)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())

    def failures(self, method: str) -> Counter[str]:
        """How many attempts of ``method`` failed without an answer, by httpx exception."""
        return Counter(
            m.rsplit("failed: ", 1)[1].split()[0]
            for m in list(self.messages)
            if m.startswith(f"{method} ") and " failed: " in m
        )

    def count(self, method: str, text: str = "") -> int:
        return sum(1 for m in list(self.messages) if m.startswith(f"{method} ") and text in m)


@pytest.fixture
def sdk_log() -> Iterator[_Records]:
    logger = logging.getLogger("owui_sdk")
    handler = _Records()
    level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


class _SleepCounter:
    """A RetryPolicy sleep that really sleeps (bounded by the policy) and counts."""

    def __init__(self) -> None:
        self.delays: list[float] = []
        self._lock = threading.Lock()

    def __call__(self, seconds: float) -> None:
        with self._lock:
            self.delays.append(seconds)
        time.sleep(seconds)

    def __len__(self) -> int:
        with self._lock:
            return len(self.delays)


# -- 1 and 2: load on the shared server --------------------------------------------------------


@pytest.fixture(scope="module")
def load_chats(owui_server: ServerInfo) -> Iterator[dict[str, str]]:
    """N_CHATS chats of the admin with distinct titles, {id: title}; deleted at the end."""
    run = secrets.token_hex(4)
    chats: dict[str, str] = {}
    with OpenWebUI(owui_server.base_url, owui_server.admin_key) as client:
        try:
            for i in range(N_CHATS):
                title = f"load-{run}-{i:02d}"
                chat = client.chats.create_new({"chat": {"title": title}})
                assert chat is not None and chat.title == title
                chats[chat.id] = title
            assert len(chats) == N_CHATS
            yield chats
        finally:
            for chat_id in chats:
                assert client.chats.delete(chat_id) is True


async def test_500_concurrent_async_gets_each_get_their_own_chat(
    owui_server: ServerInfo, load_chats: dict[str, str]
) -> None:
    ids = list(load_chats)
    attempts = Counter[str]()

    async def on_request(request: httpx.Request) -> None:
        attempts["sent"] += 1

    async def on_response(response: httpx.Response) -> None:
        attempts[str(response.status_code)] += 1

    # httpx's default pool (100 connections, only 20 kept alive) opens and drops connections
    # all through the burst: measured here, 500 gets took ~19 s that way and ~11 s on 20
    # connections all kept alive (the server, one uvicorn worker, is the bottleneck).
    http = httpx.AsyncClient(
        limits=httpx.Limits(max_connections=20, max_keepalive_connections=20),
        timeout=httpx.Timeout(60.0, connect=5.0),
        event_hooks={"request": [on_request], "response": [on_response]},
    )
    calls = 0

    async def get(i: int) -> tuple[str, ChatResponse | None]:
        nonlocal calls
        calls += 1
        chat_id = ids[i % len(ids)]
        return chat_id, await client.chats.get(chat_id)

    try:
        async with AsyncOpenWebUI(
            owui_server.base_url, owui_server.admin_key, http_client=http
        ) as client:
            started = time.monotonic()
            results = await asyncio.wait_for(
                asyncio.gather(*(get(i) for i in range(ASYNC_CALLS)), return_exceptions=True),
                timeout=120,
            )
            elapsed = time.monotonic() - started
    finally:
        await http.aclose()

    errors = [r for r in results if isinstance(r, BaseException)]
    answers = [r for r in results if not isinstance(r, BaseException)]
    _figures(
        "async load",
        calls=calls,
        answers=len(answers),
        failures=len(errors),
        http_attempts=attempts["sent"],
        statuses=dict((k, v) for k, v in attempts.items() if k != "sent"),
        seconds=elapsed,
        calls_per_s=calls / elapsed,
    )
    assert errors == []
    assert calls == len(results) == ASYNC_CALLS
    asked = Counter[str]()
    for chat_id, chat in answers:
        assert chat is not None
        assert (chat.id, chat.title) == (chat_id, load_chats[chat_id])
        assert chat.user_id == owui_server.admin_id
        asked[chat_id] += 1
    assert asked == Counter(ids[i % len(ids)] for i in range(ASYNC_CALLS))
    # No retry was needed: one HTTP exchange per call, every one a 200.
    assert attempts == Counter({"sent": ASYNC_CALLS, "200": ASYNC_CALLS})


def test_8_threads_x_100_gets_on_one_sync_client(
    owui_server: ServerInfo, load_chats: dict[str, str], sdk_log: _Records
) -> None:
    ids = list(load_chats)
    start = threading.Barrier(THREADS, timeout=30)

    def worker(n: int) -> list[tuple[str, str, str, str]]:
        start.wait()  # all threads on the client at once
        seen = []
        for k in range(CALLS_PER_THREAD):
            chat_id = ids[(n * 7 + k) % len(ids)]
            chat = client.chats.get(chat_id)
            assert chat is not None
            seen.append((chat_id, chat.id, chat.title, chat.user_id))
        return seen

    with OpenWebUI(owui_server.base_url, owui_server.admin_key) as client:
        started = time.monotonic()
        with ThreadPoolExecutor(THREADS) as pool:
            futures = [pool.submit(worker, n) for n in range(THREADS)]
            outcomes = [f.exception(timeout=120) or f.result() for f in futures]
        elapsed = time.monotonic() - started

    errors = [o for o in outcomes if isinstance(o, BaseException)]
    answers = [a for o in outcomes if not isinstance(o, BaseException) for a in o]
    _figures(
        "threads load",
        calls=THREADS * CALLS_PER_THREAD,
        answers=len(answers),
        failures=len(errors),
        http_attempts=sdk_log.count("GET"),
        retries=sdk_log.count("GET", "(will retry)") + sum(sdk_log.failures("GET").values()),
        seconds=elapsed,
        calls_per_s=THREADS * CALLS_PER_THREAD / elapsed,
    )
    assert errors == []
    assert len(answers) == THREADS * CALLS_PER_THREAD
    for chat_id, got_id, title, user_id in answers:
        assert (got_id, title, user_id) == (chat_id, load_chats[chat_id], owui_server.admin_id)
    # One attempt per call, each answered 200: nothing lost, nothing retried.
    assert sdk_log.count("GET") == sdk_log.count("GET", "-> 200 ") == THREADS * CALLS_PER_THREAD


# -- 3 and 4: a private server, restarted then killed -----------------------------------------


@pytest.fixture(scope="module")
def private_server() -> Iterator[OpenWebUIServer]:
    """A server of this module's own, which its tests stop, restart and kill."""
    python = owui_python()
    if not python.exists():
        pytest.fail(f"Open WebUI's python {python} does not exist: run `make owui`", pytrace=False)
    server = OpenWebUIServer(python)
    with server:  # stopped, its process group killed and its data removed, whatever happens
        yield server


def _titles(client: OpenWebUI) -> Counter[str]:
    titles = Counter[str]()
    for n, chat in enumerate(client.chats.iter_list()):
        assert n < 10_000
        titles[chat.title] += 1
    return titles


def test_gets_and_a_post_ride_out_a_server_restart(
    private_server: OpenWebUIServer, sdk_log: _Records
) -> None:
    server = private_server
    info = server.info
    assert info is not None and server.running()
    get_sleeps, post_sleeps = _SleepCounter(), _SleepCounter()

    def policy(sleep: _SleepCounter) -> RetryPolicy:
        return RetryPolicy(
            max_retries=RESTART_MAX_RETRIES,
            initial_delay=RESTART_INITIAL_DELAY,
            max_delay=RESTART_MAX_DELAY,
            jitter=0.0,
            sleep=sleep,
        )

    budget = sum(policy(get_sleeps).delay(a) for a in range(RESTART_MAX_RETRIES))
    assert budget >= RESTART_BUDGET
    run = secrets.token_hex(4)
    post_title = f"restart-{run}-post"
    # max_retries is the client's argument: the one inside _retry is replaced by it.
    getter = OpenWebUI(
        info.base_url,
        info.admin_key,
        timeout=10,
        max_retries=RESTART_MAX_RETRIES,
        _retry=policy(get_sleeps),
    )
    poster = OpenWebUI(
        info.base_url,
        info.admin_key,
        timeout=10,
        max_retries=RESTART_MAX_RETRIES,
        _retry=policy(post_sleeps),
    )
    with getter, poster:
        chats = {}
        for i in range(5):
            chat = getter.chats.create_new({"chat": {"title": f"restart-{run}-{i}"}})
            assert chat is not None
            chats[chat.id] = chat.title
        ids = list(chats)
        before = _titles(getter)
        assert sum(before.values()) == len(chats) and get_sleeps.delays == []

        down, up, stop = threading.Event(), threading.Event(), threading.Event()
        times: dict[str, float] = {}
        figures = {"calls": 0, "after_up": 0, "retried_calls": 0, "most_retries": 0}
        longest = [0.0]

        def gets() -> None:
            """Gets until the server is back and has answered CALLS_AFTER_RESTART of them."""
            deadline = time.monotonic() + RESTART_DEADLINE
            while (not up.is_set() or figures["after_up"] < CALLS_AFTER_RESTART) and figures[
                "calls"
            ] < MAX_CALLS:
                if stop.is_set():
                    return
                assert time.monotonic() < deadline, f"still running after {RESTART_DEADLINE} s"
                chat_id = ids[figures["calls"] % len(ids)]
                retries_before, call_started = len(get_sleeps), time.monotonic()
                chat = getter.chats.get(chat_id)  # must not raise: retried until the server is back
                took, retries = time.monotonic() - call_started, len(get_sleeps) - retries_before
                assert chat is not None and (chat.id, chat.title) == (chat_id, chats[chat_id])
                figures["calls"] += 1
                figures["after_up"] += up.is_set()
                figures["retried_calls"] += retries > 0
                figures["most_retries"] = max(figures["most_retries"], retries)
                longest[0] = max(longest[0], took)

        def post() -> tuple[object, float, float]:
            if not down.wait(timeout=RESTART_DEADLINE) or stop.is_set():
                raise AssertionError("the server never went down")
            started = time.monotonic()
            chat = poster.chats.create_new({"chat": {"title": post_title}})
            return chat, started, time.monotonic()

        started = time.monotonic()
        with ThreadPoolExecutor(2) as pool:
            getting, posting = pool.submit(gets), pool.submit(post)
            # The restart runs on the main thread, which outlives the server: Linux sends the
            # parent-death signal (server.py's SIGTERM hook) when the spawning *thread* ends.
            try:
                time.sleep(UP_BEFORE_OUTAGE)
                times["stop"] = time.monotonic()
                server.shutdown()  # SIGTERM: uvicorn's graceful shutdown, the port closes
                times["down"] = time.monotonic()
                down.set()
                server.restart()
                times["up"] = time.monotonic()
                up.set()
            finally:
                if not up.is_set():
                    stop.set()
                    down.set()
            getting.result(timeout=RESTART_DEADLINE)
            posted, post_started, post_ended = posting.result(timeout=RESTART_BUDGET + 30)
        elapsed = time.monotonic() - started
        calls, after_up = figures["calls"], figures["after_up"]
        retried_calls, most_retries = figures["retried_calls"], figures["most_retries"]
        after = _titles(getter)

    get_failures, post_failures = sdk_log.failures("GET"), sdk_log.failures("POST")
    _figures(
        "restart",
        get_calls=calls,
        get_calls_after_restart=after_up,
        get_failures_seen=dict(get_failures),
        get_retries=len(get_sleeps),
        get_calls_retried=retried_calls,
        most_retries_one_get=most_retries,
        longest_get_s=longest[0],
        sigterm_stop_s=times["down"] - times["stop"],
        outage_s=times["up"] - times["down"],
        server_start_s=server.health_seconds or 0.0,
        post_retries=len(post_sleeps),
        post_failures_seen=dict(post_failures),
        post_s=post_ended - post_started,
        chats_before=sum(before.values()),
        chats_after=sum(after.values()),
        seconds=elapsed,
    )
    assert calls < MAX_CALLS and after_up >= CALLS_AFTER_RESTART
    # The gets met the outage and got through it by retrying, within their budget.
    assert len(get_sleeps) > 0 and retried_calls > 0
    assert get_failures["ConnectError"] > 0
    assert most_retries < RESTART_MAX_RETRIES
    assert longest[0] >= times["up"] - times["down"] - RESTART_MAX_DELAY - 1
    # The POST met a closed port (nothing sent), was retried, and made exactly one chat.
    assert posted is not None and posted.title == post_title  # type: ignore[attr-defined]
    assert len(post_sleeps) > 0
    assert set(post_failures) == {"ConnectError"}
    assert sum(post_failures.values()) == len(post_sleeps)
    assert sdk_log.count("POST", "-> 200 ") == len(chats) + 1
    assert after[post_title] == 1
    assert after == before + Counter({post_title: 1})


def test_a_killed_server_fails_fast(private_server: OpenWebUIServer) -> None:
    server = private_server
    info = server.info
    assert info is not None
    pid = server.pid
    timeout, retries = 2.0, 1
    with OpenWebUI(info.base_url, info.admin_key, timeout=timeout, max_retries=retries) as client:
        if server.running():  # a kept-alive connection in the pool, for the kill to break
            assert client.chats.get_list(page=1) is not None
        server.kill()  # SIGKILL to the process group: no graceful anything
        if pid is not None:  # None: the restart test left it stopped
            with pytest.raises(ProcessLookupError):  # nothing of it is left
                os.killpg(pid, 0)
        started = time.monotonic()
        with pytest.raises(APIConnectionError) as info_sync:
            client.chats.get("anything")
        elapsed_sync = time.monotonic() - started

    async def async_get() -> BaseException:
        async with AsyncOpenWebUI(
            info.base_url, info.admin_key, timeout=timeout, max_retries=retries
        ) as aclient:
            try:
                await aclient.chats.get("anything")
            except APIConnectionError as exc:
                return exc
        raise AssertionError("no error")

    started = time.monotonic()
    exc_async = asyncio.run(asyncio.wait_for(async_get(), timeout=60))
    elapsed_async = time.monotonic() - started
    # Each attempt may use the whole timeout, plus the default backoff (at most 8 s a retry).
    bound = min(15.0, timeout * (retries + 1) + 8.0 * retries + 3.0)
    _figures(
        "killed",
        sync_error=type(info_sync.value).__name__,
        async_error=type(exc_async).__name__,
        sync_s=elapsed_sync,
        async_s=elapsed_async,
        bound_s=bound,
    )
    for exc, elapsed in ((info_sync.value, elapsed_sync), (exc_async, elapsed_async)):
        assert type(exc) is APIConnectionError  # refused, not timed out
        assert "ConnectError" in str(exc)
        assert elapsed < bound


# -- 4b: a server that accepts and never answers -----------------------------------------------


@dataclass
class StallServer:
    """A TCP server on loopback that accepts connections and never sends a byte."""

    accepted: int = 0
    port: int = 0
    _sock: socket.socket | None = None
    _conns: list[socket.socket] = field(default_factory=list)
    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None

    def __enter__(self) -> StallServer:
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.bind((HOST, 0))
        self._sock.listen(16)
        self.port = self._sock.getsockname()[1]
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()
        return self

    def _accept(self) -> None:
        assert self._sock is not None
        while not self._stop.is_set():
            readable, _, _ = select.select([self._sock], [], [], 0.05)
            if readable:
                conn, _ = self._sock.accept()
                self._conns.append(conn)  # held open, never answered
                self.accepted += 1

    def wait_accepted(self, n: int, timeout: float = 2.0) -> int:
        deadline = time.monotonic() + timeout
        while self.accepted < n and time.monotonic() < deadline:
            time.sleep(0.01)
        return self.accepted

    @property
    def base_url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
        for conn in self._conns:
            conn.close()
        if self._sock is not None:
            self._sock.close()


@pytest.fixture
def stall() -> Iterator[StallServer]:
    with StallServer() as server:
        yield server


def _zero_sleep_policy(delays: list[float]) -> RetryPolicy:
    async def async_sleep(seconds: float) -> None:
        delays.append(seconds)

    return RetryPolicy(sleep=delays.append, async_sleep=async_sleep)


def test_a_stalled_read_times_out(stall: StallServer) -> None:
    with OpenWebUI(stall.base_url, "sk-test", timeout=1, max_retries=0) as client:
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            client.chats.get("c1")
        elapsed = time.monotonic() - started
    _figures("stall, no retry", attempts=stall.wait_accepted(1), seconds=elapsed)
    assert elapsed < 5
    assert stall.wait_accepted(1) == 1


def test_a_stalled_read_is_retried_then_times_out(stall: StallServer) -> None:
    delays: list[float] = []
    with OpenWebUI(
        stall.base_url, "sk-test", timeout=1, max_retries=2, _retry=_zero_sleep_policy(delays)
    ) as client:
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            client.chats.get("c1")
        elapsed = time.monotonic() - started
    _figures(
        "stall, 2 retries", attempts=stall.wait_accepted(3), retries=len(delays), seconds=elapsed
    )
    assert stall.wait_accepted(3) == 3
    assert len(delays) == 2
    assert elapsed < 3 * 1 + 3


async def test_a_stalled_read_is_retried_then_times_out_async(stall: StallServer) -> None:
    delays: list[float] = []
    async with AsyncOpenWebUI(
        stall.base_url, "sk-test", timeout=1, max_retries=2, _retry=_zero_sleep_policy(delays)
    ) as client:
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            await asyncio.wait_for(client.chats.get("c1"), timeout=30)
        elapsed = time.monotonic() - started
    _figures(
        "stall async, 2 retries",
        attempts=stall.wait_accepted(3),
        retries=len(delays),
        seconds=elapsed,
    )
    assert stall.wait_accepted(3) == 3
    assert len(delays) == 2
    assert elapsed < 3 * 1 + 3


def test_a_stalled_post_is_not_sent_twice(stall: StallServer) -> None:
    # The POST's bytes reached the server: a timeout must not send it again (two chats).
    delays: list[float] = []
    with (
        OpenWebUI(
            stall.base_url, "sk-test", timeout=1, max_retries=2, _retry=_zero_sleep_policy(delays)
        ) as client,
        pytest.raises(APITimeoutError),
    ):
        client.chats.create_new({"chat": {"title": "once"}})
    time.sleep(0.2)  # a second connection would have been accepted by now
    _figures("stall POST, 2 retries allowed", attempts=stall.accepted, retries=len(delays))
    assert stall.accepted == 1
    assert delays == []
