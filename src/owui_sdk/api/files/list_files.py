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
from ..._generated.models.file_list_response import FileListResponse
from ..._types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    content: bool | Unset = True,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["content"] = content

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "route": "/api/v1/files/",
        "url": "/api/v1/files/",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> FileListResponse:
    if response.status_code == 200:
        try:
            response_200 = FileListResponse.from_dict(loads(response.content))

            parsed: FileListResponse = response_200
            return parsed
        except INVALID as exc:
            raise invalid(response, exc) from exc
    raise unexpected(response)


def _build_response(response: httpx.Response) -> Response[FileListResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parse(response, _parse_response) if response.is_success else None,
    )


def sync_detailed(
    *,
    client: SyncClient,
    page: int | Unset = 1,
    content: bool | Unset = True,
) -> Response[FileListResponse]:
    """List Files

    ``GET /api/v1/files/``

    Args:
        page (int | Unset): Page number (1-indexed) Default: 1.
        content (bool | Unset):  Default: True.

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[FileListResponse]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = client._request(
        _get_kwargs(
            page=page,
            content=content,
        )
    )
    return _build_response(response)


def sync(
    *,
    client: SyncClient,
    page: int | Unset = 1,
    content: bool | Unset = True,
) -> FileListResponse:
    """List Files

    ``GET /api/v1/files/``

    Args:
        page (int | Unset): Page number (1-indexed) Default: 1.
        content (bool | Unset):  Default: True.

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        FileListResponse
    """
    return parse(
        client._request(
            _get_kwargs(
                page=page,
                content=content,
            )
        ),
        _parse_response,
    )


async def asyncio_detailed(
    *,
    client: AsyncClient,
    page: int | Unset = 1,
    content: bool | Unset = True,
) -> Response[FileListResponse]:
    """List Files

    ``GET /api/v1/files/``

    Args:
        page (int | Unset): Page number (1-indexed) Default: 1.
        content (bool | Unset):  Default: True.

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[FileListResponse]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = await client._arequest(
        _get_kwargs(
            page=page,
            content=content,
        )
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncClient,
    page: int | Unset = 1,
    content: bool | Unset = True,
) -> FileListResponse:
    """List Files

    ``GET /api/v1/files/``

    Args:
        page (int | Unset): Page number (1-indexed) Default: 1.
        content (bool | Unset):  Default: True.

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        FileListResponse
    """
    return parse(
        await client._arequest(
            _get_kwargs(
                page=page,
                content=content,
            )
        ),
        _parse_response,
    )
