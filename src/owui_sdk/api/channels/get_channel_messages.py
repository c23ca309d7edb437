from typing import Any

import httpx

from ..._endpoint import (
    INVALID,
    AsyncClient,
    SyncClient,
    invalid,
    loads,
    parse,
    path_segment,
    unexpected,
)
from ..._generated.models.message_user_response import MessageUserResponse
from ..._types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    skip: int | Unset = 0,
    limit: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["skip"] = skip

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "route": "/api/v1/channels/{id}/messages",
        "url": f"/api/v1/channels/{path_segment(id, 'id')}/messages",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[MessageUserResponse]:
    if response.status_code == 200:
        try:
            response_200 = list(map(MessageUserResponse.from_dict, loads(response.content)))

            parsed: list[MessageUserResponse] = response_200
            return parsed
        except INVALID as exc:
            raise invalid(response, exc) from exc
    raise unexpected(response)


def _build_response(response: httpx.Response) -> Response[list[MessageUserResponse]]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parse(response, _parse_response) if response.is_success else None,
    )


def sync_detailed(
    id: str,
    *,
    client: SyncClient,
    skip: int | Unset = 0,
    limit: int | Unset = 50,
) -> Response[list[MessageUserResponse]]:
    """Get Channel Messages

    ``GET /api/v1/channels/{id}/messages``

    Args:
        id (str):
        skip (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[list[MessageUserResponse]]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = client._request(
        _get_kwargs(
            id=id,
            skip=skip,
            limit=limit,
        )
    )
    return _build_response(response)


def sync(
    id: str,
    *,
    client: SyncClient,
    skip: int | Unset = 0,
    limit: int | Unset = 50,
) -> list[MessageUserResponse]:
    """Get Channel Messages

    ``GET /api/v1/channels/{id}/messages``

    Args:
        id (str):
        skip (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        list[MessageUserResponse]
    """
    return parse(
        client._request(
            _get_kwargs(
                id=id,
                skip=skip,
                limit=limit,
            )
        ),
        _parse_response,
    )


async def asyncio_detailed(
    id: str,
    *,
    client: AsyncClient,
    skip: int | Unset = 0,
    limit: int | Unset = 50,
) -> Response[list[MessageUserResponse]]:
    """Get Channel Messages

    ``GET /api/v1/channels/{id}/messages``

    Args:
        id (str):
        skip (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[list[MessageUserResponse]]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = await client._arequest(
        _get_kwargs(
            id=id,
            skip=skip,
            limit=limit,
        )
    )
    return _build_response(response)


async def asyncio(
    id: str,
    *,
    client: AsyncClient,
    skip: int | Unset = 0,
    limit: int | Unset = 50,
) -> list[MessageUserResponse]:
    """Get Channel Messages

    ``GET /api/v1/channels/{id}/messages``

    Args:
        id (str):
        skip (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        list[MessageUserResponse]
    """
    return parse(
        await client._arequest(
            _get_kwargs(
                id=id,
                skip=skip,
                limit=limit,
            )
        ),
        _parse_response,
    )
