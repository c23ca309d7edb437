"""The test matrix: unit tests on every supported Python, and the built wheel's contents.

    make test-matrix          # or: .venv/bin/nox

The integration tests run once, under ``make test`` (the Open WebUI server itself runs on
Python 3.11); what changes between Pythons is our code, which the unit tests cover. ``make test``
already runs the unit tests on 3.11 with orjson, so the default sessions are the other Pythons
and 3.11 without orjson (``nox -s tests-3.11`` runs that one too).
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import nox
from packaging.requirements import Requirement

nox.options.sessions = ["tests-3.12", "tests-3.13", "tests_without_orjson", "package"]
nox.options.reuse_existing_virtualenvs = True
nox.options.error_on_missing_interpreters = True

PYTHONS = ["3.11", "3.12", "3.13"]
UNIT = (
    *("python", "-m", "pytest", "-m", "not integration", "-q", "-p", "no:cacheprovider"),
    *("-n", "auto", "--maxprocesses=4"),
)


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    """Unit tests (no server) on one Python, as the default install decodes: with orjson."""
    session.install("-e", ".[dev]")
    session.run(*UNIT)


@nox.session(python="3.11")
def tests_without_orjson(session: nox.Session) -> None:
    """Unit tests where orjson is not installed (PyPy, a platform without its wheels): the
    standard library decodes. The two tests that compare with orjson are left out."""
    session.install("-e", ".[dev]")
    session.run("python", "-m", "pip", "uninstall", "--yes", "--quiet", "orjson")
    backends = "tests/facade/test_json_backends.py::"
    session.run(
        *UNIT,
        "--deselect",
        backends + "test_the_default_install_decodes_with_orjson",
        "--deselect",
        backends + "test_orjson_and_the_standard_library_agree",
    )


@nox.session(python="3.11")
def package(session: nox.Session) -> None:
    """Build the wheel and check what it carries: the generated code, py.typed, no tests."""
    dist = Path(session.create_tmp()) / "dist"
    session.install("build==1.6.1")
    session.run("python", "-m", "build", "--wheel", "--outdir", str(dist), silent=True)
    (wheel,) = dist.glob("owui_sdk-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    required = [
        "owui_sdk/py.typed",
        "owui_sdk/api/chats/get_chat_by_id.py",
        "owui_sdk/_resources/users.py",
        "owui_sdk/_generated/models/chat_response.py",
        "owui_sdk/_sync/chats.py",
        "owui_sdk/_async/chats.py",
        "owui_sdk/_releases.json",
        "owui_sdk/_cli/_app.py",
        "owui_sdk/events.py",
        "owui_sdk/_sync/events.py",
    ]
    missing = [name for name in required if name not in names]
    stray = [name for name in names if name.startswith(("tests/", "codegen/", "benchmarks/"))]
    if missing or stray:
        session.error(f"wheel {wheel.name}: missing {missing}, should not carry {stray}")
    metadata = (
        zipfile.ZipFile(wheel)
        .read(next(n for n in names if n.endswith(".dist-info/METADATA")))
        .decode()
    )
    requires = sorted(
        line.split(":", 1)[1].split(";")[0].strip()
        for line in metadata.splitlines()
        if line.startswith("Requires-Dist:") and "extra ==" not in line
    )
    # pathspec: client.knowledge.sync reads .kbignore (.gitignore syntax) with it.
    if [r.split(">")[0].split("<")[0].split("=")[0] for r in requires] != [
        "attrs",
        "httpx",
        "orjson",
        "pathspec",
    ]:
        session.error(
            f"runtime dependencies must be httpx, attrs, orjson and pathspec, not {requires}"
        )
    # orjson only where it has wheels: an install elsewhere must not try to build it (Rust).
    (orjson,) = [
        Requirement(line.split(":", 1)[1])
        for line in metadata.splitlines()
        if line.startswith("Requires-Dist: orjson") and "extra ==" not in line
    ]
    where = {
        ("CPython", "linux", "x86_64"): True,
        ("CPython", "darwin", "arm64"): True,
        ("CPython", "win32", "AMD64"): True,
        ("PyPy", "linux", "x86_64"): False,
        ("CPython", "linux", "s390x"): False,
        ("CPython", "emscripten", "wasm32"): False,
    }
    for (implementation, platform, machine), expected in where.items():
        environment = {
            "platform_python_implementation": implementation,
            "sys_platform": platform,
            "platform_machine": machine,
        }
        if orjson.marker is None or orjson.marker.evaluate(environment) != expected:
            session.error(
                f"orjson's requirement {orjson} should apply to {environment}: {expected}"
            )
    entry_points = zipfile.ZipFile(wheel).read(
        next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    )
    if b"owui = owui_sdk._cli:main" not in entry_points:
        session.error("the wheel does not install the owui command")
    cli_extra = [line for line in metadata.splitlines() if "extra == 'cli'" in line]
    if sorted(re.split(r"[<>=!~;, ]", line.split(":", 1)[1].strip())[0] for line in cli_extra) != [
        "click",
        "ijson",
        "platformdirs",
        "rich",
        "watchfiles",
    ]:
        session.error(
            f"the cli extra must bring click, ijson, platformdirs, rich and watchfiles, not {cli_extra}"
        )
    events_extra = [line for line in metadata.splitlines() if "extra == 'events'" in line]
    if sorted(
        re.split(r"[<>=!~;, ]", line.split(":", 1)[1].strip())[0] for line in events_extra
    ) != ["aiohttp", "python-socketio"]:
        session.error(
            f"the events extra must bring python-socketio and aiohttp, not {events_extra}"
        )
    session.log(f"{wheel.name}: {len(names)} files; runtime dependencies {requires}")
