"""Property tests with hypothesis.

* Any JSON value as the 200 body of get / get_list / get_all_tags / delete, in both colours:
  the call returns a value of its declared type or raises an ``owui_sdk.errors`` exception;
  never a bare KeyError / TypeError / AttributeError, never a str where a model was promised.
* Every model ``src/owui_sdk/_async/chats.py`` imports round-trips through to_dict/from_dict,
  unknown keys included.
"""

from __future__ import annotations

import ast
import asyncio
import importlib
import importlib.util
import json
import math
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import owui_sdk.models
from owui_sdk.chats import ChatResponse, ChatTitleIdResponse, TagModel
from owui_sdk.errors import OpenWebUIError
from tests._schema import required

from ._support import (
    BASE,
    chat_json,
    close,
    make_client,
    shared_json,
    stats_export_json,
    tag_json,
    title_json,
    usage_json,
)

ROOT = Path(__file__).resolve().parents[2]
CHATS_SOURCE = ROOT / "src" / "owui_sdk" / "_async" / "chats.py"

FUZZ = settings(
    max_examples=100,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)

scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**63)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12)
)
json_values = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=8,
)


def shaped(example: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
    """Dicts with ``example``'s keys, each either of random JSON or left out."""
    return st.fixed_dictionaries(
        {}, optional={key: json_values | st.just(value) for key, value in example.items()}
    ).flatmap(
        lambda d: st.fixed_dictionaries(
            {k: st.just(v) for k, v in d.items()},
            optional={"extra": json_values},
        )
    )


bodies = st.one_of(
    json_values,
    shaped(chat_json()),
    st.lists(shaped(title_json()), max_size=3),
    st.lists(shaped(tag_json()), max_size=3),
    st.lists(json_values, max_size=3),
)


def is_chat_or_none(value: Any) -> bool:
    return value is None or isinstance(value, ChatResponse)


def is_list_of(cls: type) -> Callable[[Any], bool]:
    return lambda value: type(value) is list and all(isinstance(v, cls) for v in value)


CALLS: list[tuple[str, tuple[Any, ...], str, Callable[[Any], bool]]] = [
    ("get", ("c1",), "/api/v1/chats/c1", is_chat_or_none),
    ("get_list", (), "/api/v1/chats/", is_list_of(ChatTitleIdResponse)),
    ("get_all_tags", (), "/api/v1/chats/all/tags", is_list_of(TagModel)),
    ("delete", ("c1",), "/api/v1/chats/c1", lambda value: type(value) is bool),
]


class Fuzzer:
    """Both clients, one respx router whose answer each example sets, and a loop for the
    async client (hypothesis drives the examples from a plain function)."""

    def __init__(self) -> None:
        self.body = b"null"
        self.loop = asyncio.new_event_loop()
        self.router = respx.mock(base_url=BASE, assert_all_called=False)
        self.router.route().mock(side_effect=self._answer)
        self.router.start()
        self.clients = {colour: make_client(colour) for colour in ("sync", "async")}

    def _answer(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=self.body, headers={"content-type": "application/json"})

    def call(self, colour: str, method: str, args: tuple[Any, ...]) -> Any:
        result = getattr(self.clients[colour].chats, method)(*args)
        if colour == "async":
            result = self.loop.run_until_complete(result)
        return result

    def stop(self) -> None:
        for client in self.clients.values():
            self.loop.run_until_complete(close(client))
        self.router.stop()
        self.loop.close()


@pytest.fixture(scope="module")
def fuzzer() -> Iterator[Fuzzer]:
    instance = Fuzzer()
    yield instance
    instance.stop()


@pytest.mark.parametrize("colour", ["sync", "async"])
@pytest.mark.parametrize(("method", "args", "path", "valid"), CALLS, ids=[c[0] for c in CALLS])
@FUZZ
@given(body=bodies)
def test_any_json_body(
    fuzzer: Fuzzer,
    colour: str,
    method: str,
    args: tuple[Any, ...],
    path: str,
    valid: Callable[[Any], bool],
    body: Any,
) -> None:
    fuzzer.body = json.dumps(body).encode()
    try:
        result = fuzzer.call(colour, method, args)
    except OpenWebUIError:
        return
    assert valid(result), f"{method} returned {result!r} for {body!r}"


@pytest.mark.parametrize("colour", ["sync", "async"])
@settings(FUZZ, max_examples=50)
@given(body=st.binary(max_size=40) | st.text(max_size=40).map(str.encode))
def test_any_bytes_body(fuzzer: Fuzzer, colour: str, body: bytes) -> None:
    fuzzer.body = body
    try:
        result = fuzzer.call(colour, "get", ("c1",))
    except OpenWebUIError:
        return
    assert is_chat_or_none(result)


# --- model round trips ------------------------------------------------------------------------------


def imported_models() -> dict[str, Any]:
    """The generated model classes ``client.chats`` takes and returns, by name: what
    ``_async/chats.py`` and the generated chats resource it extends import."""
    found: dict[str, Any] = {}
    resource = CHATS_SOURCE.parents[1] / "_resources" / "chats.py"
    nodes = [
        node
        for path in (CHATS_SOURCE, resource)
        for node in ast.walk(ast.parse(path.read_text("utf-8")))
    ]
    for node in nodes:
        if (
            isinstance(node, ast.ImportFrom)
            and node.level == 2
            and (node.module or "").startswith("_generated.models.")
        ):
            if importlib.util.find_spec(f"owui_sdk.{node.module}") is None:
                continue  # a model the schema lacks (ShareChatForm before Open WebUI 0.12)
            module = importlib.import_module(f"owui_sdk.{node.module}")
            for alias in node.names:
                cls = getattr(module, alias.name)
                if isinstance(cls, type) and hasattr(cls, "from_dict"):
                    found[alias.name] = cls
    return found


MODELS = imported_models()

#: A minimal valid JSON object for each model (required fields only).
MINIMAL: dict[str, dict[str, Any]] = {
    "ChatAccessGrantsForm": {"access_grants": [{"principal_type": "user", "principal_id": "u2"}]},
    "ChatConfigForm": {
        "ENABLE_CONTEXT_COMPACTION": True,
        "CONTEXT_COMPACTION_PROMPT_TEMPLATE": "Summarise",
    },
    "ChatFolderIdForm": {},
    "ChatForm": {"chat": {"title": "Hello"}},
    "ChatResponse": {
        k: chat_json()[k]
        for k in ("id", "user_id", "title", "chat", "updated_at", "created_at", "archived")
    },
    "ChatStatsExport": stats_export_json(),
    "ChatStatsExportList": {"items": [stats_export_json()], "total": 1, "page": 1},
    "ChatTitleIdResponse": title_json(),
    "ChatUsageStatsListResponse": {"items": [usage_json()], "total": 1},
    "ChatUnreadResponse": {
        "chat_id": "c1",
        "last_read_at": 0,
        "folder_id": None,
        "folder_unread_counts": {"f1": 1},
    },
    "ChatsReadResponse": {"updated_count": 2, "folder_unread_counts": {"f1": 1}},
    "ChatsImportForm": {"chats": [{"chat": {"title": "Imported"}}]},
    "ChatsMessageForm": {},
    "CloneForm": {},
    "CompactChatForm": {},
    "EventForm": {"type": "status", "data": {}},
    "ForkForm": {},
    "ResolveToolCallForm": {"call_id": "call_1", "action": "approve"},
    "ShareChatForm": {},
    "SharedChatResponse": shared_json(),
    "TagFilterForm": {"name": "work"},
    "TagForm": {"name": "work"},
    "TagModel": {"id": "work", "name": "work", "user_id": "u1"},
}

#: Optional fields and sample values, to round-trip more than the required ones.
OPTIONAL: dict[str, dict[str, Any]] = {
    "ChatAccessGrantsForm": {"share_mode": "continue"},
    "ChatConfigForm": {
        "CONTEXT_COMPACTION_MODEL": None,
        "CONTEXT_COMPACTION_TOKEN_THRESHOLD": 8000,
        "TOOL_SEARCH_ALWAYS_LOADED": ["web_search"],
        "ENABLE_TOOL_SEARCH": True,
    },
    "ChatFolderIdForm": {"folder_id": None},
    "ChatForm": {"folder_id": "f1", "variables": {"name": "x"}},
    "ChatResponse": {
        k: chat_json(tasks=[], summary=None, current_message_id="m1", context_usage=None)[k]
        for k in (
            "share_id",
            "pinned",
            "meta",
            "folder_id",
            "tasks",
            "summary",
            "current_message_id",
            "context_usage",
        )
    },
    "ChatTitleIdResponse": {"last_read_at": None, "snippet": "hi", "active": True},
    "ChatsMessageForm": {"content": "hi", "voice": None},
    "CloneForm": {"title": None},
    "CompactChatForm": {"model": "llama3:8b"},
    "ForkForm": {"message_id": "m1"},
    "ResolveToolCallForm": {"answers": {"q": "yes"}, "timed_out": True},
    "ShareChatForm": {"share_mode": None},
    "SharedChatResponse": {"share_id": None},
    "TagFilterForm": {"skip": None, "limit": 10},
    "TagModel": {"meta": {"color": "red"}},
}


def like(value: Any) -> st.SearchStrategy[Any]:
    """Values of ``value``'s JSON type (nested objects keep their keys)."""
    if isinstance(value, bool):
        return st.booleans()
    if isinstance(value, int):
        return st.integers(min_value=0, max_value=2**53)
    if isinstance(value, float):
        return st.floats(allow_nan=False, allow_infinity=False)
    if isinstance(value, str):
        return (
            st.sampled_from(["approve", "answer", "reject"])
            if value == "approve"
            else (st.text(max_size=10) if value not in ("continue",) else st.just(value))
        )
    if isinstance(value, dict) and value:
        return st.fixed_dictionaries({k: like(v) for k, v in value.items()})
    if isinstance(value, list) and value:
        return st.lists(like(value[0]), min_size=1, max_size=2)
    return st.just(value)


def instances(name: str) -> st.SearchStrategy[dict[str, Any]]:
    cls = MODELS[name]
    declared = importlib.import_module(cls.__module__)._FIELDS
    extra_keys = st.text(min_size=1, max_size=8).filter(lambda k: k not in declared)
    return st.tuples(
        like(minimal(name)),
        st.fixed_dictionaries(
            {}, optional={k: st.just(v) for k, v in OPTIONAL.get(name, {}).items()}
        ),
        st.dictionaries(extra_keys, json_values, max_size=3),
    ).map(lambda parts: {**parts[2], **parts[1], **parts[0]})


def minimal(name: str) -> dict[str, Any]:
    """``MINIMAL[name]``, plus what an older schema also requires, from ``OPTIONAL``
    (Open WebUI 0.11's chats MessageForm requires ``content``)."""
    schema = "open_webui__routers__chats__MessageForm" if name == "ChatsMessageForm" else name
    extra = {
        key: OPTIONAL[name][key]
        for key in required(schema)
        if key not in MINIMAL[name] and key in OPTIONAL.get(name, {})
    }
    return {**MINIMAL[name], **extra}


def test_every_imported_model_has_a_minimal_example() -> None:
    assert len(MODELS) >= 20
    assert set(MODELS) <= set(MINIMAL)
    # An example may be left over only for a model the schema lacks (an older release's).
    assert not [name for name in set(MINIMAL) - set(MODELS) if name in owui_sdk.models.__all__]
    for name, cls in MODELS.items():
        cls.from_dict(minimal(name))


def test_round_trip_sees_unknown_keys() -> None:
    chat = MODELS["ChatResponse"].from_dict({**MINIMAL["ChatResponse"], "new": [1]})
    assert chat.additional_properties == {"new": [1]}
    assert chat.to_dict()["new"] == [1]


def no_nan(value: Any) -> bool:
    if isinstance(value, float):
        return not math.isnan(value)
    if isinstance(value, dict):
        return all(no_nan(v) for v in value.values())
    if isinstance(value, list):
        return all(no_nan(v) for v in value)
    return True


@pytest.mark.parametrize("name", sorted(MODELS))
@settings(max_examples=15, deadline=None, derandomize=True, database=None)
@given(data=st.data())
def test_model_round_trip(name: str, data: st.DataObject) -> None:
    cls = MODELS[name]
    source = data.draw(instances(name), label="json")
    model = cls.from_dict(source)

    dumped = model.to_dict()
    assert cls.from_dict(dumped) == model
    # Through real JSON text too, and back to the same JSON.
    wire = json.loads(json.dumps(dumped))
    assert cls.from_dict(wire) == model
    assert dumped == source
    assert no_nan(dumped)
