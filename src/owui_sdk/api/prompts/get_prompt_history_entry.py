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
from ..._generated.models.prompt_history_model import PromptHistoryModel
from ..._types import Response


def _get_kwargs(
    prompt_id: str,
    history_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "route": "/api/v1/prompts/id/{prompt_id}/history/{history_id}",
        "url": f"/api/v1/prompts/id/{path_segment(prompt_id, 'prompt_id')}/history/{path_segment(history_id, 'history_id')}",
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> PromptHistoryModel:
    if response.status_code == 200:
        try:
            response_200 = PromptHistoryModel.from_dict(loads(response.content))

            parsed: PromptHistoryModel = response_200
            return parsed
        except INVALID as exc:
            raise invalid(response, exc) from exc
    raise unexpected(response)


def _build_response(response: httpx.Response) -> Response[PromptHistoryModel]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parse(response, _parse_response) if response.is_success else None,
    )


def sync_detailed(
    prompt_id: str,
    history_id: str,
    *,
    client: SyncClient,
) -> Response[PromptHistoryModel]:
    """Get Prompt History Entry

    Get a specific version from history.

    ``GET /api/v1/prompts/id/{prompt_id}/history/{history_id}``

    Args:
        prompt_id (str):
        history_id (str):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[PromptHistoryModel]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = client._request(
        _get_kwargs(
            prompt_id=prompt_id,
            history_id=history_id,
        )
    )
    return _build_response(response)


def sync(
    prompt_id: str,
    history_id: str,
    *,
    client: SyncClient,
) -> PromptHistoryModel:
    """Get Prompt History Entry

    Get a specific version from history.

    ``GET /api/v1/prompts/id/{prompt_id}/history/{history_id}``

    Args:
        prompt_id (str):
        history_id (str):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        PromptHistoryModel
    """
    return parse(
        client._request(
            _get_kwargs(
                prompt_id=prompt_id,
                history_id=history_id,
            )
        ),
        _parse_response,
    )


async def asyncio_detailed(
    prompt_id: str,
    history_id: str,
    *,
    client: AsyncClient,
) -> Response[PromptHistoryModel]:
    """Get Prompt History Entry

    Get a specific version from history.

    ``GET /api/v1/prompts/id/{prompt_id}/history/{history_id}``

    Args:
        prompt_id (str):
        history_id (str):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[PromptHistoryModel]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = await client._arequest(
        _get_kwargs(
            prompt_id=prompt_id,
            history_id=history_id,
        )
    )
    return _build_response(response)


async def asyncio(
    prompt_id: str,
    history_id: str,
    *,
    client: AsyncClient,
) -> PromptHistoryModel:
    """Get Prompt History Entry

    Get a specific version from history.

    ``GET /api/v1/prompts/id/{prompt_id}/history/{history_id}``

    Args:
        prompt_id (str):
        history_id (str):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        PromptHistoryModel
    """
    return parse(
        await client._arequest(
            _get_kwargs(
                prompt_id=prompt_id,
                history_id=history_id,
            )
        ),
        _parse_response,
    )
