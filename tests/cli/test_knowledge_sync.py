"""``owui knowledge sync``, run in-process by click's CliRunner against the in-memory stand-in
of Open WebUI's knowledge routes (tests/fake_kb.py). ``--watch`` runs against a real server
in tests/integration/test_knowledge_sync.py (it needs a process to interrupt)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import respx
from click.testing import CliRunner, Result

from owui_sdk._cli._app import cli
from owui_sdk._cli._knowledge_sync import parse_size
from tests.fake_kb import FakeKnowledge

URL = "http://kb.test"
KEY = "sk-kb-SECRET"


@pytest.fixture(autouse=True)
def _environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("OPENWEBUI_BASE_URL", "OPENWEBUI_API_KEY", "OWUI_PROFILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


@pytest.fixture
def fake() -> FakeKnowledge:
    fake = FakeKnowledge()
    fake.add_base("k1", "Docs")
    return fake


@pytest.fixture
def server(fake: FakeKnowledge) -> Iterator[respx.MockRouter]:
    with respx.mock(assert_all_mocked=True, assert_all_called=False) as mock:
        mock.route(host="kb.test").mock(side_effect=fake.handle)
        yield mock


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "docs"
    for relative, text in {
        "readme.md": "# Docs\n",
        "guides/setup.md": "Set up.\n",
        "notes/a.txt": "Note a.\n",
    }.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


def run(*args: str) -> Result:
    result = CliRunner().invoke(
        cli, list(args), env={"OPENWEBUI_BASE_URL": URL, "OPENWEBUI_API_KEY": KEY}
    )
    assert "SECRET" not in result.output, "a key was printed"
    return result


def test_sync_then_again(server: Any, fake: FakeKnowledge, folder: Path) -> None:
    first = run("knowledge", "sync", str(folder), "--kb", "Docs")
    assert first.exit_code == 0, first.output
    assert first.stdout.splitlines()[0] == "Docs: 3 added, 0 unchanged, 0 failed"
    assert set(fake.listing("k1")) == {"readme.md", "guides/setup.md", "notes/a.txt"}

    (folder / "notes" / "a.txt").unlink()
    (folder / "readme.md").write_text("# Docs v2\n")
    (folder / "empty.md").write_bytes(b"")
    plan = run("knowledge", "sync", str(folder), "--kb", "Docs", "--dry-run")
    assert plan.exit_code == 0, plan.output
    assert plan.stdout.splitlines() == [
        "Docs: 1 updated, 1 deleted, 1 unchanged, 1 skipped, 0 failed (dry run: nothing changed)",
        "  updated   readme.md",
        "  deleted   notes/a.txt",
        "  skipped   empty.md: empty file (Open WebUI refuses empty uploads)",
        "  rmdir     notes",
    ]
    assert "notes/a.txt" in fake.listing("k1")

    kept = run("knowledge", "sync", str(folder), "--kb", "Docs", "--no-delete", "--json")
    assert kept.exit_code == 0, kept.output
    data = json.loads(kept.stdout)
    assert (data["updated"], data["deleted"], data["knowledge_base"]) == (1, 0, "Docs")
    assert "notes/a.txt" in fake.listing("k1")

    synced = run("knowledge", "sync", str(folder), "--kb", "Docs")
    assert synced.stdout.splitlines() == [
        "Docs: 1 deleted, 2 unchanged, 1 skipped, 0 failed",
        "  skipped   empty.md: empty file (Open WebUI refuses empty uploads)",
    ]
    assert set(fake.listing("k1")) == {"readme.md", "guides/setup.md"}


def test_a_missing_knowledge_base_needs_create(
    server: Any, fake: FakeKnowledge, folder: Path
) -> None:
    missing = run("knowledge", "sync", str(folder), "--kb", "Manuals")
    assert missing.exit_code == 4
    assert "no knowledge base named 'Manuals' (--create makes it)" in missing.stderr

    planned = run("knowledge", "sync", str(folder), "--kb", "Manuals", "--create", "--dry-run")
    assert planned.exit_code == 0, planned.output
    assert planned.stdout.splitlines()[:3] == [
        "Manuals (would be created): 3 added, 0 unchanged, 0 failed (dry run: nothing changed)",
        "  mkdir     guides",
        "  mkdir     notes",
    ]
    assert list(fake.names.values()) == ["Docs"]

    made = run("knowledge", "sync", str(folder), "--kb", "Manuals", "--create", "--json")
    assert made.exit_code == 0, made.output
    data = json.loads(made.stdout)
    assert data["created"] is True and data["added"] == 3
    assert fake.names[data["knowledge_id"]] == "Manuals"


def test_filters_and_failures(server: Any, fake: FakeKnowledge, folder: Path) -> None:
    (folder / "big.md").write_text("x" * 3000)
    (folder / "bad.md").write_text("no [[embed-fail]] here")
    result = run(
        "knowledge",
        "sync",
        str(folder),
        "--kb",
        "Docs",
        "--include",
        "*.md",
        "--exclude",
        "guides/",
        "--max-size",
        "2K",
    )
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0] == "Docs: 1 added, 0 unchanged, 1 skipped, 1 failed"
    assert "  skipped   big.md: 3000 bytes, over max_size (2048)" in result.stdout
    assert "  failed    bad.md: FileProcessingError" in result.stdout
    assert "owui: error: 1 files could not be synced" in result.stderr
    assert set(fake.listing("k1")) == {"readme.md"}


def test_bad_options(server: Any, folder: Path) -> None:
    assert run("knowledge", "sync", str(folder), "--kb", "Docs", "--max-size", "ten").exit_code == 2
    both = run("knowledge", "sync", str(folder), "--kb", "Docs", "--watch", "--dry-run")
    assert both.exit_code == 2
    assert "--watch and --dry-run" in both.output
    assert run("knowledge", "sync", str(folder / "nope"), "--kb", "Docs").exit_code == 2


@pytest.mark.parametrize(
    ("text", "size"),
    [("2000", 2000), ("500K", 512000), ("10M", 10 * 1024**2), ("10MB", 10_000_000), ("1.5k", 1536)],
)
def test_parse_size(text: str, size: int) -> None:
    assert parse_size(text) == size


@pytest.mark.parametrize("text", ["", "ten", "10X", "0", "-1"])
def test_parse_size_refuses(text: str) -> None:
    with pytest.raises(ValueError):
        parse_size(text)


def test_watch_syncs_on_each_round_rides_out_a_down_server_and_stops_on_ctrl_c(
    server: respx.MockRouter,
    fake: FakeKnowledge,
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The watch loop with watchfiles' generator replaced by rounds of this test's own (the
    real watcher, and a real Ctrl-C, run in tests/integration/test_knowledge_sync.py)."""
    import httpx
    import watchfiles

    seen: dict[str, Any] = {}

    def rounds(*paths: Any, **options: Any) -> Iterator[set[Any]]:
        seen.update(options, paths=paths)
        (folder / "new.md").write_text("New.\n")
        yield {(watchfiles.Change.added, str(folder / "new.md"))}
        server.routes.clear()
        server.route(host="kb.test").mock(side_effect=httpx.ConnectError("refused"))
        yield set()  # a round on the interval, the server down
        server.routes.clear()
        server.route(host="kb.test").mock(side_effect=fake.handle)
        (folder / "readme.md").unlink()
        yield set()
        raise KeyboardInterrupt

    monkeypatch.setattr(watchfiles, "watch", rounds)
    result = run("knowledge", "sync", str(folder), "--kb", "Docs", "--watch", "--interval", "5")
    assert result.exit_code == 130, result.output
    lines = [line.split(" ", 1)[1] for line in result.stdout.splitlines()]
    assert lines == [
        "Docs: 3 added, 0 unchanged, 0 failed",
        "Docs: 1 added, 3 unchanged, 0 failed",
        "Docs: 1 deleted, 3 unchanged, 0 failed",
    ]
    assert "trying again within 5 s" in result.stderr
    assert "owui: error: interrupted" in result.stderr
    assert set(fake.listing("k1")) == {"guides/setup.md", "notes/a.txt", "new.md"}
    assert seen["rust_timeout"] == 5000 and seen["yield_on_timeout"] is True
    assert seen["force_polling"] is None and seen["paths"] == (folder,)

    seen.clear()
    monkeypatch.setattr(watchfiles, "watch", lambda *a, **o: seen.update(o) or iter(()))
    polled = run("knowledge", "sync", str(folder), "--kb", "Docs", "--watch", "--poll", "--json")
    assert polled.exit_code == 0, polled.output
    assert json.loads(polled.stdout)["unchanged"] == 3
    assert seen["force_polling"] is True and seen["poll_delay_ms"] == 1000
