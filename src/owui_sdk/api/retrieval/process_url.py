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
from ..._generated.models.process_url_form import ProcessUrlForm
from ..._generated.models.process_url_response import ProcessUrlResponse
from ..._types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ProcessUrlForm | dict[str, Any],
    process: bool | Unset = True,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["process"] = process

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "route": "/api/v1/retrieval/process/url",
        "url": "/api/v1/retrieval/process/url",
        "params": params,
    }

    _kwargs["json"] = body if isinstance(body, dict) else body.to_dict()

    return _kwargs


def _parse_response(response: httpx.Response) -> ProcessUrlResponse:
    if response.status_code == 200:
        try:
            response_200 = ProcessUrlResponse.from_dict(loads(response.content))

            parsed: ProcessUrlResponse = response_200
            return parsed
        except INVALID as exc:
            raise invalid(response, exc) from exc
    raise unexpected(response)


def _build_response(response: httpx.Response) -> Response[ProcessUrlResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parse(response, _parse_response) if response.is_success else None,
    )


def sync_detailed(
    *,
    client: SyncClient,
    body: ProcessUrlForm | dict[str, Any],
    process: bool | Unset = True,
) -> Response[ProcessUrlResponse]:
    """Process Url

    ``POST /api/v1/retrieval/process/url``

    Args:
        process (bool | Unset): Whether to process and save the content Default: True.
        body (ProcessUrlForm):

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[ProcessUrlResponse]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = client._request(
        _get_kwargs(
            body=body,
            process=process,
        )
    )
    return _build_response(response)


def sync(
    *,
    client: SyncClient,
    body: ProcessUrlForm | dict[str, Any],
    process: bool | Unset = True,
) -> ProcessUrlResponse:
    """Process Url

    ``POST /api/v1/retrieval/process/url``

    Args:
        process (bool | Unset): Whether to process and save the content Default: True.
        body (ProcessUrlForm):

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        ProcessUrlResponse
    """
    return parse(
        client._request(
            _get_kwargs(
                body=body,
                process=process,
            )
        ),
        _parse_response,
    )


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: ProcessUrlForm | dict[str, Any],
    process: bool | Unset = True,
) -> Response[ProcessUrlResponse]:
    """Process Url

    ``POST /api/v1/retrieval/process/url``

    Args:
        process (bool | Unset): Whether to process and save the content Default: True.
        body (ProcessUrlForm):

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[ProcessUrlResponse]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = await client._arequest(
        _get_kwargs(
            body=body,
            process=process,
        )
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncClient,
    body: ProcessUrlForm | dict[str, Any],
    process: bool | Unset = True,
) -> ProcessUrlResponse:
    """Process Url

    ``POST /api/v1/retrieval/process/url``

    Args:
        process (bool | Unset): Whether to process and save the content Default: True.
        body (ProcessUrlForm):

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        ProcessUrlResponse
    """
    return parse(
        await client._arequest(
            _get_kwargs(
                body=body,
                process=process,
            )
        ),
        _parse_response,
    )
