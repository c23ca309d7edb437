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
from ..._generated.models.status_response import StatusResponse
from ..._types import Response


def _get_kwargs(
    event_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "route": "/api/v1/calendars/events/{event_id}/delete",
        "url": f"/api/v1/calendars/events/{path_segment(event_id, 'event_id')}/delete",
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> StatusResponse:
    if response.status_code == 200:
        try:
            response_200 = StatusResponse.from_dict(loads(response.content))

            parsed: StatusResponse = response_200
            return parsed
        except INVALID as exc:
            raise invalid(response, exc) from exc
    raise unexpected(response)


def _build_response(response: httpx.Response) -> Response[StatusResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parse(response, _parse_response) if response.is_success else None,
    )


def sync_detailed(
    event_id: str,
    *,
    client: SyncClient,
) -> Response[StatusResponse]:
    """Delete Event

    ``DELETE /api/v1/calendars/events/{event_id}/delete``

    Args:
        event_id (str):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[StatusResponse]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = client._request(
        _get_kwargs(
            event_id=event_id,
        )
    )
    return _build_response(response)


def sync(
    event_id: str,
    *,
    client: SyncClient,
) -> StatusResponse:
    """Delete Event

    ``DELETE /api/v1/calendars/events/{event_id}/delete``

    Args:
        event_id (str):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        StatusResponse
    """
    return parse(
        client._request(
            _get_kwargs(
                event_id=event_id,
            )
        ),
        _parse_response,
    )


async def asyncio_detailed(
    event_id: str,
    *,
    client: AsyncClient,
) -> Response[StatusResponse]:
    """Delete Event

    ``DELETE /api/v1/calendars/events/{event_id}/delete``

    Args:
        event_id (str):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[StatusResponse]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = await client._arequest(
        _get_kwargs(
            event_id=event_id,
        )
    )
    return _build_response(response)


async def asyncio(
    event_id: str,
    *,
    client: AsyncClient,
) -> StatusResponse:
    """Delete Event

    ``DELETE /api/v1/calendars/events/{event_id}/delete``

    Args:
        event_id (str):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        StatusResponse
    """
    return parse(
        await client._arequest(
            _get_kwargs(
                event_id=event_id,
            )
        ),
        _parse_response,
    )
