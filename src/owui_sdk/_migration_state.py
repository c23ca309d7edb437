"""The migration's state file: what ``client.chats.copy_to`` has copied where, read back by
the next run so that it copies the rest and nothing twice."""

from __future__ import annotations

import json
from pathlib import Path

from attrs import define, field

from ._atomic_write import write_private

__all__ = ["MigrationState"]


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
