"""``codegen.upstream_diff`` on small synthetic schemas, and once on the real ``openapi.json``."""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from codegen.upstream_diff import (
    FACADE,
    build_report,
    canonical,
    change_line,
    main,
    read_facade_source,
    render_text,
    shape,
)

Schema = dict[str, Any]
ROOT = Path(__file__).resolve().parents[2]


def ref(name: str) -> Schema:
    return {"$ref": f"#/components/schemas/{name}"}


def route(name: str, path: str, method: str, tag: str = "chats", **extra: Any) -> Schema:
    """An operation as FastAPI writes it (operationId = route name + path + method)."""
    operation: Schema = {
        "tags": [tag],
        "summary": name.replace("_", " ").title(),
        "operationId": re.sub(r"\W", "_", name + path) + "_" + method,
        "responses": {"200": {"description": "Successful Response"}},
    }
    if "response" in extra:
        schema = {**extra.pop("response"), "title": f"Response {name}"}
        operation["responses"]["200"]["content"] = {"application/json": {"schema": schema}}
    operation.update(extra)
    return operation


def param(name: str, where: str, schema: Schema, required: bool = False) -> Schema:
    return {"name": name, "in": where, "required": required, "schema": schema}


def body(schema: Schema) -> Schema:
    return {"required": True, "content": {"application/json": {"schema": schema}}}


ID = param("id", "path", {"type": "string", "title": "Id"}, required=True)


def old_doc() -> Schema:
    return {
        "openapi": "3.1.0",
        "info": {"title": "Open WebUI", "version": "0.1.0"},
        "paths": {
            "/api/v1/chats/": {
                "get": route(
                    "get_session_user_chat_list",
                    "/api/v1/chats/",
                    "get",
                    parameters=[
                        param("page", "query", {"type": "integer", "title": "Page"}),
                        param("include_pinned", "query", {"type": "boolean", "default": False}),
                    ],
                    response={"type": "array", "items": ref("ChatTitleIdResponse")},
                )
            },
            "/api/v1/chats/{id}": {
                "get": route(
                    "get_chat_by_id",
                    "/api/v1/chats/{id}",
                    "get",
                    parameters=[ID],
                    response={"anyOf": [ref("ChatResponse"), {"type": "null"}]},
                ),
                "post": route(
                    "update_chat_by_id",
                    "/api/v1/chats/{id}",
                    "post",
                    parameters=[ID],
                    requestBody=body(ref("ChatForm")),
                    response=ref("ChatResponse"),
                ),
                "delete": route(
                    "delete_chat_by_id",
                    "/api/v1/chats/{id}",
                    "delete",
                    parameters=[ID],
                    response={"type": "boolean"},
                ),
            },
            "/api/v1/models/": {
                "get": route(
                    "get_models",
                    "/api/v1/models/",
                    "get",
                    tag="models",
                    parameters=[param("id", "query", {"type": "string", "title": "Id"})],
                    response={"type": "object", "additionalProperties": {"type": "string"}},
                )
            },
        },
        "components": {
            "schemas": {
                "ChatForm": {
                    "type": "object",
                    "title": "ChatForm",
                    "properties": {
                        "chat": {"type": "object", "title": "Chat"},
                        "folder_id": {
                            "anyOf": [{"type": "string"}, {"type": "null"}],
                            "title": "Folder Id",
                        },
                    },
                    "required": ["chat"],
                },
                "ChatResponse": {
                    "type": "object",
                    "title": "ChatResponse",
                    "description": "A chat.",
                    "properties": {
                        "id": {"type": "string", "title": "Id"},
                        "title": {"type": "string", "title": "Title"},
                    },
                    "required": ["id", "title"],
                },
                "ChatTitleIdResponse": {
                    "type": "object",
                    "title": "ChatTitleIdResponse",
                    "properties": {"id": {"type": "string"}, "title": {"type": "string"}},
                    "required": ["id", "title"],
                },
                "OldThing": {"type": "string", "enum": ["a", "b"], "title": "OldThing"},
            }
        },
    }


def new_doc() -> Schema:
    doc = old_doc()
    paths, schemas = doc["paths"], doc["components"]["schemas"]
    # removed
    del paths["/api/v1/chats/{id}"]["delete"]
    # added
    paths["/api/v1/chats/{id}/pin"] = {
        "post": route(
            "pin_chat_by_id",
            "/api/v1/chats/{id}/pin",
            "post",
            parameters=[ID],
            response={"anyOf": [ref("ChatResponse"), {"type": "null"}]},
        )
    }
    # parameters: page retyped and required, include_pinned removed, limit added
    listing = paths["/api/v1/chats/"]["get"]
    listing["parameters"] = [
        param("page", "query", {"type": "string", "title": "Page"}, required=True),
        param("limit", "query", {"type": "integer", "default": 50}),
    ]
    # body and response
    update = paths["/api/v1/chats/{id}"]["post"]
    update["requestBody"] = body(ref("ChatUpdateForm"))
    update["responses"]["200"]["content"]["application/json"]["schema"] = {
        "type": "array",
        "items": ref("ChatResponse"),
    }
    # renamed route (same method and path)
    paths["/api/v1/chats/{id}"]["get"]["operationId"] = "read_chat_api_v1_chats__id__get"
    # title and description only
    models = paths["/api/v1/models/"]["get"]
    models["parameters"][0]["schema"]["title"] = "Model Id"
    models["parameters"][0]["description"] = "the model"
    models["responses"]["200"]["content"]["application/json"]["schema"]["title"] = "Models"
    chat_response = schemas["ChatResponse"]
    chat_response["description"] = "A conversation."
    chat_response["properties"]["title"]["title"] = "Chat Title"
    # schemas
    form = schemas["ChatForm"]
    del form["properties"]["folder_id"]
    form["properties"]["chat"] = ref("ChatBody")
    form["properties"]["pinned"] = {"type": "boolean", "default": False}
    form["properties"]["tags"] = {"type": "array", "items": {"type": "string"}}
    form["required"] = ["chat", "tags"]
    schemas["ChatUpdateForm"] = {
        "type": "object",
        "properties": {"chat": ref("ChatBody")},
        "required": ["chat"],
    }
    schemas["ChatTitleIdResponse"]["required"] = ["id"]
    schemas["ChatTitleIdResponse"]["properties"]["title"] = {"type": "integer"}
    del schemas["OldThing"]
    schemas["ChatBody"] = {"type": "object", "additionalProperties": True}
    return doc


FAKE_FACADE = """
from .._generated.api.chats import (
    delete_chat_by_id,
    get_chat_by_id,
    get_session_user_chat_list,
    update_chat_by_id,
)

UNWRAPPED = {"pin_chat_by_id": "pinning is a method of the chat object"}

loose = get_session_user_chat_list.sync  # outside the class: not a wrapper


class AsyncChatsClient:
    async def get(self, id):
        return await get_chat_by_id.asyncio(id, client=self._client)

    async def update(self, id, form):
        return await update_chat_by_id.asyncio(id, body=form, client=self._client)

    async def delete(self, id):
        return await delete_chat_by_id.asyncio(id, client=self._client)
"""


@pytest.fixture
def report() -> Schema:
    return build_report(old_doc(), new_doc(), facade_source=FAKE_FACADE)


def changes_of(report: Schema, method: str, path: str) -> list[Schema]:
    (entry,) = [
        e for e in report["operations"]["changed"] if (e["method"], e["path"]) == (method, path)
    ]
    return list(entry["changes"])


def schema_changes_of(report: Schema, name: str) -> list[Schema]:
    (entry,) = [e for e in report["schemas"]["changed"] if e["name"] == name]
    return list(entry["changes"])


# --- operations -----------------------------------------------------------------------------


def test_added_and_removed_operations(report: Schema) -> None:
    ops = report["operations"]
    assert ops["added"] == [
        {
            "method": "POST",
            "path": "/api/v1/chats/{id}/pin",
            "operation_id": "pin_chat_by_id",
            "tag": "chats",
        }
    ]
    assert ops["removed"] == [
        {
            "method": "DELETE",
            "path": "/api/v1/chats/{id}",
            "operation_id": "delete_chat_by_id",
            "tag": "chats",
        }
    ]


def test_changed_operations_in_path_then_method_order(report: Schema) -> None:
    assert [(e["method"], e["path"]) for e in report["operations"]["changed"]] == [
        ("GET", "/api/v1/chats/"),
        ("GET", "/api/v1/chats/{id}"),
        ("POST", "/api/v1/chats/{id}"),
    ]


def test_parameter_changes(report: Schema) -> None:
    changes = {(c["change"], c["name"]): c for c in changes_of(report, "GET", "/api/v1/chats/")}
    assert set(changes) == {
        ("added", "limit"),
        ("removed", "include_pinned"),
        ("changed", "page"),
    }
    assert changes[("added", "limit")]["new"] == "optional, integer"
    assert changes[("added", "limit")]["in"] == "query"
    assert changes[("removed", "include_pinned")]["old"] == "optional, boolean"
    assert changes[("changed", "page")]["detail"] == (
        "required false -> true; schema integer -> string"
    )


def test_parameter_default_change_is_reported_by_keyword() -> None:
    old, new = old_doc(), old_doc()
    new["paths"]["/api/v1/chats/"]["get"]["parameters"][1]["schema"]["default"] = True
    (entry,) = build_report(old, new)["operations"]["changed"]
    (change,) = entry["changes"]
    assert change["detail"] == "schema default: false -> true"


def test_request_body_and_response_changes(report: Schema) -> None:
    changes = {c["aspect"]: c for c in changes_of(report, "POST", "/api/v1/chats/{id}")}
    assert set(changes) == {"request body", "response"}
    assert changes["request body"]["detail"] == "ChatForm -> ChatUpdateForm"
    assert changes["response"]["detail"] == "200 ChatResponse -> 200 array[ChatResponse]"


def test_body_added_and_inline_shape_change() -> None:
    old, new = old_doc(), old_doc()
    models = new["paths"]["/api/v1/models/"]["get"]
    models["requestBody"] = body({"type": "object", "properties": {"q": {"type": "string"}}})
    models["responses"]["200"]["content"]["application/json"]["schema"] = {"type": "object"}
    changes = {c["aspect"]: c for c in changes_of(build_report(old, new), "GET", "/api/v1/models/")}
    assert changes["request body"]["detail"] == "none -> object{q}"
    assert changes["response"]["detail"] == "200 object[str, string] -> 200 object"


def test_renamed_route_is_an_operation_id_change(report: Schema) -> None:
    assert changes_of(report, "GET", "/api/v1/chats/{id}") == [
        {"aspect": "operationId", "change": "changed", "old": "get_chat_by_id", "new": "read_chat"}
    ]


def test_moved_route_is_removed_and_added_with_a_hint() -> None:
    old, new = old_doc(), old_doc()
    operation = new["paths"]["/api/v1/models/"].pop("get")
    operation["operationId"] = "get_models_api_v1_models_list_get"  # FastAPI's, for the new path
    new["paths"]["/api/v1/models/list"] = {"get": operation}
    ops = build_report(old, new)["operations"]
    assert [e["path"] for e in ops["removed"]] == ["/api/v1/models/"]
    assert ops["added"][0]["operation_id"] == "get_models"
    assert ops["added"][0]["same_name_removed"] == "GET /api/v1/models/"


def test_title_and_description_changes_ignored_unless_strict(report: Schema) -> None:
    assert not [e for e in report["operations"]["changed"] if e["path"] == "/api/v1/models/"]
    strict = build_report(old_doc(), new_doc(), strict=True, facade_source=FAKE_FACADE)
    changes = changes_of(strict, "GET", "/api/v1/models/")
    assert {(c["aspect"], c.get("name")) for c in changes} == {
        ("parameter", "id"),
        ("response", None),
    }
    (param_change,) = [c for c in changes if c["aspect"] == "parameter"]
    assert param_change["detail"] == (
        'schema title: "Id" -> "Model Id"; description: (unset) -> "the model"'
    )


# --- component schemas ----------------------------------------------------------------------


def test_schemas_added_and_removed(report: Schema) -> None:
    schemas = report["schemas"]
    assert schemas["added"] == [
        {"name": "ChatBody", "shape": "object"},
        {"name": "ChatUpdateForm", "shape": "object{chat}"},
    ]
    assert schemas["removed"] == [{"name": "OldThing", "shape": "enum(a|b)"}]


def test_schema_property_changes(report: Schema) -> None:
    lines = {
        (c["aspect"], c["change"], c.get("name")): c for c in schema_changes_of(report, "ChatForm")
    }
    assert set(lines) == {
        ("property", "added", "pinned"),
        ("property", "added", "tags"),
        ("property", "removed", "folder_id"),
        ("property", "changed", "chat"),
    }
    assert lines[("property", "added", "pinned")]["new"] == "boolean (optional)"
    assert lines[("property", "added", "tags")]["new"] == "array[string] (required)"
    assert lines[("property", "removed", "folder_id")]["old"] == "string | null"
    assert lines[("property", "changed", "chat")]["detail"] == "object -> ChatBody"


def test_schema_type_and_required_changes(report: Schema) -> None:
    assert schema_changes_of(report, "ChatTitleIdResponse") == [
        {
            "aspect": "property",
            "change": "changed",
            "name": "title",
            "old": "string",
            "new": "integer",
            "detail": "string -> integer",
        },
        {"aspect": "required", "change": "removed", "name": "title", "old": None, "new": None},
    ]
    old, new = old_doc(), old_doc()
    new["components"]["schemas"]["OldThing"] = {"type": "integer", "title": "OldThing"}
    changes = build_report(old, new)["schemas"]["changed"][0]["changes"]
    assert [(c["aspect"], c["old"], c["new"]) for c in changes] == [
        ("keyword", '["a", "b"]', None),
        ("type", "string", "integer"),
    ]
    assert [change_line(c) for c in changes] == [
        '- enum changed: enum: ["a", "b"] -> (unset)',
        "- type: string -> integer",
    ]


def test_schema_title_and_description_ignored_unless_strict(report: Schema) -> None:
    assert "ChatResponse" not in {e["name"] for e in report["schemas"]["changed"]}
    strict = build_report(old_doc(), new_doc(), strict=True)
    changes = schema_changes_of(strict, "ChatResponse")
    assert [(c["aspect"], c.get("name"), c.get("detail")) for c in changes] == [
        ("property", "title", 'title: "Title" -> "Chat Title"'),
        ("keyword", "description", 'description: "A chat." -> "A conversation."'),
    ]


def test_a_property_called_title_is_not_an_annotation() -> None:
    schema = {"title": "T", "properties": {"title": {"type": "string", "title": "Title"}}}
    assert canonical(schema) == {"properties": {"title": {"type": "string"}}}


def test_refs_compare_by_name() -> None:
    assert canonical({"items": {"$ref": "#/components/schemas/X"}}) == {"items": {"$ref": "X"}}
    assert shape({"anyOf": [{"$ref": "X"}, {"type": "null"}]}) == "X | null"
    assert shape({"type": "string", "format": "date-time"}) == "string(date-time)"
    assert shape({}) == "any"


# --- the facade -----------------------------------------------------------------------------


def test_unwrapped_chats_operations(report: Schema) -> None:
    facade = report["facade"]
    # get_session_user_chat_list is referenced outside the class only; read_chat is the
    # renamed get_chat_by_id; pin_chat_by_id is listed in UNWRAPPED.
    assert facade["unwrapped"] == [
        {
            "method": "GET",
            "path": "/api/v1/chats/",
            "operation_id": "get_session_user_chat_list",
        },
        {"method": "GET", "path": "/api/v1/chats/{id}", "operation_id": "read_chat"},
    ]
    assert facade["allowed_unwrapped"] == ["pin_chat_by_id"]
    assert facade["missing_in_new"] == [
        {"name": "delete_chat_by_id", "in": "import"},
        {"name": "get_chat_by_id", "in": "import"},
    ]


def test_facade_not_available() -> None:
    facade = build_report(old_doc(), old_doc(), facade_source=None, facade_label="x.py")["facade"]
    assert facade == {"available": False, "error": "facade source x.py not found"}
    text = render_text(build_report(old_doc(), old_doc(), facade_label="x.py"))
    assert "## Chats operations the facade does not wrap (unknown)" in text
    assert "- facade source x.py not found" in text


# --- output ---------------------------------------------------------------------------------


def test_text_report(report: Schema) -> None:
    text = render_text(report)
    assert text.startswith("# Open WebUI API changes: OLD -> NEW\n")
    assert (
        "Operations: 1 added, 1 removed, 3 changed. Schemas: 2 added, 1 removed, 2 changed." in text
    )
    for line in [
        "## Operations added (1)",
        "- POST /api/v1/chats/{id}/pin  pin_chat_by_id [chats]",
        "## Operations removed (1)",
        "- DELETE /api/v1/chats/{id}  delete_chat_by_id [chats]",
        "## Operations changed (3)",
        "### GET /api/v1/chats/{id}  read_chat [chats]",
        "- operationId: get_chat_by_id -> read_chat",
        "- parameter added: limit (query): optional, integer",
        "- parameter changed: page (query): required false -> true; schema integer -> string",
        "- request body changed: ChatForm -> ChatUpdateForm",
        "- response changed: 200 ChatResponse -> 200 array[ChatResponse]",
        "## Schemas added (2)",
        "- OldThing: enum(a|b)",
        "## Schemas changed (2)",
        "- property added: tags: array[string] (required)",
        "- no longer required: title",
        "## Chats operations the facade does not wrap in NEW (2; 1 more listed in UNWRAPPED)",
        "- GET /api/v1/chats/{id}  read_chat",
        "## Facade names with no chats operation in NEW (2)",
        "- delete_chat_by_id (imported by the facade)",
    ]:
        assert line in text.splitlines(), line
    assert "No changes" not in text


def test_identical_schemas_report_no_changes() -> None:
    report = build_report(old_doc(), old_doc(), strict=True, facade_source=FAKE_FACADE)
    assert not report["has_changes"]
    assert report["operations"] == {"added": [], "removed": [], "changed": []}
    assert report["schemas"] == {"added": [], "removed": [], "changed": []}
    text = render_text(report)
    assert "No changes in operations or schemas." in text
    assert "## Operations" not in text and "## Schemas" not in text


def test_report_is_deterministic() -> None:
    a = render_text(build_report(old_doc(), new_doc(), facade_source=FAKE_FACADE))
    shuffled_old, shuffled_new = old_doc(), new_doc()
    for doc in (shuffled_old, shuffled_new):
        doc["paths"] = dict(reversed(list(doc["paths"].items())))
        schemas = doc["components"]["schemas"]
        doc["components"]["schemas"] = dict(reversed(list(schemas.items())))
    assert render_text(build_report(shuffled_old, shuffled_new, facade_source=FAKE_FACADE)) == a


def write(tmp_path: Path, name: str, doc: Schema) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_cli_text_and_json(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = write(tmp_path, "old.json", old_doc()), write(tmp_path, "new.json", new_doc())
    monkeypatch.setattr("codegen.upstream_diff.read_facade_source", lambda path: FAKE_FACADE)
    assert main([str(old), str(new)]) == 0
    text = capsys.readouterr().out
    assert f"# Open WebUI API changes: {old} -> {new}" in text
    assert "- GET /api/v1/chats/{id}  read_chat" in text

    assert main([str(old), str(new), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    expected = build_report(
        old_doc(),
        new_doc(),
        facade_source=FAKE_FACADE,
        facade_label=str(FACADE),
        old_label=str(old),
        new_label=str(new),
    )
    assert data == expected
    assert data["facade"]["unwrapped"][1]["operation_id"] == "read_chat"

    assert main([str(old), str(new), "--json", "--strict"]) == 0
    strict = json.loads(capsys.readouterr().out)
    assert strict["strict"] is True
    assert len(strict["schemas"]["changed"]) == 3


def test_cli_exits_0_with_changes_and_2_on_unreadable_input(tmp_path: Path) -> None:
    old, new = write(tmp_path, "old.json", old_doc()), write(tmp_path, "new.json", new_doc())
    facade = tmp_path / "facade.py"
    facade.write_text(FAKE_FACADE, encoding="utf-8")
    command = [sys.executable, "-m", "codegen.upstream_diff", "--facade", str(facade)]
    done = subprocess.run(
        [*command, str(old), str(new)], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "## Operations removed (1)" in done.stdout
    missing = subprocess.run(
        [*command, str(old), str(tmp_path / "nope.json")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert missing.returncode == 2
    assert "cannot read" in missing.stderr


# --- the real openapi.json ------------------------------------------------------------------


@pytest.fixture(scope="module")
def real() -> Schema:
    return dict(json.loads((ROOT / "openapi.json").read_text(encoding="utf-8")))


def test_real_schema_against_itself(real: Schema) -> None:
    report = build_report(real, copy.deepcopy(real), strict=True)
    assert not report["has_changes"]
    assert "No changes in operations or schemas." in render_text(report)


def test_real_schema_with_a_chats_operation_removed_and_one_added(real: Schema) -> None:
    new = copy.deepcopy(real)
    removed = new["paths"]["/api/v1/chats/{id}"].pop("delete")
    assert removed["operationId"] == "delete_chat_by_id_api_v1_chats__id__delete"
    new["paths"]["/api/v1/chats/{id}/summarize"] = {
        "post": route(
            "summarize_chat_by_id",
            "/api/v1/chats/{id}/summarize",
            "post",
            parameters=[ID],
            response={"type": "string"},
            security=[{"HTTPBearer": []}],
        )
    }
    source = read_facade_source()
    if source is None:
        pytest.skip(f"{FACADE} not available")
    report = build_report(real, new, facade_source=source)
    assert report["operations"]["removed"] == [
        {
            "method": "DELETE",
            "path": "/api/v1/chats/{id}",
            "operation_id": "delete_chat_by_id",
            "tag": "chats",
        }
    ]
    assert report["operations"]["added"] == [
        {
            "method": "POST",
            "path": "/api/v1/chats/{id}/summarize",
            "operation_id": "summarize_chat_by_id",
            "tag": "chats",
        }
    ]
    assert report["operations"]["changed"] == []
    assert report["schemas"] == {"added": [], "removed": [], "changed": []}
    unwrapped = {e["operation_id"] for e in report["facade"]["unwrapped"]}
    assert "summarize_chat_by_id" in unwrapped
    assert "delete_chat_by_id" not in unwrapped
    text = render_text(report)
    assert "- POST /api/v1/chats/{id}/summarize  summarize_chat_by_id" in text.splitlines()


# --- what NEW breaks in the facade -----------------------------------------------------------

API_FACADE = """
from .._generated.models.chat_form import ChatForm
from .._generated.models.share_chat_form import ShareChatForm
from ..api import chats as _api


class AsyncChatsClient:
    async def pin(self, id):
        return await _api.pin_chat_by_id.asyncio(id, client=self._client, body={})

    async def update(self, id, form: ChatForm):
        return await _api.update_chat_by_id.asyncio(id, client=self._client, body=form)

    async def listing(self):
        return await _api.get_session_user_chat_list.asyncio(
            client=self._client, page=1, include_pinned=True
        )

    async def delete(self, id):
        if "delete_chat_by_id" not in _api.__all__:
            return None
        return await _api.delete_chat_by_id.asyncio(id, client=self._client)

    async def share(self, id, form: ShareChatForm):
        return await _api.share_chat_by_id.asyncio(id, client=self._client, body=form)
"""


def test_facade_breaks_name_operations_models_bodies_and_parameters() -> None:
    report = build_report(old_doc(), new_doc(), facade_source=API_FACADE)
    breaks = {(b["kind"], b["name"]): b["adapted"] for b in report["facade"]["breaks"]}
    assert breaks == {
        ("model", "ShareChatForm"): False,
        ("body", "pin_chat_by_id"): False,
        ("parameter", "get_session_user_chat_list"): False,
        ("operation", "delete_chat_by_id"): True,  # the facade guards it by name
        ("operation", "share_chat_by_id"): False,
    }
    text = render_text(report)
    assert "## Facade imports and calls NEW breaks (5; 4 not adapted by the facade)" in text
    assert (
        "- BREAKS: parameter get_session_user_chat_list: the facade passes include_pinned=;"
        " NEW's operation has no such parameter"
    ) in text.splitlines()
    assert "- adapted: operation delete_chat_by_id:" in text


def test_strict_exits_1_only_when_the_facade_breaks(tmp_path: Path) -> None:
    old, new = write(tmp_path, "old.json", old_doc()), write(tmp_path, "new.json", new_doc())
    facade = tmp_path / "facade.py"
    facade.write_text(API_FACADE, encoding="utf-8")
    assert main(["--strict", "--facade", str(facade), str(old), str(new)]) == 1
    assert main(["--facade", str(facade), str(old), str(new)]) == 0
    # The same facade against its own schema breaks nothing the facade does not guard.
    adapted = API_FACADE.replace("ShareChatForm", "ChatForm").replace(
        "_api.share_chat_by_id", "_api.update_chat_by_id"
    )
    adapted = adapted.replace(", body={})", ")").replace(", include_pinned=True", "")
    facade.write_text(adapted, encoding="utf-8")
    assert main(["--strict", "--facade", str(facade), str(old), str(new)]) == 0


def test_the_real_facade_adapts_to_everything_it_uses() -> None:
    # Against its own schema, the facade uses nothing the schema lacks.
    source = read_facade_source()
    if source is None:
        pytest.skip(f"{FACADE} not available")
    real = json.loads((ROOT / "openapi.json").read_text(encoding="utf-8"))
    report = build_report(real, real, facade_source=source)
    assert [b for b in report["facade"]["breaks"] if not b["adapted"]] == []
