"""``client.tools``: the ``tools`` endpoints of Open WebUI as methods; generated, do not edit.

Each method calls the function of the same name in :mod:`owui_sdk.api.tools`, which loads
on the method's first call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._types import UNSET
from ..api import tools as _api

if TYPE_CHECKING:
    from .._endpoint import AsyncClient, SyncClient
    from .._generated.models.load_url_form import LoadUrlForm
    from .._generated.models.tool_access_grants_form import ToolAccessGrantsForm
    from .._generated.models.tool_access_response import ToolAccessResponse
    from .._generated.models.tool_form import ToolForm
    from .._generated.models.tool_history_model import ToolHistoryModel
    from .._generated.models.tool_history_response import ToolHistoryResponse
    from .._generated.models.tool_model import ToolModel
    from .._generated.models.tool_response import ToolResponse
    from .._generated.models.tool_user_response import ToolUserResponse
    from .._generated.models.tool_version_form import ToolVersionForm
    from .._types import Unset

__all__ = ["AsyncToolsResource", "ToolsResource"]


class AsyncToolsResource:
    """The ``tools`` endpoints (asyncio): ``client.tools`` of :class:`owui_sdk.AsyncOpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create_new_tools(
        self,
        body: ToolForm | dict[str, Any],
    ) -> ToolResponse:
        """Create New Tools

        Create a new tool from user-supplied Python source code.

        ``POST /api/v1/tools/create``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.create_new_tools.asyncio(
            client=self._client,
            body=body,
        )

    async def delete_tool_history_entry(
        self,
        id: str,
        history_id: str,
    ) -> bool:
        """Delete Tool History Entry

        ``DELETE /api/v1/tools/id/{id}/history/{history_id}``
        """
        return await _api.delete_tool_history_entry.asyncio(
            id,
            history_id,
            client=self._client,
        )

    async def delete_tools_by_id(
        self,
        id: str,
    ) -> bool:
        """Delete Tools By Id

        ``DELETE /api/v1/tools/id/{id}/delete``
        """
        return await _api.delete_tools_by_id.asyncio(
            id,
            client=self._client,
        )

    async def export_tools(
        self,
    ) -> list[ToolModel]:
        """Export Tools

        ``GET /api/v1/tools/export``
        """
        return await _api.export_tools.asyncio(
            client=self._client,
        )

    async def get_tool_history(
        self,
        id: str,
        *,
        page: int | Unset = 1,
    ) -> list[ToolHistoryResponse]:
        """Get Tool History

        ``GET /api/v1/tools/id/{id}/history``
        """
        return await _api.get_tool_history.asyncio(
            id,
            client=self._client,
            page=page,
        )

    async def get_tool_history_diff(
        self,
        id: str,
        *,
        from_id: str,
        to_id: str,
    ) -> Any:
        """Get Tool History Diff

        ``GET /api/v1/tools/id/{id}/history/diff``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_tool_history_diff.asyncio(
            id,
            client=self._client,
            from_id=from_id,
            to_id=to_id,
        )

    async def get_tool_history_entry(
        self,
        id: str,
        history_id: str,
    ) -> ToolHistoryModel:
        """Get Tool History Entry

        ``GET /api/v1/tools/id/{id}/history/{history_id}``
        """
        return await _api.get_tool_history_entry.asyncio(
            id,
            history_id,
            client=self._client,
        )

    async def get_tool_list(
        self,
    ) -> list[ToolAccessResponse]:
        """Get Tool List

        ``GET /api/v1/tools/list``
        """
        return await _api.get_tool_list.asyncio(
            client=self._client,
        )

    async def get_tool_specs(
        self,
        id: str,
    ) -> Any:
        """Get Tool Specs

        Discover tools for an accessible connection. Currently supports MCP.

        ``GET /api/v1/tools/id/{id}/specs``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_tool_specs.asyncio(
            id,
            client=self._client,
        )

    async def get_tools(
        self,
        *,
        query: None | str | Unset = UNSET,
    ) -> list[ToolUserResponse]:
        """Get Tools

        ``GET /api/v1/tools/``
        """
        return await _api.get_tools.asyncio(
            client=self._client,
            query=query,
        )

    async def get_tools_by_id(
        self,
        id: str,
    ) -> ToolAccessResponse:
        """Get Tools By Id

        ``GET /api/v1/tools/id/{id}``
        """
        return await _api.get_tools_by_id.asyncio(
            id,
            client=self._client,
        )

    async def get_tools_user_valves_by_id(
        self,
        id: str,
    ) -> dict[str, Any] | None:
        """Get Tools User Valves By Id

        ``GET /api/v1/tools/id/{id}/valves/user``
        """
        return await _api.get_tools_user_valves_by_id.asyncio(
            id,
            client=self._client,
        )

    async def get_tools_user_valves_spec_by_id(
        self,
        id: str,
    ) -> dict[str, Any] | None:
        """Get Tools User Valves Spec By Id

        ``GET /api/v1/tools/id/{id}/valves/user/spec``
        """
        return await _api.get_tools_user_valves_spec_by_id.asyncio(
            id,
            client=self._client,
        )

    async def get_tools_valves_by_id(
        self,
        id: str,
    ) -> dict[str, Any] | None:
        """Get Tools Valves By Id

        ``GET /api/v1/tools/id/{id}/valves``
        """
        return await _api.get_tools_valves_by_id.asyncio(
            id,
            client=self._client,
        )

    async def get_tools_valves_spec_by_id(
        self,
        id: str,
    ) -> dict[str, Any] | None:
        """Get Tools Valves Spec By Id

        ``GET /api/v1/tools/id/{id}/valves/spec``
        """
        return await _api.get_tools_valves_spec_by_id.asyncio(
            id,
            client=self._client,
        )

    async def load_tool_from_url(
        self,
        body: LoadUrlForm | dict[str, Any],
    ) -> dict[str, Any]:
        """Load Tool From Url

        ``POST /api/v1/tools/load/url``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.load_tool_from_url.asyncio(
            client=self._client,
            body=body,
        )

    async def set_tool_production(
        self,
        id: str,
        body: ToolVersionForm | dict[str, Any],
    ) -> ToolModel:
        """Set Tool Production

        ``POST /api/v1/tools/id/{id}/update/version``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.set_tool_production.asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def update_tool_access_by_id(
        self,
        id: str,
        body: ToolAccessGrantsForm | dict[str, Any],
    ) -> None | ToolModel:
        """Update Tool Access By Id

        ``POST /api/v1/tools/id/{id}/access/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.update_tool_access_by_id.asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def update_tools_by_id(
        self,
        id: str,
        body: ToolForm | dict[str, Any],
    ) -> None | ToolModel:
        """Update Tools By Id

        ``POST /api/v1/tools/id/{id}/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.update_tools_by_id.asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def update_tools_user_valves_by_id(
        self,
        id: str,
        body: dict[str, Any],
    ) -> dict[str, Any] | None:
        """Update Tools User Valves By Id

        ``POST /api/v1/tools/id/{id}/valves/user/update``

        Args:
            body: The request body.
        """
        return await _api.update_tools_user_valves_by_id.asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def update_tools_valves_by_id(
        self,
        id: str,
        body: dict[str, Any],
    ) -> dict[str, Any] | None:
        """Update Tools Valves By Id

        ``POST /api/v1/tools/id/{id}/valves/update``

        Args:
            body: The request body.
        """
        return await _api.update_tools_valves_by_id.asyncio(
            id,
            client=self._client,
            body=body,
        )


class ToolsResource:
    """The ``tools`` endpoints: ``client.tools`` of :class:`owui_sdk.OpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create_new_tools(
        self,
        body: ToolForm | dict[str, Any],
    ) -> ToolResponse:
        """Create New Tools

        Create a new tool from user-supplied Python source code.

        ``POST /api/v1/tools/create``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.create_new_tools.sync(
            client=self._client,
            body=body,
        )

    def delete_tool_history_entry(
        self,
        id: str,
        history_id: str,
    ) -> bool:
        """Delete Tool History Entry

        ``DELETE /api/v1/tools/id/{id}/history/{history_id}``
        """
        return _api.delete_tool_history_entry.sync(
            id,
            history_id,
            client=self._client,
        )

    def delete_tools_by_id(
        self,
        id: str,
    ) -> bool:
        """Delete Tools By Id

        ``DELETE /api/v1/tools/id/{id}/delete``
        """
        return _api.delete_tools_by_id.sync(
            id,
            client=self._client,
        )

    def export_tools(
        self,
    ) -> list[ToolModel]:
        """Export Tools

        ``GET /api/v1/tools/export``
        """
        return _api.export_tools.sync(
            client=self._client,
        )

    def get_tool_history(
        self,
        id: str,
        *,
        page: int | Unset = 1,
    ) -> list[ToolHistoryResponse]:
        """Get Tool History

        ``GET /api/v1/tools/id/{id}/history``
        """
        return _api.get_tool_history.sync(
            id,
            client=self._client,
            page=page,
        )

    def get_tool_history_diff(
        self,
        id: str,
        *,
        from_id: str,
        to_id: str,
    ) -> Any:
        """Get Tool History Diff

        ``GET /api/v1/tools/id/{id}/history/diff``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_tool_history_diff.sync(
            id,
            client=self._client,
            from_id=from_id,
            to_id=to_id,
        )

    def get_tool_history_entry(
        self,
        id: str,
        history_id: str,
    ) -> ToolHistoryModel:
        """Get Tool History Entry

        ``GET /api/v1/tools/id/{id}/history/{history_id}``
        """
        return _api.get_tool_history_entry.sync(
            id,
            history_id,
            client=self._client,
        )

    def get_tool_list(
        self,
    ) -> list[ToolAccessResponse]:
        """Get Tool List

        ``GET /api/v1/tools/list``
        """
        return _api.get_tool_list.sync(
            client=self._client,
        )

    def get_tool_specs(
        self,
        id: str,
    ) -> Any:
        """Get Tool Specs

        Discover tools for an accessible connection. Currently supports MCP.

        ``GET /api/v1/tools/id/{id}/specs``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_tool_specs.sync(
            id,
            client=self._client,
        )

    def get_tools(
        self,
        *,
        query: None | str | Unset = UNSET,
    ) -> list[ToolUserResponse]:
        """Get Tools

        ``GET /api/v1/tools/``
        """
        return _api.get_tools.sync(
            client=self._client,
            query=query,
        )

    def get_tools_by_id(
        self,
        id: str,
    ) -> ToolAccessResponse:
        """Get Tools By Id

        ``GET /api/v1/tools/id/{id}``
        """
        return _api.get_tools_by_id.sync(
            id,
            client=self._client,
        )

    def get_tools_user_valves_by_id(
        self,
        id: str,
    ) -> dict[str, Any] | None:
        """Get Tools User Valves By Id

        ``GET /api/v1/tools/id/{id}/valves/user``
        """
        return _api.get_tools_user_valves_by_id.sync(
            id,
            client=self._client,
        )

    def get_tools_user_valves_spec_by_id(
        self,
        id: str,
    ) -> dict[str, Any] | None:
        """Get Tools User Valves Spec By Id

        ``GET /api/v1/tools/id/{id}/valves/user/spec``
        """
        return _api.get_tools_user_valves_spec_by_id.sync(
            id,
            client=self._client,
        )

    def get_tools_valves_by_id(
        self,
        id: str,
    ) -> dict[str, Any] | None:
        """Get Tools Valves By Id

        ``GET /api/v1/tools/id/{id}/valves``
        """
        return _api.get_tools_valves_by_id.sync(
            id,
            client=self._client,
        )

    def get_tools_valves_spec_by_id(
        self,
        id: str,
    ) -> dict[str, Any] | None:
        """Get Tools Valves Spec By Id

        ``GET /api/v1/tools/id/{id}/valves/spec``
        """
        return _api.get_tools_valves_spec_by_id.sync(
            id,
            client=self._client,
        )

    def load_tool_from_url(
        self,
        body: LoadUrlForm | dict[str, Any],
    ) -> dict[str, Any]:
        """Load Tool From Url

        ``POST /api/v1/tools/load/url``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.load_tool_from_url.sync(
            client=self._client,
            body=body,
        )

    def set_tool_production(
        self,
        id: str,
        body: ToolVersionForm | dict[str, Any],
    ) -> ToolModel:
        """Set Tool Production

        ``POST /api/v1/tools/id/{id}/update/version``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.set_tool_production.sync(
            id,
            client=self._client,
            body=body,
        )

    def update_tool_access_by_id(
        self,
        id: str,
        body: ToolAccessGrantsForm | dict[str, Any],
    ) -> None | ToolModel:
        """Update Tool Access By Id

        ``POST /api/v1/tools/id/{id}/access/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.update_tool_access_by_id.sync(
            id,
            client=self._client,
            body=body,
        )

    def update_tools_by_id(
        self,
        id: str,
        body: ToolForm | dict[str, Any],
    ) -> None | ToolModel:
        """Update Tools By Id

        ``POST /api/v1/tools/id/{id}/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.update_tools_by_id.sync(
            id,
            client=self._client,
            body=body,
        )

    def update_tools_user_valves_by_id(
        self,
        id: str,
        body: dict[str, Any],
    ) -> dict[str, Any] | None:
        """Update Tools User Valves By Id

        ``POST /api/v1/tools/id/{id}/valves/user/update``

        Args:
            body: The request body.
        """
        return _api.update_tools_user_valves_by_id.sync(
            id,
            client=self._client,
            body=body,
        )

    def update_tools_valves_by_id(
        self,
        id: str,
        body: dict[str, Any],
    ) -> dict[str, Any] | None:
        """Update Tools Valves By Id

        ``POST /api/v1/tools/id/{id}/valves/update``

        Args:
            body: The request body.
        """
        return _api.update_tools_valves_by_id.sync(
            id,
            client=self._client,
            body=body,
        )
