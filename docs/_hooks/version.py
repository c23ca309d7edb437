"""mkdocs hook: ``{{ openwebui_version }}`` in a page becomes the Open WebUI release the package
targets, read from ``src/owui_sdk/_version.py`` (the one place it is written), so that the site
cannot name another release than the package does.

Used from ``mkdocs.yml``: ``hooks: [docs/_hooks/version.py]``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError

VERSION_FILE = Path(__file__).resolve().parents[2] / "src" / "owui_sdk" / "_version.py"
PLACEHOLDER = re.compile(r"\{\{\s*openwebui_version\s*\}\}")


def openwebui_version() -> str:
    """``__openwebui_version__`` of the version file, read as text (not imported)."""
    found = re.search(r'^__openwebui_version__ = "([^"]+)"$', VERSION_FILE.read_text(), re.M)
    if found is None:
        raise PluginError(f"no __openwebui_version__ in {VERSION_FILE}")
    return found.group(1)


def on_page_markdown(markdown: str, **kwargs: Any) -> str:
    return PLACEHOLDER.sub(openwebui_version(), markdown)
