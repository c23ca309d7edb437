"""The site checks (``tests/docs/site_check.py``) on small HTML fixtures shaped as mkdocstrings
renders them, each check seen to pass a good page and to name what is wrong on a bad one; and
the exception trees, drawn (``docs/_hooks/error_tree.py``) and written (the docstring of
``owui_sdk.errors``), against the classes."""

from __future__ import annotations

import importlib.util
import textwrap
from pathlib import Path
from types import ModuleType

import pytest

import owui_sdk.errors
import owui_sdk.models
from tests.docs import site_check
from tests.docs.site_check import check_page, check_site, hierarchy, parse_tree, tree_problems

ROOT = Path(__file__).resolve().parents[2]


def table(*rows: tuple[str, str, str]) -> str:
    body = "".join(
        f"<tr class='doc-section-item'><td><code>{name}</code></td><td><code>{kind}</code></td>"
        f"<td><div class='doc-md-description'>{text}</div></td><td><em>required</em></td></tr>"
        for name, kind, text in rows
    )
    return (
        "<table><thead><tr><th>Name</th><th>Type</th><th>Description</th><th>Default</th></tr>"
        f"</thead><tbody>{body}</tbody></table>"
    )


def returns(kind: str, text: str) -> str:
    return (
        "<p><span class='doc-section-title'>Returns:</span></p><table><thead><tr><th>Type</th>"
        f"<th>Description</th></tr></thead><tbody><tr><td><code>{kind}</code></td>"
        f"<td><div class='doc-md-description'><p>{text}</p></div></td></tr></tbody></table>"
    )


def method(name: str, body: str, signature: str = "") -> str:
    return (
        f"<div class='doc doc-object doc-function'><h3 id='pkg.Res.{name}'>{name}</h3>"
        f"<div class='doc-signature highlight'><pre><code>{signature}</code></pre></div>"
        f"<div class='doc doc-contents'>{body}</div></div>"
    )


PARAMETERS = "<p><span class='doc-section-title'>Parameters:</span></p>"


def test_a_described_table_passes() -> None:
    page = method("get", PARAMETERS + table(("user_id", "str", "<p>The user.</p>")))
    assert check_page(page, hierarchy()) == ([], 0)


def test_an_empty_description_cell_is_named() -> None:
    page = method("get", PARAMETERS + table(("user_id", "str", " "), ("q", "str", "<p>x</p>")))
    problems, _ = check_page(page, hierarchy())
    assert problems == ["pkg.Res.get: user_id: empty Description"]


def test_a_returns_row_that_repeats_its_type_is_named() -> None:
    problems, _ = check_page(method("flag", returns("bool", "bool")), hierarchy())
    assert problems == ["pkg.Res.flag: bool: Description repeats the type 'bool'"]
    assert check_page(method("flag", returns("bool", "Whether it was deleted.")))[0] == []


def test_a_doubled_section_is_named_once_per_object() -> None:
    twice = PARAMETERS + table(("a", "int", "A.")) + PARAMETERS + table(("b", "int", "B."))
    problems, _ = check_page(method("embeddings", twice), hierarchy())
    assert problems == ["pkg.Res.embeddings: Parameters: 2 times"]


def test_a_methods_sections_are_not_its_classs() -> None:
    # A class's contents hold its methods' contents: each method's one Parameters section
    # is not the class's second.
    methods = method("a", PARAMETERS + table(("x", "int", "X."))) + method(
        "b", PARAMETERS + table(("y", "int", "Y."))
    )
    page = f"<h2 id='pkg.Res'>Res</h2><div class='doc doc-contents'>{PARAMETERS}{methods}</div>"
    assert check_page(page, hierarchy())[0] == []


LINKED = "<a class='autorefs autorefs-internal' href='m.html#pkg.X'><span title='owui_sdk.models.X'>X</span></a>"
UNLINKED = "<span class='n'><span title='owui_sdk._generated.models.x.X'>X</span></span>"


def test_a_type_of_the_package_in_a_signature_must_be_a_link() -> None:
    assert check_page(method("get", "", signature=f"get() -&gt; {LINKED}"))[0] == []
    problems, _ = check_page(method("get", "", signature=f"get() -&gt; {UNLINKED}"))
    assert problems == ["pkg.Res.get: X (owui_sdk._generated.models.x.X) is not a link"]


def test_names_from_elsewhere_and_the_objects_own_name_need_no_link() -> None:
    signature = (
        "<span title='str'>str</span> <span title='httpx.Timeout'>Timeout</span> "
        "<span title='owui_sdk._sync.streaming.Stream(response)'>Stream</span>"
    )
    assert check_page(method("get", "", signature=signature))[0] == []


def test_a_pipe_shown_with_its_escape_is_named() -> None:
    page = "<h2 id='exit-codes'>x</h2><table><tr><td><code>owui chats export \\| head</code></td></tr></table>"
    assert check_page(page)[0] == [
        "exit-codes: 'owui chats export \\\\| head' shows a backslash before its pipe"
    ]
    assert check_page(page.replace("\\|", "|"))[0] == []


GOOD_TREE = """\
OpenWebUIError
├── APIError
│   ├── APIStatusError              4xx or 5xx
│   │   ├── BadRequestError         400
│   │   ├── AuthenticationError
│   │   ├── PermissionDeniedError
│   │   ├── NotFoundError
│   │   ├── ConflictError
│   │   ├── UnprocessableEntityError
│   │   ├── RateLimitError
│   │   ├── InternalServerError
│   │   └── NotSupportedByServerError
│   ├── APIResponseValidationError
│   ├── APIStreamError
│   └── APIConnectionError
│       └── APITimeoutError
└── FileProcessingError
    └── FileProcessingTimeoutError
"""


def test_parse_tree_reads_each_names_parent() -> None:
    parents = parse_tree(GOOD_TREE)
    assert parents["OpenWebUIError"] is None
    assert parents["APITimeoutError"] == "APIConnectionError"
    assert parents["FileProcessingTimeoutError"] == "FileProcessingError"
    assert parents == hierarchy()


def test_a_tree_unlike_the_classes_is_named() -> None:
    # The drifted trees of the issue: FileProcessingError at the root, one exception missing.
    drawn = GOOD_TREE.replace("└── FileProcessingError\n    └── FileProcessingTimeoutError\n", "")
    drawn = drawn.replace("│   │   └── NotSupportedByServerError\n", "")
    drawn += "FileProcessingError\n└── FileProcessingTimeoutError\n"
    assert tree_problems(parse_tree(drawn), hierarchy()) == [
        "NotSupportedByServerError missing",
        "FileProcessingError drawn under None, its base is OpenWebUIError",
    ]
    page = f"<h2 id='what-is-raised'>x</h2><pre><code>{drawn}</code></pre>"
    problems, trees = check_page(page, hierarchy())
    assert trees == 1 and len(problems) == 2
    assert problems[0] == "what-is-raised: exception tree: NotSupportedByServerError missing"


def test_check_site_counts_the_trees_and_names_the_page(tmp_path: Path) -> None:
    (tmp_path / "guides").mkdir()
    (tmp_path / "guides" / "errors.html").write_text(f"<pre>{GOOD_TREE}</pre>", encoding="utf-8")
    bad = method("get", PARAMETERS + table(("user_id", "str", "")))
    (tmp_path / "index.html").write_text(bad, encoding="utf-8")
    entries = "".join(f'<h2 id="owui_sdk.models.{name}">' for name in owui_sdk.models.__all__)
    (tmp_path / "models.html").write_text(entries, encoding="utf-8")
    assert check_site(tmp_path, min_error_trees=1) == [
        "index.html: pkg.Res.get: user_id: empty Description"
    ]
    assert check_site(tmp_path)[-1] == "1 exception trees drawn, expected 2 or more"
    # A model without an entry; a chats form may have its entry under owui_sdk.chats.
    html = entries.replace('id="owui_sdk.models.ChatForm"', 'id="owui_sdk.chats.ChatForm"')
    (tmp_path / "models.html").write_text(html.replace("models.UserModel", "x"), encoding="utf-8")
    assert check_site(tmp_path, min_error_trees=1)[-1] == "1 public models have no entry: UserModel"
    assert check_site(tmp_path / "nowhere")[0].endswith(
        "no pages (build the site first: make docs)"
    )


def test_main_exits_1_on_a_problem(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    entries = "".join(f'<h2 id="owui_sdk.models.{name}">' for name in owui_sdk.models.__all__)
    page = f"<pre>{GOOD_TREE}</pre>" * 2 + entries
    (tmp_path / "index.html").write_text(page, encoding="utf-8")
    assert site_check.main([str(tmp_path)]) == 0
    assert site_check.main([str(tmp_path), "--min-error-trees", "3"]) == 1
    assert "2 exception trees drawn" in capsys.readouterr().out


# --- the trees as written and as drawn ---------------------------------------------------------


def _error_tree_hook() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "_error_tree_hook", ROOT / "docs" / "_hooks" / "error_tree.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_docstring_of_owui_sdk_errors_draws_the_classes() -> None:
    # help(owui_sdk.errors) shows this tree as written, not redrawn.
    doc = owui_sdk.errors.__doc__ or ""
    block = textwrap.dedent(doc.split("::\n\n", 1)[1].split("\n\n", 1)[0])
    assert tree_problems(parse_tree(block), hierarchy()) == []


def test_the_hook_draws_a_drifted_tree_again_from_the_classes() -> None:
    hook = _error_tree_hook()
    drifted = "OpenWebUIError\n└── APIError\n    └── APIStatusError   4xx or 5xx\n"
    drawn = hook.redraw(drifted)
    assert parse_tree(drawn) == hierarchy()
    lines = drawn.splitlines()
    # A written note is kept; a missing exception gets its docstring's first sentence, and
    # a base from outside the tree is named.
    assert any(line.endswith("APIStatusError                 4xx or 5xx") for line in lines)
    assert any("NotSupportedByServerError" in line and "does not have" in line for line in lines)
    assert any("FileProcessingTimeoutError" in line and "TimeoutError)" in line for line in lines)
    page = f"Intro\n\n```text\n{drifted}```\n\nAfter.\n"
    assert hook.on_page_markdown(page) == f"Intro\n\n```text\n{drawn}```\n\nAfter.\n"
