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
from ..._generated.models.knowledge_files_response import KnowledgeFilesResponse
from ..._types import Response


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "route": "/api/v1/knowledge/{id}",
        "url": f"/api/v1/knowledge/{path_segment(id, 'id')}",
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> KnowledgeFilesResponse | None:
    if response.status_code == 200:
        try:
            _response_200 = loads(response.content)
            response_200: KnowledgeFilesResponse | None
            if _response_200 is None:
                response_200 = None
            else:
                if not isinstance(_response_200, dict):
                    raise TypeError(f"response_200: unexpected {type(_response_200).__name__}")
                response_200_type_0 = KnowledgeFilesResponse.from_dict(_response_200)

                response_200 = response_200_type_0

            parsed: KnowledgeFilesResponse | None = response_200
            return parsed
        except INVALID as exc:
            raise invalid(response, exc) from exc
    raise unexpected(response)


def _build_response(response: httpx.Response) -> Response[KnowledgeFilesResponse | None]:
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
) -> Response[KnowledgeFilesResponse | None]:
    """Get Knowledge By Id

    ``GET /api/v1/knowledge/{id}``

    Args:
        id (str):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[KnowledgeFilesResponse | None]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = client._request(
        _get_kwargs(
            id=id,
        )
    )
    return _build_response(response)


def sync(
    id: str,
    *,
    client: SyncClient,
) -> KnowledgeFilesResponse | None:
    """Get Knowledge By Id

    ``GET /api/v1/knowledge/{id}``

    Args:
        id (str):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        KnowledgeFilesResponse | None
    """
    return parse(
        client._request(
            _get_kwargs(
                id=id,
            )
        ),
        _parse_response,
    )


async def asyncio_detailed(
    id: str,
    *,
    client: AsyncClient,
) -> Response[KnowledgeFilesResponse | None]:
    """Get Knowledge By Id

    ``GET /api/v1/knowledge/{id}``

    Args:
        id (str):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[KnowledgeFilesResponse | None]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = await client._arequest(
        _get_kwargs(
            id=id,
        )
    )
    return _build_response(response)


async def asyncio(
    id: str,
    *,
    client: AsyncClient,
) -> KnowledgeFilesResponse | None:
    """Get Knowledge By Id

    ``GET /api/v1/knowledge/{id}``

    Args:
        id (str):

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        KnowledgeFilesResponse | None
    """
    return parse(
        await client._arequest(
            _get_kwargs(
                id=id,
            )
        ),
        _parse_response,
    )
