"""Every public method of ChatsClient / AsyncChatsClient, in both colours: the request it
sends (method, exact path, query, JSON body from a model or a plain dict) and the types it
returns. ``test_every_method_is_tested`` fails when a method is added without a test here."""

from __future__ import annotations

import importlib
import inspect
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
import respx

import owui_sdk.models
from owui_sdk._async.chats import AsyncChatsClient
from owui_sdk._sync.chats import ChatsClient
from owui_sdk.chats import (
    ChatAccessGrantsForm,
    ChatConfigForm,
    ChatFolderIdForm,
    ChatForm,
    ChatImportForm,
    ChatResponse,
    ChatsImportForm,
    ChatsReadResponse,
    ChatStatsExport,
    ChatStatsExportList,
    ChatTitleIdResponse,
    ChatUnreadResponse,
    ChatUsageStatsListResponse,
    CloneForm,
    CompactChatForm,
    EventForm,
    ForkForm,
    MessageForm,
    ResolveToolCallForm,
    SharedChatResponse,
    TagFilterForm,
    TagForm,
    TagModel,
)
from owui_sdk.errors import (
    APIResponseValidationError,
    APIStreamError,
    BadRequestError,
    InternalServerError,
)
from tests._introspect import public_method_names as public_methods
from tests._schema import has_property, has_schema, required

from ._support import (
    API,
    NO_BODY,
    DualStream,
    body_of,
    chat_config_json,
    chat_json,
    collect,
    first,
    json_response,
    path_of,
    query_of,
    resolve,
    shared_json,
    stats_export_json,
    tag_json,
    title_json,
    usage_json,
)

# --- result checks -------------------------------------------------------------------------------


def list_of(cls: type, ids: list[str]) -> Callable[[Any], None]:
    def check(result: Any) -> None:
        assert type(result) is list
        assert all(type(item) is cls for item in result), result
        assert [item.id for item in result] == ids

    return check


def a_chat(id: str = "c1", **attrs: Any) -> Callable[[Any], None]:
    def check(result: Any) -> None:
        assert type(result) is ChatResponse
        assert result.id == id
        assert result.user_id == "u1"
        # The chat body stays a plain dict (its shape is free-form in Open WebUI).
        assert type(result.chat) is dict
        assert result.chat["history"]["currentId"] == "m1"
        assert result.updated_at == 1730000060
        for name, value in attrs.items():
            assert getattr(result, name) == value

    return check


def exactly(value: Any) -> Callable[[Any], None]:
    def check(result: Any) -> None:
        assert type(result) is type(value)
        assert result == value

    return check


def check_usage(result: Any) -> None:
    assert type(result) is ChatUsageStatsListResponse
    assert result.total == 1
    assert result.items[0].id == "c1"
    assert result.items[0].average_response_time == 1.5
    assert result.items[0].models == {"llama3:8b": 2}


def check_export_list(result: Any) -> None:
    assert type(result) is ChatStatsExportList
    assert (result.total, result.page) == (1, 1)
    assert type(result.items[0]) is ChatStatsExport
    assert result.items[0].stats.message_count == 4


def check_export(result: Any) -> None:
    assert type(result) is ChatStatsExport
    assert result.id == "c1"
    assert result.tags == ["work"]
    assert result.stats.history_user_message_count == 2


def check_config(result: Any) -> None:
    assert type(result) is ChatConfigForm
    assert result.enable_context_compaction is True
    assert result.context_compaction_model == "llama3:8b"
    # A typed field from Open WebUI 0.12 on, kept as an additional property before.
    assert result.to_dict()["TOOL_SEARCH_ALWAYS_LOADED"] == ["web_search"]


def check_read(result: Any) -> None:
    assert type(result) is ChatsReadResponse
    assert result.updated_count == 2
    # Keys are folder ids: data, kept as the model's additional properties.
    assert result.folder_unread_counts["f1"] == 1


def check_unread(result: Any) -> None:
    assert type(result) is ChatUnreadResponse
    assert (result.chat_id, result.last_read_at, result.folder_id) == ("c1", 0, None)


def is_none(result: Any) -> None:
    assert result is None


# --- the table -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    method: str
    args: tuple[Any, ...]
    http: str
    path: str
    answer: Any
    check: Callable[[Any], None]
    params: dict[str, str] = field(default_factory=dict)
    body: Any = NO_BODY
    kwargs: dict[str, Any] = field(default_factory=dict)
    label: str = ""

    @property
    def id(self) -> str:
        return f"{self.method}[{self.label}]" if self.label else self.method


def with_forms(
    method: str,
    before: tuple[Any, ...],
    model: Any,
    plain: dict[str, Any],
    *,
    body_from_model: Any,
    **rest: Any,
) -> list[Case]:
    """Two cases for a method taking a form: the model, then the plain dict."""
    return [
        Case(method, (*before, model), body=body_from_model, label="model", **rest),
        Case(method, (*before, plain), body=plain, label="dict", **rest),
    ]


CHATS2 = [chat_json("c1"), chat_json("c2", "Second")]
TITLES2 = [title_json("c1"), title_json("c2", "Second")]
TAGS2 = [tag_json("work"), tag_json("urgent")]
NOFLAGS = {"include_pinned": "false", "include_folders": "false"}

_TOOL_SEARCH = has_property("ChatConfigForm", "TOOL_SEARCH_DEFER_THRESHOLD")  # Open WebUI 0.12
_CONFIG_FIELDS: dict[str, Any] = {
    "enable_context_compaction": True,
    "context_compaction_prompt_template": "Summarise: {{MESSAGES}}",
    "context_compaction_model": "llama3:8b",
    **({"tool_search_always_loaded": ["web_search"]} if _TOOL_SEARCH else {}),
    # Required before Open WebUI 0.12.
    **(
        {"context_compaction_token_threshold": 8000}
        if "CONTEXT_COMPACTION_TOKEN_THRESHOLD" in required("ChatConfigForm")
        else {}
    ),
}
CONFIG_FORM = ChatConfigForm(**_CONFIG_FIELDS)
#: What the model sends: the given fields and the form's defaults (Open WebUI 0.12's; an
#: older schema's form has fewer).
CONFIG_BODY = (
    {
        "ENABLE_CONTEXT_COMPACTION": True,
        "CONTEXT_COMPACTION_PROMPT_TEMPLATE": "Summarise: {{MESSAGES}}",
        "CONTEXT_COMPACTION_MODEL": "llama3:8b",
        "ENABLE_TOOL_PERMISSIONS": False,
        "ENABLE_TOOL_SEARCH": False,
        "TOOL_SEARCH_DEFER_THRESHOLD": 400,
        "TOOL_SEARCH_ALWAYS_LOADED": ["web_search"],
        "TOOL_SEARCH_DEFER_BUILTIN_TOOLS": True,
    }
    if _TOOL_SEARCH
    else CONFIG_FORM.to_dict()
)

CASES: list[Case] = [
    # lists
    Case(
        "get_list",
        (),
        "GET",
        f"{API}/",
        TITLES2,
        list_of(ChatTitleIdResponse, ["c1", "c2"]),
        params=NOFLAGS,
    ),
    Case(
        "get_list",
        (2, True, True),
        "GET",
        f"{API}/",
        TITLES2,
        list_of(ChatTitleIdResponse, ["c1", "c2"]),
        kwargs={"sort_by": "title", "sort_dir": "asc"},
        params={
            "page": "2",
            "include_pinned": "true",
            "include_folders": "true",
            "sort_by": "title",
            "sort_dir": "asc",
        },
        label="all-args",
    ),
    Case(
        "get_user_list",
        ("u1",),
        "GET",
        f"{API}/list/user/u1",
        TITLES2,
        list_of(ChatTitleIdResponse, ["c1", "c2"]),
    ),
    Case(
        "get_user_list",
        ("u1", 2, "hello", "updated_at", "desc"),
        "GET",
        f"{API}/list/user/u1",
        [],
        list_of(ChatTitleIdResponse, []),
        params={"page": "2", "query": "hello", "order_by": "updated_at", "direction": "desc"},
        label="all-args",
    ),
    Case(
        "search",
        ("hello world",),
        "GET",
        f"{API}/search",
        TITLES2,
        list_of(ChatTitleIdResponse, ["c1", "c2"]),
        params={"text": "hello world"},
    ),
    Case(
        "search",
        ("tag:work", 3),
        "GET",
        f"{API}/search",
        [],
        list_of(ChatTitleIdResponse, []),
        params={"text": "tag:work", "page": "3"},
        label="page",
    ),
    Case(
        "get_by_folder_id",
        ("f1",),
        "GET",
        f"{API}/folder/f1",
        CHATS2,
        list_of(ChatResponse, ["c1", "c2"]),
    ),
    Case(
        "get_list_by_folder_id",
        ("f1",),
        "GET",
        f"{API}/folder/f1/list",
        TITLES2,
        list_of(ChatTitleIdResponse, ["c1", "c2"]),
        params={"page": "1", "sort_by": "unread_updated_at", "sort_dir": "desc"},
    ),
    Case(
        "get_list_by_folder_id",
        ("f1", 4),
        "GET",
        f"{API}/folder/f1/list",
        [],
        list_of(ChatTitleIdResponse, []),
        params={"page": "4", "sort_by": "unread_updated_at", "sort_dir": "desc"},
        label="page",
    ),
    Case(
        "get_pinned",
        (),
        "GET",
        f"{API}/pinned",
        TITLES2,
        list_of(ChatTitleIdResponse, ["c1", "c2"]),
    ),
    Case(
        "get_all_archived",
        (),
        "GET",
        f"{API}/all/archived",
        [chat_json("c1", archived=True)],
        list_of(ChatResponse, ["c1"]),
    ),
    Case(
        "get_all_tags", (), "GET", f"{API}/all/tags", TAGS2, list_of(TagModel, ["work", "urgent"])
    ),
    Case("get_all_db", (), "GET", f"{API}/all/db", CHATS2, list_of(ChatResponse, ["c1", "c2"])),
    Case(
        "get_archived_list",
        (),
        "GET",
        f"{API}/archived",
        TITLES2,
        list_of(ChatTitleIdResponse, ["c1", "c2"]),
    ),
    Case(
        "get_archived_list",
        (2, "old", "title", "asc"),
        "GET",
        f"{API}/archived",
        [],
        list_of(ChatTitleIdResponse, []),
        params={"page": "2", "query": "old", "order_by": "title", "direction": "asc"},
        label="all-args",
    ),
    Case("get_archived_count", (), "GET", f"{API}/archived/count", 7, exactly(7)),
    Case(
        "get_shared_list",
        (),
        "GET",
        f"{API}/shared",
        [shared_json("s1"), shared_json("s2")],
        list_of(SharedChatResponse, ["s1", "s2"]),
    ),
    Case(
        "get_shared_list",
        (1, "hello", "updated_at", "desc"),
        "GET",
        f"{API}/shared",
        [],
        list_of(SharedChatResponse, []),
        params={"page": "1", "query": "hello", "order_by": "updated_at", "direction": "desc"},
        label="all-args",
    ),
    *with_forms(
        "get_by_tags",
        (),
        TagFilterForm(name="work", skip=10, limit=5),
        {"name": "work", "skip": 10, "limit": 5},
        body_from_model={"name": "work", "skip": 10, "limit": 5},
        http="POST",
        path=f"{API}/tags",
        answer=TITLES2,
        check=list_of(ChatTitleIdResponse, ["c1", "c2"]),
    ),
    # statistics
    Case(
        "get_chat_usage_stats",
        (),
        "GET",
        f"{API}/stats/usage",
        {"items": [usage_json()], "total": 1},
        check_usage,
        params={"items_per_page": "50", "page": "1"},
    ),
    Case(
        "get_chat_usage_stats",
        (10, 3),
        "GET",
        f"{API}/stats/usage",
        {"items": [usage_json()], "total": 1},
        check_usage,
        params={"items_per_page": "10", "page": "3"},
        label="all-args",
    ),
    Case(
        "export_chat_stats",
        (),
        "GET",
        f"{API}/stats/export",
        {"items": [stats_export_json()], "total": 1, "page": 1},
        check_export_list,
        params={"page": "1", "stream": "false"},
    ),
    Case(
        "export_chat_stats",
        (1730000000, 2),
        "GET",
        f"{API}/stats/export",
        {"items": [stats_export_json()], "total": 1, "page": 1},
        check_export_list,
        params={"updated_at": "1730000000", "page": "2", "stream": "false"},
        label="all-args",
    ),
    Case(
        "export_single_chat_stats",
        ("c1",),
        "GET",
        f"{API}/stats/export/c1",
        stats_export_json(),
        check_export,
    ),
    # create, read, update, delete
    *with_forms(
        "create_new",
        (),
        ChatForm(chat={"title": "Hello", "models": ["llama3:8b"]}),
        {"chat": {"title": "Hello", "models": ["llama3:8b"]}, "folder_id": "f1"},
        body_from_model={"chat": {"title": "Hello", "models": ["llama3:8b"]}},
        http="POST",
        path=f"{API}/new",
        answer=chat_json(),
        check=a_chat(),
    ),
    *with_forms(
        "import_chats",
        (),
        ChatsImportForm(chats=[ChatImportForm(chat={"title": "Imported"}, pinned=True)]),
        {"chats": [{"chat": {"title": "Imported"}, "meta": {"tags": ["x"]}}]},
        body_from_model={
            "chats": [{"chat": {"title": "Imported"}, "pinned": True, "archived": False}]
        },
        http="POST",
        path=f"{API}/import",
        answer=CHATS2,
        check=list_of(ChatResponse, ["c1", "c2"]),
    ),
    Case("get", ("c1",), "GET", f"{API}/c1", chat_json(), a_chat(title="Hello", archived=False)),
    *with_forms(
        "update",
        ("c1",),
        ChatForm(chat={"title": "Renamed"}),
        {"chat": {"title": "Renamed"}},
        body_from_model={"chat": {"title": "Renamed"}},
        http="POST",
        path=f"{API}/c1",
        answer=chat_json(title="Renamed"),
        check=a_chat(title="Renamed"),
    ),
    Case(
        "update_params",
        ("c1", {"temperature": 0.2, "seed": 42}),
        "PATCH",
        f"{API}/c1/params",
        {"temperature": 0.2, "seed": 42},
        exactly({"temperature": 0.2, "seed": 42}),
        body={"temperature": 0.2, "seed": 42},
    ),
    Case("delete", ("c1",), "DELETE", f"{API}/c1", True, exactly(True)),
    Case("delete_all", (), "DELETE", f"{API}/", True, exactly(True)),
    # messages
    *with_forms(
        "update_message",
        ("c1", "m1"),
        MessageForm(content="Edited"),
        {"content": "Edited"},
        body_from_model={"content": "Edited"},
        http="POST",
        path=f"{API}/c1/messages/m1",
        answer=chat_json(),
        check=a_chat(),
    ),
    Case("delete_message", ("c1", "m1"), "DELETE", f"{API}/c1/messages/m1", chat_json(), a_chat()),
    *with_forms(
        "send_message_event",
        ("c1", "m1"),
        EventForm(type="status", data={"description": "Searching", "done": False}),
        {"type": "status", "data": {"description": "Searching", "done": False}},
        body_from_model={"type": "status", "data": {"description": "Searching", "done": False}},
        http="POST",
        path=f"{API}/c1/messages/m1/event",
        answer=True,
        check=exactly(True),
    ),
    *with_forms(
        "resolve_tool_call",
        ("c1", "m1"),
        ResolveToolCallForm(call_id="call_1", action="approve"),
        {"call_id": "call_1", "action": "answer", "answers": {"q": "yes"}},
        body_from_model={"call_id": "call_1", "action": "approve", "timed_out": False},
        http="POST",
        path=f"{API}/c1/messages/m1/resolve",
        answer={"status": True},
        check=exactly({"status": True}),
    ),
    # pinning, cloning, forking, archiving
    Case("get_pinned_status", ("c1",), "GET", f"{API}/c1/pinned", True, exactly(True)),
    Case("pin", ("c1",), "POST", f"{API}/c1/pin", chat_json(pinned=True), a_chat(pinned=True)),
    *with_forms(
        "clone",
        ("c1",),
        CloneForm(title="Copy"),
        {"title": "Copy"},
        body_from_model={"title": "Copy"},
        http="POST",
        path=f"{API}/c1/clone",
        answer=chat_json("c9", "Copy"),
        check=a_chat("c9", title="Copy"),
    ),
    Case("clone_shared", ("s1",), "POST", f"{API}/s1/clone/shared", chat_json("c9"), a_chat("c9")),
    *with_forms(
        "fork",
        ("c1",),
        ForkForm(message_id="m1"),
        {"message_id": "m1"},
        body_from_model={"message_id": "m1"},
        http="POST",
        path=f"{API}/c1/fork",
        answer=chat_json("c9"),
        check=a_chat("c9"),
    ),
    Case("fork", ("c1",), "POST", f"{API}/c1/fork", chat_json("c9"), a_chat("c9"), label="no-form"),
    *with_forms(
        "compact",
        ("c1",),
        CompactChatForm(model="llama3:8b"),
        {"model": "llama3:8b"},
        body_from_model={"model": "llama3:8b"},
        http="POST",
        path=f"{API}/c1/compact",
        answer={"status": True, "summary": "Short"},
        check=exactly({"status": True, "summary": "Short"}),
    ),
    Case(
        "compact",
        ("c1",),
        "POST",
        f"{API}/c1/compact",
        {"status": True},
        exactly({"status": True}),
        label="no-form",
    ),
    Case(
        "archive",
        ("c1",),
        "POST",
        f"{API}/c1/archive",
        chat_json(archived=True),
        a_chat(archived=True),
    ),
    Case("archive_all", (), "POST", f"{API}/archive/all", True, exactly(True)),
    Case("unarchive_all", (), "POST", f"{API}/unarchive/all", True, exactly(True)),
    Case(
        "mark_chats_read",
        (),
        "POST",
        f"{API}/read",
        {"updated_count": 2, "folder_unread_counts": {"f1": 1}},
        check_read,
    ),
    Case(
        "mark_unread",
        ("c1",),
        "POST",
        f"{API}/c1/unread",
        {"chat_id": "c1", "last_read_at": 0, "folder_id": None, "folder_unread_counts": {}},
        check_unread,
    ),
    # sharing
    Case(
        "share",
        ("c1",),
        "POST",
        f"{API}/c1/share",
        chat_json(share_id="s1"),
        a_chat(share_id="s1"),
        label="no-form",
    ),
    # A schema without ShareChatForm (Open WebUI < 0.12): the facade refuses the form
    # (tests/facade/test_compat.py).
    *(
        with_forms(
            "share",
            ("c1",),
            owui_sdk.models.ShareChatForm(share_mode="continue"),
            {"share_mode": "continue"},
            body_from_model={"share_mode": "continue"},
            http="POST",
            path=f"{API}/c1/share",
            answer=chat_json(share_id="s1"),
            check=a_chat(share_id="s1"),
        )
        if has_schema("ShareChatForm")
        else []
    ),
    Case("get_shared", ("s1",), "GET", f"{API}/share/s1", chat_json("s1"), a_chat("s1")),
    Case("delete_shared", ("c1",), "DELETE", f"{API}/c1/share", True, exactly(True)),
    Case("unshare_all", (), "DELETE", f"{API}/share/all", True, exactly(True)),
    Case(
        "get_shared_access",
        ("c1",),
        "GET",
        f"{API}/shared/c1/access",
        [{"principal_type": "user", "principal_id": "u2", "permission": "read"}],
        exactly([{"principal_type": "user", "principal_id": "u2", "permission": "read"}]),
    ),
    *with_forms(
        "update_shared_access",
        ("c1",),
        ChatAccessGrantsForm(
            access_grants=[{"principal_type": "user", "principal_id": "u2", "permission": "read"}]
        ),
        {"access_grants": [], "share_mode": "continue"},
        body_from_model={
            "access_grants": [
                {"principal_type": "user", "principal_id": "u2", "permission": "read"}
            ]
        },
        http="POST",
        path=f"{API}/shared/c1/access/update",
        answer=chat_json(),
        check=a_chat(),
    ),
    # folders
    *with_forms(
        "update_folder",
        ("c1",),
        ChatFolderIdForm(folder_id="f1"),
        {"folder_id": None},
        body_from_model={"folder_id": "f1"},
        http="POST",
        path=f"{API}/c1/folder",
        answer=chat_json(folder_id="f1"),
        check=a_chat(folder_id="f1"),
    ),
    # tags
    Case(
        "get_tags", ("c1",), "GET", f"{API}/c1/tags", TAGS2, list_of(TagModel, ["work", "urgent"])
    ),
    *with_forms(
        "add_tag",
        ("c1",),
        TagForm(name="work"),
        {"name": "work"},
        body_from_model={"name": "work"},
        http="POST",
        path=f"{API}/c1/tags",
        answer=TAGS2,
        check=list_of(TagModel, ["work", "urgent"]),
    ),
    *with_forms(
        "delete_tag",
        ("c1",),
        TagForm(name="work"),
        {"name": "work"},
        body_from_model={"name": "work"},
        http="DELETE",
        path=f"{API}/c1/tags",
        answer=[tag_json("urgent")],
        check=list_of(TagModel, ["urgent"]),
    ),
    # configuration
    Case("get_chat_config", (), "GET", f"{API}/config", chat_config_json(), check_config),
    *with_forms(
        "set_chat_config",
        (),
        CONFIG_FORM,
        chat_config_json(),
        body_from_model=CONFIG_BODY,
        http="POST",
        path=f"{API}/config",
        answer=chat_config_json(),
        check=check_config,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
async def test_method(case: Case, client: Any, router: respx.MockRouter) -> None:
    route = router.route().mock(return_value=json_response(case.answer))

    result = await resolve(getattr(client.chats, case.method)(*case.args, **case.kwargs))

    assert route.call_count == 1
    request = route.calls.last.request
    assert request.method == case.http
    assert path_of(request) == case.path
    assert query_of(request) == case.params
    sent = body_of(request)
    if case.label == "no-form":
        # An omitted optional form: no body, or an empty JSON object (the server reads both
        # as "no options"); never anything else.
        assert sent is NO_BODY or sent == {}, sent
    else:
        assert sent == case.body
    if sent is not NO_BODY:
        assert request.headers["content-type"] == "application/json"
    case.check(result)


# --- paginating iterators ------------------------------------------------------------------------


@dataclass(frozen=True)
class Pager:
    method: str
    args: tuple[Any, ...]
    path: str
    params: dict[str, str]
    item: Callable[[str], dict[str, Any]]
    cls: type
    kwargs: dict[str, Any] = field(default_factory=dict)


PAGERS = [
    Pager("iter_list", (), f"{API}/", NOFLAGS, title_json, ChatTitleIdResponse),
    Pager(
        "iter_list",
        (True, True),
        f"{API}/",
        {
            "include_pinned": "true",
            "include_folders": "true",
            "sort_by": "title",
            "sort_dir": "asc",
        },
        title_json,
        ChatTitleIdResponse,
        kwargs={"sort_by": "title", "sort_dir": "asc"},
    ),
    Pager(
        "iter_search",
        ("hello",),
        f"{API}/search",
        {"text": "hello"},
        title_json,
        ChatTitleIdResponse,
    ),
    Pager("iter_archived_list", (), f"{API}/archived", {}, title_json, ChatTitleIdResponse),
    Pager(
        "iter_archived_list",
        ("old", "title", "asc"),
        f"{API}/archived",
        {"query": "old", "order_by": "title", "direction": "asc"},
        title_json,
        ChatTitleIdResponse,
    ),
    Pager("iter_user_list", ("u1",), f"{API}/list/user/u1", {}, title_json, ChatTitleIdResponse),
    Pager(
        "iter_user_list",
        ("u1", "q", "updated_at", "desc"),
        f"{API}/list/user/u1",
        {"query": "q", "order_by": "updated_at", "direction": "desc"},
        title_json,
        ChatTitleIdResponse,
    ),
    Pager(
        "iter_list_by_folder_id",
        ("f1",),
        f"{API}/folder/f1/list",
        {"sort_by": "unread_updated_at", "sort_dir": "desc"},
        title_json,
        ChatTitleIdResponse,
    ),
    Pager("iter_shared_list", (), f"{API}/shared", {}, shared_json, SharedChatResponse),
    Pager(
        "iter_shared_list",
        ("q", "title", "asc"),
        f"{API}/shared",
        {"query": "q", "order_by": "title", "direction": "asc"},
        shared_json,
        SharedChatResponse,
    ),
]


def paged(item: Callable[[str], dict[str, Any]]) -> Callable[[httpx.Request], httpx.Response]:
    pages = {1: [item("a1"), item("a2")], 2: [item("b1")], 3: []}

    def answer(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        assert page in pages, f"page {page} requested after the empty page"
        return json_response(pages[page])

    return answer


@pytest.mark.parametrize("pager", PAGERS, ids=lambda p: f"{p.method}{len(p.args)}")
async def test_iterator_pages_until_empty(
    pager: Pager, client: Any, router: respx.MockRouter
) -> None:
    route = router.route(path=pager.path).mock(side_effect=paged(pager.item))

    items = await collect(getattr(client.chats, pager.method)(*pager.args, **pager.kwargs))

    assert all(type(item) is pager.cls for item in items)
    assert [item.id for item in items] == ["a1", "a2", "b1"]
    requests = [call.request for call in route.calls]
    assert [r.method for r in requests] == ["GET"] * 3
    assert [r.url.params["page"] for r in requests] == ["1", "2", "3"]
    for request in requests:
        params = query_of(request)
        del params["page"]
        assert params == pager.params


@pytest.mark.parametrize("pager", PAGERS[:1], ids=lambda p: p.method)
async def test_iterator_is_lazy(pager: Pager, client: Any, router: respx.MockRouter) -> None:
    route = router.route(path=pager.path).mock(side_effect=paged(pager.item))

    item = await first(getattr(client.chats, pager.method)(*pager.args))

    assert item.id == "a1"
    assert route.call_count == 1


async def test_iter_by_tags_never_asks_for_an_empty_page(
    client: Any, router: respx.MockRouter
) -> None:
    # Open WebUI deletes a tag when a tag query comes back empty: the iterator asks for one
    # more chat than it yields and stops on a short page instead.
    chats = [title_json(f"c{n}") for n in range(5)]

    def answer(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        rows = chats[body["skip"] : body["skip"] + body["limit"]]
        assert rows, f"an empty page was requested: {body}"
        return json_response(rows)

    route = router.post(f"{API}/tags").mock(side_effect=answer)

    items = await collect(client.chats.iter_by_tags("work", limit=2))

    assert [item.id for item in items] == ["c0", "c1", "c2", "c3", "c4"]
    assert all(type(item) is ChatTitleIdResponse for item in items)
    assert [body_of(call.request) for call in route.calls] == [
        {"name": "work", "skip": 0, "limit": 3},
        {"name": "work", "skip": 2, "limit": 3},
        {"name": "work", "skip": 4, "limit": 3},
    ]


async def test_iter_by_tags_stops_on_a_full_last_page(
    client: Any, router: respx.MockRouter
) -> None:
    chats = [title_json(f"c{n}") for n in range(4)]
    route = router.post(f"{API}/tags").mock(
        side_effect=lambda request: json_response(
            chats[json.loads(request.content)["skip"] :][: json.loads(request.content)["limit"]]
        )
    )

    items = await collect(client.chats.iter_by_tags("work", limit=2))

    assert [item.id for item in items] == ["c0", "c1", "c2", "c3"]
    assert route.call_count == 2


async def test_iter_by_tags_refuses_a_limit_below_one(
    client: Any, router: respx.MockRouter
) -> None:
    route = router.route().mock(return_value=json_response([]))
    with pytest.raises(ValueError, match="limit"):
        await collect(client.chats.iter_by_tags("work", limit=0))
    assert route.call_count == 0


# --- get_all / iter_all: NDJSON -----------------------------------------------------------------


def ndjson(*chats: dict[str, Any]) -> bytes:
    return b"".join(json.dumps(chat).encode() + b"\n" for chat in chats)


async def test_get_all_reads_ndjson(client: Any, router: respx.MockRouter) -> None:
    body = ndjson(chat_json("c1"), chat_json("c2"))[:-1] + b"\n\n" + ndjson(chat_json("c3"))
    route = router.get(f"{API}/all").mock(
        return_value=httpx.Response(
            200, content=body, headers={"content-type": "application/x-ndjson"}
        )
    )

    chats = await resolve(client.chats.get_all())

    assert route.call_count == 1
    assert query_of(route.calls.last.request) == {}
    list_of(ChatResponse, ["c1", "c2", "c3"])(chats)
    a_chat("c1")(chats[0])


async def test_get_all_empty_export(client: Any, router: respx.MockRouter) -> None:
    router.get(f"{API}/all").mock(
        return_value=httpx.Response(
            200, content=b"", headers={"content-type": "application/x-ndjson"}
        )
    )
    assert await resolve(client.chats.get_all()) == []


async def test_get_all_bad_line_is_a_validation_error(
    client: Any, router: respx.MockRouter
) -> None:
    body = ndjson(chat_json("c1"), {"id": "c2", "title": "no user_id"})
    router.get(f"{API}/all").mock(
        return_value=httpx.Response(
            200, content=body, headers={"content-type": "application/x-ndjson"}
        )
    )
    with pytest.raises(APIResponseValidationError) as info:
        await resolve(client.chats.get_all())
    assert info.value.status_code == 200


async def test_iter_all_yields_chats_from_a_streamed_body(
    client: Any, router: respx.MockRouter
) -> None:
    body = ndjson(chat_json("c1"), chat_json("c2"), chat_json("c3"))
    # Lines split across chunks, as a real network delivers them.
    chunks = [body[i : i + 97] for i in range(0, len(body), 97)]
    stream = DualStream(chunks)
    router.get(f"{API}/all").mock(
        return_value=httpx.Response(
            200, stream=stream, headers={"content-type": "application/x-ndjson"}
        )
    )

    iterator = client.chats.iter_all()
    first_chat = await first(iterator)
    a_chat("c1")(first_chat)
    # One by one: the first chat came before the whole body was read.
    assert stream.consumed < len(chunks)

    stream.consumed = 0
    chats = await collect(client.chats.iter_all())
    list_of(ChatResponse, ["c1", "c2", "c3"])(chats)
    assert stream.consumed == len(chunks)


async def test_iter_all_error_status(client: Any, router: respx.MockRouter) -> None:
    router.get(f"{API}/all").mock(return_value=json_response({"detail": "boom"}, 500))
    with pytest.raises(InternalServerError) as info:
        await collect(client.chats.iter_all())
    assert info.value.detail == "boom"


async def test_iter_all_bad_line(client: Any, router: respx.MockRouter) -> None:
    body = ndjson(chat_json("c1")) + b"{not json}\n"
    router.get(f"{API}/all").mock(
        return_value=httpx.Response(
            200, content=body, headers={"content-type": "application/x-ndjson"}
        )
    )
    with pytest.raises(APIResponseValidationError):
        await collect(client.chats.iter_all())


# --- delete_all_tags: without the removed /tags/all endpoint ------------------------------------


async def test_delete_all_tags_removes_each_tag(client: Any, router: respx.MockRouter) -> None:
    removed = router.delete(f"{API}/c1/tags/all").mock(return_value=json_response(True))
    get_tags = router.get(f"{API}/c1/tags").mock(return_value=json_response(TAGS2))
    delete_tag = router.delete(f"{API}/c1/tags").mock(
        side_effect=[json_response([tag_json("urgent")]), json_response([])]
    )

    assert await resolve(client.chats.delete_all_tags("c1")) is True

    assert get_tags.call_count == 1
    assert removed.call_count == 0
    assert [body_of(call.request) for call in delete_tag.calls] == [
        {"name": "work"},
        {"name": "urgent"},
    ]
    assert all(call.request.method == "DELETE" for call in delete_tag.calls)
    # Nothing but those three requests.
    assert len(router.calls) == 3
    assert router.calls[0].request.method == "GET"


async def test_delete_all_tags_without_tags(client: Any, router: respx.MockRouter) -> None:
    router.get(f"{API}/c1/tags").mock(return_value=json_response([]))
    assert await resolve(client.chats.delete_all_tags("c1")) is True
    assert len(router.calls) == 1


# --- ask: a turn the web UI shows ----------------------------------------------------------------

ECHO = {
    "id": "x",
    "object": "chat.completion",
    "model": "echo-1",
    "choices": [{"index": 0, "message": {"role": "assistant", "content": "Echo: Hi"}}],
}


async def test_ask_starts_a_chat_and_lets_the_server_write_the_turn(
    client: Any, router: respx.MockRouter
) -> None:
    new = router.post(f"{API}/new").mock(return_value=json_response(chat_json("c9")))
    completions = router.post("/api/chat/completions").mock(return_value=json_response(ECHO))
    turn = await resolve(client.chats.ask("Hi", model="echo-1"))
    assert (turn.chat_id, turn.content) == ("c9", "Echo: Hi")
    assert turn.completion is not None
    created = body_of(new.calls.last.request)["chat"]
    assert created["history"] == {"messages": {}, "currentId": None}
    assert created["models"] == ["echo-1"]
    sent = body_of(completions.calls.last.request)
    assert sent["chat_id"] == "c9" and sent["id"] == turn.assistant_message_id
    assert sent["parent_id"] is None and sent["stream"] is False
    assert sent["user_message"]["id"] == turn.user_message_id
    assert sent["user_message"]["parentId"] is None
    assert sent["user_message"]["content"] == "Hi"
    assert sent["background_tasks"] == {"title_generation": True}


async def test_ask_continues_a_chat_and_writes_the_turn(
    client: Any, router: respx.MockRouter
) -> None:
    # Streamed: the answer comes as events, then the turn is written with one update.
    router.get(f"{API}/c1").mock(return_value=json_response(chat_json("c1")))
    sse = (
        b'data: {"choices": [{"index": 0, "delta": {"content": "Echo: "}}]}\n\n'
        b'data: {"choices": [{"index": 0, "delta": {"content": "Hi"}, "finish_reason": "stop"}]}\n\n'
        b"data: [DONE]\n\n"
    )
    completions = router.post("/api/chat/completions").mock(
        return_value=httpx.Response(200, content=sse, headers={"content-type": "text/event-stream"})
    )
    update = router.post(f"{API}/c1").mock(return_value=json_response(chat_json("c1")))
    stream = await resolve(client.chats.ask("Again?", model="echo-1", chat_id="c1", stream=True))
    chunks = await collect(stream)
    assert "".join(c.choices[0].delta.content for c in chunks) == "Echo: Hi"
    sent = body_of(completions.calls.last.request)
    # The model sees the chat so far; no chat fields, or the server would answer null.
    assert sent["messages"] == [
        {"role": "user", "content": "Hi there"},
        {"role": "user", "content": "Again?"},
    ]
    assert "chat_id" not in sent and sent["stream"] is True
    history = body_of(update.calls.last.request)["chat"]["history"]
    turn = stream.turn
    assert turn is not None and turn.content == "Echo: Hi"
    question = history["messages"][turn.user_message_id]
    answer = history["messages"][turn.assistant_message_id]
    assert question["parentId"] == "m1" and question["childrenIds"] == [answer["id"]]
    assert answer["parentId"] == question["id"] and answer["done"] is True
    assert (answer["content"], answer["model"]) == ("Echo: Hi", "echo-1")
    assert history["currentId"] == answer["id"]


async def test_ask_writes_a_failed_answer_and_raises(client: Any, router: respx.MockRouter) -> None:
    router.get(f"{API}/c1").mock(return_value=json_response(chat_json("c1")))
    sse = (
        b'data: {"choices": [{"index": 0, "delta": {"content": "Ech"}}]}\n\n'
        b'data: {"error": {"message": "Chat completion stream failed"}}\n\n'
    )
    router.post("/api/chat/completions").mock(
        return_value=httpx.Response(200, content=sse, headers={"content-type": "text/event-stream"})
    )
    update = router.post(f"{API}/c1").mock(return_value=json_response(chat_json("c1")))
    stream = await resolve(client.chats.ask("Hi", model="echo-1", chat_id="c1", stream=True))
    with pytest.raises(APIStreamError, match="stream failed"):
        await collect(stream)
    messages = body_of(update.calls.last.request)["chat"]["history"]["messages"]
    (answer,) = [m for m in messages.values() if m["role"] == "assistant"]
    assert answer["content"] == "Ech" and answer["done"] is True
    assert "stream failed" in answer["error"]["content"]
    assert stream.turn is None


async def test_ask_removes_a_chat_it_made_when_the_model_is_refused(
    client: Any, router: respx.MockRouter
) -> None:
    router.post(f"{API}/new").mock(return_value=json_response(chat_json("c9")))
    router.post("/api/chat/completions").mock(
        return_value=json_response({"detail": "Model not found"}, 400)
    )
    empty = chat_json("c9")
    empty["chat"]["history"] = {"messages": {}, "currentId": None}
    router.get(f"{API}/c9").mock(return_value=json_response(empty))
    delete = router.delete(f"{API}/c9").mock(return_value=json_response(True))
    with pytest.raises(BadRequestError, match="Model not found"):
        await resolve(client.chats.ask("Hi", model="nope"))
    assert delete.call_count == 1


@pytest.mark.parametrize("content", ["", "   ", None])
async def test_ask_refuses_an_empty_question(
    content: Any, client: Any, router: respx.MockRouter
) -> None:
    with pytest.raises(ValueError, match="content"):
        await resolve(client.chats.ask(content, model="echo-1"))
    assert len(router.calls) == 0


# --- the table covers every method ---------------------------------------------------------------

#: Methods tested by a dedicated test above instead of the table.
SPECIAL = {
    "ask": "test_ask_continues_a_chat_and_writes_the_turn",
    "get_all": "test_get_all_reads_ndjson",
    "iter_all": "test_iter_all_yields_chats_from_a_streamed_body",
    "delete_all_tags": "test_delete_all_tags_removes_each_tag",
    "iter_by_tags": "test_iter_by_tags_never_asks_for_an_empty_page",
    **{pager.method: "test_iterator_pages_until_empty" for pager in PAGERS},
}


# Methods tested in a module of their own: (module in tests/facade, or a dotted path, test
# name there).
TESTED_ELSEWHERE = {
    "wait_for_answer": ("tests.events.test_events", "test_wait_for_answer_from_the_socket"),
    "iter_export": ("test_chat_transfer", "test_export_adds_the_folder_path_and_filters"),
    "import_records": (
        "test_chat_transfer",
        "test_import_keeps_what_the_api_takes_and_creates_folders",
    ),
    "copy_to": ("test_chat_transfer", "test_copy_resumes_and_never_duplicates"),
    "prune": ("test_chat_transfer", "test_prune_deletes_exactly_the_old_chats"),
}


def test_both_colours_have_the_same_methods() -> None:
    assert public_methods(ChatsClient) == public_methods(AsyncChatsClient)
    assert len(public_methods(AsyncChatsClient)) >= 35


def test_every_method_is_tested() -> None:
    tested = {case.method for case in CASES} | set(SPECIAL) | set(TESTED_ELSEWHERE)
    for test_name in SPECIAL.values():
        assert callable(globals().get(test_name)), test_name
    for module, test_name in TESTED_ELSEWHERE.values():
        tests = importlib.import_module(module if "." in module else f"tests.facade.{module}")
        assert callable(getattr(tests, test_name, None)), (module, test_name)
    for cls in (ChatsClient, AsyncChatsClient):
        methods = public_methods(cls)
        assert methods - tested == set(), f"{cls.__name__} methods without a test"
        assert tested - methods == set(), "tests for methods that do not exist"


def test_every_form_method_is_tested_with_a_model_and_a_dict() -> None:
    for name in public_methods(AsyncChatsClient):
        parameters = inspect.signature(getattr(AsyncChatsClient, name)).parameters
        if "form_data" not in parameters or name in SPECIAL:
            continue
        if name == "share" and not has_schema("ShareChatForm"):
            continue  # the facade refuses the form (tests/facade/test_compat.py)
        labels = {case.label for case in CASES if case.method == name}
        assert {"model", "dict"} <= labels, name
