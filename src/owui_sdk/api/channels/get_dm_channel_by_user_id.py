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
from ..._generated.models.channel_model import ChannelModel
from ..._types import Response


def _get_kwargs(
    user_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "route": "/api/v1/channels/users/{user_id}",
        "url": f"/api/v1/channels/users/{path_segment(user_id, 'user_id')}",
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> ChannelModel:
    if response.status_code == 200:
        try:
            response_200 = ChannelModel.from_dict(loads(response.content))

            parsed: ChannelModel = response_200
            return parsed
        except INVALID as exc:
            raise invalid(response, exc) from exc
    raise unexpected(response)


def _build_response(response: httpx.Response) -> Response[ChannelModel]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parse(response, _parse_response) if response.is_success else None,
    )


def sync_detailed(
    user_id: str,
    *,
    client: SyncClient,
) -> Response[ChannelModel]:
    """Get Dm Channel By User Id

    ``GET /api/v1/channels/users/{user_id}``

    Args:
        user_id (str):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[ChannelModel]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = client._request(
        _get_kwargs(
            user_id=user_id,
        )
    )
    return _build_response(response)


def sync(
    user_id: str,
    *,
    client: SyncClient,
) -> ChannelModel:
    """Get Dm Channel By User Id

    ``GET /api/v1/channels/users/{user_id}``

    Args:
        user_id (str):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        ChannelModel
    """
    return parse(
        client._request(
            _get_kwargs(
                user_id=user_id,
            )
        ),
        _parse_response,
    )


async def asyncio_detailed(
    user_id: str,
    *,
    client: AsyncClient,
) -> Response[ChannelModel]:
    """Get Dm Channel By User Id

    ``GET /api/v1/channels/users/{user_id}``

    Args:
        user_id (str):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[ChannelModel]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = await client._arequest(
        _get_kwargs(
            user_id=user_id,
        )
    )
    return _build_response(response)


async def asyncio(
    user_id: str,
    *,
    client: AsyncClient,
) -> ChannelModel:
    """Get Dm Channel By User Id

    ``GET /api/v1/channels/users/{user_id}``

    Args:
        user_id (str):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        ChannelModel
    """
    return parse(
        await client._arequest(
            _get_kwargs(
                user_id=user_id,
            )
        ),
        _parse_response,
    )
