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
from ..._generated.models.file_model_response import FileModelResponse
from ..._types import UNSET, Response, Unset


def _get_kwargs(
    *,
    filename: str,
    content: bool | Unset = True,
    skip: int | Unset = 0,
    limit: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["filename"] = filename

    params["content"] = content

    params["skip"] = skip

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "route": "/api/v1/files/search",
        "url": "/api/v1/files/search",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[FileModelResponse]:
    if response.status_code == 200:
        try:
            response_200 = list(map(FileModelResponse.from_dict, loads(response.content)))

            parsed: list[FileModelResponse] = response_200
            return parsed
        except INVALID as exc:
            raise invalid(response, exc) from exc
    raise unexpected(response)


def _build_response(response: httpx.Response) -> Response[list[FileModelResponse]]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parse(response, _parse_response) if response.is_success else None,
    )


def sync_detailed(
    *,
    client: SyncClient,
    filename: str,
    content: bool | Unset = True,
    skip: int | Unset = 0,
    limit: int | Unset = 100,
) -> Response[list[FileModelResponse]]:
    """Search Files

    ``GET /api/v1/files/search``

    Args:
        filename (str): Filename pattern to search for. Supports wildcards such as '*.txt'
        content (bool | Unset):  Default: True.
        skip (int | Unset): Number of files to skip Default: 0.
        limit (int | Unset): Maximum number of files to return Default: 100.

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[list[FileModelResponse]]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = client._request(
        _get_kwargs(
            filename=filename,
            content=content,
            skip=skip,
            limit=limit,
        )
    )
    return _build_response(response)


def sync(
    *,
    client: SyncClient,
    filename: str,
    content: bool | Unset = True,
    skip: int | Unset = 0,
    limit: int | Unset = 100,
) -> list[FileModelResponse]:
    """Search Files

    ``GET /api/v1/files/search``

    Args:
        filename (str): Filename pattern to search for. Supports wildcards such as '*.txt'
        content (bool | Unset):  Default: True.
        skip (int | Unset): Number of files to skip Default: 0.
        limit (int | Unset): Maximum number of files to return Default: 100.

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        list[FileModelResponse]
    """
    return parse(
        client._request(
            _get_kwargs(
                filename=filename,
                content=content,
                skip=skip,
                limit=limit,
            )
        ),
        _parse_response,
    )


async def asyncio_detailed(
    *,
    client: AsyncClient,
    filename: str,
    content: bool | Unset = True,
    skip: int | Unset = 0,
    limit: int | Unset = 100,
) -> Response[list[FileModelResponse]]:
    """Search Files

    ``GET /api/v1/files/search``

    Args:
        filename (str): Filename pattern to search for. Supports wildcards such as '*.txt'
        content (bool | Unset):  Default: True.
        skip (int | Unset): Number of files to skip Default: 0.
        limit (int | Unset): Maximum number of files to return Default: 100.

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[list[FileModelResponse]]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = await client._arequest(
        _get_kwargs(
            filename=filename,
            content=content,
            skip=skip,
            limit=limit,
        )
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncClient,
    filename: str,
    content: bool | Unset = True,
    skip: int | Unset = 0,
    limit: int | Unset = 100,
) -> list[FileModelResponse]:
    """Search Files

    ``GET /api/v1/files/search``

    Args:
        filename (str): Filename pattern to search for. Supports wildcards such as '*.txt'
        content (bool | Unset):  Default: True.
        skip (int | Unset): Number of files to skip Default: 0.
        limit (int | Unset): Maximum number of files to return Default: 100.

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        list[FileModelResponse]
    """
    return parse(
        await client._arequest(
            _get_kwargs(
                filename=filename,
                content=content,
                skip=skip,
                limit=limit,
            )
        ),
        _parse_response,
    )
