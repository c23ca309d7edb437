"""The shapes of paged lists: a function from a page number to a page, in each colour."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Protocol, TypeVar

__all__ = ["AsyncListedFetch", "AsyncPageFetch", "Listed", "SyncListedFetch", "SyncPageFetch"]

T = TypeVar("T")
#: A function from a page number to that page's items, in each colour (the chats iterators).
AsyncPageFetch = Callable[[int], Awaitable[list[T]]]
SyncPageFetch = Callable[[int], list[T]]


class Listed(Protocol[T]):
    """A page of a list Open WebUI answers as ``{"items": [...], "total": N}``."""

    items: list[T]
    total: int


#: A function from a page number to that page, in each colour (files, knowledge).
AsyncListedFetch = Callable[[int], Awaitable[Listed[T]]]
SyncListedFetch = Callable[[int], Listed[T]]
