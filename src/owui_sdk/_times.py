"""Points in time as the chats API compares them: Unix times."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

__all__ = ["timestamp"]


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
