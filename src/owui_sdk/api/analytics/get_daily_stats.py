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
from ..._generated.models.daily_stats_response import DailyStatsResponse
from ..._generated.models.get_daily_stats_granularity import (
    GetDailyStatsGranularity,
)
from ..._generated.models.get_daily_stats_metric import (
    GetDailyStatsMetric,
)
from ..._types import UNSET, Response, Unset


def _get_kwargs(
    *,
    start_date: int | None | Unset = UNSET,
    end_date: int | None | Unset = UNSET,
    group_id: None | str | Unset = UNSET,
    granularity: GetDailyStatsGranularity | Unset = "daily",
    metric: GetDailyStatsMetric | Unset = "messages",
    compare: bool | Unset = False,
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

    json_granularity: str | Unset = UNSET
    if not isinstance(granularity, Unset):
        json_granularity = granularity

    params["granularity"] = json_granularity

    json_metric: str | Unset = UNSET
    if not isinstance(metric, Unset):
        json_metric = metric

    params["metric"] = json_metric

    params["compare"] = compare

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "route": "/api/v1/analytics/daily",
        "url": "/api/v1/analytics/daily",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> DailyStatsResponse:
    if response.status_code == 200:
        try:
            response_200 = DailyStatsResponse.from_dict(loads(response.content))

            parsed: DailyStatsResponse = response_200
            return parsed
        except INVALID as exc:
            raise invalid(response, exc) from exc
    raise unexpected(response)


def _build_response(response: httpx.Response) -> Response[DailyStatsResponse]:
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
    granularity: GetDailyStatsGranularity | Unset = "daily",
    metric: GetDailyStatsMetric | Unset = "messages",
    compare: bool | Unset = False,
) -> Response[DailyStatsResponse]:
    """Get Daily Stats

    Get message counts or total tokens grouped by model for the time-series chart.

    ``GET /api/v1/analytics/daily``

    Args:
        start_date (int | None | Unset): Start timestamp (epoch)
        end_date (int | None | Unset): End timestamp (epoch)
        group_id (None | str | Unset): Filter by user group ID
        granularity (GetDailyStatsGranularity | Unset):  Default: 'daily'.
        metric (GetDailyStatsMetric | Unset):  Default: 'messages'.
        compare (bool | Unset):  Default: False.

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[DailyStatsResponse]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = client._request(
        _get_kwargs(
            start_date=start_date,
            end_date=end_date,
            group_id=group_id,
            granularity=granularity,
            metric=metric,
            compare=compare,
        )
    )
    return _build_response(response)


def sync(
    *,
    client: SyncClient,
    start_date: int | None | Unset = UNSET,
    end_date: int | None | Unset = UNSET,
    group_id: None | str | Unset = UNSET,
    granularity: GetDailyStatsGranularity | Unset = "daily",
    metric: GetDailyStatsMetric | Unset = "messages",
    compare: bool | Unset = False,
) -> DailyStatsResponse:
    """Get Daily Stats

    Get message counts or total tokens grouped by model for the time-series chart.

    ``GET /api/v1/analytics/daily``

    Args:
        start_date (int | None | Unset): Start timestamp (epoch)
        end_date (int | None | Unset): End timestamp (epoch)
        group_id (None | str | Unset): Filter by user group ID
        granularity (GetDailyStatsGranularity | Unset):  Default: 'daily'.
        metric (GetDailyStatsMetric | Unset):  Default: 'messages'.
        compare (bool | Unset):  Default: False.

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        DailyStatsResponse
    """
    return parse(
        client._request(
            _get_kwargs(
                start_date=start_date,
                end_date=end_date,
                group_id=group_id,
                granularity=granularity,
                metric=metric,
                compare=compare,
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
    granularity: GetDailyStatsGranularity | Unset = "daily",
    metric: GetDailyStatsMetric | Unset = "messages",
    compare: bool | Unset = False,
) -> Response[DailyStatsResponse]:
    """Get Daily Stats

    Get message counts or total tokens grouped by model for the time-series chart.

    ``GET /api/v1/analytics/daily``

    Args:
        start_date (int | None | Unset): Start timestamp (epoch)
        end_date (int | None | Unset): End timestamp (epoch)
        group_id (None | str | Unset): Filter by user group ID
        granularity (GetDailyStatsGranularity | Unset):  Default: 'daily'.
        metric (GetDailyStatsMetric | Unset):  Default: 'messages'.
        compare (bool | Unset):  Default: False.

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[DailyStatsResponse]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = await client._arequest(
        _get_kwargs(
            start_date=start_date,
            end_date=end_date,
            group_id=group_id,
            granularity=granularity,
            metric=metric,
            compare=compare,
        )
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncClient,
    start_date: int | None | Unset = UNSET,
    end_date: int | None | Unset = UNSET,
    group_id: None | str | Unset = UNSET,
    granularity: GetDailyStatsGranularity | Unset = "daily",
    metric: GetDailyStatsMetric | Unset = "messages",
    compare: bool | Unset = False,
) -> DailyStatsResponse:
    """Get Daily Stats

    Get message counts or total tokens grouped by model for the time-series chart.

    ``GET /api/v1/analytics/daily``

    Args:
        start_date (int | None | Unset): Start timestamp (epoch)
        end_date (int | None | Unset): End timestamp (epoch)
        group_id (None | str | Unset): Filter by user group ID
        granularity (GetDailyStatsGranularity | Unset):  Default: 'daily'.
        metric (GetDailyStatsMetric | Unset):  Default: 'messages'.
        compare (bool | Unset):  Default: False.

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        DailyStatsResponse
    """
    return parse(
        await client._arequest(
            _get_kwargs(
                start_date=start_date,
                end_date=end_date,
                group_id=group_id,
                granularity=granularity,
                metric=metric,
                compare=compare,
            )
        ),
        _parse_response,
    )
