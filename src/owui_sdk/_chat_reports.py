"""What the chats client's bulk operations report: ``import_records``, ``prune`` and
``copy_to`` (public as ``owui_sdk.models`` and ``owui_sdk.chats`` names)."""

from __future__ import annotations

from attrs import define, field

__all__ = ["ChatImportReport", "ChatMigrationReport", "ChatPruneReport"]


@define(slots=True)
class ChatImportReport:
    """What ``client.chats.import_records`` did.

    Attributes:
        imported: How many chats were imported (with ``dry_run``: would be).
        chat_ids: The new chats' ids, in the order of the records (empty with ``dry_run``).
        folders_created: The folders created for the chats, as ``"Parent/Child"`` paths (with
            ``dry_run``: that would be).
        dropped: For each field the import could not keep, how many records had it (``id``
            is always among them: the server assigns new ids).
        dry_run: Whether nothing was written.
    """

    imported: int = 0
    chat_ids: list[str] = field(factory=list)
    folders_created: list[str] = field(factory=list)
    dropped: dict[str, int] = field(factory=dict)
    dry_run: bool = False


@define(slots=True)
class ChatPruneReport:
    """What ``client.chats.prune`` did.

    Attributes:
        matched: ``(id, title, updated_at)`` of every chat older than the cut-off (with
            ``archived_only``: every such archived chat), oldest first; pinned chats only
            with ``include_pinned``.
        pinned: The ids of the matched chats that are pinned (empty unless
            ``include_pinned``).
        spared: ``(id, title, updated_at)`` of the pinned chats old enough to match that were
            spared because ``include_pinned`` was not given, oldest first.
        deleted: How many were deleted (0 with ``dry_run``).
        cutoff: The cut-off, a Unix time: chats last updated before it matched.
        dry_run: Whether nothing was deleted.
    """

    matched: list[tuple[str, str, int]] = field(factory=list)
    pinned: list[str] = field(factory=list)
    spared: list[tuple[str, str, int]] = field(factory=list)
    deleted: int = 0
    cutoff: float = 0.0
    dry_run: bool = False


@define(slots=True)
class ChatMigrationReport:
    """What ``client.chats.copy_to`` did.

    A run copies every chat the source had when it started (listed first, in one request
    for the chats in use and page by page for the archived ones), whatever the source does
    meanwhile; it then lists the source again and names what changed during the run.

    Attributes:
        copied: Chats copied by this run (first copies).
        updated: Chats copied again because they changed on the source since an earlier
            run copied them (the old copy on the target is replaced: new id, same content).
        already_there: Chats skipped because the state file says an earlier run copied them
            as they are now (or found on the target after an interrupted batch).
        removed: Copies deleted from the target because their chat is gone from the source
            (only with ``sync``).
        changed: ``(id, title)`` of the chats that changed on the source after this run
            copied them: the target has the older version until the next run.
        created: ``(id, title)`` of the chats made on the source during the run and not
            copied by it: the next run copies them.
        deleted: ``(id, title)`` of the chats listed at the start, or copied before, that are
            gone from the source now (their copies stay on the target unless ``sync``).
        folders_created: The folders created on the target, as ``"Parent/Child"`` paths.
        dropped: As in :class:`ChatImportReport`, for this run's chats.
        state_file: The state file (it lists every chat copied so far).
    """

    copied: int = 0
    updated: int = 0
    already_there: int = 0
    removed: int = 0
    changed: list[tuple[str, str]] = field(factory=list)
    created: list[tuple[str, str]] = field(factory=list)
    deleted: list[tuple[str, str]] = field(factory=list)
    folders_created: list[str] = field(factory=list)
    dropped: dict[str, int] = field(factory=dict)
    state_file: str = ""
