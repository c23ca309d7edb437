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
from ..._generated.models.note_item_response import NoteItemResponse
from ..._types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_page: int | None | Unset
    if isinstance(page, Unset):
        json_page = UNSET
    else:
        json_page = page
    params["page"] = json_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "route": "/api/v1/notes/",
        "url": "/api/v1/notes/",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[NoteItemResponse]:
    if response.status_code == 200:
        try:
            response_200 = list(map(NoteItemResponse.from_dict, loads(response.content)))

            parsed: list[NoteItemResponse] = response_200
            return parsed
        except INVALID as exc:
            raise invalid(response, exc) from exc
    raise unexpected(response)


def _build_response(response: httpx.Response) -> Response[list[NoteItemResponse]]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parse(response, _parse_response) if response.is_success else None,
    )


def sync_detailed(
    *,
    client: SyncClient,
    page: int | None | Unset = UNSET,
) -> Response[list[NoteItemResponse]]:
    """Get Notes

    ``GET /api/v1/notes/``

    Args:
        page (int | None | Unset):

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[list[NoteItemResponse]]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = client._request(
        _get_kwargs(
            page=page,
        )
    )
    return _build_response(response)


def sync(
    *,
    client: SyncClient,
    page: int | None | Unset = UNSET,
) -> list[NoteItemResponse]:
    """Get Notes

    ``GET /api/v1/notes/``

    Args:
        page (int | None | Unset):

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        list[NoteItemResponse]
    """
    return parse(
        client._request(
            _get_kwargs(
                page=page,
            )
        ),
        _parse_response,
    )


async def asyncio_detailed(
    *,
    client: AsyncClient,
    page: int | None | Unset = UNSET,
) -> Response[list[NoteItemResponse]]:
    """Get Notes

    ``GET /api/v1/notes/``

    Args:
        page (int | None | Unset):

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[list[NoteItemResponse]]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = await client._arequest(
        _get_kwargs(
            page=page,
        )
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncClient,
    page: int | None | Unset = UNSET,
) -> list[NoteItemResponse]:
    """Get Notes

    ``GET /api/v1/notes/``

    Args:
        page (int | None | Unset):

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        list[NoteItemResponse]
    """
    return parse(
        await client._arequest(
            _get_kwargs(
                page=page,
            )
        ),
        _parse_response,
    )
