"""Checks over the built documentation site, what ``mkdocs build --strict`` cannot see.

``make docs`` builds the site, then runs ``python -m tests.docs.site_check site``; every page
(those added later too) is read:

- **no empty Description cell**: a row of a Parameters/Returns/... table whose Description is
  empty, or only repeats the row's type (``bool | bool``);
- **no doubled section**: one object's text with two Parameters (or Returns, ...) sections;
- **every type in a signature is a link**: a name of the package in a signature that points
  nowhere (mkdocstrings leaves it a ``<span title="owui_sdk...">`` when the site has no entry
  for it); names from elsewhere (``str``, ``httpx.Timeout``) have no page to go to offline;
- **no escaped pipe shown**: ``\\|``, the way a table cell's Markdown escapes a pipe, which a
  code span shows as typed (``owui chats export \\| head``);
- **every public model has an entry**: each name of ``owui_sdk.models.__all__`` is the id of
  an entry somewhere on the site (``owui_sdk.models.X``, or ``owui_sdk.chats.X`` for the chats
  forms documented there);
- **the exception trees are the class hierarchy**: a drawn tree whose root is
  ``OpenWebUIError`` names every exception of ``owui_sdk.errors`` under its base, no more.

The unit tests (``tests/docs/test_site_check.py``) run each check on small HTML fixtures.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from bs4 import BeautifulSoup, Tag

import owui_sdk.errors
import owui_sdk.models

PACKAGE = "owui_sdk"
ERROR_ROOT = "OpenWebUIError"
_ENTRY_ID = re.compile(r'id="owui_sdk\.(?:models|chats)\.(\w+)"')
_TREE_LINE = re.compile(r"^(?P<lead>[│├└─ ]*)(?P<name>[A-Z]\w*)\b")


def _text(tag: Tag) -> str:
    return " ".join(tag.get_text(" ").split())


def _object_name(tag: Tag) -> str:
    """The documented object a tag belongs to: the id of the heading above it, for messages."""
    heading = tag.find_previous(re.compile(r"^h[1-6]$"), id=True)
    return str(heading["id"]) if isinstance(heading, Tag) else "?"


def empty_descriptions(soup: BeautifulSoup) -> Iterator[str]:
    """A table row whose Description cell is empty or repeats the row's Type cell."""
    for table in soup.find_all("table"):
        heads = [_text(th) for th in table.select("thead th")]
        if "Description" not in heads:
            continue
        column = heads.index("Description")
        type_column = heads.index("Type") if "Type" in heads else None
        for row in table.select("tbody tr"):
            cells = row.find_all("td", recursive=False)
            if len(cells) <= column:
                continue
            text = _text(cells[column])
            first = _text(cells[0])
            if not text:
                yield f"{_object_name(table)}: {first}: empty Description"
            elif type_column is not None and text == _text(cells[type_column]):
                yield f"{_object_name(table)}: {first}: Description repeats the type {text!r}"


def doubled_sections(soup: BeautifulSoup) -> Iterator[str]:
    """One object's text with the same section (``Parameters:``) twice."""
    for contents in soup.select("div.doc-contents"):
        titles: list[str] = []
        for title in contents.select("span.doc-section-title"):
            if title.find_parent("div", class_="doc-contents") is contents:
                titles.append(_text(title))
        for name in sorted({t for t in titles if titles.count(t) > 1}):
            yield f"{_object_name(contents)}: {name} {titles.count(name)} times"


def unlinked_types(soup: BeautifulSoup) -> Iterator[str]:
    """A name of the package in a signature that is not a link."""
    for signature in soup.select(".doc-signature"):
        for span in signature.find_all("span", title=True):
            title = str(span["title"])
            # `Stream(response)`: the documented class's own name and parameters, not a type.
            if title.split(".")[0] != PACKAGE or "(" in title or span.find_parent("a"):
                continue
            yield f"{_object_name(signature)}: {_text(span)} ({title}) is not a link"


def escaped_pipes(soup: BeautifulSoup) -> Iterator[str]:
    """Code that shows a table's escaped pipe, backslash and all."""
    for code in soup.find_all("code"):
        if "\\|" in code.get_text():
            yield f"{_object_name(code)}: {code.get_text()!r} shows a backslash before its pipe"


def hierarchy() -> dict[str, str | None]:
    """``{exception: its base in owui_sdk.errors, or None}`` from the classes."""
    names = set(owui_sdk.errors.__all__)
    out: dict[str, str | None] = {}
    for name in names:
        bases = [b.__name__ for b in getattr(owui_sdk.errors, name).__bases__]
        out[name] = next((b for b in bases if b in names), None)
    return out


def parse_tree(text: str) -> dict[str, str | None]:
    """``{name: parent}`` of a tree drawn with ``├──``/``└──``, four columns per level."""
    parents: dict[str, str | None] = {}
    stack: list[str] = []
    for line in text.splitlines():
        match = _TREE_LINE.match(line)
        if not match:
            continue
        depth = len(match["lead"]) // 4
        del stack[depth:]
        parents[match["name"]] = stack[-1] if stack else None
        stack.append(match["name"])
    return parents


def error_trees(soup: BeautifulSoup) -> Iterator[tuple[str, dict[str, str | None]]]:
    """Each drawn exception tree of a page: where it is, and what it draws."""
    for pre in soup.find_all("pre"):
        text = pre.get_text()
        if text.lstrip().startswith(ERROR_ROOT):
            yield _object_name(pre), parse_tree(text)


def tree_problems(drawn: dict[str, str | None], actual: dict[str, str | None]) -> list[str]:
    """How a drawn tree differs from the classes."""
    problems = [f"{name} missing" for name in sorted(set(actual) - set(drawn))]
    problems += [f"{name} is not an exception" for name in sorted(set(drawn) - set(actual))]
    for name in sorted(set(drawn) & set(actual)):
        if drawn[name] != actual[name]:
            problems.append(f"{name} drawn under {drawn[name]}, its base is {actual[name]}")
    return problems


def check_page(html: str, actual: dict[str, str | None] | None = None) -> tuple[list[str], int]:
    """The problems of one page, and how many exception trees it draws."""
    soup = BeautifulSoup(html, "html.parser")
    problems = [
        *empty_descriptions(soup),
        *doubled_sections(soup),
        *unlinked_types(soup),
        *escaped_pipes(soup),
    ]
    trees = 0
    for where, drawn in error_trees(soup):
        trees += 1
        for problem in tree_problems(drawn, actual or hierarchy()):
            problems.append(f"{where}: exception tree: {problem}")
    return problems, trees


def check_site(site: Path, min_error_trees: int = 2) -> list[str]:
    """Every problem of every page of ``site``, as ``page: problem``."""
    actual = hierarchy()
    problems: list[str] = []
    trees = 0
    entries: set[str] = set()
    pages = sorted(site.rglob("*.html"))
    if not pages:
        return [f"{site}: no pages (build the site first: make docs)"]
    for page in pages:
        html = page.read_text(encoding="utf-8")
        entries.update(_ENTRY_ID.findall(html))
        found, count = check_page(html, actual)
        trees += count
        problems += [f"{page.relative_to(site)}: {problem}" for problem in found]
    missing = sorted(set(owui_sdk.models.__all__) - entries)
    if missing:
        shown = ", ".join(missing[:10]) + (", ..." if len(missing) > 10 else "")
        problems.append(f"{len(missing)} public models have no entry: {shown}")
    if trees < min_error_trees:
        problems.append(f"{trees} exception trees drawn, expected {min_error_trees} or more")
    return problems


def main(argv: list[str] | None = None) -> int:
    """``python -m tests.docs.site_check SITE``: print the problems, exit 1 if any."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("site", type=Path, help="the built site (mkdocs build -d SITE)")
    parser.add_argument("--min-error-trees", type=int, default=2)
    args = parser.parse_args(argv)
    problems = check_site(args.site, args.min_error_trees)
    for problem in problems:
        print(problem)
    pages = len(list(args.site.rglob("*.html")))
    print(f"site check: {pages} pages, {len(problems)} problems", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
