"""Retries in both colours, with an injected RetryPolicy: nothing sleeps, every delay is
recorded. Idempotent requests are retried on 408/429/5xx and transport failures; a POST or
PATCH only when nothing was sent."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import respx

from owui_sdk._retry import RetryPolicy
from owui_sdk._settings import DEFAULT_TIMEOUT
from owui_sdk.errors import (
    APIConnectionError,
    APITimeoutError,
    InternalServerError,
    RateLimitError,
)

from ._support import API, SleepRecorder, chat_json, json_response, resolve, title_json


def fail(status: int, **headers: str) -> httpx.Response:
    return json_response({"detail": f"status {status}"}, status, **headers)


@pytest.fixture
def rec() -> SleepRecorder:
    return SleepRecorder()


async def test_get_retried_on_503_then_succeeds(
    colour: str, make: Any, rec: SleepRecorder, router: respx.MockRouter
) -> None:
    client = make(max_retries=2, _retry=rec.policy())
    route = router.get(f"{API}/").mock(side_effect=[fail(503), json_response([title_json()])])

    chats = await resolve(client.chats.get_list())

    assert [c.id for c in chats] == ["c1"]
    assert route.call_count == 2
    assert rec.delays == [0.5]
    # The blocking client sleeps with time.sleep, the async one awaits: never the other way.
    assert rec.kinds == [colour]


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
async def test_get_retried_on_each_retryable_status(
    status: int, make: Any, rec: SleepRecorder, router: respx.MockRouter
) -> None:
    client = make(max_retries=1, _retry=rec.policy())
    route = router.get(f"{API}/c1").mock(side_effect=[fail(status), json_response(chat_json())])
    assert (await resolve(client.chats.get("c1"))).id == "c1"
    assert route.call_count == 2


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422])
async def test_client_errors_are_not_retried(
    status: int, make: Any, rec: SleepRecorder, router: respx.MockRouter
) -> None:
    client = make(max_retries=3, _retry=rec.policy())
    route = router.get(f"{API}/c1").mock(return_value=fail(status))
    with pytest.raises(Exception) as info:
        await resolve(client.chats.get("c1"))
    assert info.value.status_code == status  # type: ignore[attr-defined]
    assert route.call_count == 1
    assert rec.delays == []


async def test_retry_after_is_obeyed(
    make: Any, rec: SleepRecorder, router: respx.MockRouter
) -> None:
    client = make(max_retries=2, _retry=rec.policy())
    route = router.get(f"{API}/").mock(
        side_effect=[fail(429, **{"Retry-After": "7"}), json_response([])]
    )
    assert await resolve(client.chats.get_list()) == []
    assert route.call_count == 2
    assert rec.delays == [7.0]


async def test_retry_after_is_capped(
    make: Any, rec: SleepRecorder, router: respx.MockRouter
) -> None:
    client = make(max_retries=3, _retry=rec.policy(max_retry_after=10.0))
    router.get(f"{API}/").mock(
        side_effect=[
            fail(429, **{"Retry-After": "30"}),
            fail(503, **{"Retry-After": "3600"}),
            fail(503, **{"Retry-After": "2.5"}),
            json_response([]),
        ]
    )
    assert await resolve(client.chats.get_list()) == []
    assert rec.delays == [10.0, 10.0, 2.5]


async def test_retry_after_default_cap_is_60(
    make: Any, rec: SleepRecorder, router: respx.MockRouter
) -> None:
    client = make(max_retries=1, _retry=rec.policy())
    router.get(f"{API}/").mock(
        side_effect=[fail(429, **{"Retry-After": "86400"}), json_response([])]
    )
    await resolve(client.chats.get_list())
    assert rec.delays == [60.0]


async def test_retry_after_http_date_in_the_past_and_garbage(
    make: Any, rec: SleepRecorder, router: respx.MockRouter
) -> None:
    client = make(max_retries=2, _retry=rec.policy())
    router.get(f"{API}/").mock(
        side_effect=[
            fail(503, **{"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}),
            fail(503, **{"Retry-After": "soon"}),
            json_response([]),
        ]
    )
    await resolve(client.chats.get_list())
    # A date in the past: no wait; an unreadable value: the backoff of attempt 1.
    assert rec.delays == [0.0, 1.0]


async def test_max_retries_exhausted(
    make: Any, rec: SleepRecorder, router: respx.MockRouter
) -> None:
    client = make(max_retries=2, _retry=rec.policy())
    route = router.get(f"{API}/c1").mock(return_value=fail(503))
    with pytest.raises(InternalServerError) as info:
        await resolve(client.chats.get("c1"))
    assert info.value.status_code == 503
    assert route.call_count == 3
    assert rec.delays == [0.5, 1.0]


async def test_rate_limit_exhausted_raises_rate_limit_error(
    make: Any, rec: SleepRecorder, router: respx.MockRouter
) -> None:
    client = make(max_retries=1, _retry=rec.policy())
    route = router.get(f"{API}/c1").mock(return_value=fail(429, **{"Retry-After": "1"}))
    with pytest.raises(RateLimitError):
        await resolve(client.chats.get("c1"))
    assert route.call_count == 2


async def test_max_retries_zero(make: Any, rec: SleepRecorder, router: respx.MockRouter) -> None:
    client = make(max_retries=0, _retry=rec.policy())
    route = router.get(f"{API}/c1").mock(return_value=fail(503))
    with pytest.raises(InternalServerError):
        await resolve(client.chats.get("c1"))
    assert route.call_count == 1
    assert rec.delays == []


async def test_default_max_retries_is_two(
    make: Any, rec: SleepRecorder, router: respx.MockRouter
) -> None:
    client = make(max_retries=2, _retry=rec.policy())
    assert client.max_retries == 2
    route = router.get(f"{API}/c1").mock(return_value=fail(500))
    with pytest.raises(InternalServerError):
        await resolve(client.chats.get("c1"))
    assert route.call_count == 3


@pytest.mark.parametrize("bad", [-1, 1.5, "2", True, None])
def test_bad_max_retries(bad: Any, colour: str) -> None:
    from ._support import make_client

    with pytest.raises(ValueError):
        make_client(colour, max_retries=bad)


# --- POST / PATCH: never re-sent once they may have reached the server ----------------------------


async def test_post_not_retried_on_503(
    make: Any, rec: SleepRecorder, router: respx.MockRouter
) -> None:
    client = make(max_retries=3, _retry=rec.policy())
    route = router.post(f"{API}/new").mock(return_value=fail(503))
    with pytest.raises(InternalServerError):
        await resolve(client.chats.create_new({"chat": {"title": "Hello"}}))
    assert route.call_count == 1
    assert rec.delays == []


async def test_post_not_retried_on_429(
    make: Any, rec: SleepRecorder, router: respx.MockRouter
) -> None:
    client = make(max_retries=3, _retry=rec.policy())
    route = router.post(f"{API}/new").mock(return_value=fail(429, **{"Retry-After": "1"}))
    with pytest.raises(RateLimitError):
        await resolve(client.chats.create_new({"chat": {}}))
    assert route.call_count == 1


@pytest.mark.parametrize(
    ("failure", "exc_type"),
    [
        (httpx.ReadTimeout("read timed out"), APITimeoutError),
        (httpx.WriteTimeout("write timed out"), APITimeoutError),
        (httpx.RemoteProtocolError("Server disconnected"), APIConnectionError),
        (httpx.ReadError("connection reset"), APIConnectionError),
    ],
    ids=lambda v: type(v).__name__ if isinstance(v, Exception) else v.__name__,
)
async def test_post_not_retried_when_it_may_have_been_sent(
    failure: Exception, exc_type: type, make: Any, rec: SleepRecorder, router: respx.MockRouter
) -> None:
    client = make(max_retries=3, _retry=rec.policy())
    route = router.post(f"{API}/new").mock(side_effect=[failure, json_response(chat_json())])
    with pytest.raises(exc_type):
        await resolve(client.chats.create_new({"chat": {"title": "Hello"}}))
    assert route.call_count == 1
    assert rec.delays == []


@pytest.mark.parametrize(
    "failure",
    [
        httpx.ConnectError("[Errno 111] Connection refused"),
        httpx.ConnectTimeout("connect"),
        httpx.PoolTimeout("pool"),
    ],
    ids=lambda v: type(v).__name__,
)
async def test_post_retried_when_nothing_was_sent(
    failure: Exception, make: Any, rec: SleepRecorder, router: respx.MockRouter
) -> None:
    client = make(max_retries=2, _retry=rec.policy())
    route = router.post(f"{API}/new").mock(side_effect=[failure, json_response(chat_json())])
    chat = await resolve(client.chats.create_new({"chat": {"title": "Hello"}}))
    assert chat.id == "c1"
    assert route.call_count == 2
    assert rec.delays == [0.5]


async def test_connect_error_exhausted(
    make: Any, rec: SleepRecorder, router: respx.MockRouter
) -> None:
    client = make(max_retries=2, _retry=rec.policy())
    route = router.post(f"{API}/new").mock(side_effect=httpx.ConnectError("refused"))
    with pytest.raises(APIConnectionError):
        await resolve(client.chats.create_new({"chat": {}}))
    assert route.call_count == 3
    assert rec.delays == [0.5, 1.0]


async def test_patch_not_retried_on_502(
    make: Any, rec: SleepRecorder, router: respx.MockRouter
) -> None:
    client = make(max_retries=2, _retry=rec.policy())
    route = router.patch(f"{API}/c1/params").mock(return_value=fail(502))
    with pytest.raises(InternalServerError):
        await resolve(client.chats.update_params("c1", {"temperature": 0.1}))
    assert route.call_count == 1


# --- idempotent methods ---------------------------------------------------------------------------


async def test_delete_retried_on_502(
    make: Any, rec: SleepRecorder, router: respx.MockRouter
) -> None:
    client = make(max_retries=2, _retry=rec.policy())
    route = router.delete(f"{API}/c1").mock(side_effect=[fail(502), json_response(True)])
    assert await resolve(client.chats.delete("c1")) is True
    assert route.call_count == 2
    assert [call.request.method for call in route.calls] == ["DELETE", "DELETE"]


async def test_delete_with_body_retried_with_the_same_body(
    make: Any, rec: SleepRecorder, router: respx.MockRouter
) -> None:
    client = make(max_retries=2, _retry=rec.policy())
    route = router.delete(f"{API}/c1/tags").mock(side_effect=[fail(502), json_response([])])
    assert await resolve(client.chats.delete_tag("c1", {"name": "work"})) == []
    assert [call.request.content for call in route.calls] == [b'{"name":"work"}'] * 2


async def test_put_retried_on_502(make: Any, rec: SleepRecorder, router: respx.MockRouter) -> None:
    # No chats operation uses PUT: the escape hatch sends through the same transport.
    client = make(max_retries=2, _retry=rec.policy())
    route = router.put(f"{API}/c1/anything").mock(side_effect=[fail(502), json_response(True)])
    response = await resolve(client.request("PUT", f"{API}/c1/anything", json={"a": 1}))
    assert response.status_code == 200
    assert route.call_count == 2
    assert rec.delays == [0.5]


async def test_get_retried_on_read_timeout(
    make: Any, rec: SleepRecorder, router: respx.MockRouter
) -> None:
    client = make(max_retries=2, _retry=rec.policy())
    route = router.get(f"{API}/c1").mock(
        side_effect=[
            httpx.ReadTimeout("slow"),
            httpx.RemoteProtocolError("eof"),
            json_response(chat_json()),
        ]
    )
    assert (await resolve(client.chats.get("c1"))).id == "c1"
    assert route.call_count == 3
    assert rec.delays == [0.5, 1.0]


async def test_stream_retried_on_503(
    make: Any, rec: SleepRecorder, router: respx.MockRouter
) -> None:
    client = make(max_retries=2, _retry=rec.policy())
    line = httpx.Response(
        200,
        content=(json_response(chat_json()).content + b"\n"),
        headers={"content-type": "application/x-ndjson"},
    )
    route = router.get(f"{API}/all").mock(side_effect=[fail(503), line])
    from ._support import collect

    chats = await collect(client.chats.iter_all())
    assert [c.id for c in chats] == ["c1"]
    assert route.call_count == 2


# --- backoff ----------------------------------------------------------------------------------------


async def test_backoff_doubles_up_to_max_delay(
    make: Any, rec: SleepRecorder, router: respx.MockRouter
) -> None:
    client = make(max_retries=7, _retry=rec.policy())
    router.get(f"{API}/c1").mock(return_value=fail(503))
    with pytest.raises(InternalServerError):
        await resolve(client.chats.get("c1"))
    assert rec.delays == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]


async def test_backoff_custom_cap(make: Any, rec: SleepRecorder, router: respx.MockRouter) -> None:
    client = make(max_retries=5, _retry=rec.policy(max_delay=3.0, initial_delay=0.25))
    router.get(f"{API}/c1").mock(return_value=fail(500))
    with pytest.raises(InternalServerError):
        await resolve(client.chats.get("c1"))
    assert rec.delays == [0.25, 0.5, 1.0, 2.0, 3.0]


async def test_jitter_shortens_the_delay(
    make: Any, rec: SleepRecorder, router: respx.MockRouter
) -> None:
    policy = RetryPolicy(sleep=rec.sleep, async_sleep=rec.async_sleep, rand=lambda: 1.0)
    client = make(max_retries=3, _retry=policy)
    router.get(f"{API}/c1").mock(return_value=fail(503))
    with pytest.raises(InternalServerError):
        await resolve(client.chats.get("c1"))
    assert rec.delays == [0.375, 0.75, 1.5]


def test_policy_delay_is_pure() -> None:
    policy = RetryPolicy(rand=lambda: 0.0)
    assert [policy.delay(n) for n in range(6)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]


# --- with_options -----------------------------------------------------------------------------------


async def test_with_options_max_retries_changes_the_copy_only(
    make: Any, rec: SleepRecorder, router: respx.MockRouter
) -> None:
    client = make(max_retries=2, _retry=rec.policy())
    route = router.get(f"{API}/c1").mock(return_value=fail(503))

    copy = client.with_options(max_retries=0)
    assert type(copy) is type(client)
    assert (copy.max_retries, client.max_retries) == (0, 2)
    with pytest.raises(InternalServerError):
        await resolve(copy.chats.get("c1"))
    assert route.call_count == 1

    route.side_effect = [fail(503), json_response(chat_json())]
    assert (await resolve(client.chats.get("c1"))).id == "c1"
    assert route.call_count == 3


async def test_with_options_timeout_is_sent(
    make: Any, rec: SleepRecorder, router: respx.MockRouter
) -> None:
    client = make()
    route = router.get(f"{API}/c1").mock(return_value=json_response(chat_json()))

    await resolve(client.with_options(timeout=3).chats.get("c1"))
    assert route.calls.last.request.extensions["timeout"] == {
        "connect": 3.0,
        "read": 3.0,
        "write": 3.0,
        "pool": 3.0,
    }

    await resolve(client.with_options(timeout=30).chats.get("c1"))
    # A plain number keeps the short connect timeout.
    assert route.calls.last.request.extensions["timeout"] == {
        "connect": 5.0,
        "read": 30.0,
        "write": 30.0,
        "pool": 30.0,
    }

    await resolve(client.with_options(timeout=httpx.Timeout(1.0, read=99.0)).chats.get("c1"))
    assert route.calls.last.request.extensions["timeout"] == {
        "connect": 1.0,
        "read": 99.0,
        "write": 1.0,
        "pool": 1.0,
    }

    # The original client keeps its default.
    await resolve(client.chats.get("c1"))
    assert route.calls.last.request.extensions["timeout"] == DEFAULT_TIMEOUT.as_dict()


async def test_constructor_timeout_is_sent(make: Any, router: respx.MockRouter) -> None:
    client = make(timeout=10)
    route = router.get(f"{API}/c1").mock(return_value=json_response(chat_json()))
    await resolve(client.chats.get("c1"))
    assert route.calls.last.request.extensions["timeout"] == {
        "connect": 5.0,
        "read": 10.0,
        "write": 10.0,
        "pool": 10.0,
    }


@pytest.mark.parametrize("bad", [0, -1, "5", True])
async def test_bad_timeout(bad: Any, make: Any) -> None:
    with pytest.raises(ValueError):
        make(timeout=bad)


async def test_closing_a_with_options_copy_keeps_the_connections(
    make: Any, router: respx.MockRouter
) -> None:
    client = make()
    route = router.get(f"{API}/c1").mock(return_value=json_response(chat_json()))
    from ._support import close

    await close(client.with_options(timeout=5))
    assert (await resolve(client.chats.get("c1"))).id == "c1"
    assert route.call_count == 1


@pytest.mark.parametrize(
    "kwargs", [{"max_retries": -1}, {"max_retries": 1.0}, {"timeout": 0}, {"timeout": -2.5}]
)
async def test_with_options_validates(kwargs: dict[str, Any], client: Any) -> None:
    with pytest.raises(ValueError):
        client.with_options(**kwargs)
