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
from ..._generated.models.calendar_event_list_response import CalendarEventListResponse
from ..._types import UNSET, Response, Unset


def _get_kwargs(
    *,
    query: None | str | Unset = UNSET,
    skip: int | Unset = 0,
    limit: int | Unset = 30,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_query: None | str | Unset
    if isinstance(query, Unset):
        json_query = UNSET
    else:
        json_query = query
    params["query"] = json_query

    params["skip"] = skip

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "route": "/api/v1/calendars/events/search",
        "url": "/api/v1/calendars/events/search",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> CalendarEventListResponse:
    if response.status_code == 200:
        try:
            response_200 = CalendarEventListResponse.from_dict(loads(response.content))

            parsed: CalendarEventListResponse = response_200
            return parsed
        except INVALID as exc:
            raise invalid(response, exc) from exc
    raise unexpected(response)


def _build_response(response: httpx.Response) -> Response[CalendarEventListResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parse(response, _parse_response) if response.is_success else None,
    )


def sync_detailed(
    *,
    client: SyncClient,
    query: None | str | Unset = UNSET,
    skip: int | Unset = 0,
    limit: int | Unset = 30,
) -> Response[CalendarEventListResponse]:
    """Search Events

    ``GET /api/v1/calendars/events/search``

    Args:
        query (None | str | Unset):
        skip (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 30.

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[CalendarEventListResponse]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = client._request(
        _get_kwargs(
            query=query,
            skip=skip,
            limit=limit,
        )
    )
    return _build_response(response)


def sync(
    *,
    client: SyncClient,
    query: None | str | Unset = UNSET,
    skip: int | Unset = 0,
    limit: int | Unset = 30,
) -> CalendarEventListResponse:
    """Search Events

    ``GET /api/v1/calendars/events/search``

    Args:
        query (None | str | Unset):
        skip (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 30.

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        CalendarEventListResponse
    """
    return parse(
        client._request(
            _get_kwargs(
                query=query,
                skip=skip,
                limit=limit,
            )
        ),
        _parse_response,
    )


async def asyncio_detailed(
    *,
    client: AsyncClient,
    query: None | str | Unset = UNSET,
    skip: int | Unset = 0,
    limit: int | Unset = 30,
) -> Response[CalendarEventListResponse]:
    """Search Events

    ``GET /api/v1/calendars/events/search``

    Args:
        query (None | str | Unset):
        skip (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 30.

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[CalendarEventListResponse]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = await client._arequest(
        _get_kwargs(
            query=query,
            skip=skip,
            limit=limit,
        )
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncClient,
    query: None | str | Unset = UNSET,
    skip: int | Unset = 0,
    limit: int | Unset = 30,
) -> CalendarEventListResponse:
    """Search Events

    ``GET /api/v1/calendars/events/search``

    Args:
        query (None | str | Unset):
        skip (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 30.

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        CalendarEventListResponse
    """
    return parse(
        await client._arequest(
            _get_kwargs(
                query=query,
                skip=skip,
                limit=limit,
            )
        ),
        _parse_response,
    )
