"""mkdocs hook: ``{{ openwebui_version }}`` in a page becomes the Open WebUI release the package
targets, read from ``src/owui_sdk/_version.py`` (the one place it is written), so that the site
cannot name another release than the package does; ``{{ releases_summary }}`` becomes the
summary of the table of releases (``src/owui_sdk/_releases.json``, ``make releases``): what
each release has of the targeted one's operations, from the schemas, not typed by hand.

Used from ``mkdocs.yml``: ``hooks: [docs/_hooks/version.py]``.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError

VERSION_FILE = Path(__file__).resolve().parents[2] / "src" / "owui_sdk" / "_version.py"
TABLE = VERSION_FILE.parent / "_releases.json"
PLACEHOLDER = re.compile(r"\{\{\s*openwebui_version\s*\}\}")
SUMMARY = re.compile(r"\{\{\s*releases_summary\s*\}\}")


def openwebui_version() -> str:
    """``__openwebui_version__`` of the version file, read as text (not imported)."""
    found = re.search(r'^__openwebui_version__ = "([^"]+)"$', VERSION_FILE.read_text(), re.M)
    if found is None:
        raise PluginError(f"no __openwebui_version__ in {VERSION_FILE}")
    return found.group(1)


def _area(key: str) -> str:
    # "GET /api/v1/skills/id/{id}/history" -> "skills"; the routes outside /api/v1 by their root.
    path = key.split(" ", 1)[1]
    parts = [p for p in path.split("/") if p]
    if parts[:2] == ["api", "v1"] and len(parts) > 2:
        return parts[2]
    return "/" + "/".join(parts[:2])


def releases_summary() -> str:
    """A Markdown table: each release of the table, its operations, and which of the targeted
    release's operations it lacks, by area (chats operations by name)."""
    table = json.loads(TABLE.read_text(encoding="utf-8"))
    target = openwebui_version()
    ops = table["operations"]

    def having(release: str) -> set[str]:
        return {k for k, v in ops.items() if any(release in x["in"] for x in v)}

    targeted = having(target) if target in table["releases"] else set(ops)
    rows = [
        f"| release | operations | of {target}'s {len(targeted)}, lacks | lacked, by area"
        f" | not in {target} |",
        "|---|---|---|---|---|",
    ]
    for release in reversed(table["releases"]):
        has = having(release)
        lacks = sorted(targeted - has)
        areas = Counter(_area(key) for key in lacks)
        chats = [key for key in lacks if _area(key) == "chats"]
        listed = ", ".join(f"{area} {count}" for area, count in sorted(areas.items()))
        if chats:
            listed += "; chats: " + ", ".join(f"`{key}`" for key in chats)
        extra = ", ".join(f"`{key}`" for key in sorted(has - targeted)) or "-"
        rows.append(f"| {release} | {len(has)} | {len(lacks)} | {listed or '-'} | {extra} |")
    return "\n".join(rows)


def on_page_markdown(markdown: str, **kwargs: Any) -> str:
    if SUMMARY.search(markdown):
        markdown = SUMMARY.sub(releases_summary(), markdown)
    return PLACEHOLDER.sub(openwebui_version(), markdown)
