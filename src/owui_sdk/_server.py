"""What a client learns about its server (its version), shared by its ``with_options``
copies, and the lock each colour holds while it asks."""

from __future__ import annotations

import threading
from typing import Any

__all__ = ["ServerFacts", "aserver_lock", "server_lock"]


class ServerFacts:
    """What a client learnt about its server, shared by its ``with_options`` copies (same
    server): its version, asked once (``/api/version``), when first needed. Concurrent
    failures wait for the first question's answer instead of asking again."""

    __slots__ = ("async_lock", "lock", "version")

    def __init__(self) -> None:
        self.version: str | None = None
        self.lock = threading.Lock()
        # An anyio.Lock, made by the first async caller that needs it (anyio stays off the
        # import path, and the lock is made inside the event loop).
        self.async_lock: Any = None

    def __repr__(self) -> str:
        return f"ServerFacts(version={self.version!r})"


def server_lock(facts: ServerFacts) -> threading.Lock:
    """The lock the blocking client holds while it asks the server's version."""
    return facts.lock


def aserver_lock(facts: ServerFacts) -> Any:
    """The lock the async client holds while it asks the server's version (asyncio and trio
    alike)."""
    if facts.async_lock is None:
        import anyio

        facts.async_lock = anyio.Lock()
    return facts.async_lock
