"""Chats methods whose route Open WebUI never answers with ``null`` on success return the model,
not ``Model | None``; an unexpected ``null`` is a broken answer and raises
``APIResponseValidationError``. ``get_pinned_status`` may truly be ``null`` (an old row)."""

from __future__ import annotations

import inspect
from typing import Any

import httpx
import pytest
import respx

from owui_sdk import AsyncOpenWebUI, OpenWebUI
from owui_sdk.chats import AsyncChatsClient, ChatsClient
from owui_sdk.errors import APIResponseValidationError
from owui_sdk.models import ChatResponse

from ._support import chat_json, json_response, resolve

FORM = {"chat": {"title": "x"}}
NEVER_NULL: dict[str, tuple[Any, ...]] = {
    "create_new": (FORM,),
    "get": ("c1",),
    "update": ("c1", FORM),
    "update_message": ("c1", "m1", {"content": "hi"}),
    "delete_message": ("c1", "m1"),
    "send_message_event": ("c1", "m1", {"type": "status", "data": {}}),
    "pin": ("c1",),
    "clone": ("c1", {"title": "copy"}),
    "clone_shared": ("s1",),
    "fork": ("c1", {"message_id": "m1"}),
    "archive": ("c1",),
    "share": ("c1",),
    "get_shared": ("s1",),
    "delete_shared": ("c1",),
    "update_shared_access": ("c1", {"access_grants": []}),
    "update_folder": ("c1", {"folder_id": "f1"}),
    "export_single_chat_stats": ("c1",),
}


@pytest.mark.parametrize("name", sorted(NEVER_NULL))
async def test_null_answer_is_a_validation_error(
    name: str, client: Any, router: respx.MockRouter
) -> None:
    router.route().mock(return_value=json_response(None))
    with pytest.raises(APIResponseValidationError, match="null"):
        await resolve(getattr(client.chats, name)(*NEVER_NULL[name]))


@pytest.mark.parametrize("cls", [ChatsClient, AsyncChatsClient])
def test_never_null_methods_are_typed_without_none(cls: type) -> None:
    for name in NEVER_NULL:
        annotation = inspect.signature(getattr(cls, name)).return_annotation
        assert "None" not in str(annotation), (cls.__name__, name, annotation)


async def test_pinned_status_may_be_null(client: Any, router: respx.MockRouter) -> None:
    router.route().mock(return_value=json_response(None))
    assert await resolve(client.chats.get_pinned_status("c1")) is None


# Through the public clients over a plain httpx transport (no respx): the generated methods of
# codegen/renames.json, whose routes codegen/responses.py's NEVER_NULL lists, parse a null body
# as a broken answer; a chat answer comes back as the model. `get`, `pin` and `update_folder`
# are among the routes that rule reads from the routers, `create_new` was in it before.
THROUGH_TRANSPORT: dict[str, tuple[tuple[Any, ...], str, str]] = {
    "get": (("c1",), "GET", "/api/v1/chats/c1"),
    "pin": (("c1",), "POST", "/api/v1/chats/c1/pin"),
    "update_folder": (("c1", {"folder_id": "f1"}), "POST", "/api/v1/chats/c1/folder"),
    "create_new": ((FORM,), "POST", "/api/v1/chats/new"),
}


def _answering(body: Any, seen: list[httpx.Request]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return json_response(body)

    return httpx.MockTransport(handler)


@pytest.mark.parametrize("name", sorted(THROUGH_TRANSPORT))
def test_sync_null_answer_raises_through_the_transport(name: str) -> None:
    args, method, path = THROUGH_TRANSPORT[name]
    seen: list[httpx.Request] = []
    http = httpx.Client(transport=_answering(None, seen))
    with (
        OpenWebUI("http://t", api_key="k", http_client=http) as c,
        pytest.raises(APIResponseValidationError, match="null") as caught,
    ):
        getattr(c.chats, name)(*args)
    assert [(r.method, r.url.path) for r in seen] == [(method, path)]
    assert caught.value.response.request.url.path == path


@pytest.mark.parametrize("name", sorted(THROUGH_TRANSPORT))
async def test_async_null_answer_raises_through_the_transport(name: str) -> None:
    args, method, path = THROUGH_TRANSPORT[name]
    seen: list[httpx.Request] = []
    transport = _answering(None, seen)
    http = httpx.AsyncClient(transport=transport)
    async with AsyncOpenWebUI("http://t", api_key="k", http_client=http) as c:
        with pytest.raises(APIResponseValidationError, match="null") as caught:
            await getattr(c.chats, name)(*args)
    assert [(r.method, r.url.path) for r in seen] == [(method, path)]
    assert caught.value.response.request.url.path == path


@pytest.mark.parametrize("name", sorted(THROUGH_TRANSPORT))
async def test_a_chat_answer_is_the_model_in_both_colours(name: str) -> None:
    args, _, _ = THROUGH_TRANSPORT[name]
    seen: list[httpx.Request] = []
    with OpenWebUI(
        "http://t", api_key="k", http_client=httpx.Client(transport=_answering(chat_json(), seen))
    ) as c:
        assert isinstance(getattr(c.chats, name)(*args), ChatResponse)
    http = httpx.AsyncClient(transport=_answering(chat_json(), seen))
    async with AsyncOpenWebUI("http://t", api_key="k", http_client=http) as ac:
        answer = await getattr(ac.chats, name)(*args)
    assert isinstance(answer, ChatResponse)
    assert answer.id == "c1"
    assert len(seen) == 2
