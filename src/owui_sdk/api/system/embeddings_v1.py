from typing import Any

import httpx

from ..._endpoint import (
    AsyncClient,
    SyncClient,
    decode,
    parse,
    unexpected,
)
from ..._types import Response


def _get_kwargs(
    *,
    body: dict[str, Any],
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "route": "/api/v1/embeddings",
        "url": "/api/v1/embeddings",
    }

    _kwargs["json"] = body

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
    body: dict[str, Any],
) -> Response[Any]:
    """Embeddings

    OpenAI-compatible embeddings endpoint.

    - Performs user/model checks and dispatches to the correct backend.
    - Supports OpenAI, Ollama, arena models, pipelines, and any compatible provider.

    ``POST /api/v1/embeddings``

    Args:
        body (dict[str, Any]):

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
        )
    )
    return _build_response(response)


def sync(
    *,
    client: SyncClient,
    body: dict[str, Any],
) -> Any:
    """Embeddings

    OpenAI-compatible embeddings endpoint.

    - Performs user/model checks and dispatches to the correct backend.
    - Supports OpenAI, Ollama, arena models, pipelines, and any compatible provider.

    ``POST /api/v1/embeddings``

    Args:
        body (dict[str, Any]):

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
            )
        ),
        _parse_response,
    )


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: dict[str, Any],
) -> Response[Any]:
    """Embeddings

    OpenAI-compatible embeddings endpoint.

    - Performs user/model checks and dispatches to the correct backend.
    - Supports OpenAI, Ollama, arena models, pipelines, and any compatible provider.

    ``POST /api/v1/embeddings``

    Args:
        body (dict[str, Any]):

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
        )
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncClient,
    body: dict[str, Any],
) -> Any:
    """Embeddings

    OpenAI-compatible embeddings endpoint.

    - Performs user/model checks and dispatches to the correct backend.
    - Supports OpenAI, Ollama, arena models, pipelines, and any compatible provider.

    ``POST /api/v1/embeddings``

    Args:
        body (dict[str, Any]):

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
            )
        ),
        _parse_response,
    )
