"""JSON made from a schema: the sample answers the model round-trip tests parse and send back."""

from __future__ import annotations

from typing import Any

Schema = dict[str, Any]

#: The unknown key (and its value) put into every object that accepts unknown keys.
EXTRA_KEY = "x_owui_test_unknown"
EXTRA_VALUE = {"nested": [1, "two", None]}


def resolve(schema: Schema, schemas: dict[str, Schema]) -> Schema:
    """``schema``, or the component of ``schemas`` it refers to."""
    ref = schema.get("$ref")
    return schema if ref is None else schemas[ref.rsplit("/", 1)[-1]]


def build(
    schema: Schema, mode: str, schemas: dict[str, Schema], *, extra: bool = True, depth: int = 0
) -> Any:
    """A JSON value that matches ``schema``, its references looked up in ``schemas``.

    ``mode``: ``"minimal"`` fills required fields only; ``"full"`` fills every field with the
    first non-null option; ``"nulls"`` fills every field, choosing null where allowed. With
    ``extra``, objects that accept unknown keys get one (:data:`EXTRA_KEY`) in every mode.
    """
    schema = resolve(schema, schemas)

    def inner(value: Schema, deeper: int) -> Any:
        return build(value, mode, schemas, extra=extra, depth=deeper)

    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return schema["enum"][0]
    options = schema.get("anyOf") or schema.get("oneOf") or schema.get("allOf")
    if options:
        non_null = [o for o in options if o.get("type") != "null"]
        if mode == "nulls" and len(non_null) < len(options):
            return None
        return inner(non_null[0], depth)
    kind = schema.get("type")
    if kind == "string":
        return {"date-time": "2024-01-02T03:04:05+00:00", "date": "2024-01-02"}.get(
            schema.get("format", ""), "text"
        )
    if kind == "integer":
        return 7
    if kind == "number":
        return 1.5
    if kind == "boolean":
        return True
    if kind == "null":
        return None
    if kind == "array":
        if mode == "minimal" or depth > 4 or "items" not in schema:
            return []
        return [inner(schema["items"], depth + 1)]
    if kind == "object" or "properties" in schema:
        properties = schema.get("properties", {})
        required = set(schema.get("required", []))
        value = {
            name: inner(prop, depth + 1)
            for name, prop in properties.items()
            if name in required or (mode != "minimal" and depth <= 4)
        }
        unknown = schema.get("additionalProperties", True)
        if extra and unknown is not False:
            value[EXTRA_KEY] = EXTRA_VALUE if unknown in (True, {}) else inner(unknown, depth + 1)
        return value
    return {"any": ["json", 1]}  # an any-value schema
