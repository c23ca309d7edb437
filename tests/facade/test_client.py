"""OpenWebUI / AsyncOpenWebUI themselves: where requests go, the user's own httpx client,
secrets kept out of reprs, errors and logs, closing, pickling, environment defaults."""

from __future__ import annotations

import copy
import logging
import pickle
import traceback
from typing import Any

import httpx
import pytest
import respx

from owui_sdk import AsyncOpenWebUI, OpenWebUI
from owui_sdk.errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    AuthenticationError,
    InternalServerError,
)

from ._support import API, KEY, chat_json, close, json_response, make_client, resolve, title_json

CLASSES = {"sync": OpenWebUI, "async": AsyncOpenWebUI}
HTTPX = {"sync": httpx.Client, "async": httpx.AsyncClient}


# --- base_url and api_url ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "origin"),
    [
        ({"api_url": "http://h:8080/api"}, "http://h:8080"),
        ({"api_url": "http://h:8080/api/"}, "http://h:8080"),
        ({"api_url": "https://chat.example.com/owui/api"}, "https://chat.example.com/owui"),
        ({"base_url": "http://h:8080"}, "http://h:8080"),
        ({"base_url": "http://h:8080/"}, "http://h:8080"),
        ({"base_url": "https://chat.example.com/owui/"}, "https://chat.example.com/owui"),
    ],
)
async def test_where_requests_go(kwargs: dict[str, str], origin: str, make: Any) -> None:
    with respx.mock(assert_all_called=False) as mock:
        route = mock.get(f"{origin}/api/v1/chats/c1").mock(return_value=json_response(chat_json()))
        client = make(**kwargs)
        assert client.base_url == origin
        assert (await resolve(client.chats.get("c1"))).id == "c1"
        assert route.call_count == 1
        assert str(route.calls.last.request.url) == f"{origin}/api/v1/chats/c1"


@pytest.mark.parametrize(
    "api_url", ["http://h:8080", "http://h:8080/api/v1", "http://h:8080/apis", "http://h/v1/api/x"]
)
def test_api_url_must_end_in_api(api_url: str, colour: str) -> None:
    with pytest.raises(ValueError, match="/api"):
        CLASSES[colour](api_url=api_url)


def test_base_url_and_api_url_together(colour: str) -> None:
    with pytest.raises(ValueError):
        CLASSES[colour]("http://h:8080", api_url="http://h:8080/api")


@pytest.mark.parametrize(
    "base_url", ["", "   ", "h:8080", "ftp://h", "http://", "http://h:8080/?x=1", "http://h#frag"]
)
def test_bad_base_url(base_url: str, colour: str) -> None:
    with pytest.raises(ValueError):
        CLASSES[colour](base_url)


# --- the user's httpx client --------------------------------------------------------------------------


async def test_user_http_client_still_sends_to_base_url(
    colour: str, router: respx.MockRouter
) -> None:
    other = respx.mock(base_url="http://other", assert_all_called=False)
    user = HTTPX[colour](base_url="http://other", headers={"X-Trace": "yes"}, timeout=7.0)
    headers_before = dict(user.headers)
    with other:
        owner = other.get("/ping").mock(return_value=json_response("pong"))
        wrong = other.route().mock(return_value=json_response(True))
        route = router.get(f"{API}/c1").mock(return_value=json_response(chat_json()))
        client = make_client(colour, http_client=user)

        assert (await resolve(client.chats.get("c1"))).id == "c1"
        assert wrong.call_count == 0
        request = route.calls.last.request
        assert str(request.url) == f"http://owui.test{API}/c1"
        # Our credentials go with each request; the user's own headers too.
        assert request.headers["authorization"] == f"Bearer {KEY}"
        assert request.headers["x-trace"] == "yes"
        # Without an explicit timeout, the user's client keeps its own.
        assert request.extensions["timeout"] == httpx.Timeout(7.0).as_dict()

        await close(client)
        assert not user.is_closed
        assert dict(user.headers) == headers_before
        assert "authorization" not in user.headers
        assert user.base_url == "http://other"

        # Still usable by its owner after our client closed.
        response = await resolve(user.get("/ping"))
        assert response.json() == "pong"
        assert owner.call_count == 1
    await resolve(user.aclose() if colour == "async" else user.close())


async def test_user_http_client_with_explicit_timeout(
    colour: str, router: respx.MockRouter
) -> None:
    user = HTTPX[colour](timeout=7.0)
    route = router.get(f"{API}/c1").mock(return_value=json_response(chat_json()))
    client = make_client(colour, http_client=user, timeout=2)
    await resolve(client.chats.get("c1"))
    assert route.calls.last.request.extensions["timeout"] == httpx.Timeout(2.0).as_dict()
    await close(client)
    assert user.timeout == httpx.Timeout(7.0)
    await resolve(user.aclose() if colour == "async" else user.close())


async def test_http_client_of_the_wrong_colour(colour: str) -> None:
    wrong = httpx.AsyncClient() if colour == "sync" else httpx.Client()
    try:
        with pytest.raises(TypeError, match="http_client"):
            CLASSES[colour]("http://h", http_client=wrong)
        with pytest.raises(TypeError):
            CLASSES[colour]("http://h", http_client="http://h")
    finally:
        if isinstance(wrong, httpx.AsyncClient):
            await wrong.aclose()
        else:
            wrong.close()


# --- the API key stays secret ---------------------------------------------------------------------------


def assert_secret_absent(*texts: str) -> None:
    for text in texts:
        assert KEY not in text, text
        assert "SECRET" not in text, text


async def test_key_not_in_reprs(make: Any) -> None:
    client = make()
    assert_secret_absent(
        repr(client),
        str(client),
        repr(client.chats),
        str(client.chats),
        repr(client.with_options(timeout=5)),
        repr(client._api),
        repr(client._api.common),
    )
    assert "owui.test" in repr(client)


@pytest.mark.parametrize(
    ("answer", "exc_type"),
    [
        (json_response({"detail": "401 Unauthorized"}, 401), AuthenticationError),
        (json_response({"detail": "Internal Server Error"}, 500), InternalServerError),
        (httpx.ConnectError("[Errno 111] Connection refused"), APIConnectionError),
        (httpx.Response(200, text="<html>login</html>"), APIResponseValidationError),
        (json_response({"id": "c1"}), APIResponseValidationError),
    ],
    ids=["401", "500", "connect", "html", "missing-field"],
)
async def test_key_not_in_errors(
    answer: Any, exc_type: type, client: Any, router: respx.MockRouter
) -> None:
    route = router.get(f"{API}/c1")
    if isinstance(answer, Exception):
        route.mock(side_effect=answer)
    else:
        route.mock(return_value=answer)
    with pytest.raises(APIError) as info:
        await resolve(client.chats.get("c1"))
    exc = info.value
    assert type(exc) is exc_type
    # The request really carried the key...
    assert route.calls.last.request.headers["authorization"] == f"Bearer {KEY}"
    # ...but nothing the error shows does (the transport's own message is the cause, not ours).
    assert_secret_absent(
        str(exc),
        repr(exc),
        exc.message,
        repr(exc.args),
        repr(exc.request),
        "".join(traceback.format_exception_only(exc)),
    )
    if hasattr(exc, "response"):
        assert_secret_absent(repr(exc.response))


async def test_key_not_in_debug_logs(
    client: Any, router: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    router.get(f"{API}/").mock(return_value=json_response([title_json()]))
    router.get(f"{API}/c1").mock(return_value=json_response({"detail": "boom"}, 500))
    caplog.set_level(logging.DEBUG, logger="owui_sdk")

    await resolve(client.chats.get_list(page=2))
    with pytest.raises(InternalServerError):
        await resolve(client.chats.get("c1"))

    records = [r for r in caplog.records if r.name.startswith("owui_sdk")]
    assert records, "no DEBUG record from logger owui_sdk"
    for record in records:
        assert_secret_absent(record.getMessage(), repr(record.args), str(record.msg))
    messages = [r.getMessage() for r in records if r.levelno == logging.DEBUG]
    ok = next(m for m in messages if "/api/v1/chats/?page=2" in m)
    assert ok.startswith("GET http://owui.test/api/v1/chats/?page=2")
    assert "-> 200" in ok
    assert "<redacted>" in ok
    assert "authorization" in ok.lower()
    failed = next(m for m in messages if "/api/v1/chats/c1" in m)
    assert "-> 500" in failed


async def test_connection_failure_is_logged_without_key(
    client: Any, router: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    router.get(f"{API}/c1").mock(side_effect=httpx.ConnectError("refused"))
    caplog.set_level(logging.DEBUG, logger="owui_sdk")
    with pytest.raises(APIConnectionError):
        await resolve(client.chats.get("c1"))
    messages = [r.getMessage() for r in caplog.records if r.name == "owui_sdk"]
    assert any("ConnectError" in m and "/api/v1/chats/c1" in m for m in messages)
    assert_secret_absent(*messages)


async def test_no_log_records_above_debug_for_success(
    client: Any, router: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    router.get(f"{API}/c1").mock(return_value=json_response(chat_json()))
    caplog.set_level(logging.INFO, logger="owui_sdk")
    await resolve(client.chats.get("c1"))
    assert [r for r in caplog.records if r.name == "owui_sdk"] == []


def test_blank_api_key_is_refused(colour: str) -> None:
    with pytest.raises(ValueError):
        CLASSES[colour]("http://h", api_key="  ")


async def test_no_api_key_sends_no_authorization(
    colour: str, router: respx.MockRouter, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("OPENWEBUI_API_KEY", raising=False)
    route = router.get(f"{API}/c1").mock(return_value=json_response(chat_json()))
    client = make_client(colour, api_key=None)
    await resolve(client.chats.get("c1"))
    assert "authorization" not in route.calls.last.request.headers
    await close(client)


# --- lifecycle ---------------------------------------------------------------------------------------


async def test_context_manager_closes(colour: str, router: respx.MockRouter) -> None:
    route = router.get(f"{API}/c1").mock(return_value=json_response(chat_json()))
    if colour == "sync":
        with make_client(colour) as client:
            assert isinstance(client, OpenWebUI)
            client.chats.get("c1")
            assert not client._api.http.is_closed
    else:
        async with make_client(colour) as client:
            assert isinstance(client, AsyncOpenWebUI)
            await client.chats.get("c1")
            assert not client._api.http.is_closed
    assert client._api.http.is_closed
    assert route.call_count == 1
    # A closed client refuses to send.
    with pytest.raises(RuntimeError):
        await resolve(client.chats.get("c1"))


async def test_context_manager_closes_on_error(colour: str, router: respx.MockRouter) -> None:
    router.get(f"{API}/c1").mock(return_value=json_response({"detail": "x"}, 500))
    with pytest.raises(InternalServerError):
        if colour == "sync":
            with make_client(colour) as client:
                client.chats.get("c1")
        else:
            async with make_client(colour) as client:
                await client.chats.get("c1")
    assert client._api.http.is_closed


async def test_close_is_idempotent(colour: str) -> None:
    client = make_client(colour)
    await close(client)
    await close(client)
    assert client._api.http.is_closed


def test_close_method_names(colour: str) -> None:
    cls = CLASSES[colour]
    if colour == "sync":
        assert hasattr(cls, "close") and hasattr(cls, "__enter__")
    else:
        assert hasattr(cls, "aclose") and hasattr(cls, "__aenter__")


async def test_pickling_is_refused(make: Any) -> None:
    client = make()
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        with pytest.raises(TypeError):
            pickle.dumps(client, protocol=protocol)
    with pytest.raises(TypeError):
        copy.deepcopy(client)


async def test_chats_is_cached(make: Any) -> None:
    client = make()
    assert client.chats is client.chats


# --- environment ----------------------------------------------------------------------------------------


async def test_environment_fallback(colour: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENWEBUI_API_KEY", "sk-from-env")
    monkeypatch.setenv("OPENWEBUI_BASE_URL", "http://envhost:1234")
    with respx.mock(assert_all_called=False) as mock:
        route = mock.get("http://envhost:1234/api/v1/chats/c1").mock(
            return_value=json_response(chat_json())
        )
        client = CLASSES[colour](max_retries=0)
        assert client.base_url == "http://envhost:1234"
        await resolve(client.chats.get("c1"))
        assert route.calls.last.request.headers["authorization"] == "Bearer sk-from-env"
        assert "sk-from-env" not in repr(client)
        await close(client)


async def test_a_token_replaces_the_environments_key(
    colour: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``token=`` given for the environment's own server: the REST calls carry that token,
    not ``OPENWEBUI_API_KEY`` (the caller's credentials win, as ``api_key=`` does)."""
    monkeypatch.setenv("OPENWEBUI_API_KEY", "sk-from-env")
    monkeypatch.setenv("OPENWEBUI_BASE_URL", "http://envhost:1234")
    with respx.mock(assert_all_called=False) as mock:
        route = mock.get("http://envhost:1234/api/v1/chats/c1").mock(
            return_value=json_response(chat_json())
        )
        client = CLASSES[colour](token="session-jwt", max_retries=0)
        await resolve(client.chats.get("c1"))
        assert route.calls.last.request.headers["authorization"] == "Bearer session-jwt"
        await close(client)


async def test_explicit_arguments_win_over_environment(
    colour: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENWEBUI_API_KEY", "sk-from-env")
    monkeypatch.setenv("OPENWEBUI_BASE_URL", "http://envhost:1234")
    with respx.mock(assert_all_called=False) as mock:
        route = mock.get("http://explicit:8080/api/v1/chats/c1").mock(
            return_value=json_response(chat_json())
        )
        client = CLASSES[colour]("http://explicit:8080", api_key="sk-explicit", max_retries=0)
        await resolve(client.chats.get("c1"))
        assert route.calls.last.request.headers["authorization"] == "Bearer sk-explicit"
        await close(client)
        client = CLASSES[colour](api_url="http://explicit:8080/api", max_retries=0)
        assert client.base_url == "http://explicit:8080"
        await close(client)


@pytest.mark.parametrize("env", [None, ""])
async def test_default_base_url_without_environment(
    env: str | None, colour: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if env is None:
        monkeypatch.delenv("OPENWEBUI_BASE_URL", raising=False)
    else:
        monkeypatch.setenv("OPENWEBUI_BASE_URL", env)
    client = CLASSES[colour]()
    assert client.base_url == "http://127.0.0.1:8080"
    await close(client)


@pytest.mark.parametrize(
    ("env_url", "url", "sent"),
    [
        ("http://envhost:1234", "http://other:1234", False),
        ("http://envhost:1234", "http://envhost:4321", False),
        ("http://envhost:1234", "https://envhost:1234", False),
        ("http://envhost:1234", "http://ENVHOST:1234/", True),
        ("http://envhost:1234", "http://envhost:1234/api", True),
        ("http://envhost", "http://envhost:80", True),
        (None, "http://127.0.0.1:8080", True),  # the default URL is the environment's server
        (None, "http://other:8080", False),
    ],
)
async def test_the_environments_key_goes_only_to_the_environments_server(
    env_url: str | None, url: str, sent: bool, colour: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENWEBUI_API_KEY", "sk-from-env")
    if env_url is None:
        monkeypatch.delenv("OPENWEBUI_BASE_URL", raising=False)
    else:
        monkeypatch.setenv("OPENWEBUI_BASE_URL", env_url)
    with respx.mock(assert_all_called=False) as mock:
        route = mock.get(url__regex=r".*/api/v1/chats/c1$").mock(
            return_value=json_response(chat_json())
        )
        client = CLASSES[colour](url, max_retries=0)
        await resolve(client.chats.get("c1"))
        headers = route.calls.last.request.headers
        assert ("authorization" in headers) is sent
        if sent:
            assert headers["authorization"] == "Bearer sk-from-env"
        await close(client)
        client = CLASSES[colour](api_url=url.rstrip("/").removesuffix("/api") + "/api")
        await resolve(client.chats.get("c1"))
        assert ("authorization" in route.calls.last.request.headers) is sent
        await close(client)
