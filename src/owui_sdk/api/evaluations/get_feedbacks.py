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
from ..._generated.models.feedback_list_response import FeedbackListResponse
from ..._types import UNSET, Response, Unset


def _get_kwargs(
    *,
    order_by: None | str | Unset = UNSET,
    direction: None | str | Unset = UNSET,
    page: int | None | Unset = 1,
    model_id: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_order_by: None | str | Unset
    if isinstance(order_by, Unset):
        json_order_by = UNSET
    else:
        json_order_by = order_by
    params["order_by"] = json_order_by

    json_direction: None | str | Unset
    if isinstance(direction, Unset):
        json_direction = UNSET
    else:
        json_direction = direction
    params["direction"] = json_direction

    json_page: int | None | Unset
    if isinstance(page, Unset):
        json_page = UNSET
    else:
        json_page = page
    params["page"] = json_page

    json_model_id: None | str | Unset
    if isinstance(model_id, Unset):
        json_model_id = UNSET
    else:
        json_model_id = model_id
    params["model_id"] = json_model_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "route": "/api/v1/evaluations/feedbacks/list",
        "url": "/api/v1/evaluations/feedbacks/list",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> FeedbackListResponse:
    if response.status_code == 200:
        try:
            response_200 = FeedbackListResponse.from_dict(loads(response.content))

            parsed: FeedbackListResponse = response_200
            return parsed
        except INVALID as exc:
            raise invalid(response, exc) from exc
    raise unexpected(response)


def _build_response(response: httpx.Response) -> Response[FeedbackListResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parse(response, _parse_response) if response.is_success else None,
    )


def sync_detailed(
    *,
    client: SyncClient,
    order_by: None | str | Unset = UNSET,
    direction: None | str | Unset = UNSET,
    page: int | None | Unset = 1,
    model_id: None | str | Unset = UNSET,
) -> Response[FeedbackListResponse]:
    """Get Feedbacks

    ``GET /api/v1/evaluations/feedbacks/list``

    Args:
        order_by (None | str | Unset):
        direction (None | str | Unset):
        page (int | None | Unset):  Default: 1.
        model_id (None | str | Unset):

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[FeedbackListResponse]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = client._request(
        _get_kwargs(
            order_by=order_by,
            direction=direction,
            page=page,
            model_id=model_id,
        )
    )
    return _build_response(response)


def sync(
    *,
    client: SyncClient,
    order_by: None | str | Unset = UNSET,
    direction: None | str | Unset = UNSET,
    page: int | None | Unset = 1,
    model_id: None | str | Unset = UNSET,
) -> FeedbackListResponse:
    """Get Feedbacks

    ``GET /api/v1/evaluations/feedbacks/list``

    Args:
        order_by (None | str | Unset):
        direction (None | str | Unset):
        page (int | None | Unset):  Default: 1.
        model_id (None | str | Unset):

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        FeedbackListResponse
    """
    return parse(
        client._request(
            _get_kwargs(
                order_by=order_by,
                direction=direction,
                page=page,
                model_id=model_id,
            )
        ),
        _parse_response,
    )


async def asyncio_detailed(
    *,
    client: AsyncClient,
    order_by: None | str | Unset = UNSET,
    direction: None | str | Unset = UNSET,
    page: int | None | Unset = 1,
    model_id: None | str | Unset = UNSET,
) -> Response[FeedbackListResponse]:
    """Get Feedbacks

    ``GET /api/v1/evaluations/feedbacks/list``

    Args:
        order_by (None | str | Unset):
        direction (None | str | Unset):
        page (int | None | Unset):  Default: 1.
        model_id (None | str | Unset):

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[FeedbackListResponse]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = await client._arequest(
        _get_kwargs(
            order_by=order_by,
            direction=direction,
            page=page,
            model_id=model_id,
        )
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncClient,
    order_by: None | str | Unset = UNSET,
    direction: None | str | Unset = UNSET,
    page: int | None | Unset = 1,
    model_id: None | str | Unset = UNSET,
) -> FeedbackListResponse:
    """Get Feedbacks

    ``GET /api/v1/evaluations/feedbacks/list``

    Args:
        order_by (None | str | Unset):
        direction (None | str | Unset):
        page (int | None | Unset):  Default: 1.
        model_id (None | str | Unset):

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        FeedbackListResponse
    """
    return parse(
        await client._arequest(
            _get_kwargs(
                order_by=order_by,
                direction=direction,
                page=page,
                model_id=model_id,
            )
        ),
        _parse_response,
    )
