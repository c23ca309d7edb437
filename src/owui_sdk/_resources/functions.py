"""``client.functions``: the ``functions`` endpoints of Open WebUI as methods; generated, do not edit.

Each method calls the function of the same name in :mod:`owui_sdk.api.functions`, which loads
on the method's first call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..api import functions as _api

if TYPE_CHECKING:
    from .._endpoint import AsyncClient, SyncClient
    from .._generated.models.function_form import FunctionForm
    from .._generated.models.function_history_model import FunctionHistoryModel
    from .._generated.models.function_history_response import FunctionHistoryResponse
    from .._generated.models.function_model import FunctionModel
    from .._generated.models.function_response import FunctionResponse
    from .._generated.models.function_user_response import FunctionUserResponse
    from .._generated.models.function_version_form import FunctionVersionForm
    from .._generated.models.function_with_valves_model import FunctionWithValvesModel
    from .._generated.models.load_url_form import LoadUrlForm
    from .._generated.models.sync_functions_form import SyncFunctionsForm
    from .._types import Unset

__all__ = ["AsyncFunctionsResource", "FunctionsResource"]


class AsyncFunctionsResource:
    """The ``functions`` endpoints (asyncio): ``client.functions`` of :class:`owui_sdk.AsyncOpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create_new_function(
        self,
        body: FunctionForm | dict[str, Any],
    ) -> FunctionResponse:
        """Create New Function

        ``POST /api/v1/functions/create``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.create_new_function.asyncio(
            client=self._client,
            body=body,
        )

    async def delete_function_by_id(
        self,
        id: str,
    ) -> bool:
        """Delete Function By Id

        ``DELETE /api/v1/functions/id/{id}/delete``
        """
        return await _api.delete_function_by_id.asyncio(
            id,
            client=self._client,
        )

    async def delete_function_history_entry(
        self,
        id: str,
        history_id: str,
    ) -> bool:
        """Delete Function History Entry

        ``DELETE /api/v1/functions/id/{id}/history/{history_id}``
        """
        return await _api.delete_function_history_entry.asyncio(
            id,
            history_id,
            client=self._client,
        )

    async def get_function_by_id(
        self,
        id: str,
    ) -> FunctionModel:
        """Get Function By Id

        ``GET /api/v1/functions/id/{id}``
        """
        return await _api.get_function_by_id.asyncio(
            id,
            client=self._client,
        )

    async def get_function_history(
        self,
        id: str,
        *,
        page: int | Unset = 1,
    ) -> list[FunctionHistoryResponse]:
        """Get Function History

        ``GET /api/v1/functions/id/{id}/history``
        """
        return await _api.get_function_history.asyncio(
            id,
            client=self._client,
            page=page,
        )

    async def get_function_history_diff(
        self,
        id: str,
        *,
        from_id: str,
        to_id: str,
    ) -> Any:
        """Get Function History Diff

        ``GET /api/v1/functions/id/{id}/history/diff``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_function_history_diff.asyncio(
            id,
            client=self._client,
            from_id=from_id,
            to_id=to_id,
        )

    async def get_function_history_entry(
        self,
        id: str,
        history_id: str,
    ) -> FunctionHistoryModel:
        """Get Function History Entry

        ``GET /api/v1/functions/id/{id}/history/{history_id}``
        """
        return await _api.get_function_history_entry.asyncio(
            id,
            history_id,
            client=self._client,
        )

    async def get_function_list(
        self,
    ) -> list[FunctionUserResponse]:
        """Get Function List

        ``GET /api/v1/functions/list``
        """
        return await _api.get_function_list.asyncio(
            client=self._client,
        )

    async def get_function_user_valves_by_id(
        self,
        id: str,
    ) -> dict[str, Any] | None:
        """Get Function User Valves By Id

        ``GET /api/v1/functions/id/{id}/valves/user``
        """
        return await _api.get_function_user_valves_by_id.asyncio(
            id,
            client=self._client,
        )

    async def get_function_user_valves_spec_by_id(
        self,
        id: str,
    ) -> dict[str, Any] | None:
        """Get Function User Valves Spec By Id

        ``GET /api/v1/functions/id/{id}/valves/user/spec``
        """
        return await _api.get_function_user_valves_spec_by_id.asyncio(
            id,
            client=self._client,
        )

    async def get_function_valves_by_id(
        self,
        id: str,
    ) -> dict[str, Any] | None:
        """Get Function Valves By Id

        ``GET /api/v1/functions/id/{id}/valves``
        """
        return await _api.get_function_valves_by_id.asyncio(
            id,
            client=self._client,
        )

    async def get_function_valves_spec_by_id(
        self,
        id: str,
    ) -> dict[str, Any] | None:
        """Get Function Valves Spec By Id

        ``GET /api/v1/functions/id/{id}/valves/spec``
        """
        return await _api.get_function_valves_spec_by_id.asyncio(
            id,
            client=self._client,
        )

    async def get_functions(
        self,
    ) -> list[FunctionResponse]:
        """Get Functions

        ``GET /api/v1/functions/``
        """
        return await _api.get_functions.asyncio(
            client=self._client,
        )

    async def get_functions_export(
        self,
        *,
        include_valves: bool | Unset = False,
    ) -> list[FunctionModel | FunctionWithValvesModel]:
        """Get Functions

        ``GET /api/v1/functions/export``
        """
        return await _api.get_functions_export.asyncio(
            client=self._client,
            include_valves=include_valves,
        )

    async def load_function_from_url(
        self,
        body: LoadUrlForm | dict[str, Any],
    ) -> dict[str, Any]:
        """Load Function From Url

        ``POST /api/v1/functions/load/url``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.load_function_from_url.asyncio(
            client=self._client,
            body=body,
        )

    async def set_function_production(
        self,
        id: str,
        body: FunctionVersionForm | dict[str, Any],
    ) -> FunctionModel:
        """Set Function Production

        ``POST /api/v1/functions/id/{id}/update/version``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.set_function_production.asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def sync_functions(
        self,
        body: SyncFunctionsForm | dict[str, Any],
    ) -> list[FunctionWithValvesModel]:
        """Sync Functions

        ``POST /api/v1/functions/sync``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.sync_functions.asyncio(
            client=self._client,
            body=body,
        )

    async def toggle_function_by_id(
        self,
        id: str,
    ) -> FunctionModel:
        """Toggle Function By Id

        ``POST /api/v1/functions/id/{id}/toggle``
        """
        return await _api.toggle_function_by_id.asyncio(
            id,
            client=self._client,
        )

    async def toggle_global_by_id(
        self,
        id: str,
    ) -> FunctionModel:
        """Toggle Global By Id

        ``POST /api/v1/functions/id/{id}/toggle/global``
        """
        return await _api.toggle_global_by_id.asyncio(
            id,
            client=self._client,
        )

    async def update_function_by_id(
        self,
        id: str,
        body: FunctionForm | dict[str, Any],
    ) -> FunctionModel | None:
        """Update Function By Id

        ``POST /api/v1/functions/id/{id}/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.update_function_by_id.asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def update_function_user_valves_by_id(
        self,
        id: str,
        body: dict[str, Any],
    ) -> dict[str, Any] | None:
        """Update Function User Valves By Id

        ``POST /api/v1/functions/id/{id}/valves/user/update``

        Args:
            body: The request body.
        """
        return await _api.update_function_user_valves_by_id.asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def update_function_valves_by_id(
        self,
        id: str,
        body: dict[str, Any],
    ) -> dict[str, Any] | None:
        """Update Function Valves By Id

        ``POST /api/v1/functions/id/{id}/valves/update``

        Args:
            body: The request body.
        """
        return await _api.update_function_valves_by_id.asyncio(
            id,
            client=self._client,
            body=body,
        )


class FunctionsResource:
    """The ``functions`` endpoints: ``client.functions`` of :class:`owui_sdk.OpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create_new_function(
        self,
        body: FunctionForm | dict[str, Any],
    ) -> FunctionResponse:
        """Create New Function

        ``POST /api/v1/functions/create``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.create_new_function.sync(
            client=self._client,
            body=body,
        )

    def delete_function_by_id(
        self,
        id: str,
    ) -> bool:
        """Delete Function By Id

        ``DELETE /api/v1/functions/id/{id}/delete``
        """
        return _api.delete_function_by_id.sync(
            id,
            client=self._client,
        )

    def delete_function_history_entry(
        self,
        id: str,
        history_id: str,
    ) -> bool:
        """Delete Function History Entry

        ``DELETE /api/v1/functions/id/{id}/history/{history_id}``
        """
        return _api.delete_function_history_entry.sync(
            id,
            history_id,
            client=self._client,
        )

    def get_function_by_id(
        self,
        id: str,
    ) -> FunctionModel:
        """Get Function By Id

        ``GET /api/v1/functions/id/{id}``
        """
        return _api.get_function_by_id.sync(
            id,
            client=self._client,
        )

    def get_function_history(
        self,
        id: str,
        *,
        page: int | Unset = 1,
    ) -> list[FunctionHistoryResponse]:
        """Get Function History

        ``GET /api/v1/functions/id/{id}/history``
        """
        return _api.get_function_history.sync(
            id,
            client=self._client,
            page=page,
        )

    def get_function_history_diff(
        self,
        id: str,
        *,
        from_id: str,
        to_id: str,
    ) -> Any:
        """Get Function History Diff

        ``GET /api/v1/functions/id/{id}/history/diff``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_function_history_diff.sync(
            id,
            client=self._client,
            from_id=from_id,
            to_id=to_id,
        )

    def get_function_history_entry(
        self,
        id: str,
        history_id: str,
    ) -> FunctionHistoryModel:
        """Get Function History Entry

        ``GET /api/v1/functions/id/{id}/history/{history_id}``
        """
        return _api.get_function_history_entry.sync(
            id,
            history_id,
            client=self._client,
        )

    def get_function_list(
        self,
    ) -> list[FunctionUserResponse]:
        """Get Function List

        ``GET /api/v1/functions/list``
        """
        return _api.get_function_list.sync(
            client=self._client,
        )

    def get_function_user_valves_by_id(
        self,
        id: str,
    ) -> dict[str, Any] | None:
        """Get Function User Valves By Id

        ``GET /api/v1/functions/id/{id}/valves/user``
        """
        return _api.get_function_user_valves_by_id.sync(
            id,
            client=self._client,
        )

    def get_function_user_valves_spec_by_id(
        self,
        id: str,
    ) -> dict[str, Any] | None:
        """Get Function User Valves Spec By Id

        ``GET /api/v1/functions/id/{id}/valves/user/spec``
        """
        return _api.get_function_user_valves_spec_by_id.sync(
            id,
            client=self._client,
        )

    def get_function_valves_by_id(
        self,
        id: str,
    ) -> dict[str, Any] | None:
        """Get Function Valves By Id

        ``GET /api/v1/functions/id/{id}/valves``
        """
        return _api.get_function_valves_by_id.sync(
            id,
            client=self._client,
        )

    def get_function_valves_spec_by_id(
        self,
        id: str,
    ) -> dict[str, Any] | None:
        """Get Function Valves Spec By Id

        ``GET /api/v1/functions/id/{id}/valves/spec``
        """
        return _api.get_function_valves_spec_by_id.sync(
            id,
            client=self._client,
        )

    def get_functions(
        self,
    ) -> list[FunctionResponse]:
        """Get Functions

        ``GET /api/v1/functions/``
        """
        return _api.get_functions.sync(
            client=self._client,
        )

    def get_functions_export(
        self,
        *,
        include_valves: bool | Unset = False,
    ) -> list[FunctionModel | FunctionWithValvesModel]:
        """Get Functions

        ``GET /api/v1/functions/export``
        """
        return _api.get_functions_export.sync(
            client=self._client,
            include_valves=include_valves,
        )

    def load_function_from_url(
        self,
        body: LoadUrlForm | dict[str, Any],
    ) -> dict[str, Any]:
        """Load Function From Url

        ``POST /api/v1/functions/load/url``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.load_function_from_url.sync(
            client=self._client,
            body=body,
        )

    def set_function_production(
        self,
        id: str,
        body: FunctionVersionForm | dict[str, Any],
    ) -> FunctionModel:
        """Set Function Production

        ``POST /api/v1/functions/id/{id}/update/version``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.set_function_production.sync(
            id,
            client=self._client,
            body=body,
        )

    def sync_functions(
        self,
        body: SyncFunctionsForm | dict[str, Any],
    ) -> list[FunctionWithValvesModel]:
        """Sync Functions

        ``POST /api/v1/functions/sync``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.sync_functions.sync(
            client=self._client,
            body=body,
        )

    def toggle_function_by_id(
        self,
        id: str,
    ) -> FunctionModel:
        """Toggle Function By Id

        ``POST /api/v1/functions/id/{id}/toggle``
        """
        return _api.toggle_function_by_id.sync(
            id,
            client=self._client,
        )

    def toggle_global_by_id(
        self,
        id: str,
    ) -> FunctionModel:
        """Toggle Global By Id

        ``POST /api/v1/functions/id/{id}/toggle/global``
        """
        return _api.toggle_global_by_id.sync(
            id,
            client=self._client,
        )

    def update_function_by_id(
        self,
        id: str,
        body: FunctionForm | dict[str, Any],
    ) -> FunctionModel | None:
        """Update Function By Id

        ``POST /api/v1/functions/id/{id}/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.update_function_by_id.sync(
            id,
            client=self._client,
            body=body,
        )

    def update_function_user_valves_by_id(
        self,
        id: str,
        body: dict[str, Any],
    ) -> dict[str, Any] | None:
        """Update Function User Valves By Id

        ``POST /api/v1/functions/id/{id}/valves/user/update``

        Args:
            body: The request body.
        """
        return _api.update_function_user_valves_by_id.sync(
            id,
            client=self._client,
            body=body,
        )

    def update_function_valves_by_id(
        self,
        id: str,
        body: dict[str, Any],
    ) -> dict[str, Any] | None:
        """Update Function Valves By Id

        ``POST /api/v1/functions/id/{id}/valves/update``

        Args:
            body: The request body.
        """
        return _api.update_function_valves_by_id.sync(
            id,
            client=self._client,
            body=body,
        )
