"""Export, import, copy and prune chats: the work behind ``client.chats.iter_export``,
``import_records``, ``copy_to`` and ``prune``, given the chats clients themselves (their
transport is ``chats._client``).

One source for both colours: ``src/owui_sdk/_async/`` is written by hand and
``src/owui_sdk/_sync/`` is derived from it by ``make generate``.
"""

from __future__ import annotations

import time
from collections.abc import AsyncGenerator, Callable, Iterable, Mapping
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._transfer import (
    FOLDER_PATH_KEY,
    ChatImportReport,
    ChatMigrationReport,
    ChatPruneReport,
    MigrationState,
    fingerprint,
    import_form,
    timestamp,
)
from ..api import folders as _folders_api

if TYPE_CHECKING:
    from .api_client import AsyncAPIClient
    from .chats import AsyncChatsClient

__all__ = ["copy_to", "import_records", "iter_export", "prune"]


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
                    folder_id = str(made["id"])
                    self._by_path[key] = folder_id
            parent = folder_id
        return None if parent is not None and parent.startswith("dry-run:") else parent


async def iter_export(
    chats: AsyncChatsClient,
    *,
    archived_only: bool,
    since: datetime | timedelta | float | None,
) -> AsyncGenerator[dict[str, Any]]:
    """Every chat of ``/chats/all`` as JSON-ready data, with its folder path by name."""
    cutoff = timestamp(since, now=time.time())
    folders = _Folders(chats._client)
    async for chat in chats.iter_all():
        if archived_only and not chat.archived:
            continue
        if cutoff is not None and chat.updated_at < cutoff:
            continue
        record = chat.to_dict()
        if isinstance(chat.folder_id, str) and chat.folder_id:
            path = await folders.path_of(chat.folder_id)
            if path:
                record[FOLDER_PATH_KEY] = path
        yield record


async def import_records(
    chats: AsyncChatsClient,
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


async def copy_to(
    source: AsyncChatsClient,
    target: AsyncChatsClient,
    *,
    state_file: str | Path,
    batch_size: int,
    on_batch: Callable[[int], None] | None,
) -> ChatMigrationReport:
    """See :meth:`AsyncChatsClient.copy_to`."""
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    mine, theirs = source._client.common, target._client.common
    if (mine.base_url, mine.headers) == (theirs.base_url, theirs.headers):
        # The export would stream the copies in behind the originals: copies of copies.
        raise ValueError("the target is the source (same server, same key): nothing to copy")
    path = Path(state_file)
    state = MigrationState.load(path, mine.base_url, theirs.base_url)
    report = ChatMigrationReport(state_file=str(path))
    target_folders = _Folders(target._client)
    if state.pending:
        await _reconcile(target, state)
        state.save(path)
    batch: list[tuple[str, dict[str, Any]]] = []

    async def send() -> None:
        state.pending = {chat_id: fingerprint(record) for chat_id, record in batch}
        state.save(path)
        result = await import_records(
            target,
            [record for _, record in batch],
            batch_size=len(batch),
            dry_run=False,
            on_batch=None,
            folders=target_folders,
        )
        for (chat_id, _), new_id in zip(batch, result.chat_ids, strict=True):
            state.done[chat_id] = new_id
        state.pending = {}
        state.save(path)
        for key, count in result.dropped.items():
            report.dropped[key] = report.dropped.get(key, 0) + count
        report.copied += len(batch)
        if on_batch is not None:
            on_batch(len(batch))
        batch.clear()

    async for record in iter_export(source, archived_only=False, since=None):
        chat_id = record["id"]
        if chat_id in state.done:
            report.already_there += 1
            continue
        batch.append((chat_id, record))
        if len(batch) >= batch_size:
            await send()
    if batch:
        await send()
    report.folders_created = target_folders.created
    return report


async def _reconcile(target: AsyncChatsClient, state: MigrationState) -> None:
    """A batch was sent and the run stopped before recording it: look for its chats on the
    target (by fingerprint; a chat already recorded is not taken twice) and record those
    found, so that they are not sent again."""
    wanted: dict[str, list[str]] = {}
    for chat_id, mark in state.pending.items():
        wanted.setdefault(mark, []).append(chat_id)
    taken = set(state.done.values())
    async for chat in target.iter_all():
        if chat.id in taken:
            continue
        waiting = wanted.get(fingerprint(chat.to_dict()))
        if waiting:
            state.done[waiting.pop()] = chat.id
    state.pending = {}


async def prune(
    chats: AsyncChatsClient,
    *,
    older_than: datetime | timedelta | float,
    archived_only: bool,
    dry_run: bool,
    on_delete: Callable[[int, int], None] | None,
) -> ChatPruneReport:
    """See :meth:`AsyncChatsClient.prune`."""
    cutoff = timestamp(older_than, now=time.time())
    assert cutoff is not None
    report = ChatPruneReport(cutoff=cutoff, dry_run=dry_run)
    async for chat in chats.iter_all():
        if chat.updated_at < cutoff and (chat.archived or not archived_only):
            report.matched.append((chat.id, chat.title, chat.updated_at))
    report.matched.sort(key=lambda item: item[2])
    if not dry_run:
        for chat_id, _, _ in report.matched:
            await chats.delete(chat_id)
            report.deleted += 1
            if on_delete is not None:
                on_delete(report.deleted, len(report.matched))
    return report
