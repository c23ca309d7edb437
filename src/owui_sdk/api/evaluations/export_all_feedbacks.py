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
from ..._generated.models.feedback_model import FeedbackModel
from ..._types import UNSET, Response, Unset


def _get_kwargs(
    *,
    model_id: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_model_id: None | str | Unset
    if isinstance(model_id, Unset):
        json_model_id = UNSET
    else:
        json_model_id = model_id
    params["model_id"] = json_model_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "route": "/api/v1/evaluations/feedbacks/all/export",
        "url": "/api/v1/evaluations/feedbacks/all/export",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[FeedbackModel]:
    if response.status_code == 200:
        try:
            response_200 = list(map(FeedbackModel.from_dict, loads(response.content)))

            parsed: list[FeedbackModel] = response_200
            return parsed
        except INVALID as exc:
            raise invalid(response, exc) from exc
    raise unexpected(response)


def _build_response(response: httpx.Response) -> Response[list[FeedbackModel]]:
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
) -> Response[list[FeedbackModel]]:
    """Export All Feedbacks

    ``GET /api/v1/evaluations/feedbacks/all/export``

    Args:
        model_id (None | str | Unset):

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[list[FeedbackModel]]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = client._request(
        _get_kwargs(
            model_id=model_id,
        )
    )
    return _build_response(response)


def sync(
    *,
    client: SyncClient,
    model_id: None | str | Unset = UNSET,
) -> list[FeedbackModel]:
    """Export All Feedbacks

    ``GET /api/v1/evaluations/feedbacks/all/export``

    Args:
        model_id (None | str | Unset):

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        list[FeedbackModel]
    """
    return parse(
        client._request(
            _get_kwargs(
                model_id=model_id,
            )
        ),
        _parse_response,
    )


async def asyncio_detailed(
    *,
    client: AsyncClient,
    model_id: None | str | Unset = UNSET,
) -> Response[list[FeedbackModel]]:
    """Export All Feedbacks

    ``GET /api/v1/evaluations/feedbacks/all/export``

    Args:
        model_id (None | str | Unset):

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[list[FeedbackModel]]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = await client._arequest(
        _get_kwargs(
            model_id=model_id,
        )
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncClient,
    model_id: None | str | Unset = UNSET,
) -> list[FeedbackModel]:
    """Export All Feedbacks

    ``GET /api/v1/evaluations/feedbacks/all/export``

    Args:
        model_id (None | str | Unset):

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        list[FeedbackModel]
    """
    return parse(
        await client._arequest(
            _get_kwargs(
                model_id=model_id,
            )
        ),
        _parse_response,
    )
