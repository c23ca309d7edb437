"""The committed ``src/owui_sdk/_generated`` tree against ``openapi.json``.

Nothing here regenerates code: these tests read openapi.json, apply the normaliser, and check
that the committed package covers every operation and schema and behaves as documented.
Counts and expectations come from openapi.json (and the table of releases), not from one
release: the package regenerated for another release (``make spec OPENWEBUI_VERSION=0.11.4
&& make generate``) passes them too.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import json
import re
import subprocess
import sys
import typing
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import pytest
from codegen.normalize import iter_operations, normalize
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openapi_python_client.strings import ClassName

import owui_sdk
import owui_sdk._generated.models as models_pkg
from codegen import responses
from owui_sdk import _releases, errors
from owui_sdk._endpoint import path_segment
from owui_sdk._generated.models.chat_form import ChatForm
from owui_sdk._generated.models.chat_response import ChatResponse
from owui_sdk.api import UNSET, Response
from owui_sdk.api.channels import post_new_message
from owui_sdk.api.chats import (
    delete_chat_by_id,
    get_chat_by_id,
    get_session_user_chat_list,
    update_chat_by_id,
)
from owui_sdk.api.folders import get_folder_by_id
from owui_sdk.api.notes import get_note_chat_by_id
from tests.codegen import _samples
from tests.codegen._samples import EXTRA_KEY, resolve

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi.json"
GENERATED = ROOT / "src" / "owui_sdk" / "_generated"
API = ROOT / "src" / "owui_sdk" / "api"

Schema = dict[str, Any]


@cache
def raw_spec() -> Schema:
    doc: Schema = json.loads(SPEC.read_text(encoding="utf-8"))
    return doc


@cache
def spec() -> Schema:
    return normalize(raw_spec())


def operations() -> list[tuple[str, str, str, str]]:
    """``(tag, module, path, method)`` for every operation, as the generator lays them out."""
    return [
        ((op.get("tags") or ["system"])[0], op["operationId"], path, method)
        for path, method, op in iter_operations(spec())
    ]


def endpoint_files() -> list[Path]:
    return sorted(p for p in API.glob("*/*.py") if p.name != "__init__.py")


def module_name(file: Path) -> str:
    return f"owui_sdk.api.{file.parent.name}.{file.stem}"


# --- every operation has its module ---------------------------------------------------------


def operation_count() -> int:
    return sum(1 for _ in iter_operations(raw_spec()))


def test_operation_count_is_the_tables_for_the_targeted_release() -> None:
    # openapi.json is the schema of the release the package says it targets, as `make
    # releases` exported it (when the table holds that release).
    table = _releases.table()
    release = owui_sdk.__openwebui_version__
    if release in table["releases"]:
        having = [k for k, v in table["operations"].items() if any(release in x["in"] for x in v)]
        assert operation_count() == len(having)
    assert len(operations()) == operation_count()


def test_every_operation_has_an_endpoint_module() -> None:
    ops = operations()
    missing = [
        f"{method.upper()} {path} -> api/{tag}/{module}.py"
        for tag, module, path, method in ops
        if not (API / tag / f"{module}.py").is_file()
    ]
    assert missing == []
    # One module per operation: no two operations share a file, no file is left over.
    assert len({(tag, module) for tag, module, _, _ in ops}) == len(ops)
    assert len(endpoint_files()) == len(ops) == sum(1 for _ in iter_operations(raw_spec()))
    assert {(f.parent.name, f.stem) for f in endpoint_files()} == {
        (tag, module) for tag, module, _, _ in ops
    }


_PATH_SEGMENT = re.compile(r"\{path_segment\([^,]+, '([^']+)'\)\}")


def test_every_endpoint_module_sends_its_operations_method_and_path() -> None:
    wrong = []
    for tag, module, path, method in operations():
        source = (API / tag / f"{module}.py").read_text(encoding="utf-8")
        sent_method = re.search(r'"method": "(\w+)"', source)
        sent_url = re.search(r'"url": f?"([^"]+)"', source)
        assert sent_method and sent_url, f"{tag}/{module}: no method or url"
        url = _PATH_SEGMENT.sub(r"{\1}", sent_url.group(1))
        if (sent_method.group(1), url) != (method, path):
            wrong.append(f"{tag}/{module}: {method} {path} != {sent_method.group(1)} {url}")
    assert wrong == []


def test_every_endpoint_module_has_the_four_functions() -> None:
    problems = []
    for file in endpoint_files():
        name = module_name(file)
        try:
            module = importlib.import_module(name)
        except Exception as exc:  # report every broken module, not only the first
            problems.append(f"{name}: import failed: {exc!r}")
            continue
        for function in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
            value = getattr(module, function, None)
            if not callable(value):
                problems.append(f"{name}.{function} missing")
            elif inspect.iscoroutinefunction(value) != function.startswith("asyncio"):
                problems.append(f"{name}.{function}: wrong sync/async kind")
    assert problems == []
    assert len(endpoint_files()) == operation_count()


@pytest.mark.parametrize("tree", ["api", "_generated", "_resources", "_sync"])
def test_every_generated_module_says_so_on_its_first_line(tree: str) -> None:
    files = sorted((ROOT / "src" / "owui_sdk" / tree).rglob("*.py"))
    assert files
    unmarked = [
        str(path.relative_to(ROOT))
        for path in files
        if not re.fullmatch(
            r"# Generated .*by `make generate`.*Do not edit\.",
            path.read_text(encoding="utf-8").partition("\n")[0],
        )
    ]
    assert unmarked == []


def test_no_parameter_shadows_a_name_the_module_uses() -> None:
    # The shared helpers (owui_sdk._endpoint's result, sent_params, ...) are called from inside
    # the endpoint functions: a parameter of the same name would replace them there (a query
    # parameter is called `query`, another `response`).
    problems = []
    for file in endpoint_files():
        module = importlib.import_module(module_name(file))
        names = set(vars(module))
        for function in ("_get_kwargs", "sync", "sync_detailed", "asyncio", "asyncio_detailed"):
            shadowing = names & set(inspect.signature(getattr(module, function)).parameters)
            if shadowing:
                problems.append(f"{module.__name__}.{function}: {sorted(shadowing)}")
    assert problems == []


# --- every component schema has its model ---------------------------------------------------


def _is_any_schema(schema: Schema) -> bool:
    """A schema that accepts any JSON value (``JsonValue``): it becomes ``Any``, not a class."""
    keys = set(schema) - {"title", "description"}
    return not keys


def _is_free_form(schema: Schema) -> bool:
    """A free-form object (no properties, any additional ones; Open WebUI 0.11's
    ``ModelParams``): the generator's ``DictProperty`` makes it ``dict[str, Any]``, no class."""
    if schema.get("type") != "object":
        return False
    if schema.get("properties") or any(k in schema for k in ("allOf", "anyOf", "oneOf", "enum")):
        return False
    return schema.get("additionalProperties") in (None, True, {})


def test_every_component_schema_is_a_model() -> None:
    schemas = spec()["components"]["schemas"]
    exported = set(models_pkg.__all__)
    assert exported == set(models_pkg._MODULES)
    covered, missing, any_schemas = [], [], []
    for key, schema in schemas.items():
        class_name = ClassName(schema.get("title") or key, "field")
        if _is_any_schema(schema) or _is_free_form(schema):
            # No class is generated: references resolve to Any, or dict[str, Any]. It must
            # not shadow a model.
            assert class_name not in exported
            any_schemas.append(key)
            covered.append(key)
            continue
        if class_name not in exported:
            missing.append(f"{key} -> {class_name}")
            continue
        cls = getattr(models_pkg, class_name)
        if "enum" in schema:
            assert typing.get_origin(cls) is typing.Literal, key
            assert set(typing.get_args(cls)) == set(schema["enum"]), key
        else:
            assert inspect.isclass(cls), key
            assert hasattr(cls, "from_dict") and hasattr(cls, "to_dict"), key
        covered.append(key)
    assert missing == []
    # The normaliser adds only the answers' models of codegen/responses.py.
    added = set(schemas) - set(raw_spec()["components"]["schemas"])
    assert added and added <= set(responses.SCHEMAS)
    assert len(covered) == len(schemas) == len(raw_spec()["components"]["schemas"]) + len(added)
    # Component schemas have distinct class names (prefix_colliding_titles).
    names = [ClassName(s.get("title") or k, "field") for k, s in schemas.items()]
    assert len(set(names)) == len(names)


def test_models_package_maps_every_name_to_its_module() -> None:
    for name, module in models_pkg._MODULES.items():
        file = GENERATED / "models" / f"{module.lstrip('.')}.py"
        assert file.is_file(), name
        assert re.search(rf"^(class {name}\b|{name}(: TypeAlias)? = )", file.read_text(), re.M), (
            name
        )


def test_any_value_map_is_a_plain_dict() -> None:
    # ModelControlOption.params is {"additionalProperties": {"$ref": JsonValue}} and JsonValue
    # is {} (any JSON): a free-form object, so a dict, not a wrapper class.
    if "ModelControlOption" not in raw_spec()["components"]["schemas"]:
        pytest.skip("openapi.json has no ModelControlOption (Open WebUI < 0.12)")
    from owui_sdk._generated.models.model_control_option import ModelControlOption

    hints = typing.get_type_hints(ModelControlOption)
    assert hints["params"] == dict[str, Any]
    option = ModelControlOption.from_dict({"label": "x", "params": {"temperature": 0.5}})
    assert option.params == {"temperature": 0.5}
    assert option.to_dict()["params"] == {"temperature": 0.5}


# --- free-form objects are dicts ------------------------------------------------------------


def test_free_form_object_field_is_a_dict() -> None:
    hints = typing.get_type_hints(ChatResponse)
    assert hints["chat"] == dict[str, Any]
    form = ChatForm.from_dict({"chat": {"history": {"messages": {}}}})
    assert isinstance(form.chat, dict)
    assert form.chat["history"] == {"messages": {}}
    assert ChatForm(chat={"a": [1]}).to_dict() == {"chat": {"a": [1]}}


# --- round trip of the models the chats endpoints use ---------------------------------------


def _schema_by_class() -> dict[str, Schema]:
    schemas = spec()["components"]["schemas"]
    return {ClassName(s.get("title") or k, "field"): s for k, s in schemas.items()}


def _resolve(schema: Schema) -> Schema:
    return resolve(schema, spec()["components"]["schemas"])


def build(schema: Schema, mode: str) -> Any:
    """A JSON value that matches ``schema`` (``tests/codegen/_samples.py``), unknown keys in."""
    return _samples.build(schema, mode, spec()["components"]["schemas"])


def chats_models() -> list[str]:
    """Names of the model classes the api/chats endpoint modules import."""
    names: set[str] = set()
    for file in sorted((API / "chats").glob("*.py")):
        tree = ast.parse(file.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                "_generated.models."
            ):
                names.update(alias.name for alias in node.names)
    return sorted(names)


def test_chats_endpoints_use_models() -> None:
    names = chats_models()
    assert {"ChatResponse", "ChatForm", "TagModel", "ChatsMessageForm"} <= set(names)
    assert len(names) >= 20


@pytest.mark.parametrize("mode", ["minimal", "full", "nulls"])
@pytest.mark.parametrize("class_name", chats_models())
def test_chats_model_round_trip(class_name: str, mode: str) -> None:
    schema = _schema_by_class()[class_name]
    cls = getattr(models_pkg, class_name)
    data = build(schema, mode)
    model = cls.from_dict(data)
    dumped = model.to_dict()
    # Nothing the server sent is lost or changed, unknown keys included.
    assert dumped == data
    assert cls.from_dict(dumped).to_dict() == dumped
    assert cls.from_dict(dumped) == model
    if schema.get("additionalProperties", True) is not False:
        assert model.additional_properties == {EXTRA_KEY: data[EXTRA_KEY]}
        assert EXTRA_KEY in model
        assert model[EXTRA_KEY] == data[EXTRA_KEY]
    assert json.loads(json.dumps(dumped)) == dumped


_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=5),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=6,
)


def strategy(schema: Schema, depth: int = 0) -> st.SearchStrategy[Any]:
    """Random JSON matching ``schema``: optional fields present or not, random unknown keys."""
    schema = _resolve(schema)
    if "const" in schema:
        return st.just(schema["const"])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    options = schema.get("anyOf") or schema.get("oneOf") or schema.get("allOf")
    if options:
        non_null = [o for o in options if o.get("type") != "null"]
        chosen = strategy(non_null[0], depth)
        return st.none() | chosen if len(non_null) < len(options) else chosen
    kind = schema.get("type")
    if kind == "string":
        if schema.get("format") == "date":
            return st.dates().map(lambda d: d.isoformat())
        return st.text(max_size=8)
    if kind == "integer":
        return st.integers()
    if kind == "number":
        return st.floats(allow_nan=False, allow_infinity=False)
    if kind == "boolean":
        return st.booleans()
    if kind == "null":
        return st.none()
    if kind == "array":
        if depth > 3 or "items" not in schema:
            return st.just([])
        return st.lists(strategy(schema["items"], depth + 1), max_size=2)
    if kind == "object" or "properties" in schema:
        properties = schema.get("properties", {})
        required = set(schema.get("required", []))
        fixed = st.fixed_dictionaries(
            {name: strategy(p, depth + 1) for name, p in properties.items() if name in required},
            optional={}
            if depth > 3
            else {n: strategy(p, depth + 1) for n, p in properties.items() if n not in required},
        )
        extra = schema.get("additionalProperties", True)
        if extra is False:
            return fixed
        values = _JSON if extra in (True, {}) else strategy(extra, depth + 1)
        keys = st.text(min_size=1, max_size=6).filter(lambda k: k not in properties)
        unknown = st.dictionaries(keys, values, max_size=2)
        return st.tuples(fixed, unknown).map(lambda pair: {**pair[1], **pair[0]})
    return _JSON


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
@pytest.mark.parametrize("class_name", chats_models())
def test_chats_model_round_trip_random(class_name: str, data: st.DataObject) -> None:
    schema = _schema_by_class()[class_name]
    cls = getattr(models_pkg, class_name)
    value = data.draw(strategy(schema))
    model = cls.from_dict(value)
    dumped = model.to_dict()
    assert dumped == value
    assert cls.from_dict(dumped) == model
    declared = set(schema.get("properties", {}))
    if schema.get("additionalProperties", True) is not False:
        assert model.additional_properties == {k: v for k, v in value.items() if k not in declared}


def test_round_trip_builder_fills_required_fields() -> None:
    # The builder itself: a required field of each JSON type, and a nested model.
    data = build(_schema_by_class()["ChatResponse"], "minimal")
    assert data["id"] == "text" and data["created_at"] == 7 and data["archived"] is True
    assert isinstance(data["chat"], dict)
    with pytest.raises(KeyError):
        ChatResponse.from_dict({k: v for k, v in data.items() if k != "id"})


# --- laziness -------------------------------------------------------------------------------


def _loaded_after(code: str) -> list[str]:
    script = (
        "import json, sys\n"
        f"{code}\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith('owui_sdk'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    loaded: list[str] = json.loads(result.stdout.strip().splitlines()[-1])
    return loaded


def test_importing_one_endpoint_loads_only_what_it_uses() -> None:
    loaded = _loaded_after("import owui_sdk.api.chats.get_chat_by_id")
    api = {m for m in loaded if m.startswith("owui_sdk.api.")}
    assert api == {"owui_sdk.api.chats", "owui_sdk.api.chats.get_chat_by_id"}
    models = {m for m in loaded if m.startswith("owui_sdk._generated.models.")}
    assert models == {"owui_sdk._generated.models.chat_response"}
    assert "owui_sdk._generated.models.chat_form" not in loaded


def test_importing_owui_sdk_loads_no_generated_endpoint_or_model() -> None:
    code = (
        "import owui_sdk\n"
        "eager = sorted(m for m in sys.modules if m.startswith(("
        "'owui_sdk.api.', 'owui_sdk._generated.models.')))\n"
        "print(json.dumps(eager))\n"
        "assert isinstance(owui_sdk.OpenWebUI, type), 'owui_sdk.OpenWebUI'\n"
        "assert isinstance(owui_sdk.AsyncOpenWebUI, type), 'owui_sdk.AsyncOpenWebUI'"
    )
    result = subprocess.run(
        [sys.executable, "-c", f"import json, sys\n{code}"],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    eager = json.loads(result.stdout.splitlines()[0]) if result.stdout else None
    assert eager == [], f"loaded by `import owui_sdk`: {eager}\n{result.stderr}"
    assert result.returncode == 0, result.stderr


# --- path_segment ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("a/b?c#d", "a%2Fb%3Fc%23d"),
        ("..", "%2E%2E"),
        (".", "%2E"),
        ("...", "..."),
        ("100%", "100%25"),
        ("a b", "a%20b"),
        ("id-1_x.y~z", "id-1_x.y~z"),
        ("é", "%C3%A9"),
        (5, "5"),
        (0, "0"),
    ],
)
def test_path_segment_encodes(value: object, expected: str) -> None:
    assert path_segment(value, "id") == expected


def test_path_segment_refuses_empty() -> None:
    with pytest.raises(ValueError, match="id"):
        path_segment("", "id")


@pytest.mark.parametrize("value", [None, True, False, 1.5, b"x", ["a"]])
def test_path_segment_refuses_non_scalars(value: object) -> None:
    with pytest.raises(TypeError, match="id"):
        path_segment(value, "id")


class RecordingClient:
    """A generated-code ``Client`` that records requests and answers with one response."""

    def __init__(self, response: httpx.Response | None = None) -> None:
        self.sent: list[tuple[dict[str, Any], str | None]] = []
        self.response = response or httpx.Response(200, json=True, request=_request())

    def _request(self, options: dict[str, Any], route: str | None = None) -> httpx.Response:
        self.sent.append((options, route))
        return self.response

    async def _arequest(self, options: dict[str, Any], route: str | None = None) -> httpx.Response:
        self.sent.append((options, route))
        return self.response


def test_delete_with_empty_id_sends_nothing() -> None:
    client = RecordingClient()
    with pytest.raises(ValueError):
        delete_chat_by_id.sync(id="", client=client)
    with pytest.raises(ValueError):
        delete_chat_by_id.sync_detailed(id="", client=client)
    with pytest.raises(TypeError):
        delete_chat_by_id.sync(id=None, client=client)  # type: ignore[arg-type]
    assert client.sent == []


async def test_async_delete_with_empty_id_sends_nothing() -> None:
    client = RecordingClient()
    with pytest.raises(ValueError):
        await delete_chat_by_id.asyncio(id="", client=client)
    with pytest.raises(ValueError):
        await delete_chat_by_id.asyncio_detailed(id="", client=client)
    assert client.sent == []


def test_delete_sends_an_encoded_path_and_names_its_route() -> None:
    client = RecordingClient()
    assert delete_chat_by_id.sync(id="../x", client=client) is True
    # The route rides beside the request, not in it: httpx never sees it.
    assert client.sent == [
        ({"method": "delete", "url": "/api/v1/chats/..%2Fx"}, "/api/v1/chats/{id}")
    ]


def test_query_parameters_left_unset_or_none_are_not_sent() -> None:
    client = RecordingClient(httpx.Response(200, json=[], request=_request()))
    assert get_session_user_chat_list.sync(client=client, page=None) == []
    assert get_session_user_chat_list.sync(client=client, page=2, sort_by=UNSET) == []
    assert [options["params"] for options, _ in client.sent] == [
        {
            "include_pinned": False,
            "include_folders": False,
            "sort_by": "updated_at",
            "sort_dir": "desc",
        },
        {"page": 2, "include_pinned": False, "include_folders": False, "sort_dir": "desc"},
    ]


def test_a_model_body_is_sent_as_a_dict_whichever_is_given() -> None:
    client = RecordingClient(httpx.Response(200, json=_chat(), request=_request("POST")))
    form = {"chat": {"title": "t"}, "folder_id": None}
    update_chat_by_id.sync("c1", client=client, body=form)
    update_chat_by_id.sync("c1", client=client, body=ChatForm.from_dict(form))
    sent = [options["json"] for options, _ in client.sent]
    assert sent[0] is form
    assert sent[1] == ChatForm.from_dict(form).to_dict()


# --- parsing the answer, through the public functions -------------------------------------


def _request(method: str = "GET") -> httpx.Request:
    return httpx.Request(method, "http://t/api/v1/chats/abc")


def _chat() -> dict[str, Any]:
    return {
        "id": "abc",
        "user_id": "u",
        "title": "t",
        "chat": {"history": {"messages": {}}},
        "updated_at": 1,
        "created_at": 1,
        "archived": False,
    }


def _null(request: httpx.Request | None = None) -> httpx.Response:
    # json=None would be no body at all: a JSON null is the four bytes.
    return httpx.Response(
        200, content=b"null", headers={"content-type": "application/json"}, request=request
    )


def _get_chat(response: httpx.Response) -> Any:
    return get_chat_by_id.sync("abc", client=RecordingClient(response))


def test_parse_valid_chat() -> None:
    parsed = _get_chat(httpx.Response(200, json=_chat(), request=_request()))
    assert isinstance(parsed, ChatResponse)
    assert parsed.id == "abc"
    assert parsed.chat["history"] == {"messages": {}}


def test_parse_html_at_200_is_a_validation_error() -> None:
    response = httpx.Response(
        200,
        text="<!doctype html><html><body>Open WebUI</body></html>",
        headers={"content-type": "text/html"},
        request=_request(),
    )
    with pytest.raises(errors.APIResponseValidationError) as info:
        _get_chat(response)
    message = str(info.value)
    assert "200" in message
    assert "<!doctype html>" in message
    assert info.value.status_code == 200
    assert info.value.body_excerpt.startswith("<!doctype html>")
    assert info.value.response is response


def test_parse_list_instead_of_object_is_a_validation_error() -> None:
    response = httpx.Response(200, json=[_chat()], request=_request())
    # Where the schema promises the object (not null), the reason says what came instead.
    for call in (_get_chat, lambda r: get_note_chat_by_id.sync("abc", client=RecordingClient(r))):
        with pytest.raises(errors.APIResponseValidationError, match="expected an object, got an"):
            call(response)
    # Where it promises the object or null, too.
    with pytest.raises(errors.APIResponseValidationError, match="list"):
        post_new_message.sync("abc", client=RecordingClient(response), body={"content": "x"})


def test_parse_missing_required_field_is_a_validation_error() -> None:
    body = _chat()
    del body["user_id"]
    response = httpx.Response(200, json=body, request=_request())
    with pytest.raises(errors.APIResponseValidationError, match="user_id"):
        _get_chat(response)


def test_parse_open_webui_not_found_401_is_not_found() -> None:
    response = httpx.Response(
        401, json={"detail": "We could not find what you're looking for :/"}, request=_request()
    )
    with pytest.raises(errors.NotFoundError) as info:
        _get_chat(response)
    assert info.value.status_code == 401
    assert not isinstance(info.value, errors.AuthenticationError)


def test_parse_real_401_is_authentication_error() -> None:
    response = httpx.Response(401, json={"detail": "401 Unauthorized"}, request=_request())
    with pytest.raises(errors.AuthenticationError) as info:
        _get_chat(response)
    assert info.value.status_code == 401
    assert info.value.detail == "401 Unauthorized"


def test_parse_422_keeps_fastapis_detail_list() -> None:
    detail = [
        {"type": "missing", "loc": ["body", "chat"], "msg": "Field required", "input": {}},
    ]
    response = httpx.Response(422, json={"detail": detail}, request=_request("POST"))
    with pytest.raises(errors.UnprocessableEntityError) as info:
        _get_chat(response)
    assert info.value.detail == detail
    assert info.value.status_code == 422


def test_parse_503_is_internal_server_error() -> None:
    response = httpx.Response(503, text="upstream unavailable", request=_request())
    with pytest.raises(errors.InternalServerError) as info:
        _get_chat(response)
    assert info.value.status_code == 503
    assert isinstance(info.value, errors.APIStatusError)


def test_parse_undocumented_success_status_is_a_validation_error() -> None:
    response = httpx.Response(204, request=_request())
    with pytest.raises(errors.APIResponseValidationError, match="204"):
        _get_chat(response)


def _delete(response: httpx.Response) -> Any:
    return delete_chat_by_id.sync("abc", client=RecordingClient(response))


def test_parse_bool_endpoint_refuses_an_object() -> None:
    response = httpx.Response(200, json={"a": 1}, request=_request("DELETE"))
    with pytest.raises(
        errors.APIResponseValidationError, match="expected a boolean, got an object"
    ):
        _delete(response)


@pytest.mark.parametrize("body", [True, False])
def test_parse_bool_endpoint_accepts_a_bool(body: bool) -> None:
    response = httpx.Response(200, json=body, request=_request("DELETE"))
    assert _delete(response) is body


def test_parse_bool_endpoint_refuses_an_integer() -> None:
    response = httpx.Response(200, json=1, request=_request("DELETE"))
    with pytest.raises(
        errors.APIResponseValidationError, match="expected a boolean, got an integer"
    ):
        _delete(response)


def test_detailed_on_error_status_does_not_raise() -> None:
    client = RecordingClient(httpx.Response(404, json={"detail": "Not Found"}, request=_request()))
    built = get_chat_by_id.sync_detailed("abc", client=client)
    assert isinstance(built, Response)
    assert built.status_code == 404
    assert built.parsed is None
    assert json.loads(built.content) == {"detail": "Not Found"}
    assert client.sent == [({"method": "get", "url": "/api/v1/chats/abc"}, "/api/v1/chats/{id}")]
    with pytest.raises(errors.NotFoundError):
        get_chat_by_id.sync("abc", client=client)


async def test_detailed_on_success_parses() -> None:
    client = RecordingClient(httpx.Response(200, json=_chat(), request=_request()))
    built = await get_chat_by_id.asyncio_detailed("abc", client=client)
    assert isinstance(built.parsed, ChatResponse)
    assert built.status_code == 200
    assert built.headers["content-type"] == "application/json"


# A non-nullable answer (the schema's response is the model, a list, or one JSON value) that
# is null or another kind of JSON raises APIResponseValidationError naming what it got, with
# the response; never a bare TypeError or KeyError, never None returned.
NON_NULLABLE = [
    (get_note_chat_by_id, ("abc",), "an object"),  # ChatResponse
    (get_folder_by_id, ("abc",), "an object"),  # FolderResponse
    (get_session_user_chat_list, (), "an array"),  # list[ChatTitleIdResponse]
    (delete_chat_by_id, ("abc",), "a boolean"),  # bool
]


@pytest.mark.parametrize(("module", "args", "kind"), NON_NULLABLE)
@pytest.mark.parametrize("colour", ["sync", "async"])
async def test_a_null_answer_to_a_non_nullable_operation_is_a_validation_error(
    module: Any, args: tuple[str, ...], kind: str, colour: str
) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return _null()

    transport = httpx.MockTransport(handler)
    if colour == "sync":
        with (
            owui_sdk.OpenWebUI(
                "http://127.0.0.1:9", api_key="sk-x", http_client=httpx.Client(transport=transport)
            ) as client,
            pytest.raises(errors.APIResponseValidationError) as info,
        ):
            module.sync(*args, client=client)
    else:
        async with owui_sdk.AsyncOpenWebUI(
            "http://127.0.0.1:9", api_key="sk-x", http_client=httpx.AsyncClient(transport=transport)
        ) as aclient:
            with pytest.raises(errors.APIResponseValidationError) as info:
                await module.asyncio(*args, client=aclient)
    assert f"null, where the schema promises {kind}" in str(info.value)
    assert info.value.response.content == b"null"
    assert info.value.response.request is seen[0]


def test_a_nullable_operation_still_returns_none() -> None:
    # POST /api/v1/channels/{id}/messages/post: not in codegen/responses.py's NEVER_NULL.
    client = RecordingClient(_null(_request("POST")))
    assert post_new_message.sync("c1", client=client, body={"content": "x"}) is None


def _has_file(schema: Schema) -> bool:
    return any(
        _resolve(p).get("format") == "binary"
        or _resolve(p.get("items", {})).get("format") == "binary"
        for p in schema.get("properties", {}).values()
    )


def all_models() -> list[str]:
    """Every component schema that is a JSON model class (enums, any-JSON schemas and the
    multipart upload bodies, which are sent as form parts and never decoded, are not)."""
    return sorted(
        name
        for name, schema in _schema_by_class().items()
        if "enum" not in schema
        and not _is_any_schema(schema)
        and not _is_free_form(schema)
        and not _has_file(schema)
    )


def test_only_the_upload_bodies_hold_files() -> None:
    with_files = sorted(name for name, schema in _schema_by_class().items() if _has_file(schema))
    uploads = [
        "ImportSkillsBody",  # Open WebUI 0.12
        "PreviewSkillImportBody",  # Open WebUI 0.12
        "TranscriptionBody",
        "UploadFileBody",
        "UploadModelBody",
        "UploadModelByUrlIdxBody",
        "UploadPipelineBody",
    ]
    assert with_files == [name for name in uploads if name in _schema_by_class()]
    assert "UploadFileBody" in with_files
    for name in with_files:
        assert hasattr(getattr(models_pkg, name), "to_multipart"), name


@pytest.mark.parametrize("mode", ["minimal", "full", "nulls"])
@pytest.mark.parametrize("class_name", all_models())
def test_every_model_round_trips(class_name: str, mode: str) -> None:
    schema = _schema_by_class()[class_name]
    cls = getattr(models_pkg, class_name)
    data = build(schema, mode)
    model = cls.from_dict(data)
    assert model.to_dict() == data
    assert cls.from_dict(model.to_dict()) == model


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
@pytest.mark.parametrize("class_name", all_models())
def test_every_model_round_trips_random(class_name: str, data: st.DataObject) -> None:
    schema = _schema_by_class()[class_name]
    cls = getattr(models_pkg, class_name)
    value = data.draw(strategy(schema))
    model = cls.from_dict(value)
    assert model.to_dict() == value
    assert cls.from_dict(model.to_dict()) == model
