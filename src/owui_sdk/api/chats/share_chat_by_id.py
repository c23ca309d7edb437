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
from ..._generated.models.chat_response import ChatResponse
from ..._generated.models.share_chat_form import ShareChatForm
from ..._types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    body: None | ShareChatForm | Unset = UNSET,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "route": "/api/v1/chats/{id}/share",
        "url": f"/api/v1/chats/{path_segment(id, 'id')}/share",
    }

    # Left out: no body at all (the server applies its defaults), never "UNSET" as JSON.
    if not isinstance(body, Unset):
        if isinstance(body, ShareChatForm):
            _kwargs["json"] = body.to_dict()
        else:
            _kwargs["json"] = body

    return _kwargs


def _parse_response(response: httpx.Response) -> ChatResponse:
    if response.status_code == 200:
        try:
            response_200 = ChatResponse.from_dict(loads(response.content))

            parsed: ChatResponse = response_200
            return parsed
        except INVALID as exc:
            raise invalid(response, exc) from exc
    raise unexpected(response)


def _build_response(response: httpx.Response) -> Response[ChatResponse]:
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
    body: None | ShareChatForm | Unset = UNSET,
) -> Response[ChatResponse]:
    """Share Chat By Id

    ``POST /api/v1/chats/{id}/share``

    Args:
        id (str):
        body (None | ShareChatForm | Unset):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[ChatResponse]: status, headers, raw body, and the parsed
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
    body: None | ShareChatForm | Unset = UNSET,
) -> ChatResponse:
    """Share Chat By Id

    ``POST /api/v1/chats/{id}/share``

    Args:
        id (str):
        body (None | ShareChatForm | Unset):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        ChatResponse
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
    body: None | ShareChatForm | Unset = UNSET,
) -> Response[ChatResponse]:
    """Share Chat By Id

    ``POST /api/v1/chats/{id}/share``

    Args:
        id (str):
        body (None | ShareChatForm | Unset):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[ChatResponse]: status, headers, raw body, and the parsed
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
    body: None | ShareChatForm | Unset = UNSET,
) -> ChatResponse:
    """Share Chat By Id

    ``POST /api/v1/chats/{id}/share``

    Args:
        id (str):
        body (None | ShareChatForm | Unset):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        ChatResponse
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
