"""``client.search``: the ``search`` endpoints of Open WebUI as methods; generated, do not edit.

Each method calls the function of the same name in :mod:`owui_sdk.api.search`, which loads
on the method's first call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._paging import apages, pages
from ..api import search as _api

if TYPE_CHECKING:
    from collections.abc import AsyncGenerator, Generator

    from .._endpoint import AsyncClient, SyncClient
    from .._generated.models.search_kind import SearchKind
    from .._generated.models.search_response import SearchResponse
    from .._generated.models.search_result import SearchResult
    from .._generated.models.search_sharing import SearchSharing
    from .._types import Unset

__all__ = ["AsyncSearchResource", "SearchResource"]


class AsyncSearchResource:
    """The ``search`` endpoints (asyncio): ``client.search`` of :class:`owui_sdk.AsyncOpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def search(
        self,
        *,
        q: str | Unset = "",
        kind: SearchKind | Unset = "all",
        sharing: SearchSharing | Unset = "all",
        scope: str | Unset = "",
        page: int | Unset = 1,
    ) -> SearchResponse:
        """Search

        ``GET /api/v1/search``
        """
        return await _api.search.asyncio(
            client=self._client,
            q=q,
            kind=kind,
            sharing=sharing,
            scope=scope,
            page=page,
        )

    def iter_search(
        self,
        *,
        q: str | Unset = "",
        kind: SearchKind | Unset = "all",
        sharing: SearchSharing | Unset = "all",
        scope: str | Unset = "",
    ) -> AsyncGenerator[SearchResult]:
        """Every item of :meth:`search`, page after page.

        Pages are asked for by number from 1; the walk ends at an empty page, or at a page
        saying no more follow. The next page is read once the previous one is used up. Takes the
        arguments of :meth:`search` but ``page``.
        """
        return apages(
            lambda page: self.search(
                q=q,
                kind=kind,
                sharing=sharing,
                scope=scope,
                page=page,
            ),
            lambda answer: (
                answer.items or [],
                None,
                answer.has_more if isinstance(answer.has_more, bool) else None,
            ),
            start=1,
        )


class SearchResource:
    """The ``search`` endpoints: ``client.search`` of :class:`owui_sdk.OpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def search(
        self,
        *,
        q: str | Unset = "",
        kind: SearchKind | Unset = "all",
        sharing: SearchSharing | Unset = "all",
        scope: str | Unset = "",
        page: int | Unset = 1,
    ) -> SearchResponse:
        """Search

        ``GET /api/v1/search``
        """
        return _api.search.sync(
            client=self._client,
            q=q,
            kind=kind,
            sharing=sharing,
            scope=scope,
            page=page,
        )

    def iter_search(
        self,
        *,
        q: str | Unset = "",
        kind: SearchKind | Unset = "all",
        sharing: SearchSharing | Unset = "all",
        scope: str | Unset = "",
    ) -> Generator[SearchResult]:
        """Every item of :meth:`search`, page after page.

        Pages are asked for by number from 1; the walk ends at an empty page, or at a page
        saying no more follow. The next page is read once the previous one is used up. Takes the
        arguments of :meth:`search` but ``page``.
        """
        return pages(
            lambda page: self.search(
                q=q,
                kind=kind,
                sharing=sharing,
                scope=scope,
                page=page,
            ),
            lambda answer: (
                answer.items or [],
                None,
                answer.has_more if isinstance(answer.has_more, bool) else None,
            ),
            start=1,
        )
