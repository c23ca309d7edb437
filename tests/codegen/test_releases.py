"""The table of which release has which operation (``make releases``): its builder, and that
it agrees with ``openapi.json``, the schema the package is generated from."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from codegen.releases import TABLE, build_table, dump, release_key, signatures

import owui_sdk

ROOT = Path(__file__).resolve().parents[2]
SPEC = json.loads((ROOT / "openapi.json").read_text(encoding="utf-8"))
TABLED: dict[str, Any] = json.loads(TABLE.read_text(encoding="utf-8"))


def test_every_operation_of_openapi_json_is_in_the_table_for_the_targeted_release() -> None:
    release = owui_sdk.__openwebui_version__
    if release not in TABLED["releases"]:
        pytest.skip(f"the table holds no schema of {release}: run make releases")
    tabled = {
        key: {"body": variant["body"], "params": variant["params"]}
        for key, variants in TABLED["operations"].items()
        for variant in variants
        if release in variant["in"]
    }
    assert tabled == signatures(SPEC)


def test_the_table_is_in_its_own_canonical_form() -> None:
    assert dump(TABLED) == TABLE.read_text(encoding="utf-8")
    assert TABLED["releases"] == sorted(TABLED["releases"], key=release_key)
    for variants in TABLED["operations"].values():
        seen = [release for variant in variants for release in variant["in"]]
        assert len(seen) == len(set(seen))
        assert set(seen) <= set(TABLED["releases"])


def test_each_minor_line_is_one_release() -> None:
    lines = [release_key(release)[:2] for release in TABLED["releases"]]
    assert len(lines) == len(set(lines))


def test_build_table_keeps_bodies_parameters_and_releases() -> None:
    share_old: dict[str, Any] = {"post": {"responses": {}}}
    share_new = {
        "post": {
            "parameters": [
                {"name": "id", "in": "path", "required": True},
                {"name": "mode", "in": "query"},
            ],
            "requestBody": {
                "content": {
                    "application/json": {
                        "schema": {
                            "anyOf": [
                                {"$ref": "#/components/schemas/ShareChatForm"},
                                {"type": "null"},
                            ]
                        }
                    }
                }
            },
        }
    }
    params = {
        "patch": {
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": {"type": "object"}}},
            }
        }
    }
    old = {"paths": {"/c/{id}/share": share_old}}
    new = {"paths": {"/c/{id}/share": share_new, "/c/{id}/params": params}}
    table = build_table({"0.12.4": new, "0.9.6": old, "0.10.2": old})
    assert table["releases"] == ["0.9.6", "0.10.2", "0.12.4"]
    assert table["operations"] == {
        "PATCH /c/{id}/params": [{"in": ["0.12.4"], "body": "object", "params": []}],
        "POST /c/{id}/share": [
            {"in": ["0.9.6", "0.10.2"], "body": None, "params": []},
            {"in": ["0.12.4"], "body": "ShareChatForm?", "params": ["mode?"]},
        ],
    }
    text = dump(table)
    assert json.loads(text) == table
    assert text.count("\n") == len(table["operations"]) + 6


def test_release_key_orders_versions_as_numbers() -> None:
    assert sorted(["0.10.2", "0.9.6", "0.12.4"], key=release_key) == ["0.9.6", "0.10.2", "0.12.4"]
