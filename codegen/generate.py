"""``make generate`` / ``make check-generated``: openapi.json -> src/owui_sdk/_generated.

Pipeline: read ``openapi.json`` -> :mod:`codegen.normalize` (in memory) -> openapi-python-client
(pinned) with the templates in ``codegen/templates`` -> ruff (fixed options, no config file, so
the output does not depend on anyone's settings) -> compare with or replace the committed tree.

Any generator warning fails the run: a skipped endpoint or a dropped schema is a bug here.
"""

from __future__ import annotations

import argparse
import difflib
import filecmp
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, ClassVar

from openapi_python_client import Project
from openapi_python_client import schema as oai
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser import properties as _properties
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.properties import AnyProperty
from openapi_python_client.strings import PythonCode, PythonIdentifier

from codegen.normalize import normalize

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.json"
TEMPLATES = ROOT / "codegen" / "templates"
TARGET = ROOT / "src" / "owui_sdk" / "_generated"
PACKAGE = "_generated"
ASYNC_FACADE = ROOT / "src" / "owui_sdk" / "_async"
SYNC_FACADE = ROOT / "src" / "owui_sdk" / "_sync"

# Names unasync changes besides its defaults (async def/await/async with, __aenter__, ...).
UNASYNC_NAMES = {
    "_async": "_sync",
    "AsyncOpenWebUI": "OpenWebUI",
    "AsyncChatsClient": "ChatsClient",
    "AsyncAPIClient": "SyncAPIClient",
    "AsyncClient": "Client",
    "arequest": "request",
    "astream": "stream",
    "aclose": "close",
    "aread": "read",
    "aiter_lines": "iter_lines",
    "async_sleep": "sleep",
    "asyncio": "sync",
    "asyncio_detailed": "sync_detailed",
}
# Prose in docstrings and comments, which unasync leaves alone.
UNASYNC_TEXT = [
    ("async with ", "with "),
    ("async for ", "for "),
    ("await ", ""),
    ("AsyncOpenWebUI", "OpenWebUI"),
    ("AsyncChatsClient", "ChatsClient"),
    ("httpx.AsyncClient", "httpx.Client"),
    (":meth:`aclose`", ":meth:`close`"),
    ("an asyncio application", "a blocking script"),
]


class DictProperty(AnyProperty):
    """A free-form JSON object (``type: object``, no properties, any additional properties).

    Out of the box the generator makes a wrapper class per occurrence (``ChatFormChat``) that
    does not take a plain dict. Users read ``chat["history"]["messages"]``: it is a dict.
    """

    _type_string: ClassVar[str] = "dict[str, Any]"
    _json_type_string: ClassVar[str] = "dict[str, Any]"

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
    _properties.property_from_data = property_from_data  # type: ignore[assignment]
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
    errors = list(project.build())
    (output / "py.typed").write_text("", encoding="utf-8")
    _ruff("check", "--fix-only", "--select", "I,F401,UP", "--exit-zero", str(output))
    _ruff("format", str(output))
    return errors


def unasync_facade(output: Path) -> None:
    """Write the blocking facade, derived from the async one, into ``output``."""
    import unasync

    with tempfile.TemporaryDirectory(prefix="owui-unasync-") as tmp:
        source = Path(tmp) / "_async"
        shutil.copytree(ASYNC_FACADE, source, ignore=shutil.ignore_patterns("__pycache__"))
        rule = unasync.Rule("/_async/", "/_sync/", additional_replacements=UNASYNC_NAMES)
        unasync.unasync_files([str(p) for p in sorted(source.glob("*.py"))], [rule])
        derived = Path(tmp) / "_sync"
        for path in sorted(derived.glob("*.py")):
            text = path.read_text(encoding="utf-8")
            for old, new in UNASYNC_TEXT:
                text = text.replace(old, new)
            header = "# Generated from src/owui_sdk/_async/{} by `make generate` (unasync). Do not edit.\n"
            path.write_text(header.format(path.name) + text, encoding="utf-8")
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
        unasync_facade(sync_output)
        if args.check:
            problems = compare(output, TARGET) + compare(sync_output, SYNC_FACADE)
            for problem in problems:
                print(problem, file=sys.stderr)
            if problems:
                print("generated code is stale: run `make generate`", file=sys.stderr)
                return 1
            print(f"generated code is up to date ({time.perf_counter() - started:.1f} s)")
            return 0
        shutil.rmtree(TARGET, ignore_errors=True)
        shutil.copytree(output, TARGET)
        shutil.rmtree(SYNC_FACADE, ignore_errors=True)
        shutil.copytree(sync_output, SYNC_FACADE)
    files = len(_tree(TARGET))
    print(
        f"generated {TARGET.relative_to(ROOT)}: {files} files in {time.perf_counter() - started:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
