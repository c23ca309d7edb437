from typing import Any

import httpx

from ..._endpoint import (
    INVALID,
    AsyncClient,
    SyncClient,
    invalid,
    loads,
    parse,
    path_segment,
    unexpected,
)
from ..._generated.models.memory_model import MemoryModel
from ..._generated.models.memory_update_model import MemoryUpdateModel
from ..._types import Response


def _get_kwargs(
    memory_id: str,
    *,
    body: MemoryUpdateModel | dict[str, Any],
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "route": "/api/v1/memories/{memory_id}/update",
        "url": f"/api/v1/memories/{path_segment(memory_id, 'memory_id')}/update",
    }

    _kwargs["json"] = body if isinstance(body, dict) else body.to_dict()

    return _kwargs


def _parse_response(response: httpx.Response) -> MemoryModel:
    if response.status_code == 200:
        try:
            response_200 = MemoryModel.from_dict(loads(response.content))

            parsed: MemoryModel = response_200
            return parsed
        except INVALID as exc:
            raise invalid(response, exc) from exc
    raise unexpected(response)


def _build_response(response: httpx.Response) -> Response[MemoryModel]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parse(response, _parse_response) if response.is_success else None,
    )


def sync_detailed(
    memory_id: str,
    *,
    client: SyncClient,
    body: MemoryUpdateModel | dict[str, Any],
) -> Response[MemoryModel]:
    """Update Memory By Id

    ``POST /api/v1/memories/{memory_id}/update``

    Args:
        memory_id (str):
        body (MemoryUpdateModel):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[MemoryModel]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = client._request(
        _get_kwargs(
            memory_id=memory_id,
            body=body,
        )
    )
    return _build_response(response)


def sync(
    memory_id: str,
    *,
    client: SyncClient,
    body: MemoryUpdateModel | dict[str, Any],
) -> MemoryModel:
    """Update Memory By Id

    ``POST /api/v1/memories/{memory_id}/update``

    Args:
        memory_id (str):
        body (MemoryUpdateModel):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        MemoryModel
    """
    return parse(
        client._request(
            _get_kwargs(
                memory_id=memory_id,
                body=body,
            )
        ),
        _parse_response,
    )


async def asyncio_detailed(
    memory_id: str,
    *,
    client: AsyncClient,
    body: MemoryUpdateModel | dict[str, Any],
) -> Response[MemoryModel]:
    """Update Memory By Id

    ``POST /api/v1/memories/{memory_id}/update``

    Args:
        memory_id (str):
        body (MemoryUpdateModel):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[MemoryModel]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = await client._arequest(
        _get_kwargs(
            memory_id=memory_id,
            body=body,
        )
    )
    return _build_response(response)


async def asyncio(
    memory_id: str,
    *,
    client: AsyncClient,
    body: MemoryUpdateModel | dict[str, Any],
) -> MemoryModel:
    """Update Memory By Id

    ``POST /api/v1/memories/{memory_id}/update``

    Args:
        memory_id (str):
        body (MemoryUpdateModel):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        MemoryModel
    """
    return parse(
        await client._arequest(
            _get_kwargs(
                memory_id=memory_id,
                body=body,
            )
        ),
        _parse_response,
    )
