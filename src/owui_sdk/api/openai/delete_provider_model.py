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
from ..._types import UNSET, Response


def _get_kwargs(
    url_idx: int,
    *,
    model: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["model"] = model

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "route": "/openai/models/{url_idx}",
        "url": f"/openai/models/{path_segment(url_idx, 'url_idx')}",
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
    url_idx: int,
    *,
    client: SyncClient,
    model: str,
) -> Response[Any]:
    """Delete Provider Model

    ``DELETE /openai/models/{url_idx}``

    Args:
        url_idx (int):
        model (str):

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
            model=model,
        )
    )
    return _build_response(response)


def sync(
    url_idx: int,
    *,
    client: SyncClient,
    model: str,
) -> Any:
    """Delete Provider Model

    ``DELETE /openai/models/{url_idx}``

    Args:
        url_idx (int):
        model (str):

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
                model=model,
            )
        ),
        _parse_response,
    )


async def asyncio_detailed(
    url_idx: int,
    *,
    client: AsyncClient,
    model: str,
) -> Response[Any]:
    """Delete Provider Model

    ``DELETE /openai/models/{url_idx}``

    Args:
        url_idx (int):
        model (str):

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
            model=model,
        )
    )
    return _build_response(response)


async def asyncio(
    url_idx: int,
    *,
    client: AsyncClient,
    model: str,
) -> Any:
    """Delete Provider Model

    ``DELETE /openai/models/{url_idx}``

    Args:
        url_idx (int):
        model (str):

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
                model=model,
            )
        ),
        _parse_response,
    )
