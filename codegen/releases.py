"""Which Open WebUI release has which operation: the table behind ``NotSupportedByServerError``.

    python -m codegen.releases 0.9.6=a.json 0.10.2=b.json ... --out src/owui_sdk/_releases.json

``make releases`` exports the schema of the last release of each minor line (``RELEASES`` in
the Makefile) with ``codegen/export_spec.py`` from the installed packages and runs this on
them. The table is facts from the schemas, not typed by hand: for each operation, keyed
``"METHOD /path/{template}"`` as the schema spells it, the variants it had, each with the
releases that have it, its request body (the schema's name for it, ``?`` appended when
optional) and its query and header parameters (``?`` appended when optional). One operation a
line, sorted: deterministic, and a new release reads as a diff.

``--check`` compares instead of writing (exit 1 when the file differs).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

from codegen.normalize import iter_operations

ROOT = Path(__file__).resolve().parents[1]
TABLE = ROOT / "src" / "owui_sdk" / "_releases.json"
FORMAT = 1

Schema = dict[str, Any]
_RELEASE = re.compile(r"\d+\.\d+\.\d+")


def release_key(release: str) -> tuple[int, ...]:
    """``"0.10.2"`` -> ``(0, 10, 2)``: releases sort as versions, not as text."""
    return tuple(int(part) for part in release.split("."))


def _optional(name: str, required: bool) -> str:
    return name if required else name + "?"


def _body(operation: Schema) -> str | None:
    body = operation.get("requestBody")
    if not body:
        return None
    for media in body.get("content", {}).values():
        schema = media.get("schema", {})
        # An optional model is anyOf [model, null] in FastAPI's schemas.
        refs = [s["$ref"] for s in schema.get("anyOf", []) if "$ref" in s]
        ref = schema.get("$ref") or (refs[0] if refs else None)
        # An inline body (a list, a free-form object) is named by its JSON type.
        name = str(schema.get("type") or "object") if ref is None else ref.rsplit("/", 1)[-1]
        return _optional(name, bool(body.get("required")))
    return None


def _params(operation: Schema) -> list[str]:
    return [
        _optional(param["name"], bool(param.get("required")))
        for param in operation.get("parameters", [])
        if param.get("in") in ("query", "header")
    ]


def signatures(doc: Schema) -> dict[str, dict[str, Any]]:
    """``"METHOD /path" -> {"body": ..., "params": [...]}`` for every operation of ``doc``."""
    return {
        f"{method.upper()} {path}": {"body": _body(operation), "params": _params(operation)}
        for path, method, operation in iter_operations(doc)
    }


def build_table(docs: dict[str, Schema]) -> dict[str, Any]:
    """The table of ``docs`` (release -> its schema)."""
    releases = sorted(docs, key=release_key)
    per_release = {release: signatures(docs[release]) for release in releases}
    keys = sorted({key for ops in per_release.values() for key in ops})
    operations: dict[str, list[dict[str, Any]]] = {}
    for key in keys:
        variants: list[dict[str, Any]] = []
        for release in releases:
            signature = per_release[release].get(key)
            if signature is None:
                continue
            for variant in variants:
                if (
                    variant["body"] == signature["body"]
                    and variant["params"] == signature["params"]
                ):
                    variant["in"].append(release)
                    break
            else:
                variants.append({"in": [release], **signature})
        operations[key] = variants
    return {"format": FORMAT, "releases": releases, "operations": operations}


def dump(table: dict[str, Any]) -> str:
    """One operation a line; keys in a fixed order."""
    lines = [
        "{",
        f'"format": {table["format"]},',
        f'"releases": {json.dumps(table["releases"])},',
        '"operations": {',
    ]
    items = list(table["operations"].items())
    for index, (key, variants) in enumerate(items):
        comma = "," if index < len(items) - 1 else ""
        lines.append(f"{json.dumps(key)}: {json.dumps(variants, separators=(',', ':'))}{comma}")
    lines += ["}", "}"]
    return "\n".join(lines) + "\n"


def _parse_spec(text: str) -> tuple[str, Path]:
    release, sep, path = text.partition("=")
    if not sep or not _RELEASE.fullmatch(release):
        raise argparse.ArgumentTypeError(f"expected RELEASE=PATH (0.11.4=spec.json), not {text!r}")
    return release, Path(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("specs", nargs="+", type=_parse_spec, metavar="RELEASE=SCHEMA.json")
    parser.add_argument("--out", type=Path, default=TABLE)
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args(argv)
    docs: dict[str, Schema] = {}
    for release, path in args.specs:
        try:
            docs[release] = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            print(f"error: {path}: {exc}", file=sys.stderr)
            return 2
    text = dump(build_table(docs))
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            print(f"{args.out} is stale: run make releases", file=sys.stderr)
            return 1
        return 0
    args.out.write_text(text, encoding="utf-8")
    table = json.loads(text)
    print(
        f"wrote {args.out}: {len(table['operations'])} operations of {', '.join(table['releases'])}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
