"""``client.automations``: the ``automations`` endpoints of Open WebUI as methods; generated, do not edit.

Each method calls the function of the same name in :mod:`owui_sdk.api.automations`, which loads
on the method's first call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._types import UNSET
from ..api import automations as _api

if TYPE_CHECKING:
    from .._endpoint import AsyncClient, SyncClient
    from .._generated.models.automation_form import AutomationForm
    from .._generated.models.automation_list_response import AutomationListResponse
    from .._generated.models.automation_response import AutomationResponse
    from .._generated.models.automation_run_model import AutomationRunModel
    from .._types import Unset

__all__ = ["AsyncAutomationsResource", "AutomationsResource"]


class AsyncAutomationsResource:
    """The ``automations`` endpoints (asyncio): ``client.automations`` of :class:`owui_sdk.AsyncOpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create_new_automation(
        self,
        body: AutomationForm | dict[str, Any],
    ) -> AutomationResponse:
        """Create New Automation

        ``POST /api/v1/automations/create``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.create_new_automation.asyncio(
            client=self._client,
            body=body,
        )

    async def delete_automation_by_id(
        self,
        id: str,
    ) -> bool:
        """Delete Automation By Id

        ``DELETE /api/v1/automations/{id}/delete``
        """
        return await _api.delete_automation_by_id.asyncio(
            id,
            client=self._client,
        )

    async def get_automation_by_id(
        self,
        id: str,
    ) -> AutomationResponse:
        """Get Automation By Id

        ``GET /api/v1/automations/{id}``
        """
        return await _api.get_automation_by_id.asyncio(
            id,
            client=self._client,
        )

    async def get_automation_items(
        self,
        *,
        query: None | str | Unset = UNSET,
        status: None | str | Unset = UNSET,
        folder_id: None | str | Unset = UNSET,
        page: int | None | Unset = 1,
    ) -> AutomationListResponse:
        """Get Automation Items

        ``GET /api/v1/automations/list``
        """
        return await _api.get_automation_items.asyncio(
            client=self._client,
            query=query,
            status=status,
            folder_id=folder_id,
            page=page,
        )

    async def get_automation_runs(
        self,
        id: str,
        *,
        skip: int | Unset = 0,
        limit: int | Unset = 50,
    ) -> list[AutomationRunModel]:
        """Get Automation Runs

        ``GET /api/v1/automations/{id}/runs``
        """
        return await _api.get_automation_runs.asyncio(
            id,
            client=self._client,
            skip=skip,
            limit=limit,
        )

    async def run_automation_by_id(
        self,
        id: str,
    ) -> Any:
        """Run Automation By Id

        ``POST /api/v1/automations/{id}/run``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.run_automation_by_id.asyncio(
            id,
            client=self._client,
        )

    async def toggle_automation_by_id(
        self,
        id: str,
    ) -> AutomationResponse:
        """Toggle Automation By Id

        ``POST /api/v1/automations/{id}/toggle``
        """
        return await _api.toggle_automation_by_id.asyncio(
            id,
            client=self._client,
        )

    async def update_automation_by_id(
        self,
        id: str,
        body: AutomationForm | dict[str, Any],
    ) -> AutomationResponse:
        """Update Automation By Id

        ``POST /api/v1/automations/{id}/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.update_automation_by_id.asyncio(
            id,
            client=self._client,
            body=body,
        )


class AutomationsResource:
    """The ``automations`` endpoints: ``client.automations`` of :class:`owui_sdk.OpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create_new_automation(
        self,
        body: AutomationForm | dict[str, Any],
    ) -> AutomationResponse:
        """Create New Automation

        ``POST /api/v1/automations/create``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.create_new_automation.sync(
            client=self._client,
            body=body,
        )

    def delete_automation_by_id(
        self,
        id: str,
    ) -> bool:
        """Delete Automation By Id

        ``DELETE /api/v1/automations/{id}/delete``
        """
        return _api.delete_automation_by_id.sync(
            id,
            client=self._client,
        )

    def get_automation_by_id(
        self,
        id: str,
    ) -> AutomationResponse:
        """Get Automation By Id

        ``GET /api/v1/automations/{id}``
        """
        return _api.get_automation_by_id.sync(
            id,
            client=self._client,
        )

    def get_automation_items(
        self,
        *,
        query: None | str | Unset = UNSET,
        status: None | str | Unset = UNSET,
        folder_id: None | str | Unset = UNSET,
        page: int | None | Unset = 1,
    ) -> AutomationListResponse:
        """Get Automation Items

        ``GET /api/v1/automations/list``
        """
        return _api.get_automation_items.sync(
            client=self._client,
            query=query,
            status=status,
            folder_id=folder_id,
            page=page,
        )

    def get_automation_runs(
        self,
        id: str,
        *,
        skip: int | Unset = 0,
        limit: int | Unset = 50,
    ) -> list[AutomationRunModel]:
        """Get Automation Runs

        ``GET /api/v1/automations/{id}/runs``
        """
        return _api.get_automation_runs.sync(
            id,
            client=self._client,
            skip=skip,
            limit=limit,
        )

    def run_automation_by_id(
        self,
        id: str,
    ) -> Any:
        """Run Automation By Id

        ``POST /api/v1/automations/{id}/run``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.run_automation_by_id.sync(
            id,
            client=self._client,
        )

    def toggle_automation_by_id(
        self,
        id: str,
    ) -> AutomationResponse:
        """Toggle Automation By Id

        ``POST /api/v1/automations/{id}/toggle``
        """
        return _api.toggle_automation_by_id.sync(
            id,
            client=self._client,
        )

    def update_automation_by_id(
        self,
        id: str,
        body: AutomationForm | dict[str, Any],
    ) -> AutomationResponse:
        """Update Automation By Id

        ``POST /api/v1/automations/{id}/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.update_automation_by_id.sync(
            id,
            client=self._client,
            body=body,
        )
