"""What ``openapi.json``, the schema the package was generated from, has.

Tests whose subject exists only in some Open WebUI releases (an operation, a form, a field)
ask here instead of pinning 0.12.4's schema, so that the package regenerated for another
release (``make spec OPENWEBUI_VERSION=0.11.4 && make generate``) passes its own tests.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


@cache
def spec() -> dict[str, Any]:
    doc: dict[str, Any] = json.loads((ROOT / "openapi.json").read_text(encoding="utf-8"))
    return doc


def has_operation(method: str, path: str) -> bool:
    """Whether the schema has ``METHOD path`` (the path template)."""
    return method.lower() in spec()["paths"].get(path, {})


def has_schema(name: str) -> bool:
    """Whether the schema has the component schema ``name`` (``ShareChatForm``)."""
    return name in spec()["components"]["schemas"]


def has_property(schema: str, name: str) -> bool:
    """Whether component ``schema`` declares the property ``name`` (its JSON name)."""
    return name in spec()["components"]["schemas"].get(schema, {}).get("properties", {})


def required(schema: str) -> list[str]:
    """The required properties of component ``schema``."""
    names: list[str] = spec()["components"]["schemas"].get(schema, {}).get("required", [])
    return names
