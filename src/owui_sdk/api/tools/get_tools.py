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
from ..._generated.models.tool_user_response import ToolUserResponse
from ..._types import UNSET, Response, Unset


def _get_kwargs(
    *,
    query: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_query: None | str | Unset
    if isinstance(query, Unset):
        json_query = UNSET
    else:
        json_query = query
    params["query"] = json_query

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "route": "/api/v1/tools/",
        "url": "/api/v1/tools/",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[ToolUserResponse]:
    if response.status_code == 200:
        try:
            response_200 = list(map(ToolUserResponse.from_dict, loads(response.content)))

            parsed: list[ToolUserResponse] = response_200
            return parsed
        except INVALID as exc:
            raise invalid(response, exc) from exc
    raise unexpected(response)


def _build_response(response: httpx.Response) -> Response[list[ToolUserResponse]]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parse(response, _parse_response) if response.is_success else None,
    )


def sync_detailed(
    *,
    client: SyncClient,
    query: None | str | Unset = UNSET,
) -> Response[list[ToolUserResponse]]:
    """Get Tools

    ``GET /api/v1/tools/``

    Args:
        query (None | str | Unset):

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[list[ToolUserResponse]]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = client._request(
        _get_kwargs(
            query=query,
        )
    )
    return _build_response(response)


def sync(
    *,
    client: SyncClient,
    query: None | str | Unset = UNSET,
) -> list[ToolUserResponse]:
    """Get Tools

    ``GET /api/v1/tools/``

    Args:
        query (None | str | Unset):

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        list[ToolUserResponse]
    """
    return parse(
        client._request(
            _get_kwargs(
                query=query,
            )
        ),
        _parse_response,
    )


async def asyncio_detailed(
    *,
    client: AsyncClient,
    query: None | str | Unset = UNSET,
) -> Response[list[ToolUserResponse]]:
    """Get Tools

    ``GET /api/v1/tools/``

    Args:
        query (None | str | Unset):

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[list[ToolUserResponse]]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = await client._arequest(
        _get_kwargs(
            query=query,
        )
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncClient,
    query: None | str | Unset = UNSET,
) -> list[ToolUserResponse]:
    """Get Tools

    ``GET /api/v1/tools/``

    Args:
        query (None | str | Unset):

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        list[ToolUserResponse]
    """
    return parse(
        await client._arequest(
            _get_kwargs(
                query=query,
            )
        ),
        _parse_response,
    )
