"""Moving chats between files and servers: what an exported record is, what ``POST
/api/v1/chats/import`` keeps of it, the reports the chats client returns, and the migration's
state file. Colour-neutral: both chats clients use it.

What Open WebUI 0.12.4's import keeps (``ChatImportForm``): the chat itself (title, messages
and their tree, ``history.currentId``), ``meta`` (the tags are ``meta.tags``; the server
creates the tag rows), ``variables``, ``pinned``, ``archived``, ``folder_id`` (only for a folder
of the importing user: the folder is found or created by name here), ``current_message_id``,
``created_at`` and ``updated_at``. What it cannot keep: the chat ``id`` and ``user_id`` (new ones,
the importing user's), ``share_id`` (a shared link is not recreated), and the server-computed
``summary``, ``tasks`` and ``context_usage``.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO, Any

from attrs import define, field

__all__ = [
    "DROPPED_FIELDS",
    "ChatImportReport",
    "ChatMigrationReport",
    "ChatPruneReport",
    "MigrationState",
    "SameServerError",
    "fingerprint",
    "import_form",
    "normalised_url",
    "same_address",
    "timestamp",
    "write_private",
    "written_aside",
]

#: The key an export adds to a chat in a folder: the folder's name and its parents' names,
#: outermost first (folder ids mean nothing on another server).
FOLDER_PATH_KEY = "folder_path"

#: Fields of an exported chat that the import endpoint cannot take, and why.
DROPPED_FIELDS: dict[str, str] = {
    "id": "the server assigns a new id",
    "user_id": "chats belong to the importing user",
    "share_id": "shared links are not recreated",
    "summary": "recomputed by the server",
    "tasks": "recomputed by the server",
    "context_usage": "recomputed by the server",
    "folder_id": "a folder id without the folder's names (folder_path) means nothing on "
    "another server",
    "tags": "Open WebUI 0.12 keeps a tag as a lower-case id, spaces as underscores: "
    "'Travel Plans' becomes 'travel_plans'",
}


def _tag_id(name: str) -> str:
    # What Open WebUI 0.12.4 makes of a tag name (models/tags.py, ensure_tags_exist).
    return name.replace(" ", "_").lower()


_KEPT = (
    "variables",
    "meta",
    "pinned",
    "archived",
    "current_message_id",
    "created_at",
    "updated_at",
)


def import_form(record: Any) -> tuple[dict[str, Any], list[str], list[str]]:
    """One exported chat as the body of one ``ChatImportForm``.

    Takes what ``GET /api/v1/chats/all`` and the web UI's "Export chats" write (a chat object
    with a ``chat`` dict), and the older form whose record *is* the chat content (``title``,
    ``messages`` or ``history`` at the top).

    Returns:
        The form (without ``folder_id``), the folder path (names, outermost first; empty when
        the chat is in no folder), and the fields present that the import drops.

    Raises:
        ValueError: ``record`` is not a chat (not an object, or no chat content in it).
    """
    if not isinstance(record, Mapping):
        raise ValueError(f"not a chat: a JSON {_json_kind(record)}, not an object")
    content = record.get("chat")
    if content is None and ("history" in record or "messages" in record):
        content, record = record, {}
    if not isinstance(content, Mapping):
        raise ValueError("not a chat: no 'chat' object (and no 'messages' or 'history')")
    messages = content.get("messages")
    history = content.get("history")
    if messages is not None and not isinstance(messages, list):
        raise ValueError("not a chat: 'chat.messages' is not a list")
    if history is not None and not (
        isinstance(history, Mapping) and isinstance(history.get("messages", {}), Mapping)
    ):
        raise ValueError("not a chat: 'chat.history.messages' is not an object")
    form: dict[str, Any] = {"chat": dict(content)}
    if isinstance(record.get("title"), str) and "title" not in content:
        form["chat"]["title"] = record["title"]
    for key in _KEPT:
        value = record.get(key)
        if value is not None:
            form[key] = value
    for key in ("created_at", "updated_at"):
        if key in form and not (isinstance(form[key], int) and not isinstance(form[key], bool)):
            raise ValueError(f"not a chat: {key!r} is not a Unix time")
    if "meta" in form and not isinstance(form["meta"], Mapping):
        raise ValueError("not a chat: 'meta' is not an object")
    path = record.get(FOLDER_PATH_KEY) or []
    if not (isinstance(path, list) and all(isinstance(p, str) and p for p in path)):
        raise ValueError(f"not a chat: {FOLDER_PATH_KEY!r} is not a list of folder names")
    dropped = [
        key for key in DROPPED_FIELDS if key not in ("folder_id", "tags") and record.get(key)
    ]
    if record.get("folder_id") and not path:
        dropped.append("folder_id")
    tags = form.get("meta", {}).get("tags")
    if isinstance(tags, list) and any(isinstance(t, str) and t != _tag_id(t) for t in tags):
        dropped.append("tags")
    return form, path, dropped


def normalised_url(url: str) -> tuple[str, str, int | None, str]:
    """``url`` as (scheme, host, port, path), so that spellings of one server URL compare
    equal: the scheme and host in lower case, the scheme's default port made explicit, the
    path without a trailing slash or an ``/api`` suffix (``http`` when no scheme is given).
    Text only: ``localhost`` and ``127.0.0.1`` stay different here (see ``same_address``)."""
    from urllib.parse import urlsplit

    text = str(url).strip()
    parts = urlsplit(text if "://" in text else f"http://{text}")
    scheme = parts.scheme.lower()
    try:
        port = parts.port
    except ValueError:
        port = None
    if port is None:
        port = {"http": 80, "https": 443}.get(scheme)
    path = parts.path.rstrip("/")
    if path.endswith("/api"):
        path = path[: -len("/api")].rstrip("/")
    return scheme, (parts.hostname or "").lower(), port, path


def _json_kind(value: Any) -> str:
    if isinstance(value, list):
        return "array"
    if isinstance(value, str):
        return "string"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    return "number"


def fingerprint(chat: Mapping[str, Any]) -> str:
    """What tells one imported chat from another on the target, its id aside: the title, the
    two timestamps and the current message id (a UUID from the chat's own history), which the
    import keeps. ``chat`` is an exported record or an import form."""
    content = chat.get("chat") or {}
    title = content.get("title") if isinstance(content, Mapping) else None
    if title is None:
        title = chat.get("title")
    current = chat.get("current_message_id")
    if current is None and isinstance(content, Mapping):
        history = content.get("history")
        if isinstance(history, Mapping):
            current = history.get("currentId")
    return json.dumps(
        [title, chat.get("created_at"), chat.get("updated_at"), current], ensure_ascii=False
    )


def timestamp(value: datetime | timedelta | float | None, *, now: float) -> float | None:
    """A point in time as a Unix time: a ``datetime`` (naive means UTC), a ``timedelta`` or a
    number of seconds *before* ``now``; ``None`` stays ``None``."""
    if value is None:
        return None
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.timestamp()
    seconds = value.total_seconds() if isinstance(value, timedelta) else float(value)
    if seconds < 0:
        raise ValueError("an age must not be negative")
    return now - seconds


@contextlib.contextmanager
def written_aside(path: Path) -> Iterator[IO[str]]:
    """A text file that becomes ``path`` only when the block ends without an error: written
    beside it under a temporary name (mode 0600 from the start: ``mkstemp`` makes it so),
    flushed to disk, then renamed. A kill leaves the old file or the new one, never half of
    one; an error or Ctrl-C removes the temporary file and leaves ``path`` as it was."""
    import tempfile  # here: models.py imports this module, and tempfile is not free

    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_private(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically, mode 0600 (:func:`written_aside`)."""
    with written_aside(path) as handle:
        handle.write(text)


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


class SameServerError(ValueError):
    """The target of a copy is the source itself: the same server and the same user (a
    ``ValueError`` to users; the command line tells it apart to exit 2)."""


def same_address(first: str, second: str) -> bool:
    """Whether two server URLs reach the same place: the same scheme, port and path (as
    :func:`normalised_url` compares them), and hosts that are equal or resolve to a common
    address (``localhost`` and ``127.0.0.1``). Two ports of one host are two servers. A host
    that does not resolve is compared by name only."""
    import socket

    one, two = normalised_url(first), normalised_url(second)
    if (one[0], one[2], one[3]) != (two[0], two[2], two[3]):
        return False
    if one[1] == two[1]:
        return True

    def addresses(host: str) -> set[str]:
        try:
            return {str(info[4][0]) for info in socket.getaddrinfo(host, one[2])}
        except (OSError, UnicodeError):
            return set()

    return bool(addresses(one[1]) & addresses(two[1]))


#: What the state file records of a copied chat: its id on the target, and the source's
#: ``updated_at`` of the version copied (None when an older state file did not record it).
Copied = tuple[str, "int | None"]


@define(slots=True)
class MigrationState:
    """The migration's state file: which source chats landed on the target (and which
    version), which batch was in flight when the last run stopped, and which old copies
    are still to be deleted from the target.

    Attributes:
        source: The source server's URL.
        target: The target server's URL.
        done: Source chat id -> (target chat id, source ``updated_at`` copied).
        pending: Source chat id -> (fingerprint, ``updated_at``, the target id of the copy
            it replaces or None), for the batch sent but not yet recorded.
        retired: Target ids of old copies to delete (replaced by newer ones, or of chats
            gone from the source with ``sync``).
    """

    source: str
    target: str
    done: dict[str, tuple[str, int | None]] = field(factory=dict)
    pending: dict[str, tuple[str, int | None, str | None]] = field(factory=dict)
    retired: list[str] = field(factory=list)

    @classmethod
    def load(cls, path: Path, source: str, target: str) -> MigrationState:
        """The state in ``path``, or a fresh one when there is no such file. Reads the state
        files of earlier releases too (ids only: their chats count as up to date).

        Raises:
            ValueError: The file is not a state file, or one for other servers.
        """
        try:
            text = Path(path).read_text(encoding="utf-8")
        except FileNotFoundError:
            return cls(source, target)
        try:
            data = json.loads(text)
            done_in, pending_in = data["done"], data.get("pending", {})
            retired = data.get("retired", [])
            if not (
                isinstance(done_in, dict)
                and isinstance(pending_in, dict)
                and isinstance(retired, list)
            ):
                raise TypeError("done/pending/retired")
            done: dict[str, tuple[str, int | None]] = {}
            for chat_id, entry in done_in.items():
                if isinstance(entry, str):
                    done[chat_id] = (entry, None)
                else:
                    new_id, updated = entry
                    done[chat_id] = (str(new_id), None if updated is None else int(updated))
            pending: dict[str, tuple[str, int | None, str | None]] = {}
            for chat_id, entry in pending_in.items():
                if isinstance(entry, str):
                    pending[chat_id] = (entry, None, None)
                else:
                    mark, updated, replaces = entry
                    pending[chat_id] = (str(mark), updated, replaces)
        except (ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"{path} is not a migration state file ({exc})") from exc
        if (data.get("source"), data.get("target")) != (source, target):
            raise ValueError(
                f"{path} records a migration from {data.get('source')} to {data.get('target')}, "
                f"not from {source} to {target}"
            )
        return cls(source, target, done, pending, [str(r) for r in retired])

    def save(self, path: Path) -> None:
        """Write the state atomically, mode 0600 (it holds no key, but chat ids are private);
        its folder is made (mode 0700) when missing."""
        path = Path(path)
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        write_private(
            path,
            json.dumps(
                {
                    "source": self.source,
                    "target": self.target,
                    "done": self.done,
                    "pending": self.pending,
                    "retired": self.retired,
                },
                indent=0,
            ),
        )
