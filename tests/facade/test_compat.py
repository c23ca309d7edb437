"""A call the server's release lacks: NotSupportedByServerError instead of a vague 404/405,
decided by the table of releases; the server's version asked once, lazily, only then."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
import respx

import owui_sdk.api.chats
import owui_sdk.chats
from owui_sdk import errors
from tests._schema import has_operation, has_schema

from ._support import API, chat_json, json_response, resolve

VERSION = "/api/version"


def _version(router: respx.MockRouter, version: str) -> respx.Route:
    return router.get(VERSION).mock(
        return_value=json_response({"version": version, "deployment_id": "x"})
    )


async def test_405_from_a_release_lacking_the_operation_is_not_supported(
    make: Callable[..., Any], router: respx.MockRouter
) -> None:
    client = make()
    asked = _version(router, "0.11.4")
    router.patch(f"{API}/c1/params").mock(
        return_value=json_response({"detail": "Method Not Allowed"}, 405)
    )
    with pytest.raises(errors.NotSupportedByServerError) as info:
        await resolve(client.chats.update_params("c1", {"temperature": 0.5}))
    error = info.value
    assert isinstance(error, errors.APIStatusError)
    assert error.status_code == 405
    assert error.operation == "PATCH /api/v1/chats/{id}/params"
    assert error.server_version == "0.11.4"
    assert error.first_release == "0.12.4"
    assert "PATCH /api/v1/chats/{id}/params" in str(error)
    assert "0.11.4" in str(error)
    assert "0.12.4" in str(error)
    assert asked.call_count == 1


async def test_a_release_of_the_same_line_counts_as_the_tabled_one(
    make: Callable[..., Any], router: respx.MockRouter
) -> None:
    client = make()
    _version(router, "v0.11.1")
    router.patch(f"{API}/c1/params").mock(return_value=json_response({"detail": "x"}, 404))
    with pytest.raises(errors.NotSupportedByServerError) as info:
        await resolve(client.chats.update_params("c1", {}))
    assert info.value.status_code == 404
    assert info.value.server_version == "v0.11.1"


async def test_a_server_that_has_the_operation_gets_the_plain_error(
    make: Callable[..., Any], router: respx.MockRouter
) -> None:
    client = make()
    asked = _version(router, "0.12.4")
    router.patch(f"{API}/c1/params").mock(
        return_value=json_response({"detail": "Method Not Allowed"}, 405)
    )
    with pytest.raises(errors.APIStatusError) as info:
        await resolve(client.chats.update_params("c1", {}))
    assert not isinstance(info.value, errors.NotSupportedByServerError)
    assert info.value.status_code == 405
    assert asked.call_count == 1


@pytest.mark.parametrize("version", ["0.13.0", "0.8.9", "unknown"])
async def test_a_release_the_table_does_not_know_gets_the_plain_error(
    make: Callable[..., Any], router: respx.MockRouter, version: str
) -> None:
    client = make()
    _version(router, version)
    router.patch(f"{API}/c1/params").mock(return_value=json_response({"detail": "x"}, 405))
    with pytest.raises(errors.APIStatusError) as info:
        await resolve(client.chats.update_params("c1", {}))
    assert not isinstance(info.value, errors.NotSupportedByServerError)


async def test_version_is_asked_at_most_once_per_client_and_its_copies(
    make: Callable[..., Any], router: respx.MockRouter
) -> None:
    client = make()
    asked = _version(router, "0.11.4")
    router.patch(f"{API}/c1/params").mock(return_value=json_response({"detail": "x"}, 405))
    for caller in (client, client, client.with_options(timeout=5)):
        with pytest.raises(errors.NotSupportedByServerError):
            await resolve(caller.chats.update_params("c1", {}))
    assert await resolve(client.server_version()) == "0.11.4"
    assert asked.call_count == 1


async def test_an_operation_every_release_has_never_asks_the_version(
    make: Callable[..., Any], router: respx.MockRouter
) -> None:
    client = make()
    asked = _version(router, "0.11.4")
    router.get(f"{API}/c1").mock(return_value=json_response({"detail": "Not Found"}, 404))
    with pytest.raises(errors.NotFoundError) as info:
        await resolve(client.chats.get("c1"))
    assert not isinstance(info.value, errors.NotSupportedByServerError)
    assert asked.call_count == 0


async def test_success_and_other_errors_never_ask_the_version(
    make: Callable[..., Any], router: respx.MockRouter
) -> None:
    client = make()
    asked = _version(router, "0.11.4")
    route = router.patch(f"{API}/c1/params")
    route.mock(return_value=json_response({"temperature": 0.5}))
    assert await resolve(client.chats.update_params("c1", {"temperature": 0.5})) == {
        "temperature": 0.5
    }
    route.mock(return_value=json_response({"detail": "nope"}, 400))
    with pytest.raises(errors.BadRequestError):
        await resolve(client.chats.update_params("c1", {}))
    assert asked.call_count == 0


async def test_a_failing_version_request_leaves_the_plain_error(
    make: Callable[..., Any], router: respx.MockRouter
) -> None:
    client = make()
    router.get(VERSION).mock(return_value=httpx.Response(200, text="<html>proxy</html>"))
    router.patch(f"{API}/c1/params").mock(return_value=json_response({"detail": "x"}, 405))
    with pytest.raises(errors.APIStatusError) as info:
        await resolve(client.chats.update_params("c1", {}))
    assert not isinstance(info.value, errors.NotSupportedByServerError)
    with pytest.raises(errors.APIResponseValidationError):
        await resolve(client.server_version())


@pytest.mark.skipif(
    not has_operation("GET", "/api/v1/auths/mfa/status"),
    reason="openapi.json lacks these operations (Open WebUI < 0.12)",
)
async def test_generated_functions_and_resources_raise_it_too(
    make: Callable[..., Any], router: respx.MockRouter, colour: str
) -> None:
    client = make()
    _version(router, "0.11.4")
    router.patch(f"{API}/c1/params").mock(return_value=json_response({"detail": "x"}, 405))
    router.get("/api/v1/auths/mfa/status").mock(
        return_value=json_response({"detail": "Not Found"}, 404)
    )
    module = owui_sdk.api.chats.update_chat_params
    call = module.sync if colour == "sync" else module.asyncio
    with pytest.raises(errors.NotSupportedByServerError):
        await resolve(call("c1", client=client, body={}))
    with pytest.raises(errors.NotSupportedByServerError) as info:
        await resolve(client.auths.get_mfa_status())
    assert info.value.operation == "GET /api/v1/auths/mfa/status"


@pytest.mark.skipif(
    not has_operation("GET", "/api/v1/auths/mfa/status"),
    reason="openapi.json lacks these operations (Open WebUI < 0.12)",
)
async def test_detailed_functions_raise_it_for_an_operation_the_release_lacks(
    make: Callable[..., Any], router: respx.MockRouter, colour: str
) -> None:
    # The transport raises it, whoever called: the 404 of a route the release lacks is not the
    # operation's answer, which a *_detailed function would otherwise return.
    client = make()
    _version(router, "0.11.4")
    router.get("/api/v1/auths/mfa/status").mock(
        return_value=json_response({"detail": "Not Found"}, 404)
    )
    module = owui_sdk.api.auths.get_mfa_status
    call = module.sync_detailed if colour == "sync" else module.asyncio_detailed
    with pytest.raises(errors.NotSupportedByServerError) as info:
        await resolve(call(client=client))
    assert info.value.operation == "GET /api/v1/auths/mfa/status"
    assert info.value.server_version == "0.11.4"
    assert info.value.status_code == 404
    assert info.value.detail == "Not Found"


async def test_detailed_functions_still_return_the_status(
    make: Callable[..., Any], router: respx.MockRouter, colour: str
) -> None:
    client = make()
    _version(router, "0.11.4")
    router.get(f"{API}/c1").mock(return_value=json_response({"detail": "x"}, 404))
    module = owui_sdk.api.chats.get_chat_by_id
    call = module.sync_detailed if colour == "sync" else module.asyncio_detailed
    response = await resolve(call("c1", client=client))
    assert response.status_code == 404


async def test_server_version_is_asked_lazily_and_kept(
    make: Callable[..., Any], router: respx.MockRouter
) -> None:
    client = make()
    asked = _version(router, "0.12.4")
    assert asked.call_count == 0
    assert await resolve(client.server_version()) == "0.12.4"
    assert await resolve(client.server_version()) == "0.12.4"
    assert asked.call_count == 1


async def test_server_version_errors_are_raised(
    make: Callable[..., Any], router: respx.MockRouter
) -> None:
    client = make()
    router.get(VERSION).mock(return_value=json_response({"detail": "401 Unauthorized"}, 401))
    with pytest.raises(errors.AuthenticationError):
        await resolve(client.server_version())
    router.get(VERSION).mock(return_value=json_response({"name": "no version"}))
    with pytest.raises(errors.APIResponseValidationError):
        await resolve(client.server_version())


@pytest.mark.skipif(
    not has_operation("GET", "/api/v1/auths/mfa/status"),
    reason="openapi.json lacks the operation (Open WebUI < 0.12)",
)
async def test_the_web_page_for_a_missing_get_is_not_supported(
    make: Callable[..., Any], router: respx.MockRouter
) -> None:
    # Open WebUI serves its web app (200, HTML) for a GET of a path it does not route.
    client = make()
    _version(router, "0.11.4")
    page = httpx.Response(
        200, text="<!doctype html><html></html>", headers={"content-type": "text/html"}
    )
    router.get("/api/v1/auths/mfa/status").mock(return_value=page)
    with pytest.raises(errors.NotSupportedByServerError) as info:
        await resolve(client.auths.get_mfa_status())
    assert info.value.status_code == 200
    assert info.value.operation == "GET /api/v1/auths/mfa/status"


@pytest.mark.skipif(
    not has_operation("GET", "/api/v1/auths/mfa/status"),
    reason="openapi.json lacks the operation (Open WebUI < 0.12)",
)
async def test_the_web_page_from_a_server_that_has_the_operation_is_a_validation_error(
    make: Callable[..., Any], router: respx.MockRouter
) -> None:
    client = make()
    _version(router, "0.12.4")
    page = httpx.Response(200, text="<!doctype html>", headers={"content-type": "text/html"})
    router.get("/api/v1/auths/mfa/status").mock(return_value=page)
    with pytest.raises(errors.APIResponseValidationError):
        await resolve(client.auths.get_mfa_status())


# --- the facade on a package generated from an older schema ---------------------------------


async def test_a_method_whose_operation_the_schema_lacks_still_sends_it(
    make: Callable[..., Any], router: respx.MockRouter, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As generated for Open WebUI 0.11 (no update_chat_params module): the request is sent as
    # the newest release defines it, and a server without it gives NotSupportedByServerError.
    names = [n for n in owui_sdk.api.chats.__all__ if n != "update_chat_params"]
    monkeypatch.setattr(owui_sdk.api.chats, "__all__", names)
    client = make()
    _version(router, "0.11.4")
    route = router.patch(f"{API}/c%2F1/params")
    route.mock(return_value=json_response({"temperature": 0.5}))
    assert await resolve(client.chats.update_params("c/1", {"temperature": 0.5})) == {
        "temperature": 0.5
    }
    assert json.loads(route.calls.last.request.content) == {"temperature": 0.5}
    route.mock(return_value=json_response(["not", "an", "object"]))
    with pytest.raises(errors.APIResponseValidationError):
        await resolve(client.chats.update_params("c/1", {}))
    route.mock(return_value=json_response({"detail": "Method Not Allowed"}, 405))
    with pytest.raises(errors.NotSupportedByServerError):
        await resolve(client.chats.update_params("c/1", {}))


@pytest.mark.skipif(has_schema("ShareChatForm"), reason="openapi.json has ShareChatForm")
async def test_a_form_the_schema_lacks_is_refused_before_sending(
    client: Any, router: respx.MockRouter
) -> None:
    # Only in the package regenerated for Open WebUI 0.11 (make check-regenerate).
    with pytest.raises(TypeError, match=r"ShareChatForm.*0\.12\.4"):
        await resolve(client.chats.share("c1", {"share_mode": "continue"}))
    assert router.calls.call_count == 0
    assert "ShareChatForm" not in owui_sdk.chats.__all__


@pytest.mark.skipif(not has_schema("ShareChatForm"), reason="openapi.json lacks ShareChatForm")
async def test_a_form_the_schema_has_is_sent(client: Any, router: respx.MockRouter) -> None:
    route = router.post(f"{API}/c1/share").mock(return_value=json_response(chat_json()))
    await resolve(client.chats.share("c1", {"share_mode": "continue"}))
    assert json.loads(route.calls.last.request.content) == {"share_mode": "continue"}
    assert "ShareChatForm" in owui_sdk.chats.__all__


@pytest.mark.skipif(
    not has_operation("GET", "/api/v1/skills/id/{id}/files"),
    reason="openapi.json lacks the operation (Open WebUI < 0.12)",
)
async def test_the_web_page_for_an_untyped_get_is_not_supported(
    make: Callable[..., Any], router: respx.MockRouter
) -> None:
    # An operation whose answer the schema leaves untyped would hand the page back as text.
    client = make()
    _version(router, "0.11.4")
    page = httpx.Response(200, text="<!doctype html>", headers={"content-type": "text/html"})
    router.get("/api/v1/skills/id/s1/files").mock(return_value=page)
    with pytest.raises(errors.NotSupportedByServerError) as info:
        await resolve(client.skills.get_skill_files("s1"))
    assert info.value.operation == "GET /api/v1/skills/id/{id}/files"


async def test_a_not_found_from_a_route_with_a_parameter_is_not_supported(
    make: Callable[..., Any], router: respx.MockRouter
) -> None:
    # Open WebUI 0.9 has no GET /chats/config: the path is GET /chats/{id} with id "config",
    # answered with its "not found" 401.
    client = make()
    _version(router, "0.9.6")
    not_found = {"detail": "We could not find what you're looking for :/"}
    router.get(f"{API}/config").mock(return_value=json_response(not_found, 401))
    with pytest.raises(errors.NotSupportedByServerError) as info:
        await resolve(client.chats.get_chat_config())
    assert isinstance(info.value, errors.APIStatusError)
    assert (info.value.status_code, info.value.first_release) == (401, "0.10.2")


async def test_a_not_found_of_an_operation_the_server_has_stays_not_found(
    make: Callable[..., Any], router: respx.MockRouter
) -> None:
    client = make()
    _version(router, "0.12.4")
    not_found = {"detail": "We could not find what you're looking for :/"}
    router.get(f"{API}/config").mock(return_value=json_response(not_found, 401))
    with pytest.raises(errors.NotFoundError) as info:
        await resolve(client.chats.get_chat_config())
    assert not isinstance(info.value, errors.NotSupportedByServerError)


async def test_concurrent_failures_ask_the_version_once(
    make: Callable[..., Any], router: respx.MockRouter, colour: str
) -> None:
    client = make()
    answer = {"version": "0.11.4"}

    # The answer takes a moment, so that the other calls fail while the first one asks.
    async def slow_async(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0.02)
        return json_response(answer)

    def slow_sync(request: httpx.Request) -> httpx.Response:
        time.sleep(0.05)
        return json_response(answer)

    asked = router.get(VERSION).mock(side_effect=slow_async if colour == "async" else slow_sync)
    router.patch(f"{API}/c1/params").mock(return_value=json_response({"detail": "x"}, 405))

    async def one() -> BaseException | None:
        try:
            await resolve(client.chats.update_params("c1", {}))
        except errors.NotSupportedByServerError as error:
            return error
        return None

    if colour == "async":
        results = await asyncio.gather(*(one() for _ in range(8)))
    else:
        with ThreadPoolExecutor(max_workers=8) as pool:
            results = list(pool.map(lambda _: asyncio.run(one()), range(8)))
    assert all(isinstance(r, errors.NotSupportedByServerError) for r in results)
    assert asked.call_count == 1
