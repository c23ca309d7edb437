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
from ..._generated.models.app_response import AppResponse
from ..._types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "route": "/api/v1/apps",
        "url": "/api/v1/apps",
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[AppResponse]:
    if response.status_code == 200:
        try:
            response_200 = list(map(AppResponse.from_dict, loads(response.content)))

            parsed: list[AppResponse] = response_200
            return parsed
        except INVALID as exc:
            raise invalid(response, exc) from exc
    raise unexpected(response)


def _build_response(response: httpx.Response) -> Response[list[AppResponse]]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parse(response, _parse_response) if response.is_success else None,
    )


def sync_detailed(
    *,
    client: SyncClient,
) -> Response[list[AppResponse]]:
    """Get Apps

    ``GET /api/v1/apps``

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[list[AppResponse]]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = client._request(_get_kwargs())
    return _build_response(response)


def sync(
    *,
    client: SyncClient,
) -> list[AppResponse]:
    """Get Apps

    ``GET /api/v1/apps``

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        list[AppResponse]
    """
    return parse(client._request(_get_kwargs()), _parse_response)


async def asyncio_detailed(
    *,
    client: AsyncClient,
) -> Response[list[AppResponse]]:
    """Get Apps

    ``GET /api/v1/apps``

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[list[AppResponse]]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = await client._arequest(_get_kwargs())
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncClient,
) -> list[AppResponse]:
    """Get Apps

    ``GET /api/v1/apps``

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        list[AppResponse]
    """
    return parse(await client._arequest(_get_kwargs()), _parse_response)
