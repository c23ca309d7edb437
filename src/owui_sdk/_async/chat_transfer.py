"""Export, import, copy and prune chats: the work behind ``client.chats.iter_export``,
``import_records``, ``copy_to`` and ``prune``, given the chats clients themselves (their
transport is ``chats._client``).

One source for both colours: ``src/owui_sdk/_async/`` is written by hand and
``src/owui_sdk/_sync/`` is derived from it by ``make generate``.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import AsyncGenerator, Callable, Iterable, Mapping
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from .. import errors
from .._chat_records import FOLDER_PATH_KEY, fingerprint, import_form
from .._chat_reports import ChatImportReport, ChatMigrationReport, ChatPruneReport
from .._migration_state import MigrationState
from .._servers import SameServerError, same_address
from .._times import timestamp
from ..api import folders as _folders_api

if TYPE_CHECKING:
    from collections.abc import AsyncIterator

    from .._generated.models.chat_response import ChatResponse
    from .._generated.models.chat_title_id_response import ChatTitleIdResponse
    from .api_client import AsyncAPIClient

__all__ = ["copy_to", "import_records", "iter_export", "listing", "prune"]


class _Chats(Protocol):
    """What the transfers need of ``client.chats``, and its transport (``_client``): named
    here, so that this module does not import the chats client that imports it."""

    _client: AsyncAPIClient

    async def get_list(
        self,
        page: int | None = None,
        include_pinned: bool | None = False,
        include_folders: bool | None = False,
    ) -> list[ChatTitleIdResponse]: ...

    def iter_archived_list(
        self, query: str | None = None, order_by: str | None = None, direction: str | None = None
    ) -> AsyncIterator[ChatTitleIdResponse]: ...

    def iter_all(self) -> AsyncIterator[ChatResponse]: ...

    async def get(self, id: str) -> ChatResponse: ...

    async def import_chats(self, form_data: dict[str, Any]) -> list[ChatResponse]: ...

    async def delete(self, id: str) -> bool: ...


#: A chat as a listing names it: (title, updated_at, archived).
Listed = tuple[str, int, bool]


class _Folders:
    """A user's folders by id and by path of names, read once, created on demand."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client
        self._by_id: dict[str, tuple[str, str | None]] | None = None
        self._by_path: dict[tuple[str, ...], str] = {}
        self.created: list[str] = []

    async def _load(self) -> dict[str, tuple[str, str | None]]:
        if self._by_id is None:
            folders = await _folders_api.get_folders.asyncio(client=self._client)
            self._by_id = {
                f.id: (f.name, f.parent_id if isinstance(f.parent_id, str) else None)
                for f in folders
            }
            for folder_id in self._by_id:
                self._by_path.setdefault(tuple(self._path(folder_id)), folder_id)
        return self._by_id

    def _path(self, folder_id: str) -> list[str]:
        assert self._by_id is not None
        path: list[str] = []
        seen: set[str] = set()
        current: str | None = folder_id
        while current is not None and current in self._by_id and current not in seen:
            seen.add(current)
            name, current = self._by_id[current]
            path.append(name)
        return path[::-1]

    async def path_of(self, folder_id: str) -> list[str]:
        """The names from the outermost folder down to ``folder_id``; empty when unknown."""
        await self._load()
        return self._path(folder_id)

    async def ensure(self, path: list[str], *, dry_run: bool) -> str | None:
        """The id of the folder at ``path``, creating it and its parents when missing (with
        ``dry_run``: noting them only, and answering ``None`` for a folder not there)."""
        await self._load()
        parent: str | None = None
        for depth in range(1, len(path) + 1):
            key = tuple(path[:depth])
            folder_id = self._by_path.get(key)
            if folder_id is None:
                self.created.append("/".join(key))
                if dry_run:
                    self._by_path[key] = folder_id = f"dry-run:{'/'.join(key)}"
                else:
                    body: dict[str, Any] = {"name": key[-1]}
                    if parent is not None:
                        body["parent_id"] = parent
                    made = await _folders_api.create_folder.asyncio(client=self._client, body=body)
                    folder_id = made.id
                    self._by_path[key] = folder_id
            parent = folder_id
        return None if parent is not None and parent.startswith("dry-run:") else parent


async def listing(chats: _Chats) -> dict[str, Listed]:
    """Every chat of the user by id, as light as the API lists them (no messages).

    ``/chats/all`` pages by offset, newest first, on the server: a chat changed, made or
    deleted while it streams shifts the pages, so that a stream can miss chats or repeat
    them. This list is the fixed point a run works from: the chats not archived come in one
    query (``GET /chats/`` without a page, pinned and foldered ones included), the archived
    ones page by page oldest-created first (a change does not move a chat in that order,
    only a deletion shifts the pages), and the first query is asked again after them, so
    that a chat archived or unarchived meanwhile is in one of the two.
    """
    listed: dict[str, Listed] = {}

    def add(chat_id: str, title: str, updated: int, archived: bool) -> None:
        known = listed.get(chat_id)
        if known is None or updated >= known[1]:
            listed[chat_id] = (title, updated, archived)

    for item in await chats.get_list(None, True, True):
        add(item.id, item.title, item.updated_at, False)
    async for item in chats.iter_archived_list(order_by="created_at", direction="asc"):
        add(item.id, item.title, item.updated_at, True)
    for item in await chats.get_list(None, True, True):
        add(item.id, item.title, item.updated_at, False)
    return listed


async def _record(chat: ChatResponse, folders: _Folders) -> dict[str, Any]:
    record = chat.to_dict()
    if isinstance(chat.folder_id, str) and chat.folder_id:
        path = await folders.path_of(chat.folder_id)
        if path:
            record[FOLDER_PATH_KEY] = path
    return record


async def _get(chats: _Chats, chat_id: str) -> ChatResponse | None:
    """The chat, or None when it is gone (deleted since it was listed)."""
    try:
        return await chats.get(chat_id)
    except errors.NotFoundError:
        return None


async def iter_export(
    chats: _Chats,
    *,
    archived_only: bool,
    since: datetime | timedelta | float | None,
    on_total: Callable[[int], None] | None = None,
) -> AsyncGenerator[dict[str, Any]]:
    """Every chat of ``/chats/all`` as JSON-ready data, with its folder path by name; every
    chat listed at the start exactly once (one the stream missed is read by its id), and
    those the stream brings that were made meanwhile."""
    cutoff = timestamp(since, now=time.time())

    def wanted(archived: bool, updated: int) -> bool:
        return (archived or not archived_only) and (cutoff is None or updated >= cutoff)

    listed = await listing(chats)
    if on_total is not None:
        on_total(sum(1 for _, updated, archived in listed.values() if wanted(archived, updated)))
    folders = _Folders(chats._client)
    seen: set[str] = set()
    async for chat in chats.iter_all():
        if chat.id in seen:
            continue  # a page shifted by a change: the same chat again
        seen.add(chat.id)
        if wanted(chat.archived, chat.updated_at):
            yield await _record(chat, folders)
    for chat_id, (_, updated, archived) in listed.items():
        if chat_id in seen or not wanted(archived, updated):
            continue
        missed = await _get(chats, chat_id)  # the stream skipped it: a page shifted
        seen.add(chat_id)
        if missed is not None and wanted(missed.archived, missed.updated_at):
            yield await _record(missed, folders)


async def import_records(
    chats: _Chats,
    records: Iterable[Mapping[str, Any]],
    *,
    batch_size: int,
    dry_run: bool,
    on_batch: Callable[[int], None] | None,
    folders: _Folders | None = None,
) -> ChatImportReport:
    """See :meth:`AsyncChatsClient.import_records`."""
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    folders = folders or _Folders(chats._client)
    report = ChatImportReport(dry_run=dry_run)
    batch: list[dict[str, Any]] = []

    async def send() -> None:
        if not dry_run:
            made = await chats.import_chats({"chats": batch})
            report.chat_ids.extend(chat.id for chat in made)
        report.imported += len(batch)
        if on_batch is not None:
            on_batch(len(batch))
        batch.clear()

    for number, record in enumerate(records, 1):
        try:
            form, path, dropped = import_form(record)
        except ValueError as exc:
            raise ValueError(f"record {number}: {exc}") from None
        for key in dropped:
            report.dropped[key] = report.dropped.get(key, 0) + 1
        if path:
            folder_id = await folders.ensure(path, dry_run=dry_run)
            if folder_id is not None:
                form["folder_id"] = folder_id
        batch.append(form)
        if len(batch) >= batch_size:
            await send()
    if batch:
        await send()
    report.folders_created = folders.created
    return report


async def _user_id(chats: _Chats) -> str | None:
    """The id of the key's user, from the first route that tells it an API key; None when
    none does. A refused key raises (AuthenticationError names the server)."""
    # 0.12 answers an API key on /users/user/status (when user statuses are enabled, the
    # default); /auths/ wants a browser session there (403), but takes a key on 0.11.
    for path in ("/api/v1/users/user/status", "/api/v1/auths/"):
        try:
            answer = (await chats._client.arequest_ok({"method": "GET", "url": path})).json()
        except errors.AuthenticationError:
            raise  # a wrong key: the caller names the server
        except (errors.APIStatusError, ValueError):
            continue  # not this route on this release, or not for a key: the next one
        if isinstance(answer, dict) and isinstance(answer.get("id"), str):
            return str(answer["id"])
    return None


async def _refuse_same_server(source: _Chats, target: _Chats, listed: Mapping[str, Listed]) -> None:
    """Raise SameServerError when the target is the source: the same server and user under
    another spelling. Reads only. The facts the servers answer decide: the keys' user ids
    (ids are random UUIDs: equal ids are one account of one server); when a server does not
    tell them, whether the target has a chat of the source under the source's id (chat ids
    are random UUIDs too). The addresses alone decide only when there is no fact at all."""
    here, there = source._client.common.base_url, target._client.common.base_url
    mine, theirs = await _user_id(source), await _user_id(target)
    if mine is not None and theirs is not None:
        if mine == theirs:
            raise SameServerError(
                f"the target {there} is the source {here}: the target's key belongs to the "
                f"same user ({mine}), so the copy would double every chat"
            )
        return
    marker = next(iter(listed), None)
    if marker is not None:
        try:
            found = await target.get(marker)
        except (
            errors.NotFoundError,
            errors.PermissionDeniedError,
            errors.APIResponseValidationError,
        ):
            return
        if found.id == marker:
            raise SameServerError(
                f"the target {there} is the source {here}: it has the source's chat {marker} "
                "under the same id, so the copy would double every chat"
            )
        return
    if same_address(here, there):
        raise SameServerError(f"the target {there} is the source {here} (the same address)")


async def copy_to(
    source: _Chats,
    target: _Chats,
    *,
    state_file: str | Path,
    batch_size: int,
    on_batch: Callable[[int], None] | None,
    on_total: Callable[[int], None] | None = None,
    sync: bool = False,
) -> ChatMigrationReport:
    """See :meth:`AsyncChatsClient.copy_to`."""
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    path = Path(state_file)
    state = MigrationState.load(
        path, source._client.common.base_url, target._client.common.base_url
    )
    # Reads only until the target is known not to be the source.
    listed = await listing(source)
    await _refuse_same_server(source, target, listed)
    report = ChatMigrationReport(state_file=str(path))
    if state.pending:
        await _reconcile(target, state)
        state.save(path)
    await _retire(target, state, path)

    def up_to_date(chat_id: str, updated: int) -> bool:
        entry = state.done.get(chat_id)
        return entry is not None and (entry[1] is None or updated <= entry[1])

    if on_total is not None:
        on_total(sum(1 for chat_id, (_, u, _) in listed.items() if not up_to_date(chat_id, u)))
    source_folders, target_folders = _Folders(source._client), _Folders(target._client)
    batch: list[tuple[str, dict[str, Any], str | None]] = []
    seen: set[str] = set()

    async def send() -> None:
        state.pending = {
            chat_id: (fingerprint(record), record.get("updated_at"), old)
            for chat_id, record, old in batch
        }
        state.save(path)  # the first write of a run: nothing is written before a copy
        result = await import_records(
            target,
            [record for _, record, _ in batch],
            batch_size=len(batch),
            dry_run=False,
            on_batch=None,
            folders=target_folders,
        )
        for (chat_id, record, old), new_id in zip(batch, result.chat_ids, strict=True):
            state.done[chat_id] = (new_id, record.get("updated_at"))
            if old is None:
                report.copied += 1
            else:
                state.retired.append(old)
                report.updated += 1
        state.pending = {}
        state.save(path)
        await _retire(target, state, path)
        for key, count in result.dropped.items():
            report.dropped[key] = report.dropped.get(key, 0) + count
        if on_batch is not None:
            on_batch(len(batch))
        batch.clear()

    async def take(chat: ChatResponse) -> None:
        seen.add(chat.id)
        if up_to_date(chat.id, chat.updated_at):
            report.already_there += 1
            return
        entry = state.done.get(chat.id)
        old = entry[0] if entry is not None else None
        batch.append((chat.id, await _record(chat, source_folders), old))
        if len(batch) >= batch_size:
            await send()

    async for chat in source.iter_all():
        if chat.id not in seen:  # a page shifted by a change: the same chat again
            await take(chat)
    for chat_id, (_, updated, _) in listed.items():
        if chat_id in seen:
            continue
        if up_to_date(chat_id, updated):
            seen.add(chat_id)
            report.already_there += 1
            continue
        missed = await _get(source, chat_id)  # the stream skipped it: a page shifted
        if missed is not None:
            await take(missed)
    if batch:
        await send()
    await _compare(source, target, state, listed, report)
    if sync and report.deleted:
        for chat_id, _ in report.deleted:
            entry = state.done.pop(chat_id, None)
            if entry is not None:
                state.retired.append(entry[0])
                report.removed += 1
        await _retire(target, state, path)
    report.folders_created = target_folders.created
    return report


async def _compare(
    source: _Chats,
    target: _Chats,
    state: MigrationState,
    listed: Mapping[str, Listed],
    report: ChatMigrationReport,
) -> None:
    """List the source again and name what changed during the run (and since earlier runs):
    chats updated after their copy, made and not copied, gone from the source."""
    now = await listing(source)
    for chat_id, (title, updated, _) in now.items():
        entry = state.done.get(chat_id)
        if entry is None:
            report.created.append((chat_id, title))
        elif entry[1] is not None and updated > entry[1]:
            report.changed.append((chat_id, title))
    for chat_id in [*listed, *(c for c in state.done if c not in listed)]:
        if chat_id in now:
            continue
        if chat_id in listed:
            title = listed[chat_id][0]
        else:  # gone before this run: its title is the copy's (the state file keeps none)
            copy = await _get(target, state.done[chat_id][0])
            title = copy.title if copy is not None else ""
        report.deleted.append((chat_id, title))


async def _retire(target: _Chats, state: MigrationState, path: Path) -> None:
    """Delete the old copies the state lists (replaced, or of chats gone with ``sync``)."""
    if not state.retired:
        return
    while state.retired:
        # Gone already: deleted by an earlier run that stopped before recording it.
        with contextlib.suppress(errors.NotFoundError):
            await target.delete(state.retired[0])
        state.retired.pop(0)
    state.save(path)


async def _reconcile(target: _Chats, state: MigrationState) -> None:
    """A batch was sent and the run stopped before recording it: look for its chats on the
    target (by fingerprint; a chat already recorded is not taken twice) and record those
    found, so that they are not sent again."""
    wanted: dict[str, list[str]] = {}
    for chat_id, (mark, _, _) in state.pending.items():
        wanted.setdefault(mark, []).append(chat_id)
    taken = {new_id for new_id, _ in state.done.values()}
    async for chat in target.iter_all():
        if chat.id in taken:
            continue
        waiting = wanted.get(fingerprint(chat.to_dict()))
        if waiting:
            chat_id = waiting.pop()
            _, updated, replaces = state.pending[chat_id]
            state.done[chat_id] = (chat.id, updated)
            if replaces is not None:
                state.retired.append(replaces)
    state.pending = {}


async def prune(
    chats: _Chats,
    *,
    older_than: datetime | timedelta | float,
    archived_only: bool,
    dry_run: bool,
    on_delete: Callable[[int, int], None] | None,
    include_pinned: bool = False,
) -> ChatPruneReport:
    """See :meth:`AsyncChatsClient.prune`."""
    cutoff = timestamp(older_than, now=time.time())
    assert cutoff is not None
    report = ChatPruneReport(cutoff=cutoff, dry_run=dry_run)
    seen: set[str] = set()
    async for chat in chats.iter_all():
        if chat.id in seen:
            continue  # a page shifted by a change meanwhile: the same chat again
        seen.add(chat.id)
        if chat.updated_at < cutoff and (chat.archived or not archived_only):
            item = (chat.id, chat.title, chat.updated_at)
            if chat.pinned and not include_pinned:
                report.spared.append(item)
                continue
            report.matched.append(item)
            if chat.pinned:
                report.pinned.append(chat.id)
    report.matched.sort(key=lambda item: item[2])
    report.spared.sort(key=lambda item: item[2])
    if not dry_run:
        for chat_id, _, _ in report.matched:
            await chats.delete(chat_id)
            report.deleted += 1
            if on_delete is not None:
                on_delete(report.deleted, len(report.matched))
    return report
