"""Chats methods whose route Open WebUI never answers with ``null`` on success return the model,
not ``Model | None``; an unexpected ``null`` is a broken answer and raises
``APIResponseValidationError``. ``get_pinned_status`` may truly be ``null`` (an old row)."""

from __future__ import annotations

import inspect
from typing import Any

import pytest
import respx

from owui_sdk.chats import AsyncChatsClient, ChatsClient
from owui_sdk.errors import APIResponseValidationError

from ._support import json_response, resolve

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
