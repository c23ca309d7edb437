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
from ..._generated.models.mfa_challenge_response import MfaChallengeResponse
from ..._generated.models.pending_user_response import PendingUserResponse
from ..._generated.models.session_user_response import SessionUserResponse
from ..._generated.models.token_exchange_form import TokenExchangeForm
from ..._types import Response


def _get_kwargs(
    provider: str,
    *,
    body: TokenExchangeForm | dict[str, Any],
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "route": "/api/v1/auths/oauth/{provider}/token/exchange",
        "url": f"/api/v1/auths/oauth/{path_segment(provider, 'provider')}/token/exchange",
    }

    _kwargs["json"] = body if isinstance(body, dict) else body.to_dict()

    return _kwargs


def _parse_response(
    response: httpx.Response,
) -> MfaChallengeResponse | PendingUserResponse | SessionUserResponse:
    if response.status_code == 200:
        try:
            _response_200 = loads(response.content)
            response_200: MfaChallengeResponse | PendingUserResponse | SessionUserResponse
            try:
                if not isinstance(_response_200, dict):
                    raise TypeError()
                response_200_type_0 = SessionUserResponse.from_dict(_response_200)

                response_200 = response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                try:
                    if not isinstance(_response_200, dict):
                        raise TypeError()
                    response_200_type_1 = MfaChallengeResponse.from_dict(_response_200)

                    response_200 = response_200_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    if not isinstance(_response_200, dict):
                        raise TypeError(f"response_200: unexpected {type(_response_200).__name__}")
                    response_200_type_2 = PendingUserResponse.from_dict(_response_200)

                    response_200 = response_200_type_2

            parsed: MfaChallengeResponse | PendingUserResponse | SessionUserResponse = response_200
            return parsed
        except INVALID as exc:
            raise invalid(response, exc) from exc
    raise unexpected(response)


def _build_response(
    response: httpx.Response,
) -> Response[MfaChallengeResponse | PendingUserResponse | SessionUserResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parse(response, _parse_response) if response.is_success else None,
    )


def sync_detailed(
    provider: str,
    *,
    client: SyncClient,
    body: TokenExchangeForm | dict[str, Any],
) -> Response[MfaChallengeResponse | PendingUserResponse | SessionUserResponse]:
    """Token Exchange

    Exchange an external OAuth provider token for an OpenWebUI JWT.
    This endpoint is disabled by default. Set ENABLE_OAUTH_TOKEN_EXCHANGE=True to enable.

    ``POST /api/v1/auths/oauth/{provider}/token/exchange``

    Args:
        provider (str):
        body (TokenExchangeForm):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[MfaChallengeResponse | PendingUserResponse | SessionUserResponse]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = client._request(
        _get_kwargs(
            provider=provider,
            body=body,
        )
    )
    return _build_response(response)


def sync(
    provider: str,
    *,
    client: SyncClient,
    body: TokenExchangeForm | dict[str, Any],
) -> MfaChallengeResponse | PendingUserResponse | SessionUserResponse:
    """Token Exchange

    Exchange an external OAuth provider token for an OpenWebUI JWT.
    This endpoint is disabled by default. Set ENABLE_OAUTH_TOKEN_EXCHANGE=True to enable.

    ``POST /api/v1/auths/oauth/{provider}/token/exchange``

    Args:
        provider (str):
        body (TokenExchangeForm):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        MfaChallengeResponse | PendingUserResponse | SessionUserResponse
    """
    return parse(
        client._request(
            _get_kwargs(
                provider=provider,
                body=body,
            )
        ),
        _parse_response,
    )


async def asyncio_detailed(
    provider: str,
    *,
    client: AsyncClient,
    body: TokenExchangeForm | dict[str, Any],
) -> Response[MfaChallengeResponse | PendingUserResponse | SessionUserResponse]:
    """Token Exchange

    Exchange an external OAuth provider token for an OpenWebUI JWT.
    This endpoint is disabled by default. Set ENABLE_OAUTH_TOKEN_EXCHANGE=True to enable.

    ``POST /api/v1/auths/oauth/{provider}/token/exchange``

    Args:
        provider (str):
        body (TokenExchangeForm):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[MfaChallengeResponse | PendingUserResponse | SessionUserResponse]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = await client._arequest(
        _get_kwargs(
            provider=provider,
            body=body,
        )
    )
    return _build_response(response)


async def asyncio(
    provider: str,
    *,
    client: AsyncClient,
    body: TokenExchangeForm | dict[str, Any],
) -> MfaChallengeResponse | PendingUserResponse | SessionUserResponse:
    """Token Exchange

    Exchange an external OAuth provider token for an OpenWebUI JWT.
    This endpoint is disabled by default. Set ENABLE_OAUTH_TOKEN_EXCHANGE=True to enable.

    ``POST /api/v1/auths/oauth/{provider}/token/exchange``

    Args:
        provider (str):
        body (TokenExchangeForm):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        MfaChallengeResponse | PendingUserResponse | SessionUserResponse
    """
    return parse(
        await client._arequest(
            _get_kwargs(
                provider=provider,
                body=body,
            )
        ),
        _parse_response,
    )
