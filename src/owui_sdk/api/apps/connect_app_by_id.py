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
from ..._generated.models.app_connection_form import AppConnectionForm
from ..._generated.models.app_response import AppResponse
from ..._types import Response


def _get_kwargs(
    app_id: str,
    *,
    body: AppConnectionForm | dict[str, Any],
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "route": "/api/v1/apps/{app_id}/connect",
        "url": f"/api/v1/apps/{path_segment(app_id, 'app_id')}/connect",
    }

    _kwargs["json"] = body if isinstance(body, dict) else body.to_dict()

    return _kwargs


def _parse_response(response: httpx.Response) -> AppResponse:
    if response.status_code == 200:
        try:
            response_200 = AppResponse.from_dict(loads(response.content))

            parsed: AppResponse = response_200
            return parsed
        except INVALID as exc:
            raise invalid(response, exc) from exc
    raise unexpected(response)


def _build_response(response: httpx.Response) -> Response[AppResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parse(response, _parse_response) if response.is_success else None,
    )


def sync_detailed(
    app_id: str,
    *,
    client: SyncClient,
    body: AppConnectionForm | dict[str, Any],
) -> Response[AppResponse]:
    """Connect App By Id

    ``POST /api/v1/apps/{app_id}/connect``

    Args:
        app_id (str):
        body (AppConnectionForm):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[AppResponse]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = client._request(
        _get_kwargs(
            app_id=app_id,
            body=body,
        )
    )
    return _build_response(response)


def sync(
    app_id: str,
    *,
    client: SyncClient,
    body: AppConnectionForm | dict[str, Any],
) -> AppResponse:
    """Connect App By Id

    ``POST /api/v1/apps/{app_id}/connect``

    Args:
        app_id (str):
        body (AppConnectionForm):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        AppResponse
    """
    return parse(
        client._request(
            _get_kwargs(
                app_id=app_id,
                body=body,
            )
        ),
        _parse_response,
    )


async def asyncio_detailed(
    app_id: str,
    *,
    client: AsyncClient,
    body: AppConnectionForm | dict[str, Any],
) -> Response[AppResponse]:
    """Connect App By Id

    ``POST /api/v1/apps/{app_id}/connect``

    Args:
        app_id (str):
        body (AppConnectionForm):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[AppResponse]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = await client._arequest(
        _get_kwargs(
            app_id=app_id,
            body=body,
        )
    )
    return _build_response(response)


async def asyncio(
    app_id: str,
    *,
    client: AsyncClient,
    body: AppConnectionForm | dict[str, Any],
) -> AppResponse:
    """Connect App By Id

    ``POST /api/v1/apps/{app_id}/connect``

    Args:
        app_id (str):
        body (AppConnectionForm):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        AppResponse
    """
    return parse(
        await client._arequest(
            _get_kwargs(
                app_id=app_id,
                body=body,
            )
        ),
        _parse_response,
    )
