"""Walking Open WebUI's ``{"items": [...], "total": N}`` lists page after page.

One source for both colours: ``src/owui_sdk/_async/`` is written by hand and
``src/owui_sdk/_sync/`` is derived from it by ``make generate``.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator
from typing import TypeVar

from .._pages import AsyncListedFetch

__all__ = ["listed_pages"]

T = TypeVar("T")


async def listed_pages(fetch: AsyncListedFetch[T]) -> AsyncGenerator[T]:
    """The items of page 1, 2, 3...; it stops once ``total`` items came (no request for an
    empty page), or at an empty page (a list that shrank meanwhile)."""
    page, seen = 1, 0
    while True:
        answer = await fetch(page)
        for item in answer.items:
            yield item
        seen += len(answer.items)
        if not answer.items or seen >= answer.total:
            return
        page += 1
