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
from ..._generated.models.prompt_model import PromptModel
from ..._generated.models.prompt_version_update_form import PromptVersionUpdateForm
from ..._types import Response


def _get_kwargs(
    prompt_id: str,
    *,
    body: PromptVersionUpdateForm | dict[str, Any],
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "route": "/api/v1/prompts/id/{prompt_id}/update/version",
        "url": f"/api/v1/prompts/id/{path_segment(prompt_id, 'prompt_id')}/update/version",
    }

    _kwargs["json"] = body if isinstance(body, dict) else body.to_dict()

    return _kwargs


def _parse_response(response: httpx.Response) -> PromptModel:
    if response.status_code == 200:
        try:
            response_200 = PromptModel.from_dict(loads(response.content))

            parsed: PromptModel = response_200
            return parsed
        except INVALID as exc:
            raise invalid(response, exc) from exc
    raise unexpected(response)


def _build_response(response: httpx.Response) -> Response[PromptModel]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parse(response, _parse_response) if response.is_success else None,
    )


def sync_detailed(
    prompt_id: str,
    *,
    client: SyncClient,
    body: PromptVersionUpdateForm | dict[str, Any],
) -> Response[PromptModel]:
    """Set Prompt Version

    ``POST /api/v1/prompts/id/{prompt_id}/update/version``

    Args:
        prompt_id (str):
        body (PromptVersionUpdateForm):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[PromptModel]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = client._request(
        _get_kwargs(
            prompt_id=prompt_id,
            body=body,
        )
    )
    return _build_response(response)


def sync(
    prompt_id: str,
    *,
    client: SyncClient,
    body: PromptVersionUpdateForm | dict[str, Any],
) -> PromptModel:
    """Set Prompt Version

    ``POST /api/v1/prompts/id/{prompt_id}/update/version``

    Args:
        prompt_id (str):
        body (PromptVersionUpdateForm):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        PromptModel
    """
    return parse(
        client._request(
            _get_kwargs(
                prompt_id=prompt_id,
                body=body,
            )
        ),
        _parse_response,
    )


async def asyncio_detailed(
    prompt_id: str,
    *,
    client: AsyncClient,
    body: PromptVersionUpdateForm | dict[str, Any],
) -> Response[PromptModel]:
    """Set Prompt Version

    ``POST /api/v1/prompts/id/{prompt_id}/update/version``

    Args:
        prompt_id (str):
        body (PromptVersionUpdateForm):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[PromptModel]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = await client._arequest(
        _get_kwargs(
            prompt_id=prompt_id,
            body=body,
        )
    )
    return _build_response(response)


async def asyncio(
    prompt_id: str,
    *,
    client: AsyncClient,
    body: PromptVersionUpdateForm | dict[str, Any],
) -> PromptModel:
    """Set Prompt Version

    ``POST /api/v1/prompts/id/{prompt_id}/update/version``

    Args:
        prompt_id (str):
        body (PromptVersionUpdateForm):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        PromptModel
    """
    return parse(
        await client._arequest(
            _get_kwargs(
                prompt_id=prompt_id,
                body=body,
            )
        ),
        _parse_response,
    )
