"""Large answers are parsed with the cyclic garbage collector paused, and it is back on after.

Parsing 1,000 chats allocates tens of thousands of containers that all stay alive until the
parse ends; collections during it walk them and free nothing (a third of the parse's time,
measured by ``make bench``). Checked here by counting the collections that run during a call.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from owui_sdk import AsyncOpenWebUI, OpenWebUI
from owui_sdk.api.chats import get_all_user_chats_in_db
from owui_sdk.errors import APIResponseValidationError


def _chat(n: int) -> dict[str, Any]:
    return {
        "id": f"c{n}",
        "user_id": "u",
        "title": f"chat {n}",
        "chat": {"messages": [{"role": "user", "content": "hi", "files": []}]},
        "updated_at": n,
        "created_at": n,
        "archived": False,
        "meta": {"tags": []},
    }


CHATS = json.dumps([_chat(n) for n in range(2000)]).encode()
SMALL = json.dumps([_chat(n) for n in range(2)]).encode()


def _client(body: bytes) -> OpenWebUI:
    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})

    return OpenWebUI(
        "http://owui.test",
        api_key="sk-x",
        http_client=httpx.Client(transport=httpx.MockTransport(handle)),
    )


class _Collections:
    def __init__(self) -> None:
        self.count = 0

    def __call__(self, phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            self.count += 1


@pytest.fixture
def collections() -> Iterator[_Collections]:
    counter = _Collections()
    # CPython's default thresholds: mypy, run in-process by the docs tests, raises them.
    threshold = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    gc.callbacks.append(counter)
    try:
        yield counter
    finally:
        gc.callbacks.remove(counter)
        gc.set_threshold(*threshold)


def test_a_large_answer_is_parsed_without_collections(collections: _Collections) -> None:
    with _client(CHATS) as client:
        client.chats.get_all_db()  # warm: imports, the connection
        gc.collect()
        collections.count = 0
        chats = client.chats.get_all_db()
    assert len(chats) == 2000
    # 2,000 chats make ~20,000 containers: about 30 collections with the collector running.
    assert collections.count <= 1
    assert gc.isenabled()
    gc.collect()
    collections.count = 0
    # The same parse with the collector on, by hand: the count above is the pause's doing.
    [type(c).from_dict(json.loads(json.dumps(c.to_dict()))) for c in chats]
    assert collections.count > 5


def test_the_collector_is_back_on_after_a_bad_answer() -> None:
    with (
        _client(b"[" + CHATS[1:-1] + b", 1]") as client,
        pytest.raises(APIResponseValidationError),
    ):
        get_all_user_chats_in_db.sync(client=client)
    assert gc.isenabled()


def test_a_program_that_turned_the_collector_off_keeps_it_off() -> None:
    gc.disable()
    try:
        with _client(CHATS) as client:
            assert len(client.chats.get_all_db()) == 2000
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_detailed_functions_parse_alike(collections: _Collections) -> None:
    with _client(CHATS) as client:
        gc.collect()
        collections.count = 0
        response = get_all_user_chats_in_db.sync_detailed(client=client)
    assert response.parsed is not None and len(response.parsed) == 2000
    assert collections.count <= 1
    assert gc.isenabled()


def test_small_answers_leave_the_collector_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    monkeypatch.setattr(gc, "disable", lambda: calls.append("disable"))
    with _client(SMALL) as client:
        assert len(client.chats.get_all_db()) == 2
    assert calls == []


NDJSON = b"".join(json.dumps(_chat(n)).encode() + b"\n" for n in range(2000))


def _ndjson_transport(body: bytes) -> httpx.MockTransport:
    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"content-type": "application/x-ndjson"})

    return httpx.MockTransport(handle)


def test_the_ndjson_export_is_parsed_without_collections(collections: _Collections) -> None:
    # get_all collects every chat before it returns: the same case as a large JSON answer.
    http = httpx.Client(transport=_ndjson_transport(NDJSON))
    with OpenWebUI("http://owui.test", api_key="sk-x", http_client=http) as client:
        client.chats.get_all()
        gc.collect()
        collections.count = 0
        chats = client.chats.get_all()
    assert [chat.id for chat in chats] == [f"c{n}" for n in range(2000)]
    assert collections.count <= 1
    assert gc.isenabled()


async def test_the_ndjson_export_is_parsed_without_collections_async(
    collections: _Collections,
) -> None:
    http = httpx.AsyncClient(transport=_ndjson_transport(NDJSON))
    async with AsyncOpenWebUI("http://owui.test", api_key="sk-x", http_client=http) as client:
        await client.chats.get_all()
        gc.collect()
        collections.count = 0
        chats = await client.chats.get_all()
    assert len(chats) == 2000
    assert collections.count <= 1
    assert gc.isenabled()


def test_the_collector_is_back_on_after_a_bad_ndjson_line() -> None:
    http = httpx.Client(transport=_ndjson_transport(NDJSON + b"<html>a proxy's page</html>\n"))
    with (
        OpenWebUI("http://owui.test", api_key="sk-x", http_client=http) as client,
        pytest.raises(APIResponseValidationError),
    ):
        client.chats.get_all()
    assert gc.isenabled()
