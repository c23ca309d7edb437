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
from ..._generated.models.user_group_ids_list_response import UserGroupIdsListResponse
from ..._types import UNSET, Response, Unset


def _get_kwargs(
    *,
    query: None | str | Unset = UNSET,
    order_by: None | str | Unset = UNSET,
    direction: None | str | Unset = UNSET,
    page: int | None | Unset = 1,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_query: None | str | Unset
    if isinstance(query, Unset):
        json_query = UNSET
    else:
        json_query = query
    params["query"] = json_query

    json_order_by: None | str | Unset
    if isinstance(order_by, Unset):
        json_order_by = UNSET
    else:
        json_order_by = order_by
    params["order_by"] = json_order_by

    json_direction: None | str | Unset
    if isinstance(direction, Unset):
        json_direction = UNSET
    else:
        json_direction = direction
    params["direction"] = json_direction

    json_page: int | None | Unset
    if isinstance(page, Unset):
        json_page = UNSET
    else:
        json_page = page
    params["page"] = json_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "route": "/api/v1/users/",
        "url": "/api/v1/users/",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> UserGroupIdsListResponse:
    if response.status_code == 200:
        try:
            response_200 = UserGroupIdsListResponse.from_dict(loads(response.content))

            parsed: UserGroupIdsListResponse = response_200
            return parsed
        except INVALID as exc:
            raise invalid(response, exc) from exc
    raise unexpected(response)


def _build_response(response: httpx.Response) -> Response[UserGroupIdsListResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parse(response, _parse_response) if response.is_success else None,
    )


def sync_detailed(
    *,
    client: SyncClient,
    query: None | str | Unset = UNSET,
    order_by: None | str | Unset = UNSET,
    direction: None | str | Unset = UNSET,
    page: int | None | Unset = 1,
) -> Response[UserGroupIdsListResponse]:
    """Get Users

    ``GET /api/v1/users/``

    Args:
        query (None | str | Unset):
        order_by (None | str | Unset):
        direction (None | str | Unset):
        page (int | None | Unset):  Default: 1.

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[UserGroupIdsListResponse]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = client._request(
        _get_kwargs(
            query=query,
            order_by=order_by,
            direction=direction,
            page=page,
        )
    )
    return _build_response(response)


def sync(
    *,
    client: SyncClient,
    query: None | str | Unset = UNSET,
    order_by: None | str | Unset = UNSET,
    direction: None | str | Unset = UNSET,
    page: int | None | Unset = 1,
) -> UserGroupIdsListResponse:
    """Get Users

    ``GET /api/v1/users/``

    Args:
        query (None | str | Unset):
        order_by (None | str | Unset):
        direction (None | str | Unset):
        page (int | None | Unset):  Default: 1.

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        UserGroupIdsListResponse
    """
    return parse(
        client._request(
            _get_kwargs(
                query=query,
                order_by=order_by,
                direction=direction,
                page=page,
            )
        ),
        _parse_response,
    )


async def asyncio_detailed(
    *,
    client: AsyncClient,
    query: None | str | Unset = UNSET,
    order_by: None | str | Unset = UNSET,
    direction: None | str | Unset = UNSET,
    page: int | None | Unset = 1,
) -> Response[UserGroupIdsListResponse]:
    """Get Users

    ``GET /api/v1/users/``

    Args:
        query (None | str | Unset):
        order_by (None | str | Unset):
        direction (None | str | Unset):
        page (int | None | Unset):  Default: 1.

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[UserGroupIdsListResponse]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = await client._arequest(
        _get_kwargs(
            query=query,
            order_by=order_by,
            direction=direction,
            page=page,
        )
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncClient,
    query: None | str | Unset = UNSET,
    order_by: None | str | Unset = UNSET,
    direction: None | str | Unset = UNSET,
    page: int | None | Unset = 1,
) -> UserGroupIdsListResponse:
    """Get Users

    ``GET /api/v1/users/``

    Args:
        query (None | str | Unset):
        order_by (None | str | Unset):
        direction (None | str | Unset):
        page (int | None | Unset):  Default: 1.

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        UserGroupIdsListResponse
    """
    return parse(
        await client._arequest(
            _get_kwargs(
                query=query,
                order_by=order_by,
                direction=direction,
                page=page,
            )
        ),
        _parse_response,
    )
