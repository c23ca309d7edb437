from typing import Any

import httpx

from ...client import AsyncClient, SyncClient
from ...errors import INVALID, invalid, unexpected
from ...models.body_upload_file_api_v1_files_post import BodyUploadFileApiV1FilesPost
from ...models.file_model_response import FileModelResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: BodyUploadFileApiV1FilesPost,
    process: bool | Unset = True,
    process_in_background: bool | Unset = True,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["process"] = process

    params["process_in_background"] = process_in_background

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/files/",
        "params": params,
    }

    _kwargs["files"] = body.to_multipart()

    if headers:
        _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> FileModelResponse:
    if response.status_code == 200:
        try:
            response_200 = FileModelResponse.from_dict(response.json())

            parsed: FileModelResponse = response_200
            return parsed
        except INVALID as exc:
            raise invalid(response, exc) from exc
    raise unexpected(response)


def _build_response(response: httpx.Response) -> Response[FileModelResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response) if response.is_success else None,
    )


def sync_detailed(
    *,
    client: SyncClient,
    body: BodyUploadFileApiV1FilesPost,
    process: bool | Unset = True,
    process_in_background: bool | Unset = True,
) -> Response[FileModelResponse]:
    """Upload File

    ``POST /api/v1/files/``

    Args:
        process (bool | Unset):  Default: True.
        process_in_background (bool | Unset):  Default: True.
        body (BodyUploadFileApiV1FilesPost):

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[FileModelResponse]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = client.request(
        _get_kwargs(
            body=body,
            process=process,
            process_in_background=process_in_background,
        )
    )
    return _build_response(response)


def sync(
    *,
    client: SyncClient,
    body: BodyUploadFileApiV1FilesPost,
    process: bool | Unset = True,
    process_in_background: bool | Unset = True,
) -> FileModelResponse:
    """Upload File

    ``POST /api/v1/files/``

    Args:
        process (bool | Unset):  Default: True.
        process_in_background (bool | Unset):  Default: True.
        body (BodyUploadFileApiV1FilesPost):

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        FileModelResponse
    """
    return _parse_response(
        client.request(
            _get_kwargs(
                body=body,
                process=process,
                process_in_background=process_in_background,
            )
        )
    )


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: BodyUploadFileApiV1FilesPost,
    process: bool | Unset = True,
    process_in_background: bool | Unset = True,
) -> Response[FileModelResponse]:
    """Upload File

    ``POST /api/v1/files/``

    Args:
        process (bool | Unset):  Default: True.
        process_in_background (bool | Unset):  Default: True.
        body (BodyUploadFileApiV1FilesPost):

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[FileModelResponse]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = await client.arequest(
        _get_kwargs(
            body=body,
            process=process,
            process_in_background=process_in_background,
        )
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncClient,
    body: BodyUploadFileApiV1FilesPost,
    process: bool | Unset = True,
    process_in_background: bool | Unset = True,
) -> FileModelResponse:
    """Upload File

    ``POST /api/v1/files/``

    Args:
        process (bool | Unset):  Default: True.
        process_in_background (bool | Unset):  Default: True.
        body (BodyUploadFileApiV1FilesPost):

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        FileModelResponse
    """
    return _parse_response(
        await client.arequest(
            _get_kwargs(
                body=body,
                process=process,
                process_in_background=process_in_background,
            )
        )
    )
