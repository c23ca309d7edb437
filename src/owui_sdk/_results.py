"""What the hand-written bulk operations report, one object per item.

A module of its own, so that ``client.files`` and ``client.knowledge`` do not load attrs on
first access (it loads with the first model instead).
"""

from __future__ import annotations

from typing import Any, Literal

from attrs import define, field

__all__ = [
    "AddedFile",
    "IngestReport",
    "KnowledgeSyncPlan",
    "KnowledgeSyncReport",
    "SyncStatus",
    "SyncedFile",
]


@define(slots=True)
class AddedFile:
    """What ``client.knowledge.add_files`` did with one file.

    Attributes:
        name: The file's name (as recorded in the knowledge base).
        status: ``"added"``; ``"replaced"`` (a file of that name with other content was
            there: the new one is added, the old one removed); ``"skipped"`` (the same
            content is there already: nothing uploaded); ``"failed"``.
        file_id: The file in the knowledge base (``None`` when it failed).
        error: Why it failed, in one line.
    """

    name: str
    status: Literal["added", "replaced", "skipped", "failed"]
    file_id: str | None = None
    error: str | None = None


@define(slots=True)
class IngestReport:
    """What ``client.knowledge.ingest`` did.

    Attributes:
        knowledge_id: The knowledge base fed.
        created: Whether it was created by this call (no knowledge base had the name).
        files: One :class:`AddedFile` per file of the folder, in path order.
    """

    knowledge_id: str
    created: bool
    files: list[AddedFile]

    def count(self, status: str) -> int:
        """How many files ended with ``status`` (``"added"``, ``"skipped"``, ...)."""
        return sum(1 for item in self.files if item.status == status)


#: What a sync does (or, in a plan, would do) with one file.
SyncStatus = Literal["added", "updated", "moved", "deleted", "unchanged", "skipped", "failed"]

_STATUSES: tuple[SyncStatus, ...] = (
    "added",
    "updated",
    "moved",
    "deleted",
    "unchanged",
    "skipped",
    "failed",
)


@define(slots=True)
class SyncedFile:
    """One file of a knowledge base sync (``client.knowledge.sync`` / ``plan_sync``).

    Attributes:
        path: The file's path below the folder, ``/``-separated (``guides/setup.md``); for a
            deleted file, its path in the knowledge base.
        status: ``"added"`` (new in the folder: uploaded); ``"updated"`` (its content
            changed: the new content uploaded, the old file removed); ``"moved"`` (the same
            name and content under another sub-folder: the knowledge base's file moved to the
            matching directory, nothing uploaded); ``"deleted"`` (gone from the folder: removed
            from the knowledge base); ``"unchanged"``; ``"skipped"`` (left out, ``reason``
            says why); ``"failed"`` (``reason`` says why). In a plan, what the sync would do.
        file_id: The knowledge base's file: the new one (added, updated), the one moved or
            deleted; in a plan, the one an update replaces.
        reason: Why it was skipped or failed, in one line.
        previous_path: Where a moved file was.
    """

    path: str
    status: SyncStatus
    file_id: str | None = None
    reason: str | None = None
    previous_path: str | None = None

    def to_dict(self) -> dict[str, str | None]:
        """As JSON: ``path``, ``status``, and the other fields that are set."""
        out: dict[str, str | None] = {"path": self.path, "status": self.status}
        for name in ("file_id", "reason", "previous_path"):
            value = getattr(self, name)
            if value is not None:
                out[name] = value
        return out


def _counts(files: list[SyncedFile]) -> dict[str, int]:
    counts: dict[str, int] = dict.fromkeys(_STATUSES, 0)
    for item in files:
        counts[item.status] += 1
    return counts


@define(slots=True)
class KnowledgeSyncPlan:
    """What ``client.knowledge.sync`` would do, from Open WebUI's own diff of the folder's
    SHA-256 manifest (``client.knowledge.plan_sync``): nothing is changed to make it.

    Attributes:
        knowledge_id: The knowledge base.
        files: One :class:`SyncedFile` per file of the folder and per file to delete, its
            ``status`` what the sync would do: changes first (updated, moved, added,
            deleted), then unchanged, then skipped.
        create_directories: Knowledge base directories to create, by path (``guides/api``),
            parents first.
        remove_directories: Directories to remove (by path, children first): no file of the
            folder is left under them (only with ``delete``).
    """

    knowledge_id: str
    files: list[SyncedFile]
    create_directories: list[str]
    remove_directories: list[str]
    # What the sync needs to carry the plan out: the existing directories (path -> id) and
    # the local files (path below the root -> LocalFile).
    _directory_ids: dict[str, str] = field(factory=dict, repr=False, eq=False)
    _local: dict[str, Any] = field(factory=dict, repr=False, eq=False)

    def count(self, status: str) -> int:
        """How many files have ``status`` (``"added"``, ``"unchanged"``, ...)."""
        return sum(1 for item in self.files if item.status == status)

    @property
    def changes(self) -> list[SyncedFile]:
        """The files the sync would change: added, updated, moved or deleted."""
        return [f for f in self.files if f.status in ("added", "updated", "moved", "deleted")]

    @property
    def in_sync(self) -> bool:
        """Whether there is nothing to do (skipped files aside)."""
        return not self.changes and not self.create_directories and not self.remove_directories

    def counts(self) -> dict[str, int]:
        """Files per status, every status present (``{"added": 1, "updated": 0, ...}``)."""
        return _counts(self.files)

    def to_dict(self) -> dict[str, Any]:
        """As JSON (what ``owui knowledge sync --dry-run --json`` prints)."""
        return {
            "knowledge_id": self.knowledge_id,
            **self.counts(),
            "create_directories": self.create_directories,
            "remove_directories": self.remove_directories,
            "files": [f.to_dict() for f in self.files],
        }


@define(slots=True)
class KnowledgeSyncReport:
    """What ``client.knowledge.sync`` did.

    Attributes:
        knowledge_id: The knowledge base.
        dry_run: Whether nothing was changed (``files`` then says what would have been done).
        files: One :class:`SyncedFile` per file of the folder and per file deleted, in the
            plan's order; a failed one carries the reason.
        created_directories: Directories created, by path.
        removed_directories: Directories removed, by path.
        plan: The plan that was carried out.
    """

    knowledge_id: str
    dry_run: bool
    files: list[SyncedFile]
    created_directories: list[str]
    removed_directories: list[str]
    plan: KnowledgeSyncPlan = field(repr=False)

    def count(self, status: str) -> int:
        """How many files ended with ``status`` (``"added"``, ``"failed"``, ...)."""
        return sum(1 for item in self.files if item.status == status)

    def counts(self) -> dict[str, int]:
        """Files per status, every status present."""
        return _counts(self.files)

    @property
    def ok(self) -> bool:
        """Whether no file failed."""
        return not any(item.status == "failed" for item in self.files)

    def to_dict(self) -> dict[str, Any]:
        """As JSON (what ``owui knowledge sync --json`` prints)."""
        return {
            "knowledge_id": self.knowledge_id,
            "dry_run": self.dry_run,
            **self.counts(),
            "created_directories": self.created_directories,
            "removed_directories": self.removed_directories,
            "files": [f.to_dict() for f in self.files],
        }
