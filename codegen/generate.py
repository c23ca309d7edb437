"""``make generate`` / ``make check-generated``: openapi.json -> src/owui_sdk/_generated.

Pipeline: read ``openapi.json`` -> :mod:`codegen.normalize` (in memory) -> openapi-python-client
(pinned) with the templates in ``codegen/templates`` -> ruff (fixed options, no config file, so
the output does not depend on anyone's settings) -> compare with or replace the committed trees:

* ``src/owui_sdk/_generated``: the models (and a ``types`` shim for the generator's imports);
* ``src/owui_sdk/api``: one public module per endpoint, a lazy package per tag;
* ``src/owui_sdk/_resources``: a resource class per tag in both colours (``client.users``), and
  the mixins that put them on the clients;
* ``src/owui_sdk/_sync``: the blocking facade, derived from ``_async`` by unasync.

Any generator warning fails the run: a skipped endpoint or a dropped schema is a bug here.
"""

from __future__ import annotations

import argparse
import ast
import difflib
import filecmp
import json
import keyword
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, ClassVar, NamedTuple

from openapi_python_client import Project
from openapi_python_client import schema as oai
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser import properties as _properties
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.properties import AnyProperty, ModelProperty
from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.strings import PythonCode, PythonIdentifier

from codegen.normalize import normalize

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.json"
TEMPLATES = ROOT / "codegen" / "templates"
TARGET = ROOT / "src" / "owui_sdk" / "_generated"
API_TARGET = ROOT / "src" / "owui_sdk" / "api"
RESOURCES_TARGET = ROOT / "src" / "owui_sdk" / "_resources"
PACKAGE = "_generated"
# A hand-written subclass extends a generated resource (files, knowledge: uploads that wait
# for processing, ingestion) by a property of the client (src/owui_sdk/_async/client.py) that
# overrides the generated one: generated code imports nothing from the hand-written facade.
# Tags with a hand-written resource instead of a generated one, and why (none today).
HAND_WRITTEN_RESOURCES: dict[str, str] = {}
# Documented method names for a tag's routes (client.chats), as data: see codegen/README.md.
RENAMES_FILE = ROOT / "codegen" / "renames.json"


class Rename(NamedTuple):
    """A route's method under its documented name (an entry of ``codegen/renames.json``)."""

    name: str
    body: str
    doc: str
    #: The query parameters taken positionally, after the path parameters and the body, as
    #: ``"name"`` (required) or ``"name=default"`` (a Python literal); the documented order.
    positional: tuple[str, ...] = ()
    #: The keyword-only query parameters, as ``"name=default"``. ``None`` (no ``positional``
    #: nor ``keyword`` in the table): every query parameter keyword-only, as the schema has it.
    keyword: tuple[str, ...] | None = None


def load_renames(path: Path = RENAMES_FILE) -> dict[str, dict[str, Rename]]:
    """``codegen/renames.json``: tag -> route name -> :class:`Rename`."""
    table = json.loads(path.read_text(encoding="utf-8"))
    return {
        tag: {
            route: Rename(
                entry["name"],
                entry.get("body", "body"),
                "\n".join(entry["doc"]),
                tuple(entry.get("positional", ())),
                tuple(entry["keyword"])
                if "keyword" in entry
                else (() if "positional" in entry else None),
            )
            for route, entry in routes.items()
        }
        for tag, routes in table.items()
        if tag != "about"
    }


class QueryArgument(NamedTuple):
    """A query parameter of a renamed method (see :func:`query_arguments`)."""

    #: The parameter as written in the method's signature: ``page: int | None = None``.
    parameter: str
    #: The keyword argument passed on to the endpoint function: ``page=page``.
    argument: str
    keyword_only: bool


def query_arguments(endpoint: Any, rename: Rename | None) -> list[QueryArgument]:
    """The query parameters of a resource method. By the schema (no ``rename``, or one that
    lists none): keyword-only, under their JSON names (``type_`` takes ``type=``). Listed by
    ``rename`` (``positional``, ``keyword``): in the table's order, with its defaults: the
    documented signature, whatever the schema says of order and defaults.

    A parameter with a default is ``T | None`` and ``None`` leaves it out of the request (as
    ``owui_sdk._endpoint.sent_params`` does for the endpoint's own ``None``), so the
    documented ``page=None`` means "not sent". A query parameter of the route that the table
    does not list is not taken: the endpoint function sends its schema default, if it has one
    (``stream=false`` of the statistics export, whose streamed answer would not be the typed
    page); a required one must be listed.
    """
    if rename is None or rename.keyword is None:
        return [_schema_query_argument(parameter) for parameter in endpoint.query_parameters]
    query = {_name(parameter): parameter for parameter in endpoint.query_parameters}
    where = f"codegen/renames.json: {endpoint.name} ({rename.name})"
    listed = [(spec, False) for spec in rename.positional] + [(s, True) for s in rename.keyword]
    arguments = []
    names = set()
    for spec, keyword_only in listed:
        name, has_default, default = (part.strip() for part in spec.partition("="))
        if name not in query or name in names:
            raise ValueError(f"{where}: {name!r} is no query parameter, or is listed twice")
        names.add(name)
        parameter = query[name]
        code = parameter.get_type_string().as_unembedded_code()
        types = [part for part in code.split(" | ") if part != "Unset"]
        nullable = "None" in types
        target = str(parameter.python_name)
        if has_default:
            ast.literal_eval(default)  # a Python literal, or a SyntaxError/ValueError here
            annotation = " | ".join([t for t in types if t != "None"] + ["None"])
            value = name if nullable else f"UNSET if {name} is None else {name}"
            arguments.append(
                QueryArgument(
                    f"{name}: {annotation} = {default}", f"{target}={value}", keyword_only
                )
            )
        elif keyword_only or not parameter.required:
            raise ValueError(f"{where}: {name!r} needs a default (only a required one has none)")
        else:
            arguments.append(
                QueryArgument(f"{name}: {' | '.join(types)}", f"{target}={name}", False)
            )
    missing = [
        name for name, parameter in query.items() if parameter.required and name not in names
    ]
    if missing:
        raise ValueError(f"{where}: required query parameters not listed: {missing}")
    return arguments


def _schema_query_argument(parameter: Any) -> QueryArgument:
    """A query parameter as the schema has it: keyword-only, under its JSON name."""
    code = parameter.to_string().as_unembedded_code()
    alias = json_alias(parameter)
    python_name = str(parameter.python_name)
    signature = alias + code[len(python_name) :] if alias else code
    return QueryArgument(signature, f"{python_name}={alias or python_name}", True)


ASYNC_FACADE = ROOT / "src" / "owui_sdk" / "_async"
SYNC_FACADE = ROOT / "src" / "owui_sdk" / "_sync"

# --- unasync: src/owui_sdk/_async (written by hand) -> src/owui_sdk/_sync ----------------------
#
# Every rule is exact and every rule must earn its place: one that matched nothing across the
# _async tree, or that repeats what unasync does by itself, fails `make generate` and
# `make check-generated` with its name (httpcore's scripts/unasync.py fails on unused rules
# too). A rename in _async therefore cannot leave a stale rule behind to misfire later.
# codegen/README.md explains the tables and how to add a rule.

# Names in code, on top of unasync's own table (async/await removed; __aenter__, AsyncIterator,
# asynccontextmanager...; Async<Name> -> Sync<Name>). unasync replaces whole NAME tokens, and
# string literals that are exactly the name (``__all__``), never part of a longer name:
# "aclose" leaves ``my_aclose_helper`` alone.
UNASYNC_NAMES = {
    # The public classes lose the prefix (unasync alone would say SyncOpenWebUI).
    "AsyncOpenWebUI": "OpenWebUI",
    "AsyncChatsClient": "ChatsClient",
    "AsyncChatsResource": "ChatsResource",
    "AsyncClient": "Client",  # httpx.AsyncClient
    "AsyncStream": "Stream",
    "AsyncChat": "Chat",
    "AsyncCompletions": "Completions",
    "AsyncChatTurnStream": "ChatTurnStream",
    "AsyncFilesClient": "FilesClient",
    "AsyncFilesResource": "FilesResource",
    "AsyncKnowledgeClient": "KnowledgeClient",
    "AsyncKnowledgeResource": "KnowledgeResource",
    "AsyncEvents": "Events",
    "AsyncEventStream": "EventStream",
    "AsyncWorkspace": "Workspace",
    # httpx's coroutine methods.
    "aclose": "close",
    "aread": "read",
    "aiter_lines": "iter_lines",
    # Ours: the transport protocol of the generated functions, and RetryPolicy's sleep.
    "_arequest": "_request",
    "arequest_ok": "request_ok",
    "astream": "stream",
    "aopen_stream": "open_stream",
    "async_sleep": "sleep",
    "amap_limited": "map_limited",
    # owui_sdk._paging: the page walk, in both colours.
    "apages": "pages",
    # The knowledge sync (_async/knowledge_sync.py): its steps, and the folder scan, which runs
    # in a worker thread under asyncio and in the caller's thread when blocking.
    "aplan_sync": "plan_sync",
    "arun_sync": "run_sync",
    "ascan_folder": "scan_folder",
    "aserver_lock": "server_lock",
    # owui_sdk._socket: AsyncSocket's coroutines, SyncSocket's blocking methods.
    "aopen": "open",
    "areceive": "receive",
    "aemit": "emit",
}

# Names replaced only as an attribute, after a dot and outside import statements. The
# generated endpoint modules have ``sync()`` and ``asyncio()``: the facade calls
# ``_api.get_chat_by_id.asyncio(...)``, whose blocking twin is ``.sync(...)``.
# The module asyncio is left alone on purpose, in code and in prose: as a name rule, "asyncio"
# would turn ``import asyncio`` into ``import sync``. Blocking code has no rename of asyncio:
# what it needs instead (time.sleep, a thread) is decided by hand, behind one name per colour
# in owui_sdk._retry, as RetryPolicy.async_sleep / sleep do. An ``import asyncio`` that
# _sync does not use is dropped by ruff (F401); one that it uses fails mypy and the tests.
UNASYNC_ATTRIBUTES = {
    "asyncio": "sync",
}


PROSE = "prose"
EXAMPLES = "examples"


class TextRule(NamedTuple):
    """A replacement in prose: docstrings, comments and string literals (error messages).

    ``old`` is literal text, matched as whole words: ``\\b`` at each end that is a letter, a
    digit or ``_`` ("await " does not match in "awaiting", "AsyncOpenWebUI" not in
    "MyAsyncOpenWebUI"). ``where`` is :data:`PROSE` (anywhere in the text) or
    :data:`EXAMPLES` (only in code shown in prose: ``inline literals`` and the indented block
    after a line ending in ``::``), so that English words are never taken for keywords.
    """

    old: str
    new: str
    where: str = PROSE


# Prose, which unasync leaves alone. Applied after unasync, to STRING and COMMENT tokens only
# (never to code, which is unasync's), in this order.
UNASYNC_TEXT = [
    TextRule("async with", "with", EXAMPLES),
    TextRule("async for ", "for ", EXAMPLES),
    TextRule("AsyncStream", "Stream"),
    TextRule("AsyncChatsClient", "ChatsClient"),
    TextRule("AsyncChatTurnStream", "ChatTurnStream"),
    TextRule("AsyncFilesClient", "FilesClient"),
    TextRule("AsyncKnowledgeClient", "KnowledgeClient"),
    TextRule("await ", "", EXAMPLES),
    TextRule("AsyncOpenWebUI", "OpenWebUI"),
    TextRule("httpx.AsyncClient", "httpx.Client"),
    TextRule(":meth:`aclose`", ":meth:`close`"),
    TextRule("``_arequest``", "``_request``"),
    TextRule("an asyncio application", "a blocking script"),
    TextRule("the async client", "the blocking client"),
]


class DictProperty(AnyProperty):
    """A free-form JSON object (``type: object``, no properties, any additional properties).

    Out of the box the generator makes a wrapper class per occurrence (``ChatFormChat``) that
    does not take a plain dict. Users read ``chat["history"]["messages"]``: it is a dict.
    """

    _type_string: ClassVar[str] = "dict[str, Any]"
    _json_type_string: ClassVar[str] = "dict[str, Any]"
    # Its own multipart macro: JSON text, not Python's repr (codegen/templates/property_templates).
    template: ClassVar[str] = "dict_property.py.jinja"

    def get_instance_type_string(self) -> PythonCode:
        return PythonCode("dict")


def _is_free_form(data: Any) -> bool:
    if not isinstance(data, oai.Schema) or data.type != oai.DataType.OBJECT:
        return False
    if data.properties or data.allOf or data.anyOf or data.oneOf or data.enum:
        return False
    extra = data.additionalProperties
    if extra is None or extra is True:
        return True
    return isinstance(extra, oai.Schema) and extra == oai.Schema()


def _install_dict_property() -> None:
    """Route free-form objects to :class:`DictProperty`, everywhere the parser builds one."""
    original = _properties.property_from_data
    if getattr(original, "_owui_dict_hook", False):
        return

    def property_from_data(name: Any, required: bool, data: Any, *args: Any, **kwargs: Any) -> Any:
        schemas = kwargs.get("schemas", args[0] if args else None)
        if _is_free_form(data):
            config = kwargs.get("config", args[2] if len(args) > 2 else None)
            assert config is not None, "property_from_data is called with its config"
            return (
                DictProperty.build(
                    name=name,
                    required=required,
                    default=data.default,
                    python_name=PythonIdentifier(value=name, prefix=config.field_prefix),
                    description=data.description,
                    example=data.example,
                ),
                schemas,
            )
        return original(name, required, data, *args, **kwargs)

    property_from_data._owui_dict_hook = True  # type: ignore[attr-defined]
    # The parser's modules look the function up on the package at call time (function-level
    # imports) or hold their own reference (module-level imports): patch both kinds.
    _properties.property_from_data = property_from_data
    from openapi_python_client.parser import bodies, openapi, responses

    for module in (bodies, openapi, responses):
        module.property_from_data = property_from_data  # type: ignore[attr-defined]


def build_config(output: Path, document: Path) -> Config:
    config_file = ConfigFile(
        package_name_override=PACKAGE,
        project_name_override=PACKAGE,
        post_hooks=[],
        literal_enums=True,
        docstrings_on_attributes=True,
    )
    return Config.from_sources(
        config_file,
        MetaType.NONE,
        document_source=document,
        file_encoding="utf-8",
        overwrite=True,
        output_path=output,
    )


def _ruff(*args: str) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            *args,
            "--isolated",
            "--line-length",
            "100",
            "--target-version",
            "py311",
            "--quiet",
        ],
        check=True,
    )


def generate(output: Path, spec_path: Path = SPEC) -> list[GeneratorError]:
    """Generate the package into ``output`` (created or replaced); return generator errors."""
    _install_dict_property()
    raw = json.loads(spec_path.read_text(encoding="utf-8"))
    document = normalize(raw)
    config = build_config(output, spec_path)
    openapi = GeneratorData.from_dict(document, config=config)
    if isinstance(openapi, GeneratorError):
        return [openapi]
    project = Project(openapi=openapi, config=config, custom_template_path=TEMPLATES)
    project.env.globals.update(
        json_alias=json_alias,
        success_responses=success_responses,
        return_type_of=return_type_of,
        is_model_body=is_model_body,
        paging_of=paging_of,
        table_source=table_source,
        query_arguments=query_arguments,
    )
    errors = list(project.build())
    # The runtime is hand-written (owui_sdk._endpoint, owui_sdk._types): the generator's
    # client and errors modules would only be unused copies.
    for name in ("client.py", "errors.py"):
        (output / name).unlink()
    api = output.parent / "api"
    shutil.move(output / "api", api)
    resources = output.parent / "_resources"
    render_resources(project, resources)
    for tree in (output, api, resources):
        _ruff("check", "--fix-only", "--select", "I,F401,UP", "--exit-zero", str(tree))
        # A trailing comma in a template's argument list would keep one argument a line
        # (ruff's magic trailing comma) where the call fits on one: not in generated code.
        _ruff("format", "--config", "format.skip-magic-trailing-comma = true", str(tree))
        stamp(tree)
    return errors


#: The first line of every generated module (the blocking facade has its own, naming its source).
GENERATED_HEADER = "# Generated by `make generate` from Open WebUI's OpenAPI schema. Do not edit.\n"


def stamp(tree: Path) -> None:
    """Start every module under ``tree`` with :data:`GENERATED_HEADER`, after formatting (a
    comment before the docstring leaves the docstring the module's)."""
    for path in sorted(tree.rglob("*.py")):
        path.write_text(GENERATED_HEADER + path.read_text(encoding="utf-8"), encoding="utf-8")


# Template helpers: what the endpoint functions and the resource methods must agree on.


def success_responses(endpoint: Any) -> list[Any]:
    """The endpoint's documented 2xx responses, the only ones parsed (others raise)."""
    found = []
    for response in endpoint.responses.patterns:
        code_range = response.status_code.range
        if code_range and code_range[0] >= 200 and code_range[1] <= 299:
            found.append(response)
    return found


def return_type_of(endpoint: Any) -> str:
    """What ``sync()`` returns: the union of the success types, ``Any`` when untyped."""
    types = {r.prop.get_type_string().as_unembedded_code() for r in success_responses(endpoint)}
    return " | ".join(sorted(types)) or "Any"


class Paging(NamedTuple):
    """How an ``iter_<route>`` method walks a paged route (see :func:`paging_of`)."""

    #: The query parameter that moves: ``page`` (a page number) or ``skip`` (an offset).
    by: str
    #: The first page number: the parameter's default in the schema (0 or 1), else 1.
    start: int
    #: With ``skip``: the default of ``limit``, the page size the iterator asks for.
    size: int | None
    #: The answer's attribute holding a page's items; None when the answer is the list.
    items: str | None
    #: The answer's attribute telling how many items there are in all, if any.
    total: str | None
    #: The answer's boolean attribute telling whether more pages follow (``has_more``), if any.
    more: str | None
    #: Whether the answer may be null (``X | None``): then no more items.
    nullable: bool
    #: The type of one item, and the line importing it (None for a builtin type).
    item_type: str
    item_import: str | None


def _default_int(parameter: Any, fallback: int) -> int:
    raw = getattr(getattr(parameter, "default", None), "raw_value", None)
    return raw if isinstance(raw, int) and not isinstance(raw, bool) else fallback


def _name(prop: Any) -> str:
    name = prop.name
    return str(name.get_untrusted_value() if hasattr(name, "get_untrusted_value") else name)


def paging_of(endpoint: Any) -> Paging | None:
    """How to walk ``endpoint`` page after page, or None when it is not paged.

    The rule: a GET without a body, with a ``page`` query parameter (page numbers) or both
    ``skip`` and ``limit`` (offsets), whose one typed 2xx answer is a list, or an object whose
    list property ``items`` (else its only list property) holds the page's items, with
    optionally an integer ``total`` or a boolean ``has_more``. An untyped answer (``Any``) is
    not paged: its shape is unknown.
    """
    if endpoint.method.lower() != "get" or endpoint.bodies:
        return None
    query = {_name(parameter): parameter for parameter in endpoint.query_parameters}
    if "page" in query:
        by, start, size = "page", _default_int(query["page"], 1), None
    elif "skip" in query and "limit" in query:
        by, start, size = "skip", 0, _default_int(query["limit"], 50)
    else:
        return None
    responses = success_responses(endpoint)
    if len(responses) != 1:
        return None
    answer = responses[0].prop
    nullable = False
    if isinstance(answer, UnionProperty):
        inner = [p for p in answer.inner_properties if not isinstance(p, NoneProperty)]
        if len(inner) != 1:
            return None
        answer, nullable = inner[0], True
    if isinstance(answer, ListProperty):
        return Paging(by, start, size, None, None, None, nullable, *_item(answer))
    if not isinstance(answer, ModelProperty):
        return None
    fields = [*(answer.required_properties or []), *(answer.optional_properties or [])]
    lists = [f for f in fields if isinstance(f, ListProperty)]
    named = [f for f in lists if _name(f) == "items"]
    if named:
        lists = named
    if len(lists) != 1:
        return None

    def attribute(name: str, kind: type) -> str | None:
        found = [f for f in fields if _name(f) == name and isinstance(f, kind)]
        return str(found[0].python_name) if found else None

    total = attribute("total", IntProperty)
    more = attribute("has_more", BooleanProperty)
    return Paging(
        by, start, size, str(lists[0].python_name), total, more, nullable, *_item(lists[0])
    )


def _item(listed: Any) -> tuple[str, str | None]:
    inner = listed.inner_property
    code = inner.get_type_string().as_unembedded_code()
    if isinstance(inner, ModelProperty):
        module = inner.class_info.module_name
        return code, f"from .._generated.models.{module} import {inner.class_info.name}"
    return code, None


def is_model_body(endpoint: Any) -> bool:
    """Whether the body is one JSON model, which then also takes a plain dict."""
    bodies = endpoint.bodies
    return (
        len(bodies) == 1
        and bodies[0].body_type == "json"
        and bodies[0].prop.template == "model_property.py.jinja"
    )


def json_alias(prop: Any) -> str | None:
    """The keyword a model's ``__init__`` takes for a field renamed for a Python builtin.

    The generator renames ``type`` to ``type_``; attrs' ``alias`` lets ``EventForm(type=...)``
    work as the JSON reads. A keyword (``import``) cannot be a parameter name: it keeps
    ``import_``.
    """
    name = (
        prop.name.get_untrusted_value() if hasattr(prop.name, "get_untrusted_value") else prop.name
    )
    if str(prop.python_name) != f"{name}_" or not name.isidentifier() or keyword.iskeyword(name):
        return None
    return str(name)


def _json_name(prop: Any) -> str:
    name = prop.name
    return str(name.get_untrusted_value() if hasattr(name, "get_untrusted_value") else name)


#: How wide a line of a model's ``_JSON`` table may be (ruff's limit is 100; the string sits in
#: ``_JSON = _pairs(`` ... ``)``, indented by four).
TABLE_WIDTH = 90


def table_source(properties: list[Any]) -> str:
    """The Python source of a model's ``_JSON``: each JSON key with the attribute holding it,
    as ``owui_sdk._types._pairs`` reads them from one space-separated string (``key``, or
    ``key=attribute`` where they differ), wrapped over as few lines as fit.

    ``to_dict`` is that table walked by ``owui_sdk._types._to_dict``, and ``_FIELDS`` (the
    declared keys, for ``from_dict``) its keys: a line a field (ruff's layout of a literal) made
    these the longest parts of a model. A key that the string cannot hold (a space, ``=``, a
    quote, a backslash, or no character at all) falls back to a tuple literal.
    """
    pairs = [(_json_name(prop), str(prop.python_name)) for prop in properties]
    if any(not key or _UNSPLITTABLE.search(key) for key, _ in pairs):
        return "(" + "".join(f"({json.dumps(k)}, {json.dumps(a)}), " for k, a in pairs) + ")"
    lines: list[str] = []
    for key, attribute in pairs:
        entry = key if key == attribute else f"{key}={attribute}"
        if lines and len(lines[-1]) + 1 + len(entry) <= TABLE_WIDTH:
            lines[-1] += " " + entry
        else:
            lines.append(entry)
    if len(lines) <= 1:
        return f'_pairs("{"".join(lines)}")'
    # A trailing space on every line but the last: the pieces are one string once joined.
    pieces = [f'    "{line} "' for line in lines[:-1]] + [f'    "{lines[-1]}"']
    return "_pairs(\n" + "\n".join(pieces) + "\n)"


_UNSPLITTABLE = re.compile(r"[\s=\\\"']")


def _pascal(tag: str) -> str:
    return "".join(part.capitalize() for part in tag.split("_"))


def render_resources(project: Project, output: Path) -> None:
    """One module per tag with its resource classes, and the client mixins, into ``output``."""
    output.mkdir(parents=True)
    env = project.env
    collections = sorted(project.openapi.endpoint_collections_by_tag.items())
    module = env.get_template("resource.py.jinja")
    renames = load_renames()
    tags = []
    for tag, collection in collections:
        if tag in HAND_WRITTEN_RESOURCES:
            continue
        endpoints = sorted(collection.endpoints, key=lambda e: str(e.name))
        renamed = renames.get(tag, {})
        if renamed:
            # Exactly the renamed routes: the others are the hand-written subclass's, which
            # also walks their pages.
            unknown = set(renamed) - {str(e.name) for e in endpoints}
            if unknown:
                raise ValueError(f"codegen/renames.json: no {tag} route {sorted(unknown)}")
            endpoints = sorted(
                (e for e in endpoints if str(e.name) in renamed),
                key=lambda e: renamed[str(e.name)].name,
            )
        paged = not renamed and any(paging_of(endpoint) for endpoint in endpoints)
        text = module.render(
            tag=tag,
            class_name=_pascal(tag),
            endpoints=endpoints,
            paged=paged,
            renamed=renamed,
        )
        (output / f"{tag}.py").write_text(text, encoding="utf-8")
        tags.append(tag)
    mixins = env.get_template("resources_init.py.jinja")
    text = mixins.render(
        tags=[(tag, _pascal(tag)) for tag in tags],
        hand_written=HAND_WRITTEN_RESOURCES,
    )
    (output / "__init__.py").write_text(text, encoding="utf-8")


class UnasyncRuleError(Exception):
    """An unasync rule matched nothing, or repeats unasync's own table; the message names it."""


# Prose tokens: docstrings and other strings, comments, and the text of an f-string (one STRING
# token up to Python 3.11, FSTRING_MIDDLE pieces from 3.12).
_PROSE_TOKENS = frozenset({"STRING", "COMMENT", "FSTRING_MIDDLE"})
_INLINE_LITERAL = re.compile(r"``.+?``", re.DOTALL)
_LINE_STARTS = frozenset({"ENCODING", "NEWLINE", "INDENT", "DEDENT"})


def word_bounded(text: str) -> re.Pattern[str]:
    """``text`` as a regex matching it literally, with ``\\b`` at each end that is a word
    character: ``await `` matches in ``x = await f()``, not in ``awaiting``."""
    if not text:
        raise ValueError("an unasync text rule needs a non-empty old text")
    left = r"\b" if re.match(r"\w", text[0]) else ""
    right = r"\b" if re.match(r"\w", text[-1]) else ""
    return re.compile(left + re.escape(text) + right)


def example_spans(text: str) -> list[tuple[int, int]]:
    """Where prose shows code, as sorted, disjoint ``(start, end)`` offsets into ``text``:
    ``inline literals``, and the indented block after a line ending in ``::`` (until a
    non-blank line indented no deeper than that one)."""
    spans = [match.span() for match in _INLINE_LITERAL.finditer(text)]
    lines = text.splitlines(keepends=True)
    # A docstring's first line starts after its quotes: its indentation is that of the lines
    # below it (as inspect.cleandoc and reStructuredText read a docstring).
    first = min((len(line) - len(line.lstrip()) for line in lines[1:] if line.strip()), default=0)
    offset = 0
    block: int | None = None  # indentation of the line that opened the block
    for number, line in enumerate(lines):
        indent = first if number == 0 else len(line) - len(line.lstrip())
        if block is not None and line.strip() and indent <= block:
            block = None
        if block is not None:
            spans.append((offset, offset + len(line)))
        elif line.rstrip().endswith("::"):
            block = indent
        offset += len(line)
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def apply_text_rule(rule: TextRule, text: str) -> tuple[str, int]:
    """``text`` with ``rule`` applied where it belongs, and how many times it matched."""
    pattern = word_bounded(rule.old)
    if rule.where == PROSE:
        return pattern.subn(lambda _: rule.new, text)
    if rule.where != EXAMPLES:
        raise ValueError(f"{rule!r}: where must be {PROSE!r} or {EXAMPLES!r}")
    count = 0
    for start, end in reversed(example_spans(text)):
        part, matched = pattern.subn(lambda _: rule.new, text[start:end])
        text, count = text[:start] + part + text[end:], count + matched
    return text, count


def _count_names(source: str, names: Mapping[str, str], used: Counter[tuple[str, Any]]) -> None:
    """Count the tokens unasync will rename: NAME tokens, and strings that are exactly a name."""
    import tokenize_rt

    for token in tokenize_rt.src_to_tokens(source):
        if token.name == "NAME" and token.src in names:
            used["UNASYNC_NAMES", token.src] += 1
        elif token.name == "STRING" and token.src[1:-1] in names:
            used["UNASYNC_NAMES", token.src[1:-1]] += 1


def _unasync_prose_and_attributes(
    source: str,
    attributes: Mapping[str, str],
    text_rules: Sequence[TextRule],
    used: Counter[tuple[str, Any]],
) -> str:
    """The second pass, over unasync's output: attribute names in code, text rules in prose."""
    import tokenize_rt

    tokens = tokenize_rt.src_to_tokens(source)
    previous = None  # the previous significant token
    in_import = False
    for index, token in enumerate(tokens):
        if token.name in _PROSE_TOKENS:
            text = token.src
            for number, rule in enumerate(text_rules):
                text, matched = apply_text_rule(rule, text)
                used["UNASYNC_TEXT", number] += matched
            tokens[index] = token = token._replace(src=text)
        if token.name in tokenize_rt.NON_CODING_TOKENS:
            continue
        at_line_start = previous is None or previous.name in _LINE_STARTS
        if token.name == "NAME" and token.src in ("import", "from") and at_line_start:
            in_import = True
        elif token.name == "NEWLINE" or token.src == ";":
            in_import = False
        elif (
            token.name == "NAME"
            and token.src in attributes
            and previous is not None
            and previous.src == "."
            and not in_import  # `from .asyncio import x` names a module, not an attribute
        ):
            tokens[index] = token._replace(src=attributes[token.src])
            used["UNASYNC_ATTRIBUTES", token.src] += 1
        previous = token
    return str(tokenize_rt.tokens_to_src(tokens))


def _rule_problems(
    source: Path,
    names: Mapping[str, str],
    attributes: Mapping[str, str],
    text_rules: Sequence[TextRule],
    used: Counter[tuple[str, Any]],
) -> list[str]:
    """One line per rule that matched nothing in ``source`` or repeats unasync's own table."""
    import unasync

    # What unasync does with a name by itself (unasync==0.6.0 is pinned: its per-name method).
    default = unasync.Rule("/_async/", "/_sync/")
    redundant = [
        f"UNASYNC_NAMES[{old!r}] = {new!r}: unasync does that by itself; remove the rule"
        for old, new in names.items()
        if default._unasync_name(old) == new
    ]
    unused = [
        *(f"UNASYNC_NAMES[{old!r}] = {new!r}" for old, new in names.items()),
        *(f"UNASYNC_ATTRIBUTES[{old!r}] = {new!r}" for old, new in attributes.items()),
        *(f"UNASYNC_TEXT[{number}] = {rule!r}" for number, rule in enumerate(text_rules)),
    ]
    keys = [
        *(("UNASYNC_NAMES", old) for old in names),
        *(("UNASYNC_ATTRIBUTES", old) for old in attributes),
        *(("UNASYNC_TEXT", number) for number in range(len(text_rules))),
    ]
    where = source.relative_to(ROOT) if source.is_relative_to(ROOT) else source
    return redundant + [
        f"{line}: matched nothing in {where}; remove the rule (or fix it)"
        for line, key in zip(unused, keys, strict=True)
        if not used[key]
    ]


def unasync_facade(
    output: Path,
    source: Path = ASYNC_FACADE,
    *,
    names: Mapping[str, str] | None = None,
    attributes: Mapping[str, str] | None = None,
    text_rules: Sequence[TextRule] | None = None,
) -> None:
    """Write the blocking facade, derived from the async one in ``source``, into ``output``.

    unasync renames code (its own table and ``names``); a second pass over its output renames
    ``attributes`` after a dot and applies ``text_rules`` to prose. The tables default to
    :data:`UNASYNC_NAMES`, :data:`UNASYNC_ATTRIBUTES` and :data:`UNASYNC_TEXT`. Raises
    :class:`UnasyncRuleError`, before writing anything, when a rule matched nothing in
    ``source`` or repeats what unasync does by itself.
    """
    import unasync

    names = UNASYNC_NAMES if names is None else names
    attributes = UNASYNC_ATTRIBUTES if attributes is None else attributes
    text_rules = UNASYNC_TEXT if text_rules is None else text_rules
    used: Counter[tuple[str, Any]] = Counter()
    with tempfile.TemporaryDirectory(prefix="owui-unasync-") as tmp:
        copy = Path(tmp) / "_async"
        shutil.copytree(source, copy, ignore=shutil.ignore_patterns("__pycache__"))
        files = sorted(copy.rglob("*.py"))
        for path in files:
            _count_names(path.read_text(encoding="utf-8"), names, used)
        rule = unasync.Rule("/_async/", "/_sync/", additional_replacements=dict(names))
        unasync.unasync_files([str(p) for p in files], [rule])
        derived = Path(tmp) / "_sync"
        header = (
            "# Generated from src/owui_sdk/_async/{} by `make generate` (unasync). Do not edit.\n"
        )
        for path in sorted(derived.rglob("*.py")):
            text = path.read_text(encoding="utf-8")
            text = _unasync_prose_and_attributes(text, attributes, text_rules, used)
            name = path.relative_to(derived).as_posix()
            path.write_text(header.format(name) + text, encoding="utf-8")
        problems = _rule_problems(source, names, attributes, text_rules, used)
        if problems:
            raise UnasyncRuleError(
                "unasync rules to fix in codegen/generate.py:\n"
                + "\n".join(f"  {problem}" for problem in problems)
            )
        _ruff("check", "--fix-only", "--select", "I,F401,UP", "--exit-zero", str(derived))
        _ruff("format", str(derived))
        shutil.rmtree(output, ignore_errors=True)
        shutil.copytree(derived, output)


def _tree(root: Path) -> dict[str, Path]:
    return {
        str(p.relative_to(root)): p
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def compare(expected: Path, actual: Path) -> list[str]:
    """Differences between two trees, as lines a person can act on."""
    want, have = _tree(expected), _tree(actual)
    problems = [f"missing from the committed tree: {n}" for n in sorted(want.keys() - have.keys())]
    problems += [f"not produced by the generator: {n}" for n in sorted(have.keys() - want.keys())]
    for name in sorted(want.keys() & have.keys()):
        if not filecmp.cmp(want[name], have[name], shallow=False):
            diff = difflib.unified_diff(
                have[name].read_text().splitlines(),
                want[name].read_text().splitlines(),
                f"committed/{name}",
                f"generated/{name}",
                lineterm="",
                n=1,
            )
            problems.append("\n".join(list(diff)[:40]))
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the committed tree differs")
    parser.add_argument("--spec", type=Path, default=SPEC)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="owui-gen-") as tmp:
        output = Path(tmp) / PACKAGE
        errors = generate(output, args.spec)
        for error in errors:
            print(
                f"generator {error.level.value}: {error.header}\n  {error.detail}", file=sys.stderr
            )
        if errors:
            print(f"{len(errors)} generator warnings/errors: fix the normaliser", file=sys.stderr)
            return 1
        sync_output = Path(tmp) / "_sync"
        try:
            unasync_facade(sync_output)
        except UnasyncRuleError as error:
            print(error, file=sys.stderr)
            return 1
        trees = [
            (output, TARGET),
            (Path(tmp) / "api", API_TARGET),
            (Path(tmp) / "_resources", RESOURCES_TARGET),
            (sync_output, SYNC_FACADE),
        ]
        if args.check:
            problems = [
                problem for fresh, committed in trees for problem in compare(fresh, committed)
            ]
            for problem in problems:
                print(problem, file=sys.stderr)
            if problems:
                print("generated code is stale: run `make generate`", file=sys.stderr)
                return 1
            print(f"generated code is up to date ({time.perf_counter() - started:.1f} s)")
            return 0
        for fresh, committed in trees:
            shutil.rmtree(committed, ignore_errors=True)
            shutil.copytree(fresh, committed)
    files = sum(len(_tree(committed)) for _, committed in trees)
    print(f"generated {files} files in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
