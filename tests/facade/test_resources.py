"""The generated resources (``client.users``, ``client.files``, ...), the public endpoint
functions (``owui_sdk.api.<tag>.<route>``) and ``client.request``, through a mock transport.

The reachability tests are derived from ``openapi.json``: a release's new operations are counted
and called without editing a test.
"""

from __future__ import annotations

import contextlib
import importlib
import inspect
import io
import json
import keyword
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

import attrs
import httpx
import pytest
from codegen.normalize import iter_operations, normalize

import owui_sdk
import owui_sdk.models
from owui_sdk import AsyncOpenWebUI, OpenWebUI
from owui_sdk.errors import (
    APIResponseValidationError,
    InternalServerError,
    NotFoundError,
    UnprocessableEntityError,
)
from tests._schema import has_operation

from ._support import BASE, COLOURS, KEY, close, make_client, resolve

ROOT = Path(__file__).resolve().parents[2]
HAND_WRITTEN = {"chats"}
Schema = dict[str, Any]


@cache
def spec() -> Schema:
    raw = json.loads((ROOT / "openapi.json").read_text(encoding="utf-8"))
    return normalize(raw)


@cache
def operations() -> tuple[tuple[str, str, str, str, Schema], ...]:
    """``(tag, name, method, path, operation)`` for every operation of the schema."""
    return tuple(
        ((op.get("tags") or ["system"])[0], op["operationId"], method, path, op)
        for path, method, op in iter_operations(spec())
    )


def resource_operations() -> list[tuple[str, str, str, str, Schema]]:
    return [entry for entry in operations() if entry[0] not in HAND_WRITTEN]


class Recorder:
    """A mock transport: records each request and answers ``status`` with ``body``."""

    def __init__(self, status: int = 200, body: Any = None, **headers: str) -> None:
        self.requests: list[httpx.Request] = []
        self.status = status
        self.body = {} if body is None else body
        self.headers = headers

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        if isinstance(self.body, bytes):
            return httpx.Response(self.status, content=self.body, headers=self.headers)
        return httpx.Response(self.status, json=self.body, headers=self.headers)


def client_with(colour: str, recorder: Recorder, **kwargs: Any) -> Any:
    http: httpx.Client | httpx.AsyncClient
    if colour == "sync":
        http = httpx.Client(transport=httpx.MockTransport(recorder))
    else:
        http = httpx.AsyncClient(transport=httpx.MockTransport(recorder))
    return make_client(colour, http_client=http, **kwargs)


# --- what to send -------------------------------------------------------------------------------


def _types(schema: Schema) -> list[str]:
    options = schema.get("anyOf") or [schema]
    return [o.get("type", "") for o in options if o.get("type") != "null"]


def _query_value(schema: Schema) -> tuple[Any, str] | None:
    """A value for a query parameter and how it reads in the URL; None: not sampled."""
    if schema.get("enum"):
        return schema["enum"][0], str(schema["enum"][0])
    kinds = _types(schema)
    if kinds == ["integer"]:
        return 7, "7"
    if kinds == ["boolean"]:
        return True, "true"
    if kinds == ["string"]:
        return "q v", "q v"
    return None


def _python_name(json_name: str) -> str:
    # snake_case; a keyword gets a trailing underscore, a builtin's name (`type`) is kept.
    snake = re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", json_name).lower()
    return f"{snake}_" if keyword.iskeyword(snake) else snake


def _multipart_body(op: Schema) -> Any:
    ref = op["requestBody"]["content"]["multipart/form-data"]["schema"]["$ref"]
    title = spec()["components"]["schemas"][ref.rsplit("/", 1)[1]]["title"]
    cls = getattr(owui_sdk.models, title)
    values: dict[str, Any] = {}
    for field in attrs.fields(cls):
        if not field.init or field.default is not attrs.NOTHING:
            continue
        annotation = str(field.type)
        if "File" in annotation:
            payload = owui_sdk.models.File(io.BytesIO(b"x"), "a.txt", "text/plain")
            values[field.alias] = [payload] if annotation.startswith("list") else payload
        else:
            values[field.alias] = "x"
    return cls(**values)


def call_plan(
    name: str, path: str, op: Schema, method: Callable[..., Any]
) -> tuple[list[Any], dict[str, Any], str, dict[str, str], Any]:
    """Arguments for ``method``, the path and query they must produce, and the JSON body."""
    path_params = [p for p in op.get("parameters", []) if p["in"] == "path"]
    by_position = sorted(path_params, key=lambda p: path.index("{" + p["name"] + "}"))
    args: list[Any] = []
    expected_path = path
    for index, param in enumerate(by_position):
        value = f"v{index}-{param['name']}"
        args.append(value)
        expected_path = expected_path.replace("{" + param["name"] + "}", quote(value, safe=""))
    body: Any = None
    signature = inspect.signature(method)
    if "body" in signature.parameters:
        content = op["requestBody"]["content"]
        if "multipart/form-data" in content:
            args.append(_multipart_body(op))
        else:
            schema = content["application/json"]["schema"]
            body = [] if schema.get("type") == "array" else {"probe": name}
            args.append(body)
    kwargs: dict[str, Any] = {}
    expected_query: dict[str, str] = {}
    for param in op.get("parameters", []):
        python_name = _python_name(param["name"])
        if param["in"] != "query":
            continue
        assert python_name in signature.parameters, (name, param["name"])
        sample = _query_value(param.get("schema", {}))
        if sample is None:
            if param.get("required"):
                pytest.fail(f"{name}: no sample value for required query {param['name']}")
            continue
        kwargs[python_name], expected_query[param["name"]] = sample
    return args, kwargs, expected_path, expected_query, body


# --- every operation is reachable ---------------------------------------------------------------


def test_every_tag_but_chats_is_a_resource_in_both_colours() -> None:
    tags = {tag for tag, *_ in operations()} - HAND_WRITTEN
    for cls in (OpenWebUI, AsyncOpenWebUI):
        properties = {
            name for name, value in inspect.getmembers(cls) if isinstance(value, property)
        }
        assert tags <= properties, sorted(tags - properties)
    assert "system" in tags and "default" not in tags


def test_every_operation_is_exactly_one_method_and_one_module() -> None:
    by_tag: dict[str, set[str]] = {}
    for tag, name, *_ in operations():
        by_tag.setdefault(tag, set()).add(name)
    assert sum(len(names) for names in by_tag.values()) == len(operations())
    for tag, names in by_tag.items():
        package = importlib.import_module(f"owui_sdk.api.{tag}")
        assert set(package.__all__) == names, tag
        for name in names:
            module = getattr(package, name)
            for function in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
                assert callable(getattr(module, function)), f"{tag}.{name}.{function}"
        if tag in HAND_WRITTEN:
            continue
        for cls in (OpenWebUI, AsyncOpenWebUI):
            resource_cls = _resource_class(tag, cls is AsyncOpenWebUI)
            # The property gives the generated resource, or a hand-written subclass of it
            # (files, knowledge) that adds methods and changes none.
            client = cls("http://x.test", api_key="k")
            resource = getattr(client, tag)
            if isinstance(client, OpenWebUI):
                client.close()  # the async one holds no connection until a request
            assert isinstance(resource, resource_cls), (tag, type(resource))
            methods = {
                n for n, _ in inspect.getmembers(resource_cls, inspect.isfunction) if n[0] != "_"
            }
            # Plus iter_<route> for each paged route (tests/facade/test_paging.py).
            iterators = {n for n in methods if n.startswith("iter_") and n[5:] in names}
            assert methods - iterators == names, (tag, sorted((methods - iterators) ^ names))
            for name in names:
                assert getattr(type(resource), name) is getattr(resource_cls, name), name


def _resource_class(tag: str, is_async: bool) -> type:
    module = importlib.import_module(f"owui_sdk._resources.{tag}")
    name = "".join(part.capitalize() for part in tag.split("_")) + "Resource"
    return getattr(module, ("Async" if is_async else "") + name)  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def recorders() -> Iterator[dict[str, tuple[Recorder, Any]]]:
    made = {colour: Recorder() for colour in COLOURS}
    clients = {colour: (made[colour], client_with(colour, made[colour])) for colour in COLOURS}
    yield clients
    for _, client in clients.values():
        if isinstance(client, OpenWebUI):
            client.close()


@pytest.mark.parametrize("colour", COLOURS)
@pytest.mark.parametrize(
    ("tag", "name", "http_method", "path", "op"),
    resource_operations(),
    ids=[f"{tag}.{name}" for tag, name, *_ in resource_operations()],
)
async def test_resource_method_sends_its_operation(
    colour: str,
    tag: str,
    name: str,
    http_method: str,
    path: str,
    op: Schema,
    recorders: dict[str, tuple[Recorder, Any]],
) -> None:
    recorder, client = recorders[colour]
    method = getattr(getattr(client, tag), name)
    args, kwargs, expected_path, expected_query, body = call_plan(name, path, op, method)
    recorder.requests.clear()
    # `{}` is not every operation's answer; the request is what is checked here.
    with contextlib.suppress(APIResponseValidationError):
        await resolve(method(*args, **kwargs))
    (request,) = recorder.requests
    assert request.method == http_method.upper()
    assert request.url.raw_path.decode().split("?")[0] == expected_path
    assert dict(request.url.params) == expected_query
    assert request.headers["authorization"] == f"Bearer {KEY}"
    if body is not None:
        assert json.loads(request.content) == body
    elif "body" in inspect.signature(method).parameters:
        assert request.headers["content-type"].startswith("multipart/form-data")
    else:
        assert request.content == b""


@pytest.mark.parametrize("colour", COLOURS)
async def test_public_function_takes_the_client_itself(colour: str) -> None:
    from owui_sdk.api.users import get_user_by_id

    recorder = Recorder(body={"name": "Ada", "is_active": True})
    client = client_with(colour, recorder)
    try:
        function = get_user_by_id.sync if colour == "sync" else get_user_by_id.asyncio
        detailed = (
            get_user_by_id.sync_detailed if colour == "sync" else get_user_by_id.asyncio_detailed
        )
        user = await resolve(function("u1", client=client))
        response = await resolve(detailed("u1", client=client))
    finally:
        await close(client)
    assert user.name == "Ada"
    assert response.status_code == 200 and response.parsed == user
    assert [r.url.path for r in recorder.requests] == ["/api/v1/users/u1"] * 2


# --- bad input and error statuses ---------------------------------------------------------------

WITH_PATH_PARAMS = [
    entry
    for entry in resource_operations()
    if any(p["in"] == "path" for p in entry[4].get("parameters", []))
]


@pytest.mark.parametrize("colour", COLOURS)
@pytest.mark.parametrize("bad", ["", None, ["a"]])
async def test_bad_ids_are_refused_before_anything_is_sent(
    colour: str, bad: Any, recorders: dict[str, tuple[Recorder, Any]]
) -> None:
    recorder, client = recorders[colour]
    recorder.requests.clear()
    for tag, name, _, path, op in WITH_PATH_PARAMS:
        method = getattr(getattr(client, tag), name)
        args, kwargs, *_ = call_plan(name, path, op, method)
        args[0] = bad
        with pytest.raises(ValueError if bad == "" else TypeError):
            await resolve(method(*args, **kwargs))
    assert recorder.requests == []
    assert len(WITH_PATH_PARAMS) > 200


@pytest.mark.parametrize("colour", COLOURS)
@pytest.mark.parametrize(
    ("status", "body", "error"),
    [
        (404, {"detail": "Not found"}, NotFoundError),
        (401, {"detail": "We could not find what you're looking for :/"}, NotFoundError),
        (
            422,
            {"detail": [{"loc": ["query", "page"], "msg": "bad", "type": "x"}]},
            UnprocessableEntityError,
        ),
        (503, {"detail": "down"}, InternalServerError),
        (200, b"<html>login</html>", APIResponseValidationError),
    ],
)
async def test_resource_errors_are_typed(
    colour: str, status: int, body: Any, error: type[Exception]
) -> None:
    recorder = Recorder(
        status, body, **{"content-type": "text/html"} if isinstance(body, bytes) else {}
    )
    client = client_with(colour, recorder)
    try:
        with pytest.raises(error) as caught:
            await resolve(client.users.get_user_by_id("u1"))
    finally:
        await close(client)
    assert KEY not in str(caught.value) and KEY not in repr(caught.value)


# --- client.request, the escape hatch -----------------------------------------------------------


@pytest.mark.parametrize("colour", COLOURS)
async def test_request_sends_with_base_url_auth_params_json_and_headers(colour: str) -> None:
    recorder = Recorder(body={"ok": True})
    client = client_with(colour, recorder)
    try:
        response = await resolve(
            client.request(
                "post",
                "/api/v1/anything/new",
                params={"page": 2},
                json={"a": [1]},
                headers={"X-Trace": "t1"},
            )
        )
    finally:
        await close(client)
    assert response.json() == {"ok": True}
    (request,) = recorder.requests
    assert request.method == "POST"
    assert str(request.url) == f"{BASE}/api/v1/anything/new?page=2"
    assert json.loads(request.content) == {"a": [1]}
    assert request.headers["x-trace"] == "t1"
    assert request.headers["authorization"] == f"Bearer {KEY}"


@pytest.mark.parametrize("colour", COLOURS)
async def test_request_raises_typed_errors_and_retries_what_is_safe(colour: str) -> None:
    answers = iter([httpx.Response(503), httpx.Response(404, json={"detail": "gone"})])
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.method)
        return next(answers)

    transport = httpx.MockTransport(handler)
    http: Any = (
        httpx.Client(transport=transport)
        if colour == "sync"
        else httpx.AsyncClient(transport=transport)
    )
    client = make_client(colour, http_client=http, max_retries=1)
    try:
        with pytest.raises(NotFoundError) as caught:
            await resolve(client.request("GET", "/api/v1/gone"))
    finally:
        await close(client)
    assert seen == ["GET", "GET"]
    assert caught.value.status_code == 404


@pytest.mark.parametrize("colour", COLOURS)
@pytest.mark.parametrize(
    ("method", "path"),
    [("GET", "api/v1/users"), ("GET", "//evil.test/x"), ("GET", ""), ("FETCH", "/x"), (None, "/x")],
)
async def test_request_refuses_bad_input_before_sending(
    colour: str, method: Any, path: str
) -> None:
    recorder = Recorder()
    client = client_with(colour, recorder)
    try:
        with pytest.raises(ValueError):
            await resolve(client.request(method, path))
    finally:
        await close(client)
    assert recorder.requests == []


# --- resources follow the client's options ------------------------------------------------------


@pytest.mark.parametrize("colour", COLOURS)
async def test_resource_is_kept_and_with_options_gets_its_own(colour: str) -> None:
    recorder = Recorder(body=True)
    client = client_with(colour, recorder)
    try:
        assert client.users is client.users
        copy = client.with_options(timeout=3)
        assert copy.users is not client.users
        await resolve(copy.users.delete_user_by_id("u1"))
    finally:
        await close(client)
    (request,) = recorder.requests
    assert request.extensions["timeout"]["read"] == 3


# --- models take their JSON names -------------------------------------------------------------


def test_fields_renamed_for_builtins_take_the_json_name() -> None:
    from owui_sdk.models import EventForm

    form = EventForm(type="status", data={"done": True})
    assert form.type_ == "status"
    assert form.to_dict() == {"type": "status", "data": {"done": True}}
    renamed = 0
    for name in owui_sdk.models.__all__:
        cls = getattr(owui_sdk.models, name)
        if not attrs.has(cls):
            continue
        for field in attrs.fields(cls):
            if field.name.endswith("_") and not field.name.startswith("_"):
                json_name = field.name[:-1]
                expected = field.name if keyword.iskeyword(json_name) else json_name
                assert field.alias == expected, (name, field.name)
                renamed += 1
    assert renamed >= 34


def test_body_schemas_have_route_names() -> None:
    names = set(owui_sdk.models.__all__)
    assert {"UploadFileBody", "TranscriptionBody"} <= names
    assert ("ImportSkillsBody" in names) == has_operation("POST", "/api/v1/skills/import")
    assert not [n for n in names if n.startswith("Body")]


# --- lazy loading ----------------------------------------------------------------------------


def _modules_after(code: str) -> dict[str, list[str]]:
    script = (
        "import json, sys\n"
        "def snap():\n"
        "    return sorted(m for m in sys.modules if m.startswith(('owui_sdk.api', 'owui_sdk._resources', 'owui_sdk._generated.models.')))\n"
        "marks = {}\n"
        f"{code}\n"
        "print(json.dumps(marks))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    loaded: dict[str, list[str]] = json.loads(result.stdout.strip().splitlines()[-1])
    return loaded


def test_a_resource_loads_its_own_tag_and_a_method_its_own_endpoint() -> None:
    marks = _modules_after(
        "import httpx, owui_sdk\n"
        "c = owui_sdk.OpenWebUI('http://x.test', api_key='k', http_client=httpx.Client("
        "transport=httpx.MockTransport(lambda r: httpx.Response(200, json=True))))\n"
        "marks['client'] = snap()\n"
        "c.users\n"
        "marks['users'] = snap()\n"
        "c.chats\n"
        "marks['chats'] = snap()\n"
        "c.users.delete_user_by_id('u1')\n"
        "marks['call'] = snap()\n"
    )
    assert marks["client"] == ["owui_sdk._resources"]
    assert marks["users"] == [
        "owui_sdk._resources",
        "owui_sdk._resources.users",
        "owui_sdk.api",
        "owui_sdk.api.users",
    ]
    # client.chats extends the generated chats resource (codegen/renames.json).
    assert set(marks["chats"]) - set(marks["users"]) == {
        "owui_sdk._resources.chats",
        "owui_sdk.api.chats",
    }
    assert set(marks["call"]) - set(marks["chats"]) == {"owui_sdk.api.users.delete_user_by_id"}


def test_attrs_loads_with_the_first_model_not_with_the_client() -> None:
    # attrs is the largest import of the package: the clients, the resources and owui_sdk.api
    # are plain classes so that `import owui_sdk` + a client stays near `import httpx`.
    marks = _modules_after(
        "import httpx, owui_sdk\n"
        "c = owui_sdk.OpenWebUI('http://x.test', api_key='k', http_client=httpx.Client("
        "transport=httpx.MockTransport(lambda r: httpx.Response(200, json=[]))))\n"
        "ac = owui_sdk.AsyncOpenWebUI('http://x.test', api_key='k')\n"
        "c.users, c.chats, c.files, ac.knowledge, owui_sdk.api.UNSET, owui_sdk.api.File\n"
        "marks['before'] = [str('attrs' in sys.modules)]\n"
        "c.chats.get_all_db()\n"
        "marks['after'] = [str('attrs' in sys.modules)]\n"
    )
    assert marks == {"before": ["False"], "after": ["True"]}


# --- untyped answers are decoded by their content type ---------------------------------------


@pytest.mark.parametrize("colour", COLOURS)
@pytest.mark.parametrize(
    ("content_type", "body", "expected"),
    [
        ("application/json", b'{"version": "0.12.4"}', {"version": "0.12.4"}),
        ("application/x-ndjson", b'{"a": 1}\n\n{"a": 2}\n', [{"a": 1}, {"a": 2}]),
        ("text/plain; charset=utf-8", b"0.12.4", "0.12.4"),
        ("application/octet-stream", b"\x00\x01", b"\x00\x01"),
        ("application/json", b"", None),
    ],
)
async def test_untyped_answer_is_decoded_by_content_type(
    colour: str, content_type: str, body: bytes, expected: Any
) -> None:
    client = client_with(colour, Recorder(200, body, **{"content-type": content_type}))
    try:
        assert await resolve(client.system.get_app_changelog()) == expected
    finally:
        await close(client)


@pytest.mark.parametrize("colour", COLOURS)
@pytest.mark.parametrize("content_type", ["application/json", "application/x-ndjson"])
async def test_untyped_answer_that_is_not_json_is_a_validation_error(
    colour: str, content_type: str
) -> None:
    client = client_with(colour, Recorder(200, b"<html>", **{"content-type": content_type}))
    try:
        with pytest.raises(APIResponseValidationError, match="not JSON"):
            await resolve(client.system.get_app_changelog())
    finally:
        await close(client)


@pytest.mark.parametrize("colour", COLOURS)
async def test_upload_sends_a_file_part_and_json_metadata(colour: str) -> None:
    from owui_sdk.models import File, UploadFileBody

    recorder = Recorder(body={"id": "f1"})
    client = client_with(colour, recorder)
    body = UploadFileBody(
        file=File(io.BytesIO(b"hello"), "notes.txt", "text/plain"), metadata={"source": "test"}
    )
    try:
        with contextlib.suppress(APIResponseValidationError):
            await resolve(client.files.upload_file(body))
    finally:
        await close(client)
    (request,) = recorder.requests
    content = request.content.decode()
    assert 'name="file"; filename="notes.txt"' in content
    assert "Content-Type: text/plain\r\n\r\nhello\r\n" in content
    assert 'name="metadata"' in content and '{"source": "test"}' in content


@pytest.mark.parametrize("colour", COLOURS)
async def test_request_sends_raw_and_multipart_bodies(colour: str) -> None:
    recorder = Recorder(body={"ok": True})
    client = client_with(colour, recorder)
    try:
        await resolve(
            client.request(
                "PUT", "/x", content=b"raw", headers={"Content-Type": "application/octet-stream"}
            )
        )
        await resolve(
            client.request("POST", "/y", files={"file": ("a.txt", io.BytesIO(b"hi"), "text/plain")})
        )
        with pytest.raises(ValueError, match="one body"):
            await resolve(client.request("POST", "/z", json={}, content=b"x"))
    finally:
        await close(client)
    raw, multipart = recorder.requests
    assert raw.content == b"raw" and raw.headers["content-type"] == "application/octet-stream"
    assert b'filename="a.txt"' in multipart.content
    assert multipart.headers["content-type"].startswith("multipart/form-data")
