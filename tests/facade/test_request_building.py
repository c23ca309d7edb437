"""The request the SDK builds is the one httpx builds from the same arguments: the query string
it writes itself (without httpx's params= merge) and the headers it sets on each request of
a user's own client."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from owui_sdk import OpenWebUI

BASE = "http://owui.test"
KEY = "sk-request-building"

_scalars = st.one_of(
    st.booleans(),
    st.none(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(),
)
_params = st.dictionaries(
    st.text(), st.one_of(_scalars, st.lists(_scalars, max_size=3), st.tuples(_scalars))
)


def _sent(
    params: Any, path: str = "/api/v1/x", client_kwargs: dict[str, Any] | None = None
) -> httpx.Request:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    http = httpx.Client(transport=httpx.MockTransport(handler), **(client_kwargs or {}))
    with OpenWebUI(BASE, api_key=KEY, http_client=http, max_retries=0) as client:
        client.request("GET", path, params=params)
    http.close()
    (request,) = seen
    return request


def _httpx_url(
    params: Any, path: str = "/api/v1/x", client_kwargs: dict[str, Any] | None = None
) -> httpx.URL:
    with httpx.Client(**(client_kwargs or {})) as http:
        return http.build_request("GET", BASE + path, params=params).url


@settings(max_examples=300, deadline=None)
@given(_params)
def test_query_string_is_httpx_s(params: dict[str, Any]) -> None:
    assert str(_sent(params).url) == str(_httpx_url(params))


@pytest.mark.parametrize(
    ("params", "query"),
    [
        ({"page": 1, "include_pinned": False, "q": None}, b"page=1&include_pinned=false&q="),
        ({"tag": ["a b", "é&="]}, b"tag=a+b&tag=%C3%A9%26%3D"),
        ({"n": 1.5e20, "m": -3, "t": True}, b"n=1.5e%2B20&m=-3&t=true"),
        # As httpx: a key whose list is empty sends no value but leaves the "?".
        ({"empty": []}, b""),
        ({}, b""),
        # Keys that are not text: httpx's str(key) merges 1 and "1" into one key.
        ({1: "a", "1": "b"}, b"1=b"),
    ],
)
def test_query_strings(params: dict[Any, Any], query: bytes) -> None:
    url = _sent(params).url
    assert url.query == query
    assert url == _httpx_url(params)


@pytest.mark.parametrize(
    ("path", "params", "client_kwargs"),
    [
        # A query in the path and one in params: merged as httpx merges them.
        ("/api/v1/x?a=1&b=2", {"b": 3, "c": 4}, {}),
        # The user's client has query parameters of its own: httpx merges them in.
        ("/api/v1/x", {"b": 3}, {"params": {"b": 1, "z": 9}}),
        # Another shape of params than a dict.
        ("/api/v1/x", [("a", 1), ("a", 2)], {}),
        ("/api/v1/x", "a=1&b=two", {}),
    ],
)
def test_queries_httpx_merges(path: str, params: Any, client_kwargs: dict[str, Any]) -> None:
    assert _sent(params, path, client_kwargs).url == _httpx_url(params, path, client_kwargs)


def test_a_users_client_keeps_its_headers_and_gets_the_key_on_each_request() -> None:
    headers = {"X-Team": "blue", "Accept": "text/plain", "authorization": "Bearer other"}
    request = _sent({"a": 1}, client_kwargs={"headers": headers})
    assert request.headers["x-team"] == "blue"
    # The SDK's own headers win over the client's, once each.
    assert request.headers.get_list("accept") == ["application/json"]
    assert request.headers.get_list("authorization") == [f"Bearer {KEY}"]


def test_extra_headers_of_a_call_win() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    with (
        httpx.Client(transport=httpx.MockTransport(handler)) as http,
        OpenWebUI(BASE, api_key=KEY, http_client=http) as client,
    ):
        client.request("GET", "/x", headers={"Accept": "text/csv", "X-One": "1"})
    assert seen[0].headers["accept"] == "text/csv"
    assert seen[0].headers["x-one"] == "1"
    assert seen[0].headers["authorization"] == f"Bearer {KEY}"


def test_a_key_that_is_not_ascii_is_refused_without_showing_it() -> None:
    with pytest.raises(ValueError, match="ASCII") as info:
        OpenWebUI(BASE, api_key="sk-clé-secrète")
    assert "secr" not in str(info.value)


def test_urls_requested_again_or_refused_stay_right() -> None:
    # The SDK keeps the parsed URLs (immutable) it requested last (`make bench`: a tenth of
    # a small call); each request still gets its own URL, and a bad one its error each time.
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    with (
        httpx.Client(transport=httpx.MockTransport(handler)) as http,
        OpenWebUI(BASE, api_key=KEY, http_client=http) as client,
    ):
        for page in (1, 2, 1):
            client.request("GET", "/api/v1/chats/", params={"page": page})
        # A URL httpx refuses is refused every time, not remembered.
        for _ in range(2):
            with pytest.raises(httpx.InvalidURL):
                client.request("GET", "/api/v1/chats/\x00")
    assert [str(request.url) for request in seen] == [
        f"{BASE}/api/v1/chats/?page=1",
        f"{BASE}/api/v1/chats/?page=2",
        f"{BASE}/api/v1/chats/?page=1",
    ]
