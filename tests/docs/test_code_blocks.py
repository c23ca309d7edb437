"""The README's and the docs' Python code blocks type-check under ``mypy --strict``.

A page's blocks are read in order, as a reader does: those that await (``await``, ``async
for``, ``async with``) are joined into the body of a function whose parameter ``client`` is an
``AsyncOpenWebUI``, the others into one whose ``client`` is an ``OpenWebUI``. So a snippet may
use ``client``, ``chat_id`` and what an earlier block of its colour defined; its imports are
moved to the top of the module. Every page is one module; all are checked in one mypy run. A block that is not Python to run
(a signature shown for reading) is marked ``<!-- no-typecheck -->`` on the line before it.
"""

from __future__ import annotations

import ast
import re
import textwrap
from pathlib import Path

import pytest
from mypy import api as mypy_api

from tests._schema import has_schema

ROOT = Path(__file__).resolve().parents[2]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
_BLOCK = re.compile(
    r"(?P<mark><!-- no-typecheck -->\n)?(?P<indent>[ \t]*)```python\n(?P<code>.*?)```", re.S
)
_AWAITS = re.compile(r"^(?!\s*(?:async )?def ).*\b(?:await |async for |async with )", re.M)
PRELUDE = "from owui_sdk import AsyncOpenWebUI, OpenWebUI\n"


def blocks(text: str) -> list[str]:
    return [textwrap.dedent(m.group("code")) for m in _BLOCK.finditer(text) if not m.group("mark")]


def awaits(code: str) -> bool:
    return bool(_AWAITS.search(code)) and "async def main" not in code


def split_imports(code: str) -> tuple[list[str], str]:
    """The block's top-level import statements, and the block without them."""
    module = compile(code, "<block>", "exec", ast.PyCF_ONLY_AST | ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    assert isinstance(module, ast.Module)
    tree = module
    lines = code.splitlines(keepends=True)
    imports: list[str] = []
    for node in tree.body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            start, end = node.lineno - 1, node.end_lineno or node.lineno
            imports.append("".join(lines[start:end]))
            lines[start:end] = ["\n"] * (end - start)
    return imports, "".join(lines)


def as_module(code: list[str]) -> str:
    """A page's blocks as two functions, one per colour, their imports at the top."""
    imports: list[str] = []
    bodies: dict[bool, list[str]] = {False: [], True: []}
    for block in code:
        found, rest = split_imports(block)
        imports += found
        bodies[awaits(block)].append(rest)
    out = [PRELUDE + "".join(imports)]
    for colour, head in (
        (False, "def _sync_blocks(client: OpenWebUI, chat_id: str) -> None:"),
        (True, "async def _async_blocks(client: AsyncOpenWebUI, chat_id: str) -> None:"),
    ):
        if bodies[colour]:
            body = textwrap.indent("\n".join(bodies[colour]), "    ")
            out.append(f"{head}\n{body}    pass\n")
    return "\n\n".join(out)


def test_imports_move_to_the_top() -> None:
    imports, rest = split_imports("import json\nfrom a import (\n    b,\n)\nx = await f()\n")
    assert imports == ["import json\n", "from a import (\n    b,\n)\n"]
    assert rest.strip() == "x = await f()"


def test_block_extraction_honours_the_marker_and_dedents() -> None:
    text = "```python\na = 1\n```\n<!-- no-typecheck -->\n```python\nb: int = 'x'\n```\n"
    text += "    ```python\n    c = 2\n    ```\n"
    assert blocks(text) == ["a = 1\n", "c = 2\n"]


def test_blocks_that_await_get_an_async_client() -> None:
    module = as_module(["a = await client.chats.get('c')\n", "b = client.chats.get('c')\n"])
    assert "(client: AsyncOpenWebUI, chat_id: str) -> None:\n    a = await" in module
    assert "(client: OpenWebUI, chat_id: str) -> None:\n    b = client" in module
    script = "async def main() -> None:\n    await f()\n"
    assert not awaits(script)


def test_every_page_with_code_type_checks(tmp_path: Path) -> None:
    written = {}
    for page in PAGES:
        code = blocks(page.read_text(encoding="utf-8"))
        if not code:
            continue
        name = re.sub(r"\W", "_", str(page.relative_to(ROOT)))
        module = tmp_path / f"{name}.py"
        module.write_text(as_module(code), encoding="utf-8")
        written[module.name] = page.relative_to(ROOT)
    assert len(written) >= 8, written
    stdout, stderr, status = mypy_api.run(
        [
            "--strict",
            "--no-incremental",
            "--cache-dir=/dev/null",
            "--python-version=3.11",
            # Blocks show calls one after the other; a name bound twice is fine on a page.
            "--allow-redefinition",
            "--disable-error-code=no-redef",
            str(tmp_path),
        ]
    )
    if status != 0:
        for file, page in written.items():
            stdout = stdout.replace(file, str(page))
        pytest.fail(f"mypy --strict on the code blocks:\n{stdout}{stderr}")


def test_the_data_models_page_shows_every_chats_model() -> None:
    # owui_sdk.chats is the one list (itself checked against the facade's signatures): the
    # page must follow it, no model missing, none left over.
    import owui_sdk.chats

    page = (ROOT / "docs" / "reference" / "data-models.md").read_text(encoding="utf-8")
    shown = set(re.findall(r"^::: owui_sdk\.chats\.(\w+)", page, re.M))
    not_models = {"AsyncChatsClient", "ChatsClient", "MessageForm", "UNSET", "Unset"}
    exported = set(owui_sdk.chats.__all__) - not_models
    assert exported <= shown
    # A page may show more only for a package generated from an older schema, which lacks
    # the model (ShareChatForm before Open WebUI 0.12); the published one shows exactly.
    assert not [name for name in shown - exported if has_schema(name)]
