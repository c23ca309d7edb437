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
from ..._generated.models.calendar_model import CalendarModel
from ..._types import Response


def _get_kwargs(
    calendar_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "route": "/api/v1/calendars/{calendar_id}/default",
        "url": f"/api/v1/calendars/{path_segment(calendar_id, 'calendar_id')}/default",
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> CalendarModel:
    if response.status_code == 200:
        try:
            response_200 = CalendarModel.from_dict(loads(response.content))

            parsed: CalendarModel = response_200
            return parsed
        except INVALID as exc:
            raise invalid(response, exc) from exc
    raise unexpected(response)


def _build_response(response: httpx.Response) -> Response[CalendarModel]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parse(response, _parse_response) if response.is_success else None,
    )


def sync_detailed(
    calendar_id: str,
    *,
    client: SyncClient,
) -> Response[CalendarModel]:
    """Set Default Calendar

    ``POST /api/v1/calendars/{calendar_id}/default``

    Args:
        calendar_id (str):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[CalendarModel]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = client._request(
        _get_kwargs(
            calendar_id=calendar_id,
        )
    )
    return _build_response(response)


def sync(
    calendar_id: str,
    *,
    client: SyncClient,
) -> CalendarModel:
    """Set Default Calendar

    ``POST /api/v1/calendars/{calendar_id}/default``

    Args:
        calendar_id (str):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        CalendarModel
    """
    return parse(
        client._request(
            _get_kwargs(
                calendar_id=calendar_id,
            )
        ),
        _parse_response,
    )


async def asyncio_detailed(
    calendar_id: str,
    *,
    client: AsyncClient,
) -> Response[CalendarModel]:
    """Set Default Calendar

    ``POST /api/v1/calendars/{calendar_id}/default``

    Args:
        calendar_id (str):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[CalendarModel]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = await client._arequest(
        _get_kwargs(
            calendar_id=calendar_id,
        )
    )
    return _build_response(response)


async def asyncio(
    calendar_id: str,
    *,
    client: AsyncClient,
) -> CalendarModel:
    """Set Default Calendar

    ``POST /api/v1/calendars/{calendar_id}/default``

    Args:
        calendar_id (str):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        CalendarModel
    """
    return parse(
        await client._arequest(
            _get_kwargs(
                calendar_id=calendar_id,
            )
        ),
        _parse_response,
    )
