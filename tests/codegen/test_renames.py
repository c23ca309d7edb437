"""``codegen/renames.json``: the documented names of the generated chats methods, against the
reference's table (``tests/facade/chats_contract.json``), the schema and the facade."""

from __future__ import annotations

import inspect
import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from codegen.generate import QueryArgument, Rename, load_renames, query_arguments
from codegen.normalize import iter_operations, normalize
from openapi_python_client.strings import PythonCode

from owui_sdk._async.chats import AsyncChatsClient
from owui_sdk._sync.chats import ChatsClient

ROOT = Path(__file__).resolve().parents[2]
CONTRACT = ROOT / "tests" / "facade" / "chats_contract.json"


def contract() -> dict[str, dict[str, Any]]:
    table = json.loads(CONTRACT.read_text(encoding="utf-8"))
    return {method["name"]: method for method in table["methods"]}


def routes_by_tag() -> dict[str, set[str]]:
    document = normalize(json.loads((ROOT / "openapi.json").read_text(encoding="utf-8")))
    found: dict[str, set[str]] = {}
    for _, _, operation in iter_operations(document):
        found.setdefault(operation["tags"][0], set()).add(operation["operationId"])
    return found


def test_every_renamed_route_is_a_route_of_its_tag() -> None:
    routes = routes_by_tag()
    for tag, renamed in load_renames().items():
        assert set(renamed) <= routes[tag], sorted(set(renamed) - routes[tag])


def test_documented_names_are_unique_and_not_written_by_hand_again() -> None:
    chats = load_renames()["chats"]
    names = [rename.name for rename in chats.values()]
    assert len(names) == len(set(names))
    # A generated method the subclass redefines would be dead code in the table.
    assert not set(names) & set(vars(AsyncChatsClient)), set(names) & set(vars(AsyncChatsClient))


def test_renamed_methods_take_the_documented_parameters() -> None:
    documented = contract()
    chats = load_renames()["chats"]
    in_contract = [rename for rename in chats.values() if rename.name in documented]
    assert len(in_contract) >= 15
    for rename in in_contract:
        expected = [p["name"] for p in documented[rename.name]["parameters"]]
        for chats_cls in (AsyncChatsClient, ChatsClient):
            parameters = list(inspect.signature(getattr(chats_cls, rename.name)).parameters)
            assert parameters[1 : len(expected) + 1] == expected, rename.name
            if "form_data" in expected:
                assert rename.body == "form_data", rename.name


def test_every_documented_method_is_generated_or_hand_written() -> None:
    generated = {rename.name for rename in load_renames()["chats"].values()}
    for name in contract():
        assert (name in generated) != (name in vars(AsyncChatsClient)), name


def test_renamed_methods_take_the_documented_defaults() -> None:
    # The positional query parameters of the table carry the documented defaults: a wrong one
    # (page=1 for page=None) changes what an argument-less call sends.
    documented = contract()
    chats = load_renames()["chats"]
    checked = 0
    for rename in chats.values():
        if rename.name not in documented:
            continue
        for chats_cls in (AsyncChatsClient, ChatsClient):
            signature = inspect.signature(getattr(chats_cls, rename.name)).parameters
            for parameter in documented[rename.name]["parameters"]:
                default = signature[parameter["name"]].default
                if "default" in parameter:
                    assert default == parameter["default"], (rename.name, parameter["name"])
                    assert type(default) is type(parameter["default"]), rename.name
                    checked += 1
                else:
                    assert default is inspect.Parameter.empty, (rename.name, parameter["name"])
    assert checked >= 2 * 13


def _parameter(name: str, code: str, *, required: bool = False, python_name: str = "") -> Any:
    python_name = python_name or name
    return SimpleNamespace(
        name=name,
        python_name=python_name,
        required=required,
        get_type_string=lambda: PythonCode(code),
        to_string=lambda: PythonCode(f"{python_name}: {code}" + ("" if required else " = UNSET")),
    )


def _endpoint(*parameters: Any) -> Any:
    return SimpleNamespace(name="route", query_parameters=list(parameters))


ROUTE = _endpoint(
    _parameter("text", "str", required=True),
    _parameter("page", "int | None | Unset"),
    _parameter("sort_by", "str | Unset"),
    _parameter("type", "str | Unset", python_name="type_"),
)


def _rename(positional: tuple[str, ...], keyword: tuple[str, ...] | None = ()) -> Rename:
    return Rename("method", "body", "Doc.", positional, keyword)


def test_query_arguments_follow_the_table() -> None:
    arguments = query_arguments(ROUTE, _rename(("text", "page=None"), ("sort_by='x'",)))
    assert arguments == [
        QueryArgument("text: str", "text=text", False),
        # A nullable parameter takes None as it is (the endpoint leaves None out)...
        QueryArgument("page: int | None = None", "page=page", False),
        # ...one that is not is sent UNSET for None, so None means "not sent" alike.
        QueryArgument(
            "sort_by: str | None = 'x'", "sort_by=UNSET if sort_by is None else sort_by", True
        ),
    ]


def test_query_arguments_of_a_table_entry_without_them_are_the_schemas() -> None:
    for rename in (None, _rename((), None)):
        arguments = query_arguments(ROUTE, rename)
        assert all(argument.keyword_only for argument in arguments)
        assert [a.parameter for a in arguments][-1] == "type: str | Unset = UNSET"
        assert [a.argument for a in arguments] == [
            "text=text",
            "page=page",
            "sort_by=sort_by",
            "type_=type",
        ]


@pytest.mark.parametrize(
    ("positional", "keyword", "message"),
    [
        (("text", "size=1"), (), "'size' is no query parameter"),
        (("text", "page=None"), ("page=None",), "'page' is no query parameter, or is listed twice"),
        (("page=None",), (), "required query parameters not listed: \\['text'\\]"),
        (("text", "page"), (), "'page' needs a default"),
        (("text",), ("sort_by",), "'sort_by' needs a default"),
    ],
)
def test_query_arguments_refuse_a_wrong_table(
    positional: tuple[str, ...], keyword: tuple[str, ...], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        query_arguments(ROUTE, _rename(positional, keyword))


def test_a_default_must_be_a_python_literal() -> None:
    with pytest.raises(ValueError, match="malformed"):
        query_arguments(ROUTE, _rename(("text", "page=len"), ()))
