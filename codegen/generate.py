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
import difflib
import filecmp
import json
import keyword
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
API_TARGET = ROOT / "src" / "owui_sdk" / "api"
RESOURCES_TARGET = ROOT / "src" / "owui_sdk" / "_resources"
PACKAGE = "_generated"
# Tags with a hand-written resource instead of a generated one, and why.
HAND_WRITTEN_RESOURCES = {
    "chats": "client.chats keeps the documented method names (src/owui_sdk/_async/chats.py)",
}
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
    "_arequest": "_request",
    "AsyncResources": "SyncResources",
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
    project.env.globals.update(
        json_alias=json_alias,
        success_responses=success_responses,
        return_type_of=return_type_of,
        is_model_body=is_model_body,
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
        _ruff("format", str(tree))
    return errors


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


def _pascal(tag: str) -> str:
    return "".join(part.capitalize() for part in tag.split("_"))


def render_resources(project: Project, output: Path) -> None:
    """One module per tag with its resource classes, and the client mixins, into ``output``."""
    output.mkdir(parents=True)
    env = project.env
    collections = sorted(project.openapi.endpoint_collections_by_tag.items())
    module = env.get_template("resource.py.jinja")
    tags = []
    for tag, collection in collections:
        if tag in HAND_WRITTEN_RESOURCES:
            continue
        endpoints = sorted(collection.endpoints, key=lambda e: str(e.name))
        text = module.render(tag=tag, class_name=_pascal(tag), endpoints=endpoints)
        (output / f"{tag}.py").write_text(text, encoding="utf-8")
        tags.append(tag)
    mixins = env.get_template("resources_init.py.jinja")
    text = mixins.render(
        tags=[(tag, _pascal(tag)) for tag in tags], hand_written=HAND_WRITTEN_RESOURCES
    )
    (output / "__init__.py").write_text(text, encoding="utf-8")


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
