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
from ..._generated.models.model_response import ModelResponse
from ..._types import UNSET, Response, Unset


def _get_kwargs(
    *,
    tag: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_tag: None | str | Unset
    if isinstance(tag, Unset):
        json_tag = UNSET
    else:
        json_tag = tag
    params["tag"] = json_tag

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "route": "/api/v1/models/base",
        "url": "/api/v1/models/base",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[ModelResponse]:
    if response.status_code == 200:
        try:
            response_200 = list(map(ModelResponse.from_dict, loads(response.content)))

            parsed: list[ModelResponse] = response_200
            return parsed
        except INVALID as exc:
            raise invalid(response, exc) from exc
    raise unexpected(response)


def _build_response(response: httpx.Response) -> Response[list[ModelResponse]]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parse(response, _parse_response) if response.is_success else None,
    )


def sync_detailed(
    *,
    client: SyncClient,
    tag: None | str | Unset = UNSET,
) -> Response[list[ModelResponse]]:
    """Get Base Models

    ``GET /api/v1/models/base``

    Args:
        tag (None | str | Unset):

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[list[ModelResponse]]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = client._request(
        _get_kwargs(
            tag=tag,
        )
    )
    return _build_response(response)


def sync(
    *,
    client: SyncClient,
    tag: None | str | Unset = UNSET,
) -> list[ModelResponse]:
    """Get Base Models

    ``GET /api/v1/models/base``

    Args:
        tag (None | str | Unset):

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        list[ModelResponse]
    """
    return parse(
        client._request(
            _get_kwargs(
                tag=tag,
            )
        ),
        _parse_response,
    )


async def asyncio_detailed(
    *,
    client: AsyncClient,
    tag: None | str | Unset = UNSET,
) -> Response[list[ModelResponse]]:
    """Get Base Models

    ``GET /api/v1/models/base``

    Args:
        tag (None | str | Unset):

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[list[ModelResponse]]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = await client._arequest(
        _get_kwargs(
            tag=tag,
        )
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncClient,
    tag: None | str | Unset = UNSET,
) -> list[ModelResponse]:
    """Get Base Models

    ``GET /api/v1/models/base``

    Args:
        tag (None | str | Unset):

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        list[ModelResponse]
    """
    return parse(
        await client._arequest(
            _get_kwargs(
                tag=tag,
            )
        ),
        _parse_response,
    )
