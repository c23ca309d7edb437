"""The environment variables the package reads are the ones its documentation names: no
hidden switch (a test hook read by the product, as the migration tests' kill switch was), no
forgotten one. Read from the hand-written source with ``ast``, so that a new variable is found
whatever module reads it."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "src" / "owui_sdk"
# Generated from the schema or from _async: they read nothing _async does not.
GENERATED = {"_generated", "api", "_resources", "_sync"}


def _constants(tree: ast.Module) -> dict[str, str]:
    """The module's ``NAME = "TEXT"`` assignments."""
    found: dict[str, str] = {}
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    found[target.id] = node.value.value
    return found


def _is_environ(node: ast.expr) -> bool:
    # os.environ or a bare environ
    return (isinstance(node, ast.Attribute) and node.attr == "environ") or (
        isinstance(node, ast.Name) and node.id == "environ"
    )


def read_variables(source: str) -> Iterator[ast.expr]:
    """The name arguments of every environment read in ``source``: ``os.environ.get(X)``,
    ``os.environ[X]``, ``os.getenv(X)``, and click's ``envvar=X``."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            func = node.func
            reads = (
                isinstance(func, ast.Attribute)
                and func.attr in ("get", "pop", "setdefault")
                and _is_environ(func.value)
            ) or (isinstance(func, ast.Attribute) and func.attr == "getenv")
            if reads and node.args:
                yield node.args[0]
            for keyword in node.keywords:
                if keyword.arg == "envvar":
                    yield keyword.value
        elif isinstance(node, ast.Subscript) and _is_environ(node.value):
            yield node.slice


def variables_read(source: str) -> set[str]:
    """The variables ``source`` reads, by name (a constant of the module resolved)."""
    constants = _constants(ast.parse(source))
    names: set[str] = set()
    for argument in read_variables(source):
        if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
            names.add(argument.value)
        elif isinstance(argument, ast.Name) and argument.id in constants:
            names.add(constants[argument.id])
        else:
            raise AssertionError(
                f"an environment read by a name not known: {ast.unparse(argument)}"
            )
    return names


def hand_written() -> Iterator[Path]:
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.relative_to(PACKAGE).parts[0] not in GENERATED:
            yield path


def test_the_reader_finds_every_form_of_read() -> None:
    source = (
        "import os\nfrom os import environ\nHOOK = '_SECRET_HOOK'\n"
        "os.environ.get('A')\nos.environ['B']\nos.getenv('C')\nenviron.get(HOOK)\n"
        "click.option('--x', envvar='D')\n"
    )
    assert variables_read(source) == {"A", "B", "C", "D", "_SECRET_HOOK"}


def test_every_variable_the_package_reads_is_documented() -> None:
    docs = "\n".join(
        p.read_text(encoding="utf-8")
        for p in [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
    )
    read = {
        (name, str(path.relative_to(PACKAGE)))
        for path in hand_written()
        for name in variables_read(path.read_text(encoding="utf-8"))
    }
    assert {"OPENWEBUI_API_KEY", "OWUI_TO_API_KEY"} <= {name for name, _ in read}
    undocumented = sorted((name, where) for name, where in read if name not in docs)
    assert undocumented == []
