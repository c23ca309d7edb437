"""Export Open WebUI's OpenAPI schema, byte for byte reproducible.

Two sources:

* default: import ``open_webui.main`` inside the Open WebUI venv (run this file with that
  venv's Python) and write ``app.openapi()``;
* ``--url``: read ``/openapi.json`` from a running server (it serves it only with ``ENV=dev``).

The schema is written as Open WebUI produced it: never edited. Normalisation happens in memory,
in ``codegen/normalize.py``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import urllib.request
from pathlib import Path
from typing import Any


def dump(schema: dict[str, Any]) -> str:
    # Key order is FastAPI's (route registration order); it is stable for one release, and
    # keeping it makes the file readable in diffs.
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def from_package() -> dict[str, Any]:
    import importlib.util

    spec = importlib.util.find_spec("open_webui")
    if spec is None or spec.origin is None:
        sys.exit("open_webui is not importable: run this with the Open WebUI venv's python")
    package_dir = Path(spec.origin).parent
    with tempfile.TemporaryDirectory(prefix="owui-spec-") as data_dir:
        # Importing open_webui.main runs database migrations in DATA_DIR and refuses to start
        # without the bundled frontend; everything that would reach the network is off.
        os.environ.update(
            {
                "DATA_DIR": data_dir,
                "FRONTEND_BUILD_DIR": str(package_dir / "frontend"),
                "OFFLINE_MODE": "true",
                "HF_HUB_OFFLINE": "1",
                "WEBUI_SECRET_KEY": "owui-sdk-spec-export",
                "ENABLE_OLLAMA_API": "false",
                "ENABLE_OPENAI_API": "false",
                "ENABLE_API_KEYS": "true",
                # Open WebUI 0.9 refuses to import without an embedding model: name a remote
                # one (never called; the schema does not depend on it).
                "RAG_EMBEDDING_ENGINE": "openai",
                "RAG_OPENAI_API_BASE_URL": "http://127.0.0.1:9/v1",
                "RAG_OPENAI_API_KEY": "owui-sdk-spec-export",
            }
        )
        from open_webui.main import app

        return app.openapi()  # type: ignore[no-any-return]


def from_url(url: str) -> dict[str, Any]:
    if not url.rstrip("/").endswith("openapi.json"):
        url = url.rstrip("/") + "/openapi.json"
    with urllib.request.urlopen(url, timeout=60) as response:
        return json.loads(response.read())  # type: ignore[no-any-return]


def main(argv: list[str] | None = None) -> None:
    if os.environ.get("PYTHONHASHSEED") != "0":
        # FastAPI walks each route's methods as a set: the order of a path's methods, and which
        # method names a shared operationId, follow string hashing. A fixed seed makes the
        # export byte-for-byte reproducible.
        os.environ["PYTHONHASHSEED"] = "0"
        os.execv(sys.executable, [sys.executable, *sys.argv])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="where to write the schema")
    parser.add_argument("--url", help="take the schema from a running server instead")
    args = parser.parse_args(argv)
    schema = from_url(args.url) if args.url else from_package()
    args.out.write_text(dump(schema), encoding="utf-8")
    ops = sum(
        1
        for item in schema.get("paths", {}).values()
        for method in item
        if method in {"get", "put", "post", "delete", "patch", "head", "options", "trace"}
    )
    print(
        f"wrote {args.out}: {len(schema.get('paths', {}))} paths, {ops} operations, "
        f"{len(schema.get('components', {}).get('schemas', {}))} schemas",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
