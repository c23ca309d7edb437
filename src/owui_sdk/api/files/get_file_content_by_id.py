from typing import Any

import httpx

from ..._endpoint import (
    AsyncClient,
    SyncClient,
    decode,
    parse,
    path_segment,
    unexpected,
)
from ..._types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    attachment: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["attachment"] = attachment

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "route": "/api/v1/files/{id}/content",
        "url": f"/api/v1/files/{path_segment(id, 'id')}/content",
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
    id: str,
    *,
    client: SyncClient,
    attachment: bool | Unset = False,
) -> Response[Any]:
    """Get File Content By Id

    ``GET /api/v1/files/{id}/content``

    Args:
        id (str):
        attachment (bool | Unset):  Default: False.

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[Any]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = client._request(
        _get_kwargs(
            id=id,
            attachment=attachment,
        )
    )
    return _build_response(response)


def sync(
    id: str,
    *,
    client: SyncClient,
    attachment: bool | Unset = False,
) -> Any:
    """Get File Content By Id

    ``GET /api/v1/files/{id}/content``

    Args:
        id (str):
        attachment (bool | Unset):  Default: False.

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
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
                id=id,
                attachment=attachment,
            )
        ),
        _parse_response,
    )


async def asyncio_detailed(
    id: str,
    *,
    client: AsyncClient,
    attachment: bool | Unset = False,
) -> Response[Any]:
    """Get File Content By Id

    ``GET /api/v1/files/{id}/content``

    Args:
        id (str):
        attachment (bool | Unset):  Default: False.

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[Any]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = await client._arequest(
        _get_kwargs(
            id=id,
            attachment=attachment,
        )
    )
    return _build_response(response)


async def asyncio(
    id: str,
    *,
    client: AsyncClient,
    attachment: bool | Unset = False,
) -> Any:
    """Get File Content By Id

    ``GET /api/v1/files/{id}/content``

    Args:
        id (str):
        attachment (bool | Unset):  Default: False.

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
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
                id=id,
                attachment=attachment,
            )
        ),
        _parse_response,
    )
