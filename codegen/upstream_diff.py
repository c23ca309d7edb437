"""What changed between two Open WebUI OpenAPI schemas, for a maintainer about to regenerate.

``python -m codegen.upstream_diff OLD.json NEW.json`` (``make upstream-diff
OPENWEBUI_VERSION=x.y.z`` compares ``openapi.json`` with that release's schema) prints:

* operations added, removed and changed, keyed by ``(METHOD, path)``; for a changed one its
  parameters (added, removed, changed: location, required, schema), request body, success
  response (the 200 or first 2xx), tag, deprecation and operationId - the route name after
  :func:`codegen.normalize.normalize`, which is the generated module's name;
* component schemas added, removed and changed: properties added, removed or retyped,
  ``required`` changes, any other keyword;
* the chats operations of NEW the facade (``src/owui_sdk/_async/chats.py``) does not wrap, by
  the rule of ``tests/facade/test_coverage.py``, and the facade's references to chats
  operations NEW no longer has.

Both documents are normalised first, so the report describes what the generator will see.
``$ref``s compare by schema name and schemas structurally: ``title`` and ``description`` are
ignored unless ``--strict``. ``--json`` prints the same report as JSON. The exit code is 0
whatever changed (it is a report), except with ``--strict`` when NEW breaks a facade import
or call the facade does not adapt to (1); unreadable input is an error (2). The facade
section names each import and call of the facade NEW breaks: operations it calls that NEW
lacks, models (forms, bodies) it imports that NEW lacks or renamed, ``body=`` and keyword
parameters NEW's operation no longer takes.
"""

from __future__ import annotations

import argparse
import ast
import copy
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from codegen.normalize import HTTP_METHODS, iter_operations, normalize

ROOT = Path(__file__).resolve().parents[1]
FACADE = ROOT / "src" / "owui_sdk" / "_async" / "chats.py"
FACADE_CLASS = "AsyncChatsClient"
CHATS_PREFIX = "/api/v1/chats"

Schema = dict[str, Any]
Report = dict[str, Any]

# Keywords that only document a schema: ignored unless --strict.
ANNOTATIONS = frozenset({"title", "description"})
# Keywords whose value is a map of name -> schema, a schema, or a list of schemas.
_SCHEMA_MAPS = frozenset({"properties", "patternProperties", "$defs", "definitions"})
_SCHEMA_VALUES = frozenset(
    {"items", "additionalProperties", "not", "contains", "propertyNames", "if", "then", "else"}
)
_SCHEMA_LISTS = frozenset({"anyOf", "oneOf", "allOf", "prefixItems"})
_MAX_VALUE = 60


# --- structural form ------------------------------------------------------------------------


def ref_name(ref: str) -> str:
    """``#/components/schemas/ChatForm`` -> ``ChatForm``."""
    return ref.rsplit("/", 1)[-1]


def canonical(schema: Any, strict: bool = False) -> Any:
    """``schema`` as compared: ``$ref`` reduced to the schema name and, unless ``strict``,
    ``title``/``description`` dropped (keywords only: a property called ``title`` stays)."""
    if not isinstance(schema, dict):
        return schema
    out: Schema = {}
    for key, value in schema.items():
        if key in ANNOTATIONS and not strict:
            continue
        if key == "$ref" and isinstance(value, str):
            out[key] = ref_name(value)
        elif key in _SCHEMA_MAPS and isinstance(value, dict):
            out[key] = {name: canonical(sub, strict) for name, sub in value.items()}
        elif key in _SCHEMA_VALUES and isinstance(value, dict):
            out[key] = canonical(value, strict)
        elif key in _SCHEMA_LISTS and isinstance(value, list):
            out[key] = [canonical(sub, strict) for sub in value]
        else:
            out[key] = value
    return out


def shape(schema: Any, depth: int = 0) -> str:
    """A one-line picture of a (canonical) schema: ``ChatResponse | null``,
    ``array[TagModel]``, ``object{id, title}``, ``string(date-time)``..."""
    if schema is None:
        return "none"
    if not isinstance(schema, dict):
        return _value(schema)
    if depth > 3:
        return "..."
    if "$ref" in schema:
        return str(schema["$ref"])
    for combinator, joiner in (("anyOf", " | "), ("oneOf", " | "), ("allOf", " & ")):
        if combinator in schema:
            options = [shape(option, depth + 1) for option in schema[combinator]]
            return options[0] if len(options) == 1 else joiner.join(options)
    if "const" in schema:
        return f"const {_value(schema['const'])}"
    if "enum" in schema:
        return "enum(" + "|".join(str(v) for v in schema["enum"]) + ")"
    kind = schema.get("type")
    if isinstance(kind, list):
        return " | ".join(shape({**schema, "type": k}, depth) for k in kind)
    if kind == "array":
        items = schema.get("items")
        return f"array[{shape(items, depth + 1) if items is not None else 'any'}]"
    if kind == "object" or "properties" in schema:
        properties = schema.get("properties") or {}
        if properties:
            names = list(properties)
            listed = ", ".join(names[:6]) + (f", +{len(names) - 6}" if len(names) > 6 else "")
            return "object{" + listed + "}"
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict):
            return f"object[str, {shape(extra, depth + 1)}]"
        return "object"
    if isinstance(kind, str):
        return f"{kind}({schema['format']})" if "format" in schema else kind
    if not {k for k in schema if k not in ANNOTATIONS}:
        return "any"
    return "schema{" + ", ".join(sorted(schema)) + "}"


def _value(value: Any) -> str:
    text = json.dumps(value, sort_keys=True, ensure_ascii=False)
    return text if len(text) <= _MAX_VALUE else text[: _MAX_VALUE - 3] + "..."


def diff_paths(old: Any, new: Any, prefix: str = "") -> list[str]:
    """The leaves where ``old`` and ``new`` differ, as ``path: old -> new``."""
    if old == new:
        return []
    if isinstance(old, dict) and isinstance(new, dict):
        out: list[str] = []
        for key in sorted(set(old) | set(new)):
            where = f"{prefix}.{key}" if prefix else str(key)
            if key not in old:
                out.append(f"{where}: (unset) -> {_value(new[key])}")
            elif key not in new:
                out.append(f"{where}: {_value(old[key])} -> (unset)")
            else:
                out.extend(diff_paths(old[key], new[key], where))
        return out
    if isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
        out = []
        for index, (a, b) in enumerate(zip(old, new, strict=True)):
            out.extend(diff_paths(a, b, f"{prefix}[{index}]"))
        return out
    return [f"{prefix or 'value'}: {_value(old)} -> {_value(new)}"]


def describe_change(old: Any, new: Any, limit: int = 3) -> str:
    """``old -> new`` by shape, or, when the shapes read the same, the differing keywords."""
    if shape(old) != shape(new):
        return f"{shape(old)} -> {shape(new)}"
    paths = diff_paths(old, new)
    more = f"; +{len(paths) - limit} more" if len(paths) > limit else ""
    return "; ".join(paths[:limit]) + more


# --- operations -----------------------------------------------------------------------------


def _method_order(key: tuple[str, str]) -> tuple[str, int]:
    method, path = key
    return path, HTTP_METHODS.index(method.lower())


def operations(doc: Schema) -> dict[tuple[str, str], Schema]:
    """``(METHOD, path) -> operation`` in a fixed order (path, then method)."""
    found = {(method.upper(), path): op for path, method, op in iter_operations(doc)}
    return {key: found[key] for key in sorted(found, key=_method_order)}


def _tag(operation: Schema) -> str:
    return str((operation.get("tags") or ["default"])[0])


def _operation_entry(key: tuple[str, str], operation: Schema) -> Report:
    return {
        "method": key[0],
        "path": key[1],
        "operation_id": operation.get("operationId"),
        "tag": _tag(operation),
    }


def _parameters(operation: Schema, strict: bool) -> dict[tuple[str, str], Schema]:
    out: dict[tuple[str, str], Schema] = {}
    for param in operation.get("parameters", []):
        if "$ref" in param:  # a reference to components/parameters: compare it by name
            out[("$ref", ref_name(param["$ref"]))] = {"$ref": ref_name(param["$ref"])}
            continue
        form: Schema = {
            "required": bool(param.get("required", False)),
            "schema": canonical(param.get("schema", {}), strict),
        }
        for key, value in param.items():
            if key not in {"name", "in", "required", "schema"} | (set() if strict else ANNOTATIONS):
                form[key] = value
        out[(str(param.get("in")), str(param.get("name")))] = form
    return {key: out[key] for key in sorted(out)}


def _param_text(form: Schema) -> str:
    if "$ref" in form:
        return f"$ref {form['$ref']}"
    required = "required" if form["required"] else "optional"
    return f"{required}, {shape(form['schema'])}"


def _content(content: Any, strict: bool) -> dict[str, Any]:
    if not isinstance(content, dict):
        return {}
    return {media: canonical(body.get("schema"), strict) for media, body in sorted(content.items())}


def _request_body(operation: Schema, strict: bool) -> Schema | None:
    body = operation.get("requestBody")
    if body is None:
        return None
    if "$ref" in body:
        return {"$ref": ref_name(body["$ref"])}
    form: Schema = {
        "required": bool(body.get("required", False)),
        "content": _content(body.get("content"), strict),
    }
    if strict and "description" in body:
        form["description"] = body["description"]
    return form


def _body_text(form: Schema | None) -> str:
    if form is None:
        return "none"
    if "$ref" in form:
        return f"$ref {form['$ref']}"
    parts = [
        shape(schema) if media == "application/json" else f"{media}: {shape(schema)}"
        for media, schema in form["content"].items()
    ]
    text = " / ".join(parts) or "no content"
    return text + ("" if form["required"] else " (optional)")


def _success(operation: Schema, strict: bool) -> Schema | None:
    responses = operation.get("responses") or {}
    codes = sorted(code for code in responses if str(code).startswith("2"))
    if not codes:
        return None
    code = "200" if "200" in codes else codes[0]
    response = responses[code]
    if "$ref" in response:
        return {"status": code, "$ref": ref_name(response["$ref"])}
    return {"status": code, "content": _content(response.get("content"), strict)}


def _response_text(form: Schema | None) -> str:
    if form is None:
        return "no 2xx response"
    if "$ref" in form:
        return f"{form['status']} $ref {form['$ref']}"
    parts = [
        shape(schema) if media == "application/json" else f"{media}: {shape(schema)}"
        for media, schema in form["content"].items()
    ]
    return f"{form['status']} " + (" / ".join(parts) or "no content")


def _change(aspect: str, change: str, old: str | None, new: str | None, **extra: Any) -> Report:
    return {"aspect": aspect, "change": change, **extra, "old": old, "new": new}


def operation_changes(old: Schema, new: Schema, strict: bool = False) -> list[Report]:
    """How one operation changed, one entry per item (empty when it did not)."""
    changes: list[Report] = []
    if old.get("operationId") != new.get("operationId"):
        changes.append(
            _change("operationId", "changed", old.get("operationId"), new.get("operationId"))
        )
    if _tag(old) != _tag(new):
        changes.append(_change("tag", "changed", _tag(old), _tag(new)))
    if bool(old.get("deprecated")) != bool(new.get("deprecated")):
        changes.append(
            _change(
                "deprecated",
                "changed",
                str(bool(old.get("deprecated"))).lower(),
                str(bool(new.get("deprecated"))).lower(),
            )
        )
    if strict:
        for field in ("summary", "description"):
            if old.get(field) != new.get(field):
                changes.append(_change(field, "changed", old.get(field), new.get(field)))

    old_params, new_params = _parameters(old, strict), _parameters(new, strict)
    for location, name in sorted(set(old_params) | set(new_params)):
        key = (location, name)
        where = {"name": name, "in": location}
        if key not in old_params:
            changes.append(
                _change("parameter", "added", None, _param_text(new_params[key]), **where)
            )
        elif key not in new_params:
            changes.append(
                _change("parameter", "removed", _param_text(old_params[key]), None, **where)
            )
        elif old_params[key] != new_params[key]:
            a, b = old_params[key], new_params[key]
            details = []
            if a.get("required") != b.get("required"):
                details.append(
                    f"required {str(a.get('required')).lower()} -> {str(b.get('required')).lower()}"
                )
            if a.get("schema") != b.get("schema"):
                details.append("schema " + describe_change(a.get("schema"), b.get("schema")))
            rest_a = {k: v for k, v in a.items() if k not in ("required", "schema")}
            rest_b = {k: v for k, v in b.items() if k not in ("required", "schema")}
            details.extend(diff_paths(rest_a, rest_b))
            changes.append(
                _change(
                    "parameter",
                    "changed",
                    _param_text(a),
                    _param_text(b),
                    **where,
                    detail="; ".join(details),
                )
            )

    old_body, new_body = _request_body(old, strict), _request_body(new, strict)
    if old_body != new_body:
        detail = _detail(_body_text(old_body), _body_text(new_body), old_body, new_body)
        changes.append(
            _change(
                "request body", "changed", _body_text(old_body), _body_text(new_body), detail=detail
            )
        )

    old_ok, new_ok = _success(old, strict), _success(new, strict)
    if old_ok != new_ok:
        detail = _detail(_response_text(old_ok), _response_text(new_ok), old_ok, new_ok)
        changes.append(
            _change(
                "response", "changed", _response_text(old_ok), _response_text(new_ok), detail=detail
            )
        )
    return changes


def _detail(old_text: str, new_text: str, old: Any, new: Any) -> str:
    if old_text != new_text:
        return f"{old_text} -> {new_text}"
    paths = diff_paths(old, new)
    return "; ".join(paths[:3]) + (f"; +{len(paths) - 3} more" if len(paths) > 3 else "")


def diff_operations(old_doc: Schema, new_doc: Schema, strict: bool = False) -> Report:
    old_ops, new_ops = operations(old_doc), operations(new_doc)
    removed_ids = {
        (_tag(op), op.get("operationId")): key for key, op in old_ops.items() if key not in new_ops
    }
    added = []
    for key, op in new_ops.items():
        if key in old_ops:
            continue
        entry = _operation_entry(key, op)
        moved_from = removed_ids.get((_tag(op), op.get("operationId")))
        if moved_from is not None:
            entry["same_name_removed"] = f"{moved_from[0]} {moved_from[1]}"
        added.append(entry)
    removed = [_operation_entry(key, op) for key, op in old_ops.items() if key not in new_ops]
    changed = []
    for key, op in new_ops.items():
        if key in old_ops:
            changes = operation_changes(old_ops[key], op, strict)
            if changes:
                changed.append({**_operation_entry(key, op), "changes": changes})
    return {"added": added, "removed": removed, "changed": changed}


# --- component schemas ----------------------------------------------------------------------


def components(doc: Schema, strict: bool = False) -> dict[str, Any]:
    schemas = doc.get("components", {}).get("schemas", {})
    return {name: canonical(schemas[name], strict) for name in sorted(schemas)}


def schema_changes(old: Any, new: Any) -> list[Report]:
    """How one canonical component schema changed, one entry per item."""
    if old == new:
        return []
    if not isinstance(old, dict) or not isinstance(new, dict):
        return [_change("schema", "changed", shape(old), shape(new))]
    changes: list[Report] = []
    old_props, new_props = old.get("properties") or {}, new.get("properties") or {}
    old_req, new_req = set(old.get("required") or []), set(new.get("required") or [])
    for name in sorted(set(old_props) | set(new_props)):
        if name not in old_props:
            required = "required" if name in new_req else "optional"
            changes.append(
                _change(
                    "property", "added", None, f"{shape(new_props[name])} ({required})", name=name
                )
            )
        elif name not in new_props:
            changes.append(_change("property", "removed", shape(old_props[name]), None, name=name))
        elif old_props[name] != new_props[name]:
            changes.append(
                _change(
                    "property",
                    "changed",
                    shape(old_props[name]),
                    shape(new_props[name]),
                    name=name,
                    detail=describe_change(old_props[name], new_props[name]),
                )
            )
    # "required" for a property that came or went with it says nothing new.
    for name in sorted(new_req - old_req):
        if name in old_props or name not in new_props:
            changes.append(_change("required", "added", None, None, name=name))
    for name in sorted(old_req - new_req):
        if name in new_props or name not in old_props:
            changes.append(_change("required", "removed", None, None, name=name))
    for key in sorted((set(old) | set(new)) - {"properties", "required"}):
        if old.get(key) == new.get(key):
            continue
        before, after = (_keyword(side, key) for side in (old, new))
        if key == "type":
            changes.append(_change("type", "changed", before, after))
        else:
            pair = [{key: side[key]} if key in side else {} for side in (old, new)]
            detail = "; ".join(diff_paths(pair[0], pair[1])[:3])
            changes.append(
                _change(
                    "keyword",
                    "changed",
                    before,
                    after,
                    name=key,
                    detail=detail,
                )
            )
    return changes


def _keyword(schema: Schema, key: str) -> str | None:
    if key not in schema:
        return None
    value = schema[key]
    return value if isinstance(value, str) else _value(value)


def diff_schemas(old_doc: Schema, new_doc: Schema, strict: bool = False) -> Report:
    old_s, new_s = components(old_doc, strict), components(new_doc, strict)
    return {
        "added": [{"name": n, "shape": shape(new_s[n])} for n in new_s if n not in old_s],
        "removed": [{"name": n, "shape": shape(old_s[n])} for n in old_s if n not in new_s],
        "changed": [
            {"name": n, "changes": schema_changes(old_s[n], new_s[n])}
            for n in new_s
            if n in old_s and old_s[n] != new_s[n]
        ],
    }


# --- the facade -----------------------------------------------------------------------------


def read_facade_source(path: Path = FACADE) -> str | None:
    """The facade module's source, or ``None`` when it is not there."""
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return None


def chats_operations(doc: Schema) -> dict[str, tuple[str, str]]:
    """``operationId -> (METHOD, path)`` of every operation under /api/v1/chats of a normalised
    document (the coverage test's rule)."""
    return {
        op["operationId"]: (method.upper(), path)
        for path, method, op in iter_operations(doc)
        if path.startswith(CHATS_PREFIX) and "operationId" in op
    }


def facade_names(source: str) -> tuple[set[str], set[str], set[str]]:
    """``(referenced, imported, allowed)`` of a facade module's source: names used as
    ``<name>.`` in the facade class (the whole module if it has no such class), names imported
    from the generated chats package, and the keys of its ``UNWRAPPED`` dict."""
    tree = ast.parse(source)
    scope: ast.AST = next(
        (n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == FACADE_CLASS), tree
    )
    referenced = {
        node.value.id
        for node in ast.walk(scope)
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
    }
    imported = {
        alias.asname or alias.name
        for node in tree.body
        if isinstance(node, ast.ImportFrom) and (node.module or "").endswith("_generated.api.chats")
        for alias in node.names
    }
    # `from ..api import chats as _api`, then `_api.get_chat_by_id.asyncio(...)`.
    packages = _api_aliases(tree)
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in packages
            and not node.attr.startswith("_")
        ):
            imported.add(node.attr)
            if any(node is n for n in ast.walk(scope)):
                referenced.add(node.attr)
    allowed: set[str] = set()
    for node in tree.body:
        targets: list[ast.expr] = []
        value: ast.expr | None = None
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign):
            targets, value = [node.target], node.value
        named = any(isinstance(t, ast.Name) and t.id == "UNWRAPPED" for t in targets)
        if named and isinstance(value, ast.Dict):
            allowed |= {
                k.value
                for k in value.keys
                if isinstance(k, ast.Constant) and isinstance(k.value, str)
            }
    return referenced, imported, allowed


def _api_aliases(tree: ast.AST) -> set[str]:
    """Names the facade binds to the generated chats package (``from ..api import chats as
    _api``)."""
    return {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[-1] == "api"
        for alias in node.names
        if alias.name == "chats"
    }


def _strings(tree: ast.AST) -> set[str]:
    return {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    }


def facade_breaks(new_doc: Schema, source: str) -> list[Report]:
    """What of NEW breaks the facade's imports and calls: an operation it calls that NEW
    lacks, a model (a form, a body, an answer) it imports that NEW lacks or renamed, a
    ``body=`` or keyword parameter it passes that NEW's operation no longer takes.

    Each entry says whether the facade already adapts (``adapted``): it names the operation
    or the model in a string, as its rule does (``"update_chat_params" not in
    _api.__all__``, ``_require_model("ShareChatForm", ...)``; docs: "When Open WebUI
    releases"). Only the others would break the regenerated package.
    """
    tree = ast.parse(source)
    strings = _strings(tree)
    packages = _api_aliases(tree)
    ops = {
        op["operationId"]: op
        for path, method, op in iter_operations(new_doc)
        if path.startswith(CHATS_PREFIX) and "operationId" in op
    }
    schemas = new_doc.get("components", {}).get("schemas", {})
    models = set(schemas) | {s.get("title") for s in schemas.values() if isinstance(s, dict)}
    breaks: list[Report] = []
    seen: set[tuple[str, str, str]] = set()

    def add(kind: str, name: str, detail: str, guard: str) -> None:
        if (kind, name, detail) in seen:
            return
        seen.add((kind, name, detail))
        entry = {"kind": kind, "name": name, "detail": detail, "adapted": guard in strings}
        breaks.append(entry)

    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and ".models." in f".{node.module or ''}.":
            for alias in node.names:
                if alias.name not in models:
                    add(
                        "model",
                        alias.name,
                        "imported by the facade; NEW has no such schema",
                        alias.name,
                    )
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        target = node.func.value
        if not (
            isinstance(target, ast.Attribute)
            and isinstance(target.value, ast.Name)
            and target.value.id in packages
        ):
            continue
        name = target.attr
        op = ops.get(name)
        if op is None:
            add("operation", name, "called by the facade; NEW has no such chats operation", name)
            continue
        params = {p.get("name") for p in op.get("parameters", [])}
        for keyword in node.keywords:
            arg = keyword.arg
            if arg is None or arg == "client":
                continue
            if arg == "body" and "requestBody" not in op:
                add("body", name, "the facade passes body=; NEW's operation takes no body", name)
            elif arg != "body" and arg not in params and arg.rstrip("_") not in params:
                add(
                    "parameter",
                    name,
                    f"the facade passes {arg}=; NEW's operation has no such parameter",
                    name,
                )
    return breaks


def facade_report(new_doc: Schema, source: str | None, label: str = str(FACADE)) -> Report:
    """The chats operations of ``new_doc`` the facade does not wrap (less ``UNWRAPPED``), and
    the facade's names that ``new_doc`` has no chats operation for."""
    if source is None:
        return {"available": False, "error": f"facade source {label} not found"}
    try:
        referenced, imported, allowed = facade_names(source)
    except SyntaxError as error:
        return {"available": False, "error": f"facade source {label} does not parse: {error}"}
    ops = chats_operations(new_doc)
    ordered = sorted(ops, key=lambda op_id: (*_method_order(ops[op_id]), op_id))
    unwrapped = [
        {"method": ops[o][0], "path": ops[o][1], "operation_id": o}
        for o in ordered
        if o not in referenced and o not in allowed
    ]
    gone = [{"name": n, "in": "import"} for n in sorted(imported - set(ops))]
    gone += [{"name": n, "in": "UNWRAPPED"} for n in sorted(allowed - set(ops))]
    return {
        "available": True,
        "unwrapped": unwrapped,
        "allowed_unwrapped": sorted(allowed & set(ops)),
        "missing_in_new": gone,
        "breaks": facade_breaks(new_doc, source),
    }


# --- the report -----------------------------------------------------------------------------


def _normalized(doc: Schema, label: str, warnings: list[str]) -> Schema:
    try:
        return normalize(doc)
    except Exception as error:  # the report still says what it can
        warnings.append(f"normalize failed on {label} ({error}); compared it as exported")
        return copy.deepcopy(doc)


def build_report(
    old: Schema,
    new: Schema,
    *,
    strict: bool = False,
    facade_source: str | None = None,
    facade_label: str = str(FACADE),
    old_label: str = "OLD",
    new_label: str = "NEW",
) -> Report:
    """The whole report as plain data (what ``--json`` prints)."""
    warnings: list[str] = []
    old_doc = _normalized(old, old_label, warnings)
    new_doc = _normalized(new, new_label, warnings)
    ops = diff_operations(old_doc, new_doc, strict)
    schemas = diff_schemas(old_doc, new_doc, strict)
    changed = any(ops[k] or schemas[k] for k in ("added", "removed", "changed"))
    return {
        "old": old_label,
        "new": new_label,
        "strict": strict,
        "has_changes": changed,
        "warnings": warnings,
        "operations": ops,
        "schemas": schemas,
        "facade": facade_report(new_doc, facade_source, facade_label),
    }


def _op_line(entry: Report) -> str:
    line = f"- {entry['method']} {entry['path']}  {entry['operation_id']} [{entry['tag']}]"
    if "same_name_removed" in entry:
        line += f"  (same name as removed {entry['same_name_removed']})"
    return line


def change_line(change: Report) -> str:
    aspect, kind = change["aspect"], change["change"]
    if aspect == "parameter":
        label = f"parameter {kind}: {change['name']} ({change['in']})"
        if kind == "added":
            return f"- {label}: {change['new']}"
        if kind == "removed":
            return f"- {label}: {change['old']}"
        return f"- {label}: {change['detail']}"
    if aspect == "property":
        if kind == "added":
            return f"- property added: {change['name']}: {change['new']}"
        if kind == "removed":
            return f"- property removed: {change['name']}: {change['old']}"
        return f"- property changed: {change['name']}: {change['detail']}"
    if aspect == "required":
        state = "now required" if kind == "added" else "no longer required"
        return f"- {state}: {change['name']}"
    if aspect == "keyword":
        return f"- {change['name']} changed: {change['detail']}"
    if aspect in ("request body", "response"):
        return f"- {aspect} changed: {change['detail']}"
    old, new = (_or_unset(change[side]) for side in ("old", "new"))
    return f"- {aspect}: {old} -> {new}"


def _or_unset(value: Any) -> str:
    return "(unset)" if value is None else str(value)


def _section(lines: list[str], title: str, items: list[Any]) -> None:
    lines.append("")
    lines.append(f"## {title} ({len(items)})")


def render_text(report: Report) -> str:
    lines = [f"# Open WebUI API changes: {report['old']} -> {report['new']}"]
    if report["strict"]:
        lines.append("(strict: titles and descriptions compared)")
    for warning in report["warnings"]:
        lines.append(f"warning: {warning}")
    ops, schemas = report["operations"], report["schemas"]
    lines.append("")
    lines.append(
        f"Operations: {len(ops['added'])} added, {len(ops['removed'])} removed, "
        f"{len(ops['changed'])} changed. Schemas: {len(schemas['added'])} added, "
        f"{len(schemas['removed'])} removed, {len(schemas['changed'])} changed."
    )
    if not report["has_changes"]:
        lines.append("No changes in operations or schemas.")
    for kind, title in (("added", "Operations added"), ("removed", "Operations removed")):
        if ops[kind]:
            _section(lines, title, ops[kind])
            lines.extend(_op_line(entry) for entry in ops[kind])
    if ops["changed"]:
        _section(lines, "Operations changed", ops["changed"])
        for entry in ops["changed"]:
            lines.append(
                f"### {entry['method']} {entry['path']}  {entry['operation_id']} [{entry['tag']}]"
            )
            lines.extend(change_line(change) for change in entry["changes"])
    for kind, title in (("added", "Schemas added"), ("removed", "Schemas removed")):
        if schemas[kind]:
            _section(lines, title, schemas[kind])
            lines.extend(f"- {entry['name']}: {entry['shape']}" for entry in schemas[kind])
    if schemas["changed"]:
        _section(lines, "Schemas changed", schemas["changed"])
        for entry in schemas["changed"]:
            lines.append(f"### {entry['name']}")
            lines.extend(change_line(change) for change in entry["changes"])
    lines.extend(_facade_lines(report["facade"]))
    return "\n".join(lines) + "\n"


def _facade_lines(facade: Report) -> Iterable[str]:
    yield ""
    if not facade["available"]:
        yield "## Chats operations the facade does not wrap (unknown)"
        yield f"- {facade['error']}"
        return
    unwrapped = facade["unwrapped"]
    allowed = facade["allowed_unwrapped"]
    note = f"; {len(allowed)} more listed in UNWRAPPED" if allowed else ""
    yield f"## Chats operations the facade does not wrap in NEW ({len(unwrapped)}{note})"
    if not unwrapped:
        yield "- none"
    for entry in unwrapped:
        yield f"- {entry['method']} {entry['path']}  {entry['operation_id']}"
    if facade["missing_in_new"]:
        yield ""
        yield f"## Facade names with no chats operation in NEW ({len(facade['missing_in_new'])})"
        for entry in facade["missing_in_new"]:
            where = "imported by the facade" if entry["in"] == "import" else "listed in UNWRAPPED"
            yield f"- {entry['name']} ({where})"
    breaks = facade.get("breaks", [])
    if breaks:
        open_ = [b for b in breaks if not b["adapted"]]
        yield ""
        yield (
            f"## Facade imports and calls NEW breaks ({len(breaks)}; "
            f"{len(open_)} not adapted by the facade)"
        )
        for entry in breaks:
            state = "adapted" if entry["adapted"] else "BREAKS"
            yield f"- {state}: {entry['kind']} {entry['name']}: {entry['detail']}"


def render_json(report: Report) -> str:
    return json.dumps(report, indent=2, ensure_ascii=False) + "\n"


def _load(path: Path) -> Schema:
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        print(f"upstream_diff: cannot read {path}: {error}", file=sys.stderr)
        raise SystemExit(2) from error
    if not isinstance(doc, dict):
        print(f"upstream_diff: {path} is not an OpenAPI document", file=sys.stderr)
        raise SystemExit(2)
    return doc


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path, help="the schema the SDK is generated from")
    parser.add_argument("new", type=Path, help="the schema to compare it with")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument(
        "--strict",
        action="store_true",
        help="also report title and description changes, and exit 1 when NEW breaks a facade"
        " import or call the facade does not adapt to",
    )
    parser.add_argument(
        "--facade", type=Path, default=FACADE, help="the chats facade module (default: %(default)s)"
    )
    args = parser.parse_args(argv)
    report = build_report(
        _load(args.old),
        _load(args.new),
        strict=args.strict,
        facade_source=read_facade_source(args.facade),
        facade_label=str(args.facade),
        old_label=str(args.old),
        new_label=str(args.new),
    )
    sys.stdout.write(render_json(report) if args.json else render_text(report))
    breaks = report["facade"].get("breaks", [])
    if args.strict and any(not entry["adapted"] for entry in breaks):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
