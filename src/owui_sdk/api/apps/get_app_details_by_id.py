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
from ..._generated.models.app_access_response import AppAccessResponse
from ..._types import Response


def _get_kwargs(
    app_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "route": "/api/v1/apps/{app_id}",
        "url": f"/api/v1/apps/{path_segment(app_id, 'app_id')}",
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> AppAccessResponse:
    if response.status_code == 200:
        try:
            response_200 = AppAccessResponse.from_dict(loads(response.content))

            parsed: AppAccessResponse = response_200
            return parsed
        except INVALID as exc:
            raise invalid(response, exc) from exc
    raise unexpected(response)


def _build_response(response: httpx.Response) -> Response[AppAccessResponse]:
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
) -> Response[AppAccessResponse]:
    """Get App Details By Id

    ``GET /api/v1/apps/{app_id}``

    Args:
        app_id (str):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[AppAccessResponse]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = client._request(
        _get_kwargs(
            app_id=app_id,
        )
    )
    return _build_response(response)


def sync(
    app_id: str,
    *,
    client: SyncClient,
) -> AppAccessResponse:
    """Get App Details By Id

    ``GET /api/v1/apps/{app_id}``

    Args:
        app_id (str):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        AppAccessResponse
    """
    return parse(
        client._request(
            _get_kwargs(
                app_id=app_id,
            )
        ),
        _parse_response,
    )


async def asyncio_detailed(
    app_id: str,
    *,
    client: AsyncClient,
) -> Response[AppAccessResponse]:
    """Get App Details By Id

    ``GET /api/v1/apps/{app_id}``

    Args:
        app_id (str):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[AppAccessResponse]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = await client._arequest(
        _get_kwargs(
            app_id=app_id,
        )
    )
    return _build_response(response)


async def asyncio(
    app_id: str,
    *,
    client: AsyncClient,
) -> AppAccessResponse:
    """Get App Details By Id

    ``GET /api/v1/apps/{app_id}``

    Args:
        app_id (str):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        AppAccessResponse
    """
    return parse(
        await client._arequest(
            _get_kwargs(
                app_id=app_id,
            )
        ),
        _parse_response,
    )
