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
from ..._generated.models.model_overview_response import ModelOverviewResponse
from ..._types import UNSET, Response, Unset


def _get_kwargs(
    model_id: str,
    *,
    days: int | Unset = 30,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["days"] = days

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "route": "/api/v1/analytics/models/{model_id}/overview",
        "url": f"/api/v1/analytics/models/{path_segment(model_id, 'model_id')}/overview",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> ModelOverviewResponse:
    if response.status_code == 200:
        try:
            response_200 = ModelOverviewResponse.from_dict(loads(response.content))

            parsed: ModelOverviewResponse = response_200
            return parsed
        except INVALID as exc:
            raise invalid(response, exc) from exc
    raise unexpected(response)


def _build_response(response: httpx.Response) -> Response[ModelOverviewResponse]:
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
    days: int | Unset = 30,
) -> Response[ModelOverviewResponse]:
    """Get Model Overview

    Get model overview with feedback history and chat tags.

    ``GET /api/v1/analytics/models/{model_id}/overview``

    Args:
        model_id (str):
        days (int | Unset): Number of days of history (0 for all) Default: 30.

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[ModelOverviewResponse]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = client._request(
        _get_kwargs(
            model_id=model_id,
            days=days,
        )
    )
    return _build_response(response)


def sync(
    model_id: str,
    *,
    client: SyncClient,
    days: int | Unset = 30,
) -> ModelOverviewResponse:
    """Get Model Overview

    Get model overview with feedback history and chat tags.

    ``GET /api/v1/analytics/models/{model_id}/overview``

    Args:
        model_id (str):
        days (int | Unset): Number of days of history (0 for all) Default: 30.

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        ModelOverviewResponse
    """
    return parse(
        client._request(
            _get_kwargs(
                model_id=model_id,
                days=days,
            )
        ),
        _parse_response,
    )


async def asyncio_detailed(
    model_id: str,
    *,
    client: AsyncClient,
    days: int | Unset = 30,
) -> Response[ModelOverviewResponse]:
    """Get Model Overview

    Get model overview with feedback history and chat tags.

    ``GET /api/v1/analytics/models/{model_id}/overview``

    Args:
        model_id (str):
        days (int | Unset): Number of days of history (0 for all) Default: 30.

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[ModelOverviewResponse]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = await client._arequest(
        _get_kwargs(
            model_id=model_id,
            days=days,
        )
    )
    return _build_response(response)


async def asyncio(
    model_id: str,
    *,
    client: AsyncClient,
    days: int | Unset = 30,
) -> ModelOverviewResponse:
    """Get Model Overview

    Get model overview with feedback history and chat tags.

    ``GET /api/v1/analytics/models/{model_id}/overview``

    Args:
        model_id (str):
        days (int | Unset): Number of days of history (0 for all) Default: 30.

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        ModelOverviewResponse
    """
    return parse(
        await client._arequest(
            _get_kwargs(
                model_id=model_id,
                days=days,
            )
        ),
        _parse_response,
    )
