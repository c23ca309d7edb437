"""``codegen/renames.json``: the documented names of the generated chats methods, against the
reference's table (``tests/facade/chats_contract.json``), the schema and the facade."""

from __future__ import annotations

import inspect
import json
from pathlib import Path
from typing import Any

from codegen.generate import load_renames
from codegen.normalize import iter_operations, normalize

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
