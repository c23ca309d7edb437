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
from ..._generated.models.add_memory_form import AddMemoryForm
from ..._generated.models.memory_model import MemoryModel
from ..._types import Response


def _get_kwargs(
    *,
    body: AddMemoryForm | dict[str, Any],
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "route": "/api/v1/memories/add",
        "url": "/api/v1/memories/add",
    }

    _kwargs["json"] = body if isinstance(body, dict) else body.to_dict()

    return _kwargs


def _parse_response(response: httpx.Response) -> MemoryModel | None:
    if response.status_code == 200:
        try:
            _response_200 = loads(response.content)
            response_200: MemoryModel | None
            if _response_200 is None:
                response_200 = None
            else:
                if not isinstance(_response_200, dict):
                    raise TypeError(f"response_200: unexpected {type(_response_200).__name__}")
                response_200_type_0 = MemoryModel.from_dict(_response_200)

                response_200 = response_200_type_0

            parsed: MemoryModel | None = response_200
            return parsed
        except INVALID as exc:
            raise invalid(response, exc) from exc
    raise unexpected(response)


def _build_response(response: httpx.Response) -> Response[MemoryModel | None]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parse(response, _parse_response) if response.is_success else None,
    )


def sync_detailed(
    *,
    client: SyncClient,
    body: AddMemoryForm | dict[str, Any],
) -> Response[MemoryModel | None]:
    """Add Memory

    Persist a new memory and embed it into the user's vector collection.

    Does NOT use ``Depends(get_async_session)`` — database operations manage their
    own short-lived sessions so a connection is not held during the external
    embedding API call (``EMBEDDING_FUNCTION``), which can take 1-5+ seconds.

    ``POST /api/v1/memories/add``

    Args:
        body (AddMemoryForm):

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[MemoryModel | None]: status, headers, raw body, and the parsed
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
    body: AddMemoryForm | dict[str, Any],
) -> MemoryModel | None:
    """Add Memory

    Persist a new memory and embed it into the user's vector collection.

    Does NOT use ``Depends(get_async_session)`` — database operations manage their
    own short-lived sessions so a connection is not held during the external
    embedding API call (``EMBEDDING_FUNCTION``), which can take 1-5+ seconds.

    ``POST /api/v1/memories/add``

    Args:
        body (AddMemoryForm):

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        MemoryModel | None
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
    body: AddMemoryForm | dict[str, Any],
) -> Response[MemoryModel | None]:
    """Add Memory

    Persist a new memory and embed it into the user's vector collection.

    Does NOT use ``Depends(get_async_session)`` — database operations manage their
    own short-lived sessions so a connection is not held during the external
    embedding API call (``EMBEDDING_FUNCTION``), which can take 1-5+ seconds.

    ``POST /api/v1/memories/add``

    Args:
        body (AddMemoryForm):

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[MemoryModel | None]: status, headers, raw body, and the parsed
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
    body: AddMemoryForm | dict[str, Any],
) -> MemoryModel | None:
    """Add Memory

    Persist a new memory and embed it into the user's vector collection.

    Does NOT use ``Depends(get_async_session)`` — database operations manage their
    own short-lived sessions so a connection is not held during the external
    embedding API call (``EMBEDDING_FUNCTION``), which can take 1-5+ seconds.

    ``POST /api/v1/memories/add``

    Args:
        body (AddMemoryForm):

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        MemoryModel | None
    """
    return parse(
        await client._arequest(
            _get_kwargs(
                body=body,
            )
        ),
        _parse_response,
    )
