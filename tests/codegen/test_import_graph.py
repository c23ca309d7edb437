"""The arrows between owui_sdk's modules go one way, read from the source with ``ast``.

- Generated code (``_generated``, ``api``, ``_resources``) imports nothing from the
  hand-written facade: the facade builds on it, never the reverse, so regenerating cannot
  need the facade and the facade can subclass any resource.
- The modules import each other without a cycle. Every import counts, at the top of a
  module, under ``if TYPE_CHECKING:`` or inside a function: each is an arrow a reader has to
  follow, and a cycle hidden behind a lazy import is still two modules that cannot be
  understood (or moved) apart.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"

GENERATED = ("owui_sdk._generated", "owui_sdk.api", "owui_sdk._resources")
#: The hand-written facade: the clients (both colours), the CLI, and the public modules that
#: re-export them.
FACADE = (
    "owui_sdk._async",
    "owui_sdk._sync",
    "owui_sdk._cli",
    "owui_sdk.chats",
    "owui_sdk.events",
)


@cache
def modules() -> dict[str, tuple[Path, bool]]:
    """Every module of the package: dotted name -> (file, whether it is a package)."""
    found = {}
    for path in sorted((SRC / "owui_sdk").rglob("*.py")):
        parts = list(path.relative_to(SRC).with_suffix("").parts)
        is_package = parts[-1] == "__init__"
        found[".".join(parts[:-1] if is_package else parts)] = (path, is_package)
    return found


def imported(name: str) -> set[str]:
    """The owui_sdk modules that module ``name`` imports, anywhere in it."""
    known = modules()
    path, is_package = known[name]
    here = name.split(".") if is_package else name.split(".")[:-1]
    found: set[str] = set()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    named = _names_not_imports(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name in known)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = here[: len(here) - (node.level - 1)]
                target = ".".join([*base, *([node.module] if node.module else [])])
            else:
                target = node.module or ""
            for alias in node.names:
                submodule = f"{target}.{alias.name}"
                if submodule in known:
                    found.add(submodule)
                elif target in known:
                    found.add(target)
        elif (
            # A submodule's dotted name in a string is an import too:
            # importlib.import_module("owui_sdk._async.files"). (The bare "owui_sdk" is the
            # logger's name.)
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and "." in node.value
            and node.value in known
            and id(node) not in named
        ):
            found.add(node.value)
    found.discard(name)
    return found


def _names_not_imports(tree: ast.AST) -> set[int]:
    """The string constants that name a module without importing it: a logger's name
    (``logging.getLogger("owui_sdk.events")``) and a class's public home
    (``cls.__module__ = "owui_sdk.events"``)."""
    named: set[int] = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute | ast.Name)
            and (node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id)
            == "getLogger"
        ):
            named.update(id(arg) for arg in node.args)
        elif isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Attribute) and target.attr == "__module__"
            for target in node.targets
        ):
            named.add(id(node.value))
    return named


def _within(name: str, packages: tuple[str, ...]) -> bool:
    return any(name == package or name.startswith(package + ".") for package in packages)


def cycles(graph: dict[str, set[str]]) -> list[frozenset[str]]:
    """The strongly connected components of more than one module (Tarjan, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[frozenset[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, edges = work[-1]
            step = next(edges, None)
            if step is not None:
                if step not in index:
                    index[step] = low[step] = len(index)
                    stack.append(step)
                    on_stack.add(step)
                    work.append((step, iter(sorted(graph[step]))))
                elif step in on_stack:
                    low[node] = min(low[node], index[step])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(frozenset(component))
    return found


def test_the_walk_sees_the_facade_and_the_generated_code() -> None:
    # Guards the two checks below against passing on a graph that lost its modules.
    names = set(modules())
    assert {"owui_sdk._async.chats", "owui_sdk._sync.chats", "owui_sdk._resources"} <= names
    assert "owui_sdk._resources.users" in imported("owui_sdk._resources") or any(
        name.startswith("owui_sdk._resources.") for name in imported("owui_sdk._resources")
    )
    assert "owui_sdk._resources.files" in imported("owui_sdk._async.files")


def test_generated_code_imports_nothing_from_the_facade() -> None:
    wrong = {
        f"{name} -> {target}"
        for name in modules()
        if _within(name, GENERATED)
        for target in imported(name)
        if _within(target, FACADE)
    }
    assert not wrong, sorted(wrong)


def test_no_import_cycle() -> None:
    found = cycles({name: imported(name) for name in modules()})
    assert not found, [sorted(cycle) for cycle in found]


def test_a_module_named_in_a_string_is_an_import_unless_it_only_names_it() -> None:
    # The socket's logger is named after owui_sdk.events, and the event types say they belong
    # there: neither loads the module. The lazy attributes of owui_sdk.events do.
    assert "owui_sdk.events" not in imported("owui_sdk._socket")
    assert "owui_sdk.events" not in imported("owui_sdk._event_types")
    assert "owui_sdk._async.events" in imported("owui_sdk.events")


def test_cycles_finds_a_cycle_and_only_it() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert cycles(graph) == [frozenset({"a", "b", "c"})]
    assert cycles({"a": {"b"}, "b": set()}) == []
