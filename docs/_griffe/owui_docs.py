"""Griffe extension for the docs build only: what mkdocstrings needs to render owui-sdk well.

Nothing in ``src/`` is changed; the objects Griffe loaded are adjusted in memory.

1. **reST in Google-style docstrings.** The docstrings cross-reference the way Sphinx does
   (``:class:`OpenWebUIError```, ``:meth:`get_list```, ``:mod:`owui_sdk.errors```) and
   introduce examples with reST's ``::``. mkdocstrings renders docstrings as Markdown, where
   both would show literally. A role becomes a link (an mkdocs-autorefs reference) to the
   object's heading when the site documents it, plain code otherwise (``httpx.Timeout``:
   there is no inventory to link to offline); ``text::`` and an indented block become
   ``text:`` and a fenced block (Python when it parses). A block that is not Python (the
   exception tree of ``owui_sdk.errors``) is plain text in a ``<pre>``, where Markdown does
   not apply: its reST literals (a name between double backticks) would show their
   backticks, and get one each instead, the plain-text convention; a line wider than the
   page's column (about 80 characters; Material's column stops growing at 1220 pixels) is
   wrapped at ``TEXT_WIDTH``, its note continued under itself and the tree's vertical lines
   carried on, instead of being cut at the column's edge.
   The exception tree (a block whose first line is ``OpenWebUIError``) is drawn again from
   the classes by ``docs/_hooks/error_tree.py``, its notes kept, so that it cannot disagree with
   the code.
   A qualified section title, ``Raises, while iterating:``, is not one Google style knows (the
   section ran into the text as one paragraph): it becomes the line ``While iterating:``
   above a plain ``Raises:`` section.
2. **Private parameters.** ``_retry`` on the clients' ``__init__`` is a test hook: it is left
   out of the signatures, as it is out of the ``Args`` sections.
3. **attrs models.** Griffe builds ``__init__`` for dataclasses but not for ``@attrs.define``
   classes, so every generated model would show no signature. One is built here from the
   annotated fields (``field(init=False)`` left out; a field's ``alias``, such as ``type`` for
   ``type_``, is its keyword), which is what attrs generates.

4. **Lazy modules.** ``owui_sdk``, ``owui_sdk.chats``, ``owui_sdk.models`` and the generated
   models package import their names under ``if TYPE_CHECKING:`` and load them at run time
   from a module ``__getattr__`` (PEP 562). Griffe takes such imports for type-checking only:
   not exposed, so ``from ._generated.models import *`` in ``owui_sdk.models`` brought in
   nothing and ``owui_sdk.chats.ChatForm`` (an alias of ``owui_sdk.models.ChatForm``) could
   not be resolved. In a module with a ``__getattr__``, those imports are marked as available
   at run time, which they are.

5. **Constants as defaults.** ``max_retries: int = DEFAULT_MAX_RETRIES`` names a private
   constant the reader cannot see; a parameter default that is an upper-case name bound to a
   literal (``DEFAULT_MAX_RETRIES = 2`` in ``owui_sdk._retry``) shows the value instead:
   ``max_retries: int = 2``, in the signature and in the table of parameters. Other names
   (``UNSET``, a documented public constant) are kept.

6. **``#:`` comments.** An attribute documented the Sphinx way, by ``#:`` comment lines right
   above its assignment (``#: client.chat.completions.create(...)`` above
   ``self.completions = ...``; ``UNSET``), gets that text as its docstring. Griffe reads only
   docstrings under an attribute, so these attributes had none, and mkdocstrings leaves out
   an attribute without one (``client.chat.completions``, ``stream.response``).

7. **Private type aliases.** ``file: UploadSource`` (``owui_sdk._uploads``) and
   ``files: Iterable[FileToAdd]`` (``owui_sdk._async.knowledge``) name aliases in private
   modules the site does not document: a type name with nowhere to link to. In a signature, an
   alias of a private module (a name bound to a type expression, ``str | os.PathLike[str] |
   ...``) shows its value instead, as the constants of 5 do.

Used from ``mkdocs.yml``: ``plugins.mkdocstrings.handlers.python.options.extensions``.
"""

from __future__ import annotations

import ast
import dataclasses
import html
import importlib.util
import re
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import griffe

# The exception tree of ``owui_sdk.errors``'s docstring is drawn again from the classes, by the
# function the errors guide's hook uses (one drawing for both trees of the site).
_ERRORS_SPEC = importlib.util.spec_from_file_location(
    "_owui_docs_errors", Path(__file__).resolve().parents[1] / "_hooks" / "error_tree.py"
)
assert _ERRORS_SPEC is not None and _ERRORS_SPEC.loader is not None
_ERRORS = importlib.util.module_from_spec(_ERRORS_SPEC)
_ERRORS_SPEC.loader.exec_module(_ERRORS)

# --- 1. reST roles and literal blocks ---------------------------------------------------------

_ROLE = re.compile(
    r":(?:py:)?(?P<role>class|meth|func|mod|attr|data|exc|obj|const):"
    r"`(?P<bang>!)?(?P<tilde>~)?(?P<target>[\w.]+)`"
)
_CALLABLE_ROLES = {"meth", "func"}


def _lookup(obj: griffe.Object, name: str) -> str | None:
    """The canonical path of ``name`` as seen from ``obj``: its classes, then its modules."""
    head, _, rest = name.partition(".")
    scope: griffe.Object | None = obj
    while scope is not None:
        if (scope.is_class or scope.is_module) and head in scope.members:
            member = scope.members[head]
            try:
                path = member.target_path if member.is_alias else member.canonical_path
            except griffe.AliasResolutionError:
                path = f"{scope.path}.{head}"
            return f"{path}.{rest}" if rest else path
        scope = scope.parent  # type: ignore[assignment]
    return None


def _role(obj: griffe.Object, match: re.Match[str]) -> str:
    target = match["target"]
    shown = target.rsplit(".", 1)[-1] if match["tilde"] else target
    if match["role"] in _CALLABLE_ROLES:
        shown += "()"
    code = f"<code>{html.escape(shown)}</code>"
    if match["bang"]:
        return code
    if target.split(".", 1)[0] == obj.package.name:
        path: str | None = target
    elif "." in target:
        path = None  # another package (httpx): nothing to link to without its inventory
    else:
        path = _lookup(obj, target)
    if path is None:
        return code
    # `optional`: a target the site does not document stays plain code instead of failing
    # the strict build.
    return f'<autoref identifier="{html.escape(path)}" optional>{code}</autoref>'


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


#: The widest line of a text block: Material's content column shows about 80 characters of
#: code at 1220 pixels and more (its grid stops growing there), a few less down to 960.
TEXT_WIDTH = 76
_RST_LITERAL = re.compile(r"``(?=\S)(.+?)(?<=\S)``")
_TREE = "│├└─┃┣┗━|"
#: A note: text after two spaces or more that follow text (not a tree's branch).
_NOTE = re.compile(rf"[^\s{_TREE}]( {{2,}})(?=\S)")
_TREE_VERTICAL = "│├└┃┣┗|"


def _wrap_text_line(line: str, below: str) -> list[str]:
    """``line`` cut into lines of at most ``TEXT_WIDTH`` characters, or kept whole.

    Only a line with a note, text after a run of two or more spaces, is wrapped: the note goes
    on under itself, and where ``below``, the next line, has a tree's vertical line or branch,
    the continuation carries a vertical line, so that the tree stays drawn.
    """
    notes = [m.end(1) for m in _NOTE.finditer(line)]
    column = notes[-1] if notes else 0
    if len(line) <= TEXT_WIDTH or not column or TEXT_WIDTH - column < 20:
        return [line]
    parts = textwrap.wrap(line[column:], TEXT_WIDTH - column, break_on_hyphens=False)
    lead = "".join(
        "│" if j < len(below) and below[j] in _TREE_VERTICAL else " " for j in range(column)
    )
    return [line[:column] + parts[0], *(lead + part for part in parts[1:])]


def _text_block(code: str) -> str:
    code = _RST_LITERAL.sub(r"`\1`", code)
    lines = code.split("\n")
    out: list[str] = []
    for i, line in enumerate(lines):
        out += _wrap_text_line(line, lines[i + 1] if i + 1 < len(lines) else "")
    return "\n".join(out)


def _literal_blocks(text: str) -> str:
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i].rstrip()
        if not line.endswith("::") or i + 1 >= len(lines) or lines[i + 1].strip():
            out.append(lines[i])
            i += 1
            continue
        j = i + 1
        while j < len(lines) and (not lines[j].strip() or _indent(lines[j]) > _indent(line)):
            j += 1
        code = textwrap.dedent("\n".join(lines[i + 1 : j])).strip("\n")
        if not code:
            out.append(lines[i])
            i += 1
            continue
        # reST: "text::" reads "text:", "text ::" reads "text", a lone "::" disappears.
        intro = line[:-1]
        if intro.endswith(" :") or not intro.strip(" :"):
            intro = intro[:-1].rstrip()
        if code.startswith(_ERRORS.ROOT):
            code = _ERRORS.redraw(code).rstrip("\n")
        try:
            ast.parse(code)
            lang = "python"
        except SyntaxError:
            lang = "text"
            code = _text_block(code)
        pad = " " * _indent(line)
        if intro.strip():
            out += [intro, ""]
        out += [f"{pad}```{lang}", *(f"{pad}{row}" if row else "" for row in code.split("\n"))]
        out += [f"{pad}```", ""]
        i = j
    return "\n".join(out)


#: ``Raises, while iterating:``: a Google section title with a qualifier.
_QUALIFIED_SECTION = re.compile(
    r"^(?P<indent>[ \t]*)(?P<title>Args|Raises|Returns|Yields|Attributes), (?P<when>[^:\n]+):[ \t]*$",
    re.M,
)


def _qualified_section(match: re.Match[str]) -> str:
    indent, when = match["indent"], match["when"]
    return f"{indent}{when[:1].upper()}{when[1:]}:\n\n{indent}{match['title']}:"


def _rewrite_docstring(obj: griffe.Object) -> None:
    docstring = obj.docstring
    if docstring is None:
        return
    value = docstring.value
    if ", " in value:
        value = _QUALIFIED_SECTION.sub(_qualified_section, value)
    if "::" in value:
        value = _literal_blocks(value)
    if ":`" in value:
        value = _ROLE.sub(lambda m: _role(obj, m), value)
    docstring.value = value


# --- 2. private parameters --------------------------------------------------------------------


def _hide_private_parameters(func: griffe.Function) -> None:
    for name in [p.name for p in func.parameters if p.name.startswith("_")]:
        del func.parameters[name]


# --- 3. attrs models --------------------------------------------------------------------------

_ATTRS_DECORATORS = {"attrs.define", "attrs.frozen", "attrs.mutable", "attr.define", "attr.s"}
_ATTRS_FIELDS = {"attrs.field", "attr.field", "attr.ib"}


def _canonical(expr: Any) -> str | None:
    return getattr(expr, "canonical_path", None)


def _keywords(call: griffe.ExprCall) -> dict[str, Any]:
    return {a.name: a.value for a in call.arguments if isinstance(a, griffe.ExprKeyword)}


def _attrs_init(cls: griffe.Class) -> None:
    if "__init__" in cls.members or not any(
        _canonical(d.value) in _ATTRS_DECORATORS for d in cls.decorators
    ):
        return
    params = [griffe.Parameter("self", kind=griffe.ParameterKind.positional_or_keyword)]
    for member in cls.members.values():
        if member.is_alias or not member.is_attribute or member.annotation is None:
            continue
        if "property" in member.labels or "instance-attribute" not in member.labels:
            continue
        default = member.value
        name = member.name
        if isinstance(default, griffe.ExprCall) and _canonical(default) in _ATTRS_FIELDS:
            kwargs = _keywords(default)
            if kwargs.get("init") == "False":
                continue
            alias = kwargs.get("alias")
            if isinstance(alias, str) and alias[:1] in ('"', "'"):
                # `type_: str = field(alias="type")`: the keyword is `type`, the JSON name.
                name = ast.literal_eval(alias)
            if "factory" in kwargs:
                default = griffe.ExprCall(function=kwargs["factory"], arguments=[])
            else:
                default = kwargs.get("default")
        params.append(
            griffe.Parameter(
                name,
                annotation=member.annotation,
                kind=griffe.ParameterKind.positional_or_keyword,
                default=default,
            )
        )
    init = griffe.Function(
        "__init__",
        lineno=cls.lineno,
        endlineno=cls.lineno,
        parent=cls,
        parameters=griffe.Parameters(*params),
        returns="None",
    )
    cls.set_member("__init__", init)


# --- 4. lazy modules ---------------------------------------------------------------------------


def _expose_lazy_imports(mod: griffe.Module) -> None:
    getattr_ = mod.members.get("__getattr__")
    if getattr_ is None or getattr_.is_alias or not getattr_.is_function:
        return
    for member in mod.members.values():
        if member.is_alias and not member.runtime:
            member.runtime = True


# --- 5. constants as defaults ----------------------------------------------------------------

_CONSTANT = re.compile(r"[A-Z][A-Z0-9_]*")
_KEEP_NAMES = {"UNSET"}


def _functions(obj: griffe.Object) -> Iterator[griffe.Function]:
    for member in obj.members.values():
        if isinstance(member, griffe.Function):
            yield member
        elif isinstance(member, (griffe.Class, griffe.Module)):
            yield from _functions(member)


def _attributes(obj: griffe.Object) -> Iterator[griffe.Attribute]:
    for member in obj.members.values():
        if member.is_alias:
            continue
        if isinstance(member, griffe.Attribute):
            yield member
        elif isinstance(member, (griffe.Class, griffe.Module)):
            yield from _attributes(member)


def _constant_value(pkg: griffe.Module, default: Any) -> str | None:
    """The literal a default names (``DEFAULT_MAX_RETRIES`` -> ``"2"``), else ``None``."""
    if not isinstance(default, griffe.ExprName) or not _CONSTANT.fullmatch(default.name):
        return None
    if default.name in _KEEP_NAMES:
        return None
    try:
        target = pkg.modules_collection[default.canonical_path]
        if target.is_alias:
            target = target.final_target
    except (KeyError, griffe.AliasResolutionError, griffe.CyclicAliasError):
        return None
    if not target.is_attribute or target.value is None:
        return None
    value = str(target.value)
    try:
        literal = ast.literal_eval(value)
    except (ValueError, SyntaxError):
        return None
    return value if isinstance(literal, (bool, int, float, str, type(None))) else None


def _inline_constant_defaults(pkg: griffe.Module) -> None:
    for func in _functions(pkg):
        for param in func.parameters:
            value = _constant_value(pkg, param.default)
            if value is not None:
                param.default = value


# --- 6. `#:` comments --------------------------------------------------------------------------


def _comment_docstring(attr: griffe.Attribute) -> None:
    if attr.docstring is not None or attr.lineno is None or attr.filepath is None:
        return
    try:
        lines = attr.lines_collection[attr.filepath]  # type: ignore[index]
    except KeyError:
        return
    found: list[str] = []
    i = attr.lineno - 2  # the line above the assignment, 0-based
    while i >= 0 and lines[i].lstrip().startswith("#:"):
        found.insert(0, lines[i].lstrip()[2:].removeprefix(" "))
        i -= 1
    if found:
        attr.docstring = griffe.Docstring(
            "\n".join(found), lineno=i + 2, endlineno=attr.lineno - 1, parent=attr
        )


# --- 7. private type aliases -------------------------------------------------------------------


def _private_alias_value(pkg: griffe.Module, name: griffe.ExprName) -> griffe.Expr | None:
    """The type expression a name in a private module is bound to, else ``None``."""
    try:
        target = pkg.modules_collection[name.canonical_path]
        if target.is_alias:
            target = target.final_target
    except (KeyError, griffe.AliasResolutionError, griffe.CyclicAliasError):
        return None
    if not target.is_attribute or not isinstance(
        target.value, (griffe.ExprBinOp, griffe.ExprSubscript)
    ):
        return None
    if not any(part.startswith("_") for part in target.path.split(".")):
        return None
    return target.value


def _inline_aliases(pkg: griffe.Module, expr: Any, depth: int = 0) -> Any:
    if depth > 5:  # an alias of an alias of ...: stop rather than loop
        return expr
    if isinstance(expr, griffe.ExprName):
        value = _private_alias_value(pkg, expr)
        return expr if value is None else _inline_aliases(pkg, value, depth + 1)
    if isinstance(expr, griffe.Expr) and dataclasses.is_dataclass(expr):
        for fld in dataclasses.fields(expr):
            value = getattr(expr, fld.name)
            if fld.name == "parent":
                continue
            if isinstance(value, griffe.Expr):
                setattr(expr, fld.name, _inline_aliases(pkg, value, depth))
            elif isinstance(value, list):
                setattr(expr, fld.name, [_inline_aliases(pkg, v, depth) for v in value])
    return expr


def _inline_private_aliases(pkg: griffe.Module) -> None:
    for func in _functions(pkg):
        for param in func.parameters:
            if isinstance(param.annotation, griffe.Expr):
                param.annotation = _inline_aliases(pkg, param.annotation)
        if isinstance(func.returns, griffe.Expr):
            func.returns = _inline_aliases(pkg, func.returns)
    for attribute in _attributes(pkg):
        # A result's field (``SyncedFile.status: SyncStatus``) shows its type as well.
        if isinstance(attribute.annotation, griffe.Expr):
            attribute.annotation = _inline_aliases(pkg, attribute.annotation)


class OwuiDocs(griffe.Extension):
    """Adjust owui-sdk's objects for mkdocstrings (see the module docstring)."""

    def on_module_members(self, *, mod: griffe.Module, **kwargs: Any) -> None:
        # Before the loader expands wildcard imports (which skips what is not at run time).
        _expose_lazy_imports(mod)

    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        _rewrite_docstring(pkg)
        # Once the whole package is loaded: the constants live in other modules.
        _inline_constant_defaults(pkg)
        _inline_private_aliases(pkg)

    def on_object(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if isinstance(obj, griffe.Attribute):
            _comment_docstring(obj)
        _rewrite_docstring(obj)
        if obj.is_function:
            _hide_private_parameters(obj)  # type: ignore[arg-type]
        elif obj.is_class:
            _attrs_init(obj)  # type: ignore[arg-type]
