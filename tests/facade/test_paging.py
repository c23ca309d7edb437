"""The generated ``iter_<route>`` methods, in both colours, against ``httpx.MockTransport``:
the pages they ask for and where they stop. The rule (codegen/generate.py, ``paging_of``): a
GET with a ``page`` query parameter, or ``skip`` and ``limit``, whose typed answer is a list
or an object holding the page's list."""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest

from owui_sdk import AsyncOpenWebUI, OpenWebUI
from tests._schema import has_operation, spec

from ._support import BASE, close, collect, make_client

Answer = Callable[[httpx.Request], Any]


class Pages:
    """A server answering from ``answer(request)``, keeping every request it was sent."""

    def __init__(self, answer: Answer) -> None:
        self.answer = answer
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json=self.answer(request))

    def queries(self, *names: str) -> list[tuple[str | None, ...]]:
        return [tuple(r.url.params.get(name) for name in names) for r in self.requests]


@pytest.fixture
async def serve(colour: str) -> AsyncIterator[Callable[[Answer], tuple[Any, Pages]]]:
    built: list[Any] = []

    def factory(answer: Answer) -> tuple[Any, Pages]:
        pages = Pages(answer)
        transport = httpx.MockTransport(pages)
        http = (httpx.Client if colour == "sync" else httpx.AsyncClient)(transport=transport)
        instance = make_client(colour, base_url=BASE, http_client=http)
        built.append((instance, http))
        return instance, pages

    yield factory
    for instance, http in built:
        await close(instance)
        if isinstance(http, httpx.AsyncClient):
            await http.aclose()
        else:
            http.close()


def user(n: int) -> dict[str, Any]:
    return {
        "id": f"u{n}",
        "email": f"u{n}@x.test",
        "name": f"U{n}",
        "last_active_at": 1,
        "updated_at": 1,
        "created_at": 1,
    }


def note(n: int) -> dict[str, Any]:
    return {"id": f"n{n}", "title": f"N{n}", "data": {}, "updated_at": 1, "created_at": 1}


def file(n: int) -> dict[str, Any]:
    return {"id": f"f{n}", "user_id": "u1", "filename": f"{n}.txt", "created_at": 1}


def page_of(request: httpx.Request) -> int:
    return int(request.url.params["page"])


async def test_pages_by_number_until_the_total_came(serve: Any) -> None:
    # {"users": [...], "total": 3}: pages 1 and 2 bring the 3; no request for page 3.
    client, pages = serve(
        lambda r: {"users": [user(n) for n in {1: [1, 2], 2: [3]}[page_of(r)]], "total": 3}
    )
    found = await collect(client.users.iter_get_users(query="u"))
    assert [item.id for item in found] == ["u1", "u2", "u3"]
    assert pages.queries("page", "query") == [("1", "u"), ("2", "u")]
    assert {r.url.path for r in pages.requests} == {"/api/v1/users/"}


async def test_pages_a_list_until_an_empty_page(serve: Any) -> None:
    # A list answer tells no total: the walk reads until a page comes back empty.
    client, pages = serve(lambda r: [note(n) for n in {1: [1, 2], 2: [3], 3: []}[page_of(r)]])
    found = await collect(client.notes.iter_get_notes())
    assert [item.id for item in found] == ["n1", "n2", "n3"]
    assert pages.queries("page") == [("1",), ("2",), ("3",)]


def search_user_files(client: Any) -> Any:
    """``files.iter_search_user_files``: its route came with 0.12, so a package regenerated
    for 0.11 (make check-regenerate) has no such method, and these tests have nothing to
    walk there."""
    method = getattr(client.files, "iter_search_user_files", None)
    if method is None:
        pytest.skip("generated for a release without GET /api/v1/files/search/user")
    return method


async def test_pages_by_skip_until_a_short_page(serve: Any) -> None:
    # skip/limit: limit is the page size asked for; a page shorter than it is the last.
    def answer(request: httpx.Request) -> list[dict[str, Any]]:
        skip, limit = int(request.url.params["skip"]), int(request.url.params["limit"])
        return [file(n) for n in range(5)][skip : skip + limit]

    client, pages = serve(answer)
    found = await collect(search_user_files(client)(filename="*.txt", limit=2))
    assert [item.id for item in found] == ["f0", "f1", "f2", "f3", "f4"]
    assert pages.queries("skip", "limit", "filename") == [
        ("0", "2", "*.txt"),
        ("2", "2", "*.txt"),
        ("4", "2", "*.txt"),
    ]


async def test_a_full_last_page_by_skip_costs_one_empty_page(serve: Any) -> None:
    client, pages = serve(lambda r: [file(1), file(2)] if r.url.params["skip"] == "0" else [])
    found = await collect(search_user_files(client)(filename="*", limit=2))
    assert [item.id for item in found] == ["f1", "f2"]
    assert pages.queries("skip") == [("0",), ("2",)]


async def test_the_next_page_is_read_only_when_needed(serve: Any) -> None:
    client, pages = serve(lambda r: {"users": [user(page_of(r))], "total": 5})
    iterator = client.users.iter_get_users()
    assert pages.requests == []  # nothing is sent before the first item is asked for
    item = await anext(iterator) if hasattr(iterator, "__anext__") else next(iterator)
    assert item.id == "u1"
    assert len(pages.requests) == 1


@pytest.mark.skipif(
    not has_operation("GET", "/api/v1/search"), reason="openapi.json lacks GET /api/v1/search"
)
async def test_a_page_saying_no_more_follow_is_the_last(serve: Any) -> None:
    def result(n: int) -> dict[str, Any]:
        keys = ("id", "kind", "title", "context", "snippet", "preview", "url")
        return {**{key: f"{key}{n}" for key in keys}, "kind": "note", "updated_at": 1}

    client, pages = serve(
        lambda r: {
            "items": [result(page_of(r))],
            "has_more": page_of(r) < 2,
            "scopes": [],
            "kinds": [],
        }
    )
    found = await collect(client.search.iter_search(q="x"))
    assert [item.id for item in found] == ["id1", "id2"]
    assert pages.queries("page", "q") == [("1", "x"), ("2", "x")]


def _paged_operations() -> set[tuple[str, str]]:
    """(tag, route name) of every paged operation of openapi.json, by the rule, read here
    from the JSON itself (normalised names, as the generator's)."""
    from codegen.normalize import iter_operations, normalize

    document = normalize(spec())
    schemas = document["components"]["schemas"]

    def deref(schema: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in schema:
            schema = schemas[schema["$ref"].rsplit("/", 1)[1]]
        return schema

    found = set()
    for _, method, operation in iter_operations(document):
        query = {p["name"] for p in operation.get("parameters", []) if p.get("in") == "query"}
        if method != "get" or not ("page" in query or {"skip", "limit"} <= query):
            continue
        content = operation["responses"].get("200", {}).get("content", {})
        answer = deref(content.get("application/json", {}).get("schema", {}))
        options = [deref(s) for s in answer.get("anyOf", [answer]) if s.get("type") != "null"]
        if len(options) != 1:
            continue
        answer = options[0]
        lists = [
            name
            for name, field in answer.get("properties", {}).items()
            if deref(field).get("type") == "array"
        ]
        if answer.get("type") == "array" or "items" in lists or len(lists) == 1:
            found.add((operation["tags"][0], operation["operationId"]))
    return found


def test_every_paged_operation_has_an_iterator_in_both_colours() -> None:
    paged = _paged_operations()
    assert len(paged) >= 30  # 37 in Open WebUI 0.12.4
    for cls in (OpenWebUI, AsyncOpenWebUI):
        client = cls("http://x.test", api_key="k")
        for tag, name in sorted(paged):
            if tag == "chats":
                continue  # client.chats keeps its documented iterators (test_chats_methods)
            method = getattr(getattr(client, tag), f"iter_{name}", None)
            assert method is not None, (cls.__name__, tag, name)
            parameters = inspect.signature(method).parameters
            assert "page" not in parameters and "skip" not in parameters, (tag, name)
        if isinstance(client, OpenWebUI):
            client.close()
