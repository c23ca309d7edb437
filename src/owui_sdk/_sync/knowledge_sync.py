# Generated from src/owui_sdk/_async/knowledge_sync.py by `make generate` (unasync). Do not edit.
"""Keeping a knowledge base equal to a folder: the work behind ``client.knowledge.plan_sync``
and ``client.knowledge.sync``.

The plan is Open WebUI's own: ``POST /knowledge/{id}/sync/diff`` with the folder's SHA-256
manifest (``owui_sdk._kbsync``). Carrying it out: directories created (parents first), files
moved, files deleted, new and changed files uploaded (``concurrency`` at a time, each waited
for and added under its directory), changed files' old versions removed, empty directories
removed (children first). A file record another knowledge base holds too is only taken out of
this one, never deleted. Open WebUI's ``sync/cleanup`` is not used for that reason: it deletes
the file records it is given, wherever else they are.

One source for both colours: ``src/owui_sdk/_async/`` is written by hand and
``src/owui_sdk/_sync/`` is derived from it by ``make generate``.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from .._concurrency import map_limited
from .._kbsync import LocalFile, build_plan, manifest_of, one_line, scan_folder
from .._paging import SyncListedFetch
from ..errors import NotFoundError, OpenWebUIError
from .files import FilesClient
from .paging import listed_pages

if TYPE_CHECKING:
    from .._generated.models.file_user_response import FileUserResponse
    from .._generated.models.knowledge_file_list_response import KnowledgeFileListResponse
    from .._resources.knowledge import KnowledgeResource
    from .._results import KnowledgeSyncPlan, KnowledgeSyncReport, SyncedFile

__all__ = ["plan_sync", "run_sync"]

# What one file's failure can be: the server's refusal, the disk's, a bad value. Anything else
# is a bug and propagates.
_FILE_ERRORS = (OpenWebUIError, OSError, ValueError, TypeError)


def plan_sync(
    knowledge: KnowledgeResource,
    knowledge_id: str,
    directory: str | os.PathLike[str],
    *,
    delete: bool,
    include: str | Sequence[str] | None,
    exclude: str | Sequence[str] | None,
    max_size: int | None,
) -> KnowledgeSyncPlan:
    """The plan: the folder scanned and hashed, the server's diff of its manifest, and (only
    when the diff deletes files) the knowledge base's files, to tell moves from deletions."""
    if not isinstance(knowledge_id, str) or not knowledge_id:
        raise ValueError(f"knowledge_id must be a non-empty id, not {knowledge_id!r}")
    scan = scan_folder(directory, include=include, exclude=exclude, max_size=max_size)
    answer = knowledge.sync_knowledge_diff(knowledge_id, {"manifest": manifest_of(scan.files)})
    diff = answer.to_dict()
    present = (
        _present(knowledge, knowledge_id, diff.get("directory_map") or {})
        if diff.get("deleted")
        else None
    )
    return build_plan(knowledge_id, scan, diff, present, delete=delete)


def _present(
    knowledge: KnowledgeResource, knowledge_id: str, directory_map: dict[str, str]
) -> dict[str, tuple[str, str | None]]:
    """The knowledge base's files: ``file_id -> (path, file_hash)``. Open WebUI 0.12 gives
    each file's directory in the list; 0.11 does not, and is listed directory by directory
    (the diff's ``directory_map`` names them all)."""
    from .._types import UNSET

    present: dict[str, tuple[str, str | None]] = {}
    located = True
    for known in knowledge.iter_get_knowledge_files_by_id(knowledge_id):
        # getattr: a package generated for 0.11 (make check-regenerate) has no such fields.
        located = located and getattr(known, "directory_id", UNSET) is not UNSET
        directory_path = getattr(known, "directory_path", None)
        folder = directory_path if isinstance(directory_path, str) else ""
        present[known.id] = _entry(known, folder)
    if located or not directory_map:
        return present
    for folder, dir_id in [("", ""), *directory_map.items()]:
        for known in listed_pages(_in_directory(knowledge, knowledge_id, dir_id)):
            present[known.id] = _entry(known, folder)
    return present


def _in_directory(
    knowledge: KnowledgeResource, knowledge_id: str, dir_id: str
) -> SyncListedFetch[FileUserResponse]:
    # "" is the top level: without a directory_id, Open WebUI lists every file.
    def fetch(page: int) -> KnowledgeFileListResponse:
        return knowledge.get_knowledge_files_by_id(knowledge_id, directory_id=dir_id, page=page)

    return fetch


def _entry(known: Any, folder: str) -> tuple[str, str | None]:
    extra = getattr(known.meta, "additional_properties", None) or {}
    digest = extra.get("file_hash")
    where = f"{folder}/{known.filename}" if folder else known.filename
    return (where, digest if isinstance(digest, str) else None)


def run_sync(
    knowledge: KnowledgeResource,
    files: FilesClient,
    plan: KnowledgeSyncPlan,
    *,
    concurrency: int,
    on_progress: Callable[[SyncedFile], None] | None,
    timeout: float,
) -> KnowledgeSyncReport:
    """Carry ``plan`` out; one file's failure never stops the others."""
    from .._results import KnowledgeSyncReport, SyncedFile

    knowledge_id = plan.knowledge_id
    directories = dict(plan._directory_ids)
    created: list[str] = []
    broken: dict[str, str] = {}  # directory path -> why it could not be made

    for path in plan.create_directories:
        parent, _, name = path.rpartition("/")
        if parent in broken:
            broken[path] = broken[parent]
            continue
        try:
            made = knowledge.create_knowledge_directory(
                knowledge_id, {"name": name, "parent_id": directories.get(parent)}
            )
        except OpenWebUIError as exc:
            broken[path] = f"directory {path!r} could not be created: {one_line(exc)}"
            continue
        directories[path] = made.id
        created.append(path)

    def directory_id(path: str) -> str | None:
        folder = path.rpartition("/")[0]
        return directories.get(folder) if folder else None

    def carry_out(item: SyncedFile) -> SyncedFile:
        folder = item.path.rpartition("/")[0]
        if item.status in ("added", "updated", "moved") and folder in broken:
            return SyncedFile(item.path, "failed", item.file_id, broken[folder])
        try:
            if item.status == "moved":
                assert item.file_id is not None
                knowledge.move_file_in_knowledge(
                    knowledge_id,
                    {"file_id": item.file_id, "directory_id": directory_id(item.path)},
                )
                return item
            if item.status == "deleted":
                assert item.file_id is not None
                _remove(knowledge, knowledge_id, item.file_id, item.path)
                return item
            local: LocalFile = plan._local[item.path]
            new_id = _upload(knowledge, files, knowledge_id, local, directory_id, timeout)
            if item.status == "updated" and item.file_id is not None:
                try:
                    _remove(knowledge, knowledge_id, item.file_id, item.path)
                except _FILE_ERRORS as exc:
                    return SyncedFile(
                        item.path,
                        "failed",
                        new_id,
                        f"uploaded, but the old version stayed: {one_line(exc)}",
                    )
            return SyncedFile(item.path, item.status, new_id)
        except _FILE_ERRORS as exc:
            return SyncedFile(item.path, "failed", item.file_id, one_line(exc))

    # Moves and deletions before uploads: a file renamed with its content unchanged would
    # otherwise be refused as a duplicate of the one it replaces.
    first = [f for f in plan.files if f.status in ("moved", "deleted")]
    then = [f for f in plan.files if f.status in ("added", "updated")]
    done: dict[int, SyncedFile] = {}
    for batch in (first, then):
        results = map_limited(carry_out, batch, concurrency, on_progress)
        for item, result in zip(batch, results, strict=True):
            done[id(item)] = result

    removed: list[str] = []
    failed_folders = {f.path.rpartition("/")[0] for f in done.values() if f.status == "failed"}
    for path in plan.remove_directories:
        dir_id = directories.get(path)
        # A folder whose file failed to leave keeps its directory (and that file).
        if dir_id is None or any(d == path or d.startswith(path + "/") for d in failed_folders):
            continue
        try:
            # move_files=True: were anything left inside, it goes up a level, never away.
            knowledge.delete_knowledge_directory(knowledge_id, dir_id, move_files=True)
        except NotFoundError:
            pass  # went with its parent
        except OpenWebUIError:
            continue
        removed.append(path)

    return KnowledgeSyncReport(
        knowledge_id=knowledge_id,
        dry_run=False,
        files=[done.get(id(item), item) for item in plan.files],
        created_directories=created,
        removed_directories=removed,
        plan=plan,
    )


def _upload(
    knowledge: KnowledgeResource,
    files: FilesClient,
    knowledge_id: str,
    local: LocalFile,
    directory_id: Callable[[str], str | None],
    timeout: float,
) -> str:
    """Upload, wait for processing, add under its directory; the new file's id. A file
    uploaded for a failed add is deleted again."""
    uploaded = files.upload(local.path, filename=local.name, metadata={"file_hash": local.checksum})
    try:
        files.wait_until_processed(uploaded.id, timeout=timeout)
        knowledge.add_file_to_knowledge_by_id(
            knowledge_id,
            {"file_id": uploaded.id, "directory_id": directory_id(local.relative)},
        )
    except Exception:
        # No upload is left behind outside the knowledge base.
        with contextlib.suppress(OpenWebUIError):
            files.delete_file_by_id(uploaded.id)
        raise
    return uploaded.id


def _remove(knowledge: KnowledgeResource, knowledge_id: str, file_id: str, path: str) -> None:
    """Take the file out of the knowledge base; delete its record too unless another
    knowledge base holds it."""
    name = path.rpartition("/")[2]
    shared = False
    for found in knowledge.iter_search_knowledge_files(query=name):
        if found.id != file_id:
            continue
        collection: Any = (getattr(found, "additional_properties", None) or {}).get("collection")
        if isinstance(collection, dict) and collection.get("id") != knowledge_id:
            shared = True
            break
    knowledge.remove_file_from_knowledge_by_id(
        knowledge_id, {"file_id": file_id}, delete_file=not shared
    )
