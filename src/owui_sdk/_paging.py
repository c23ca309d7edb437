"""Walking a paged list of Open WebUI, page after page: the runtime of the generated
``iter_<route>`` methods of the resources (``client.users.iter_get_users()``).

A route is paged when it takes a ``page`` number, or ``skip`` and ``limit``, and answers a
list, or an object holding one list (and usually ``total``): the rule lives in
``codegen/generate.py`` (``paging_of``). Both colours are here, written by hand: the generated
resources hold both, and generated code imports nothing from the facade (``owui_sdk._async`` /
``owui_sdk._sync``). The shapes of a page fetch, in each colour, are here too.

When to stop is one rule, :func:`last_page`, for both colours.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Awaitable, Callable, Generator, Sequence
from typing import Protocol, TypeVar

__all__ = [
    "AsyncListedFetch",
    "AsyncPageFetch",
    "Listed",
    "SyncListedFetch",
    "SyncPageFetch",
    "apages",
    "last_page",
    "pages",
]

A = TypeVar("A")
T = TypeVar("T")

#: What one answer gives: the items of its page, the total when the answer tells it, and
#: whether more pages follow when it tells that (``has_more``).
Split = Callable[[A], tuple[Sequence[T], int | None, bool | None]]

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


def last_page(
    count: int, seen: int, total: int | None, more: bool | None, size: int | None
) -> bool:
    """Whether the page just read, of ``count`` items, is the last one.

    An empty page ends the walk (a list that shrank meanwhile, or a route that tells no
    total); so does a page that brought the ``total`` the answer tells, one that says no more
    follow, and, when the caller asked for pages of ``size`` (``limit``), a short page: no
    request for a page that cannot hold anything.
    """
    if count == 0 or more is False:
        return True
    if total is not None and seen >= total:
        return True
    return size is not None and count < size


async def apages(
    fetch: Callable[[int], Awaitable[A]],
    split: Split[A, T],
    *,
    start: int = 1,
    size: int | None = None,
) -> AsyncGenerator[T]:
    """The items of every page, fetched when the previous page is used up.

    Args:
        fetch: Reads one page: given the page number (``start``, ``start + 1``...) or, with
            ``size``, the number of items to skip (0, then how many came).
        split: The items of an answer, its total and whether more follow (None when it
            does not tell).
        start: The first page number (the route's default; ``0`` where it counts from 0).
        size: The page size the caller asked for (``limit``): pages by ``skip``.
    """
    position, seen = (start, 0) if size is None else (0, 0)
    while True:
        items, total, more = split(await fetch(position))
        for item in items:
            yield item
        seen += len(items)
        if last_page(len(items), seen, total, more, size):
            return
        position += 1 if size is None else len(items)


def pages(
    fetch: Callable[[int], A],
    split: Split[A, T],
    *,
    start: int = 1,
    size: int | None = None,
) -> Generator[T]:
    """Blocking :func:`apages`: the items of every page, fetched when the previous page is
    used up."""
    position, seen = (start, 0) if size is None else (0, 0)
    while True:
        items, total, more = split(fetch(position))
        yield from items
        seen += len(items)
        if last_page(len(items), seen, total, more, size):
            return
        position += 1 if size is None else len(items)
