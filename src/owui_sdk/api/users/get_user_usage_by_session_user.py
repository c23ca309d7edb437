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
from ..._generated.models.user_usage_response import UserUsageResponse
from ..._types import UNSET, Response, Unset


def _get_kwargs(
    *,
    days: int | None | Unset = UNSET,
    start_date: int | None | Unset = UNSET,
    end_date: int | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_days: int | None | Unset
    if isinstance(days, Unset):
        json_days = UNSET
    else:
        json_days = days
    params["days"] = json_days

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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "route": "/api/v1/users/usage",
        "url": "/api/v1/users/usage",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> UserUsageResponse:
    if response.status_code == 200:
        try:
            response_200 = UserUsageResponse.from_dict(loads(response.content))

            parsed: UserUsageResponse = response_200
            return parsed
        except INVALID as exc:
            raise invalid(response, exc) from exc
    raise unexpected(response)


def _build_response(response: httpx.Response) -> Response[UserUsageResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parse(response, _parse_response) if response.is_success else None,
    )


def sync_detailed(
    *,
    client: SyncClient,
    days: int | None | Unset = UNSET,
    start_date: int | None | Unset = UNSET,
    end_date: int | None | Unset = UNSET,
) -> Response[UserUsageResponse]:
    """Get User Usage By Session User

    ``GET /api/v1/users/usage``

    Args:
        days (int | None | Unset):
        start_date (int | None | Unset):
        end_date (int | None | Unset):

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[UserUsageResponse]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = client._request(
        _get_kwargs(
            days=days,
            start_date=start_date,
            end_date=end_date,
        )
    )
    return _build_response(response)


def sync(
    *,
    client: SyncClient,
    days: int | None | Unset = UNSET,
    start_date: int | None | Unset = UNSET,
    end_date: int | None | Unset = UNSET,
) -> UserUsageResponse:
    """Get User Usage By Session User

    ``GET /api/v1/users/usage``

    Args:
        days (int | None | Unset):
        start_date (int | None | Unset):
        end_date (int | None | Unset):

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        UserUsageResponse
    """
    return parse(
        client._request(
            _get_kwargs(
                days=days,
                start_date=start_date,
                end_date=end_date,
            )
        ),
        _parse_response,
    )


async def asyncio_detailed(
    *,
    client: AsyncClient,
    days: int | None | Unset = UNSET,
    start_date: int | None | Unset = UNSET,
    end_date: int | None | Unset = UNSET,
) -> Response[UserUsageResponse]:
    """Get User Usage By Session User

    ``GET /api/v1/users/usage``

    Args:
        days (int | None | Unset):
        start_date (int | None | Unset):
        end_date (int | None | Unset):

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[UserUsageResponse]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = await client._arequest(
        _get_kwargs(
            days=days,
            start_date=start_date,
            end_date=end_date,
        )
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncClient,
    days: int | None | Unset = UNSET,
    start_date: int | None | Unset = UNSET,
    end_date: int | None | Unset = UNSET,
) -> UserUsageResponse:
    """Get User Usage By Session User

    ``GET /api/v1/users/usage``

    Args:
        days (int | None | Unset):
        start_date (int | None | Unset):
        end_date (int | None | Unset):

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        UserUsageResponse
    """
    return parse(
        await client._arequest(
            _get_kwargs(
                days=days,
                start_date=start_date,
                end_date=end_date,
            )
        ),
        _parse_response,
    )
