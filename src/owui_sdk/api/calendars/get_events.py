from typing import Any

import httpx

from ..._endpoint import (
    AsyncClient,
    SyncClient,
    decode,
    parse,
    unexpected,
)
from ..._types import UNSET, Response, Unset


def _get_kwargs(
    *,
    start: str,
    end: str,
    calendar_ids: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start"] = start

    params["end"] = end

    json_calendar_ids: None | str | Unset
    if isinstance(calendar_ids, Unset):
        json_calendar_ids = UNSET
    else:
        json_calendar_ids = calendar_ids
    params["calendar_ids"] = json_calendar_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "route": "/api/v1/calendars/events",
        "url": "/api/v1/calendars/events",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Any:
    if response.status_code == 200:
        return decode(response)
    raise unexpected(response)


def _build_response(response: httpx.Response) -> Response[Any]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parse(response, _parse_response) if response.is_success else None,
    )


def sync_detailed(
    *,
    client: SyncClient,
    start: str,
    end: str,
    calendar_ids: None | str | Unset = UNSET,
) -> Response[Any]:
    """Get Events

    Get events in date range.

    Includes:

    - Stored events from the database
    - Virtual events computed from active automation RRULEs (Scheduled Tasks calendar)

    ``GET /api/v1/calendars/events``

    Args:
        start (str): ISO 8601 datetime string (e.g. 2026-04-01T00:00:00)
        end (str): ISO 8601 datetime string (e.g. 2026-05-01T00:00:00)
        calendar_ids (None | str | Unset): optional comma-separated list to filter

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[Any]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = client._request(
        _get_kwargs(
            start=start,
            end=end,
            calendar_ids=calendar_ids,
        )
    )
    return _build_response(response)


def sync(
    *,
    client: SyncClient,
    start: str,
    end: str,
    calendar_ids: None | str | Unset = UNSET,
) -> Any:
    """Get Events

    Get events in date range.

    Includes:

    - Stored events from the database
    - Virtual events computed from active automation RRULEs (Scheduled Tasks calendar)

    ``GET /api/v1/calendars/events``

    Args:
        start (str): ISO 8601 datetime string (e.g. 2026-04-01T00:00:00)
        end (str): ISO 8601 datetime string (e.g. 2026-05-01T00:00:00)
        calendar_ids (None | str | Unset): optional comma-separated list to filter

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Any: the decoded body (the schema does not type it)
    """
    return parse(
        client._request(
            _get_kwargs(
                start=start,
                end=end,
                calendar_ids=calendar_ids,
            )
        ),
        _parse_response,
    )


async def asyncio_detailed(
    *,
    client: AsyncClient,
    start: str,
    end: str,
    calendar_ids: None | str | Unset = UNSET,
) -> Response[Any]:
    """Get Events

    Get events in date range.

    Includes:

    - Stored events from the database
    - Virtual events computed from active automation RRULEs (Scheduled Tasks calendar)

    ``GET /api/v1/calendars/events``

    Args:
        start (str): ISO 8601 datetime string (e.g. 2026-04-01T00:00:00)
        end (str): ISO 8601 datetime string (e.g. 2026-05-01T00:00:00)
        calendar_ids (None | str | Unset): optional comma-separated list to filter

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[Any]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = await client._arequest(
        _get_kwargs(
            start=start,
            end=end,
            calendar_ids=calendar_ids,
        )
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncClient,
    start: str,
    end: str,
    calendar_ids: None | str | Unset = UNSET,
) -> Any:
    """Get Events

    Get events in date range.

    Includes:

    - Stored events from the database
    - Virtual events computed from active automation RRULEs (Scheduled Tasks calendar)

    ``GET /api/v1/calendars/events``

    Args:
        start (str): ISO 8601 datetime string (e.g. 2026-04-01T00:00:00)
        end (str): ISO 8601 datetime string (e.g. 2026-05-01T00:00:00)
        calendar_ids (None | str | Unset): optional comma-separated list to filter

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Any: the decoded body (the schema does not type it)
    """
    return parse(
        await client._arequest(
            _get_kwargs(
                start=start,
                end=end,
                calendar_ids=calendar_ids,
            )
        ),
        _parse_response,
    )
