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
from ..._generated.models.upload_model_by_url_idx_body import UploadModelByUrlIdxBody
from ..._types import Response


def _get_kwargs(
    url_idx: int,
    *,
    body: UploadModelByUrlIdxBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "route": "/ollama/models/upload/{url_idx}",
        "url": f"/ollama/models/upload/{path_segment(url_idx, 'url_idx')}",
    }

    _kwargs["files"] = body.to_multipart()

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
    url_idx: int,
    *,
    client: SyncClient,
    body: UploadModelByUrlIdxBody,
) -> Response[Any]:
    """Upload Model

    Upload a local model file, push it as a blob, and create the model in Ollama.

    ``POST /ollama/models/upload/{url_idx}``

    Args:
        url_idx (int):
        body (UploadModelByUrlIdxBody):

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
            url_idx=url_idx,
            body=body,
        )
    )
    return _build_response(response)


def sync(
    url_idx: int,
    *,
    client: SyncClient,
    body: UploadModelByUrlIdxBody,
) -> Any:
    """Upload Model

    Upload a local model file, push it as a blob, and create the model in Ollama.

    ``POST /ollama/models/upload/{url_idx}``

    Args:
        url_idx (int):
        body (UploadModelByUrlIdxBody):

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
                url_idx=url_idx,
                body=body,
            )
        ),
        _parse_response,
    )


async def asyncio_detailed(
    url_idx: int,
    *,
    client: AsyncClient,
    body: UploadModelByUrlIdxBody,
) -> Response[Any]:
    """Upload Model

    Upload a local model file, push it as a blob, and create the model in Ollama.

    ``POST /ollama/models/upload/{url_idx}``

    Args:
        url_idx (int):
        body (UploadModelByUrlIdxBody):

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
            url_idx=url_idx,
            body=body,
        )
    )
    return _build_response(response)


async def asyncio(
    url_idx: int,
    *,
    client: AsyncClient,
    body: UploadModelByUrlIdxBody,
) -> Any:
    """Upload Model

    Upload a local model file, push it as a blob, and create the model in Ollama.

    ``POST /ollama/models/upload/{url_idx}``

    Args:
        url_idx (int):
        body (UploadModelByUrlIdxBody):

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
                url_idx=url_idx,
                body=body,
            )
        ),
        _parse_response,
    )
