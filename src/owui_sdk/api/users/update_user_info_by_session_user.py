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
from ..._types import Response


def _get_kwargs(
    *,
    body: dict[str, Any],
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "route": "/api/v1/users/user/info/update",
        "url": "/api/v1/users/user/info/update",
    }

    _kwargs["json"] = body

    return _kwargs


def _parse_response(response: httpx.Response) -> dict[str, Any] | None:
    if response.status_code == 200:
        try:
            response_200 = loads(response.content)

            parsed: dict[str, Any] | None = response_200
            return parsed
        except INVALID as exc:
            raise invalid(response, exc) from exc
    raise unexpected(response)


def _build_response(response: httpx.Response) -> Response[dict[str, Any] | None]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parse(response, _parse_response) if response.is_success else None,
    )


def sync_detailed(
    *,
    client: SyncClient,
    body: dict[str, Any],
) -> Response[dict[str, Any] | None]:
    """Update User Info By Session User

    Merge caller-supplied fields into the current user's info dict.

    Uses the auth-time snapshot of ``user.info`` as the merge base.  This does
    NOT eliminate lost-update races on concurrent same-user writes; real safety
    would need row locking or an optimistic-concurrency version column.

    ``POST /api/v1/users/user/info/update``

    Args:
        body (dict[str, Any]):

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[dict[str, Any] | None]: status, headers, raw body, and the parsed
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
    body: dict[str, Any],
) -> dict[str, Any] | None:
    """Update User Info By Session User

    Merge caller-supplied fields into the current user's info dict.

    Uses the auth-time snapshot of ``user.info`` as the merge base.  This does
    NOT eliminate lost-update races on concurrent same-user writes; real safety
    would need row locking or an optimistic-concurrency version column.

    ``POST /api/v1/users/user/info/update``

    Args:
        body (dict[str, Any]):

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        dict[str, Any] | None
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
    body: dict[str, Any],
) -> Response[dict[str, Any] | None]:
    """Update User Info By Session User

    Merge caller-supplied fields into the current user's info dict.

    Uses the auth-time snapshot of ``user.info`` as the merge base.  This does
    NOT eliminate lost-update races on concurrent same-user writes; real safety
    would need row locking or an optimistic-concurrency version column.

    ``POST /api/v1/users/user/info/update``

    Args:
        body (dict[str, Any]):

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[dict[str, Any] | None]: status, headers, raw body, and the parsed
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
    body: dict[str, Any],
) -> dict[str, Any] | None:
    """Update User Info By Session User

    Merge caller-supplied fields into the current user's info dict.

    Uses the auth-time snapshot of ``user.info`` as the merge base.  This does
    NOT eliminate lost-update races on concurrent same-user writes; real safety
    would need row locking or an optimistic-concurrency version column.

    ``POST /api/v1/users/user/info/update``

    Args:
        body (dict[str, Any]):

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        dict[str, Any] | None
    """
    return parse(
        await client._arequest(
            _get_kwargs(
                body=body,
            )
        ),
        _parse_response,
    )
