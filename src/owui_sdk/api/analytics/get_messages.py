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
from ..._generated.models.chat_message_model import ChatMessageModel
from ..._types import UNSET, Response, Unset


def _get_kwargs(
    *,
    model_id: None | str | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
    chat_id: None | str | Unset = UNSET,
    start_date: int | None | Unset = UNSET,
    end_date: int | None | Unset = UNSET,
    skip: int | Unset = 0,
    limit: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_model_id: None | str | Unset
    if isinstance(model_id, Unset):
        json_model_id = UNSET
    else:
        json_model_id = model_id
    params["model_id"] = json_model_id

    json_user_id: None | str | Unset
    if isinstance(user_id, Unset):
        json_user_id = UNSET
    else:
        json_user_id = user_id
    params["user_id"] = json_user_id

    json_chat_id: None | str | Unset
    if isinstance(chat_id, Unset):
        json_chat_id = UNSET
    else:
        json_chat_id = chat_id
    params["chat_id"] = json_chat_id

    json_start_date: int | None | Unset
    if isinstance(start_date, Unset):
        json_start_date = UNSET
    else:
        json_start_date = start_date
    params["start_date"] = json_start_date

    json_end_date: int | None | Unset
    if isinstance(end_date, Unset):
        json_end_date = UNSET
    else:
        json_end_date = end_date
    params["end_date"] = json_end_date

    params["skip"] = skip

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "route": "/api/v1/analytics/messages",
        "url": "/api/v1/analytics/messages",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[ChatMessageModel]:
    if response.status_code == 200:
        try:
            response_200 = list(map(ChatMessageModel.from_dict, loads(response.content)))

            parsed: list[ChatMessageModel] = response_200
            return parsed
        except INVALID as exc:
            raise invalid(response, exc) from exc
    raise unexpected(response)


def _build_response(response: httpx.Response) -> Response[list[ChatMessageModel]]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parse(response, _parse_response) if response.is_success else None,
    )


def sync_detailed(
    *,
    client: SyncClient,
    model_id: None | str | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
    chat_id: None | str | Unset = UNSET,
    start_date: int | None | Unset = UNSET,
    end_date: int | None | Unset = UNSET,
    skip: int | Unset = 0,
    limit: int | Unset = 50,
) -> Response[list[ChatMessageModel]]:
    """Get Messages

    Query messages with filters.

    ``GET /api/v1/analytics/messages``

    Args:
        model_id (None | str | Unset): Filter by model ID
        user_id (None | str | Unset): Filter by user ID
        chat_id (None | str | Unset): Filter by chat ID
        start_date (int | None | Unset): Start timestamp (epoch)
        end_date (int | None | Unset): End timestamp (epoch)
        skip (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[list[ChatMessageModel]]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = client._request(
        _get_kwargs(
            model_id=model_id,
            user_id=user_id,
            chat_id=chat_id,
            start_date=start_date,
            end_date=end_date,
            skip=skip,
            limit=limit,
        )
    )
    return _build_response(response)


def sync(
    *,
    client: SyncClient,
    model_id: None | str | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
    chat_id: None | str | Unset = UNSET,
    start_date: int | None | Unset = UNSET,
    end_date: int | None | Unset = UNSET,
    skip: int | Unset = 0,
    limit: int | Unset = 50,
) -> list[ChatMessageModel]:
    """Get Messages

    Query messages with filters.

    ``GET /api/v1/analytics/messages``

    Args:
        model_id (None | str | Unset): Filter by model ID
        user_id (None | str | Unset): Filter by user ID
        chat_id (None | str | Unset): Filter by chat ID
        start_date (int | None | Unset): Start timestamp (epoch)
        end_date (int | None | Unset): End timestamp (epoch)
        skip (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        list[ChatMessageModel]
    """
    return parse(
        client._request(
            _get_kwargs(
                model_id=model_id,
                user_id=user_id,
                chat_id=chat_id,
                start_date=start_date,
                end_date=end_date,
                skip=skip,
                limit=limit,
            )
        ),
        _parse_response,
    )


async def asyncio_detailed(
    *,
    client: AsyncClient,
    model_id: None | str | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
    chat_id: None | str | Unset = UNSET,
    start_date: int | None | Unset = UNSET,
    end_date: int | None | Unset = UNSET,
    skip: int | Unset = 0,
    limit: int | Unset = 50,
) -> Response[list[ChatMessageModel]]:
    """Get Messages

    Query messages with filters.

    ``GET /api/v1/analytics/messages``

    Args:
        model_id (None | str | Unset): Filter by model ID
        user_id (None | str | Unset): Filter by user ID
        chat_id (None | str | Unset): Filter by chat ID
        start_date (int | None | Unset): Start timestamp (epoch)
        end_date (int | None | Unset): End timestamp (epoch)
        skip (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[list[ChatMessageModel]]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = await client._arequest(
        _get_kwargs(
            model_id=model_id,
            user_id=user_id,
            chat_id=chat_id,
            start_date=start_date,
            end_date=end_date,
            skip=skip,
            limit=limit,
        )
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncClient,
    model_id: None | str | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
    chat_id: None | str | Unset = UNSET,
    start_date: int | None | Unset = UNSET,
    end_date: int | None | Unset = UNSET,
    skip: int | Unset = 0,
    limit: int | Unset = 50,
) -> list[ChatMessageModel]:
    """Get Messages

    Query messages with filters.

    ``GET /api/v1/analytics/messages``

    Args:
        model_id (None | str | Unset): Filter by model ID
        user_id (None | str | Unset): Filter by user ID
        chat_id (None | str | Unset): Filter by chat ID
        start_date (int | None | Unset): Start timestamp (epoch)
        end_date (int | None | Unset): End timestamp (epoch)
        skip (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        list[ChatMessageModel]
    """
    return parse(
        await client._arequest(
            _get_kwargs(
                model_id=model_id,
                user_id=user_id,
                chat_id=chat_id,
                start_date=start_date,
                end_date=end_date,
                skip=skip,
                limit=limit,
            )
        ),
        _parse_response,
    )
