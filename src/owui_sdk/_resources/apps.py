"""``client.apps``: the ``apps`` endpoints of Open WebUI as methods; generated, do not edit.

Each method calls the function of the same name in :mod:`owui_sdk.api.apps`, which loads
on the method's first call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..api import apps as _api

if TYPE_CHECKING:
    from .._endpoint import AsyncClient, SyncClient
    from .._generated.models.app_access_response import AppAccessResponse
    from .._generated.models.app_connection_form import AppConnectionForm
    from .._generated.models.app_form import AppForm
    from .._generated.models.app_interaction_form import AppInteractionForm
    from .._generated.models.app_manifest_form import AppManifestForm
    from .._generated.models.app_response import AppResponse
    from .._generated.models.app_update_form import AppUpdateForm
    from .._generated.models.manifest import Manifest

__all__ = ["AsyncAppsResource", "AppsResource"]


class AsyncAppsResource:
    """The ``apps`` endpoints (asyncio): ``client.apps`` of :class:`owui_sdk.AsyncOpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def connect_app_by_id(
        self,
        app_id: str,
        body: AppConnectionForm | dict[str, Any],
    ) -> AppResponse:
        """Connect App By Id

        ``POST /api/v1/apps/{app_id}/connect``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.connect_app_by_id.asyncio(
            app_id,
            client=self._client,
            body=body,
        )

    async def create_app_interaction(
        self,
        app_id: str,
        body: AppInteractionForm | dict[str, Any],
    ) -> Any:
        """Create App Interaction

        ``POST /api/v1/apps/{app_id}/interactions``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.create_app_interaction.asyncio(
            app_id,
            client=self._client,
            body=body,
        )

    async def create_new_app(
        self,
        body: AppForm | dict[str, Any],
    ) -> AppResponse:
        """Create New App

        ``POST /api/v1/apps``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.create_new_app.asyncio(
            client=self._client,
            body=body,
        )

    async def get_app_details_by_id(
        self,
        app_id: str,
    ) -> AppAccessResponse:
        """Get App Details By Id

        ``GET /api/v1/apps/{app_id}``
        """
        return await _api.get_app_details_by_id.asyncio(
            app_id,
            client=self._client,
        )

    async def get_apps(
        self,
    ) -> list[AppResponse]:
        """Get Apps

        ``GET /api/v1/apps``
        """
        return await _api.get_apps.asyncio(
            client=self._client,
        )

    async def preview_app_manifest(
        self,
        body: AppManifestForm | dict[str, Any],
    ) -> Manifest:
        """Preview App Manifest

        ``POST /api/v1/apps/manifest/preview``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.preview_app_manifest.asyncio(
            client=self._client,
            body=body,
        )

    async def uninstall_app_by_id(
        self,
        app_id: str,
    ) -> AppResponse:
        """Uninstall App By Id

        ``DELETE /api/v1/apps/{app_id}``
        """
        return await _api.uninstall_app_by_id.asyncio(
            app_id,
            client=self._client,
        )

    async def update_app_by_id(
        self,
        app_id: str,
        body: AppUpdateForm | dict[str, Any],
    ) -> AppResponse:
        """Update App By Id

        ``PATCH /api/v1/apps/{app_id}``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.update_app_by_id.asyncio(
            app_id,
            client=self._client,
            body=body,
        )


class AppsResource:
    """The ``apps`` endpoints: ``client.apps`` of :class:`owui_sdk.OpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def connect_app_by_id(
        self,
        app_id: str,
        body: AppConnectionForm | dict[str, Any],
    ) -> AppResponse:
        """Connect App By Id

        ``POST /api/v1/apps/{app_id}/connect``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.connect_app_by_id.sync(
            app_id,
            client=self._client,
            body=body,
        )

    def create_app_interaction(
        self,
        app_id: str,
        body: AppInteractionForm | dict[str, Any],
    ) -> Any:
        """Create App Interaction

        ``POST /api/v1/apps/{app_id}/interactions``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.create_app_interaction.sync(
            app_id,
            client=self._client,
            body=body,
        )

    def create_new_app(
        self,
        body: AppForm | dict[str, Any],
    ) -> AppResponse:
        """Create New App

        ``POST /api/v1/apps``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.create_new_app.sync(
            client=self._client,
            body=body,
        )

    def get_app_details_by_id(
        self,
        app_id: str,
    ) -> AppAccessResponse:
        """Get App Details By Id

        ``GET /api/v1/apps/{app_id}``
        """
        return _api.get_app_details_by_id.sync(
            app_id,
            client=self._client,
        )

    def get_apps(
        self,
    ) -> list[AppResponse]:
        """Get Apps

        ``GET /api/v1/apps``
        """
        return _api.get_apps.sync(
            client=self._client,
        )

    def preview_app_manifest(
        self,
        body: AppManifestForm | dict[str, Any],
    ) -> Manifest:
        """Preview App Manifest

        ``POST /api/v1/apps/manifest/preview``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.preview_app_manifest.sync(
            client=self._client,
            body=body,
        )

    def uninstall_app_by_id(
        self,
        app_id: str,
    ) -> AppResponse:
        """Uninstall App By Id

        ``DELETE /api/v1/apps/{app_id}``
        """
        return _api.uninstall_app_by_id.sync(
            app_id,
            client=self._client,
        )

    def update_app_by_id(
        self,
        app_id: str,
        body: AppUpdateForm | dict[str, Any],
    ) -> AppResponse:
        """Update App By Id

        ``PATCH /api/v1/apps/{app_id}``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.update_app_by_id.sync(
            app_id,
            client=self._client,
            body=body,
        )
