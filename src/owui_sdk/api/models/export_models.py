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
from ..._generated.models.model_export_response import ModelExportResponse
from ..._types import UNSET, Response, Unset


def _get_kwargs(
    *,
    ids: list[str] | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_ids: list[str] | None | Unset
    if isinstance(ids, Unset):
        json_ids = UNSET
    elif isinstance(ids, list):
        json_ids = ids

    else:
        json_ids = ids
    params["ids"] = json_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "route": "/api/v1/models/export",
        "url": "/api/v1/models/export",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[ModelExportResponse]:
    if response.status_code == 200:
        try:
            response_200 = list(map(ModelExportResponse.from_dict, loads(response.content)))

            parsed: list[ModelExportResponse] = response_200
            return parsed
        except INVALID as exc:
            raise invalid(response, exc) from exc
    raise unexpected(response)


def _build_response(response: httpx.Response) -> Response[list[ModelExportResponse]]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parse(response, _parse_response) if response.is_success else None,
    )


def sync_detailed(
    *,
    client: SyncClient,
    ids: list[str] | None | Unset = UNSET,
) -> Response[list[ModelExportResponse]]:
    """Export Models

    ``GET /api/v1/models/export``

    Args:
        ids (list[str] | None | Unset):

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[list[ModelExportResponse]]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = client._request(
        _get_kwargs(
            ids=ids,
        )
    )
    return _build_response(response)


def sync(
    *,
    client: SyncClient,
    ids: list[str] | None | Unset = UNSET,
) -> list[ModelExportResponse]:
    """Export Models

    ``GET /api/v1/models/export``

    Args:
        ids (list[str] | None | Unset):

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        list[ModelExportResponse]
    """
    return parse(
        client._request(
            _get_kwargs(
                ids=ids,
            )
        ),
        _parse_response,
    )


async def asyncio_detailed(
    *,
    client: AsyncClient,
    ids: list[str] | None | Unset = UNSET,
) -> Response[list[ModelExportResponse]]:
    """Export Models

    ``GET /api/v1/models/export``

    Args:
        ids (list[str] | None | Unset):

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[list[ModelExportResponse]]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = await client._arequest(
        _get_kwargs(
            ids=ids,
        )
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncClient,
    ids: list[str] | None | Unset = UNSET,
) -> list[ModelExportResponse]:
    """Export Models

    ``GET /api/v1/models/export``

    Args:
        ids (list[str] | None | Unset):

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        list[ModelExportResponse]
    """
    return parse(
        await client._arequest(
            _get_kwargs(
                ids=ids,
            )
        ),
        _parse_response,
    )
