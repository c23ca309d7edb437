"""Every method of the chats client against a real Open WebUI 0.12.4, in both colours, with
its effect read back from the server.

Each test runs twice: with the blocking ``OpenWebUI(...).chats`` (``[sync]``) and with
``AsyncOpenWebUI(...).chats`` (``[async]``): the module's autouse ``colour`` fixture
parametrizes every test, so no test can be written for one colour only. A test is written
once, as ``async def``, and calls the client through ``await resolve(...)`` (``await
collect(...)`` for the ``iter_*`` generators): a blocking call has already returned its value,
an asyncio one is awaited.

Each test declares the methods it exercises (``@exercises``); the last test fails, in each
colour, when a public method of that colour's client has no test here. Each test removes
what it made, whatever happens.
"""

from __future__ import annotations

import contextlib
import json
import math
import sys
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

import httpx
import pytest

import owui_sdk.models
from owui_sdk import AsyncOpenWebUI, OpenWebUI
from owui_sdk.chats import (
    AsyncChatsClient,
    ChatAccessGrantsForm,
    ChatConfigForm,
    ChatFolderIdForm,
    ChatForm,
    ChatImportForm,
    ChatResponse,
    ChatsClient,
    ChatsImportForm,
    CloneForm,
    CompactChatForm,
    EventForm,
    ForkForm,
    MessageForm,
    ResolveToolCallForm,
    TagFilterForm,
    TagForm,
)
from owui_sdk.errors import (
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    UnprocessableEntityError,
)
from tests._introspect import public_method_names
from tests._schema import has_schema
from tests.facade._support import collect, resolve
from tests.integration._chats_helpers import (
    ACCESS_PROHIBITED,
    FOLDER_PAGE_SIZE,
    INVALID_TOKEN,
    LIST_PAGE_SIZE,
    NOT_FOUND,
    PAST,
    Recorded,
    check_exercised,
    declared,
    exercises,
    token,
    tool_call_history,
    two_message_history,
)
from tests.integration._compat import server_before
from tests.server import ServerInfo

pytestmark = pytest.mark.integration

COLOURS = ("sync", "async")
CLIENTS: dict[str, type[OpenWebUI] | type[AsyncOpenWebUI]] = {
    "sync": OpenWebUI,
    "async": AsyncOpenWebUI,
}
CHATS_CLIENTS: dict[str, type[ChatsClient] | type[AsyncChatsClient]] = {
    "sync": ChatsClient,
    "async": AsyncChatsClient,
}

Client = OpenWebUI | AsyncOpenWebUI
#: The chats client of the test's colour (through a :class:`Recorded` proxy): call it through
#: ``await resolve(...)``, its ``iter_*`` methods through ``await collect(...)``.
Chats = ChatsClient | AsyncChatsClient

# The public methods the running test reached (through the Recorded proxies).
CALLS: set[str] = set()


def ids(items: Iterable[Any]) -> list[str]:
    return [item.id for item in items]


async def close(client: Client) -> None:
    if isinstance(client, AsyncOpenWebUI):
        await client.aclose()
    else:
        client.close()


@contextlib.asynccontextmanager
async def opened(
    colour: str,
    owui_server: ServerInfo,
    *,
    api_key: str | None = None,
    sent: list[httpx.Request] | None = None,
) -> AsyncIterator[Any]:
    """A client of ``colour`` of its own (the admin's unless ``api_key``), used as its context
    manager: ``with`` for the blocking one, ``async with`` for the asyncio one. With ``sent``,
    it runs over an httpx client of the same colour that appends each request to ``sent``."""
    key = owui_server.admin_key if api_key is None else api_key
    if colour == "sync":
        with contextlib.ExitStack() as stack:
            options: dict[str, Any] = {}
            if sent is not None:
                hooks = {"request": [sent.append]}
                options["http_client"] = stack.enter_context(httpx.Client(event_hooks=hooks))
            yield stack.enter_context(OpenWebUI(owui_server.base_url, api_key=key, **options))
        return

    async def record(request: httpx.Request) -> None:
        assert sent is not None
        sent.append(request)

    async with contextlib.AsyncExitStack() as astack:
        options = {}
        if sent is not None:
            http = httpx.AsyncClient(event_hooks={"request": [record]})
            options["http_client"] = await astack.enter_async_context(http)
        yield await astack.enter_async_context(
            AsyncOpenWebUI(owui_server.base_url, api_key=key, **options)
        )


# --- fixtures ---------------------------------------------------------------------------------


@pytest.fixture(scope="module", params=COLOURS, autouse=True)
def colour(request: pytest.FixtureRequest) -> str:
    """``"sync"`` (OpenWebUI) or ``"async"`` (AsyncOpenWebUI), for every test of the module.
    Module-scoped: the tests run colour by colour, each colour with its own clients."""
    return str(request.param)


@pytest.fixture(scope="module")
async def admin_client(colour: str, owui_server: ServerInfo) -> AsyncIterator[Client]:
    client = CLIENTS[colour](owui_server.base_url, api_key=owui_server.admin_key)
    yield client
    await close(client)


@pytest.fixture(scope="module")
async def user_client(colour: str, owui_server: ServerInfo) -> AsyncIterator[Client]:
    client = CLIENTS[colour](owui_server.base_url, api_key=owui_server.user_key)
    yield client
    await close(client)


@pytest.fixture(scope="module")
def raw(owui_server: ServerInfo) -> Iterator[httpx.Client]:
    """Plain (blocking) httpx with the admin's key, in both colours: folders, and reading
    answers the SDK decodes."""
    headers = {"Authorization": f"Bearer {owui_server.admin_key}"}
    with httpx.Client(base_url=owui_server.base_url, headers=headers, timeout=30.0) as client:
        yield client


@pytest.fixture(autouse=True)
def _record(request: pytest.FixtureRequest) -> Iterator[None]:
    CALLS.clear()
    failed_before = request.session.testsfailed
    yield
    check_exercised(request, CALLS, failed_before)


@pytest.fixture
def chats(colour: str, admin_client: Client) -> Chats:
    """The admin's chats client of the test's colour, recording the methods the test calls."""
    assert type(admin_client.chats) is CHATS_CLIENTS[colour]
    return cast(Chats, Recorded(admin_client.chats, CALLS))


@pytest.fixture
def user_chats(colour: str, user_client: Client) -> Chats:
    """The normal user's chats client of the test's colour, recording the methods the test
    calls."""
    assert type(user_client.chats) is CHATS_CLIENTS[colour]
    return cast(Chats, Recorded(user_client.chats, CALLS))


class Made:
    """What a test made on the server; removed at teardown (not through the recorders)."""

    def __init__(self, admin: Client, user: Client, raw: httpx.Client) -> None:
        self._clients: dict[str, Chats] = {"admin": admin.chats, "user": user.chats}
        self._raw = raw
        self._chats: list[tuple[str, str]] = []
        self._folders: list[str] = []

    def track(self, *chat_ids: str, owner: str = "admin") -> None:
        self._chats.extend((owner, chat_id) for chat_id in chat_ids)

    async def chat(
        self, title: str | None = None, *, owner: str = "admin", **chat: Any
    ) -> ChatResponse:
        made = await resolve(
            self._clients[owner].create_new(
                ChatForm(chat={"title": title or token("chat"), **chat})
            )
        )
        assert made is not None
        self.track(made.id, owner=owner)
        return cast(ChatResponse, made)

    def folder(self) -> str:
        response = self._raw.post("/api/v1/folders/", json={"name": token("folder")})
        assert response.status_code == 200, response.text
        folder_id: str = response.json()["id"]
        self._folders.append(folder_id)
        return folder_id

    async def cleanup(self) -> None:
        for owner, chat_id in reversed(self._chats):
            with contextlib.suppress(NotFoundError):
                await resolve(self._clients[owner].delete(chat_id))
        for folder_id in self._folders:
            self._raw.delete(f"/api/v1/folders/{folder_id}")


@pytest.fixture
async def made(admin_client: Client, user_client: Client, raw: httpx.Client) -> AsyncIterator[Made]:
    made = Made(admin_client, user_client, raw)
    try:
        yield made
    finally:
        await made.cleanup()


# --- create, read, update, delete ---------------------------------------------------------------


@exercises("create_new", "get", "update", "delete")
async def test_create_read_update_delete(
    chats: Chats, made: Made, raw: httpx.Client, owui_server: ServerInfo
) -> None:
    title = token("create")
    created = await resolve(
        chats.create_new(ChatForm(chat={"title": title, "models": ["x-model"]}))
    )
    assert created is not None
    made.track(created.id)
    assert (created.title, created.user_id) == (title, owui_server.admin_id)

    got = await resolve(chats.get(created.id))
    assert got is not None
    assert (got.id, got.title, got.user_id) == (created.id, title, owui_server.admin_id)
    assert got.chat["models"] == ["x-model"]
    assert (got.archived, got.pinned, got.share_id, got.folder_id) == (False, False, None, None)

    renamed = token("renamed")
    updated = await resolve(chats.update(created.id, ChatForm(chat={"title": renamed})))
    assert updated is not None and updated.title == renamed
    again = await resolve(chats.get(created.id))
    assert again is not None
    assert again.title == renamed
    assert again.chat["models"] == ["x-model"]  # the server merges the keys sent into the chat
    assert raw.get(f"/api/v1/chats/{created.id}").json()["title"] == renamed

    # A plain dict does as well as the model.
    updated = await resolve(chats.update(created.id, {"chat": {"title": title}}))
    assert updated is not None and updated.title == title

    assert await resolve(chats.delete(created.id)) is True
    with pytest.raises(NotFoundError) as caught:
        await resolve(chats.get(created.id))
    assert (caught.value.status_code, caught.value.detail) == (401, NOT_FOUND)
    assert raw.get(f"/api/v1/chats/{created.id}").status_code == 401


# --- messages --------------------------------------------------------------------------------


@exercises("ask")
async def test_ask_writes_turns_the_web_ui_shows(chats: Chats, made: Made, upstream: Any) -> None:
    # A new chat, not streamed: the server writes the turn.
    first = await resolve(chats.ask("Which tram goes to Belém?", model="echo-1"))
    made.track(first.chat_id)
    assert first.content == "Echo: Which tram goes to Belém?"
    # The same chat, streamed: the SDK writes the turn when the stream ends.
    stream = await resolve(
        chats.ask("And back?", model="echo-2", chat_id=first.chat_id, stream=True)
    )
    texts = [c.choices[0].delta.content or "" for c in await collect(stream) if c.choices]
    assert "".join(texts) == "Echo: And back?"
    second = stream.turn
    assert second is not None and second.chat_id == first.chat_id
    # The model of the second turn saw the first one.
    last = upstream.requests.matching("POST", "/v1/chat/completions")[-1]
    assert [m["content"] for m in last.messages] == [
        "Which tram goes to Belém?",
        "Echo: Which tram goes to Belém?",
        "And back?",
    ]

    chat = await resolve(chats.get(first.chat_id))
    history = chat.chat["history"]
    messages = history["messages"]
    q1, a1 = messages[first.user_message_id], messages[first.assistant_message_id]
    q2, a2 = messages[second.user_message_id], messages[second.assistant_message_id]
    assert (q1["parentId"], q1["childrenIds"]) == (None, [a1["id"]])
    assert (a1["parentId"], a1["childrenIds"]) == (q1["id"], [q2["id"]])
    assert (q2["parentId"], q2["childrenIds"]) == (a1["id"], [a2["id"]])
    assert (a2["parentId"], a2["childrenIds"]) == (q2["id"], [])
    assert (a1["model"], a2["model"]) == ("echo-1", "echo-2")
    assert a1["done"] is True and a2["done"] is True
    assert (a1["content"], a2["content"]) == (first.content, second.content)
    assert history["currentId"] == a2["id"]
    listed = await resolve(chats.get_list(page=1))
    assert first.chat_id in [c.id for c in listed]


@exercises("update_message", "send_message_event", "delete_message")
async def test_messages_are_written_evented_and_deleted(chats: Chats, made: Made) -> None:
    chat = await made.chat()

    answer = await resolve(chats.update_message(chat.id, "m1", MessageForm(content="first")))
    assert answer is not None
    history = answer.chat["history"]
    assert history["messages"]["m1"]["content"] == "first"
    stored = await resolve(chats.get(chat.id))
    assert stored is not None
    message = stored.chat["history"]["messages"]["m1"]
    # A new message id makes a new message: an assistant message at the root, now current.
    assert (message["id"], message["content"], message["role"]) == ("m1", "first", "assistant")
    assert message["parentId"] is None
    assert stored.chat["history"]["currentId"] == "m1"
    assert stored.current_message_id == "m1"

    await resolve(chats.update_message(chat.id, "m1", {"content": "second"}))
    stored = await resolve(chats.get(chat.id))
    assert stored is not None
    assert stored.chat["history"]["messages"]["m1"]["content"] == "second"

    # A "status" event is stored in the message's statusHistory, "replace" sets its content.
    status = {"description": "Searching", "done": True}
    assert (
        await resolve(
            chats.send_message_event(chat.id, "m1", EventForm(type="status", data=status))
        )
        is True
    )
    replaced = {"type": "replace", "data": {"content": "replaced"}}
    assert await resolve(chats.send_message_event(chat.id, "m1", replaced)) is True
    stored = await resolve(chats.get(chat.id))
    assert stored is not None
    message = stored.chat["history"]["messages"]["m1"]
    assert message["statusHistory"] == [status]
    assert message["content"] == "replaced"

    answer = await resolve(chats.delete_message(chat.id, "m1"))
    assert answer is not None
    assert "m1" not in answer.chat["history"]["messages"]
    stored = await resolve(chats.get(chat.id))
    assert stored is not None
    assert stored.chat["history"]["messages"] == {}
    assert stored.chat["history"]["currentId"] is None


# --- tags ----------------------------------------------------------------------------------


@exercises(
    "add_tag", "get_tags", "get_all_tags", "get_by_tags", "search", "delete_tag", "delete_all_tags"
)
async def test_tags(chats: Chats, made: Made, raw: httpx.Client) -> None:
    a, b = await made.chat(), await made.chat()
    name = f"Tag {token()}"
    tag_id = name.replace(" ", "_").lower()  # the server's id for a tag name
    extra = token("extra")

    tags = await resolve(chats.add_tag(a.id, TagForm(name=name)))
    assert [(tag.id, tag.name) for tag in tags] == [(tag_id, name)]
    await resolve(chats.add_tag(b.id, {"name": name}))
    await resolve(chats.add_tag(b.id, TagForm(name=extra)))

    assert ids(await resolve(chats.get_tags(a.id))) == [tag_id]
    assert set(ids(await resolve(chats.get_tags(b.id)))) == {tag_id, extra}
    stored = await resolve(chats.get(a.id))
    assert stored is not None and stored.meta == {"tags": [tag_id]}
    assert {tag_id, extra} <= set(ids(await resolve(chats.get_all_tags())))
    assert set(ids(await resolve(chats.get_by_tags(TagFilterForm(name=tag_id))))) == {a.id, b.id}
    assert len(await resolve(chats.get_by_tags(TagFilterForm(name=tag_id, skip=1, limit=1)))) == 1
    assert set(ids(await resolve(chats.search(f"tag:{tag_id}")))) == {a.id, b.id}
    assert ids(await resolve(chats.search(f"tag:{extra}"))) == [b.id]

    # One chat loses the tag; the other keeps it, so the tag itself stays.
    assert await resolve(chats.delete_tag(a.id, TagForm(name=name))) == []
    assert await resolve(chats.get_tags(a.id)) == []
    assert tag_id in ids(await resolve(chats.get_all_tags()))
    assert ids(await resolve(chats.search(f"tag:{tag_id}"))) == [b.id]

    # delete_all_tags: tag by tag (the server's DELETE /{id}/tags/all is gone: 405).
    assert raw.delete(f"/api/v1/chats/{b.id}/tags/all").status_code == 405
    assert await resolve(chats.delete_all_tags(b.id)) is True
    assert await resolve(chats.get_tags(b.id)) == []
    stored = await resolve(chats.get(b.id))
    assert stored is not None and stored.meta["tags"] == []
    # The last chat carrying them lost them: the server dropped the tags too.
    assert not {tag_id, extra} & set(ids(await resolve(chats.get_all_tags())))
    assert await resolve(chats.search(f"tag:{tag_id}")) == []

    with pytest.raises(BadRequestError) as caught:
        await resolve(chats.add_tag(a.id, TagForm(name="None")))
    assert (caught.value.status_code, caught.value.detail) == (
        400,
        "[ERROR: Tag name cannot be 'None']",
    )


@exercises("iter_by_tags")
async def test_iter_by_tags_leaves_the_tag_alone(chats: Chats, made: Made) -> None:
    """iter_by_tags is a read: the tag must still exist after it.

    Open WebUI deletes a tag when POST /api/v1/chats/tags answers an empty page
    (routers/chats.py, get_user_chat_list_by_tag_name). An iteration that asks for the page
    after the last one therefore deletes the tag of every chat it has just listed.
    """
    tagged = [await made.chat() for _ in range(3)]
    name = token("iter")
    for chat in tagged:
        await resolve(chats.add_tag(chat.id, TagForm(name=name)))

    for limit in (2, 3):  # a short last page, then an exactly full one
        listed = ids(await collect(chats.iter_by_tags(name, limit=limit)))
        assert sorted(listed) == sorted(ids(tagged)), limit
        assert name in ids(await resolve(chats.get_all_tags())), (
            f"limit={limit}: the tag was deleted"
        )
        assert ids(await resolve(chats.get_tags(tagged[0].id))) == [name], limit


# --- folders ---------------------------------------------------------------------------------


@exercises("update_folder", "get_by_folder_id", "get_list_by_folder_id", "iter_list_by_folder_id")
async def test_folders(chats: Chats, made: Made) -> None:
    folder_id = made.folder()
    chat = await made.chat()

    moved = await resolve(chats.update_folder(chat.id, ChatFolderIdForm(folder_id=folder_id)))
    assert moved is not None and moved.folder_id == folder_id
    stored = await resolve(chats.get(chat.id))
    assert stored is not None and stored.folder_id == folder_id
    assert ids(await resolve(chats.get_by_folder_id(folder_id))) == [chat.id]
    assert ids(await resolve(chats.get_list_by_folder_id(folder_id))) == [chat.id]
    # Chats in folders are left out by default.
    assert chat.id not in ids(await resolve(chats.get_list()))
    assert chat.id in ids(await resolve(chats.get_list(include_folders=True)))

    # More than a folder page (10): imported straight into the folder.
    imported = await resolve(
        chats.import_chats(
            ChatsImportForm(
                chats=[
                    ChatImportForm(
                        chat={"title": f"in folder {i:02d}"},
                        folder_id=folder_id,
                        updated_at=PAST + i,
                    )
                    for i in range(FOLDER_PAGE_SIZE + 2)
                ]
            )
        )
    )
    made.track(*ids(imported))
    assert {c.folder_id for c in imported} == {folder_id}
    assert len(await resolve(chats.get_list_by_folder_id(folder_id, 1))) == FOLDER_PAGE_SIZE
    assert len(await resolve(chats.get_list_by_folder_id(folder_id, 2))) == 3
    listed = ids(await collect(chats.iter_list_by_folder_id(folder_id)))
    assert len(listed) == len(set(listed)) == FOLDER_PAGE_SIZE + 3
    assert set(listed) == set(ids(await resolve(chats.get_by_folder_id(folder_id))))
    newest_first = [c.id for c in sorted(imported, key=lambda c: c.updated_at, reverse=True)]
    assert [i for i in listed if i != chat.id] == newest_first

    # Out of the folder again.
    out = await resolve(chats.update_folder(chat.id, ChatFolderIdForm(folder_id=None)))
    assert out is not None and out.folder_id is None
    stored = await resolve(chats.get(chat.id))
    assert stored is not None and stored.folder_id is None
    assert chat.id not in ids(await resolve(chats.get_by_folder_id(folder_id)))
    assert chat.id not in ids(await collect(chats.iter_list_by_folder_id(folder_id)))
    assert chat.id in ids(await resolve(chats.get_list()))

    with pytest.raises(NotFoundError) as caught:
        await resolve(chats.update_folder(chat.id, {"folder_id": token("no-such-folder")}))
    assert (caught.value.status_code, caught.value.detail) == (404, NOT_FOUND)


# --- sharing --------------------------------------------------------------------------------


@exercises(
    "share",
    "get_shared",
    "get_shared_list",
    "iter_shared_list",
    "clone_shared",
    "get_shared_access",
    "update_shared_access",
    "delete_shared",
)
async def test_sharing(
    chats: Chats, user_chats: Chats, made: Made, owui_server: ServerInfo
) -> None:
    title = token("shared")
    chat = await made.chat(title, history=two_message_history())

    shared = await resolve(chats.share(chat.id))
    assert shared is not None and shared.share_id
    share_id = shared.share_id
    stored = await resolve(chats.get(chat.id))
    assert stored is not None and stored.share_id == share_id

    # The share is a snapshot, under its own id.
    copy = await resolve(chats.get_shared(share_id))
    assert copy is not None
    assert (copy.id, copy.title, copy.user_id) == (share_id, title, owui_server.admin_id)
    assert copy.chat["history"]["messages"]["m2"]["content"] == "Forty-two."

    listed = [s for s in await resolve(chats.get_shared_list()) if s.share_id == share_id]
    assert [(s.id, s.chat_id, s.title) for s in listed] == [(chat.id, chat.id, title)]
    assert share_id in [s.share_id for s in await collect(chats.iter_shared_list())]
    assert [s.share_id for s in await resolve(chats.get_shared_list(query=title))] == [share_id]

    # Sharing again re-takes the snapshot under the same share id.
    renamed = token("reshared")
    await resolve(chats.update(chat.id, ChatForm(chat={"title": renamed})))
    # ShareChatForm (the share mode) came with Open WebUI 0.12's schema.
    form = (owui_sdk.models.ShareChatForm(),) if has_schema("ShareChatForm") else ()
    again = await resolve(chats.share(chat.id, *form))
    assert again is not None and again.share_id == share_id
    copy = await resolve(chats.get_shared(share_id))
    assert copy is not None and copy.title == renamed

    # clone_shared takes the share id and makes a new chat of the snapshot.
    clone = await resolve(chats.clone_shared(share_id))
    assert clone is not None
    made.track(clone.id)
    assert clone.id not in (chat.id, share_id)
    assert clone.title == f"Clone of {renamed}"
    cloned = await resolve(chats.get(clone.id))
    assert cloned is not None
    assert cloned.chat["history"]["messages"]["m2"]["content"] == "Forty-two."
    assert cloned.chat["originalChatId"] == share_id  # the snapshot's id, not the chat's

    # The other user may read the share only once granted.
    with pytest.raises(PermissionDeniedError) as caught:
        await resolve(user_chats.get_shared(share_id))
    assert (caught.value.status_code, caught.value.detail) == (401, ACCESS_PROHIBITED)
    assert await resolve(chats.get_shared_access(chat.id)) == []
    grant = {"principal_type": "user", "principal_id": owui_server.user_id, "permission": "read"}
    answer = await resolve(
        chats.update_shared_access(chat.id, ChatAccessGrantsForm(access_grants=[grant]))
    )
    assert answer is not None and answer.id == chat.id
    grants = await resolve(chats.get_shared_access(chat.id))
    assert [{k: g[k] for k in grant} for g in grants] == [grant]
    seen = await resolve(user_chats.get_shared(share_id))
    assert seen is not None and (seen.id, seen.title) == (share_id, renamed)
    theirs = await resolve(user_chats.clone_shared(share_id))
    assert theirs is not None
    made.track(theirs.id, owner="user")
    assert theirs.user_id == owui_server.user_id

    assert await resolve(chats.delete_shared(chat.id)) is True
    stored = await resolve(chats.get(chat.id))
    assert stored is not None and stored.share_id is None
    with pytest.raises(NotFoundError) as gone:
        await resolve(chats.get_shared(share_id))
    assert (gone.value.status_code, gone.value.detail) == (401, NOT_FOUND)
    assert share_id not in [s.share_id for s in await resolve(chats.get_shared_list())]
    assert await resolve(chats.get_shared_access(chat.id)) == []  # unsharing drops the grants too


@exercises("unshare_all")
async def test_unshare_all(user_chats: Chats, made: Made) -> None:
    # On the normal user: it unshares every chat of the account.
    a, b = await made.chat(owner="user"), await made.chat(owner="user")
    share_ids = []
    for chat in (a, b):
        shared = await resolve(user_chats.share(chat.id))
        assert shared is not None and shared.share_id
        share_ids.append(shared.share_id)
    assert set(share_ids) <= {s.share_id for s in await resolve(user_chats.get_shared_list())}

    assert await resolve(user_chats.unshare_all()) is True
    assert await resolve(user_chats.get_shared_list()) == []
    for chat, share_id in zip((a, b), share_ids, strict=True):
        stored = await resolve(user_chats.get(chat.id))
        assert stored is not None and stored.share_id is None
        with pytest.raises(NotFoundError):
            await resolve(user_chats.get_shared(share_id))


# --- clone, fork -----------------------------------------------------------------------------


@exercises("clone", "fork")
async def test_clone_and_fork(chats: Chats, made: Made) -> None:
    title = token("source")
    source = await made.chat(title, history=two_message_history(), models=["x-model"])

    clone = await resolve(chats.clone(source.id, CloneForm(title="the copy")))
    assert clone is not None
    made.track(clone.id)
    assert clone.id != source.id and clone.title == "the copy"
    stored = await resolve(chats.get(clone.id))
    assert stored is not None
    assert stored.title == "the copy"
    assert stored.chat["originalChatId"] == source.id
    assert set(stored.chat["history"]["messages"]) == {"m1", "m2"}
    default = await resolve(chats.clone(source.id, {}))
    assert default is not None
    made.track(default.id)
    assert default.title == f"Clone of {title}"

    # Fork at m1: a new chat with the history up to that message.
    fork = await resolve(chats.fork(source.id, ForkForm(message_id="m1")))
    assert fork is not None
    made.track(fork.id)
    stored = await resolve(chats.get(fork.id))
    assert stored is not None
    assert stored.title == f"{title} (fork)"
    assert set(stored.chat["history"]["messages"]) == {"m1"}
    assert stored.chat["history"]["currentId"] == "m1"
    assert stored.meta == {"forked_from": source.id, "forked_from_message_id": "m1"}
    # Without a form: up to the current message.
    whole = await resolve(chats.fork(source.id))
    assert whole is not None
    made.track(whole.id)
    stored = await resolve(chats.get(whole.id))
    assert stored is not None
    assert set(stored.chat["history"]["messages"]) == {"m1", "m2"}

    empty = await made.chat()
    with pytest.raises(BadRequestError) as caught:
        await resolve(chats.fork(empty.id))
    assert (caught.value.status_code, caught.value.detail) == (400, "chat has no messages to fork")
    with pytest.raises(NotFoundError) as unknown:
        await resolve(chats.fork(source.id, ForkForm(message_id="no-such-message")))
    assert (unknown.value.status_code, unknown.value.detail) == (404, "message not found")


async def test_clone_of_a_chat_without_history_is_a_server_error(
    colour: str, owui_server: ServerInfo, made: Made
) -> None:
    # Open WebUI 0.12.4 reads chat["history"]["currentId"] unguarded: KeyError, 500 as plain
    # text. Uvicorn then closes the connection without saying so, and the next request sent
    # on it quickly is reset: hence a client of its own.
    chat = await made.chat()
    async with opened(colour, owui_server) as client:
        with pytest.raises(InternalServerError) as caught:
            await resolve(client.chats.clone(chat.id, CloneForm(title="never")))
    assert (caught.value.status_code, caught.value.detail) == (500, "Internal Server Error")


# --- pinning, archiving -----------------------------------------------------------------------


@exercises("pin", "get_pinned_status", "get_pinned", "get_list")
async def test_pin_toggles(chats: Chats, made: Made) -> None:
    chat = await made.chat()
    assert await resolve(chats.get_pinned_status(chat.id)) is False

    pinned = await resolve(chats.pin(chat.id))
    assert pinned is not None and pinned.pinned is True
    assert await resolve(chats.get_pinned_status(chat.id)) is True
    assert chat.id in ids(await resolve(chats.get_pinned()))
    # Pinned chats are left out by default.
    assert chat.id not in ids(await resolve(chats.get_list()))
    assert chat.id in ids(await resolve(chats.get_list(include_pinned=True)))

    unpinned = await resolve(chats.pin(chat.id))
    assert unpinned is not None and unpinned.pinned is False
    assert await resolve(chats.get_pinned_status(chat.id)) is False
    assert chat.id not in ids(await resolve(chats.get_pinned()))
    assert chat.id in ids(await resolve(chats.get_list()))


@exercises(
    "archive", "get_archived_list", "iter_archived_list", "get_all_archived", "get_archived_count"
)
async def test_archive_toggles(chats: Chats, made: Made) -> None:
    title = token("archived")
    chat = await made.chat(title)
    count = await resolve(chats.get_archived_count())

    archived = await resolve(chats.archive(chat.id))
    assert archived is not None and archived.archived is True
    stored = await resolve(chats.get(chat.id))
    assert stored is not None and stored.archived is True
    assert await resolve(chats.get_archived_count()) == count + 1
    assert chat.id in ids(await resolve(chats.get_archived_list()))
    assert ids(await resolve(chats.get_archived_list(query=title))) == [chat.id]
    assert chat.id in ids(await collect(chats.iter_archived_list()))
    assert chat.id in ids(await resolve(chats.get_all_archived()))
    assert chat.id not in ids(await resolve(chats.get_list()))

    restored = await resolve(chats.archive(chat.id))
    assert restored is not None and restored.archived is False
    assert await resolve(chats.get_archived_count()) == count
    assert chat.id not in ids(await resolve(chats.get_archived_list()))
    assert chat.id not in ids(await collect(chats.iter_archived_list()))
    assert chat.id not in ids(await resolve(chats.get_all_archived()))
    assert chat.id in ids(await resolve(chats.get_list()))


@exercises("archive_all", "unarchive_all")
async def test_archive_all_and_unarchive_all(user_chats: Chats, made: Made) -> None:
    # On the normal user: they touch every chat of the account. archive_all also takes
    # chats out of their folders; what was archived or in a folder before is put back.
    before = {c.id: (c.archived, c.folder_id) for c in await resolve(user_chats.get_all())}
    a, b = await made.chat(owner="user"), await made.chat(owner="user")
    try:
        assert await resolve(user_chats.archive_all()) is True
        everything = await resolve(user_chats.get_all())
        assert {a.id, b.id} <= set(ids(everything))
        assert all(c.archived for c in everything)
        assert await resolve(user_chats.get_archived_count()) == len(everything)
        assert await resolve(user_chats.get_list()) == []

        assert await resolve(user_chats.unarchive_all()) is True
        assert await resolve(user_chats.get_archived_count()) == 0
        assert {a.id, b.id} <= set(ids(await resolve(user_chats.get_list())))
        assert not any(c.archived for c in await resolve(user_chats.get_all()))
    finally:
        for chat in await resolve(user_chats.get_all()):
            archived, folder_id = before.get(chat.id, (False, None))
            if chat.archived != archived:
                await resolve(user_chats.archive(chat.id))
            if folder_id is not None and chat.folder_id != folder_id:
                await resolve(
                    user_chats.update_folder(chat.id, ChatFolderIdForm(folder_id=folder_id))
                )


# --- import, export -------------------------------------------------------------------------


@exercises("import_chats")
async def test_import_chats(chats: Chats, made: Made, owui_server: ServerInfo) -> None:
    word, tag = token("import"), token("imptag")
    form = ChatsImportForm(
        chats=[
            ChatImportForm(
                chat={"title": f"{word} A", "history": two_message_history(), "models": ["m"]},
                meta={"tags": [tag]},
                pinned=True,
                archived=False,
                created_at=PAST,
                updated_at=PAST + 1,
            ),
            ChatImportForm(
                chat={
                    "title": f"{word} B",
                    "messages": [{"id": "l1", "role": "user", "content": "legacy", "timestamp": 1}],
                },
                pinned=False,
                archived=True,
                created_at=PAST + 2,
                updated_at=PAST + 3,
            ),
        ]
    )
    imported = await resolve(chats.import_chats(form))
    made.track(*ids(imported))
    assert [c.title for c in imported] == [f"{word} A", f"{word} B"]

    # Everything the form says is kept: flags, tags, dates, messages.
    a = await resolve(chats.get(imported[0].id))
    assert a is not None
    assert (a.pinned, a.archived, a.meta) == (True, False, {"tags": [tag]})
    assert (a.created_at, a.updated_at) == (PAST, PAST + 1)
    assert a.chat["history"]["messages"]["m2"]["content"] == "Forty-two."
    assert a.current_message_id == "m2"
    b = await resolve(chats.get(imported[1].id))
    assert b is not None
    assert (b.pinned, b.archived, b.created_at, b.updated_at) == (False, True, PAST + 2, PAST + 3)
    legacy = b.chat["messages"][0]
    if server_before("0.12"):  # Open WebUI 0.11 imports old-format messages as they are
        assert (legacy["content"], "user_id" in legacy) == ("legacy", False)
    else:
        assert (legacy["content"], legacy["user_id"]) == ("legacy", owui_server.admin_id)

    # Open WebUI 0.11 keeps the imported tags in meta but does not add them to the user's tags.
    assert (tag in ids(await resolve(chats.get_all_tags()))) is not server_before("0.12")
    assert a.id in ids(await resolve(chats.get_pinned()))
    assert b.id in ids(await resolve(chats.get_archived_list()))
    # Pinned and archived chats are left out.
    assert not {a.id, b.id} & set(ids(await resolve(chats.get_list())))
    assert ids(await resolve(chats.search(word))) == [a.id]  # archived chats are not searched
    assert ids(await resolve(chats.search(f"{word} archived:true"))) == [b.id]


@exercises("get_all", "iter_all")
async def test_get_all_and_iter_all_read_the_ndjson_export(
    chats: Chats, made: Made, raw: httpx.Client
) -> None:
    a = await made.chat()
    b = await made.chat(history=two_message_history())

    everything = await resolve(chats.get_all())
    listed = ids(everything)
    assert len(listed) == len(set(listed))
    assert {a.id, b.id} <= set(listed)
    full = next(c for c in everything if c.id == b.id)
    assert full.chat["history"]["messages"]["m2"]["content"] == "Forty-two."

    streamed = await collect(chats.iter_all())
    assert ids(streamed) == listed
    assert next(c for c in streamed if c.id == b.id).chat == full.chat

    response = raw.get("/api/v1/chats/all")
    assert response.headers["content-type"].startswith("application/x-ndjson")
    assert len(response.text.splitlines()) == len(listed)


# --- two users -------------------------------------------------------------------------------


@exercises("get_all_db", "get_user_list", "iter_user_list")
async def test_admin_sees_both_users_each_user_only_their_own(
    chats: Chats, user_chats: Chats, made: Made, owui_server: ServerInfo
) -> None:
    mine = await made.chat()
    theirs = await made.chat(token("theirs"), owner="user")

    owners = {c.id: c.user_id for c in await resolve(chats.get_all_db())}
    assert owners[mine.id] == owui_server.admin_id
    assert owners[theirs.id] == owui_server.user_id

    listed = ids(await resolve(chats.get_user_list(owui_server.user_id)))
    assert theirs.id in listed and mine.id not in listed
    iterated = ids(await collect(chats.iter_user_list(owui_server.user_id)))
    assert iterated[: len(listed)] == listed  # page 1 first, then any further pages
    assert len(iterated) == len(set(iterated))
    assert ids(await resolve(chats.get_user_list(owui_server.user_id, query=theirs.title))) == [
        theirs.id
    ]
    assert await resolve(chats.get_user_list(token("no-such-user"))) == []

    assert theirs.id not in ids(await resolve(chats.get_list()))
    assert mine.id not in ids(await resolve(user_chats.get_list()))
    with pytest.raises(NotFoundError) as caught:
        await resolve(user_chats.get(mine.id))
    assert (caught.value.status_code, caught.value.detail) == (401, NOT_FOUND)
    # The admin may read anyone's chat (ENABLE_ADMIN_CHAT_ACCESS, on by default).
    read = await resolve(chats.get(theirs.id))
    assert read is not None and read.user_id == owui_server.user_id


async def test_user_is_refused_admin_only_calls(
    user_chats: Chats, admin_client: Client, owui_server: ServerInfo
) -> None:
    # Open WebUI refuses a valid key of a non-admin with 401 (get_admin_user), not 403, and
    # the text "You do not have permission...": the SDK maps that 401 to PermissionDeniedError
    # (status_code 401 kept), as it maps the "could not find" 401 to NotFoundError.
    config = await resolve(admin_client.chats.get_chat_config())
    calls: dict[str, Callable[[], Any]] = {
        "get_all_db": lambda: user_chats.get_all_db(),
        "get_user_list": lambda: user_chats.get_user_list(owui_server.admin_id),
        "iter_user_list": lambda: collect(user_chats.iter_user_list(owui_server.admin_id)),
        "get_chat_config": lambda: user_chats.get_chat_config(),
        "set_chat_config": lambda: user_chats.set_chat_config(config),
    }
    for name, call in calls.items():
        with pytest.raises(PermissionDeniedError) as caught:
            await resolve(call())
        assert not isinstance(caught.value, AuthenticationError), name
        assert (caught.value.status_code, caught.value.detail) == (401, ACCESS_PROHIBITED), name


# --- statistics, read state ------------------------------------------------------------------


@exercises("get_chat_usage_stats", "export_chat_stats", "export_single_chat_stats")
async def test_statistics(
    chats: Chats, user_chats: Chats, made: Made, owui_server: ServerInfo
) -> None:
    chat = await made.chat(history=two_message_history())

    usage = await resolve(chats.get_chat_usage_stats(items_per_page=50, page=1))
    assert usage.total >= 1
    item = next(i for i in usage.items if i.id == chat.id)
    assert (item.message_count, item.history_message_count) == (2, 2)
    assert (item.history_user_message_count, item.history_assistant_message_count) == (1, 1)
    assert item.models == {"x-model": 1}
    assert (item.average_response_time, item.last_message_at) == (5.0, 1_700_000_005)

    # Chats updated after a time, oldest first, 10 a page.
    export = await resolve(chats.export_chat_stats(updated_at=chat.updated_at - 1))
    assert (export.page, export.type_) == (1, "chats")
    exported = next(i for i in export.items if i.id == chat.id)
    assert exported.stats.message_count == 2
    assert exported.to_dict()["chat"]["history"]["currentId"] == "m2"
    assert (await resolve(chats.export_chat_stats(updated_at=chat.updated_at + 3600))).items == []

    single = await resolve(chats.export_single_chat_stats(chat.id))
    assert single is not None
    assert (single.id, single.user_id) == (chat.id, owui_server.admin_id)
    assert single.stats.history_message_count == 2
    answer = single.to_dict()["chat"]["history"]["messages"]["m2"]
    assert (answer["role"], answer["model"], answer["content_length"]) == (
        "assistant",
        "x-model",
        len("Forty-two."),
    )

    with pytest.raises(PermissionDeniedError) as caught:  # not the user's chat: 401
        await resolve(user_chats.export_single_chat_stats(chat.id))
    assert (caught.value.status_code, caught.value.detail) == (401, ACCESS_PROHIBITED)
    with pytest.raises(NotFoundError) as unknown:
        await resolve(chats.export_single_chat_stats(token("no-such-chat")))
    assert (unknown.value.status_code, unknown.value.detail) == (404, NOT_FOUND)


@exercises("mark_unread", "mark_chats_read")
async def test_read_state(user_chats: Chats, made: Made) -> None:
    # On the normal user: mark_chats_read touches every chat of the account.
    chat = await made.chat(owner="user")

    answer = await resolve(user_chats.mark_unread(chat.id))
    assert (answer.chat_id, answer.last_read_at, answer.folder_id) == (chat.id, 0, None)
    row = next(c for c in await resolve(user_chats.get_list()) if c.id == chat.id)
    assert row.last_read_at == 0

    read = await resolve(user_chats.mark_chats_read())
    assert read.updated_count >= 1
    assert read.additional_properties == {} and answer.additional_properties == {}
    row = next(c for c in await resolve(user_chats.get_list()) if c.id == chat.id)
    assert row.last_read_at == row.updated_at

    with pytest.raises(NotFoundError) as caught:
        await resolve(user_chats.mark_unread(token("no-such-chat")))
    assert (caught.value.status_code, caught.value.detail) == (404, NOT_FOUND)


# --- settings, parameters ---------------------------------------------------------------------


@exercises("get_chat_config", "set_chat_config")
async def test_chat_config_round_trip(chats: Chats) -> None:
    original = await resolve(chats.get_chat_config())
    assert isinstance(original.enable_context_compaction, bool)
    if server_before("0.12"):
        # Open WebUI 0.11 has no tool search settings, and ignores them when sent.
        assert "TOOL_SEARCH_DEFER_THRESHOLD" not in original.to_dict()
        tokens = original.to_dict()["CONTEXT_COMPACTION_TOKEN_THRESHOLD"]
        changed = ChatConfigForm.from_dict(
            {
                **original.to_dict(),
                "CONTEXT_COMPACTION_TOKEN_THRESHOLD": tokens + 7,
                "TOOL_SEARCH_DEFER_THRESHOLD": 1,
            }
        )
        try:
            answer = (await resolve(chats.set_chat_config(changed))).to_dict()
            assert answer["CONTEXT_COMPACTION_TOKEN_THRESHOLD"] == tokens + 7
            assert "TOOL_SEARCH_DEFER_THRESHOLD" not in answer
        finally:
            restored = await resolve(chats.set_chat_config(original))
        assert restored.to_dict() == original.to_dict()
        return
    threshold = cast(int, original.tool_search_defer_threshold)
    changed = ChatConfigForm.from_dict(
        {
            **original.to_dict(),
            "TOOL_SEARCH_DEFER_THRESHOLD": threshold + 7,
            "TOOL_SEARCH_ALWAYS_LOADED": [" a_tool ", " "],
        }
    )
    try:
        answer = await resolve(chats.set_chat_config(changed))
        assert answer.tool_search_defer_threshold == threshold + 7
        assert answer.tool_search_always_loaded == ["a_tool"]  # trimmed, blanks dropped
        stored = await resolve(chats.get_chat_config())
        assert stored.to_dict() == answer.to_dict()
    finally:
        restored = await resolve(chats.set_chat_config(original))
    assert restored.to_dict() == original.to_dict()
    assert (await resolve(chats.get_chat_config())).to_dict() == original.to_dict()


@exercises("update_params")
async def test_update_params_merges_into_chat_params(chats: Chats, made: Made) -> None:
    chat = await made.chat()
    assert await resolve(chats.update_params(chat.id, {"temperature": 0.25, "seed": 7})) == {
        "temperature": 0.25,
        "seed": 7,
    }
    merged = {"temperature": 0.25, "seed": 7, "top_k": 3}
    assert await resolve(chats.update_params(chat.id, {"top_k": 3})) == merged
    stored = await resolve(chats.get(chat.id))
    assert stored is not None and stored.chat["params"] == merged
    # An unknown chat is refused here as "no permission" (401): PermissionDeniedError.
    with pytest.raises(PermissionDeniedError) as caught:
        await resolve(chats.update_params(token("no-such-chat"), {"seed": 1}))
    assert (caught.value.status_code, caught.value.detail) == (401, ACCESS_PROHIBITED)


# --- model-dependent calls, on a server without models ------------------------------------------


@exercises("compact")
async def test_compact_without_models(chats: Chats, made: Made) -> None:
    empty = await made.chat()
    with pytest.raises(BadRequestError) as caught:
        await resolve(chats.compact(empty.id))
    assert (caught.value.status_code, caught.value.detail) == (
        400,
        "No model found for context compaction.",
    )

    # With a model named (by the last answer, or the form), compaction is simply off.
    talk = await made.chat(history=two_message_history())
    off = {"ok": True, "compacted": False, "reason": "disabled", "context_usage": None}
    assert await resolve(chats.compact(talk.id)) == off
    assert await resolve(chats.compact(talk.id, CompactChatForm(model="no-such-model"))) == off
    stored = await resolve(chats.get(talk.id))
    assert stored is not None
    assert set(stored.chat["history"]["messages"]) == {"m1", "m2"}

    with pytest.raises(NotFoundError) as unknown:
        await resolve(chats.compact(token("no-such-chat")))
    assert (unknown.value.status_code, unknown.value.detail) == (401, NOT_FOUND)


@exercises("resolve_tool_call")
async def test_resolve_tool_call(chats: Chats, made: Made) -> None:
    chat = await made.chat(history=tool_call_history())
    if server_before("0.12"):
        # Open WebUI 0.11 needs the model of the message to resume the tool call.
        with pytest.raises(ConflictError) as missing:
            await resolve(
                chats.resolve_tool_call(chat.id, "a1", {"call_id": "c1", "action": "reject"})
            )
        assert missing.value.detail == "Tool call message model is missing."
        return

    # Rejecting c1 while c2 still waits: nothing to resume, no model needed.
    answer = await resolve(
        chats.resolve_tool_call(chat.id, "a1", ResolveToolCallForm(call_id="c1", action="reject"))
    )
    assert answer == {"status": True, "chat_id": chat.id, "message_id": "a1", "task_ids": []}
    stored = await resolve(chats.get(chat.id))
    assert stored is not None
    output = stored.chat["history"]["messages"]["a1"]["output"]
    assert [(o["type"], o["call_id"], o["status"]) for o in output] == [
        ("function_call", "c1", "rejected"),
        ("function_call", "c2", "pending"),
        ("function_call_output", "c1", "rejected"),
    ]

    with pytest.raises(ConflictError) as again:
        await resolve(chats.resolve_tool_call(chat.id, "a1", {"call_id": "c1", "action": "reject"}))
    assert (again.value.status_code, again.value.detail) == (
        409,
        "Tool call has already been resolved.",
    )
    with pytest.raises(NotFoundError) as unknown:
        await resolve(
            chats.resolve_tool_call(chat.id, "a1", {"call_id": "c9", "action": "approve"})
        )
    assert (unknown.value.status_code, unknown.value.detail) == (404, "Tool call not found.")
    with pytest.raises(BadRequestError) as answers:
        await resolve(chats.resolve_tool_call(chat.id, "a1", {"call_id": "c2", "action": "answer"}))
    assert (answers.value.status_code, answers.value.detail) == (
        400,
        "Tool call does not accept answers.",
    )
    with pytest.raises(UnprocessableEntityError) as invalid:
        await resolve(chats.resolve_tool_call(chat.id, "a1", {"call_id": "c2", "action": "maybe"}))
    assert invalid.value.status_code == 422
    assert [(e["type"], e["loc"]) for e in invalid.value.detail] == [
        ("literal_error", ["body", "action"])
    ]


# --- deleting everything (normal user) ----------------------------------------------------------


@exercises("delete_all")
async def test_delete_all(
    chats: Chats, user_chats: Chats, made: Made, owui_server: ServerInfo
) -> None:
    # Deletes every chat of the normal user; the admin's chats stay.
    kept = await made.chat()
    a, b = await made.chat(owner="user"), await made.chat(owner="user")
    assert {a.id, b.id} <= set(ids(await resolve(user_chats.get_list())))

    assert await resolve(user_chats.delete_all()) is True
    assert await resolve(user_chats.get_list()) == []
    assert await resolve(user_chats.get_all()) == []
    with pytest.raises(NotFoundError):
        await resolve(user_chats.get(a.id))
    assert owui_server.user_id not in {c.user_id for c in await resolve(chats.get_all_db())}
    still = await resolve(chats.get(kept.id))
    assert still is not None and still.id == kept.id


# --- pagination --------------------------------------------------------------------------------


@exercises("iter_list", "iter_search")
async def test_iter_list_and_iter_search_cross_pages(
    colour: str, owui_server: ServerInfo, made: Made
) -> None:
    sent: list[httpx.Request] = []
    word = token("page")
    n = 2 * LIST_PAGE_SIZE + 5  # three pages of 60 for these alone
    async with opened(colour, owui_server, sent=sent) as client:
        chats = cast(Chats, Recorded(client.chats, CALLS))
        imported = await resolve(
            chats.import_chats(
                ChatsImportForm(
                    chats=[
                        ChatImportForm(
                            chat={"title": f"{word} {i:03d}"},
                            created_at=PAST + i,
                            updated_at=PAST + i,
                        )
                        for i in range(n)
                    ]
                )
            )
        )
        made.track(*ids(imported))
        newest_first = [c.id for c in sorted(imported, key=lambda c: c.updated_at, reverse=True)]
        assert len(await resolve(chats.get_list(1))) == LIST_PAGE_SIZE

        sent.clear()
        listed = ids(await collect(chats.iter_list()))
        pages = [r.url.params["page"] for r in sent]
        assert len(listed) == len(set(listed)) >= n
        mine = set(newest_first)
        assert [i for i in listed if i in mine] == newest_first
        assert len({listed.index(i) // LIST_PAGE_SIZE for i in newest_first}) >= 3
        # One request a page, up to the first empty one.
        assert pages == [str(p) for p in range(1, math.ceil(len(listed) / LIST_PAGE_SIZE) + 2)]

        sent.clear()
        found = ids(await collect(chats.iter_search(word)))
        assert found == newest_first
        assert [r.url.params["page"] for r in sent] == ["1", "2", "3", "4"]
        assert {r.url.params["text"] for r in sent} == {word}


# --- errors ------------------------------------------------------------------------------------


async def test_bad_key_unknown_ids_and_invalid_bodies(
    colour: str, chats: Chats, made: Made, owui_server: ServerInfo
) -> None:
    async with opened(colour, owui_server, api_key="sk-bad") as bad:
        with pytest.raises(AuthenticationError) as caught:
            await resolve(bad.chats.get_list())
    assert (caught.value.status_code, caught.value.detail) == (401, INVALID_TOKEN)

    unknown = token("no-such-chat")
    with pytest.raises(NotFoundError) as read:
        await resolve(chats.get(unknown))
    assert (read.value.status_code, read.value.detail) == (401, NOT_FOUND)
    with pytest.raises(NotFoundError) as deleted:  # the same "not found", as a real 404 here
        await resolve(chats.delete(unknown))
    assert (deleted.value.status_code, deleted.value.detail) == (404, NOT_FOUND)
    with pytest.raises(NotFoundError) as shared:
        await resolve(chats.get_shared(unknown))
    assert (shared.value.status_code, shared.value.detail) == (401, NOT_FOUND)
    # Most writes answer an unknown (or someone else's) chat with 401 "You do not have
    # permission...", not "could not find": the SDK maps that to PermissionDeniedError.
    with pytest.raises(PermissionDeniedError) as refused:
        await resolve(chats.update(unknown, {"chat": {"title": "x"}}))
    assert (refused.value.status_code, refused.value.detail) == (401, ACCESS_PROHIBITED)

    with pytest.raises(UnprocessableEntityError) as invalid:
        await resolve(chats.create_new({"chat": "not-an-object"}))
    assert invalid.value.status_code == 422
    assert [(e["type"], e["loc"], e["input"]) for e in invalid.value.detail] == [
        ("dict_type", ["body", "chat"], "not-an-object")
    ]
    chat = await made.chat()
    with pytest.raises(UnprocessableEntityError) as content:
        await resolve(chats.update_message(chat.id, "m1", {"content": 5}))
    assert [(e["type"], e["loc"]) for e in content.value.detail] == [
        ("string_type", ["body", "content"])
    ]
    stored = await resolve(chats.get(chat.id))
    assert stored is not None and "history" not in stored.chat  # nothing was written


async def test_empty_ids_and_wrong_forms_fail_before_any_request(
    colour: str, owui_server: ServerInfo
) -> None:
    sent: list[httpx.Request] = []
    async with opened(colour, owui_server, sent=sent) as client:
        chats = client.chats
        # DELETE /api/v1/chats/ + "" would be "delete every chat".
        empty_ids: tuple[Callable[[], Any], ...] = (
            lambda: chats.delete(""),
            lambda: chats.get(""),
            lambda: chats.update("", {"chat": {}}),
            lambda: chats.update_message("", "m1", {"content": "x"}),
            lambda: chats.update_message("chat", "", {"content": "x"}),
            lambda: chats.get_shared(""),
            lambda: chats.get_user_list(""),
        )
        for call in empty_ids:
            with pytest.raises(ValueError, match="must not be empty"):
                await resolve(call())
        with pytest.raises(TypeError):
            await resolve(chats.create_new(cast(Any, "not a form")))
        with pytest.raises(TypeError):
            await resolve(chats.update_params("chat", cast(Any, [("seed", 1)])))
    assert sent == []


# --- the guard ---------------------------------------------------------------------------------


def user_folders(owui_server: ServerInfo) -> dict[str, dict[str, Any]]:
    """The user's folders by id."""
    response = httpx.get(
        f"{owui_server.base_url}/api/v1/folders/",
        headers={"Authorization": f"Bearer {owui_server.user_key}"},
    )
    assert response.status_code == 200, response.text
    return {f["id"]: f for f in response.json()}


@exercises("iter_export", "import_records", "prune")
async def test_export_import_and_prune(
    chats: Chats, user_chats: Chats, made: Made, owui_server: ServerInfo
) -> None:
    """The admin's chats, exported, imported into the user's account: messages and their
    tree, tags, pinned, archived, folder (by name) and timestamps come across; then the
    user's old chats, and only those, are pruned."""
    word, tag = token("move"), token("movetag")
    folder = made.folder()
    a = await made.chat(f"{word} A", history=two_message_history())
    await resolve(chats.add_tag(a.id, TagForm(name=tag)))
    await resolve(chats.pin(a.id))
    b = await made.chat(f"{word} B")
    await resolve(chats.update_folder(b.id, ChatFolderIdForm(folder_id=folder)))
    c = await made.chat(f"{word} C")
    await resolve(chats.archive(c.id))  # (archiving takes a chat out of its folder)
    records = [r for r in await collect(chats.iter_export()) if r["title"].startswith(word)]
    assert sorted(r["title"] for r in records) == [f"{word} A", f"{word} B", f"{word} C"]
    folder_name = next(r for r in records if r["title"].endswith("B"))["folder_path"]
    archived = await collect(chats.iter_export(archived_only=True))
    assert f"{word} C" in [r["title"] for r in archived]
    assert f"{word} A" not in [r["title"] for r in archived]

    folders_before = set(user_folders(owui_server))
    report = await resolve(user_chats.import_records(records, batch_size=1))
    made.track(*report.chat_ids, owner="user")
    new_folders = set(user_folders(owui_server)) - folders_before
    try:
        assert (report.imported, len(report.chat_ids)) == (3, 3)
        assert report.folders_created == ["/".join(folder_name)]
        for record, new_id in zip(records, report.chat_ids, strict=True):
            copy = await resolve(user_chats.get(new_id))
            assert copy.user_id == owui_server.user_id and copy.id != record["id"]
            assert (copy.title, copy.pinned, copy.archived, copy.meta) == (
                record["title"],
                record["pinned"],
                record["archived"],
                record["meta"],
            )
            assert (copy.created_at, copy.updated_at) == (
                record["created_at"],
                record["updated_at"],
            )
            if "history" in record["chat"]:
                was, now = record["chat"]["history"], copy.chat["history"]
                assert now["currentId"] == was["currentId"]
                keys = ("role", "content", "parentId", "childrenIds")
                for mid, message in was["messages"].items():
                    kept = now["messages"][mid]
                    assert [kept.get(k) for k in keys] == [message.get(k) for k in keys]
            if record.get("folder_path"):
                assert copy.folder_id in new_folders
        a_copy = report.chat_ids[[r["title"] for r in records].index(f"{word} A")]
        tags = [t.name for t in await resolve(user_chats.get_tags(a_copy))]
        if server_before("0.12"):
            # Open WebUI 0.11 keeps imported tags in meta (compared above), not in the
            # user's tags.
            assert tags == []
        else:
            assert tags == [tag] or tags == [tag.lower()]

        old = {"chat": {"title": f"{word} old"}, "created_at": PAST, "updated_at": PAST}
        dated = await resolve(user_chats.import_records([old]))
        made.track(*dated.chat_ids, owner="user")
        cutoff = datetime.fromtimestamp(PAST + 10, UTC)
        dry = await resolve(user_chats.prune(older_than=cutoff, dry_run=True))
        assert [m[0] for m in dry.matched] == dated.chat_ids and dry.deleted == 0
        pruned = await resolve(user_chats.prune(older_than=cutoff))
        assert pruned.deleted == 1
        with pytest.raises(NotFoundError):
            await resolve(user_chats.get(dated.chat_ids[0]))
        for new_id in report.chat_ids:  # the recent copies stay
            assert (await resolve(user_chats.get(new_id))).id == new_id
    finally:
        for folder_id in new_folders:
            httpx.delete(
                f"{owui_server.base_url}/api/v1/folders/{folder_id}",
                headers={"Authorization": f"Bearer {owui_server.user_key}"},
            )


@exercises("copy_to")
async def test_copy_to_another_account_once(
    chats: Chats, user_chats: Chats, user_client: Client, made: Made, tmp_path: Path
) -> None:
    """Every chat of the admin to the user (the same server stands in for another one): a
    second run copies nothing again."""
    word = token("copy")
    await made.chat(f"{word} A", history=two_message_history())
    await made.chat(f"{word} B")
    state = tmp_path / "state.json"
    target: Any = user_client.chats  # the client itself: copy_to reads its connection
    first = await resolve(chats.copy_to(target, state_file=state, batch_size=1))
    copies = [new_id for new_id, _ in json.loads(state.read_text())["done"].values()]
    made.track(*copies, owner="user")
    assert first.copied == len(copies) >= 2 and first.already_there == 0
    again = await resolve(chats.copy_to(target, state_file=state))
    assert (again.copied, again.already_there) == (0, len(copies))
    titles = [c.title for c in await collect(user_chats.iter_all())]
    assert titles.count(f"{word} A") == 1 and titles.count(f"{word} B") == 1


def test_every_public_method_is_exercised(colour: str) -> None:
    """In each colour: every public method of that colour's chats client has a test here, or
    in the suite of the feature it belongs to (``wait_for_answer``: the events suite)."""
    import tests.integration.test_events as events_suite

    public = public_method_names(CHATS_CLIENTS[colour])
    covered = declared(sys.modules[__name__]) | declared(events_suite)
    assert not public - covered, f"methods without an integration test: {sorted(public - covered)}"
    assert not covered - public, f"declared but not methods: {sorted(covered - public)}"
