"""What older Open WebUI releases do differently from the targeted one, for ``make test-compat
OPENWEBUI_VERSION=...``: measured against each release named, the only facts about them the
tests keep. Operations a release lacks need nothing here: the table of releases skips their
tests (tests/conftest.py)."""

from __future__ import annotations

import re

import pytest

from tests.server import SERVER_VERSION

#: Set on a test skipped because the server's release lacks an operation it needs (by the
#: table of releases), so that its teardown checks do not hold it to what it never reached.
SKIPPED_BY_TABLE = pytest.StashKey[bool]()


def _key(version: str) -> tuple[int, ...]:
    found = re.match(r"v?(\d+)\.(\d+)(?:\.(\d+))?", version)
    if found is None:
        raise ValueError(f"not a release: {version!r}")
    return tuple(int(part or 0) for part in found.groups())


def server_before(release: str) -> bool:
    """Whether the server under test is older than ``release`` (``"0.12"``)."""
    return _key(SERVER_VERSION) < _key(release)
