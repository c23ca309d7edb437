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
from ..._generated.models.group_form import GroupForm
from ..._generated.models.group_response import GroupResponse
from ..._types import Response


def _get_kwargs(
    *,
    body: GroupForm | dict[str, Any],
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "route": "/api/v1/groups/create",
        "url": "/api/v1/groups/create",
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
    *,
    client: SyncClient,
    body: GroupForm | dict[str, Any],
) -> Response[GroupResponse]:
    """Create New Group

    ``POST /api/v1/groups/create``

    Args:
        body (GroupForm):

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[GroupResponse]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = client._request(
        _get_kwargs(
            body=body,
        )
    )
    return _build_response(response)


def sync(
    *,
    client: SyncClient,
    body: GroupForm | dict[str, Any],
) -> GroupResponse:
    """Create New Group

    ``POST /api/v1/groups/create``

    Args:
        body (GroupForm):

    Raises:
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
                body=body,
            )
        ),
        _parse_response,
    )


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: GroupForm | dict[str, Any],
) -> Response[GroupResponse]:
    """Create New Group

    ``POST /api/v1/groups/create``

    Args:
        body (GroupForm):

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[GroupResponse]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = await client._arequest(
        _get_kwargs(
            body=body,
        )
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncClient,
    body: GroupForm | dict[str, Any],
) -> GroupResponse:
    """Create New Group

    ``POST /api/v1/groups/create``

    Args:
        body (GroupForm):

    Raises:
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
                body=body,
            )
        ),
        _parse_response,
    )
