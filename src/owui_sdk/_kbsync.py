"""Keeping a knowledge base equal to a folder: what the folder holds (walked, filtered and
hashed), and the plan that Open WebUI's diff of it gives. Colour-neutral: both knowledge
clients use it; the requests are theirs (``_async/knowledge_sync.py`` and its twin).

The hash is the one Open WebUI records as ``meta.file_hash`` at upload: the SHA-256 of the
file's raw bytes, in hex. Its ``POST /knowledge/{id}/sync/diff`` compares a manifest of
``(path, filename, checksum, size)`` with what the knowledge base holds, keyed by the
directory path and the file name.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from attrs import define, field

if TYPE_CHECKING:
    import pathspec

    from ._results import KnowledgeSyncPlan, SyncedFile

__all__ = [
    "IGNORE_FILE",
    "LocalFile",
    "Scan",
    "ascan_folder",
    "build_plan",
    "one_line",
    "scan_folder",
]

#: The ignore file read at the top of the folder, in ``.gitignore`` syntax.
IGNORE_FILE = ".kbignore"


@define(slots=True, frozen=True)
class LocalFile:
    """A file of the folder that takes part in the sync."""

    path: Path  # where it is on disk
    directory: str  # its folder relative to the root, "/"-separated; "" at the top
    name: str
    size: int
    checksum: str  # SHA-256 of the bytes, hex

    @property
    def key(self) -> tuple[str, str]:
        """``(directory, name)``: how Open WebUI's diff tells files apart."""
        return (self.directory, self.name)

    @property
    def relative(self) -> str:
        """The path below the root, ``/``-separated (``guides/setup.md``)."""
        return f"{self.directory}/{self.name}" if self.directory else self.name


@define(slots=True)
class Scan:
    """What :func:`scan_folder` found."""

    files: list[LocalFile] = field(factory=list)
    skipped: list[SyncedFile] = field(factory=list)
    # Files (paths below the root) that exist but could not be read: a knowledge base file of
    # that name is kept rather than deleted, and so is its directory (rsync skips deletions
    # after an I/O error for the same reason).
    unreadable: set[str] = field(factory=set)
    unreadable_folders: set[str] = field(factory=set)


def one_line(exc: BaseException) -> str:
    """An exception as one line: its type and its message."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    return f"{type(exc).__name__}: {text}"


def _spec(lines: Iterable[str]) -> pathspec.GitIgnoreSpec:
    import pathspec

    return pathspec.GitIgnoreSpec.from_lines(lines)


def _patterns(value: str | Sequence[str] | None, name: str) -> list[str]:
    if value is None:
        return []
    items = [value] if isinstance(value, str) else list(value)
    for item in items:
        if not isinstance(item, str) or not item.strip():
            raise ValueError(f"{name} takes non-empty glob patterns, not {item!r}")
    return items


def _sha256(path: Path) -> str:
    # Streamed in chunks by hashlib: a file is never read into memory whole.
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def _is_within(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def scan_folder(
    directory: str | os.PathLike[str],
    *,
    include: str | Sequence[str] | None = None,
    exclude: str | Sequence[str] | None = None,
    max_size: int | None = None,
) -> Scan:
    """Walk ``directory`` and hash what should be in the knowledge base.

    Left out without a word: hidden files and folders (a name starting with ``.``), what
    ``.kbignore`` or ``exclude`` matches, and files ``include`` does not match (patterns in
    ``.gitignore`` syntax, matched against the path below the root). Reported as skipped, with
    the reason: empty files (Open WebUI refuses them), files over ``max_size`` bytes,
    unreadable files, symlinks leading outside the folder, symlink loops, and what is not a
    regular file.

    Raises:
        NotADirectoryError: ``directory`` is not a folder.
        ValueError: A bad pattern or ``max_size``.
    """
    from ._results import SyncedFile

    root = Path(directory)
    if not root.is_dir():
        raise NotADirectoryError(f"no folder at {str(root)!r}")
    if max_size is not None and (isinstance(max_size, bool) or max_size < 1):
        raise ValueError(f"max_size must be a positive number of bytes, not {max_size!r}")
    real_root = root.resolve()
    includes = _patterns(include, "include")
    try:
        include_spec = _spec(includes) if includes else None
        exclude_spec = _spec(_patterns(exclude, "exclude"))
        ignore_path = root / IGNORE_FILE
        ignore_spec = (
            _spec(ignore_path.read_text(encoding="utf-8").splitlines())
            if ignore_path.is_file()
            else None
        )
    except (TypeError, ValueError) as exc:  # pathspec's error for a bad pattern
        raise ValueError(f"bad pattern: {exc}") from exc

    def ignored(relative: str) -> bool:
        return exclude_spec.match_file(relative) or (
            ignore_spec is not None and ignore_spec.match_file(relative)
        )

    scan = Scan()

    def skip(relative: str, reason: str) -> None:
        scan.skipped.append(SyncedFile(relative, "skipped", reason=reason))

    # Folders by (device, inode) on the way down: a symlink back to one of them is a loop.
    def walk(folder: Path, relative_dir: str, ancestors: frozenset[tuple[int, int]]) -> None:
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            if not relative_dir:
                raise  # the folder itself: nothing to sync, and nothing to delete by mistake
            skip(relative_dir, f"unreadable folder: {one_line(exc)}")
            scan.unreadable_folders.add(relative_dir)
            return
        for entry in entries:
            name = entry.name
            if name.startswith("."):
                continue
            relative = f"{relative_dir}/{name}" if relative_dir else name
            try:
                name.encode("utf-8")
            except UnicodeEncodeError:
                shown = os.fsencode(relative).decode("utf-8", "backslashreplace")
                skip(shown, "name is not UTF-8")
                continue
            path = Path(entry.path)
            if entry.is_symlink():
                try:
                    target = path.resolve(strict=True)
                except RuntimeError:
                    skip(relative, "symlink loop")
                    continue
                except OSError as exc:
                    # 3.13 reports a loop as ELOOP ("Too many levels of symbolic links").
                    looped = exc.errno == errno.ELOOP or "loop" in str(exc).lower()
                    reason = "symlink loop" if looped else "broken symlink"
                    skip(relative, reason)
                    continue
                if not _is_within(target, real_root):
                    skip(relative, "symlink to outside the folder")
                    continue
            try:
                info = path.stat()
            except OSError as exc:
                skip(relative, f"unreadable: {one_line(exc)}")
                scan.unreadable.add(relative)
                continue
            if stat.S_ISDIR(info.st_mode):
                if ignored(relative + "/"):
                    continue
                if (info.st_dev, info.st_ino) in ancestors:
                    skip(relative, "symlink loop")
                    continue
                walk(path, relative, ancestors | {(info.st_dev, info.st_ino)})
                continue
            if ignored(relative) or (
                include_spec is not None and not include_spec.match_file(relative)
            ):
                continue
            if not stat.S_ISREG(info.st_mode):
                skip(relative, "not a regular file")
                continue
            if info.st_size == 0:
                skip(relative, "empty file (Open WebUI refuses empty uploads)")
                continue
            if max_size is not None and info.st_size > max_size:
                skip(relative, f"{info.st_size} bytes, over max_size ({max_size})")
                continue
            try:
                checksum = _sha256(path)
            except OSError as exc:
                skip(relative, f"unreadable: {one_line(exc)}")
                scan.unreadable.add(relative)
                continue
            scan.files.append(LocalFile(path, relative_dir, name, info.st_size, checksum))

    top = root.stat()
    walk(root, "", frozenset({(top.st_dev, top.st_ino)}))
    return scan


async def ascan_folder(
    directory: str | os.PathLike[str],
    *,
    include: str | Sequence[str] | None = None,
    exclude: str | Sequence[str] | None = None,
    max_size: int | None = None,
) -> Scan:
    """:func:`scan_folder` in a worker thread, so that hashing a large folder does not hold up
    the event loop (``scan_folder`` itself in blocking code)."""
    import functools

    import anyio

    return await anyio.to_thread.run_sync(
        functools.partial(
            scan_folder, directory, include=include, exclude=exclude, max_size=max_size
        )
    )


def manifest_of(files: Iterable[LocalFile]) -> list[dict[str, Any]]:
    """The body of ``sync/diff``'s ``manifest``."""
    return [
        {"filename": f.name, "path": f.directory, "checksum": f.checksum, "size": f.size}
        for f in files
    ]


def _directory_of(path: str) -> str:
    return path.rpartition("/")[0]


def build_plan(
    knowledge_id: str,
    scan: Scan,
    diff: Mapping[str, Any],
    present: Mapping[str, tuple[str, str | None]] | None,
    *,
    delete: bool,
) -> KnowledgeSyncPlan:
    """The plan from the folder (``scan``) and the server's diff of its manifest.

    Args:
        knowledge_id: The knowledge base.
        scan: The folder.
        diff: ``sync/diff``'s answer, as JSON (``added``, ``modified``, ``deleted``,
            ``mkdir``, ``rmdir``, ``directory_map``).
        present: The knowledge base's files, ``file_id -> (path, file_hash)``, when the diff
            deletes any (it names them by id and file name only): a deleted file whose name
            and content are added elsewhere is moved, not uploaded again.
        delete: Whether files gone from the folder leave the knowledge base.
    """
    from ._results import KnowledgeSyncPlan, SyncedFile

    by_key = {f.key: f for f in scan.files}
    planned: list[SyncedFile] = []
    touched: set[tuple[str, str]] = set()

    added: list[LocalFile] = []
    for entry in diff.get("added") or []:
        local = by_key.get((entry["path"], entry["filename"]))
        if local is not None:
            added.append(local)
    for entry in diff.get("modified") or []:
        local = by_key.get((entry["path"], entry["filename"]))
        if local is not None:
            touched.add(local.key)
            planned.append(
                SyncedFile(local.relative, "updated", file_id=entry.get("stale_file_id"))
            )

    # Moves: a file the diff deletes whose name and content are added under another folder
    # keeps its record and embeddings (a new upload of the same content would be refused by
    # Open WebUI as a duplicate while the old one is there).
    waiting = {(f.name, f.checksum): f for f in reversed(added)}
    unreadable_names = {p.rpartition("/")[2] for p in scan.unreadable}

    def _protected(where: str, name: str) -> bool:
        return name in unreadable_names or any(
            not folder or where.startswith(folder + "/") for folder in scan.unreadable_folders
        )

    deleted: list[SyncedFile] = []
    for entry in diff.get("deleted") or []:
        file_id, name = entry["file_id"], entry["filename"]
        where, digest = (present or {}).get(file_id, (name, None))
        target = waiting.pop((name, digest), None) if digest else None
        if target is not None:
            touched.add(target.key)
            planned.append(
                SyncedFile(target.relative, "moved", file_id=file_id, previous_path=where)
            )
        elif delete and not _protected(where, name):
            deleted.append(SyncedFile(where, "deleted", file_id=file_id))
    for local in added:
        if local.key not in touched:
            touched.add(local.key)
            planned.append(SyncedFile(local.relative, "added"))
    planned.extend(deleted)
    planned.extend(SyncedFile(f.relative, "unchanged") for f in scan.files if f.key not in touched)
    planned.extend(scan.skipped)

    directory_map: dict[str, str] = dict(diff.get("directory_map") or {})
    path_of = {dir_id: path for path, dir_id in directory_map.items()}
    keep = {_directory_of(path) for path in scan.unreadable} | scan.unreadable_folders
    removable: list[str] = []
    if delete:
        for dir_id in diff.get("rmdir") or []:
            path = path_of.get(dir_id)
            # A folder that still holds a skipped file (an unreadable one) stays.
            if path is not None and not any(k == path or k.startswith(path + "/") for k in keep):
                removable.append(path)
    removable.sort(key=lambda p: (-p.count("/"), p))
    mkdir = sorted(diff.get("mkdir") or [], key=lambda p: (p.count("/"), p))
    return KnowledgeSyncPlan(
        knowledge_id=knowledge_id,
        files=planned,
        create_directories=mkdir,
        remove_directories=removable,
        directory_ids=directory_map,
        local={f.relative: f for f in scan.files},
    )
