"""The unasync step of ``make generate``: src/owui_sdk/_async -> src/owui_sdk/_sync.

Rules are exact (whole tokens in code, whole words in prose), the keyword rules touch only
code shown in prose, and a rule that matches nothing fails the run with its name.
"""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest
import tokenize_rt
from codegen.generate import EXAMPLES, TextRule, UnasyncRuleError, apply_text_rule

from codegen import generate

ROOT = Path(__file__).resolve().parents[2]
SYNC = ROOT / "src" / "owui_sdk" / "_sync"


def derive(
    tmp_path: Path,
    source: str,
    *,
    names: dict[str, str] | None = None,
    attributes: dict[str, str] | None = None,
    text_rules: list[TextRule] | None = None,
) -> str:
    """The blocking twin of one _async module, under the given tables only (empty if None)."""
    folder = tmp_path / "_async"
    folder.mkdir()
    (folder / "module.py").write_text(textwrap.dedent(source), encoding="utf-8")
    output = tmp_path / "_sync"
    generate.unasync_facade(
        output,
        folder,
        names=names or {},
        attributes=attributes or {},
        text_rules=text_rules or [],
    )
    return (output / "module.py").read_text(encoding="utf-8")


# --- code: whole tokens -------------------------------------------------------------------------


def test_code_rules_leave_import_asyncio_and_longer_names_alone(tmp_path: Path) -> None:
    derived = derive(
        tmp_path,
        """
        import asyncio

        from ..api import chats as _api


        async def my_aclose_helper(awaiting: int, response: object) -> None:
            asyncio.get_running_loop()
            await _api.get_chat_by_id.asyncio(awaiting)
            await response.aclose()
        """,
        names={"aclose": "close"},
        attributes={"asyncio": "sync"},
    )
    assert "import asyncio\n" in derived
    assert "    asyncio.get_running_loop()\n" in derived
    assert "def my_aclose_helper(awaiting: int, response: object) -> None:" in derived
    assert "    _api.get_chat_by_id.sync(awaiting)\n" in derived
    assert "    response.close()\n" in derived
    assert "import sync" not in derived


def test_attribute_rule_leaves_import_statements_alone(tmp_path: Path) -> None:
    derived = derive(
        tmp_path,
        """
        from .asyncio import helper
        from .api import (
            asyncio as endpoint,
        )


        async def call(module: object) -> None:
            helper(endpoint); x = 1; await module.asyncio(x)
        """,
        attributes={"asyncio": "sync"},
    )
    assert "from .asyncio import helper" in derived
    assert "    asyncio as endpoint,\n" in derived
    assert "module.sync(x)" in derived


# --- prose: whole words, where they belong ----------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "text"),
    [
        (TextRule("await ", "", EXAMPLES), "``awaiting f()`` and ``unawait g()``"),
        (TextRule("AsyncOpenWebUI", "OpenWebUI"), "MyAsyncOpenWebUI, AsyncOpenWebUIFactory"),
        (TextRule("aclose", "close"), "my_aclose_helper and aclose2"),
        (TextRule("an asyncio application", "a blocking script"), "an asyncio applications"),
    ],
)
def test_text_rules_match_whole_words_only(rule: TextRule, text: str) -> None:
    assert apply_text_rule(rule, text) == (text, 0)


@pytest.mark.parametrize(
    ("rule", "text", "expected"),
    [
        (TextRule("AsyncOpenWebUI", "OpenWebUI"), "``AsyncOpenWebUI``: it", "``OpenWebUI``: it"),
        (
            TextRule("httpx.AsyncClient", "httpx.Client"),
            "an httpx.AsyncClient.",
            "an httpx.Client.",
        ),
        (
            TextRule(":meth:`aclose`", ":meth:`close`"),
            "call :meth:`aclose`::",
            "call :meth:`close`::",
        ),
        (
            TextRule("await ", "", EXAMPLES),
            "For one call: ``await c.get(x)``.",
            "For one call: ``c.get(x)``.",
        ),
    ],
)
def test_text_rules_apply(rule: TextRule, text: str, expected: str) -> None:
    assert apply_text_rule(rule, text) == (expected, 1)


def test_example_rules_leave_english_prose_alone() -> None:
    text = "Callers await the answer, or ``await client.aclose()``."
    rule = TextRule("await ", "", EXAMPLES)
    assert apply_text_rule(rule, text) == ("Callers await the answer, or ``client.aclose()``.", 1)


def test_example_spans_are_inline_literals_and_literal_blocks() -> None:
    text = '"""Use it::\n\n    async with A() as a:\n        await a.b()\n\nThen ``x`` and y.\n"""'
    spans = [text[start:end] for start, end in generate.example_spans(text)]
    assert spans == ["\n    async with A() as a:\n        await a.b()\n\n", "``x``"]


def test_example_block_opened_by_an_indented_docstrings_first_line_ends_with_it() -> None:
    # The token text starts at the quotes: the first line is as deep as the lines below it.
    text = '"""Use it::\n\n        async with A() as a:\n\n    Callers await it.\n    """'
    spans = [text[start:end] for start, end in generate.example_spans(text)]
    assert spans == ["\n        async with A() as a:\n\n"]


def test_text_rule_refuses_an_unknown_place() -> None:
    with pytest.raises(ValueError, match="where must be"):
        apply_text_rule(TextRule("a", "b", "code"), "a")


def test_prose_rules_apply_to_docstrings_comments_and_messages_not_code(tmp_path: Path) -> None:
    derived = derive(
        tmp_path,
        '''
        """``AsyncOpenWebUI``: the client an asyncio application holds."""

        PREFIX = "await "  # not code shown in prose: left as it is


        class AsyncOpenWebUI:
            """Use it as a context manager, or call :meth:`aclose`::

                async with AsyncOpenWebUI() as client:
                    await client.aclose()

            Callers await nothing else.
            """

            def check(self, http: object) -> None:
                # an httpx.AsyncClient only
                raise TypeError(f"must be an httpx.AsyncClient, not {type(http).__name__}")
        ''',
        names={"AsyncOpenWebUI": "OpenWebUI"},
        text_rules=[
            TextRule("async with ", "with ", EXAMPLES),
            TextRule("await ", "", EXAMPLES),
            TextRule("AsyncOpenWebUI", "OpenWebUI"),
            TextRule("httpx.AsyncClient", "httpx.Client"),
            TextRule(":meth:`aclose`", ":meth:`close`"),
            TextRule("an asyncio application", "a blocking script"),
        ],
    )
    assert '"""``OpenWebUI``: the client a blocking script holds."""' in derived
    assert 'PREFIX = "await "' in derived
    assert "class OpenWebUI:" in derived
    assert "or call :meth:`close`::" in derived
    assert "        with OpenWebUI() as client:\n            client.aclose()\n" in derived
    assert "    Callers await nothing else." in derived
    assert "# an httpx.Client only" in derived
    assert 'f"must be an httpx.Client, not {type(http).__name__}"' in derived


# --- every rule is used -------------------------------------------------------------------------

SOURCE = '''
"""``AsyncThing``."""


async def close(response: object) -> None:
    await response.aclose()
'''


@pytest.mark.parametrize(
    ("tables", "named"),
    [
        ({"names": {"aclose": "close", "arequest": "request"}}, "UNASYNC_NAMES['arequest']"),
        ({"attributes": {"asyncio_detailed": "sync_detailed"}}, "'asyncio_detailed'"),
        (
            {"text_rules": [TextRule("async for ", "for ", EXAMPLES)]},
            "UNASYNC_TEXT[0] = TextRule(old='async for ', new='for ', where='examples')",
        ),
        # "Thing" is in the source, but only inside a longer word.
        ({"text_rules": [TextRule("Thing", "Item")]}, "TextRule(old='Thing'"),
    ],
)
def test_an_unused_rule_fails_with_its_name(
    tmp_path: Path, tables: dict[str, Any], named: str
) -> None:
    with pytest.raises(UnasyncRuleError, match="matched nothing") as error:
        derive(tmp_path, SOURCE, **tables)
    assert named in str(error.value)
    assert not (tmp_path / "_sync").exists()


def test_a_rule_unasync_applies_by_itself_fails_with_its_name(tmp_path: Path) -> None:
    with pytest.raises(UnasyncRuleError, match="does that by itself") as error:
        derive(tmp_path, "class AsyncThing: ...\n", names={"AsyncThing": "SyncThing"})
    assert "UNASYNC_NAMES['AsyncThing'] = 'SyncThing'" in str(error.value)


@pytest.mark.parametrize("argv", [["--check"], []], ids=["check-generated", "generate"])
def test_make_generate_and_check_fail_on_an_unused_rule(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
) -> None:
    # Only the unasync step runs; every target is a temporary directory, so nothing committed
    # can be touched even if the check did not fire.
    monkeypatch.setattr(generate, "generate", lambda output, spec: [])
    for name in ("TARGET", "API_TARGET", "RESOURCES_TARGET", "SYNC_FACADE"):
        monkeypatch.setattr(generate, name, tmp_path / name)
    stale = TextRule("NoSuchAsyncWord", "NoSuchWord")  # in no source, now or later
    monkeypatch.setattr(generate, "UNASYNC_TEXT", [*generate.UNASYNC_TEXT, stale])
    assert generate.main(argv) == 1
    assert repr(stale) in capsys.readouterr().err
    assert not any(tmp_path.iterdir())


# --- the real tree ------------------------------------------------------------------------------


def test_the_async_tree_yields_the_committed_sync_tree(tmp_path: Path) -> None:
    output = tmp_path / "_sync"
    generate.unasync_facade(output)  # also: every rule of the tables is used
    assert generate.compare(output, SYNC) == []


def test_the_committed_sync_tree_has_nothing_async_in_code() -> None:
    left = set(generate.UNASYNC_NAMES) | {"async", "await"}
    for path in sorted(SYNC.glob("*.py")):
        tokens = tokenize_rt.src_to_tokens(path.read_text(encoding="utf-8"))
        code = [t for t in tokens if t.name == "NAME"]
        assert not [t.src for t in code if t.src in left or t.src.startswith("Async")], path
        prose = "".join(t.src for t in tokens if t.name in ("STRING", "COMMENT"))
        assert "await " not in prose, path
        assert "AsyncOpenWebUI" not in prose, path
