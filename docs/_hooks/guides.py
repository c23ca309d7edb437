"""mkdocs hook: ``{{ guides }}`` in a page becomes a link to every page of the nav's "Guides"
section, in the nav's order, so that the home page's list cannot fall behind the nav when a
guide is added (it listed 5 of 9).

Used from ``mkdocs.yml``: ``hooks: [docs/_hooks/guides.py]``.
"""

from __future__ import annotations

import posixpath
import re
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page

PLACEHOLDER = re.compile(r"^(?P<indent>[ \t]*)\{\{\s*guides\s*\}\}", re.M)
SECTION = "Guides"


def guides(config: MkDocsConfig) -> list[tuple[str, str]]:
    """``[(title, path below docs/), ...]`` of the nav's Guides section."""
    for item in config.nav or []:
        if isinstance(item, dict) and SECTION in item:
            return [
                (title, path)
                for entry in item[SECTION]
                if isinstance(entry, dict)
                for title, path in entry.items()
                if isinstance(path, str)
            ]
    raise PluginError(f"mkdocs.yml: no `{SECTION}` section in the nav")


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, **kwargs: Any) -> str:
    """Put the list of guides where the page asks for it."""
    if not PLACEHOLDER.search(markdown):
        return markdown
    here = posixpath.dirname(page.file.src_uri)
    links = [f"[{title}]({posixpath.relpath(path, here or '.')})" for title, path in guides(config)]

    def listed(match: re.Match[str]) -> str:
        # Each link on its own line at the placeholder's indentation (inside a card's item).
        indent = match["indent"]
        return indent + f" ·\n{indent}".join(links)

    return PLACEHOLDER.sub(listed, markdown)
