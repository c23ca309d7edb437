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
from ..._generated.models.chat_stats_export_list import ChatStatsExportList
from ..._types import UNSET, Response, Unset


def _get_kwargs(
    *,
    updated_at: int | None | Unset = UNSET,
    page: int | None | Unset = 1,
    stream: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_updated_at: int | None | Unset
    if isinstance(updated_at, Unset):
        json_updated_at = UNSET
    else:
        json_updated_at = updated_at
    params["updated_at"] = json_updated_at

    json_page: int | None | Unset
    if isinstance(page, Unset):
        json_page = UNSET
    else:
        json_page = page
    params["page"] = json_page

    params["stream"] = stream

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "route": "/api/v1/chats/stats/export",
        "url": "/api/v1/chats/stats/export",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> ChatStatsExportList:
    if response.status_code == 200:
        try:
            response_200 = ChatStatsExportList.from_dict(loads(response.content))

            parsed: ChatStatsExportList = response_200
            return parsed
        except INVALID as exc:
            raise invalid(response, exc) from exc
    raise unexpected(response)


def _build_response(response: httpx.Response) -> Response[ChatStatsExportList]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parse(response, _parse_response) if response.is_success else None,
    )


def sync_detailed(
    *,
    client: SyncClient,
    updated_at: int | None | Unset = UNSET,
    page: int | None | Unset = 1,
    stream: bool | Unset = False,
) -> Response[ChatStatsExportList]:
    """Export Chat Stats

    ``GET /api/v1/chats/stats/export``

    Args:
        updated_at (int | None | Unset):
        page (int | None | Unset):  Default: 1.
        stream (bool | Unset):  Default: False.

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[ChatStatsExportList]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = client._request(
        _get_kwargs(
            updated_at=updated_at,
            page=page,
            stream=stream,
        )
    )
    return _build_response(response)


def sync(
    *,
    client: SyncClient,
    updated_at: int | None | Unset = UNSET,
    page: int | None | Unset = 1,
    stream: bool | Unset = False,
) -> ChatStatsExportList:
    """Export Chat Stats

    ``GET /api/v1/chats/stats/export``

    Args:
        updated_at (int | None | Unset):
        page (int | None | Unset):  Default: 1.
        stream (bool | Unset):  Default: False.

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        ChatStatsExportList
    """
    return parse(
        client._request(
            _get_kwargs(
                updated_at=updated_at,
                page=page,
                stream=stream,
            )
        ),
        _parse_response,
    )


async def asyncio_detailed(
    *,
    client: AsyncClient,
    updated_at: int | None | Unset = UNSET,
    page: int | None | Unset = 1,
    stream: bool | Unset = False,
) -> Response[ChatStatsExportList]:
    """Export Chat Stats

    ``GET /api/v1/chats/stats/export``

    Args:
        updated_at (int | None | Unset):
        page (int | None | Unset):  Default: 1.
        stream (bool | Unset):  Default: False.

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[ChatStatsExportList]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = await client._arequest(
        _get_kwargs(
            updated_at=updated_at,
            page=page,
            stream=stream,
        )
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncClient,
    updated_at: int | None | Unset = UNSET,
    page: int | None | Unset = 1,
    stream: bool | Unset = False,
) -> ChatStatsExportList:
    """Export Chat Stats

    ``GET /api/v1/chats/stats/export``

    Args:
        updated_at (int | None | Unset):
        page (int | None | Unset):  Default: 1.
        stream (bool | Unset):  Default: False.

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        ChatStatsExportList
    """
    return parse(
        await client._arequest(
            _get_kwargs(
                updated_at=updated_at,
                page=page,
                stream=stream,
            )
        ),
        _parse_response,
    )
