"""A connection that breaks while iter_all() reads the NDJSON stream raises an SDK error."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from owui_sdk import AsyncOpenWebUI, OpenWebUI
from owui_sdk.errors import APIConnectionError

CHAT = {
    "id": "a",
    "user_id": "u",
    "title": "t",
    "chat": {},
    "updated_at": 1,
    "created_at": 1,
    "archived": False,
}
LINE = (json.dumps(CHAT) + "\n").encode()


class _Broken(httpx.SyncByteStream, httpx.AsyncByteStream):
    def __iter__(self) -> Iterator[bytes]:
        yield LINE
        raise httpx.ReadError("connection reset")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield LINE
        raise httpx.ReadError("connection reset")


def _handler(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, stream=_Broken(), headers={"content-type": "application/x-ndjson"})


def test_sync_iter_all_broken_stream_is_a_connection_error() -> None:
    client = OpenWebUI(
        "http://t", api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(_handler))
    )
    seen: list[str] = []
    with pytest.raises(APIConnectionError) as caught:
        for chat in client.chats.iter_all():
            seen.append(chat.id)
    assert seen == ["a"]
    assert isinstance(caught.value.__cause__, httpx.ReadError)
    assert caught.value.request.url.path == "/api/v1/chats/all"


async def test_async_iter_all_broken_stream_is_a_connection_error() -> None:
    client = AsyncOpenWebUI(
        "http://t",
        api_key="k",
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(_handler)),
    )
    seen: list[str] = []
    with pytest.raises(APIConnectionError) as caught:
        async for chat in client.chats.iter_all():
            seen.append(chat.id)
    assert seen == ["a"]
    assert isinstance(caught.value.__cause__, httpx.ReadError)
