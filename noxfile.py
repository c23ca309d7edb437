"""The test matrix: unit tests on every supported Python, and the built wheel's contents.

    make test-matrix          # or: .venv/bin/nox

The integration tests run once, under ``make test`` (the Open WebUI server itself runs on
Python 3.11); what changes between Pythons is our code, which the unit tests cover.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import nox

nox.options.sessions = ["tests", "package"]
nox.options.reuse_existing_virtualenvs = True
nox.options.error_on_missing_interpreters = True

PYTHONS = ["3.11", "3.12", "3.13"]


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    """Unit tests (no server) on one Python, decoding JSON with the standard library: the
    fallback when the speed extra (orjson) is not installed; make test covers orjson."""
    session.install("-e", ".[dev]")
    session.run(
        "python",
        "-m",
        "pytest",
        "-m",
        "not integration",
        "-q",
        "-p",
        "no:cacheprovider",
        env={"OWUI_SDK_JSON": "stdlib"},
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
        "pathspec",
    ]:
        session.error(f"runtime dependencies must be httpx, attrs and pathspec, not {requires}")
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
