from typing import Any

import httpx

from ..._endpoint import (
    INVALID,
    AsyncClient,
    SyncClient,
    invalid,
    loads,
    parse,
    unexpected,
)
from ..._generated.models.search_kind import SearchKind
from ..._generated.models.search_response import SearchResponse
from ..._generated.models.search_sharing import SearchSharing
from ..._types import UNSET, Response, Unset


def _get_kwargs(
    *,
    q: str | Unset = "",
    kind: SearchKind | Unset = "all",
    sharing: SearchSharing | Unset = "all",
    scope: str | Unset = "",
    page: int | Unset = 1,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["q"] = q

    json_kind: str | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = kind

    params["kind"] = json_kind

    json_sharing: str | Unset = UNSET
    if not isinstance(sharing, Unset):
        json_sharing = sharing

    params["sharing"] = json_sharing

    params["scope"] = scope

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "route": "/api/v1/search",
        "url": "/api/v1/search",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> SearchResponse:
    if response.status_code == 200:
        try:
            response_200 = SearchResponse.from_dict(loads(response.content))

            parsed: SearchResponse = response_200
            return parsed
        except INVALID as exc:
            raise invalid(response, exc) from exc
    raise unexpected(response)


def _build_response(response: httpx.Response) -> Response[SearchResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parse(response, _parse_response) if response.is_success else None,
    )


def sync_detailed(
    *,
    client: SyncClient,
    q: str | Unset = "",
    kind: SearchKind | Unset = "all",
    sharing: SearchSharing | Unset = "all",
    scope: str | Unset = "",
    page: int | Unset = 1,
) -> Response[SearchResponse]:
    """Search

    ``GET /api/v1/search``

    Args:
        q (str | Unset):  Default: ''.
        kind (SearchKind | Unset):  Default: 'all'.
        sharing (SearchSharing | Unset):  Default: 'all'.
        scope (str | Unset):  Default: ''.
        page (int | Unset):  Default: 1.

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[SearchResponse]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = client._request(
        _get_kwargs(
            q=q,
            kind=kind,
            sharing=sharing,
            scope=scope,
            page=page,
        )
    )
    return _build_response(response)


def sync(
    *,
    client: SyncClient,
    q: str | Unset = "",
    kind: SearchKind | Unset = "all",
    sharing: SearchSharing | Unset = "all",
    scope: str | Unset = "",
    page: int | Unset = 1,
) -> SearchResponse:
    """Search

    ``GET /api/v1/search``

    Args:
        q (str | Unset):  Default: ''.
        kind (SearchKind | Unset):  Default: 'all'.
        sharing (SearchSharing | Unset):  Default: 'all'.
        scope (str | Unset):  Default: ''.
        page (int | Unset):  Default: 1.

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        SearchResponse
    """
    return parse(
        client._request(
            _get_kwargs(
                q=q,
                kind=kind,
                sharing=sharing,
                scope=scope,
                page=page,
            )
        ),
        _parse_response,
    )


async def asyncio_detailed(
    *,
    client: AsyncClient,
    q: str | Unset = "",
    kind: SearchKind | Unset = "all",
    sharing: SearchSharing | Unset = "all",
    scope: str | Unset = "",
    page: int | Unset = 1,
) -> Response[SearchResponse]:
    """Search

    ``GET /api/v1/search``

    Args:
        q (str | Unset):  Default: ''.
        kind (SearchKind | Unset):  Default: 'all'.
        sharing (SearchSharing | Unset):  Default: 'all'.
        scope (str | Unset):  Default: ''.
        page (int | Unset):  Default: 1.

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[SearchResponse]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = await client._arequest(
        _get_kwargs(
            q=q,
            kind=kind,
            sharing=sharing,
            scope=scope,
            page=page,
        )
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncClient,
    q: str | Unset = "",
    kind: SearchKind | Unset = "all",
    sharing: SearchSharing | Unset = "all",
    scope: str | Unset = "",
    page: int | Unset = 1,
) -> SearchResponse:
    """Search

    ``GET /api/v1/search``

    Args:
        q (str | Unset):  Default: ''.
        kind (SearchKind | Unset):  Default: 'all'.
        sharing (SearchSharing | Unset):  Default: 'all'.
        scope (str | Unset):  Default: ''.
        page (int | Unset):  Default: 1.

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        SearchResponse
    """
    return parse(
        await client._arequest(
            _get_kwargs(
                q=q,
                kind=kind,
                sharing=sharing,
                scope=scope,
                page=page,
            )
        ),
        _parse_response,
    )
