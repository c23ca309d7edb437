"""Shared fixtures. Importable without Open WebUI: the server starts only when a test asks
for ``owui_server``, once per session."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.server import OpenWebUIServer, ServerInfo, owui_python


@pytest.fixture(scope="session")
def owui_server() -> Iterator[ServerInfo]:
    """A real Open WebUI server on loopback with an admin and a normal user, both with API
    keys; stopped and its data removed at the end of the session."""
    python = owui_python()
    if not python.exists():
        pytest.fail(
            f"Open WebUI's python {python} does not exist: run `make owui`"
            " (or set OWUI_PYTHON to an Open WebUI venv's python)",
            pytrace=False,
        )
    with OpenWebUIServer(python) as info:
        yield info
