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
from ..._generated.models.model_access_response import ModelAccessResponse
from ..._types import UNSET, Response


def _get_kwargs(
    *,
    id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "route": "/api/v1/models/model",
        "url": "/api/v1/models/model",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> ModelAccessResponse:
    if response.status_code == 200:
        try:
            response_200 = ModelAccessResponse.from_dict(loads(response.content))

            parsed: ModelAccessResponse = response_200
            return parsed
        except INVALID as exc:
            raise invalid(response, exc) from exc
    raise unexpected(response)


def _build_response(response: httpx.Response) -> Response[ModelAccessResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parse(response, _parse_response) if response.is_success else None,
    )


def sync_detailed(
    *,
    client: SyncClient,
    id: str,
) -> Response[ModelAccessResponse]:
    """Get Model By Id

    ``GET /api/v1/models/model``

    Args:
        id (str):

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[ModelAccessResponse]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = client._request(
        _get_kwargs(
            id=id,
        )
    )
    return _build_response(response)


def sync(
    *,
    client: SyncClient,
    id: str,
) -> ModelAccessResponse:
    """Get Model By Id

    ``GET /api/v1/models/model``

    Args:
        id (str):

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        ModelAccessResponse
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
    *,
    client: AsyncClient,
    id: str,
) -> Response[ModelAccessResponse]:
    """Get Model By Id

    ``GET /api/v1/models/model``

    Args:
        id (str):

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[ModelAccessResponse]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = await client._arequest(
        _get_kwargs(
            id=id,
        )
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncClient,
    id: str,
) -> ModelAccessResponse:
    """Get Model By Id

    ``GET /api/v1/models/model``

    Args:
        id (str):

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        ModelAccessResponse
    """
    return parse(
        await client._arequest(
            _get_kwargs(
                id=id,
            )
        ),
        _parse_response,
    )
