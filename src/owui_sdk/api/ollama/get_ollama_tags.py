from typing import Any

import httpx

from ..._endpoint import (
    AsyncClient,
    SyncClient,
    decode,
    parse,
    unexpected,
)
from ..._types import UNSET, Response, Unset


def _get_kwargs(
    *,
    url_idx: int | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_url_idx: int | None | Unset
    if isinstance(url_idx, Unset):
        json_url_idx = UNSET
    else:
        json_url_idx = url_idx
    params["url_idx"] = json_url_idx

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "route": "/ollama/api/tags",
        "url": "/ollama/api/tags",
        "params": params,
    }

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
    *,
    client: SyncClient,
    url_idx: int | None | Unset = UNSET,
) -> Response[Any]:
    """Get Ollama Tags

    List Ollama model tags, optionally from a specific backend.

    ``GET /ollama/api/tags``

    Args:
        url_idx (int | None | Unset):

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[Any]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = client._request(
        _get_kwargs(
            url_idx=url_idx,
        )
    )
    return _build_response(response)


def sync(
    *,
    client: SyncClient,
    url_idx: int | None | Unset = UNSET,
) -> Any:
    """Get Ollama Tags

    List Ollama model tags, optionally from a specific backend.

    ``GET /ollama/api/tags``

    Args:
        url_idx (int | None | Unset):

    Raises:
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
            )
        ),
        _parse_response,
    )


async def asyncio_detailed(
    *,
    client: AsyncClient,
    url_idx: int | None | Unset = UNSET,
) -> Response[Any]:
    """Get Ollama Tags

    List Ollama model tags, optionally from a specific backend.

    ``GET /ollama/api/tags``

    Args:
        url_idx (int | None | Unset):

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[Any]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = await client._arequest(
        _get_kwargs(
            url_idx=url_idx,
        )
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncClient,
    url_idx: int | None | Unset = UNSET,
) -> Any:
    """Get Ollama Tags

    List Ollama model tags, optionally from a specific backend.

    ``GET /ollama/api/tags``

    Args:
        url_idx (int | None | Unset):

    Raises:
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
            )
        ),
        _parse_response,
    )
