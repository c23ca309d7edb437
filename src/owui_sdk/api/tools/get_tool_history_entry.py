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
from ..._generated.models.tool_history_model import ToolHistoryModel
from ..._types import Response


def _get_kwargs(
    id: str,
    history_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "route": "/api/v1/tools/id/{id}/history/{history_id}",
        "url": f"/api/v1/tools/id/{path_segment(id, 'id')}/history/{path_segment(history_id, 'history_id')}",
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> ToolHistoryModel:
    if response.status_code == 200:
        try:
            response_200 = ToolHistoryModel.from_dict(loads(response.content))

            parsed: ToolHistoryModel = response_200
            return parsed
        except INVALID as exc:
            raise invalid(response, exc) from exc
    raise unexpected(response)


def _build_response(response: httpx.Response) -> Response[ToolHistoryModel]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parse(response, _parse_response) if response.is_success else None,
    )


def sync_detailed(
    id: str,
    history_id: str,
    *,
    client: SyncClient,
) -> Response[ToolHistoryModel]:
    """Get Tool History Entry

    ``GET /api/v1/tools/id/{id}/history/{history_id}``

    Args:
        id (str):
        history_id (str):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[ToolHistoryModel]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = client._request(
        _get_kwargs(
            id=id,
            history_id=history_id,
        )
    )
    return _build_response(response)


def sync(
    id: str,
    history_id: str,
    *,
    client: SyncClient,
) -> ToolHistoryModel:
    """Get Tool History Entry

    ``GET /api/v1/tools/id/{id}/history/{history_id}``

    Args:
        id (str):
        history_id (str):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        ToolHistoryModel
    """
    return parse(
        client._request(
            _get_kwargs(
                id=id,
                history_id=history_id,
            )
        ),
        _parse_response,
    )


async def asyncio_detailed(
    id: str,
    history_id: str,
    *,
    client: AsyncClient,
) -> Response[ToolHistoryModel]:
    """Get Tool History Entry

    ``GET /api/v1/tools/id/{id}/history/{history_id}``

    Args:
        id (str):
        history_id (str):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[ToolHistoryModel]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = await client._arequest(
        _get_kwargs(
            id=id,
            history_id=history_id,
        )
    )
    return _build_response(response)


async def asyncio(
    id: str,
    history_id: str,
    *,
    client: AsyncClient,
) -> ToolHistoryModel:
    """Get Tool History Entry

    ``GET /api/v1/tools/id/{id}/history/{history_id}``

    Args:
        id (str):
        history_id (str):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        ToolHistoryModel
    """
    return parse(
        await client._arequest(
            _get_kwargs(
                id=id,
                history_id=history_id,
            )
        ),
        _parse_response,
    )
