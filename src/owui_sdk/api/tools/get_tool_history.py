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
from ..._generated.models.tool_history_response import ToolHistoryResponse
from ..._types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    page: int | Unset = 1,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "route": "/api/v1/tools/id/{id}/history",
        "url": f"/api/v1/tools/id/{path_segment(id, 'id')}/history",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[ToolHistoryResponse]:
    if response.status_code == 200:
        try:
            response_200 = [ToolHistoryResponse.from_dict(item) for item in loads(response.content)]

            parsed: list[ToolHistoryResponse] = response_200
            return parsed
        except INVALID as exc:
            raise invalid(response, exc) from exc
    raise unexpected(response)


def _build_response(response: httpx.Response) -> Response[list[ToolHistoryResponse]]:
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
    page: int | Unset = 1,
) -> Response[list[ToolHistoryResponse]]:
    """Get Tool History

    ``GET /api/v1/tools/id/{id}/history``

    Args:
        id (str):
        page (int | Unset):  Default: 1.

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[list[ToolHistoryResponse]]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = client._request(
        _get_kwargs(
            id=id,
            page=page,
        )
    )
    return _build_response(response)


def sync(
    id: str,
    *,
    client: SyncClient,
    page: int | Unset = 1,
) -> list[ToolHistoryResponse]:
    """Get Tool History

    ``GET /api/v1/tools/id/{id}/history``

    Args:
        id (str):
        page (int | Unset):  Default: 1.

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        list[ToolHistoryResponse]
    """
    return parse(
        client._request(
            _get_kwargs(
                id=id,
                page=page,
            )
        ),
        _parse_response,
    )


async def asyncio_detailed(
    id: str,
    *,
    client: AsyncClient,
    page: int | Unset = 1,
) -> Response[list[ToolHistoryResponse]]:
    """Get Tool History

    ``GET /api/v1/tools/id/{id}/history``

    Args:
        id (str):
        page (int | Unset):  Default: 1.

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[list[ToolHistoryResponse]]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = await client._arequest(
        _get_kwargs(
            id=id,
            page=page,
        )
    )
    return _build_response(response)


async def asyncio(
    id: str,
    *,
    client: AsyncClient,
    page: int | Unset = 1,
) -> list[ToolHistoryResponse]:
    """Get Tool History

    ``GET /api/v1/tools/id/{id}/history``

    Args:
        id (str):
        page (int | Unset):  Default: 1.

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        list[ToolHistoryResponse]
    """
    return parse(
        await client._arequest(
            _get_kwargs(
                id=id,
                page=page,
            )
        ),
        _parse_response,
    )
