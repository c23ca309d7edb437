"""Which Open WebUI release has which operation, from ``_releases.json`` (``make releases``).

The table holds the last release of each minor line (0.9.6, 0.10.2, ...). A server's version
is looked up by its minor line: a 0.11.2 server is taken to have what 0.11.4 has. A version
of a line the table does not hold (older, or newer than the SDK) is unknown, and so is an
operation the table does not hold: then nothing is claimed.

Read on first use only, when a call failed with 404 or 405: importing the SDK or a call that
succeeds never reads it.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib.resources import files
from typing import Any

__all__ = [
    "lacking",
    "line_release",
    "may_be_missing",
    "releases_taking",
    "releases_with",
    "table",
]

_VERSION = re.compile(r"(\d+)\.(\d+)\.(\d+)")


@cache
def table() -> dict[str, Any]:
    """The decoded table: ``format``, ``releases`` (oldest first), ``operations``."""
    text = files(__package__).joinpath("_releases.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def _key(version: str) -> tuple[int, int, int] | None:
    found = _VERSION.search(version)
    if found is None:
        return None
    major, minor, patch = found.groups()
    return int(major), int(minor), int(patch)


def line_release(version: str) -> str | None:
    """The table's release of ``version``'s minor line (``"0.11.2"`` -> ``"0.11.4"``), or
    ``None`` when the table holds no release of that line."""
    key = _key(version)
    if key is None:
        return None
    for release in table()["releases"]:
        other = _key(release)
        if other is not None and other[:2] == key[:2]:
            return str(release)
    return None


def releases_with(method: str, route: str) -> list[str] | None:
    """The table's releases that have ``METHOD route`` (the path template, as the schema
    spells it), oldest first; ``None`` when the table does not know the operation."""
    variants = table()["operations"].get(f"{method.upper()} {route}")
    if variants is None:
        return None
    having = {release for variant in variants for release in variant["in"]}
    return [release for release in table()["releases"] if release in having]


def releases_taking(body: str) -> list[str]:
    """The table's releases with an operation whose body is the schema ``body``
    (``"ShareChatForm"``), oldest first."""
    having = {
        release
        for variants in table()["operations"].values()
        for variant in variants
        if variant["body"] is not None and variant["body"].rstrip("?") == body
        for release in variant["in"]
    }
    return [release for release in table()["releases"] if release in having]


def lacking(method: str, route: str, version: str) -> list[str] | None:
    """When the table says a server of ``version`` lacks ``METHOD route``: the table's
    releases that have it, oldest first (``None`` when the server has it, or the table cannot
    say)."""
    having = releases_with(method, route)
    release = line_release(version)
    if having is None or release is None or release in having:
        return None
    return having


def may_be_missing(method: str, route: str) -> bool:
    """Whether some release of the table lacks ``METHOD route``. When none does (or the table
    does not know it), a 404 or 405 of it is never a missing operation, and the server's
    version need not be asked."""
    having = releases_with(method, route)
    return having is not None and len(having) < len(table()["releases"])
