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
from ..._generated.models.automation_list_response import AutomationListResponse
from ..._types import UNSET, Response, Unset


def _get_kwargs(
    *,
    query: None | str | Unset = UNSET,
    status: None | str | Unset = UNSET,
    folder_id: None | str | Unset = UNSET,
    page: int | None | Unset = 1,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_query: None | str | Unset
    if isinstance(query, Unset):
        json_query = UNSET
    else:
        json_query = query
    params["query"] = json_query

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    else:
        json_status = status
    params["status"] = json_status

    json_folder_id: None | str | Unset
    if isinstance(folder_id, Unset):
        json_folder_id = UNSET
    else:
        json_folder_id = folder_id
    params["folder_id"] = json_folder_id

    json_page: int | None | Unset
    if isinstance(page, Unset):
        json_page = UNSET
    else:
        json_page = page
    params["page"] = json_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "route": "/api/v1/automations/list",
        "url": "/api/v1/automations/list",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> AutomationListResponse:
    if response.status_code == 200:
        try:
            response_200 = AutomationListResponse.from_dict(loads(response.content))

            parsed: AutomationListResponse = response_200
            return parsed
        except INVALID as exc:
            raise invalid(response, exc) from exc
    raise unexpected(response)


def _build_response(response: httpx.Response) -> Response[AutomationListResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parse(response, _parse_response) if response.is_success else None,
    )


def sync_detailed(
    *,
    client: SyncClient,
    query: None | str | Unset = UNSET,
    status: None | str | Unset = UNSET,
    folder_id: None | str | Unset = UNSET,
    page: int | None | Unset = 1,
) -> Response[AutomationListResponse]:
    """Get Automation Items

    ``GET /api/v1/automations/list``

    Args:
        query (None | str | Unset):
        status (None | str | Unset):
        folder_id (None | str | Unset):
        page (int | None | Unset):  Default: 1.

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[AutomationListResponse]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = client._request(
        _get_kwargs(
            query=query,
            status=status,
            folder_id=folder_id,
            page=page,
        )
    )
    return _build_response(response)


def sync(
    *,
    client: SyncClient,
    query: None | str | Unset = UNSET,
    status: None | str | Unset = UNSET,
    folder_id: None | str | Unset = UNSET,
    page: int | None | Unset = 1,
) -> AutomationListResponse:
    """Get Automation Items

    ``GET /api/v1/automations/list``

    Args:
        query (None | str | Unset):
        status (None | str | Unset):
        folder_id (None | str | Unset):
        page (int | None | Unset):  Default: 1.

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        AutomationListResponse
    """
    return parse(
        client._request(
            _get_kwargs(
                query=query,
                status=status,
                folder_id=folder_id,
                page=page,
            )
        ),
        _parse_response,
    )


async def asyncio_detailed(
    *,
    client: AsyncClient,
    query: None | str | Unset = UNSET,
    status: None | str | Unset = UNSET,
    folder_id: None | str | Unset = UNSET,
    page: int | None | Unset = 1,
) -> Response[AutomationListResponse]:
    """Get Automation Items

    ``GET /api/v1/automations/list``

    Args:
        query (None | str | Unset):
        status (None | str | Unset):
        folder_id (None | str | Unset):
        page (int | None | Unset):  Default: 1.

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[AutomationListResponse]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = await client._arequest(
        _get_kwargs(
            query=query,
            status=status,
            folder_id=folder_id,
            page=page,
        )
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncClient,
    query: None | str | Unset = UNSET,
    status: None | str | Unset = UNSET,
    folder_id: None | str | Unset = UNSET,
    page: int | None | Unset = 1,
) -> AutomationListResponse:
    """Get Automation Items

    ``GET /api/v1/automations/list``

    Args:
        query (None | str | Unset):
        status (None | str | Unset):
        folder_id (None | str | Unset):
        page (int | None | Unset):  Default: 1.

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        AutomationListResponse
    """
    return parse(
        await client._arequest(
            _get_kwargs(
                query=query,
                status=status,
                folder_id=folder_id,
                page=page,
            )
        ),
        _parse_response,
    )
