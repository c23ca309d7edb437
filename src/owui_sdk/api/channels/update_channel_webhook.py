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
from ..._generated.models.channel_webhook_form import ChannelWebhookForm
from ..._generated.models.channel_webhook_model import ChannelWebhookModel
from ..._types import Response


def _get_kwargs(
    id: str,
    webhook_id: str,
    *,
    body: ChannelWebhookForm | dict[str, Any],
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "route": "/api/v1/channels/{id}/webhooks/{webhook_id}/update",
        "url": f"/api/v1/channels/{path_segment(id, 'id')}/webhooks/{path_segment(webhook_id, 'webhook_id')}/update",
    }

    _kwargs["json"] = body if isinstance(body, dict) else body.to_dict()

    return _kwargs


def _parse_response(response: httpx.Response) -> ChannelWebhookModel:
    if response.status_code == 200:
        try:
            response_200 = ChannelWebhookModel.from_dict(loads(response.content))

            parsed: ChannelWebhookModel = response_200
            return parsed
        except INVALID as exc:
            raise invalid(response, exc) from exc
    raise unexpected(response)


def _build_response(response: httpx.Response) -> Response[ChannelWebhookModel]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parse(response, _parse_response) if response.is_success else None,
    )


def sync_detailed(
    id: str,
    webhook_id: str,
    *,
    client: SyncClient,
    body: ChannelWebhookForm | dict[str, Any],
) -> Response[ChannelWebhookModel]:
    """Update Channel Webhook

    ``POST /api/v1/channels/{id}/webhooks/{webhook_id}/update``

    Args:
        id (str):
        webhook_id (str):
        body (ChannelWebhookForm):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[ChannelWebhookModel]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = client._request(
        _get_kwargs(
            id=id,
            webhook_id=webhook_id,
            body=body,
        )
    )
    return _build_response(response)


def sync(
    id: str,
    webhook_id: str,
    *,
    client: SyncClient,
    body: ChannelWebhookForm | dict[str, Any],
) -> ChannelWebhookModel:
    """Update Channel Webhook

    ``POST /api/v1/channels/{id}/webhooks/{webhook_id}/update``

    Args:
        id (str):
        webhook_id (str):
        body (ChannelWebhookForm):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        ChannelWebhookModel
    """
    return parse(
        client._request(
            _get_kwargs(
                id=id,
                webhook_id=webhook_id,
                body=body,
            )
        ),
        _parse_response,
    )


async def asyncio_detailed(
    id: str,
    webhook_id: str,
    *,
    client: AsyncClient,
    body: ChannelWebhookForm | dict[str, Any],
) -> Response[ChannelWebhookModel]:
    """Update Channel Webhook

    ``POST /api/v1/channels/{id}/webhooks/{webhook_id}/update``

    Args:
        id (str):
        webhook_id (str):
        body (ChannelWebhookForm):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[ChannelWebhookModel]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = await client._arequest(
        _get_kwargs(
            id=id,
            webhook_id=webhook_id,
            body=body,
        )
    )
    return _build_response(response)


async def asyncio(
    id: str,
    webhook_id: str,
    *,
    client: AsyncClient,
    body: ChannelWebhookForm | dict[str, Any],
) -> ChannelWebhookModel:
    """Update Channel Webhook

    ``POST /api/v1/channels/{id}/webhooks/{webhook_id}/update``

    Args:
        id (str):
        webhook_id (str):
        body (ChannelWebhookForm):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        ChannelWebhookModel
    """
    return parse(
        await client._arequest(
            _get_kwargs(
                id=id,
                webhook_id=webhook_id,
                body=body,
            )
        ),
        _parse_response,
    )
