from typing import Any

import httpx

from ..._endpoint import (
    AsyncClient,
    SyncClient,
    decode,
    parse,
    unexpected,
)
from ..._types import UNSET, Response, Unset


def _get_kwargs(
    *,
    format_: str | Unset = "json",
    ids: list[str] | None | Unset = UNSET,
    version_id: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["format"] = format_

    json_ids: list[str] | None | Unset
    if isinstance(ids, Unset):
        json_ids = UNSET
    elif isinstance(ids, list):
        json_ids = ids

    else:
        json_ids = ids
    params["ids"] = json_ids

    json_version_id: None | str | Unset
    if isinstance(version_id, Unset):
        json_version_id = UNSET
    else:
        json_version_id = version_id
    params["version_id"] = json_version_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "route": "/api/v1/skills/export",
        "url": "/api/v1/skills/export",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Any:
    if response.status_code == 200:
        return decode(response)
    raise unexpected(response)


def _build_response(response: httpx.Response) -> Response[Any]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parse(response, _parse_response) if response.is_success else None,
    )


def sync_detailed(
    *,
    client: SyncClient,
    format_: str | Unset = "json",
    ids: list[str] | None | Unset = UNSET,
    version_id: None | str | Unset = UNSET,
) -> Response[Any]:
    """Export Skills

    ``GET /api/v1/skills/export``

    Args:
        format_ (str | Unset):  Default: 'json'.
        ids (list[str] | None | Unset):
        version_id (None | str | Unset):

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[Any]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = client._request(
        _get_kwargs(
            format_=format_,
            ids=ids,
            version_id=version_id,
        )
    )
    return _build_response(response)


def sync(
    *,
    client: SyncClient,
    format_: str | Unset = "json",
    ids: list[str] | None | Unset = UNSET,
    version_id: None | str | Unset = UNSET,
) -> Any:
    """Export Skills

    ``GET /api/v1/skills/export``

    Args:
        format_ (str | Unset):  Default: 'json'.
        ids (list[str] | None | Unset):
        version_id (None | str | Unset):

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Any: the decoded body (the schema does not type it)
    """
    return parse(
        client._request(
            _get_kwargs(
                format_=format_,
                ids=ids,
                version_id=version_id,
            )
        ),
        _parse_response,
    )


async def asyncio_detailed(
    *,
    client: AsyncClient,
    format_: str | Unset = "json",
    ids: list[str] | None | Unset = UNSET,
    version_id: None | str | Unset = UNSET,
) -> Response[Any]:
    """Export Skills

    ``GET /api/v1/skills/export``

    Args:
        format_ (str | Unset):  Default: 'json'.
        ids (list[str] | None | Unset):
        version_id (None | str | Unset):

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[Any]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = await client._arequest(
        _get_kwargs(
            format_=format_,
            ids=ids,
            version_id=version_id,
        )
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncClient,
    format_: str | Unset = "json",
    ids: list[str] | None | Unset = UNSET,
    version_id: None | str | Unset = UNSET,
) -> Any:
    """Export Skills

    ``GET /api/v1/skills/export``

    Args:
        format_ (str | Unset):  Default: 'json'.
        ids (list[str] | None | Unset):
        version_id (None | str | Unset):

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Any: the decoded body (the schema does not type it)
    """
    return parse(
        await client._arequest(
            _get_kwargs(
                format_=format_,
                ids=ids,
                version_id=version_id,
            )
        ),
        _parse_response,
    )
