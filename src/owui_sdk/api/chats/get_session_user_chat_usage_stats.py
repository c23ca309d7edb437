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
from ..._generated.models.chat_usage_stats_list_response import ChatUsageStatsListResponse
from ..._types import UNSET, Response, Unset


def _get_kwargs(
    *,
    items_per_page: int | None | Unset = 50,
    page: int | None | Unset = 1,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_items_per_page: int | None | Unset
    if isinstance(items_per_page, Unset):
        json_items_per_page = UNSET
    else:
        json_items_per_page = items_per_page
    params["items_per_page"] = json_items_per_page

    json_page: int | None | Unset
    if isinstance(page, Unset):
        json_page = UNSET
    else:
        json_page = page
    params["page"] = json_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "route": "/api/v1/chats/stats/usage",
        "url": "/api/v1/chats/stats/usage",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> ChatUsageStatsListResponse:
    if response.status_code == 200:
        try:
            response_200 = ChatUsageStatsListResponse.from_dict(loads(response.content))

            parsed: ChatUsageStatsListResponse = response_200
            return parsed
        except INVALID as exc:
            raise invalid(response, exc) from exc
    raise unexpected(response)


def _build_response(response: httpx.Response) -> Response[ChatUsageStatsListResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parse(response, _parse_response) if response.is_success else None,
    )


def sync_detailed(
    *,
    client: SyncClient,
    items_per_page: int | None | Unset = 50,
    page: int | None | Unset = 1,
) -> Response[ChatUsageStatsListResponse]:
    """Get Session User Chat Usage Stats

    ``GET /api/v1/chats/stats/usage``

    Args:
        items_per_page (int | None | Unset):  Default: 50.
        page (int | None | Unset):  Default: 1.

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[ChatUsageStatsListResponse]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = client._request(
        _get_kwargs(
            items_per_page=items_per_page,
            page=page,
        )
    )
    return _build_response(response)


def sync(
    *,
    client: SyncClient,
    items_per_page: int | None | Unset = 50,
    page: int | None | Unset = 1,
) -> ChatUsageStatsListResponse:
    """Get Session User Chat Usage Stats

    ``GET /api/v1/chats/stats/usage``

    Args:
        items_per_page (int | None | Unset):  Default: 50.
        page (int | None | Unset):  Default: 1.

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        ChatUsageStatsListResponse
    """
    return parse(
        client._request(
            _get_kwargs(
                items_per_page=items_per_page,
                page=page,
            )
        ),
        _parse_response,
    )


async def asyncio_detailed(
    *,
    client: AsyncClient,
    items_per_page: int | None | Unset = 50,
    page: int | None | Unset = 1,
) -> Response[ChatUsageStatsListResponse]:
    """Get Session User Chat Usage Stats

    ``GET /api/v1/chats/stats/usage``

    Args:
        items_per_page (int | None | Unset):  Default: 50.
        page (int | None | Unset):  Default: 1.

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[ChatUsageStatsListResponse]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = await client._arequest(
        _get_kwargs(
            items_per_page=items_per_page,
            page=page,
        )
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncClient,
    items_per_page: int | None | Unset = 50,
    page: int | None | Unset = 1,
) -> ChatUsageStatsListResponse:
    """Get Session User Chat Usage Stats

    ``GET /api/v1/chats/stats/usage``

    Args:
        items_per_page (int | None | Unset):  Default: 50.
        page (int | None | Unset):  Default: 1.

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        ChatUsageStatsListResponse
    """
    return parse(
        await client._arequest(
            _get_kwargs(
                items_per_page=items_per_page,
                page=page,
            )
        ),
        _parse_response,
    )
