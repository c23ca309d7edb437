"""``client.knowledge.sync`` / ``plan_sync`` in both colours, against the in-memory stand-in of
Open WebUI's knowledge routes (tests/fake_kb.py); the same behaviour against a real server is
tests/integration/test_knowledge_sync.py."""

from __future__ import annotations

import os
import pathlib
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from owui_sdk.errors import NotFoundError
from owui_sdk.models import KnowledgeSyncPlan, KnowledgeSyncReport, SyncedFile
from tests.fake_kb import FakeKnowledge

from ._support import close, make_client, resolve

UPLOAD = "POST /api/v1/files/"
DIFF = "POST /api/v1/knowledge/{id}/sync/diff"


@pytest.fixture(params=["0.12", "0.11"])
def fake(request: pytest.FixtureRequest) -> FakeKnowledge:
    """Open WebUI's knowledge routes; as 0.11 answers them too (its file list does not say
    where each file is)."""
    fake = FakeKnowledge(located=request.param == "0.12")
    fake.add_base("k1")
    return fake


@pytest.fixture
async def kb(colour: str, fake: FakeKnowledge) -> AsyncIterator[Any]:
    """A client of the test's colour over the fake."""
    http: Any
    transport = httpx.MockTransport(fake.handle)
    if colour == "sync":
        http = httpx.Client(transport=transport)
    else:
        http = httpx.AsyncClient(transport=transport)
    client = make_client(colour, http_client=http)
    yield client
    await close(client)


def write(root: Path, files: dict[str, str]) -> None:
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


TREE = {
    "readme.md": "# Top\n",
    "guides/setup.md": "Set it up.\n",
    "guides/usage.md": "Use it.\n",
    "guides/advanced/tuning.md": "Tune it.\n",
    "notes/monday.txt": "Monday notes.\n",
    "notes/tuesday.txt": "Tuesday notes.\n",
    "api/reference.md": "The reference.\n",
}


def statuses(files: list[SyncedFile]) -> dict[str, str]:
    return {f.path: f.status for f in files}


async def test_first_sync_mirrors_the_tree(kb: Any, fake: FakeKnowledge, tmp_path: Path) -> None:
    write(tmp_path, TREE)
    progress: list[SyncedFile] = []
    report = await resolve(kb.knowledge.sync("k1", tmp_path, on_progress=progress.append))
    assert isinstance(report, KnowledgeSyncReport)
    assert report.ok and not report.dry_run
    assert statuses(report.files) == dict.fromkeys(TREE, "added")
    assert all(f.file_id for f in report.files)
    assert sorted(f.path for f in progress) == sorted(TREE)
    assert fake.listing() == TREE
    assert fake.directories() == {"guides", "guides/advanced", "notes", "api"}
    assert report.created_directories == ["api", "guides", "notes", "guides/advanced"]
    assert report.counts()["added"] == len(TREE)
    assert report.to_dict()["added"] == len(TREE)


async def test_changes_are_planned_by_the_server_diff_and_carried_out(
    kb: Any, fake: FakeKnowledge, tmp_path: Path
) -> None:
    write(tmp_path, TREE)
    await resolve(kb.knowledge.sync("k1", tmp_path))
    before_ids = {path: fid for fid, path in _ids(fake).items()}

    # change 2, delete 1, add 1, move 1 to another sub-folder
    write(tmp_path, {"guides/setup.md": "Set it up again.\n", "readme.md": "# Top, v2\n"})
    (tmp_path / "notes" / "monday.txt").unlink()
    write(tmp_path, {"notes/wednesday.txt": "Wednesday notes.\n"})
    (tmp_path / "api" / "reference.md").rename(tmp_path / "guides" / "reference.md")

    fake.calls.clear()
    plan = await resolve(kb.knowledge.plan_sync("k1", tmp_path))
    assert isinstance(plan, KnowledgeSyncPlan)
    assert sorted((f.path, f.status) for f in plan.changes) == [
        ("guides/reference.md", "moved"),
        ("guides/setup.md", "updated"),
        ("notes/monday.txt", "deleted"),
        ("notes/wednesday.txt", "added"),
        ("readme.md", "updated"),
    ]
    assert plan.count("unchanged") == 3
    assert plan.remove_directories == ["api"]
    assert not plan.in_sync
    moved = next(f for f in plan.files if f.status == "moved")
    assert moved.previous_path == "api/reference.md"
    assert moved.file_id == before_ids["api/reference.md"]
    # Planning changes nothing: the diff, and the file list (the diff deletes a file).
    assert set(fake.calls) == {DIFF, "GET /api/v1/knowledge/{id}/files"}

    fake.calls.clear()
    report = await resolve(kb.knowledge.sync("k1", tmp_path))
    assert report.ok
    assert fake.calls[UPLOAD] == 3  # two updated, one added; the moved file is not sent again
    expected = {
        "readme.md": "# Top, v2\n",
        "guides/setup.md": "Set it up again.\n",
        "guides/usage.md": "Use it.\n",
        "guides/advanced/tuning.md": "Tune it.\n",
        "guides/reference.md": "The reference.\n",
        "notes/tuesday.txt": "Tuesday notes.\n",
        "notes/wednesday.txt": "Wednesday notes.\n",
    }
    assert fake.listing() == expected
    assert fake.directories() == {"guides", "guides/advanced", "notes"}
    assert report.removed_directories == ["api"]
    assert _ids(fake)[before_ids["api/reference.md"]] == "guides/reference.md"
    # The old versions and the deleted file are gone from the user's files too.
    assert before_ids["readme.md"] not in fake.files
    assert before_ids["notes/monday.txt"] not in fake.files

    # Again: nothing to do, nothing but the diff sent.
    fake.calls.clear()
    again = await resolve(kb.knowledge.sync("k1", tmp_path))
    assert again.count("unchanged") == len(expected)
    assert again.counts()["unchanged"] == len(again.files)
    assert dict(fake.calls) == {DIFF: 1}


async def test_skips_each_with_its_reason_and_syncs_the_rest(
    kb: Any, fake: FakeKnowledge, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "docs"
    write(root, TREE)
    write(
        root,
        {
            "bad.txt": "This cannot be embedded [[embed-fail]].\n",
            "big.txt": "x" * 5000,
            ".hidden.md": "hidden",
            ".git/config": "hidden folder",
            "drafts/wip.md": "ignored by .kbignore",
            "scratch.tmp": "excluded",
            "locked.md": "cannot be read",
        },
    )
    (root / "empty.txt").write_bytes(b"")
    (root / ".kbignore").write_text("# drafts stay local\ndrafts/\n")
    outside = tmp_path / "outside.md"
    outside.write_text("not in the folder")
    (root / "link-out.md").symlink_to(outside)
    (root / "guides" / "loop").symlink_to(root / "guides")
    (root / "self").symlink_to(root / "self")
    (root / "link-in.md").symlink_to(root / "readme.md")
    os.mkfifo(root / "pipe")
    _unreadable(monkeypatch, root / "locked.md")

    report = await resolve(
        kb.knowledge.sync("k1", root, exclude=["*.tmp"], max_size=1000, concurrency=2)
    )
    by_path = {f.path: f for f in report.files}
    # A symlink to a file inside the folder is a file of the folder, with its target's content:
    # Open WebUI refuses the second of the two as a duplicate.
    pair = sorted((by_path["readme.md"].status, by_path["link-in.md"].status))
    assert pair == ["added", "failed"]
    twin = "readme.md" if by_path["readme.md"].status == "failed" else "link-in.md"
    assert "Duplicate content" in (by_path.pop(twin).reason or "")
    reasons = {p: f.reason for p, f in by_path.items() if f.status in ("skipped", "failed")}
    assert set(reasons) == {
        "bad.txt",
        "big.txt",
        "empty.txt",
        "locked.md",
        "link-out.md",
        "guides/loop",
        "self",
        "pipe",
    }
    assert by_path["bad.txt"].status == "failed"
    assert "embedding failed" in (reasons["bad.txt"] or "")
    assert reasons["big.txt"] == "5000 bytes, over max_size (1000)"
    assert reasons["empty.txt"] == "empty file (Open WebUI refuses empty uploads)"
    assert (reasons["locked.md"] or "").startswith("unreadable: PermissionError")
    assert reasons["link-out.md"] == "symlink to outside the folder"
    assert reasons["guides/loop"] == "symlink loop"
    assert reasons["self"] == "symlink loop"
    assert reasons["pipe"] == "not a regular file"
    synced = {p for p, f in by_path.items() if f.status == "added"}
    assert set(TREE) - {twin} <= synced
    assert not any(p.startswith((".", "drafts", "scratch")) for p in by_path)
    # The file whose processing failed is not left among the user's files.
    assert all(f["filename"] != "bad.txt" for f in fake.files.values())
    assert not report.ok


async def test_include_keeps_only_matching_files(
    kb: Any, fake: FakeKnowledge, tmp_path: Path
) -> None:
    write(tmp_path, TREE)
    report = await resolve(kb.knowledge.sync("k1", tmp_path, include="*.md"))
    assert set(fake.listing()) == {p for p in TREE if p.endswith(".md")}
    assert report.count("added") == 5
    assert fake.directories() == {"guides", "guides/advanced", "api"}


async def test_dry_run_changes_nothing(kb: Any, fake: FakeKnowledge, tmp_path: Path) -> None:
    write(tmp_path, TREE)
    await resolve(kb.knowledge.sync("k1", tmp_path))
    (tmp_path / "readme.md").unlink()
    write(tmp_path, {"new/file.md": "new"})
    before = (fake.listing(), fake.directories(), set(fake.files))
    fake.calls.clear()
    report = await resolve(kb.knowledge.sync("k1", tmp_path, dry_run=True))
    assert report.dry_run
    assert {f.path: f.status for f in report.plan.changes} == {
        "readme.md": "deleted",
        "new/file.md": "added",
    }
    assert report.created_directories == ["new"]
    assert (fake.listing(), fake.directories(), set(fake.files)) == before
    assert set(fake.calls) == {DIFF, "GET /api/v1/knowledge/{id}/files"}


async def test_no_delete_keeps_what_left_the_folder(
    kb: Any, fake: FakeKnowledge, tmp_path: Path
) -> None:
    write(tmp_path, TREE)
    await resolve(kb.knowledge.sync("k1", tmp_path))
    for path in ("notes/monday.txt", "notes/tuesday.txt"):
        (tmp_path / path).unlink()
    report = await resolve(kb.knowledge.sync("k1", tmp_path, delete=False))
    assert report.count("deleted") == 0 and report.removed_directories == []
    assert fake.listing() == TREE
    assert "notes" in fake.directories()


async def test_a_file_another_knowledge_base_holds_is_only_taken_out(
    kb: Any, fake: FakeKnowledge, tmp_path: Path
) -> None:
    write(tmp_path, TREE)
    await resolve(kb.knowledge.sync("k1", tmp_path))
    ids = {path: fid for fid, path in _ids(fake).items()}
    shared, alone = ids["notes/monday.txt"], ids["notes/tuesday.txt"]
    fake.add_base("k2")
    fake.bases["k2"][shared] = None
    (tmp_path / "notes" / "monday.txt").unlink()
    (tmp_path / "notes" / "tuesday.txt").unlink()

    report = await resolve(kb.knowledge.sync("k1", tmp_path))
    assert {f.path: f.file_id for f in report.files if f.status == "deleted"} == {
        "notes/monday.txt": shared,
        "notes/tuesday.txt": alone,
    }
    assert shared in fake.files and fake.bases["k2"] == {shared: None}
    assert alone not in fake.files
    assert "notes/monday.txt" not in fake.listing()


async def test_an_unreadable_file_keeps_its_copy_in_the_knowledge_base(
    kb: Any, fake: FakeKnowledge, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path, TREE)
    await resolve(kb.knowledge.sync("k1", tmp_path))
    _unreadable(monkeypatch, tmp_path / "notes" / "monday.txt")
    report = await resolve(kb.knowledge.sync("k1", tmp_path))
    assert statuses(report.files)["notes/monday.txt"] == "skipped"
    assert report.count("deleted") == 0
    assert fake.listing() == TREE


async def test_a_renamed_folder_moves_its_files(
    kb: Any, fake: FakeKnowledge, tmp_path: Path
) -> None:
    write(tmp_path, TREE)
    await resolve(kb.knowledge.sync("k1", tmp_path))
    (tmp_path / "notes").rename(tmp_path / "journal")
    fake.calls.clear()
    report = await resolve(kb.knowledge.sync("k1", tmp_path))
    assert statuses(report.plan.changes) == {
        "journal/monday.txt": "moved",
        "journal/tuesday.txt": "moved",
    }
    assert fake.calls[UPLOAD] == 0
    assert report.created_directories == ["journal"]
    assert report.removed_directories == ["notes"]
    assert "journal/monday.txt" in fake.listing()
    assert fake.directories() == {"guides", "guides/advanced", "journal", "api"}


async def test_an_interrupt_starts_no_more_files(fake: FakeKnowledge, tmp_path: Path) -> None:
    """Blocking colour: Ctrl-C (here raised by on_progress, in the caller's thread as the
    signal would be) lets the files in flight finish and starts no other; each file uploaded
    is in the knowledge base, none half-done."""
    write(tmp_path, {f"n{n}.md": f"note {n}" for n in range(8)})

    def slow(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/v1/files/":
            time.sleep(0.05)  # each upload takes a while, as a real one does
        return fake.handle(request)

    client = make_client("sync", http_client=httpx.Client(transport=httpx.MockTransport(slow)))
    at_interrupt: list[int] = []

    def interrupt(item: SyncedFile) -> None:
        at_interrupt.append(fake.calls[UPLOAD])
        raise KeyboardInterrupt

    try:
        with pytest.raises(KeyboardInterrupt):
            client.knowledge.sync("k1", tmp_path, concurrency=2, on_progress=interrupt)
    finally:
        client.close()
    # Those in flight when Ctrl-C came (two at most) finished; nothing was started after.
    assert fake.calls[UPLOAD] <= at_interrupt[0] + 2 < 8
    assert set(fake.files) == set(fake.bases["k1"])


async def test_server_refusals_fail_only_the_files_they_concern(
    kb: Any, fake: FakeKnowledge, tmp_path: Path
) -> None:
    write(tmp_path, {"a.md": "a", "old/b.md": "b", "gone/c.md": "c"})
    await resolve(kb.knowledge.sync("k1", tmp_path))
    write(tmp_path, {"a.md": "a, changed", "new/deeper/d.md": "d", "fine/e.md": "e"})
    (tmp_path / "gone" / "c.md").unlink()
    fake.refused_dirs.add("new")
    fake.broken |= {"file/remove", "dirs/delete"}

    report = await resolve(kb.knowledge.sync("k1", tmp_path))
    outcome = {f.path: (f.status, f.reason or "") for f in report.files}
    assert outcome["new/deeper/d.md"][0] == "failed"
    assert "directory 'new' could not be created" in outcome["new/deeper/d.md"][1]
    assert outcome["fine/e.md"] == ("added", "")
    assert outcome["a.md"][0] == "failed"
    assert outcome["a.md"][1].startswith("uploaded, but the old version stayed")
    assert outcome["gone/c.md"][0] == "failed"
    assert report.created_directories == ["fine"]
    assert report.removed_directories == []  # "gone" kept: its file failed to leave
    assert fake.listing()["gone/c.md"] == "c"


async def test_bad_input_is_refused_before_anything_is_sent(
    kb: Any, fake: FakeKnowledge, tmp_path: Path
) -> None:
    with pytest.raises(NotADirectoryError, match="no folder"):
        await resolve(kb.knowledge.sync("k1", tmp_path / "missing"))
    with pytest.raises(ValueError, match="max_size"):
        await resolve(kb.knowledge.sync("k1", tmp_path, max_size=0))
    with pytest.raises(ValueError, match="concurrency"):
        await resolve(kb.knowledge.sync("k1", tmp_path, concurrency=0))
    with pytest.raises(ValueError, match="include"):
        await resolve(kb.knowledge.plan_sync("k1", tmp_path, include=[""]))
    with pytest.raises(ValueError, match="knowledge_id"):
        await resolve(kb.knowledge.plan_sync("", tmp_path))
    assert not fake.calls
    with pytest.raises(NotFoundError):
        await resolve(kb.knowledge.sync("nope", tmp_path))


def _ids(fake: FakeKnowledge) -> dict[str, str]:
    """file id -> path in the knowledge base k1."""
    out = {}
    for file_id, dir_id in fake.bases["k1"].items():
        folder = fake.dir_path(dir_id)
        name = fake.files[file_id]["filename"]
        out[file_id] = f"{folder}/{name}" if folder else name
    return out


def _unreadable(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    """Reading ``target`` fails as a file without read permission does (chmod 000 does not
    stop root, who runs these tests in some containers)."""
    original = pathlib.Path.open

    def guarded(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self == target:
            raise PermissionError(13, "Permission denied", str(self))
        return original(self, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "open", guarded)


async def test_odd_entries_of_the_folder(
    kb: Any, fake: FakeKnowledge, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A broken symlink, a folder that cannot be listed (its knowledge base files are kept),
    a name that is not UTF-8, a bad pattern in .kbignore."""
    write(tmp_path, {"keep/a.md": "kept", "top.md": "top"})
    await resolve(kb.knowledge.sync("k1", tmp_path))
    (tmp_path / "dangling.md").symlink_to(tmp_path / "nowhere.md")
    (tmp_path / os.fsdecode(b"caf\xe9.md")).write_text("latin-1 name")
    original = os.scandir

    def scandir(path: Any) -> Any:
        if Path(path).name == "keep":
            raise PermissionError(13, "Permission denied", str(path))
        return original(path)

    monkeypatch.setattr(os, "scandir", scandir)
    report = await resolve(kb.knowledge.sync("k1", tmp_path))
    reasons = {f.path: f.reason for f in report.files if f.status == "skipped"}
    assert reasons["dangling.md"] == "broken symlink"
    assert (reasons["keep"] or "").startswith("unreadable folder: PermissionError")
    assert reasons["caf\\xe9.md"] == "name is not UTF-8"
    assert report.count("deleted") == 0 and report.removed_directories == []
    assert fake.listing() == {"keep/a.md": "kept", "top.md": "top"}

    (tmp_path / ".kbignore").write_text("!\n")
    with pytest.raises(ValueError, match="bad pattern"):
        await resolve(kb.knowledge.plan_sync("k1", tmp_path))

    (tmp_path / ".kbignore").unlink()
    monkeypatch.setattr(
        os, "scandir", lambda path: (_ for _ in ()).throw(PermissionError(13, "no"))
    )
    with pytest.raises(PermissionError):
        await resolve(kb.knowledge.plan_sync("k1", tmp_path))
