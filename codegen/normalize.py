"""Rewrite a copy of Open WebUI's OpenAPI schema into what openapi-python-client can generate.

``openapi.json`` itself is never edited; :func:`normalize` returns a new document. Each rule is
a small function, applied in order, and each answers a measured failure of the generator on
Open WebUI's schema (see ``codegen/README.md``):

* :func:`assign_untagged` - operations FastAPI left without a tag join their router's tag.
* :func:`tag_root_operations` - what is still untagged (Open WebUI's main app: version, health,
  config, models, completions, tasks...) gets the tag :data:`ROOT_TAG`, so it becomes the
  ``system`` resource and package, not the generator's ``default``.
* :func:`name_operations` - module and function names are FastAPI's route names (the
  operationId without its path-and-method suffix), made unique per tag by a fixed rule.
* :func:`fix_path_parameters` - path parameters declared ``int | None`` become ``int`` (a path
  segment cannot be null); parameters written in the path but not declared are declared as
  strings.
* :func:`type_silent_responses` - routes whose 200 answer has no schema get the one their router
  returns (``codegen/responses.py``: ``RESPONSES``, ``SCHEMAS``).
* :func:`drop_impossible_null` - a ``Model | None`` answer of a route whose handler never
  returns ``None`` becomes ``Model`` (``codegen/responses.py``: ``NEVER_NULL``).
* :func:`prefix_colliding_titles` - schemas sharing a title get a prefix from their module.
* :func:`name_body_schemas` - FastAPI's automatic body schemas (``Body_upload_file_api_v1_files__post``)
  are named from their route: ``UploadFileBody``.
* :func:`drop_mutable_defaults` - ``{}`` and ``[]`` defaults are dropped: the field is left
  unset, not sent, and the server applies its own default.
* :func:`inline_any_refs` - references to an empty ("any JSON") schema become ``{}``, so
  objects of them are plain dicts.
* :func:`mark_binary_strings` - uploaded files (``contentMediaType: application/octet-stream``)
  become ``format: binary``, so they are sent as file parts.
* :func:`tidy_descriptions` - an operation's description that documents Open WebUI's own handler
  (its ``Args:``/``Returns:`` sections, "This handler:") keeps only the prose a caller needs;
  what its ``Args:`` says of a query parameter becomes that parameter's description.
"""

from __future__ import annotations

import copy
import re
from collections import defaultdict
from collections.abc import Iterator, Mapping
from typing import Any

from codegen import responses

#: The tag of the operations no router declares (Open WebUI's ``main.py``): the ``system``
#: resource (``client.system``) and package (``owui_sdk.api.system``).
ROOT_TAG = "system"

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_METHOD_SUFFIX = re.compile(r"_(?:" + "|".join(HTTP_METHODS) + r")$")
_PARAM = re.compile(r"^\{(\w+)\}$")

Schema = dict[str, Any]


def normalize(schema: Schema) -> Schema:
    """Return a normalised deep copy of ``schema``; the argument is left untouched."""
    doc = copy.deepcopy(schema)
    assign_untagged(doc)
    tag_root_operations(doc)
    name_operations(doc)
    fix_path_parameters(doc)
    type_silent_responses(doc)
    drop_impossible_null(doc)
    prefix_colliding_titles(doc)
    name_body_schemas(doc)
    drop_mutable_defaults(doc)
    inline_any_refs(doc)
    mark_binary_strings(doc)
    tidy_descriptions(doc)
    return doc


def iter_operations(doc: Schema) -> Iterator[tuple[str, str, Schema]]:
    """Yield ``(path, method, operation)`` for every operation, in document order."""
    for path, item in doc.get("paths", {}).items():
        for method, operation in item.items():
            if method in HTTP_METHODS:
                yield path, method, operation


# --- tags -----------------------------------------------------------------------------------


def _router_prefix(path: str) -> str | None:
    # "/api/v1/chats/{id}/x" -> "/api/v1/chats/"; a router's routes all live below it.
    match = re.match(r"^(/api/v1/[^/{}]+/)", path)
    return match.group(1) if match else None


def assign_untagged(doc: Schema) -> None:
    """Give an untagged operation the tag its router's other operations carry.

    FastAPI leaves a route untagged when it is declared without the router's tag (0.12.4:
    ``POST /api/v1/chats/{id}/messages/{message_id}/resolve``). An operation strictly below
    ``/api/v1/<segment>/`` takes the one tag every tagged operation there shares; anything
    else stays untagged (the generator's ``default`` collection).
    """
    tags_by_prefix: dict[str, set[str]] = defaultdict(set)
    for path, _, operation in iter_operations(doc):
        prefix = _router_prefix(path)
        if prefix and operation.get("tags"):
            tags_by_prefix[prefix].add(operation["tags"][0])
    for path, _, operation in iter_operations(doc):
        if operation.get("tags"):
            continue
        prefix = _router_prefix(path)
        tags = tags_by_prefix.get(prefix or "", set())
        if len(tags) == 1:
            operation["tags"] = [next(iter(tags))]


def tag_root_operations(doc: Schema) -> None:
    """Tag every operation still untagged with :data:`ROOT_TAG`.

    Left alone, the generator files them under ``default``, a name that says nothing; these
    are the app's own routes (``/api/version``, ``/health``, ``/api/models``,
    ``/api/chat/completions``, ``/api/tasks``, ...).
    """
    for _, _, operation in iter_operations(doc):
        if not operation.get("tags"):
            operation["tags"] = [ROOT_TAG]


# --- operation names ------------------------------------------------------------------------


def route_name(path: str, operation_id: str) -> str:
    """FastAPI's route name from its generated operationId.

    FastAPI builds ``operationId`` as ``re.sub(r"\\W", "_", name + path) + "_" + method``,
    taking ``method`` from a set: routes serving several methods share one id, ending in
    whichever method came first. Any method suffix is stripped, then the path.
    """
    stem = _METHOD_SUFFIX.sub("", operation_id)
    path_part = re.sub(r"\W", "_", path)
    if stem.endswith(path_part) and len(stem) > len(path_part):
        return stem[: -len(path_part)]
    # Not FastAPI's pattern (a hand-set operationId): keep it whole.
    return operation_id


def _segments(path: str) -> list[str]:
    return path.strip("/").split("/") if path.strip("/") else []


def _segment_words(segment: str) -> str:
    param = _PARAM.match(segment)
    word = f"by_{param.group(1)}" if param else segment
    return re.sub(r"\W+", "_", word).strip("_").lower()


def _path_suffixes(paths: list[str]) -> list[str]:
    """What tells each path apart from the others: the segments between the common prefix and
    the common suffix, ``{param}`` spelled ``by_param``."""
    split = [_segments(p) for p in paths]
    shortest = min(len(s) for s in split)
    head = 0
    while head < shortest and len({s[head] for s in split}) == 1:
        head += 1
    tail = 0
    while tail < shortest - head and len({s[len(s) - 1 - tail] for s in split}) == 1:
        tail += 1
    out = []
    for s in split:
        middle = s[head : len(s) - tail]
        out.append("_".join(w for w in (_segment_words(x) for x in middle) if w))
    return out


def dedupe_names(members: list[tuple[str, str]], name: str) -> list[str]:
    """Unique names for operations ``(path, method)`` that share the route name ``name``.

    The rule, deterministic whatever the document order:

    1. each path contributes what sets it apart from the others (the segments between the
       common prefix and the common suffix; ``{x}`` reads ``by_x``), so ``GET /chats/`` and
       ``GET /chats/list`` become ``name`` and ``name_list``;
    2. operations still sharing a name (same path, several methods) are ordered by method
       (GET, PUT, POST, DELETE, OPTIONS, HEAD, PATCH, TRACE) then path: the first keeps the
       name, the others get ``_<method>``, then ``_2``, ``_3``... if that is taken too.
    """
    suffixes = _path_suffixes([path for path, _ in members]) if len(members) > 1 else [""]
    names = [f"{name}_{suffix}" if suffix else name for suffix in suffixes]
    return _make_unique(members, names, taken=set())


def _order(member: tuple[str, str]) -> tuple[int, str]:
    path, method = member
    return HTTP_METHODS.index(method), path


def _make_unique(members: list[tuple[str, str]], names: list[str], taken: set[str]) -> list[str]:
    """Resolve repeated ``names`` (one per member); ``taken`` are names already in use."""
    names = list(names)
    by_name: dict[str, list[int]] = defaultdict(list)
    for index, candidate in enumerate(names):
        by_name[candidate].append(index)
    used = set(taken) | set(names)
    for candidate, indexes in by_name.items():
        ordered = sorted(indexes, key=lambda i: _order(members[i]))
        keep = 0 if candidate not in taken else None
        for position, i in enumerate(ordered):
            if position == keep:
                continue
            new = f"{candidate}_{members[i][1]}"
            counter = 2
            while new in used:
                new = f"{candidate}_{counter}"
                counter += 1
            used.add(new)
            names[i] = new
    return names


def name_operations(doc: Schema) -> None:
    """Set each ``operationId`` to a readable route name, unique within its tag.

    Names come from :func:`route_name`, made unique per route by :func:`dedupe_names`; a name
    that dedupe made up and that still meets another route's name in the tag is resolved by
    the same rule (method, then a number), the route owning the bare name keeping it.
    """
    groups: dict[tuple[str, str], list[tuple[str, str, Schema]]] = defaultdict(list)
    for path, method, operation in iter_operations(doc):
        tag = (operation.get("tags") or ["default"])[0]
        base = route_name(path, operation.get("operationId") or _fallback_id(path, method))
        groups[(tag, base)].append((path, method, operation))
    per_tag: dict[str, list[tuple[str, str, Schema, str, str]]] = defaultdict(list)
    for (tag, base), members in groups.items():
        names = dedupe_names([(path, method) for path, method, _ in members], base)
        for (path, method, operation), new_name in zip(members, names, strict=True):
            per_tag[tag].append((path, method, operation, base, new_name))
    for tag, entries in per_tag.items():
        bare = {base for (t, base) in groups if t == tag}
        # A route keeps its own name; names dedupe made up give way to every route's name.
        made_up = [entry for entry in entries if entry[4] != entry[3]]
        fixed = _make_unique(
            [(path, method) for path, method, *_ in made_up],
            [new_name for *_, new_name in made_up],
            taken=bare,
        )
        for entry, new_name in zip(made_up, fixed, strict=True):
            entry[2]["operationId"] = new_name
        for _, _, operation, base, new_name in entries:
            if new_name == base:
                operation["operationId"] = new_name


def _fallback_id(path: str, method: str) -> str:
    # No operationId at all (FastAPI always sets one): method and path as an identifier.
    return re.sub(r"\W+", "_", f"{method}_{path}").strip("_")


# --- path parameters ------------------------------------------------------------------------


def _non_null(schema: Schema) -> Schema:
    options = schema.get("anyOf")
    if not options:
        return schema
    kept = [option for option in options if option.get("type") != "null"]
    if len(kept) != 1:
        return schema
    merged = {k: v for k, v in schema.items() if k != "anyOf"}
    merged.update(kept[0])
    return merged


def fix_path_parameters(doc: Schema) -> None:
    """Make every path parameter declared, required and non-nullable."""
    for path, _, operation in iter_operations(doc):
        params = operation.setdefault("parameters", [])
        declared = {p["name"] for p in params if p.get("in") == "path"}
        for param in params:
            if param.get("in") == "path":
                param["required"] = True
                param["schema"] = _non_null(param.get("schema", {}))
        for name in re.findall(r"\{(\w+)\}", path):
            if name not in declared:
                params.append(
                    {
                        "name": name,
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string", "title": name.replace("_", " ").title()},
                    }
                )
        if not params:
            del operation["parameters"]


# --- answers --------------------------------------------------------------------------------


def _operation(doc: Schema, key: str) -> Schema | None:
    method, _, path = key.partition(" ")
    found = doc.get("paths", {}).get(path, {}).get(method.lower())
    return found if isinstance(found, dict) else None


def _json_answer(operation: Schema) -> Schema | None:
    # The media object of the 200 answer (its "schema" is what the generator types).
    media = operation.get("responses", {}).get("200", {}).get("content", {})
    found = media.get("application/json")
    return found if isinstance(found, dict) else None


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield ref.rsplit("/", 1)[-1]
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _needed_refs(
    schema: Schema, schemas: Mapping[str, Schema], schemas_needed: Mapping[str, Schema]
) -> set[str]:
    """The schemas ``schema`` refers to, and those the data's schemas it adds refer to in turn
    (two answers sharing one small model: ``FolderUnreadCounts``)."""
    found: set[str] = set()
    pending = list(_refs(schema))
    while pending:
        ref = pending.pop()
        if ref in found:
            continue
        found.add(ref)
        if ref not in schemas and ref in schemas_needed:
            pending.extend(_refs(schemas_needed[ref]))
    return found


def type_silent_responses(
    doc: Schema,
    answers: Mapping[str, responses.Answer] | None = None,
    schemas_needed: Mapping[str, Schema] | None = None,
) -> None:
    """Give a route whose 200 answer has an empty schema the answer its router returns.

    FastAPI writes a response schema only for a route declared with ``response_model``:
    ``POST /api/v1/folders/`` returns a ``FolderModel`` (``routers/folders.py``) but declares
    nothing, so the generator typed its answer ``Any``. :data:`codegen.responses.RESPONSES`
    records each such route's answer with the router line that returns it;
    :data:`codegen.responses.SCHEMAS` the models it needs that the document lacks (added only
    when no schema has that name). An entry is left out, not forced, where the document has
    no such operation, already types its answer (the schema's own word wins), or lacks a
    schema the entry refers to: an older release regenerates with what applies to it.
    :func:`stale_responses` names such entries for the targeted schema. ``answers`` and
    ``schemas_needed`` default to that data.
    """
    answers = responses.RESPONSES if answers is None else answers
    schemas_needed = responses.SCHEMAS if schemas_needed is None else schemas_needed
    schemas = doc.setdefault("components", {}).setdefault("schemas", {})
    for key, answer in answers.items():
        operation = _operation(doc, key)
        media = _json_answer(operation) if operation is not None else None
        if media is None or media.get("schema"):
            continue
        refs = _needed_refs(answer.schema, schemas, schemas_needed)
        if any(ref not in schemas and ref not in schemas_needed for ref in refs):
            continue
        # A schema the data adds, only when a route of this document needs it.
        for ref in sorted(refs - set(schemas)):
            schemas[ref] = copy.deepcopy(schemas_needed[ref])
        media["schema"] = copy.deepcopy(answer.schema)


def drop_impossible_null(doc: Schema, never_null: Mapping[str, str] | None = None) -> None:
    """Make the ``Model | None`` answer of a route that never answers ``null`` a ``Model``.

    FastAPI declares ``response_model=Optional[Model]`` as ``anyOf [Model, null]``, and the
    generated function returned ``Model | None`` even where the handler raises
    ``HTTPException`` on every path that has no model (``GET /api/v1/notes/{id}``): callers
    checked for a ``None`` that never comes. :data:`codegen.responses.NEVER_NULL` lists the
    routes whose handler shows it, with the lines (the default of ``never_null``); their
    answer keeps only the model.
    """
    for key in responses.NEVER_NULL if never_null is None else never_null:
        operation = _operation(doc, key)
        media = _json_answer(operation) if operation is not None else None
        if media is None:
            continue
        options = media.get("schema", {}).get("anyOf")
        if not options:
            continue
        kept = [option for option in options if option.get("type") != "null"]
        if len(kept) == 1 and len(kept) < len(options):
            media["schema"] = kept[0]


#: Why an entry of ``codegen/responses.py`` does not apply to a document (:func:`stale_responses`).
ABSENT = "no such operation with a JSON 200 answer"
TYPED = "the schema types its answer now"
NOT_OPTIONAL = "its answer is not Model | None"


def stale_responses(doc: Schema) -> dict[str, str]:
    """The entries of ``codegen/responses.py`` that do not apply to ``doc`` (a raw schema,
    before :func:`normalize`), ``"RESPONSES[key]"`` or ``"NEVER_NULL[key]"`` -> why:
    :data:`ABSENT` (the release lacks the operation), :data:`TYPED` (remove the entry: the
    schema's own word wins) or :data:`NOT_OPTIONAL`. For the targeted release only operations
    it lacks may be listed (a unit test checks it), so a new release shows what to review."""
    stale: dict[str, str] = {}
    for key in responses.RESPONSES:
        operation = _operation(doc, key)
        media = _json_answer(operation) if operation is not None else None
        if media is None:
            stale[f"RESPONSES[{key}]"] = ABSENT
        elif media.get("schema"):
            stale[f"RESPONSES[{key}]"] = TYPED
    for key in responses.NEVER_NULL:
        operation = _operation(doc, key)
        media = _json_answer(operation) if operation is not None else None
        options = (media or {}).get("schema", {}).get("anyOf") or []
        if media is None:
            stale[f"NEVER_NULL[{key}]"] = ABSENT
        elif not any(option.get("type") == "null" for option in options):
            stale[f"NEVER_NULL[{key}]"] = NOT_OPTIONAL
    return stale


# --- schema titles --------------------------------------------------------------------------


def _pascal(text: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^0-9A-Za-z]+", text) if part)


def _module_prefix(key: str) -> str:
    # FastAPI names a colliding model "open_webui__routers__chats__MessageForm": the module
    # that defines it is the segment before the class name.
    parts = key.split("__")
    return _pascal(parts[-2]) if len(parts) >= 3 else ""


def prefix_colliding_titles(doc: Schema) -> None:
    """Give schemas that share a title a prefix from their module: ``ChatsMessageForm``."""
    schemas = doc.get("components", {}).get("schemas", {})
    by_title: dict[str, list[str]] = defaultdict(list)
    for key, schema in schemas.items():
        by_title[schema.get("title") or key].append(key)
    taken = set(by_title)
    for title, keys in by_title.items():
        if len(keys) < 2:
            continue
        for key in keys:
            new_title = _module_prefix(key) + title
            if not _module_prefix(key) or new_title in taken:
                new_title = _pascal(key)
            if new_title in taken:
                raise ValueError(f"schema title {title!r}: no unique name for {key!r}")
            taken.add(new_title)
            schemas[key]["title"] = new_title


def _body_refs(doc: Schema) -> dict[str, list[tuple[str, str]]]:
    """``{component key: [(tag, operationId), ...]}`` for every request body reference."""
    refs: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for _, _, operation in iter_operations(doc):
        for media in operation.get("requestBody", {}).get("content", {}).values():
            ref = media.get("schema", {}).get("$ref", "")
            if ref.startswith("#/components/schemas/"):
                tag = (operation.get("tags") or [ROOT_TAG])[0]
                refs[ref.rsplit("/", 1)[1]].append((tag, operation["operationId"]))
    return refs


def name_body_schemas(doc: Schema) -> None:
    """Name FastAPI's automatic ``Body_<operationId>`` schemas after their route.

    FastAPI makes one for a route whose body is several form fields or files; its title is
    the operationId in PascalCase (``BodyUploadFileApiV1FilesPost``). The route name (set by
    :func:`name_operations`) reads better: ``UploadFileBody``. A name already taken gets the
    tag in front (``OllamaUploadModelBody``); a schema no operation uses keeps its title.
    Runs after :func:`name_operations`.
    """
    schemas = doc.get("components", {}).get("schemas", {})
    taken = {schema.get("title") or key for key, schema in schemas.items()}
    refs = _body_refs(doc)
    for key in sorted(schemas):
        if not key.startswith("Body_") or len(refs.get(key, [])) != 1:
            continue
        tag, route = refs[key][0]
        new_title = _pascal(route) + "Body"
        if new_title in taken:
            new_title = _pascal(tag) + new_title
        if new_title in taken:
            raise ValueError(f"body schema {key!r}: no unique name ({new_title!r} is taken)")
        taken.add(new_title)
        schemas[key]["title"] = new_title


# --- defaults -------------------------------------------------------------------------------


def drop_mutable_defaults(node: Any) -> None:
    """Remove ``{}`` and ``[]`` defaults from every schema.

    The generator refuses them on object fields; on list fields they would become one mutable
    default shared by every instance. Unset, the field is not sent and the server's own
    default applies. Under ``properties`` the keys are field names, not keywords: a field
    called ``default`` is kept.
    """
    if isinstance(node, dict):
        if "default" in node and node["default"] in ({}, []):
            del node["default"]
        for key, value in node.items():
            if key == "properties" and isinstance(value, dict):
                for schema in value.values():
                    drop_mutable_defaults(schema)
            else:
                drop_mutable_defaults(value)
    elif isinstance(node, list):
        for value in node:
            drop_mutable_defaults(value)


# --- references to "any JSON" -----------------------------------------------------------------


def inline_any_refs(doc: Schema) -> None:
    """Replace references to an empty component schema (``JsonValue``: any JSON) with ``{}``.

    The generator makes no class for an empty schema, but does not see through a reference to
    one: an object whose values are ``$ref: JsonValue`` became a wrapper class instead of a
    plain ``dict[str, Any]``.
    """
    schemas = doc.get("components", {}).get("schemas", {})
    empty = {
        f"#/components/schemas/{key}"
        for key, schema in schemas.items()
        if not {k for k in schema if k not in ("title", "description")}
    }
    if empty:
        _inline(doc, empty)


def _inline(node: Any, empty: set[str]) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(value, dict) and value.get("$ref") in empty and len(value) == 1:
                node[key] = {}
            else:
                _inline(value, empty)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            if isinstance(value, dict) and value.get("$ref") in empty and len(value) == 1:
                node[index] = {}
            else:
                _inline(value, empty)


# --- uploaded files -----------------------------------------------------------------------------

_OCTET_STREAM = "application/octet-stream"


def mark_binary_strings(node: Any) -> None:
    """OpenAPI 3.1's ``contentMediaType: application/octet-stream`` (FastAPI's ``UploadFile``)
    becomes 3.0's ``format: binary``, which the generator makes a ``File`` sent as a file part;
    left a plain string, it was sent as a text field and the server answered 422."""
    if isinstance(node, dict):
        if node.get("type") == "string" and node.get("contentMediaType") == _OCTET_STREAM:
            del node["contentMediaType"]
            node["format"] = "binary"
        for value in node.values():
            mark_binary_strings(value)
    elif isinstance(node, list):
        for value in node:
            mark_binary_strings(value)


# --- descriptions -----------------------------------------------------------------------------

#: A Google-style section title on a line of its own, at the left margin of the text.
_SECTION = re.compile(r"^(?P<title>Args|Arguments|Parameters|Params|Returns?|Raises|Yields):\s*$")
#: An entry of an ``Args:`` section: ``name (type): text`` or ``name: text``.
_ARG = re.compile(r"^(?P<name>\w+)\s*(?:\([^)]*\))?\s*:\s*(?P<text>.*)$")
#: A lead-in that introduces what the server's handler does internally, not what the route does.
_HANDLER_LEAD = re.compile(r"^This (?:handler|function|endpoint) ?:$")
_BULLET = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s")


def _indent_of(line: str) -> int:
    return len(line) - len(line.lstrip())


def split_description(text: str) -> tuple[str, dict[str, str]]:
    """``text`` without its docstring sections, and what its ``Args:`` section says per name.

    FastAPI takes a handler's docstring whole as the operation's description, so some of Open
    WebUI's describe the Python function (``request (Request): Request context.``, ``user``,
    ``form_data``) rather than the route: a second ``Parameters`` and ``Returns`` under the
    SDK's own. A section runs from its title to the next unindented line. A Markdown list that
    directly follows a line of text gets the blank line Markdown needs to see it as a list
    (else it ran into the sentence above as one line).
    """
    lines = text.strip("\n").split("\n")
    margin = min((_indent_of(line) for line in lines if line.strip()), default=0)
    lines = [line[margin:] for line in lines]
    kept: list[str] = []
    args: dict[str, str] = {}
    i = 0
    while i < len(lines):
        line = lines[i]
        section = _SECTION.match(line)
        if section is None:
            if not _HANDLER_LEAD.match(line.strip()):
                kept.append(line.rstrip())
            i += 1
            continue
        i += 1
        is_args = section["title"] in ("Args", "Arguments", "Parameters", "Params")
        entry: str | None = None
        entry_indent: int | None = None
        while i < len(lines) and (not lines[i].strip() or _indent_of(lines[i]) > 0):
            body = lines[i]
            i += 1
            if not body.strip() or not is_args:
                continue
            if entry_indent is None:
                entry_indent = _indent_of(body)
            match = _ARG.match(body.strip())
            if _indent_of(body) == entry_indent and match:
                entry = match["name"]
                args[entry] = match["text"].strip()
            elif entry is not None:
                args[entry] = f"{args[entry]} {body.strip()}".strip()
    out: list[str] = []
    in_list = False
    for line in kept:
        if _BULLET.match(line):
            # A bullet indented less than a code block is a list item at the margin.
            line = line.lstrip() if _indent_of(line) < 4 else line
            if out and out[-1].strip() and not in_list:
                out.append("")
            in_list = True
        elif line.strip() and not _indent_of(line):
            in_list = False  # an item's continuation lines are indented
        if line.strip() or (out and out[-1].strip()):
            out.append(line)
    return "\n".join(out).strip(), args


def tidy_descriptions(doc: Schema) -> None:
    """Keep of each operation's description what a caller of the route needs.

    The sections are dropped (:func:`split_description`); an ``Args:`` entry naming one of
    the operation's parameters that has no description of its own becomes its description
    (``calendars.get_events``: ``start``, ``end``, ``calendar_ids``). An entry naming no
    parameter (``request``, ``user``: the handler's own arguments) is dropped.
    """
    for _, _, operation in iter_operations(doc):
        description = operation.get("description")
        if not description:
            continue
        text, args = split_description(description)
        if text:
            operation["description"] = text
        else:
            del operation["description"]
        for param in operation.get("parameters", []):
            found = args.get(param.get("name", ""))
            if found and not param.get("description"):
                # FastAPI writes a parameter's description in both places; the generator
                # reads the schema's.
                param["description"] = found
                param.setdefault("schema", {}).setdefault("description", found)
