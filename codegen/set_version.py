"""Write the Open WebUI release the package targets into ``src/owui_sdk/_version.py``.

    python codegen/set_version.py 0.12.5

``make spec OPENWEBUI_VERSION=X`` runs it after exporting X's schema, so that the schema and
the version it is said to come from cannot disagree. A new release starts the SDK revision
again at 0 (``0.12.5.0``); the same release keeps it. ``README.md`` (the package's long
description, which no build step can template) names the release too: each mention of the
old one becomes the new one. The documentation site reads the version file itself.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VERSION_FILE = ROOT / "src" / "owui_sdk" / "_version.py"
README = ROOT / "README.md"
_RELEASE = re.compile(r"\d+\.\d+\.\d+")
_TARGET = re.compile(r'^__openwebui_version__ = "([^"]*)"$', re.MULTILINE)
_REVISION = re.compile(r"^_REVISION = \d+$", re.MULTILINE)


def set_version(text: str, release: str) -> str:
    """``text`` (the version file) targeting ``release``; the revision reset when it changes."""
    if not _RELEASE.fullmatch(release):
        raise ValueError(f"an Open WebUI release is X.Y.Z, not {release!r}")
    current = _TARGET.search(text)
    if current is None or _REVISION.search(text) is None:
        raise ValueError("the version file has no __openwebui_version__ or _REVISION line")
    if current.group(1) == release:
        return text
    text = _TARGET.sub(f'__openwebui_version__ = "{release}"', text)
    return _REVISION.sub("_REVISION = 0", text)


def targeted(text: str) -> str:
    """The release the version file ``text`` targets."""
    current = _TARGET.search(text)
    if current is None:
        raise ValueError("the version file has no __openwebui_version__ line")
    return current.group(1)


def rename_release(text: str, old: str, new: str) -> str:
    """``text`` with each mention of release ``old`` (also as in ``0.12.4.N``) made ``new``;
    ``0.12.45`` or ``10.12.4`` are other releases and stay."""
    return re.sub(rf"(?<![\d.]){re.escape(old)}(?!\d)", new, text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("release", help="the Open WebUI release, X.Y.Z")
    parser.add_argument("--file", type=Path, default=VERSION_FILE)
    parser.add_argument("--readme", type=Path, default=README)
    args = parser.parse_args(argv)
    try:
        text = args.file.read_text()
        old = targeted(text)
        args.file.write_text(set_version(text, args.release))
        if args.readme.exists():
            args.readme.write_text(rename_release(args.readme.read_text(), old, args.release))
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
