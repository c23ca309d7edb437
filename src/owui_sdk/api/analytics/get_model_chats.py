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
from ..._generated.models.model_chats_response import ModelChatsResponse
from ..._types import UNSET, Response, Unset


def _get_kwargs(
    model_id: str,
    *,
    start_date: int | None | Unset = UNSET,
    end_date: int | None | Unset = UNSET,
    skip: int | Unset = 0,
    limit: int | Unset = 50,
    order_by: str | Unset = "updated_at",
    direction: str | Unset = "desc",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start_date: int | None | Unset
    if isinstance(start_date, Unset):
        json_start_date = UNSET
    else:
        json_start_date = start_date
    params["start_date"] = json_start_date

    json_end_date: int | None | Unset
    if isinstance(end_date, Unset):
        json_end_date = UNSET
    else:
        json_end_date = end_date
    params["end_date"] = json_end_date

    params["skip"] = skip

    params["limit"] = limit

    params["order_by"] = order_by

    params["direction"] = direction

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "route": "/api/v1/analytics/models/{model_id}/chats",
        "url": f"/api/v1/analytics/models/{path_segment(model_id, 'model_id')}/chats",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> ModelChatsResponse:
    if response.status_code == 200:
        try:
            response_200 = ModelChatsResponse.from_dict(loads(response.content))

            parsed: ModelChatsResponse = response_200
            return parsed
        except INVALID as exc:
            raise invalid(response, exc) from exc
    raise unexpected(response)


def _build_response(response: httpx.Response) -> Response[ModelChatsResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parse(response, _parse_response) if response.is_success else None,
    )


def sync_detailed(
    model_id: str,
    *,
    client: SyncClient,
    start_date: int | None | Unset = UNSET,
    end_date: int | None | Unset = UNSET,
    skip: int | Unset = 0,
    limit: int | Unset = 50,
    order_by: str | Unset = "updated_at",
    direction: str | Unset = "desc",
) -> Response[ModelChatsResponse]:
    """Get Model Chats

    Get chats that used a specific model, with preview and feedback info.

    ``GET /api/v1/analytics/models/{model_id}/chats``

    Args:
        model_id (str):
        start_date (int | None | Unset):
        end_date (int | None | Unset):
        skip (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        order_by (str | Unset):  Default: 'updated_at'.
        direction (str | Unset):  Default: 'desc'.

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[ModelChatsResponse]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = client._request(
        _get_kwargs(
            model_id=model_id,
            start_date=start_date,
            end_date=end_date,
            skip=skip,
            limit=limit,
            order_by=order_by,
            direction=direction,
        )
    )
    return _build_response(response)


def sync(
    model_id: str,
    *,
    client: SyncClient,
    start_date: int | None | Unset = UNSET,
    end_date: int | None | Unset = UNSET,
    skip: int | Unset = 0,
    limit: int | Unset = 50,
    order_by: str | Unset = "updated_at",
    direction: str | Unset = "desc",
) -> ModelChatsResponse:
    """Get Model Chats

    Get chats that used a specific model, with preview and feedback info.

    ``GET /api/v1/analytics/models/{model_id}/chats``

    Args:
        model_id (str):
        start_date (int | None | Unset):
        end_date (int | None | Unset):
        skip (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        order_by (str | Unset):  Default: 'updated_at'.
        direction (str | Unset):  Default: 'desc'.

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        ModelChatsResponse
    """
    return parse(
        client._request(
            _get_kwargs(
                model_id=model_id,
                start_date=start_date,
                end_date=end_date,
                skip=skip,
                limit=limit,
                order_by=order_by,
                direction=direction,
            )
        ),
        _parse_response,
    )


async def asyncio_detailed(
    model_id: str,
    *,
    client: AsyncClient,
    start_date: int | None | Unset = UNSET,
    end_date: int | None | Unset = UNSET,
    skip: int | Unset = 0,
    limit: int | Unset = 50,
    order_by: str | Unset = "updated_at",
    direction: str | Unset = "desc",
) -> Response[ModelChatsResponse]:
    """Get Model Chats

    Get chats that used a specific model, with preview and feedback info.

    ``GET /api/v1/analytics/models/{model_id}/chats``

    Args:
        model_id (str):
        start_date (int | None | Unset):
        end_date (int | None | Unset):
        skip (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        order_by (str | Unset):  Default: 'updated_at'.
        direction (str | Unset):  Default: 'desc'.

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[ModelChatsResponse]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = await client._arequest(
        _get_kwargs(
            model_id=model_id,
            start_date=start_date,
            end_date=end_date,
            skip=skip,
            limit=limit,
            order_by=order_by,
            direction=direction,
        )
    )
    return _build_response(response)


async def asyncio(
    model_id: str,
    *,
    client: AsyncClient,
    start_date: int | None | Unset = UNSET,
    end_date: int | None | Unset = UNSET,
    skip: int | Unset = 0,
    limit: int | Unset = 50,
    order_by: str | Unset = "updated_at",
    direction: str | Unset = "desc",
) -> ModelChatsResponse:
    """Get Model Chats

    Get chats that used a specific model, with preview and feedback info.

    ``GET /api/v1/analytics/models/{model_id}/chats``

    Args:
        model_id (str):
        start_date (int | None | Unset):
        end_date (int | None | Unset):
        skip (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.
        order_by (str | Unset):  Default: 'updated_at'.
        direction (str | Unset):  Default: 'desc'.

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        ModelChatsResponse
    """
    return parse(
        await client._arequest(
            _get_kwargs(
                model_id=model_id,
                start_date=start_date,
                end_date=end_date,
                skip=skip,
                limit=limit,
                order_by=order_by,
                direction=direction,
            )
        ),
        _parse_response,
    )
