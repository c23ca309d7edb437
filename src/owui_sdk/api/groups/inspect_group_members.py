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
from ..._generated.models.group_members_response import GroupMembersResponse
from ..._generated.models.inspect_group_members_membership import (
    InspectGroupMembersMembership,
)
from ..._types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    membership: InspectGroupMembersMembership | Unset = "effective",
    query: str | Unset = "",
    page: int | Unset = 1,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_membership: str | Unset = UNSET
    if not isinstance(membership, Unset):
        json_membership = membership

    params["membership"] = json_membership

    params["query"] = query

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "route": "/api/v1/groups/id/{id}/members",
        "url": f"/api/v1/groups/id/{path_segment(id, 'id')}/members",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> GroupMembersResponse:
    if response.status_code == 200:
        try:
            response_200 = GroupMembersResponse.from_dict(loads(response.content))

            parsed: GroupMembersResponse = response_200
            return parsed
        except INVALID as exc:
            raise invalid(response, exc) from exc
    raise unexpected(response)


def _build_response(response: httpx.Response) -> Response[GroupMembersResponse]:
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
    membership: InspectGroupMembersMembership | Unset = "effective",
    query: str | Unset = "",
    page: int | Unset = 1,
) -> Response[GroupMembersResponse]:
    """Inspect Group Members

    ``GET /api/v1/groups/id/{id}/members``

    Args:
        id (str):
        membership (InspectGroupMembersMembership | Unset):  Default: 'effective'.
        query (str | Unset):  Default: ''.
        page (int | Unset):  Default: 1.

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[GroupMembersResponse]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = client._request(
        _get_kwargs(
            id=id,
            membership=membership,
            query=query,
            page=page,
        )
    )
    return _build_response(response)


def sync(
    id: str,
    *,
    client: SyncClient,
    membership: InspectGroupMembersMembership | Unset = "effective",
    query: str | Unset = "",
    page: int | Unset = 1,
) -> GroupMembersResponse:
    """Inspect Group Members

    ``GET /api/v1/groups/id/{id}/members``

    Args:
        id (str):
        membership (InspectGroupMembersMembership | Unset):  Default: 'effective'.
        query (str | Unset):  Default: ''.
        page (int | Unset):  Default: 1.

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        GroupMembersResponse
    """
    return parse(
        client._request(
            _get_kwargs(
                id=id,
                membership=membership,
                query=query,
                page=page,
            )
        ),
        _parse_response,
    )


async def asyncio_detailed(
    id: str,
    *,
    client: AsyncClient,
    membership: InspectGroupMembersMembership | Unset = "effective",
    query: str | Unset = "",
    page: int | Unset = 1,
) -> Response[GroupMembersResponse]:
    """Inspect Group Members

    ``GET /api/v1/groups/id/{id}/members``

    Args:
        id (str):
        membership (InspectGroupMembersMembership | Unset):  Default: 'effective'.
        query (str | Unset):  Default: ''.
        page (int | Unset):  Default: 1.

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[GroupMembersResponse]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = await client._arequest(
        _get_kwargs(
            id=id,
            membership=membership,
            query=query,
            page=page,
        )
    )
    return _build_response(response)


async def asyncio(
    id: str,
    *,
    client: AsyncClient,
    membership: InspectGroupMembersMembership | Unset = "effective",
    query: str | Unset = "",
    page: int | Unset = 1,
) -> GroupMembersResponse:
    """Inspect Group Members

    ``GET /api/v1/groups/id/{id}/members``

    Args:
        id (str):
        membership (InspectGroupMembersMembership | Unset):  Default: 'effective'.
        query (str | Unset):  Default: ''.
        page (int | Unset):  Default: 1.

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        GroupMembersResponse
    """
    return parse(
        await client._arequest(
            _get_kwargs(
                id=id,
                membership=membership,
                query=query,
                page=page,
            )
        ),
        _parse_response,
    )
