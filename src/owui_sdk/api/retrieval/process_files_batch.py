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
from ..._generated.models.batch_process_files_form import BatchProcessFilesForm
from ..._generated.models.batch_process_files_response import BatchProcessFilesResponse
from ..._types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: BatchProcessFilesForm | dict[str, Any],
    db: Any | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["db"] = db

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "route": "/api/v1/retrieval/process/files/batch",
        "url": "/api/v1/retrieval/process/files/batch",
        "params": params,
    }

    _kwargs["json"] = body if isinstance(body, dict) else body.to_dict()

    return _kwargs


def _parse_response(response: httpx.Response) -> BatchProcessFilesResponse:
    if response.status_code == 200:
        try:
            response_200 = BatchProcessFilesResponse.from_dict(loads(response.content))

            parsed: BatchProcessFilesResponse = response_200
            return parsed
        except INVALID as exc:
            raise invalid(response, exc) from exc
    raise unexpected(response)


def _build_response(response: httpx.Response) -> Response[BatchProcessFilesResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parse(response, _parse_response) if response.is_success else None,
    )


def sync_detailed(
    *,
    client: SyncClient,
    body: BatchProcessFilesForm | dict[str, Any],
    db: Any | Unset = UNSET,
) -> Response[BatchProcessFilesResponse]:
    """Process Files Batch

    Process a batch of files and save them to the vector database.

    NOTE: We intentionally do NOT use Depends(get_async_session) here.
    The save_docs_to_vector_db() call makes external embedding API calls which
    can take 5-60+ seconds for batch operations. Database operations after
    embedding (Files.update_file_by_id) manage their own short-lived sessions.

    ``POST /api/v1/retrieval/process/files/batch``

    Args:
        db (Any | Unset):
        body (BatchProcessFilesForm):

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[BatchProcessFilesResponse]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = client._request(
        _get_kwargs(
            body=body,
            db=db,
        )
    )
    return _build_response(response)


def sync(
    *,
    client: SyncClient,
    body: BatchProcessFilesForm | dict[str, Any],
    db: Any | Unset = UNSET,
) -> BatchProcessFilesResponse:
    """Process Files Batch

    Process a batch of files and save them to the vector database.

    NOTE: We intentionally do NOT use Depends(get_async_session) here.
    The save_docs_to_vector_db() call makes external embedding API calls which
    can take 5-60+ seconds for batch operations. Database operations after
    embedding (Files.update_file_by_id) manage their own short-lived sessions.

    ``POST /api/v1/retrieval/process/files/batch``

    Args:
        db (Any | Unset):
        body (BatchProcessFilesForm):

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        BatchProcessFilesResponse
    """
    return parse(
        client._request(
            _get_kwargs(
                body=body,
                db=db,
            )
        ),
        _parse_response,
    )


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: BatchProcessFilesForm | dict[str, Any],
    db: Any | Unset = UNSET,
) -> Response[BatchProcessFilesResponse]:
    """Process Files Batch

    Process a batch of files and save them to the vector database.

    NOTE: We intentionally do NOT use Depends(get_async_session) here.
    The save_docs_to_vector_db() call makes external embedding API calls which
    can take 5-60+ seconds for batch operations. Database operations after
    embedding (Files.update_file_by_id) manage their own short-lived sessions.

    ``POST /api/v1/retrieval/process/files/batch``

    Args:
        db (Any | Unset):
        body (BatchProcessFilesForm):

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[BatchProcessFilesResponse]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = await client._arequest(
        _get_kwargs(
            body=body,
            db=db,
        )
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncClient,
    body: BatchProcessFilesForm | dict[str, Any],
    db: Any | Unset = UNSET,
) -> BatchProcessFilesResponse:
    """Process Files Batch

    Process a batch of files and save them to the vector database.

    NOTE: We intentionally do NOT use Depends(get_async_session) here.
    The save_docs_to_vector_db() call makes external embedding API calls which
    can take 5-60+ seconds for batch operations. Database operations after
    embedding (Files.update_file_by_id) manage their own short-lived sessions.

    ``POST /api/v1/retrieval/process/files/batch``

    Args:
        db (Any | Unset):
        body (BatchProcessFilesForm):

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        BatchProcessFilesResponse
    """
    return parse(
        await client._arequest(
            _get_kwargs(
                body=body,
                db=db,
            )
        ),
        _parse_response,
    )
