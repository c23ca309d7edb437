"""``client.chats.iter_export``, ``import_records``, ``copy_to`` and ``prune``, both colours,
against the in-memory server of tests/fake_owui.py."""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from owui_sdk import errors
from owui_sdk.models import ChatImportReport, ChatMigrationReport, ChatPruneReport
from tests.fake_owui import FakeOpenWebUI, chat_record

from ._support import collect, resolve

NOW = int(datetime.now(UTC).timestamp())
DAY = 86400


def connect(make: Callable[..., Any], colour: str, fake: FakeOpenWebUI, base: str) -> Any:
    transport = httpx.MockTransport(fake.handle)
    http = (
        httpx.Client(transport=transport)
        if colour == "sync"
        else httpx.AsyncClient(transport=transport)
    )
    return make(base_url=base, api_key=fake.key, http_client=http)


@pytest.fixture
def source() -> FakeOpenWebUI:
    fake = FakeOpenWebUI("sk-source")
    work = fake.add_folder("Work")
    sub = fake.add_folder("Sub", work)
    fake.add(chat_record("pinned", pinned=True, meta={"tags": ["travel"]}, updated_at=NOW - 200))
    fake.add(chat_record("archived", archived=True, updated_at=NOW - 100 * DAY))
    fake.add(chat_record("in sub", folder_id=sub, updated_at=NOW - 10))
    fake.add(chat_record("shared", share_id="s1", updated_at=NOW - 95 * DAY))
    fake.add(chat_record("plain", updated_at=NOW - 5))
    return fake


async def test_export_adds_the_folder_path_and_filters(
    colour: str, make: Callable[..., Any], source: FakeOpenWebUI
) -> None:
    client = connect(make, colour, source, "http://a.test")
    records = await collect(client.chats.iter_export())
    assert [r["title"] for r in records] == ["pinned", "archived", "in sub", "shared", "plain"]
    assert records[2]["folder_path"] == ["Work", "Sub"]
    assert "folder_path" not in records[0]
    archived = await collect(client.chats.iter_export(archived_only=True))
    assert [r["title"] for r in archived] == ["archived"]
    recent = await collect(client.chats.iter_export(since=timedelta(days=1)))
    assert [r["title"] for r in recent] == ["pinned", "in sub", "plain"]
    since_date = datetime.fromtimestamp(NOW - 96 * DAY)  # naive: UTC
    assert len(await collect(client.chats.iter_export(since=since_date))) == 4


async def test_import_keeps_what_the_api_takes_and_creates_folders(
    colour: str, make: Callable[..., Any], source: FakeOpenWebUI
) -> None:
    target = FakeOpenWebUI("sk-target")
    target.add_folder("Work")  # reused, not made twice
    a = connect(make, colour, source, "http://a.test")
    b = connect(make, colour, target, "http://b.test")
    records = await collect(a.chats.iter_export())
    batches: list[int] = []
    report = await resolve(b.chats.import_records(records, batch_size=2, on_batch=batches.append))
    assert isinstance(report, ChatImportReport)
    assert (report.imported, batches, target.import_calls) == (5, [2, 2, 1], 3)
    assert report.folders_created == ["Work/Sub"]
    assert report.dropped == {"id": 5, "user_id": 5, "share_id": 1}
    assert len(report.chat_ids) == 5 and set(report.chat_ids) == set(target.chats)
    by_title = {chat["title"]: chat for chat in target.chats.values()}
    for record in records:
        copy = by_title[record["title"]]
        assert copy["chat"] == record["chat"]
        for key in ("pinned", "archived", "created_at", "updated_at", "meta"):
            assert copy[key] == record[key], key
    sub = target.folders[by_title["in sub"]["folder_id"]]
    assert sub["name"] == "Sub" and target.folders[sub["parent_id"]]["name"] == "Work"
    assert len(target.folders) == 2


async def test_dry_run_checks_everything_and_writes_nothing(
    colour: str, make: Callable[..., Any], source: FakeOpenWebUI
) -> None:
    target = FakeOpenWebUI("sk-target")
    a = connect(make, colour, source, "http://a.test")
    b = connect(make, colour, target, "http://b.test")
    records = await collect(a.chats.iter_export())
    report = await resolve(b.chats.import_records(records, dry_run=True))
    assert (report.imported, report.dry_run, report.chat_ids) == (5, True, [])
    assert report.folders_created == ["Work", "Work/Sub"]
    assert (target.import_calls, target.folders, target.chats) == (0, {}, {})


async def test_a_bad_record_stops_before_its_batch(colour: str, make: Callable[..., Any]) -> None:
    target = FakeOpenWebUI("sk-target")
    b = connect(make, colour, target, "http://b.test")
    records = [chat_record("one"), chat_record("two"), {"title": "not a chat"}]
    with pytest.raises(ValueError, match="record 3: not a chat"):
        await resolve(b.chats.import_records(records, batch_size=2))
    assert len(target.chats) == 2  # the first batch went; nothing of the bad one
    with pytest.raises(ValueError, match="batch_size"):
        await resolve(b.chats.import_records([], batch_size=0))


async def test_copy_resumes_and_never_duplicates(
    colour: str, make: Callable[..., Any], source: FakeOpenWebUI, tmp_path: Path
) -> None:
    target = FakeOpenWebUI("sk-target")
    a = connect(make, colour, source, "http://a.test")
    b = connect(make, colour, target, "http://b.test")
    state = tmp_path / "state.json"
    target.fail_import_after = 1  # the second batch fails: a run stopped half-way
    with pytest.raises(errors.InternalServerError):
        await resolve(a.chats.copy_to(b.chats, state_file=state, batch_size=2))
    assert len(target.chats) == 2
    assert stat.S_IMODE(os.stat(state).st_mode) == 0o600
    saved = json.loads(state.read_text())
    assert (saved["source"], saved["target"]) == ("http://a.test", "http://b.test")
    assert len(saved["done"]) == 2 and "sk-" not in state.read_text()
    target.fail_import_after = None
    report = await resolve(a.chats.copy_to(b.chats, state_file=state, batch_size=2))
    assert isinstance(report, ChatMigrationReport)
    assert (report.copied, report.already_there) == (3, 2)
    assert sorted(c["title"] for c in target.chats.values()) == sorted(
        c["title"] for c in source.chats.values()
    )
    again = await resolve(a.chats.copy_to(b.chats, state_file=state))
    assert (again.copied, again.already_there, len(target.chats)) == (0, 5, 5)


async def test_copy_finds_an_unrecorded_batch_on_the_target(
    colour: str, make: Callable[..., Any], source: FakeOpenWebUI, tmp_path: Path
) -> None:
    """The target imported a batch but its answer was lost: the batch stays pending in the
    state file, and the next run finds those chats on the target instead of sending them
    again."""
    target = FakeOpenWebUI("sk-target")
    a = connect(make, colour, source, "http://a.test")
    b = connect(make, colour, target, "http://b.test")
    state = tmp_path / "state.json"
    target.lose_answer_after = 1
    with pytest.raises(errors.InternalServerError):
        await resolve(a.chats.copy_to(b.chats, state_file=state, batch_size=2))
    saved = json.loads(state.read_text())
    assert (len(saved["done"]), len(saved["pending"]), len(target.chats)) == (2, 2, 4)
    target.lose_answer_after = None
    report = await resolve(a.chats.copy_to(b.chats, state_file=state, batch_size=2))
    assert (report.copied, report.already_there) == (1, 4)
    assert sorted(c["title"] for c in target.chats.values()) == sorted(
        c["title"] for c in source.chats.values()
    )
    assert json.loads(state.read_text())["pending"] == {}


@pytest.mark.parametrize(
    ("record", "reason"),
    [
        ([1], "a JSON array, not an object"),
        ("x", "a JSON string"),
        (None, "a JSON null"),
        (True, "a JSON boolean"),
        (3, "a JSON number"),
        ({"chat": "x"}, "no 'chat' object"),
        ({"chat": {"messages": {}}}, "'chat.messages' is not a list"),
        ({"chat": {"history": {"messages": []}}}, "'chat.history.messages' is not an object"),
        ({"chat": {}, "created_at": "yesterday"}, "'created_at' is not a Unix time"),
        ({"chat": {}, "updated_at": True}, "'updated_at' is not a Unix time"),
        ({"chat": {}, "meta": []}, "'meta' is not an object"),
        ({"chat": {}, "folder_path": "Work"}, "'folder_path' is not a list of folder names"),
    ],
)
async def test_what_is_not_a_chat(
    colour: str, make: Callable[..., Any], record: Any, reason: str
) -> None:
    target = FakeOpenWebUI("sk-target")
    b = connect(make, colour, target, "http://b.test")
    with pytest.raises(ValueError, match=re.escape(f"record 1: not a chat: {reason}")):
        await resolve(b.chats.import_records([record], dry_run=True))


async def test_older_records_and_bare_folder_ids(colour: str, make: Callable[..., Any]) -> None:
    """A record that is the chat content itself (older exports) is taken; a folder id
    without the folder's names cannot be kept, and says so."""
    target = FakeOpenWebUI("sk-target")
    b = connect(make, colour, target, "http://b.test")
    old = {"title": "old", "history": {"messages": {}, "currentId": None}, "messages": []}
    titled = {"title": "outer", "chat": {"messages": []}, "folder_id": "f-elsewhere"}
    report = await resolve(b.chats.import_records([old, titled]))
    assert report.dropped == {"folder_id": 1}
    assert sorted(c["title"] for c in target.chats.values()) == ["old", "outer"]
    assert all(c["folder_id"] is None for c in target.chats.values())


async def test_copy_refuses_a_state_file_of_other_servers(
    colour: str, make: Callable[..., Any], source: FakeOpenWebUI, tmp_path: Path
) -> None:
    target = FakeOpenWebUI("sk-target")
    a = connect(make, colour, source, "http://a.test")
    b = connect(make, colour, target, "http://b.test")
    state = tmp_path / "state.json"
    state.write_text(json.dumps({"source": "http://x", "target": "http://b.test", "done": {}}))
    with pytest.raises(ValueError, match=r"not from http://a\.test"):
        await resolve(a.chats.copy_to(b.chats, state_file=state))
    state.write_text("not json")
    with pytest.raises(ValueError, match="not a migration state file"):
        await resolve(a.chats.copy_to(b.chats, state_file=state))
    state.write_text(json.dumps({"done": []}))
    with pytest.raises(ValueError, match="not a migration state file"):
        await resolve(a.chats.copy_to(b.chats, state_file=state))
    with pytest.raises(ValueError, match="batch_size"):
        await resolve(a.chats.copy_to(b.chats, state_file=state, batch_size=0))
    same = connect(make, colour, source, "http://a.test")
    with pytest.raises(ValueError, match="is the source"):
        await resolve(a.chats.copy_to(same.chats, state_file=tmp_path / "new.json"))
    assert target.chats == {} and len(source.chats) == 5


async def test_prune_deletes_exactly_the_old_chats(
    colour: str, make: Callable[..., Any], source: FakeOpenWebUI
) -> None:
    client = connect(make, colour, source, "http://a.test")
    dry = await resolve(client.chats.prune(older_than=timedelta(days=90), dry_run=True))
    assert isinstance(dry, ChatPruneReport)
    assert [title for _, title, _ in dry.matched] == ["archived", "shared"]  # oldest first
    assert (dry.deleted, len(source.chats)) == (0, 5)
    archived = await resolve(
        client.chats.prune(older_than=90 * DAY, archived_only=True, dry_run=True)
    )
    assert [title for _, title, _ in archived.matched] == ["archived"]
    deleted: list[tuple[int, int]] = []
    report = await resolve(
        client.chats.prune(
            older_than=timedelta(days=90), on_delete=lambda n, of: deleted.append((n, of))
        )
    )
    assert (report.deleted, deleted) == (2, [(1, 2), (2, 2)])
    assert sorted(c["title"] for c in source.chats.values()) == ["in sub", "pinned", "plain"]
    with pytest.raises(ValueError, match="negative"):
        await resolve(client.chats.prune(older_than=-1))


# --- a source in use ------------------------------------------------------------------------


def _titles(fake: FakeOpenWebUI) -> list[str]:
    return sorted(c["title"] for c in fake.chats.values())


async def test_copy_of_a_source_in_use_copies_each_listed_chat_once(
    colour: str, make: Callable[..., Any], source: FakeOpenWebUI, tmp_path: Path
) -> None:
    """The stream misses a chat and repeats another (its pages shifted); between batches the
    source continues a copied chat, makes one and deletes one not copied yet. Every chat
    listed at the start lands once (the deleted one aside), the report names the three
    changes, and the next run updates the continued chat in place of its old copy; with
    sync, the copy of a chat deleted later goes too."""
    target = FakeOpenWebUI("sk-target")
    a = connect(make, colour, source, "http://a.test")
    b = connect(make, colour, target, "http://b.test")
    ids = {c["title"]: c["id"] for c in source.chats.values()}
    source.stream_skips = {ids["in sub"]}
    source.stream_repeats = {ids["pinned"]}
    totals: list[int] = []
    batches = 0

    def writer(n: int) -> None:  # after each batch of 2, at fixed points
        nonlocal batches
        batches += 1
        if batches == 1:
            source.chats[ids["pinned"]]["updated_at"] = NOW + 1  # copied in batch 1
            source.add(chat_record("made during the run", updated_at=NOW + 2))
            del source.chats[ids["in sub"]]  # listed, missed by the stream, not copied yet

    state = tmp_path / "s.json"
    report = await resolve(
        a.chats.copy_to(
            b.chats, state_file=state, batch_size=2, on_batch=writer, on_total=totals.append
        )
    )
    assert totals == [5]
    assert _titles(target) == ["archived", "pinned", "plain", "shared"]  # once each
    assert (report.copied, report.updated) == (4, 0)
    assert [t for _, t in report.changed] == ["pinned"]
    assert [t for _, t in report.created] == ["made during the run"]
    assert [t for _, t in report.deleted] == ["in sub"]

    source.stream_skips = set()
    source.stream_repeats = set()
    second = await resolve(a.chats.copy_to(b.chats, state_file=state))
    assert (second.copied, second.updated, second.already_there) == (1, 1, 3)
    assert (second.changed, second.created) == ([], [])
    assert _titles(target) == _titles(source)
    pinned = [c for c in target.chats.values() if c["title"] == "pinned"]
    assert [c["updated_at"] for c in pinned] == [NOW + 1]  # replaced, not added

    del source.chats[ids["shared"]]
    kept = await resolve(a.chats.copy_to(b.chats, state_file=state))
    assert [t for _, t in kept.deleted] == ["shared"] and kept.removed == 0
    assert "shared" in _titles(target)
    synced = await resolve(a.chats.copy_to(b.chats, state_file=state, sync=True))
    assert synced.removed == 1 and _titles(target) == _titles(source)
    assert ids["shared"] not in json.loads(state.read_text())["done"]


async def test_no_state_file_until_a_chat_is_copied(
    colour: str, make: Callable[..., Any], tmp_path: Path
) -> None:
    empty, target = FakeOpenWebUI("sk-source"), FakeOpenWebUI("sk-target")
    a = connect(make, colour, empty, "http://a.test")
    b = connect(make, colour, target, "http://b.test")
    state = tmp_path / "deep" / "s.json"
    report = await resolve(a.chats.copy_to(b.chats, state_file=state))
    assert report.copied == 0 and not state.parent.exists()
    wrong = connect(make, colour, FakeOpenWebUI("sk-other"), "http://b.test")
    wrong._api.common.headers["authorization"] = "Bearer sk-wrong"  # a refused target key
    empty.add(chat_record("one"))
    with pytest.raises(errors.AuthenticationError):
        await resolve(a.chats.copy_to(wrong.chats, state_file=state))
    assert not state.parent.exists()
    await resolve(a.chats.copy_to(b.chats, state_file=state))
    assert stat.S_IMODE(os.stat(state.parent).st_mode) == 0o700


async def test_export_of_a_source_in_use_has_each_listed_chat_once(
    colour: str, make: Callable[..., Any], source: FakeOpenWebUI
) -> None:
    client = connect(make, colour, source, "http://a.test")
    ids = {c["title"]: c["id"] for c in source.chats.values()}
    source.stream_skips = {ids["shared"]}
    source.stream_repeats = {ids["plain"]}
    totals: list[int] = []
    records = await collect(client.chats.iter_export(on_total=totals.append))
    assert totals == [5]
    assert sorted(r["title"] for r in records) == sorted(ids)
    archived = await collect(client.chats.iter_export(archived_only=True, on_total=totals.append))
    assert [r["title"] for r in archived] == ["archived"] and totals[-1] == 1


@pytest.mark.parametrize("tell_users", [True, False])
async def test_copy_onto_the_source_itself_is_refused_before_any_write(
    tell_users: bool, colour: str, make: Callable[..., Any], source: FakeOpenWebUI, tmp_path: Path
) -> None:
    """Another spelling of the same server: refused by the key's user id where the server
    tells it, else by a chat of the source found on the target under its own id."""
    source.status_enabled = tell_users
    a = connect(make, colour, source, "http://a.test")
    same = connect(make, colour, source, "http://A.test:80/")
    before = dict(source.chats)
    source.requests.clear()
    with pytest.raises(ValueError, match="is the source") as caught:
        await resolve(a.chats.copy_to(same.chats, state_file=tmp_path / "s.json"))
    assert ("same user" in str(caught.value)) is tell_users
    assert source.chats == before and not (tmp_path / "s.json").exists()
    assert all(r.startswith("GET ") for r in source.requests)


async def test_two_users_of_one_server_may_copy(
    colour: str, make: Callable[..., Any], source: FakeOpenWebUI, tmp_path: Path
) -> None:
    other = FakeOpenWebUI("sk-other")
    source.status_enabled = other.status_enabled = True
    other.user_id = "u2"
    a = connect(make, colour, source, "http://a.test")
    b = connect(make, colour, other, "http://a.test")  # the same URL, another account
    report = await resolve(a.chats.copy_to(b.chats, state_file=tmp_path / "s.json"))
    assert report.copied == 5


async def test_prune_spares_pinned_chats_unless_asked(
    colour: str, make: Callable[..., Any], source: FakeOpenWebUI
) -> None:
    client = connect(make, colour, source, "http://a.test")
    source.add(chat_record("old pinned", pinned=True, updated_at=NOW - 200 * DAY))
    dry = await resolve(client.chats.prune(older_than=timedelta(days=90), dry_run=True))
    assert [t for _, t, _ in dry.matched] == ["archived", "shared"]
    assert [t for _, t, _ in dry.spared] == ["old pinned"] and dry.pinned == []
    every = await resolve(
        client.chats.prune(older_than=timedelta(days=90), dry_run=True, include_pinned=True)
    )
    assert [t for _, t, _ in every.matched] == ["old pinned", "archived", "shared"]
    assert len(every.pinned) == 1 and every.spared == []
    await resolve(client.chats.prune(older_than=timedelta(days=90)))
    assert "old pinned" in _titles(source)
