# Generated from src/owui_sdk/_async/paging.py by `make generate` (unasync). Do not edit.
"""Walking Open WebUI's ``{"items": [...], "total": N}`` lists page after page.

One source for both colours: ``src/owui_sdk/_async/`` is written by hand and
``src/owui_sdk/_sync/`` is derived from it by ``make generate``. The walk itself is
``owui_sdk._paging``'s, the one the generated ``iter_<route>`` methods use.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import TypeVar

from .._paging import SyncListedFetch, pages

__all__ = ["listed_pages"]

T = TypeVar("T")


def listed_pages(fetch: SyncListedFetch[T]) -> Generator[T]:
    """The items of page 1, 2, 3...; it stops once ``total`` items came (no request for an
    empty page), or at an empty page (a list that shrank meanwhile)."""
    return pages(fetch, lambda answer: (answer.items, answer.total, None))
