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
from ..._generated.models.knowledge_file_list_response import KnowledgeFileListResponse
from ..._types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    query: None | str | Unset = UNSET,
    include_content: bool | Unset = False,
    view_option: None | str | Unset = UNSET,
    order_by: None | str | Unset = UNSET,
    direction: None | str | Unset = UNSET,
    directory_id: None | str | Unset = UNSET,
    page: int | None | Unset = 1,
    limit: int | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_query: None | str | Unset
    if isinstance(query, Unset):
        json_query = UNSET
    else:
        json_query = query
    params["query"] = json_query

    params["include_content"] = include_content

    json_view_option: None | str | Unset
    if isinstance(view_option, Unset):
        json_view_option = UNSET
    else:
        json_view_option = view_option
    params["view_option"] = json_view_option

    json_order_by: None | str | Unset
    if isinstance(order_by, Unset):
        json_order_by = UNSET
    else:
        json_order_by = order_by
    params["order_by"] = json_order_by

    json_direction: None | str | Unset
    if isinstance(direction, Unset):
        json_direction = UNSET
    else:
        json_direction = direction
    params["direction"] = json_direction

    json_directory_id: None | str | Unset
    if isinstance(directory_id, Unset):
        json_directory_id = UNSET
    else:
        json_directory_id = directory_id
    params["directory_id"] = json_directory_id

    json_page: int | None | Unset
    if isinstance(page, Unset):
        json_page = UNSET
    else:
        json_page = page
    params["page"] = json_page

    json_limit: int | None | Unset
    if isinstance(limit, Unset):
        json_limit = UNSET
    else:
        json_limit = limit
    params["limit"] = json_limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "route": "/api/v1/knowledge/{id}/files",
        "url": f"/api/v1/knowledge/{path_segment(id, 'id')}/files",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> KnowledgeFileListResponse:
    if response.status_code == 200:
        try:
            response_200 = KnowledgeFileListResponse.from_dict(loads(response.content))

            parsed: KnowledgeFileListResponse = response_200
            return parsed
        except INVALID as exc:
            raise invalid(response, exc) from exc
    raise unexpected(response)


def _build_response(response: httpx.Response) -> Response[KnowledgeFileListResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parse(response, _parse_response) if response.is_success else None,
    )


def sync_detailed(
    id: str,
    *,
    client: SyncClient,
    query: None | str | Unset = UNSET,
    include_content: bool | Unset = False,
    view_option: None | str | Unset = UNSET,
    order_by: None | str | Unset = UNSET,
    direction: None | str | Unset = UNSET,
    directory_id: None | str | Unset = UNSET,
    page: int | None | Unset = 1,
    limit: int | None | Unset = UNSET,
) -> Response[KnowledgeFileListResponse]:
    """Get Knowledge Files By Id

    ``GET /api/v1/knowledge/{id}/files``

    Args:
        id (str):
        query (None | str | Unset):
        include_content (bool | Unset): Include file content in search (expensive). Default:
            False.
        view_option (None | str | Unset):
        order_by (None | str | Unset):
        direction (None | str | Unset):
        directory_id (None | str | Unset): Filter by directory ID. Pass empty string for root.
        page (int | None | Unset):  Default: 1.
        limit (int | None | Unset): Page size (admin only). Defaults to 30.

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[KnowledgeFileListResponse]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = client._request(
        _get_kwargs(
            id=id,
            query=query,
            include_content=include_content,
            view_option=view_option,
            order_by=order_by,
            direction=direction,
            directory_id=directory_id,
            page=page,
            limit=limit,
        )
    )
    return _build_response(response)


def sync(
    id: str,
    *,
    client: SyncClient,
    query: None | str | Unset = UNSET,
    include_content: bool | Unset = False,
    view_option: None | str | Unset = UNSET,
    order_by: None | str | Unset = UNSET,
    direction: None | str | Unset = UNSET,
    directory_id: None | str | Unset = UNSET,
    page: int | None | Unset = 1,
    limit: int | None | Unset = UNSET,
) -> KnowledgeFileListResponse:
    """Get Knowledge Files By Id

    ``GET /api/v1/knowledge/{id}/files``

    Args:
        id (str):
        query (None | str | Unset):
        include_content (bool | Unset): Include file content in search (expensive). Default:
            False.
        view_option (None | str | Unset):
        order_by (None | str | Unset):
        direction (None | str | Unset):
        directory_id (None | str | Unset): Filter by directory ID. Pass empty string for root.
        page (int | None | Unset):  Default: 1.
        limit (int | None | Unset): Page size (admin only). Defaults to 30.

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        KnowledgeFileListResponse
    """
    return parse(
        client._request(
            _get_kwargs(
                id=id,
                query=query,
                include_content=include_content,
                view_option=view_option,
                order_by=order_by,
                direction=direction,
                directory_id=directory_id,
                page=page,
                limit=limit,
            )
        ),
        _parse_response,
    )


async def asyncio_detailed(
    id: str,
    *,
    client: AsyncClient,
    query: None | str | Unset = UNSET,
    include_content: bool | Unset = False,
    view_option: None | str | Unset = UNSET,
    order_by: None | str | Unset = UNSET,
    direction: None | str | Unset = UNSET,
    directory_id: None | str | Unset = UNSET,
    page: int | None | Unset = 1,
    limit: int | None | Unset = UNSET,
) -> Response[KnowledgeFileListResponse]:
    """Get Knowledge Files By Id

    ``GET /api/v1/knowledge/{id}/files``

    Args:
        id (str):
        query (None | str | Unset):
        include_content (bool | Unset): Include file content in search (expensive). Default:
            False.
        view_option (None | str | Unset):
        order_by (None | str | Unset):
        direction (None | str | Unset):
        directory_id (None | str | Unset): Filter by directory ID. Pass empty string for root.
        page (int | None | Unset):  Default: 1.
        limit (int | None | Unset): Page size (admin only). Defaults to 30.

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[KnowledgeFileListResponse]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = await client._arequest(
        _get_kwargs(
            id=id,
            query=query,
            include_content=include_content,
            view_option=view_option,
            order_by=order_by,
            direction=direction,
            directory_id=directory_id,
            page=page,
            limit=limit,
        )
    )
    return _build_response(response)


async def asyncio(
    id: str,
    *,
    client: AsyncClient,
    query: None | str | Unset = UNSET,
    include_content: bool | Unset = False,
    view_option: None | str | Unset = UNSET,
    order_by: None | str | Unset = UNSET,
    direction: None | str | Unset = UNSET,
    directory_id: None | str | Unset = UNSET,
    page: int | None | Unset = 1,
    limit: int | None | Unset = UNSET,
) -> KnowledgeFileListResponse:
    """Get Knowledge Files By Id

    ``GET /api/v1/knowledge/{id}/files``

    Args:
        id (str):
        query (None | str | Unset):
        include_content (bool | Unset): Include file content in search (expensive). Default:
            False.
        view_option (None | str | Unset):
        order_by (None | str | Unset):
        direction (None | str | Unset):
        directory_id (None | str | Unset): Filter by directory ID. Pass empty string for root.
        page (int | None | Unset):  Default: 1.
        limit (int | None | Unset): Page size (admin only). Defaults to 30.

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        KnowledgeFileListResponse
    """
    return parse(
        await client._arequest(
            _get_kwargs(
                id=id,
                query=query,
                include_content=include_content,
                view_option=view_option,
                order_by=order_by,
                direction=direction,
                directory_id=directory_id,
                page=page,
                limit=limit,
            )
        ),
        _parse_response,
    )
