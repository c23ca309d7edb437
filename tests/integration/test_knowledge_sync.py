"""``client.knowledge.sync`` / ``plan_sync`` and ``owui knowledge sync --watch`` against a
real Open WebUI and its echo upstream (embeddings by hash: tests/upstream.py).

The client tests run with both colours (the ``colour`` fixture of
tests/integration/test_files_knowledge.py, whose helpers this module shares); the watch tests
run the command as a process, to interrupt it as Ctrl-C would, one of them across a restart
of a server of their own.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from owui_sdk import OpenWebUI
from owui_sdk.errors import NotFoundError
from owui_sdk.models import KnowledgeFileIdForm, QueryCollectionsForm, SyncedFile
from tests.facade._support import collect, resolve
from tests.integration import test_files_knowledge as _shared
from tests.integration._ctrl_c import as_typed_at_a_terminal
from tests.integration.test_files_knowledge import (
    EMBED_FAIL,
    PROCESSING_TIMEOUT,
    UPLOAD,
    file_count,
    forget,
    new_kb,
    unique,
)
from tests.server import OpenWebUIServer, ServerInfo, owui_python

pytestmark = pytest.mark.integration

# The fixtures of the files and knowledge tests: the admin's client in each colour, recording
# the requests it sends.
colour = _shared.colour
sent = _shared.sent
client = _shared.client

COMMAND = [sys.executable, "-m", "owui_sdk._cli"]
FOLDERS = ("alpha", "beta", "gamma")
DIFF = "/sync/diff"


def make_tree(root: Path, token: str) -> dict[str, str]:
    """40 text and Markdown files in three sub-folders, each one sentence no other test uses:
    path -> sentence."""
    tree = {}
    for n in range(40):
        folder = FOLDERS[n % 3]
        suffix = "md" if n % 2 else "txt"
        tree[f"{folder}/doc{n:02d}.{suffix}"] = f"Fact {n} of run {token}: the number is {n * 7}."
    for relative, text in tree.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text + "\n")
    return tree


async def kb_tree(client: Any, kb_id: str, dir_id: str = "", prefix: str = "") -> dict[str, str]:
    """The knowledge base's files: path (directory path and name) -> file id; read directory
    by directory, as every release lists them (0.11 does not say a file's directory)."""
    out: dict[str, str] = {}
    page, here = 1, 0
    while True:
        listed = await resolve(
            client.knowledge.get_knowledge_files_by_id(kb_id, directory_id=dir_id, page=page)
        )
        out.update({f"{prefix}{f.filename}": f.id for f in listed.items})
        here += len(listed.items)
        if page == 1:
            for child in listed.directories or []:
                out.update(await kb_tree(client, kb_id, child.id, f"{prefix}{child.name}/"))
        if not listed.items or here >= listed.total:
            return out
        page += 1


async def retrieved(client: Any, kb_id: str, query: str) -> list[str]:
    found = await resolve(
        client.retrieval.query_collection_handler(
            QueryCollectionsForm(collection_names=[kb_id], query=query, k=3)
        )
    )
    documents: list[str] = found["documents"][0]
    return documents


# --- client.knowledge.sync -----------------------------------------------------------------------


async def test_a_tree_syncs_then_five_changes_then_nothing(
    client: Any, tmp_path: Path, sent: list[str]
) -> None:
    token = secrets.token_hex(5)
    tree = make_tree(tmp_path, token)
    kb_id: str | None = None
    try:
        kb_id = await new_kb(client)
        first = await resolve(client.knowledge.sync(kb_id, tmp_path, timeout=PROCESSING_TIMEOUT))
        assert first.ok, [f for f in first.files if f.status == "failed"]
        assert first.count("added") == 40
        assert sorted(first.created_directories) == sorted(FOLDERS)
        listed = await kb_tree(client, kb_id)
        assert set(listed) == set(tree)  # each under its own directory

        # change 2, delete 1, add 1, move 1 to another sub-folder
        changed = {"alpha/doc00.txt": f"Changed fact zero of run {token}."}
        changed["beta/doc01.md"] = f"Changed fact one of run {token}."
        for relative, text in changed.items():
            (tmp_path / relative).write_text(text + "\n")
        deleted_text = tree["gamma/doc02.txt"]
        (tmp_path / "gamma" / "doc02.txt").unlink()
        added_text = f"A new fact of run {token}: owls are awake at night."
        (tmp_path / "gamma" / "new.md").write_text(added_text + "\n")
        (tmp_path / "alpha" / "doc03.md").rename(tmp_path / "beta" / "doc03.md")

        sent.clear()
        plan = await resolve(client.knowledge.plan_sync(kb_id, tmp_path))
        assert sorted((f.path, f.status) for f in plan.changes) == [
            ("alpha/doc00.txt", "updated"),
            ("beta/doc01.md", "updated"),
            ("beta/doc03.md", "moved"),
            ("gamma/doc02.txt", "deleted"),
            ("gamma/new.md", "added"),
        ]
        assert plan.count("unchanged") == 36
        assert not any(s.startswith("POST") and DIFF not in s for s in sent)

        sent.clear()
        progress: list[SyncedFile] = []
        second = await resolve(
            client.knowledge.sync(
                kb_id, tmp_path, on_progress=progress.append, timeout=PROCESSING_TIMEOUT
            )
        )
        assert second.ok, [f for f in second.files if f.status == "failed"]
        assert sent.count(UPLOAD) == 3  # the moved file is not sent again
        assert len(progress) == 5
        after = await kb_tree(client, kb_id)
        assert set(after) == set(tree) - {"gamma/doc02.txt", "alpha/doc03.md"} | {
            "gamma/new.md",
            "beta/doc03.md",
        }
        assert after["beta/doc03.md"] == listed["alpha/doc03.md"]  # the same file, moved

        assert added_text in await retrieved(client, kb_id, added_text)
        assert deleted_text not in await retrieved(client, kb_id, deleted_text)
        old_text = tree["alpha/doc00.txt"]
        assert old_text not in await retrieved(client, kb_id, old_text)
        assert changed["alpha/doc00.txt"] in await retrieved(
            client, kb_id, changed["alpha/doc00.txt"]
        )

        sent.clear()
        third = await resolve(client.knowledge.sync(kb_id, tmp_path))
        assert third.count("unchanged") == 40 and third.plan.in_sync
        assert UPLOAD not in sent
        assert [s for s in sent if s.startswith("POST")] == [
            f"POST /api/v1/knowledge/{kb_id}/sync/diff"
        ]
    finally:
        await forget(client, kb_id)


async def test_bad_files_are_reported_and_the_rest_synced(
    client: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    token = secrets.token_hex(5)
    good = {"ok/one.md": f"One {token}.", "ok/two.txt": f"Two {token}.", "three.md": f"3 {token}."}
    for relative, text in good.items():
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / relative).write_text(text + "\n")
    (tmp_path / "bad.md").write_text(f"Cannot be embedded {EMBED_FAIL} {token}.\n")
    (tmp_path / "empty.txt").write_bytes(b"")
    locked = tmp_path / "locked.md"
    locked.write_text(f"Locked {token}.\n")
    locked.chmod(0)
    if os.geteuid() == 0:  # chmod does not stop root: fail the read as the system would
        _deny(monkeypatch, locked)
    (tmp_path / "big.txt").write_text("x" * 4096)
    (tmp_path / "ok" / "loop").symlink_to(tmp_path)
    kb_id: str | None = None
    try:
        kb_id = await new_kb(client)
        files_before = await file_count(client)
        report = await resolve(
            client.knowledge.sync(kb_id, tmp_path, max_size=1024, timeout=PROCESSING_TIMEOUT)
        )
        outcome = {f.path: (f.status, f.reason) for f in report.files}
        assert {p: s for p, (s, _) in outcome.items() if s == "added"} == dict.fromkeys(
            good, "added"
        )
        assert outcome["bad.md"][0] == "failed"
        assert "500" in (outcome["bad.md"][1] or "")
        assert outcome["empty.txt"] == ("skipped", "empty file (Open WebUI refuses empty uploads)")
        assert outcome["locked.md"][0] == "skipped"
        assert "unreadable: PermissionError" in (outcome["locked.md"][1] or "")
        assert outcome["big.txt"] == ("skipped", "4096 bytes, over max_size (1024)")
        assert outcome["ok/loop"] == ("skipped", "symlink loop")
        assert set(await kb_tree(client, kb_id)) == set(good)
        # The failed file's upload was deleted again.
        assert await file_count(client) == files_before + len(good)
    finally:
        locked.chmod(0o600)
        await forget(client, kb_id)


async def test_a_dry_run_leaves_the_server_as_it_was(
    client: Any, tmp_path: Path, sent: list[str]
) -> None:
    token = secrets.token_hex(5)
    make_tree(tmp_path, token)
    kb_id: str | None = None
    try:
        kb_id = await new_kb(client)
        await resolve(client.knowledge.sync(kb_id, tmp_path, timeout=PROCESSING_TIMEOUT))
        (tmp_path / "alpha" / "doc00.txt").write_text(f"Different {token}.\n")
        (tmp_path / "beta" / "doc01.md").unlink()
        (tmp_path / "delta").mkdir()
        (tmp_path / "delta" / "new.md").write_text(f"New {token}.\n")
        for name in list(os.listdir(tmp_path / "gamma")):
            (tmp_path / "gamma" / name).unlink()

        async def state() -> Any:
            kb = await resolve(client.knowledge.get_knowledge_by_id(kb_id))
            files = [f.to_dict() for f in await collect(client.knowledge.iter_files(kb_id))]
            mine = [f.to_dict() for f in await collect(client.files.iter_files())]
            return kb.to_dict(), sorted(files, key=str), sorted(mine, key=str)

        before = await state()
        sent.clear()
        report = await resolve(client.knowledge.sync(kb_id, tmp_path, dry_run=True))
        assert report.dry_run
        assert report.count("updated") == 1 and report.count("added") == 1
        assert report.count("deleted") == 1 + 13
        assert report.created_directories == ["delta"]
        assert report.removed_directories == ["gamma"]
        assert [s for s in sent if not s.startswith("GET")] == [
            f"POST /api/v1/knowledge/{kb_id}/sync/diff"
        ]
        assert await state() == before
    finally:
        await forget(client, kb_id)


async def test_a_file_shared_with_another_knowledge_base_stays_there(
    client: Any, tmp_path: Path
) -> None:
    token = secrets.token_hex(5)
    text = f"The shared fact of run {token}."
    (tmp_path / "shared.md").write_text(text + "\n")
    (tmp_path / "own.md").write_text(f"Own {token}.\n")
    first: str | None = None
    second: str | None = None
    try:
        first = await new_kb(client)
        second = await new_kb(client)
        await resolve(client.knowledge.sync(first, tmp_path, timeout=PROCESSING_TIMEOUT))
        ids = await kb_tree(client, first)
        await resolve(
            client.knowledge.add_file_to_knowledge_by_id(
                second, KnowledgeFileIdForm(file_id=ids["shared.md"])
            )
        )
        (tmp_path / "shared.md").unlink()
        (tmp_path / "own.md").unlink()
        report = await resolve(client.knowledge.sync(first, tmp_path))
        assert report.count("deleted") == 2 and report.ok
        assert await kb_tree(client, first) == {}
        assert await kb_tree(client, second) == {"shared.md": ids["shared.md"]}
        assert (await resolve(client.files.get_file_by_id(ids["shared.md"]))).id
        assert text in await retrieved(client, second, text)
        with pytest.raises(NotFoundError):  # not shared: deleted for good
            await resolve(client.files.get_file_by_id(ids["own.md"]))
    finally:
        await forget(client, first)
        await forget(client, second)


def _deny(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    import pathlib

    original = pathlib.Path.open

    def guarded(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self == target:
            raise PermissionError(13, "Permission denied", str(self))
        return original(self, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "open", guarded)


# --- owui knowledge sync --watch -----------------------------------------------------------------

INTERVAL = 3.0  # seconds


def _env(info: ServerInfo) -> dict[str, str]:
    clean = ("OPENWEBUI_BASE_URL", "OPENWEBUI_API_KEY", "OWUI_PROFILE", "FORCE_COLOR")
    env = {k: v for k, v in os.environ.items() if k not in clean}
    env.update(OPENWEBUI_BASE_URL=info.base_url, OPENWEBUI_API_KEY=info.admin_key)
    return env


@contextlib.contextmanager
def watching(info: ServerInfo, folder: Path, name: str) -> Iterator[subprocess.Popen[str]]:
    """``owui knowledge sync FOLDER --kb NAME --create --watch`` as a process; killed at the
    end if it still runs."""
    process = subprocess.Popen(
        [
            *COMMAND,
            "knowledge",
            "sync",
            str(folder),
            "--kb",
            name,
            "--create",
            "--watch",
            "--interval",
            str(INTERVAL),
        ],
        env=_env(info),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=as_typed_at_a_terminal,
    )
    try:
        yield process
    finally:
        if process.poll() is None:
            process.kill()
        process.communicate(timeout=30)


def wait_for(check: Callable[[], bool], timeout: float) -> float:
    """Seconds until ``check()`` held; fails after ``timeout``."""
    started = time.monotonic()
    while not check():
        if time.monotonic() - started > timeout:
            pytest.fail(f"not within {timeout} s")
        time.sleep(0.2)
    return time.monotonic() - started


def _kb_named(client: OpenWebUI, name: str) -> str | None:
    return next((kb.id for kb in client.knowledge.iter_knowledge_bases() if kb.name == name), None)


def _names(client: OpenWebUI, kb_id: str) -> set[str]:
    return {f.filename for f in client.knowledge.iter_files(kb_id)}


def test_watch_follows_the_folder_and_stops_on_ctrl_c(
    owui_server: ServerInfo, tmp_path: Path
) -> None:
    (tmp_path / "first.md").write_text(f"First {unique('w')}.\n")
    name = unique("watch")
    kb_id: str | None = None
    with OpenWebUI(owui_server.base_url, api_key=owui_server.admin_key, timeout=60) as admin:
        try:
            with watching(owui_server, tmp_path, name) as process:
                wait_for(lambda: _kb_named(admin, name) is not None, 60)
                kb_id = _kb_named(admin, name)
                assert kb_id is not None
                wait_for(lambda: _names(admin, kb_id) == {"first.md"}, 60)

                # Processing takes well under a second here: two intervals is the bound.
                (tmp_path / "later.md").write_text(f"Later {unique('w')}.\n")
                waited = wait_for(lambda: "later.md" in _names(admin, kb_id), 4 * INTERVAL)
                assert waited <= 2 * INTERVAL
                (tmp_path / "first.md").unlink()
                waited = wait_for(lambda: "first.md" not in _names(admin, kb_id), 4 * INTERVAL)
                assert waited <= 2 * INTERVAL

                # Ctrl-C in the middle of a sync: the files in flight finish, nothing more.
                before = {f.id for f in admin.files.iter_files()}
                for n in range(12):
                    (tmp_path / f"burst{n:02d}.md").write_text(f"Burst {n} {unique('w')}.\n")
                wait_for(lambda: any(n.startswith("burst") for n in _names(admin, kb_id)), 30)
                process.send_signal(signal.SIGINT)
                _, err = process.communicate(timeout=120)
                assert process.returncode == 130, err
                assert "interrupted" in err
            # Every file uploaded since is in the knowledge base: none half-done.
            new = {f.id for f in admin.files.iter_files()} - before
            assert new == {f.id for f in admin.knowledge.iter_files(kb_id)} - before
        finally:
            if kb_id is not None:
                forget_blocking(admin, kb_id)


def forget_blocking(client: OpenWebUI, kb_id: str) -> None:
    """Delete the knowledge base and its files (blocking client)."""
    with contextlib.suppress(NotFoundError):
        ids = [f.id for f in client.knowledge.iter_files(kb_id)]
        client.knowledge.delete_knowledge_by_id(kb_id)
        for file_id in ids:
            with contextlib.suppress(NotFoundError):
                client.files.delete_file_by_id(file_id)


@pytest.fixture(scope="module")
def private_server() -> Iterator[OpenWebUIServer]:
    """A server of this module's own, which the restart test stops and starts again."""
    python = owui_python()
    if not python.exists():
        pytest.fail(f"Open WebUI's python {python} does not exist: run `make owui`", pytrace=False)
    server = OpenWebUIServer(python)
    with server:
        yield server


def test_watch_outlives_a_server_restart(private_server: OpenWebUIServer, tmp_path: Path) -> None:
    info = private_server.info
    assert info is not None
    (tmp_path / "before.md").write_text(f"Before {unique('r')}.\n")
    name = unique("restart")
    with (
        OpenWebUI(info.base_url, api_key=info.admin_key, timeout=60, max_retries=0) as admin,
        watching(info, tmp_path, name) as process,
    ):
        wait_for(lambda: _kb_named(admin, name) is not None, 60)
        kb_id = _kb_named(admin, name)
        assert kb_id is not None
        wait_for(lambda: _names(admin, kb_id) == {"before.md"}, 60)
        private_server.shutdown()
        (tmp_path / "during.md").write_text(f"During {unique('r')}.\n")
        time.sleep(3 * INTERVAL)  # rounds that find no server
        assert process.poll() is None
        private_server.restart()
        wait_for(lambda: "during.md" in _names(admin, kb_id), 60)
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=120)
        assert process.returncode == 130, err
        assert "trying again" in err
