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
from ..._generated.models.group_response import GroupResponse
from ..._types import UNSET, Response, Unset


def _get_kwargs(
    *,
    include_inherited: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_inherited"] = include_inherited

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "route": "/api/v1/users/groups",
        "url": "/api/v1/users/groups",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[GroupResponse]:
    if response.status_code == 200:
        try:
            response_200 = [GroupResponse.from_dict(item) for item in loads(response.content)]

            parsed: list[GroupResponse] = response_200
            return parsed
        except INVALID as exc:
            raise invalid(response, exc) from exc
    raise unexpected(response)


def _build_response(response: httpx.Response) -> Response[list[GroupResponse]]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parse(response, _parse_response) if response.is_success else None,
    )


def sync_detailed(
    *,
    client: SyncClient,
    include_inherited: bool | Unset = False,
) -> Response[list[GroupResponse]]:
    """Get User Groups

    ``GET /api/v1/users/groups``

    Args:
        include_inherited (bool | Unset):  Default: False.

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[list[GroupResponse]]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = client._request(
        _get_kwargs(
            include_inherited=include_inherited,
        )
    )
    return _build_response(response)


def sync(
    *,
    client: SyncClient,
    include_inherited: bool | Unset = False,
) -> list[GroupResponse]:
    """Get User Groups

    ``GET /api/v1/users/groups``

    Args:
        include_inherited (bool | Unset):  Default: False.

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        list[GroupResponse]
    """
    return parse(
        client._request(
            _get_kwargs(
                include_inherited=include_inherited,
            )
        ),
        _parse_response,
    )


async def asyncio_detailed(
    *,
    client: AsyncClient,
    include_inherited: bool | Unset = False,
) -> Response[list[GroupResponse]]:
    """Get User Groups

    ``GET /api/v1/users/groups``

    Args:
        include_inherited (bool | Unset):  Default: False.

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[list[GroupResponse]]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = await client._arequest(
        _get_kwargs(
            include_inherited=include_inherited,
        )
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncClient,
    include_inherited: bool | Unset = False,
) -> list[GroupResponse]:
    """Get User Groups

    ``GET /api/v1/users/groups``

    Args:
        include_inherited (bool | Unset):  Default: False.

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        list[GroupResponse]
    """
    return parse(
        await client._arequest(
            _get_kwargs(
                include_inherited=include_inherited,
            )
        ),
        _parse_response,
    )
