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
from ..._generated.models.chat_stats_export import ChatStatsExport
from ..._types import Response


def _get_kwargs(
    chat_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "route": "/api/v1/chats/stats/export/{chat_id}",
        "url": f"/api/v1/chats/stats/export/{path_segment(chat_id, 'chat_id')}",
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> ChatStatsExport:
    if response.status_code == 200:
        try:
            response_200 = ChatStatsExport.from_dict(loads(response.content))

            parsed: ChatStatsExport = response_200
            return parsed
        except INVALID as exc:
            raise invalid(response, exc) from exc
    raise unexpected(response)


def _build_response(response: httpx.Response) -> Response[ChatStatsExport]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parse(response, _parse_response) if response.is_success else None,
    )


def sync_detailed(
    chat_id: str,
    *,
    client: SyncClient,
) -> Response[ChatStatsExport]:
    """Export Single Chat Stats

    Export stats for exactly one chat by ID.
    Returns ChatStatsExport for the specified chat.

    ``GET /api/v1/chats/stats/export/{chat_id}``

    Args:
        chat_id (str):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[ChatStatsExport]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = client._request(
        _get_kwargs(
            chat_id=chat_id,
        )
    )
    return _build_response(response)


def sync(
    chat_id: str,
    *,
    client: SyncClient,
) -> ChatStatsExport:
    """Export Single Chat Stats

    Export stats for exactly one chat by ID.
    Returns ChatStatsExport for the specified chat.

    ``GET /api/v1/chats/stats/export/{chat_id}``

    Args:
        chat_id (str):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        ChatStatsExport
    """
    return parse(
        client._request(
            _get_kwargs(
                chat_id=chat_id,
            )
        ),
        _parse_response,
    )


async def asyncio_detailed(
    chat_id: str,
    *,
    client: AsyncClient,
) -> Response[ChatStatsExport]:
    """Export Single Chat Stats

    Export stats for exactly one chat by ID.
    Returns ChatStatsExport for the specified chat.

    ``GET /api/v1/chats/stats/export/{chat_id}``

    Args:
        chat_id (str):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[ChatStatsExport]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = await client._arequest(
        _get_kwargs(
            chat_id=chat_id,
        )
    )
    return _build_response(response)


async def asyncio(
    chat_id: str,
    *,
    client: AsyncClient,
) -> ChatStatsExport:
    """Export Single Chat Stats

    Export stats for exactly one chat by ID.
    Returns ChatStatsExport for the specified chat.

    ``GET /api/v1/chats/stats/export/{chat_id}``

    Args:
        chat_id (str):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        ChatStatsExport
    """
    return parse(
        await client._arequest(
            _get_kwargs(
                chat_id=chat_id,
            )
        ),
        _parse_response,
    )
