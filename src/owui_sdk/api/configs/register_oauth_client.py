from typing import Any

import httpx

from ..._endpoint import (
    AsyncClient,
    SyncClient,
    decode,
    parse,
    unexpected,
)
from ..._generated.models.o_auth_client_registration_form import OAuthClientRegistrationForm
from ..._types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: OAuthClientRegistrationForm | dict[str, Any],
    type_: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: None | str | Unset
    if isinstance(type_, Unset):
        json_type_ = UNSET
    else:
        json_type_ = type_
    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "route": "/api/v1/configs/oauth/clients/register",
        "url": "/api/v1/configs/oauth/clients/register",
        "params": params,
    }

    _kwargs["json"] = body if isinstance(body, dict) else body.to_dict()

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
    body: OAuthClientRegistrationForm | dict[str, Any],
    type_: None | str | Unset = UNSET,
) -> Response[Any]:
    """Register Oauth Client

    ``POST /api/v1/configs/oauth/clients/register``

    Args:
        type_ (None | str | Unset):
        body (OAuthClientRegistrationForm):

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[Any]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = client._request(
        _get_kwargs(
            body=body,
            type_=type_,
        )
    )
    return _build_response(response)


def sync(
    *,
    client: SyncClient,
    body: OAuthClientRegistrationForm | dict[str, Any],
    type_: None | str | Unset = UNSET,
) -> Any:
    """Register Oauth Client

    ``POST /api/v1/configs/oauth/clients/register``

    Args:
        type_ (None | str | Unset):
        body (OAuthClientRegistrationForm):

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
                body=body,
                type_=type_,
            )
        ),
        _parse_response,
    )


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: OAuthClientRegistrationForm | dict[str, Any],
    type_: None | str | Unset = UNSET,
) -> Response[Any]:
    """Register Oauth Client

    ``POST /api/v1/configs/oauth/clients/register``

    Args:
        type_ (None | str | Unset):
        body (OAuthClientRegistrationForm):

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[Any]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = await client._arequest(
        _get_kwargs(
            body=body,
            type_=type_,
        )
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncClient,
    body: OAuthClientRegistrationForm | dict[str, Any],
    type_: None | str | Unset = UNSET,
) -> Any:
    """Register Oauth Client

    ``POST /api/v1/configs/oauth/clients/register``

    Args:
        type_ (None | str | Unset):
        body (OAuthClientRegistrationForm):

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
                body=body,
                type_=type_,
            )
        ),
        _parse_response,
    )
