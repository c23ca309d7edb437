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
from ..._generated.models.automation_run_model import AutomationRunModel
from ..._types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    skip: int | Unset = 0,
    limit: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["skip"] = skip

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "route": "/api/v1/automations/{id}/runs",
        "url": f"/api/v1/automations/{path_segment(id, 'id')}/runs",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[AutomationRunModel]:
    if response.status_code == 200:
        try:
            response_200 = list(map(AutomationRunModel.from_dict, loads(response.content)))

            parsed: list[AutomationRunModel] = response_200
            return parsed
        except INVALID as exc:
            raise invalid(response, exc) from exc
    raise unexpected(response)


def _build_response(response: httpx.Response) -> Response[list[AutomationRunModel]]:
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
    skip: int | Unset = 0,
    limit: int | Unset = 50,
) -> Response[list[AutomationRunModel]]:
    """Get Automation Runs

    ``GET /api/v1/automations/{id}/runs``

    Args:
        id (str):
        skip (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[list[AutomationRunModel]]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = client._request(
        _get_kwargs(
            id=id,
            skip=skip,
            limit=limit,
        )
    )
    return _build_response(response)


def sync(
    id: str,
    *,
    client: SyncClient,
    skip: int | Unset = 0,
    limit: int | Unset = 50,
) -> list[AutomationRunModel]:
    """Get Automation Runs

    ``GET /api/v1/automations/{id}/runs``

    Args:
        id (str):
        skip (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        list[AutomationRunModel]
    """
    return parse(
        client._request(
            _get_kwargs(
                id=id,
                skip=skip,
                limit=limit,
            )
        ),
        _parse_response,
    )


async def asyncio_detailed(
    id: str,
    *,
    client: AsyncClient,
    skip: int | Unset = 0,
    limit: int | Unset = 50,
) -> Response[list[AutomationRunModel]]:
    """Get Automation Runs

    ``GET /api/v1/automations/{id}/runs``

    Args:
        id (str):
        skip (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[list[AutomationRunModel]]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = await client._arequest(
        _get_kwargs(
            id=id,
            skip=skip,
            limit=limit,
        )
    )
    return _build_response(response)


async def asyncio(
    id: str,
    *,
    client: AsyncClient,
    skip: int | Unset = 0,
    limit: int | Unset = 50,
) -> list[AutomationRunModel]:
    """Get Automation Runs

    ``GET /api/v1/automations/{id}/runs``

    Args:
        id (str):
        skip (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 50.

    Raises:
        TypeError, ValueError: A path parameter is None, not a str or int, or empty.
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        list[AutomationRunModel]
    """
    return parse(
        await client._arequest(
            _get_kwargs(
                id=id,
                skip=skip,
                limit=limit,
            )
        ),
        _parse_response,
    )
