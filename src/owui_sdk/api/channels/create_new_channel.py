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
from ..._generated.models.channel_model import ChannelModel
from ..._generated.models.create_channel_form import CreateChannelForm
from ..._types import Response


def _get_kwargs(
    *,
    body: CreateChannelForm | dict[str, Any],
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "route": "/api/v1/channels/create",
        "url": "/api/v1/channels/create",
    }

    _kwargs["json"] = body if isinstance(body, dict) else body.to_dict()

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
    *,
    client: SyncClient,
    body: CreateChannelForm | dict[str, Any],
) -> Response[ChannelModel]:
    """Create New Channel

    ``POST /api/v1/channels/create``

    Args:
        body (CreateChannelForm):

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[ChannelModel]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = client._request(
        _get_kwargs(
            body=body,
        )
    )
    return _build_response(response)


def sync(
    *,
    client: SyncClient,
    body: CreateChannelForm | dict[str, Any],
) -> ChannelModel:
    """Create New Channel

    ``POST /api/v1/channels/create``

    Args:
        body (CreateChannelForm):

    Raises:
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
                body=body,
            )
        ),
        _parse_response,
    )


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: CreateChannelForm | dict[str, Any],
) -> Response[ChannelModel]:
    """Create New Channel

    ``POST /api/v1/channels/create``

    Args:
        body (CreateChannelForm):

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[ChannelModel]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = await client._arequest(
        _get_kwargs(
            body=body,
        )
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncClient,
    body: CreateChannelForm | dict[str, Any],
) -> ChannelModel:
    """Create New Channel

    ``POST /api/v1/channels/create``

    Args:
        body (CreateChannelForm):

    Raises:
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
                body=body,
            )
        ),
        _parse_response,
    )
