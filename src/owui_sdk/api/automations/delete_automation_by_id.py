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
from ..._types import Response


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "route": "/api/v1/automations/{id}/delete",
        "url": f"/api/v1/automations/{path_segment(id, 'id')}/delete",
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> bool:
    if response.status_code == 200:
        try:
            parsed: bool = loads(response.content)
            if not isinstance(parsed, bool):
                raise TypeError(f"expected bool, got {type(parsed).__name__}")
            return parsed
        except INVALID as exc:
            raise invalid(response, exc) from exc
    raise unexpected(response)


def _build_response(response: httpx.Response) -> Response[bool]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parse(response, _parse_response) if response.is_success else None,
    )


def sync_detailed(
    id: str,
    *,
    client: SyncClient,
) -> Response[bool]:
    """Delete Automation By Id

    ``DELETE /api/v1/automations/{id}/delete``

    Args:
        id (str):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[bool]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = client._request(
        _get_kwargs(
            id=id,
        )
    )
    return _build_response(response)


def sync(
    id: str,
    *,
    client: SyncClient,
) -> bool:
    """Delete Automation By Id

    ``DELETE /api/v1/automations/{id}/delete``

    Args:
        id (str):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        bool
    """
    return parse(
        client._request(
            _get_kwargs(
                id=id,
            )
        ),
        _parse_response,
    )


async def asyncio_detailed(
    id: str,
    *,
    client: AsyncClient,
) -> Response[bool]:
    """Delete Automation By Id

    ``DELETE /api/v1/automations/{id}/delete``

    Args:
        id (str):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[bool]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = await client._arequest(
        _get_kwargs(
            id=id,
        )
    )
    return _build_response(response)


async def asyncio(
    id: str,
    *,
    client: AsyncClient,
) -> bool:
    """Delete Automation By Id

    ``DELETE /api/v1/automations/{id}/delete``

    Args:
        id (str):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        bool
    """
    return parse(
        await client._arequest(
            _get_kwargs(
                id=id,
            )
        ),
        _parse_response,
    )
