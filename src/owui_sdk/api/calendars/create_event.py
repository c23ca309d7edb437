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
from ..._generated.models.calendar_event_form import CalendarEventForm
from ..._generated.models.calendar_event_model import CalendarEventModel
from ..._types import Response


def _get_kwargs(
    *,
    body: CalendarEventForm | dict[str, Any],
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "route": "/api/v1/calendars/events/create",
        "url": "/api/v1/calendars/events/create",
    }

    _kwargs["json"] = body if isinstance(body, dict) else body.to_dict()

    return _kwargs


def _parse_response(response: httpx.Response) -> CalendarEventModel:
    if response.status_code == 200:
        try:
            response_200 = CalendarEventModel.from_dict(loads(response.content))

            parsed: CalendarEventModel = response_200
            return parsed
        except INVALID as exc:
            raise invalid(response, exc) from exc
    raise unexpected(response)


def _build_response(response: httpx.Response) -> Response[CalendarEventModel]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parse(response, _parse_response) if response.is_success else None,
    )


def sync_detailed(
    *,
    client: SyncClient,
    body: CalendarEventForm | dict[str, Any],
) -> Response[CalendarEventModel]:
    """Create Event

    ``POST /api/v1/calendars/events/create``

    Args:
        body (CalendarEventForm):

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[CalendarEventModel]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = client._request(
        _get_kwargs(
            body=body,
        )
    )
    return _build_response(response)


def sync(
    *,
    client: SyncClient,
    body: CalendarEventForm | dict[str, Any],
) -> CalendarEventModel:
    """Create Event

    ``POST /api/v1/calendars/events/create``

    Args:
        body (CalendarEventForm):

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        CalendarEventModel
    """
    return parse(
        client._request(
            _get_kwargs(
                body=body,
            )
        ),
        _parse_response,
    )


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: CalendarEventForm | dict[str, Any],
) -> Response[CalendarEventModel]:
    """Create Event

    ``POST /api/v1/calendars/events/create``

    Args:
        body (CalendarEventForm):

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[CalendarEventModel]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = await client._arequest(
        _get_kwargs(
            body=body,
        )
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncClient,
    body: CalendarEventForm | dict[str, Any],
) -> CalendarEventModel:
    """Create Event

    ``POST /api/v1/calendars/events/create``

    Args:
        body (CalendarEventForm):

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        CalendarEventModel
    """
    return parse(
        await client._arequest(
            _get_kwargs(
                body=body,
            )
        ),
        _parse_response,
    )
