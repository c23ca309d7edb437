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
from ..._generated.models.shared_chat_response import SharedChatResponse
from ..._types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | None | Unset = UNSET,
    query: None | str | Unset = UNSET,
    order_by: None | str | Unset = UNSET,
    direction: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_page: int | None | Unset
    if isinstance(page, Unset):
        json_page = UNSET
    else:
        json_page = page
    params["page"] = json_page

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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "route": "/api/v1/chats/shared",
        "url": "/api/v1/chats/shared",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[SharedChatResponse]:
    if response.status_code == 200:
        try:
            response_200 = list(map(SharedChatResponse.from_dict, loads(response.content)))

            parsed: list[SharedChatResponse] = response_200
            return parsed
        except INVALID as exc:
            raise invalid(response, exc) from exc
    raise unexpected(response)


def _build_response(response: httpx.Response) -> Response[list[SharedChatResponse]]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parse(response, _parse_response) if response.is_success else None,
    )


def sync_detailed(
    *,
    client: SyncClient,
    page: int | None | Unset = UNSET,
    query: None | str | Unset = UNSET,
    order_by: None | str | Unset = UNSET,
    direction: None | str | Unset = UNSET,
) -> Response[list[SharedChatResponse]]:
    """Get Shared Session User Chat List

    ``GET /api/v1/chats/shared``

    Args:
        page (int | None | Unset):
        query (None | str | Unset):
        order_by (None | str | Unset):
        direction (None | str | Unset):

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[list[SharedChatResponse]]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = client._request(
        _get_kwargs(
            page=page,
            query=query,
            order_by=order_by,
            direction=direction,
        )
    )
    return _build_response(response)


def sync(
    *,
    client: SyncClient,
    page: int | None | Unset = UNSET,
    query: None | str | Unset = UNSET,
    order_by: None | str | Unset = UNSET,
    direction: None | str | Unset = UNSET,
) -> list[SharedChatResponse]:
    """Get Shared Session User Chat List

    ``GET /api/v1/chats/shared``

    Args:
        page (int | None | Unset):
        query (None | str | Unset):
        order_by (None | str | Unset):
        direction (None | str | Unset):

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        list[SharedChatResponse]
    """
    return parse(
        client._request(
            _get_kwargs(
                page=page,
                query=query,
                order_by=order_by,
                direction=direction,
            )
        ),
        _parse_response,
    )


async def asyncio_detailed(
    *,
    client: AsyncClient,
    page: int | None | Unset = UNSET,
    query: None | str | Unset = UNSET,
    order_by: None | str | Unset = UNSET,
    direction: None | str | Unset = UNSET,
) -> Response[list[SharedChatResponse]]:
    """Get Shared Session User Chat List

    ``GET /api/v1/chats/shared``

    Args:
        page (int | None | Unset):
        query (None | str | Unset):
        order_by (None | str | Unset):
        direction (None | str | Unset):

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[list[SharedChatResponse]]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = await client._arequest(
        _get_kwargs(
            page=page,
            query=query,
            order_by=order_by,
            direction=direction,
        )
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncClient,
    page: int | None | Unset = UNSET,
    query: None | str | Unset = UNSET,
    order_by: None | str | Unset = UNSET,
    direction: None | str | Unset = UNSET,
) -> list[SharedChatResponse]:
    """Get Shared Session User Chat List

    ``GET /api/v1/chats/shared``

    Args:
        page (int | None | Unset):
        query (None | str | Unset):
        order_by (None | str | Unset):
        direction (None | str | Unset):

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        list[SharedChatResponse]
    """
    return parse(
        await client._arequest(
            _get_kwargs(
                page=page,
                query=query,
                order_by=order_by,
                direction=direction,
            )
        ),
        _parse_response,
    )
