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
from ..._types import UNSET, Response


def _get_kwargs(
    history_id: str,
    *,
    id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "route": "/api/v1/models/model/history/{history_id}",
        "url": f"/api/v1/models/model/history/{path_segment(history_id, 'history_id')}",
        "params": params,
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
    history_id: str,
    *,
    client: SyncClient,
    id: str,
) -> Response[bool]:
    """Delete Model History Entry

    ``DELETE /api/v1/models/model/history/{history_id}``

    Args:
        history_id (str):
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
            history_id=history_id,
            id=id,
        )
    )
    return _build_response(response)


def sync(
    history_id: str,
    *,
    client: SyncClient,
    id: str,
) -> bool:
    """Delete Model History Entry

    ``DELETE /api/v1/models/model/history/{history_id}``

    Args:
        history_id (str):
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
                history_id=history_id,
                id=id,
            )
        ),
        _parse_response,
    )


async def asyncio_detailed(
    history_id: str,
    *,
    client: AsyncClient,
    id: str,
) -> Response[bool]:
    """Delete Model History Entry

    ``DELETE /api/v1/models/model/history/{history_id}``

    Args:
        history_id (str):
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
            history_id=history_id,
            id=id,
        )
    )
    return _build_response(response)


async def asyncio(
    history_id: str,
    *,
    client: AsyncClient,
    id: str,
) -> bool:
    """Delete Model History Entry

    ``DELETE /api/v1/models/model/history/{history_id}``

    Args:
        history_id (str):
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
                history_id=history_id,
                id=id,
            )
        ),
        _parse_response,
    )
