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
from ..._generated.models.chat_title_id_response import ChatTitleIdResponse
from ..._types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | None | Unset = UNSET,
    include_pinned: bool | None | Unset = False,
    include_folders: bool | None | Unset = False,
    sort_by: str | Unset = "updated_at",
    sort_dir: str | Unset = "desc",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_page: int | None | Unset
    if isinstance(page, Unset):
        json_page = UNSET
    else:
        json_page = page
    params["page"] = json_page

    json_include_pinned: bool | None | Unset
    if isinstance(include_pinned, Unset):
        json_include_pinned = UNSET
    else:
        json_include_pinned = include_pinned
    params["include_pinned"] = json_include_pinned

    json_include_folders: bool | None | Unset
    if isinstance(include_folders, Unset):
        json_include_folders = UNSET
    else:
        json_include_folders = include_folders
    params["include_folders"] = json_include_folders

    params["sort_by"] = sort_by

    params["sort_dir"] = sort_dir

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "route": "/api/v1/chats/",
        "url": "/api/v1/chats/",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[ChatTitleIdResponse]:
    if response.status_code == 200:
        try:
            response_200 = list(map(ChatTitleIdResponse.from_dict, loads(response.content)))

            parsed: list[ChatTitleIdResponse] = response_200
            return parsed
        except INVALID as exc:
            raise invalid(response, exc) from exc
    raise unexpected(response)


def _build_response(response: httpx.Response) -> Response[list[ChatTitleIdResponse]]:
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
    include_pinned: bool | None | Unset = False,
    include_folders: bool | None | Unset = False,
    sort_by: str | Unset = "updated_at",
    sort_dir: str | Unset = "desc",
) -> Response[list[ChatTitleIdResponse]]:
    """Get Session User Chat List

    ``GET /api/v1/chats/``

    Args:
        page (int | None | Unset):
        include_pinned (bool | None | Unset):  Default: False.
        include_folders (bool | None | Unset):  Default: False.
        sort_by (str | Unset):  Default: 'updated_at'.
        sort_dir (str | Unset):  Default: 'desc'.

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[list[ChatTitleIdResponse]]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = client._request(
        _get_kwargs(
            page=page,
            include_pinned=include_pinned,
            include_folders=include_folders,
            sort_by=sort_by,
            sort_dir=sort_dir,
        )
    )
    return _build_response(response)


def sync(
    *,
    client: SyncClient,
    page: int | None | Unset = UNSET,
    include_pinned: bool | None | Unset = False,
    include_folders: bool | None | Unset = False,
    sort_by: str | Unset = "updated_at",
    sort_dir: str | Unset = "desc",
) -> list[ChatTitleIdResponse]:
    """Get Session User Chat List

    ``GET /api/v1/chats/``

    Args:
        page (int | None | Unset):
        include_pinned (bool | None | Unset):  Default: False.
        include_folders (bool | None | Unset):  Default: False.
        sort_by (str | Unset):  Default: 'updated_at'.
        sort_dir (str | Unset):  Default: 'desc'.

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        list[ChatTitleIdResponse]
    """
    return parse(
        client._request(
            _get_kwargs(
                page=page,
                include_pinned=include_pinned,
                include_folders=include_folders,
                sort_by=sort_by,
                sort_dir=sort_dir,
            )
        ),
        _parse_response,
    )


async def asyncio_detailed(
    *,
    client: AsyncClient,
    page: int | None | Unset = UNSET,
    include_pinned: bool | None | Unset = False,
    include_folders: bool | None | Unset = False,
    sort_by: str | Unset = "updated_at",
    sort_dir: str | Unset = "desc",
) -> Response[list[ChatTitleIdResponse]]:
    """Get Session User Chat List

    ``GET /api/v1/chats/``

    Args:
        page (int | None | Unset):
        include_pinned (bool | None | Unset):  Default: False.
        include_folders (bool | None | Unset):  Default: False.
        sort_by (str | Unset):  Default: 'updated_at'.
        sort_dir (str | Unset):  Default: 'desc'.

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[list[ChatTitleIdResponse]]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = await client._arequest(
        _get_kwargs(
            page=page,
            include_pinned=include_pinned,
            include_folders=include_folders,
            sort_by=sort_by,
            sort_dir=sort_dir,
        )
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncClient,
    page: int | None | Unset = UNSET,
    include_pinned: bool | None | Unset = False,
    include_folders: bool | None | Unset = False,
    sort_by: str | Unset = "updated_at",
    sort_dir: str | Unset = "desc",
) -> list[ChatTitleIdResponse]:
    """Get Session User Chat List

    ``GET /api/v1/chats/``

    Args:
        page (int | None | Unset):
        include_pinned (bool | None | Unset):  Default: False.
        include_folders (bool | None | Unset):  Default: False.
        sort_by (str | Unset):  Default: 'updated_at'.
        sort_dir (str | Unset):  Default: 'desc'.

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        list[ChatTitleIdResponse]
    """
    return parse(
        await client._arequest(
            _get_kwargs(
                page=page,
                include_pinned=include_pinned,
                include_folders=include_folders,
                sort_by=sort_by,
                sort_dir=sort_dir,
            )
        ),
        _parse_response,
    )
