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
from ..._generated.models.get_user_analytics_metric import (
    GetUserAnalyticsMetric,
)
from ..._generated.models.user_analytics_response import UserAnalyticsResponse
from ..._types import UNSET, Response, Unset


def _get_kwargs(
    *,
    start_date: int | None | Unset = UNSET,
    end_date: int | None | Unset = UNSET,
    group_id: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    metric: GetUserAnalyticsMetric | Unset = "messages",
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

    json_group_id: None | str | Unset
    if isinstance(group_id, Unset):
        json_group_id = UNSET
    else:
        json_group_id = group_id
    params["group_id"] = json_group_id

    params["limit"] = limit

    json_metric: str | Unset = UNSET
    if not isinstance(metric, Unset):
        json_metric = metric

    params["metric"] = json_metric

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "route": "/api/v1/analytics/users",
        "url": "/api/v1/analytics/users",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> UserAnalyticsResponse:
    if response.status_code == 200:
        try:
            response_200 = UserAnalyticsResponse.from_dict(loads(response.content))

            parsed: UserAnalyticsResponse = response_200
            return parsed
        except INVALID as exc:
            raise invalid(response, exc) from exc
    raise unexpected(response)


def _build_response(response: httpx.Response) -> Response[UserAnalyticsResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parse(response, _parse_response) if response.is_success else None,
    )


def sync_detailed(
    *,
    client: SyncClient,
    start_date: int | None | Unset = UNSET,
    end_date: int | None | Unset = UNSET,
    group_id: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    metric: GetUserAnalyticsMetric | Unset = "messages",
) -> Response[UserAnalyticsResponse]:
    """Get User Analytics

    Get message counts and token usage per user with user info.

    ``GET /api/v1/analytics/users``

    Args:
        start_date (int | None | Unset): Start timestamp (epoch)
        end_date (int | None | Unset): End timestamp (epoch)
        group_id (None | str | Unset): Filter by user group ID
        limit (int | Unset): Max users to return Default: 50.
        metric (GetUserAnalyticsMetric | Unset):  Default: 'messages'.

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[UserAnalyticsResponse]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = client._request(
        _get_kwargs(
            start_date=start_date,
            end_date=end_date,
            group_id=group_id,
            limit=limit,
            metric=metric,
        )
    )
    return _build_response(response)


def sync(
    *,
    client: SyncClient,
    start_date: int | None | Unset = UNSET,
    end_date: int | None | Unset = UNSET,
    group_id: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    metric: GetUserAnalyticsMetric | Unset = "messages",
) -> UserAnalyticsResponse:
    """Get User Analytics

    Get message counts and token usage per user with user info.

    ``GET /api/v1/analytics/users``

    Args:
        start_date (int | None | Unset): Start timestamp (epoch)
        end_date (int | None | Unset): End timestamp (epoch)
        group_id (None | str | Unset): Filter by user group ID
        limit (int | Unset): Max users to return Default: 50.
        metric (GetUserAnalyticsMetric | Unset):  Default: 'messages'.

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        UserAnalyticsResponse
    """
    return parse(
        client._request(
            _get_kwargs(
                start_date=start_date,
                end_date=end_date,
                group_id=group_id,
                limit=limit,
                metric=metric,
            )
        ),
        _parse_response,
    )


async def asyncio_detailed(
    *,
    client: AsyncClient,
    start_date: int | None | Unset = UNSET,
    end_date: int | None | Unset = UNSET,
    group_id: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    metric: GetUserAnalyticsMetric | Unset = "messages",
) -> Response[UserAnalyticsResponse]:
    """Get User Analytics

    Get message counts and token usage per user with user info.

    ``GET /api/v1/analytics/users``

    Args:
        start_date (int | None | Unset): Start timestamp (epoch)
        end_date (int | None | Unset): End timestamp (epoch)
        group_id (None | str | Unset): Filter by user group ID
        limit (int | Unset): Max users to return Default: 50.
        metric (GetUserAnalyticsMetric | Unset):  Default: 'messages'.

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[UserAnalyticsResponse]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = await client._arequest(
        _get_kwargs(
            start_date=start_date,
            end_date=end_date,
            group_id=group_id,
            limit=limit,
            metric=metric,
        )
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncClient,
    start_date: int | None | Unset = UNSET,
    end_date: int | None | Unset = UNSET,
    group_id: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    metric: GetUserAnalyticsMetric | Unset = "messages",
) -> UserAnalyticsResponse:
    """Get User Analytics

    Get message counts and token usage per user with user info.

    ``GET /api/v1/analytics/users``

    Args:
        start_date (int | None | Unset): Start timestamp (epoch)
        end_date (int | None | Unset): End timestamp (epoch)
        group_id (None | str | Unset): Filter by user group ID
        limit (int | Unset): Max users to return Default: 50.
        metric (GetUserAnalyticsMetric | Unset):  Default: 'messages'.

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        UserAnalyticsResponse
    """
    return parse(
        await client._arequest(
            _get_kwargs(
                start_date=start_date,
                end_date=end_date,
                group_id=group_id,
                limit=limit,
                metric=metric,
            )
        ),
        _parse_response,
    )
