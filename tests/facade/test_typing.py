"""What a type checker sees: mypy --strict on a small file using both clients reveals the
precise return types (never Any), and ``await`` on the async client gives the sync types."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

PROGRAM = """\
from owui_sdk import AsyncOpenWebUI, OpenWebUI


def blocking(client: OpenWebUI) -> None:
    reveal_type(client.chats.get_list())  # S1
    reveal_type(client.chats.get("c1"))  # S2
    reveal_type(client.chats.get_all_tags())  # S3
    reveal_type(client.chats.iter_list())  # S4
    reveal_type(client.chats.delete("c1"))  # S5
    reveal_type(client.chats.get_archived_count())  # S6
    reveal_type(client.chats.get_all())  # S7
    with OpenWebUI("http://h") as opened:
        reveal_type(opened)  # S8


async def asynchronous(client: AsyncOpenWebUI) -> None:
    reveal_type(await client.chats.get_list())  # A1
    reveal_type(await client.chats.get("c1"))  # A2
    reveal_type(await client.chats.get_all_tags())  # A3
    reveal_type(client.chats.iter_list())  # A4
    reveal_type(await client.chats.delete("c1"))  # A5
    reveal_type(await client.chats.get_archived_count())  # A6
    reveal_type(await client.chats.get_all())  # A7
    async with AsyncOpenWebUI("http://h") as opened:
        reveal_type(opened)  # A8
    pending = reveal_type(client.chats.get_list())  # A9
    await pending
    async for chat in client.chats.iter_list():
        reveal_type(chat)  # A10
"""

M = "owui_sdk._generated.models"
TITLES = f"list[{M}.chat_title_id_response.ChatTitleIdResponse]"
TAGS = f"list[{M}.tag_model.TagModel]"
CHATS = f"list[{M}.chat_response.ChatResponse]"

EXPECTED = {
    "S1": TITLES,
    "S2": f"{M}.chat_response.ChatResponse",
    "S3": TAGS,
    "S4": f"Generator[{M}.chat_title_id_response.ChatTitleIdResponse, None, None]",
    "S5": "bool",
    "S6": "int",
    "S7": CHATS,
    "S8": "owui_sdk._sync.client.OpenWebUI",
    "A1": TITLES,
    "A2": f"{M}.chat_response.ChatResponse",
    "A3": TAGS,
    "A4": f"AsyncGenerator[{M}.chat_title_id_response.ChatTitleIdResponse, None]",
    "A5": "bool",
    "A6": "int",
    "A7": CHATS,
    "A8": "owui_sdk._async.client.AsyncOpenWebUI",
    "A9": f"Coroutine[Any, Any, {TITLES}]",
    "A10": f"{M}.chat_title_id_response.ChatTitleIdResponse",
}


def normalise(revealed: str) -> str:
    """One spelling across mypy versions: no ``builtins.``/``typing.`` prefixes, ``X | None``."""
    revealed = re.sub(r"\b(builtins|typing|collections\.abc)\.", "", revealed)
    union = re.fullmatch(r"Union\[(.*), None\]", revealed)
    if union:
        revealed = f"{union.group(1)} | None"
    return re.sub(r"Optional\[(.*)\]", r"\1 | None", revealed)


@pytest.fixture(scope="module")
def revealed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    program = tmp_path_factory.mktemp("typing") / "uses_the_sdk.py"
    program.write_text(PROGRAM, encoding="utf-8")
    # A cache outside the repository: a second run takes under a second instead of ~10.
    cache = Path(tempfile.gettempdir()) / "owui-sdk-facade-mypy-cache"
    env = {**os.environ, "MYPYPATH": str(ROOT / "src")}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-error-summary",
            "--config-file",
            os.devnull,
            "--cache-dir",
            str(cache),
            "--hide-error-context",
            "--show-absolute-path",
            str(program),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    output = result.stdout + result.stderr
    errors = [line for line in output.splitlines() if ": error:" in line]
    assert not errors, output
    assert result.returncode == 0, output

    lines = PROGRAM.splitlines()
    found: dict[str, str] = {}
    for match in re.finditer(r":(\d+): note: Revealed type is \"(.*)\"", output):
        line = lines[int(match.group(1)) - 1]
        tag = line.rsplit("# ", 1)[1]
        found[tag] = match.group(2)
    return found


def test_every_reveal_was_reported(revealed: dict[str, str]) -> None:
    assert set(revealed) == set(EXPECTED)


@pytest.mark.parametrize("tag", sorted(EXPECTED))
def test_revealed_type(tag: str, revealed: dict[str, str]) -> None:
    assert "Any" not in revealed[tag].replace("Coroutine[Any, Any,", "")
    assert normalise(revealed[tag]) == EXPECTED[tag]


def test_async_awaited_types_equal_sync_types(revealed: dict[str, str]) -> None:
    for n in (1, 2, 3, 5, 6, 7):
        assert revealed[f"A{n}"] == revealed[f"S{n}"]
