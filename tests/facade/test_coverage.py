"""The facade against its two specifications.

* The reference documentation, as the table ``chats_contract.json`` beside this file (derived
  once from the reference page and kept in the repository): every documented method exists in
  both colours with the documented parameters, in order, with the documented defaults, and
  types that are the documented ones or narrower.
* ``openapi.json``: every chats operation is wrapped by a method of ``AsyncChatsClient``
  (and so, by unasync, of ``ChatsClient``) unless ``UNWRAPPED`` says why not.
"""

from __future__ import annotations

import ast
import inspect
import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from codegen.normalize import iter_operations, normalize

from owui_sdk._async import chats as async_chats
from owui_sdk._async.chats import UNWRAPPED, AsyncChatsClient
from owui_sdk._sync import chats as sync_chats
from owui_sdk._sync.chats import ChatsClient
from tests._introspect import public_methods

ROOT = Path(__file__).resolve().parents[2]
CONTRACT = Path(__file__).with_name("chats_contract.json")
GENERATED_CHATS = ROOT / "src" / "owui_sdk" / "api" / "chats"
DOCUMENTED_COUNT = 35


# --- the reference page, as a table -------------------------------------------------------------


@cache
def contract() -> dict[str, dict[str, Any]]:
    """The documented methods by name. A missing or unreadable table fails every test here."""
    table = json.loads(CONTRACT.read_text(encoding="utf-8"))
    return {method["name"]: method for method in table["methods"]}


def test_contract_has_35_methods() -> None:
    assert len(contract()) == DOCUMENTED_COUNT


DOCUMENTED_NAMES = sorted(contract())

_TYPING = {"List": "list", "Dict": "dict", "Optional": "Optional"}


def _words(annotation: str) -> set[str]:
    return set(re.findall(r"[A-Za-z_]\w*", annotation))


def narrower_or_same(ours: str, documented: str) -> bool:
    """Whether our annotation fits the documented one: the same names, less an ``Optional`` /
    ``None`` (we never answer null where the server cannot), plus a ``dict`` (a form also
    takes a plain dict); a documented ``dict`` may be a model; ``MessageForm`` is the
    schema's ``ChatsMessageForm``."""
    doc = {_TYPING.get(w, w) for w in _words(documented)} - {"Optional", "None"}
    doc = {"ChatsMessageForm" if w == "MessageForm" else w for w in doc}
    mine = _words(ours.replace("dict[str, Any]", "dict")) - {"None"}
    extra = mine - doc - {"dict"}
    if "dict" in doc:
        # An untyped dict the schema now types (0.12 typed the folder list): a model.
        extra = {word for word in extra if not word[0].isupper()}
    return doc - {"dict"} <= mine and not extra


@pytest.mark.parametrize(
    ("ours", "documented", "fits"),
    [
        ("ChatResponse", "Optional[ChatResponse]", True),
        ("ChatResponse | None", "Optional[ChatResponse]", True),
        ("ChatForm | dict[str, Any]", "ChatForm", True),
        ("list[TagModel]", "List[TagModel]", True),
        ("ChatsMessageForm | dict[str, Any]", "MessageForm", True),
        ("TagModel", "List[TagModel]", False),
        ("ChatResponse", "List[ChatTitleIdResponse]", False),
        ("int | None", "Optional[int]", True),
        ("str | None", "Optional[int]", False),
        ("list[ChatTitleIdResponse]", "List[dict]", True),
        ("list[str]", "List[dict]", False),
    ],
)
def test_type_comparison(ours: str, documented: str, fits: bool) -> None:
    assert narrower_or_same(ours, documented) is fits


@pytest.mark.parametrize("cls", [ChatsClient, AsyncChatsClient], ids=lambda c: c.__name__)
@pytest.mark.parametrize("name", DOCUMENTED_NAMES)
def test_documented_method_exists_with_its_parameters(cls: type, name: str) -> None:
    documented = contract()[name]
    method = getattr(cls, name, None)
    assert method is not None, f"{cls.__name__}.{name} is documented but missing"
    signature = inspect.signature(method)
    parameters = list(signature.parameters.values())
    assert parameters[0].name == "self"
    ours = parameters[1:]
    expected = documented["parameters"]

    # The documented parameters, in the documented order, positional as documented...
    assert [p.name for p in ours[: len(expected)]] == [p["name"] for p in expected]
    for parameter, spec in zip(ours, expected, strict=False):
        pname = spec["name"]
        assert parameter.kind in (
            inspect.Parameter.POSITIONAL_OR_KEYWORD,
            inspect.Parameter.POSITIONAL_ONLY,
        ), pname
        if "default" not in spec:
            assert parameter.default is inspect.Parameter.empty, f"{name}({pname}) became optional"
        else:
            assert parameter.default == spec["default"], f"{name}({pname}) default"
        assert narrower_or_same(str(parameter.annotation), spec["type"]), (
            f"{name}({pname}): {parameter.annotation} does not fit {spec['type']}"
        )
    # ...and anything added after them is optional, so documented calls keep working.
    for parameter in ours[len(expected) :]:
        assert parameter.default is not inspect.Parameter.empty, (
            f"{cls.__name__}.{name} adds the required parameter {parameter.name!r}"
        )
    assert narrower_or_same(str(signature.return_annotation), documented["returns"]), (
        f"{name} returns {signature.return_annotation}, documented {documented['returns']}"
    )


@pytest.mark.parametrize("name", DOCUMENTED_NAMES)
def test_documented_method_colours(name: str) -> None:
    async_method = getattr(AsyncChatsClient, name)
    sync_method = getattr(ChatsClient, name)
    assert inspect.iscoroutinefunction(async_method), name
    assert not inspect.iscoroutinefunction(sync_method), name
    assert not inspect.isasyncgenfunction(sync_method), name


def test_every_method_has_the_right_colour() -> None:
    for name, method in public_methods(AsyncChatsClient).items():
        if name.startswith("iter_"):
            assert inspect.isasyncgenfunction(method), name
            assert inspect.isgeneratorfunction(getattr(ChatsClient, name)), name
        else:
            assert inspect.iscoroutinefunction(method), name
            sync_method = getattr(ChatsClient, name)
            assert not inspect.iscoroutinefunction(sync_method), name
            assert not inspect.isgeneratorfunction(sync_method), name


def test_colours_have_identical_signatures() -> None:
    async_methods = public_methods(AsyncChatsClient)
    sync_methods = public_methods(ChatsClient)
    assert set(async_methods) == set(sync_methods)
    for name, method in async_methods.items():
        a = inspect.signature(method).parameters
        s = inspect.signature(sync_methods[name]).parameters
        assert [(p.name, p.kind, p.default) for p in a.values()] == [
            (p.name, p.kind, p.default) for p in s.values()
        ], name


# --- openapi.json -------------------------------------------------------------------------------


@cache
def chats_operations() -> dict[str, tuple[str, str]]:
    """``operationId -> (METHOD, path)`` of every operation under /api/v1/chats."""
    doc = normalize(json.loads((ROOT / "openapi.json").read_text("utf-8")))
    return {
        op["operationId"]: (method.upper(), path)
        for path, method, op in iter_operations(doc)
        if path.startswith("/api/v1/chats")
    }


def chats_source() -> str:
    """The source of AsyncChatsClient and of the generated resource it extends (the methods
    that only call one route under their documented name: codegen/renames.json)."""
    return "\n".join(
        inspect.getsource(cls)
        for cls in AsyncChatsClient.__mro__
        if cls.__module__.startswith("owui_sdk.")
    )


def unwrapped(source: str, operations: set[str], allowed: set[str]) -> set[str]:
    """The operations no ``<module>.`` reference in ``source`` calls, less the ``allowed``."""
    tree = ast.parse(source)
    # `_api.<op>.asyncio(...)`: the attribute of the endpoint package.
    referenced = {
        node.attr
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id == "_api"
    }
    return {op for op in operations if op not in referenced and op not in allowed}


def test_openapi_has_chats_operations() -> None:
    operations = chats_operations()
    assert len(operations) >= 50
    # Each operationId is the module that implements it.
    modules = {p.stem for p in GENERATED_CHATS.glob("*.py")} - {"__init__"}
    assert set(operations) == modules


def test_every_chats_operation_is_wrapped() -> None:
    source = chats_source()
    missing = unwrapped(source, set(chats_operations()), set(UNWRAPPED))
    assert missing == set(), {op: chats_operations()[op] for op in missing}


def test_wrapping_module_is_the_public_endpoint_module() -> None:
    # "_api.<module>." must mean the public endpoint module, in both colours.
    for op in set(chats_operations()) - set(UNWRAPPED):
        module = getattr(vars(async_chats)["_api"], op)
        assert module.__name__ == f"owui_sdk.api.chats.{op}"
        assert getattr(vars(sync_chats)["_api"], op) is module
    source = chats_source()
    calls = re.findall(r"([\w.]+)\.(?:asyncio|sync)\(", source)
    assert calls and all(call.startswith("_api.") for call in calls), calls


def test_unwrapped_entries_are_real_and_really_unwrapped() -> None:
    operations = chats_operations()
    source = chats_source()
    for op, reason in UNWRAPPED.items():
        assert op in operations, f"UNWRAPPED lists {op}, which is not a chats operation"
        assert f"{op}." not in source, f"{op} is wrapped after all: drop it from UNWRAPPED"
        assert isinstance(reason, str) and reason.strip()


def test_coverage_check_catches_an_unwrapped_operation() -> None:
    source = (
        "class C:\n"
        "    async def get(self, id):\n"
        "        return await _api.get_chat_by_id.asyncio(id, client=self._client)\n"
    )
    assert unwrapped(source, {"get_chat_by_id", "delete_chat_by_id"}, set()) == {
        "delete_chat_by_id"
    }
    assert (
        unwrapped(source, {"get_chat_by_id", "delete_chat_by_id"}, {"delete_chat_by_id"}) == set()
    )
