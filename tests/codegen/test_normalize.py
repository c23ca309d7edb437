"""Unit tests of every rule in ``codegen.normalize``, each on a small synthetic schema."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest
from codegen.normalize import (
    ABSENT,
    NOT_OPTIONAL,
    ROOT_TAG,
    TYPED,
    assign_untagged,
    dedupe_names,
    drop_impossible_null,
    drop_mutable_defaults,
    fix_path_parameters,
    inline_any_refs,
    iter_operations,
    name_operations,
    normalize,
    prefix_colliding_titles,
    route_name,
    split_description,
    stale_responses,
    tidy_descriptions,
    type_silent_responses,
)

import owui_sdk
from codegen import responses
from owui_sdk import _releases

Schema = dict[str, Any]


def fastapi_id(name: str, path: str, method: str) -> str:
    """The operationId FastAPI generates for a route (``generate_unique_id``)."""
    return re.sub(r"\W", "_", name + path) + "_" + method


def op(operation_id: str | None = None, tags: list[str] | None = None, **extra: Any) -> Schema:
    operation: Schema = {"responses": {"200": {"description": "OK"}}, **extra}
    if operation_id is not None:
        operation["operationId"] = operation_id
    if tags is not None:
        operation["tags"] = tags
    return operation


def route(name: str, path: str, method: str, tags: list[str] | None = None, **extra: Any) -> Schema:
    return op(fastapi_id(name, path, method), tags, **extra)


def document(paths: dict[str, dict[str, Schema]], schemas: Schema | None = None) -> Schema:
    doc: Schema = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": paths,
    }
    if schemas is not None:
        doc["components"] = {"schemas": schemas}
    return doc


def ids(doc: Schema) -> dict[tuple[str, str], str]:
    return {(path, method): o["operationId"] for path, method, o in iter_operations(doc)}


def tags(doc: Schema) -> dict[tuple[str, str], list[str] | None]:
    return {(path, method): o.get("tags") for path, method, o in iter_operations(doc)}


# --- iter_operations ------------------------------------------------------------------------


def test_iter_operations_yields_methods_only_in_document_order() -> None:
    item_b: Schema = {"post": op("b_post"), "parameters": [], "summary": "not an operation"}
    doc = document({"/b": item_b, "/a": {"get": op("a_get"), "delete": op("a_delete")}})
    assert [(p, m) for p, m, _ in iter_operations(doc)] == [
        ("/b", "post"),
        ("/a", "get"),
        ("/a", "delete"),
    ]


# --- route_name -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "method", "name"),
    [
        ("/api/v1/chats/{id}", "get", "get_chat_by_id"),
        ("/api/v1/chats/", "post", "create_new_chat"),
        ("/api/v1/auths/signin", "post", "signin"),
        ("/oauth/backchannel-logout", "post", "backchannel_logout"),
        ("/health", "get", "healthcheck"),
        ("/api/v1/files/{id}/data/content", "delete", "get_file_data_content_by_id"),
    ],
)
def test_route_name_strips_path_and_method(path: str, method: str, name: str) -> None:
    assert route_name(path, fastapi_id(name, path, method)) == name


def test_route_name_strips_a_method_other_than_the_operations_own() -> None:
    # A route serving several methods shares one operationId ending in whichever method
    # FastAPI took first from a set: GET /openai/{path} carries "..._put".
    assert route_name("/openai/{path}", "proxy_openai__path__put") == "proxy"
    assert route_name("/ollama/{path}", "proxy_ollama__path__delete") == "proxy"


def test_route_name_keeps_a_hand_set_operation_id_whole() -> None:
    assert route_name("/api/v1/chats/", "listChats") == "listChats"
    # Ends in a method but is not FastAPI's pattern: the suffix is part of the name.
    assert route_name("/x", "list_get") == "list_get"


def test_route_name_keeps_an_id_that_is_only_the_path() -> None:
    # Stripping would leave nothing: the id is not "name + path + method".
    assert route_name("/health", "_health_get") == "_health_get"


def test_route_name_strips_only_a_method_at_the_very_end() -> None:
    assert route_name("/api/get/items", "fetch_api_get_items_post") == "fetch"


# --- dedupe_names ---------------------------------------------------------------------------


def test_dedupe_single_operation_keeps_the_name() -> None:
    assert dedupe_names([("/api/v1/chats/", "get")], "x") == ["x"]


def test_dedupe_trailing_segment() -> None:
    members = [("/api/v1/chats/", "get"), ("/api/v1/chats/list", "get")]
    assert dedupe_names(members, "x") == ["x", "x_list"]


def test_dedupe_is_independent_of_document_order() -> None:
    members = [("/api/v1/chats/", "get"), ("/api/v1/chats/list", "get")]
    forward = dict(zip(members, dedupe_names(members, "x"), strict=True))
    backward = dict(zip(members[::-1], dedupe_names(members[::-1], "x"), strict=True))
    assert forward == backward


def test_dedupe_same_path_orders_by_method() -> None:
    # Document order is scrambled on purpose: GET keeps the name, then PUT, POST, DELETE.
    members = [
        ("/api/v1/x/{id}", "delete"),
        ("/api/v1/x/{id}", "post"),
        ("/api/v1/x/{id}", "get"),
        ("/api/v1/x/{id}", "put"),
    ]
    assert dedupe_names(members, "x") == ["x_delete", "x_post", "x", "x_put"]


def test_dedupe_same_path_without_get_first_method_keeps_the_name() -> None:
    members = [("/p", "patch"), ("/p", "post"), ("/p", "put")]
    assert dedupe_names(members, "x") == ["x_patch", "x_post", "x"]


def test_dedupe_parameter_segment_reads_by_param() -> None:
    members = [("/ollama/api/tags", "get"), ("/ollama/api/tags/{url_idx}", "get")]
    assert dedupe_names(members, "x") == ["x", "x_by_url_idx"]


def test_dedupe_common_suffix_is_ignored() -> None:
    members = [("/api/v1/chat/completions", "post"), ("/api/chat/completions", "post")]
    assert dedupe_names(members, "x") == ["x_v1", "x"]


def test_dedupe_mixed_paths_and_methods() -> None:
    members = [("/a/", "post"), ("/a/list", "get"), ("/a/", "get")]
    assert dedupe_names(members, "x") == ["x_post", "x_list", "x"]


def test_dedupe_suffix_words_are_identifiers() -> None:
    members = [("/api/models", "get"), ("/api/models/base-list", "get")]
    assert dedupe_names(members, "x") == ["x", "x_base_list"]


# --- name_operations ------------------------------------------------------------------------


def test_name_operations_uses_route_names_and_dedupes() -> None:
    doc = document(
        {
            "/api/v1/chats/": {"get": route("get_chats", "/api/v1/chats/", "get", ["chats"])},
            "/api/v1/chats/list": {
                "get": route("get_chats", "/api/v1/chats/list", "get", ["chats"])
            },
            "/api/v1/chats/{id}": {
                "get": route("get_chat_by_id", "/api/v1/chats/{id}", "get", ["chats"]),
                "delete": route("delete_chat_by_id", "/api/v1/chats/{id}", "delete", ["chats"]),
            },
        }
    )
    name_operations(doc)
    assert ids(doc) == {
        ("/api/v1/chats/", "get"): "get_chats",
        ("/api/v1/chats/list", "get"): "get_chats_list",
        ("/api/v1/chats/{id}", "get"): "get_chat_by_id",
        ("/api/v1/chats/{id}", "delete"): "delete_chat_by_id",
    }


def test_name_operations_shared_operation_id_of_a_multi_method_route() -> None:
    # One FastAPI route serving GET, POST, PUT, DELETE: every operation has the same id.
    shared = "proxy_openai__path__put"
    doc = document(
        {"/openai/{path}": {m: op(shared, ["openai"]) for m in ("post", "delete", "get", "put")}}
    )
    name_operations(doc)
    assert ids(doc) == {
        ("/openai/{path}", "post"): "proxy_post",
        ("/openai/{path}", "delete"): "proxy_delete",
        ("/openai/{path}", "get"): "proxy",
        ("/openai/{path}", "put"): "proxy_put",
    }


def test_name_operations_uniqueness_is_per_tag() -> None:
    doc = document(
        {
            "/api/v1/chats/": {"get": route("get_list", "/api/v1/chats/", "get", ["chats"])},
            "/api/v1/notes/": {"get": route("get_list", "/api/v1/notes/", "get", ["notes"])},
        }
    )
    name_operations(doc)
    assert set(ids(doc).values()) == {"get_list"}


def test_name_operations_untagged_operations_share_the_default_tag() -> None:
    doc = document(
        {
            "/api/models": {"get": route("get_models", "/api/models", "get")},
            "/api/v1/models": {"get": route("get_models", "/api/v1/models", "get")},
            "/api/v1/models/": {"get": route("get_models", "/api/v1/models/", "get", ["models"])},
        }
    )
    name_operations(doc)
    assert ids(doc) == {
        ("/api/models", "get"): "get_models",
        ("/api/v1/models", "get"): "get_models_v1",
        ("/api/v1/models/", "get"): "get_models",  # tag "models": no clash
    }


def test_name_operations_names_are_unique_per_tag() -> None:
    paths = {
        "/api/v1/x/": {"get": route("a", "/api/v1/x/", "get", ["x"])},
        "/api/v1/x/list": {"get": route("a", "/api/v1/x/list", "get", ["x"])},
        "/api/v1/x/{id}": {
            "get": route("b", "/api/v1/x/{id}", "get", ["x"]),
            "post": route("b", "/api/v1/x/{id}", "post", ["x"]),
            "delete": route("c", "/api/v1/x/{id}", "delete", ["x"]),
        },
        "/api/x/{id}": {"get": route("b", "/api/x/{id}", "get", ["x"])},
    }
    doc = document(paths)
    name_operations(doc)
    names = list(ids(doc).values())
    assert len(names) == len(set(names)) == 6
    assert all(name.isidentifier() for name in names)


# --- assign_untagged ------------------------------------------------------------------------


def test_assign_untagged_joins_the_router_tag() -> None:
    doc = document(
        {
            "/api/v1/chats/": {"get": op("a", ["chats"])},
            "/api/v1/chats/{id}": {"get": op("b", ["chats"])},
            "/api/v1/chats/{id}/messages/{message_id}/resolve": {"post": op("c")},
        }
    )
    assign_untagged(doc)
    assert tags(doc)[("/api/v1/chats/{id}/messages/{message_id}/resolve", "post")] == ["chats"]


def test_assign_untagged_uses_the_first_tag_of_the_router_operations() -> None:
    doc = document(
        {
            "/api/v1/chats/": {"get": op("a", ["chats", "extra"])},
            "/api/v1/chats/x": {"post": op("c")},
        }
    )
    assign_untagged(doc)
    assert tags(doc)[("/api/v1/chats/x", "post")] == ["chats"]


def test_assign_untagged_leaves_operations_outside_any_router() -> None:
    doc = document(
        {
            "/api/v1/chats/": {"get": op("a", ["chats"])},
            "/api/chat/completions": {"post": op("b")},
            "/health": {"get": op("c")},
            # Not strictly below the router prefix "/api/v1/chats/".
            "/api/v1/chats": {"post": op("d")},
            # Below a prefix no tagged operation lives under.
            "/api/v1/models/base": {"get": op("e")},
        }
    )
    assign_untagged(doc)
    assert tags(doc) == {
        ("/api/v1/chats/", "get"): ["chats"],
        ("/api/chat/completions", "post"): None,
        ("/health", "get"): None,
        ("/api/v1/chats", "post"): None,
        ("/api/v1/models/base", "get"): None,
    }


def test_assign_untagged_ambiguous_prefix_stays_untagged() -> None:
    doc = document(
        {
            "/api/v1/utils/a": {"get": op("a", ["utils"])},
            "/api/v1/utils/b": {"get": op("b", ["misc"])},
            "/api/v1/utils/c": {"get": op("c")},
        }
    )
    assign_untagged(doc)
    assert tags(doc)[("/api/v1/utils/c", "get")] is None


def test_assign_untagged_keeps_existing_tags() -> None:
    doc = document(
        {
            "/api/v1/chats/": {"get": op("a", ["chats"])},
            "/api/v1/chats/x": {"get": op("b", ["other"])},
        }
    )
    assign_untagged(doc)
    assert tags(doc)[("/api/v1/chats/x", "get")] == ["other"]


# --- fix_path_parameters --------------------------------------------------------------------


def test_nullable_path_parameter_becomes_required_non_null() -> None:
    param = {
        "name": "url_idx",
        "in": "path",
        "required": False,
        "schema": {"anyOf": [{"type": "integer"}, {"type": "null"}], "title": "Url Idx"},
    }
    query = {
        "name": "q",
        "in": "query",
        "required": False,
        "schema": {"anyOf": [{"type": "integer"}, {"type": "null"}]},
    }
    doc = document({"/ollama/api/tags/{url_idx}": {"get": op("x", parameters=[param, query])}})
    fix_path_parameters(doc)
    params = doc["paths"]["/ollama/api/tags/{url_idx}"]["get"]["parameters"]
    assert params[0] == {
        "name": "url_idx",
        "in": "path",
        "required": True,
        "schema": {"type": "integer", "title": "Url Idx"},
    }
    # Query parameters may be null and optional: untouched.
    assert params[1] == query


def test_path_parameter_with_several_non_null_options_keeps_its_union() -> None:
    schema = {"anyOf": [{"type": "integer"}, {"type": "string"}, {"type": "null"}]}
    doc = document(
        {"/x/{id}": {"get": op("x", parameters=[{"name": "id", "in": "path", "schema": schema}])}}
    )
    fix_path_parameters(doc)
    param = doc["paths"]["/x/{id}"]["get"]["parameters"][0]
    assert param["required"] is True
    assert param["schema"] == schema


def test_undeclared_path_parameter_is_declared_as_string() -> None:
    declared = {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
    doc = document({"/x/{id}/files/{file_id}": {"post": op("x", parameters=[declared])}})
    fix_path_parameters(doc)
    params = doc["paths"]["/x/{id}/files/{file_id}"]["post"]["parameters"]
    assert params == [
        declared,
        {
            "name": "file_id",
            "in": "path",
            "required": True,
            "schema": {"type": "string", "title": "File Id"},
        },
    ]


def test_undeclared_path_parameter_without_any_parameters() -> None:
    doc = document({"/cache/{path}": {"get": op("x")}})
    fix_path_parameters(doc)
    assert doc["paths"]["/cache/{path}"]["get"]["parameters"] == [
        {
            "name": "path",
            "in": "path",
            "required": True,
            "schema": {"type": "string", "title": "Path"},
        }
    ]


def test_operation_without_parameters_gets_no_empty_list() -> None:
    doc = document({"/health": {"get": op("x")}})
    fix_path_parameters(doc)
    assert "parameters" not in doc["paths"]["/health"]["get"]


# --- prefix_colliding_titles ----------------------------------------------------------------


def test_colliding_titles_get_their_module_as_prefix() -> None:
    schemas = {
        "open_webui__routers__chats__MessageForm": {"type": "object", "title": "MessageForm"},
        "open_webui__models__messages__MessageForm": {"type": "object", "title": "MessageForm"},
        "ChatForm": {"type": "object", "title": "ChatForm"},
        "Untitled": {"type": "object"},
    }
    doc = document({}, schemas)
    prefix_colliding_titles(doc)
    result = doc["components"]["schemas"]
    assert result["open_webui__routers__chats__MessageForm"]["title"] == "ChatsMessageForm"
    assert result["open_webui__models__messages__MessageForm"]["title"] == "MessagesMessageForm"
    assert result["ChatForm"] == {"type": "object", "title": "ChatForm"}
    assert result["Untitled"] == {"type": "object"}


def test_colliding_titles_module_prefix_is_pascal_case() -> None:
    schemas = {
        "open_webui__models__model_history__ModelHistoryResponse": {
            "type": "object",
            "title": "ModelHistoryResponse",
        },
        "open_webui__models__feedbacks__ModelHistoryResponse": {
            "type": "object",
            "title": "ModelHistoryResponse",
        },
    }
    doc = document({}, schemas)
    prefix_colliding_titles(doc)
    titles = [s["title"] for s in doc["components"]["schemas"].values()]
    assert titles == ["ModelHistoryModelHistoryResponse", "FeedbacksModelHistoryResponse"]


def test_colliding_title_falls_back_to_the_whole_key_when_the_prefixed_one_is_taken() -> None:
    schemas = {
        "open_webui__routers__chats__MessageForm": {"type": "object", "title": "MessageForm"},
        "open_webui__models__chats__MessageForm": {"type": "object", "title": "MessageForm"},
        "ChatsMessageForm": {"type": "object", "title": "ChatsMessageForm"},
    }
    doc = document({}, schemas)
    prefix_colliding_titles(doc)
    titles = {k: s["title"] for k, s in doc["components"]["schemas"].items()}
    assert titles == {
        "open_webui__routers__chats__MessageForm": "OpenWebuiRoutersChatsMessageForm",
        "open_webui__models__chats__MessageForm": "OpenWebuiModelsChatsMessageForm",
        "ChatsMessageForm": "ChatsMessageForm",
    }
    assert len(set(titles.values())) == len(titles)


def test_colliding_titles_without_module_in_the_key() -> None:
    schemas = {
        "First": {"type": "object", "title": "Same"},
        "second_one": {"type": "object", "title": "Same"},
    }
    doc = document({}, schemas)
    prefix_colliding_titles(doc)
    assert [s["title"] for s in doc["components"]["schemas"].values()] == ["First", "SecondOne"]


def test_prefix_colliding_titles_without_components() -> None:
    doc = document({"/x": {"get": op("x")}})
    before = copy.deepcopy(doc)
    prefix_colliding_titles(doc)
    assert doc == before


# --- drop_mutable_defaults ------------------------------------------------------------------


def test_drop_mutable_defaults_removes_empty_dict_and_list_only() -> None:
    node: Schema = {
        "properties": {
            "tags": {"type": "array", "items": {"type": "string"}, "default": []},
            "meta": {"type": "object", "default": {}},
            "count": {"type": "integer", "default": 0},
            "flag": {"type": "boolean", "default": False},
            "name": {"type": "string", "default": ""},
            "maybe": {"anyOf": [{"type": "string"}, {"type": "null"}], "default": None},
            "full_list": {"type": "array", "default": ["a"]},
            "full_dict": {"type": "object", "default": {"a": 1}},
        }
    }
    drop_mutable_defaults(node)
    props = node["properties"]
    assert "default" not in props["tags"]
    assert "default" not in props["meta"]
    assert props["count"]["default"] == 0
    assert props["flag"]["default"] is False
    assert props["name"]["default"] == ""
    assert "default" in props["maybe"]
    assert props["maybe"]["default"] is None
    assert props["full_list"]["default"] == ["a"]
    assert props["full_dict"]["default"] == {"a": 1}
    # Nothing else changed.
    assert props["tags"] == {"type": "array", "items": {"type": "string"}}


def test_drop_mutable_defaults_reaches_nested_schemas() -> None:
    doc = document(
        {
            "/x": {
                "post": op(
                    "x",
                    parameters=[
                        {"name": "ids", "in": "query", "schema": {"type": "array", "default": []}}
                    ],
                )
            }
        },
        {
            "Outer": {
                "type": "object",
                "properties": {
                    "inner": {
                        "anyOf": [
                            {
                                "type": "object",
                                "properties": {"deep": {"type": "array", "default": []}},
                                "default": {},
                            },
                            {"type": "null"},
                        ]
                    },
                    "items": {"type": "array", "items": {"type": "object", "default": {}}},
                },
            }
        },
    )
    drop_mutable_defaults(doc)
    text = repr(doc)
    assert "'default'" not in text
    outer = doc["components"]["schemas"]["Outer"]["properties"]
    assert outer["inner"]["anyOf"][0]["properties"]["deep"] == {"type": "array"}
    assert outer["items"]["items"] == {"type": "object"}


# --- normalize ------------------------------------------------------------------------------


def _full_document() -> Schema:
    """A document that every rule changes."""
    return document(
        {
            "/api/v1/chats/": {
                "get": route("get_chats", "/api/v1/chats/", "get", ["chats"]),
            },
            "/api/v1/chats/list": {
                "get": route("get_chats", "/api/v1/chats/list", "get", ["chats"]),
            },
            "/api/v1/chats/resolve": {
                "post": route("resolve", "/api/v1/chats/resolve", "post", ["chats"]),
            },
            "/api/v1/chats/{id}/resolve": {
                "post": route("resolve", "/api/v1/chats/{id}/resolve", "post"),
            },
            "/ollama/api/tags/{url_idx}": {
                "get": route(
                    "get_tags",
                    "/ollama/api/tags/{url_idx}",
                    "get",
                    ["ollama"],
                    parameters=[
                        {
                            "name": "url_idx",
                            "in": "path",
                            "required": False,
                            "schema": {"anyOf": [{"type": "integer"}, {"type": "null"}]},
                        }
                    ],
                ),
            },
        },
        {
            "open_webui__routers__chats__MessageForm": {
                "type": "object",
                "title": "MessageForm",
                "properties": {"files": {"type": "array", "default": []}},
            },
            "open_webui__models__messages__MessageForm": {
                "type": "object",
                "title": "MessageForm",
                "properties": {"meta": {"type": "object", "default": {}}},
            },
        },
    )


def test_normalize_does_not_mutate_its_input() -> None:
    original = _full_document()
    pristine = copy.deepcopy(original)
    result = normalize(original)
    assert original == pristine
    assert result != pristine
    assert result is not original


def test_normalize_result_shares_no_mutable_state_with_input() -> None:
    original = _full_document()
    result = normalize(original)
    result["paths"]["/api/v1/chats/"]["get"]["tags"].append("changed")
    result["components"]["schemas"]["open_webui__routers__chats__MessageForm"]["x"] = 1
    assert original == _full_document()


def test_normalize_applies_every_rule_in_order() -> None:
    result = normalize(_full_document())
    # assign_untagged runs before name_operations: the untagged resolve route is named within
    # "chats", next to the tagged one of the same name.
    assert tags(result)[("/api/v1/chats/{id}/resolve", "post")] == ["chats"]
    assert ids(result) == {
        ("/api/v1/chats/", "get"): "get_chats",
        ("/api/v1/chats/list", "get"): "get_chats_list",
        ("/api/v1/chats/resolve", "post"): "resolve",
        ("/api/v1/chats/{id}/resolve", "post"): "resolve_by_id",
        ("/ollama/api/tags/{url_idx}", "get"): "get_tags",
    }
    resolve = result["paths"]["/api/v1/chats/{id}/resolve"]["post"]
    assert resolve["parameters"][0]["name"] == "id"
    tags_param = result["paths"]["/ollama/api/tags/{url_idx}"]["get"]["parameters"][0]
    assert tags_param["required"] is True
    assert tags_param["schema"] == {"type": "integer"}
    schemas = result["components"]["schemas"]
    assert schemas["open_webui__routers__chats__MessageForm"]["title"] == "ChatsMessageForm"
    assert schemas["open_webui__models__messages__MessageForm"]["title"] == "MessagesMessageForm"
    assert "'default'" not in repr(schemas)


def test_normalize_is_idempotent() -> None:
    once = normalize(_full_document())
    assert normalize(once) == once


# --- regressions: names made up by dedupe meet other routes' names ---------------------------


def test_made_up_name_gives_way_to_a_route_of_that_name() -> None:
    doc = document(
        {
            "/api/v1/x/": {"get": route("foo", "/api/v1/x/", "get", ["x"])},
            "/api/v1/x/list": {"get": route("foo", "/api/v1/x/list", "get", ["x"])},
            "/api/v1/x/other": {"get": route("foo_list", "/api/v1/x/other", "get", ["x"])},
        }
    )
    name_operations(doc)
    names = ids(doc)
    assert names[("/api/v1/x/other", "get")] == "foo_list"
    assert names[("/api/v1/x/", "get")] == "foo"
    assert names[("/api/v1/x/list", "get")] == "foo_list_get"
    assert len(set(names.values())) == 3


def test_method_suffix_gives_way_to_a_route_of_that_name() -> None:
    doc = document(
        {
            "/api/v1/x/{id}": {
                "get": route("foo", "/api/v1/x/{id}", "get", ["x"]),
                "post": route("foo", "/api/v1/x/{id}", "get", ["x"]),
            },
            "/api/v1/x/p": {"post": route("foo_post", "/api/v1/x/p", "post", ["x"])},
        }
    )
    name_operations(doc)
    names = ids(doc)
    assert names[("/api/v1/x/p", "post")] == "foo_post"
    assert names[("/api/v1/x/{id}", "get")] == "foo"
    assert names[("/api/v1/x/{id}", "post")] == "foo_post_post"


def test_dedupe_paths_that_differ_only_by_a_trailing_slash() -> None:
    names = dedupe_names([("/a", "get"), ("/a/", "get"), ("/a/get", "get")], "x")
    assert len(set(names)) == 3
    assert names[0] == "x"


def test_drop_mutable_defaults_keeps_a_property_named_default() -> None:
    schema = {
        "type": "object",
        "properties": {"default": {}, "other": {"type": "object", "default": {}}},
    }
    drop_mutable_defaults(schema)
    assert schema["properties"] == {"default": {}, "other": {"type": "object"}}


def test_inline_any_refs_replaces_references_to_an_empty_schema() -> None:
    doc = document(
        {},
        {
            "JsonValue": {},
            "Named": {"title": "Named"},
            "Option": {
                "type": "object",
                "properties": {
                    "params": {
                        "type": "object",
                        "additionalProperties": {"$ref": "#/components/schemas/JsonValue"},
                    },
                    "items": {"type": "array", "items": {"$ref": "#/components/schemas/Named"}},
                    "kept": {"$ref": "#/components/schemas/Option"},
                },
            },
        },
    )
    inline_any_refs(doc)
    props = doc["components"]["schemas"]["Option"]["properties"]
    assert props["params"]["additionalProperties"] == {}
    assert props["items"]["items"] == {}
    assert props["kept"] == {"$ref": "#/components/schemas/Option"}


# --- untagged root routes, body schema names, uploaded files ------------------------------------


def test_untagged_root_routes_get_the_system_tag() -> None:
    doc = document(
        {
            "/api/version": {"get": route("get_app_version", "/api/version", "get")},
            "/api/v1/users/": {"get": route("get_users", "/api/v1/users/", "get", ["users"])},
        }
    )
    out = normalize(doc)
    assert out["paths"]["/api/version"]["get"]["tags"] == [ROOT_TAG] == ["system"]
    assert out["paths"]["/api/v1/users/"]["get"]["tags"] == ["users"]
    assert "tags" not in doc["paths"]["/api/version"]["get"]


def _upload(name: str, path: str, tag: str, key: str) -> Schema:
    body = {"content": {"multipart/form-data": {"schema": {"$ref": f"#/components/schemas/{key}"}}}}
    return route(name, path, "post", [tag], requestBody=body)


def test_body_schemas_are_named_after_their_route() -> None:
    fastapi = "Body_upload_file_api_v1_files__post"
    doc = document(
        {"/api/v1/files/": {"post": _upload("upload_file", "/api/v1/files/", "files", fastapi)}},
        {fastapi: {"title": "Body_upload_file_api_v1_files__post", "type": "object"}},
    )
    assert normalize(doc)["components"]["schemas"][fastapi]["title"] == "UploadFileBody"


def test_a_taken_body_name_gets_its_tag_in_front() -> None:
    fastapi = "Body_upload_model_ollama_models_upload_post"
    doc = document(
        {"/ollama/upload": {"post": _upload("upload_model", "/ollama/upload", "ollama", fastapi)}},
        {
            fastapi: {"title": fastapi, "type": "object"},
            "UploadModelBody": {"title": "UploadModelBody", "type": "object"},
        },
    )
    schemas = normalize(doc)["components"]["schemas"]
    assert schemas[fastapi]["title"] == "OllamaUploadModelBody"
    assert schemas["UploadModelBody"]["title"] == "UploadModelBody"


def test_a_body_schema_no_route_uses_keeps_its_title() -> None:
    doc = document({}, {"Body_x_post": {"title": "Body_x_post", "type": "object"}})
    assert normalize(doc)["components"]["schemas"]["Body_x_post"]["title"] == "Body_x_post"


def test_octet_stream_strings_become_binary_files() -> None:
    upload = {"type": "string", "contentMediaType": "application/octet-stream", "title": "File"}
    text = {"type": "string", "contentMediaType": "text/plain"}
    doc = document(
        {},
        {
            "B": {
                "type": "object",
                "properties": {
                    "file": upload,
                    "files": {"type": "array", "items": dict(upload)},
                    "note": text,
                },
            }
        },
    )
    props = normalize(doc)["components"]["schemas"]["B"]["properties"]
    assert props["file"] == {"type": "string", "format": "binary", "title": "File"}
    assert props["files"]["items"] == {"type": "string", "format": "binary", "title": "File"}
    assert props["note"] == text
    assert "format" not in doc["components"]["schemas"]["B"]["properties"]["file"]


# --- descriptions: the server's own handler docs ---------------------------------------------

HANDLER_DOC = """OpenAI-compatible embeddings endpoint.

This handler:
  - Performs user/model checks and dispatches to the correct backend.
  - Supports OpenAI, Ollama, arena models, pipelines, and any compatible provider.

Args:
    request (Request): Request context.
    form_data (dict): OpenAI-like payload (e.g., {"model": "...", "input": [...]})
    user (UserModel): Authenticated user.

Returns:
    dict: OpenAI-compatible embeddings response.
"""


def test_split_description_drops_the_handlers_sections_and_lead() -> None:
    text, args = split_description(HANDLER_DOC)
    assert text == (
        "OpenAI-compatible embeddings endpoint.\n\n"
        "- Performs user/model checks and dispatches to the correct backend.\n"
        "- Supports OpenAI, Ollama, arena models, pipelines, and any compatible provider."
    )
    assert set(args) == {"request", "form_data", "user"}
    assert args["request"] == "Request context."


def test_split_description_gives_a_list_after_a_sentence_its_blank_line() -> None:
    text, _ = split_description("Includes:\n- Stored events\n- Virtual events\n")
    assert text == "Includes:\n\n- Stored events\n- Virtual events"
    # An item's indented continuation does not end the list: no blank line before item 3.
    text, _ = split_description("Order:\n1. one\n2. two\n   (note)\n3. three")
    assert text == "Order:\n\n1. one\n2. two\n   (note)\n3. three"


def test_split_description_joins_an_entrys_continuation_lines() -> None:
    _, args = split_description("Get.\n\nArgs:\n    start: ISO 8601\n        datetime.\n")
    assert args == {"start": "ISO 8601 datetime."}


def test_split_description_keeps_prose_without_sections() -> None:
    prose = "Export stats for one chat.\nReturns ChatStatsExport for it."
    assert split_description(prose) == (prose, {})


def test_tidy_descriptions_moves_args_to_undescribed_parameters_only() -> None:
    doc: Schema = {
        "paths": {
            "/events": {
                "get": op(
                    "get_events",
                    description="Events.\n\nArgs:\n    start: ISO start\n    end: ISO end\n"
                    "    user: the caller\n",
                    parameters=[
                        {"name": "start", "in": "query", "schema": {}},
                        {"name": "end", "in": "query", "description": "Own", "schema": {}},
                    ],
                )
            },
            "/handler": {"post": op("h", description="Args:\n    request: context\n")},
        }
    }
    tidy_descriptions(doc)
    events = doc["paths"]["/events"]["get"]
    assert events["description"] == "Events."
    assert [p.get("description") for p in events["parameters"]] == ["ISO start", "Own"]
    assert events["parameters"][0]["schema"] == {"description": "ISO start"}
    assert "description" not in doc["paths"]["/handler"]["post"]


# --- answers: type_silent_responses, drop_impossible_null -------------------------------------

OPENAPI = Path(__file__).resolve().parents[2] / "openapi.json"


def _answer(schema: Schema) -> Schema:
    return {"200": {"description": "OK", "content": {"application/json": {"schema": schema}}}}


def _answers_document() -> Schema:
    return document(
        {
            "/f/": {"post": op("create", responses=_answer({}))},
            "/f/{id}": {
                "get": op("get", responses=_answer({"$ref": "#/components/schemas/Folder"})),
                "delete": op("delete", responses=_answer({})),
            },
            "/n/{id}": {
                "get": op(
                    "get_note",
                    responses=_answer(
                        {"anyOf": [{"$ref": "#/components/schemas/Note"}, {"type": "null"}]}
                    ),
                ),
                "post": op(
                    "update_note",
                    responses=_answer(
                        {"anyOf": [{"$ref": "#/components/schemas/Note"}, {"type": "null"}]}
                    ),
                ),
            },
        },
        {"Folder": {"type": "object"}, "Note": {"type": "object"}},
    )


REF_NEW = {"$ref": "#/components/schemas/NewModel"}
NEW_MODEL: Schema = {"title": "NewModel", "type": "object", "properties": {"a": {"type": "string"}}}


def test_type_silent_responses_types_an_empty_answer_and_adds_the_schema_it_needs() -> None:
    doc = _answers_document()
    answers = {
        "POST /f/": responses.Answer(REF_NEW, "routers/f.py:1"),
        "DELETE /f/{id}": responses.Answer({"type": "boolean"}, "routers/f.py:2"),
    }
    unused: Schema = {"type": "object", "title": "Unused"}
    type_silent_responses(doc, answers, {"NewModel": NEW_MODEL, "Unused": unused})
    media = doc["paths"]["/f/"]["post"]["responses"]["200"]["content"]["application/json"]
    assert media["schema"] == REF_NEW
    deleted = doc["paths"]["/f/{id}"]["delete"]["responses"]["200"]["content"]
    assert deleted["application/json"]["schema"] == {"type": "boolean"}
    schemas = doc["components"]["schemas"]
    assert schemas["NewModel"] == NEW_MODEL and schemas["NewModel"] is not NEW_MODEL
    # A schema no entry refers to is not added.
    assert "Unused" not in schemas


def test_type_silent_responses_adds_the_schemas_an_added_schema_refers_to() -> None:
    doc = _answers_document()
    shared: Schema = {"type": "object", "additionalProperties": {"type": "integer"}}
    outer: Schema = {
        "title": "NewModel",
        "type": "object",
        "properties": {"counts": {"$ref": "#/components/schemas/Counts"}},
    }
    answers = {"POST /f/": responses.Answer(REF_NEW, "routers/f.py:1")}
    type_silent_responses(doc, answers, {"NewModel": outer, "Counts": shared})
    assert doc["components"]["schemas"]["Counts"] == shared


def test_type_silent_responses_leaves_what_does_not_apply() -> None:
    doc = _answers_document()
    before = copy.deepcopy(doc)
    answers = {
        # the schema already types it: its own word wins
        "GET /f/{id}": responses.Answer(REF_NEW, "routers/f.py:3"),
        # no such operation (an older release)
        "PUT /f/{id}": responses.Answer({"type": "boolean"}, "routers/f.py:4"),
        # a reference to a schema neither the document nor the data has
        "POST /f/": responses.Answer({"$ref": "#/components/schemas/Gone"}, "routers/f.py:5"),
    }
    type_silent_responses(doc, answers, {"NewModel": NEW_MODEL})
    # Nothing applied, so the schema the data holds for it is not added either.
    assert doc == before


def test_type_silent_responses_keeps_a_schema_the_document_has() -> None:
    doc = _answers_document()
    doc["components"]["schemas"]["NewModel"] = {"type": "object", "title": "Theirs"}
    answers = {"POST /f/": responses.Answer(REF_NEW, "routers/f.py:1")}
    type_silent_responses(doc, answers, {"NewModel": NEW_MODEL})
    assert doc["components"]["schemas"]["NewModel"]["title"] == "Theirs"


def test_drop_impossible_null_keeps_only_the_model_of_listed_routes() -> None:
    doc = _answers_document()
    drop_impossible_null(doc, {"GET /n/{id}": "routers/n.py:9", "DELETE /f/{id}": "x.py:1"})
    note = doc["paths"]["/n/{id}"]
    assert note["get"]["responses"]["200"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/Note"
    }
    # Not listed: still Note | None. Listed but not Model | None: left as it is.
    assert "anyOf" in note["post"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert doc["paths"]["/f/{id}"]["delete"] == _answers_document()["paths"]["/f/{id}"]["delete"]


def _lacks(key: str) -> bool:
    # Whether the release openapi.json was exported from lacks the operation, by the table of
    # releases (an older release regenerated by `make check-regenerate`; never the target).
    method, _, path = key.partition("[")[2].rstrip("]").partition(" ")
    return owui_sdk.__openwebui_version__ not in (_releases.releases_with(method, path) or [])


def test_the_answers_data_applies_to_the_targeted_schema() -> None:
    # Every entry of codegen/responses.py meets the operation it names in openapi.json, as it
    # names it (a new release that types a route, or drops one, shows here). Only an
    # operation the release lacks is left out.
    doc = json.loads(OPENAPI.read_text(encoding="utf-8"))
    stale = stale_responses(doc)
    assert {k: why for k, why in stale.items() if why != ABSENT or not _lacks(k)} == {}
    result = normalize(doc)
    applied = [k for k in responses.RESPONSES if f"RESPONSES[{k}]" not in stale]
    assert applied
    for key in applied:
        method, _, path = key.partition(" ")
        media = result["paths"][path][method.lower()]["responses"]["200"]["content"]
        assert media["application/json"]["schema"] == responses.RESPONSES[key].schema
    for key in [k for k in responses.NEVER_NULL if f"NEVER_NULL[{k}]" not in stale]:
        method, _, path = key.partition(" ")
        media = result["paths"][path][method.lower()]["responses"]["200"]["content"]
        assert "anyOf" not in media["application/json"]["schema"], key


def test_stale_responses_names_entries_that_do_not_apply() -> None:
    doc = _answers_document()
    # The real data names none of the synthetic routes: every entry is reported.
    assert set(stale_responses(doc).values()) == {ABSENT}
    assert len(stale_responses(doc)) == len(responses.RESPONSES) + len(responses.NEVER_NULL)
    key = next(iter(responses.RESPONSES))
    method, _, path = key.partition(" ")
    doc["paths"][path] = {method.lower(): op("x", responses=_answer({"type": "string"}))}
    assert stale_responses(doc)[f"RESPONSES[{key}]"] == TYPED
    key = next(iter(responses.NEVER_NULL))
    method, _, path = key.partition(" ")
    doc["paths"][path] = {method.lower(): op("y", responses=_answer({"type": "boolean"}))}
    assert stale_responses(doc)[f"NEVER_NULL[{key}]"] == NOT_OPTIONAL


@pytest.mark.parametrize(
    "source",
    [a.source for a in responses.RESPONSES.values()] + list(responses.NEVER_NULL.values()),
)
def test_every_entry_names_its_router_line(source: str) -> None:
    assert re.fullmatch(r"(routers/\w+|main)\.py:\d+(,\d+)*", source), source
