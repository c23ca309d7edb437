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
from ..._generated.models.group_response import GroupResponse
from ..._generated.models.user_ids_form import UserIdsForm
from ..._types import Response


def _get_kwargs(
    id: str,
    *,
    body: UserIdsForm | dict[str, Any],
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "route": "/api/v1/groups/id/{id}/users/remove",
        "url": f"/api/v1/groups/id/{path_segment(id, 'id')}/users/remove",
    }

    _kwargs["json"] = body if isinstance(body, dict) else body.to_dict()

    return _kwargs


def _parse_response(response: httpx.Response) -> GroupResponse:
    if response.status_code == 200:
        try:
            response_200 = GroupResponse.from_dict(loads(response.content))

            parsed: GroupResponse = response_200
            return parsed
        except INVALID as exc:
            raise invalid(response, exc) from exc
    raise unexpected(response)


def _build_response(response: httpx.Response) -> Response[GroupResponse]:
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
    body: UserIdsForm | dict[str, Any],
) -> Response[GroupResponse]:
    """Remove Users From Group

    ``POST /api/v1/groups/id/{id}/users/remove``

    Args:
        id (str):
        body (UserIdsForm):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[GroupResponse]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = client._request(
        _get_kwargs(
            id=id,
            body=body,
        )
    )
    return _build_response(response)


def sync(
    id: str,
    *,
    client: SyncClient,
    body: UserIdsForm | dict[str, Any],
) -> GroupResponse:
    """Remove Users From Group

    ``POST /api/v1/groups/id/{id}/users/remove``

    Args:
        id (str):
        body (UserIdsForm):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        GroupResponse
    """
    return parse(
        client._request(
            _get_kwargs(
                id=id,
                body=body,
            )
        ),
        _parse_response,
    )


async def asyncio_detailed(
    id: str,
    *,
    client: AsyncClient,
    body: UserIdsForm | dict[str, Any],
) -> Response[GroupResponse]:
    """Remove Users From Group

    ``POST /api/v1/groups/id/{id}/users/remove``

    Args:
        id (str):
        body (UserIdsForm):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[GroupResponse]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = await client._arequest(
        _get_kwargs(
            id=id,
            body=body,
        )
    )
    return _build_response(response)


async def asyncio(
    id: str,
    *,
    client: AsyncClient,
    body: UserIdsForm | dict[str, Any],
) -> GroupResponse:
    """Remove Users From Group

    ``POST /api/v1/groups/id/{id}/users/remove``

    Args:
        id (str):
        body (UserIdsForm):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        GroupResponse
    """
    return parse(
        await client._arequest(
            _get_kwargs(
                id=id,
                body=body,
            )
        ),
        _parse_response,
    )
