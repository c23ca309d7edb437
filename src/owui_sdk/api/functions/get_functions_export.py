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
from ..._generated.models.function_model import FunctionModel
from ..._generated.models.function_with_valves_model import FunctionWithValvesModel
from ..._types import UNSET, Response, Unset


def _get_kwargs(
    *,
    include_valves: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_valves"] = include_valves

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "route": "/api/v1/functions/export",
        "url": "/api/v1/functions/export",
        "params": params,
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> list[FunctionModel | FunctionWithValvesModel]:
    if response.status_code == 200:
        try:
            response_200 = []
            for response_200_item_data in loads(response.content):
                _response_200_item = response_200_item_data
                response_200_item: FunctionModel | FunctionWithValvesModel
                try:
                    if not isinstance(_response_200_item, dict):
                        raise TypeError()
                    response_200_item_type_0 = FunctionModel.from_dict(_response_200_item)

                    response_200_item = response_200_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    if not isinstance(_response_200_item, dict):
                        raise TypeError(
                            f"response_200_item: unexpected {type(_response_200_item).__name__}"
                        )
                    response_200_item_type_1 = FunctionWithValvesModel.from_dict(_response_200_item)

                    response_200_item = response_200_item_type_1

                response_200.append(response_200_item)

            parsed: list[FunctionModel | FunctionWithValvesModel] = response_200
            return parsed
        except INVALID as exc:
            raise invalid(response, exc) from exc
    raise unexpected(response)


def _build_response(
    response: httpx.Response,
) -> Response[list[FunctionModel | FunctionWithValvesModel]]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parse(response, _parse_response) if response.is_success else None,
    )


def sync_detailed(
    *,
    client: SyncClient,
    include_valves: bool | Unset = False,
) -> Response[list[FunctionModel | FunctionWithValvesModel]]:
    """Get Functions

    ``GET /api/v1/functions/export``

    Args:
        include_valves (bool | Unset):  Default: False.

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[list[FunctionModel | FunctionWithValvesModel]]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = client._request(
        _get_kwargs(
            include_valves=include_valves,
        )
    )
    return _build_response(response)


def sync(
    *,
    client: SyncClient,
    include_valves: bool | Unset = False,
) -> list[FunctionModel | FunctionWithValvesModel]:
    """Get Functions

    ``GET /api/v1/functions/export``

    Args:
        include_valves (bool | Unset):  Default: False.

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        list[FunctionModel | FunctionWithValvesModel]
    """
    return parse(
        client._request(
            _get_kwargs(
                include_valves=include_valves,
            )
        ),
        _parse_response,
    )


async def asyncio_detailed(
    *,
    client: AsyncClient,
    include_valves: bool | Unset = False,
) -> Response[list[FunctionModel | FunctionWithValvesModel]]:
    """Get Functions

    ``GET /api/v1/functions/export``

    Args:
        include_valves (bool | Unset):  Default: False.

    Raises:
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        Response[list[FunctionModel | FunctionWithValvesModel]]: status, headers, raw body, and the parsed
        value for a success status (``None`` for an error status, which is not raised here).
    """
    response = await client._arequest(
        _get_kwargs(
            include_valves=include_valves,
        )
    )
    return _build_response(response)


async def asyncio(
    *,
    client: AsyncClient,
    include_valves: bool | Unset = False,
) -> list[FunctionModel | FunctionWithValvesModel]:
    """Get Functions

    ``GET /api/v1/functions/export``

    Args:
        include_valves (bool | Unset):  Default: False.

    Raises:
        owui_sdk.errors.APIStatusError: The server answered with an error status (a subclass per
            status: NotFoundError, UnprocessableEntityError, ...).
        owui_sdk.errors.APIResponseValidationError: A success answer that does not match the schema.
        owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).

    Returns:
        list[FunctionModel | FunctionWithValvesModel]
    """
    return parse(
        await client._arequest(
            _get_kwargs(
                include_valves=include_valves,
            )
        ),
        _parse_response,
    )
