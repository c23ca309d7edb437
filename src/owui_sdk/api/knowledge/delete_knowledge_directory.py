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
    dir_id: str,
    *,
    move_files: bool | Unset = True,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["move_files"] = move_files

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "route": "/api/v1/knowledge/{id}/dirs/{dir_id}/delete",
        "url": f"/api/v1/knowledge/{path_segment(id, 'id')}/dirs/{path_segment(dir_id, 'dir_id')}/delete",
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
    dir_id: str,
    *,
    client: SyncClient,
    move_files: bool | Unset = True,
) -> Response[Any]:
    """Delete Knowledge Directory

    ``DELETE /api/v1/knowledge/{id}/dirs/{dir_id}/delete``

    Args:
        id (str):
        dir_id (str):
        move_files (bool | Unset): If true, move contained files to parent. If false, delete them.
            Default: True.

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
            dir_id=dir_id,
            move_files=move_files,
        )
    )
    return _build_response(response)


def sync(
    id: str,
    dir_id: str,
    *,
    client: SyncClient,
    move_files: bool | Unset = True,
) -> Any:
    """Delete Knowledge Directory

    ``DELETE /api/v1/knowledge/{id}/dirs/{dir_id}/delete``

    Args:
        id (str):
        dir_id (str):
        move_files (bool | Unset): If true, move contained files to parent. If false, delete them.
            Default: True.

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
                dir_id=dir_id,
                move_files=move_files,
            )
        ),
        _parse_response,
    )


async def asyncio_detailed(
    id: str,
    dir_id: str,
    *,
    client: AsyncClient,
    move_files: bool | Unset = True,
) -> Response[Any]:
    """Delete Knowledge Directory

    ``DELETE /api/v1/knowledge/{id}/dirs/{dir_id}/delete``

    Args:
        id (str):
        dir_id (str):
        move_files (bool | Unset): If true, move contained files to parent. If false, delete them.
            Default: True.

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
            dir_id=dir_id,
            move_files=move_files,
        )
    )
    return _build_response(response)


async def asyncio(
    id: str,
    dir_id: str,
    *,
    client: AsyncClient,
    move_files: bool | Unset = True,
) -> Any:
    """Delete Knowledge Directory

    ``DELETE /api/v1/knowledge/{id}/dirs/{dir_id}/delete``

    Args:
        id (str):
        dir_id (str):
        move_files (bool | Unset): If true, move contained files to parent. If false, delete them.
            Default: True.

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
                dir_id=dir_id,
                move_files=move_files,
            )
        ),
        _parse_response,
    )
