"""Shared fixtures. Importable without Open WebUI: the server starts only when a test asks
for ``owui_server`` (or ``upstream``), once per session."""

from __future__ import annotations

from collections.abc import Generator, Iterator

import pytest

from owui_sdk.errors import NotSupportedByServerError
from tests.integration._compat import SKIPPED_BY_TABLE
from tests.server import OpenWebUIServer, ServerInfo, owui_python
from tests.upstream import EchoUpstream


@pytest.fixture(scope="session")
def owui_server() -> Iterator[ServerInfo]:
    """A real Open WebUI server on loopback with an admin and a normal user, both with API
    keys, connected to the OpenAI-compatible echo upstream (``upstream``); stopped and its
    data removed at the end of the session."""
    python = owui_python()
    if not python.exists():
        pytest.fail(
            f"Open WebUI's python {python} does not exist: run `make owui`"
            " (or set OWUI_PYTHON to an Open WebUI venv's python)",
            pytrace=False,
        )
    with OpenWebUIServer(python) as info:
        yield info


@pytest.fixture
def upstream(owui_server: ServerInfo) -> EchoUpstream:
    """The echo upstream that ``owui_server`` is connected to (models ``echo-1`` and
    ``echo-2``, embeddings), with its request log cleared for this test."""
    if owui_server.upstream is None:
        pytest.fail("the session's Open WebUI server has no upstream", pytrace=False)
    owui_server.upstream.requests.clear()
    return owui_server.upstream


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """An integration test that needs an operation the server's release lacks, by the SDK's
    table of releases (``NotSupportedByServerError``), is skipped, not failed: `make
    test-compat OPENWEBUI_VERSION=0.11.4` runs the suite against an older release and skips
    what it does not have, with no list of tests kept by hand. Against the targeted release
    the table says every operation is there, so nothing is skipped."""
    report = yield
    excinfo = call.excinfo
    if (
        excinfo is not None
        and report.failed
        and item.get_closest_marker("integration") is not None
        and excinfo.errisinstance(NotSupportedByServerError)
    ):
        error = excinfo.value
        assert isinstance(error, NotSupportedByServerError)
        report.outcome = "skipped"
        item.stash[SKIPPED_BY_TABLE] = True
        path, line, _ = item.reportinfo()
        report.longrepr = (
            str(path),
            (line or 0) + 1,
            f"Skipped: Open WebUI {error.server_version} lacks {error.operation}"
            f" (from {error.first_release}, by the table of releases)",
        )
    return report
