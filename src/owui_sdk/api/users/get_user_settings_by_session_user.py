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
from ..._generated.models.user_settings import UserSettings
from ..._types import UNSET, Response, Unset


def _get_kwargs(
    *,
    raw: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["raw"] = raw

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "route": "/api/v1/users/user/settings",
        "url": "/api/v1/users/user/settings",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> None | UserSettings:
    if response.status_code == 200:
        try:
            _response_200 = loads(response.content)
            response_200: None | UserSettings
            if _response_200 is None:
                response_200 = None
            else:
                if not isinstance(_response_200, dict):
                    raise TypeError(f"response_200: unexpected {type(_response_200).__name__}")
                response_200_type_0 = UserSettings.from_dict(_response_200)

                response_200 = response_200_type_0

            parsed: None | UserSettings = response_200
            return parsed
        except INVALID as exc:
            raise invalid(response, exc) from exc
    raise unexpected(response)


def _build_response(response: httpx.Response) -> Response[None | UserSettings]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parse(response, _parse_response) if response.is_success else None,
    )


def sync_detailed(
    *,
    client: SyncClient,
    raw: bool | Unset = False,
) -> Response[None | UserSettings]:
    """Get User Settings By Session User

    ``GET /api/v1/users/user/settings``

    Args:
        raw (bool | Unset):  Default: False.

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[None | UserSettings]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = client._request(
        _get_kwargs(
            raw=raw,
        )
    )
    return _build_response(response)


def sync(
    *,
    client: SyncClient,
    raw: bool | Unset = False,
) -> None | UserSettings:
    """Get User Settings By Session User

    ``GET /api/v1/users/user/settings``

    Args:
        raw (bool | Unset):  Default: False.

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        None | UserSettings
    """
    return parse(
        client._request(
            _get_kwargs(
                raw=raw,
            )
        ),
        _parse_response,
    )


async def asyncio_detailed(
    *,
    client: AsyncClient,
    raw: bool | Unset = False,
) -> Response[None | UserSettings]:
    """Get User Settings By Session User

    ``GET /api/v1/users/user/settings``

    Args:
        raw (bool | Unset):  Default: False.

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[None | UserSettings]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = await client._arequest(
        _get_kwargs(
            raw=raw,
        )
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncClient,
    raw: bool | Unset = False,
) -> None | UserSettings:
    """Get User Settings By Session User

    ``GET /api/v1/users/user/settings``

    Args:
        raw (bool | Unset):  Default: False.

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        None | UserSettings
    """
    return parse(
        await client._arequest(
            _get_kwargs(
                raw=raw,
            )
        ),
        _parse_response,
    )
