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
from ..._generated.models.event_webhook_update_form import EventWebhookUpdateForm
from ..._types import Response


def _get_kwargs(
    webhook_id: str,
    *,
    body: EventWebhookUpdateForm | dict[str, Any],
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "put",
        "route": "/api/events/webhooks/{webhook_id}",
        "url": f"/api/events/webhooks/{path_segment(webhook_id, 'webhook_id')}",
    }

    _kwargs["json"] = body if isinstance(body, dict) else body.to_dict()

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
    webhook_id: str,
    *,
    client: SyncClient,
    body: EventWebhookUpdateForm | dict[str, Any],
) -> Response[Any]:
    """Update Event Webhook

    ``PUT /api/events/webhooks/{webhook_id}``

    Args:
        webhook_id (str):
        body (EventWebhookUpdateForm):

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
            webhook_id=webhook_id,
            body=body,
        )
    )
    return _build_response(response)


def sync(
    webhook_id: str,
    *,
    client: SyncClient,
    body: EventWebhookUpdateForm | dict[str, Any],
) -> Any:
    """Update Event Webhook

    ``PUT /api/events/webhooks/{webhook_id}``

    Args:
        webhook_id (str):
        body (EventWebhookUpdateForm):

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
                webhook_id=webhook_id,
                body=body,
            )
        ),
        _parse_response,
    )


async def asyncio_detailed(
    webhook_id: str,
    *,
    client: AsyncClient,
    body: EventWebhookUpdateForm | dict[str, Any],
) -> Response[Any]:
    """Update Event Webhook

    ``PUT /api/events/webhooks/{webhook_id}``

    Args:
        webhook_id (str):
        body (EventWebhookUpdateForm):

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
            webhook_id=webhook_id,
            body=body,
        )
    )
    return _build_response(response)


async def asyncio(
    webhook_id: str,
    *,
    client: AsyncClient,
    body: EventWebhookUpdateForm | dict[str, Any],
) -> Any:
    """Update Event Webhook

    ``PUT /api/events/webhooks/{webhook_id}``

    Args:
        webhook_id (str):
        body (EventWebhookUpdateForm):

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
                webhook_id=webhook_id,
                body=body,
            )
        ),
        _parse_response,
    )
