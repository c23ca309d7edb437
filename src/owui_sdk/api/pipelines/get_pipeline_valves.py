from typing import Any

import httpx

from ..._endpoint import (
    AsyncClient,
    SyncClient,
    decode,
    parse,
    path_segment,
    unexpected,
)
from ..._types import UNSET, Response


def _get_kwargs(
    pipeline_id: str,
    *,
    url_idx: int | None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_url_idx: int | None
    json_url_idx = url_idx
    params["urlIdx"] = json_url_idx

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "route": "/api/v1/pipelines/{pipeline_id}/valves",
        "url": f"/api/v1/pipelines/{path_segment(pipeline_id, 'pipeline_id')}/valves",
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
    pipeline_id: str,
    *,
    client: SyncClient,
    url_idx: int | None,
) -> Response[Any]:
    """Get Pipeline Valves

    ``GET /api/v1/pipelines/{pipeline_id}/valves``

    Args:
        pipeline_id (str):
        url_idx (int | None):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[Any]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = client._request(
        _get_kwargs(
            pipeline_id=pipeline_id,
            url_idx=url_idx,
        )
    )
    return _build_response(response)


def sync(
    pipeline_id: str,
    *,
    client: SyncClient,
    url_idx: int | None,
) -> Any:
    """Get Pipeline Valves

    ``GET /api/v1/pipelines/{pipeline_id}/valves``

    Args:
        pipeline_id (str):
        url_idx (int | None):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
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
                pipeline_id=pipeline_id,
                url_idx=url_idx,
            )
        ),
        _parse_response,
    )


async def asyncio_detailed(
    pipeline_id: str,
    *,
    client: AsyncClient,
    url_idx: int | None,
) -> Response[Any]:
    """Get Pipeline Valves

    ``GET /api/v1/pipelines/{pipeline_id}/valves``

    Args:
        pipeline_id (str):
        url_idx (int | None):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[Any]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = await client._arequest(
        _get_kwargs(
            pipeline_id=pipeline_id,
            url_idx=url_idx,
        )
    )
    return _build_response(response)


async def asyncio(
    pipeline_id: str,
    *,
    client: AsyncClient,
    url_idx: int | None,
) -> Any:
    """Get Pipeline Valves

    ``GET /api/v1/pipelines/{pipeline_id}/valves``

    Args:
        pipeline_id (str):
        url_idx (int | None):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
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
                pipeline_id=pipeline_id,
                url_idx=url_idx,
            )
        ),
        _parse_response,
    )
