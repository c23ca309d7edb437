"""``client.models``: the ``models`` endpoints of Open WebUI as methods; generated, do not edit.

Each method calls the function of the same name in :mod:`owui_sdk.api.models`, which loads
on the method's first call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._types import UNSET
from ..api import models as _api

if TYPE_CHECKING:
    from .._endpoint import AsyncClient, SyncClient
    from .._generated.models.model_access_grants_form import ModelAccessGrantsForm
    from .._generated.models.model_access_list_response import ModelAccessListResponse
    from .._generated.models.model_access_response import ModelAccessResponse
    from .._generated.models.model_export_response import ModelExportResponse
    from .._generated.models.model_form import ModelForm
    from .._generated.models.model_history_model import ModelHistoryModel
    from .._generated.models.model_history_model_history_response import (
        ModelHistoryModelHistoryResponse,
    )
    from .._generated.models.model_id_form import ModelIdForm
    from .._generated.models.model_model import ModelModel
    from .._generated.models.model_response import ModelResponse
    from .._generated.models.model_version_form import ModelVersionForm
    from .._generated.models.models_import_form import ModelsImportForm
    from .._generated.models.sync_models_form import SyncModelsForm
    from .._types import Unset

__all__ = ["AsyncModelsResource", "ModelsResource"]


class AsyncModelsResource:
    """The ``models`` endpoints (asyncio): ``client.models`` of :class:`owui_sdk.AsyncOpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create_new_model(
        self,
        body: ModelForm | dict[str, Any],
    ) -> ModelModel:
        """Create New Model

        Create a new workspace model entry.

        ``POST /api/v1/models/create``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.create_new_model.asyncio(
            client=self._client,
            body=body,
        )

    async def delete_all_models(
        self,
    ) -> bool:
        """Delete All Models

        ``DELETE /api/v1/models/delete/all``
        """
        return await _api.delete_all_models.asyncio(
            client=self._client,
        )

    async def delete_model_by_id(
        self,
        body: ModelIdForm | dict[str, Any],
    ) -> bool:
        """Delete Model By Id

        ``POST /api/v1/models/model/delete``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.delete_model_by_id.asyncio(
            client=self._client,
            body=body,
        )

    async def delete_model_history_entry(
        self,
        history_id: str,
        *,
        id: str,
    ) -> bool:
        """Delete Model History Entry

        ``DELETE /api/v1/models/model/history/{history_id}``
        """
        return await _api.delete_model_history_entry.asyncio(
            history_id,
            client=self._client,
            id=id,
        )

    async def export_models(
        self,
        *,
        ids: list[str] | None | Unset = UNSET,
    ) -> list[ModelExportResponse]:
        """Export Models

        ``GET /api/v1/models/export``
        """
        return await _api.export_models.asyncio(
            client=self._client,
            ids=ids,
        )

    async def get_all_model_records(
        self,
    ) -> list[ModelResponse]:
        """Get All Model Records

        ``GET /api/v1/models/all``
        """
        return await _api.get_all_model_records.asyncio(
            client=self._client,
        )

    async def get_base_model_tags(
        self,
    ) -> list[str]:
        """Get Base Model Tags

        ``GET /api/v1/models/base/tags``
        """
        return await _api.get_base_model_tags.asyncio(
            client=self._client,
        )

    async def get_base_models(
        self,
        *,
        tag: None | str | Unset = UNSET,
    ) -> list[ModelResponse]:
        """Get Base Models

        ``GET /api/v1/models/base``
        """
        return await _api.get_base_models.asyncio(
            client=self._client,
            tag=tag,
        )

    async def get_model_by_id(
        self,
        *,
        id: str,
    ) -> ModelAccessResponse:
        """Get Model By Id

        ``GET /api/v1/models/model``
        """
        return await _api.get_model_by_id.asyncio(
            client=self._client,
            id=id,
        )

    async def get_model_history(
        self,
        *,
        id: str,
        page: int | Unset = 1,
    ) -> list[ModelHistoryModelHistoryResponse]:
        """Get Model History

        ``GET /api/v1/models/model/history``
        """
        return await _api.get_model_history.asyncio(
            client=self._client,
            id=id,
            page=page,
        )

    async def get_model_history_entry(
        self,
        history_id: str,
        *,
        id: str,
    ) -> ModelHistoryModel:
        """Get Model History Entry

        ``GET /api/v1/models/model/history/{history_id}``
        """
        return await _api.get_model_history_entry.asyncio(
            history_id,
            client=self._client,
            id=id,
        )

    async def get_model_profile_image(
        self,
        *,
        id: str,
    ) -> Any:
        """Get Model Profile Image

        ``GET /api/v1/models/model/profile/image``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_model_profile_image.asyncio(
            client=self._client,
            id=id,
        )

    async def get_model_tags(
        self,
    ) -> list[str]:
        """Get Model Tags

        ``GET /api/v1/models/tags``
        """
        return await _api.get_model_tags.asyncio(
            client=self._client,
        )

    async def get_models(
        self,
        *,
        query: None | str | Unset = UNSET,
        view_option: None | str | Unset = UNSET,
        tag: None | str | Unset = UNSET,
        order_by: None | str | Unset = UNSET,
        direction: None | str | Unset = UNSET,
        page: int | None | Unset = 1,
    ) -> ModelAccessListResponse:
        """Get Models

        ``GET /api/v1/models/list``
        """
        return await _api.get_models.asyncio(
            client=self._client,
            query=query,
            view_option=view_option,
            tag=tag,
            order_by=order_by,
            direction=direction,
            page=page,
        )

    async def import_models(
        self,
        body: ModelsImportForm | dict[str, Any],
    ) -> bool:
        """Import Models

        ``POST /api/v1/models/import``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.import_models.asyncio(
            client=self._client,
            body=body,
        )

    async def set_model_version(
        self,
        body: ModelVersionForm | dict[str, Any],
        *,
        id: str,
    ) -> ModelModel:
        """Set Model Version

        ``POST /api/v1/models/model/update/version``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.set_model_version.asyncio(
            client=self._client,
            body=body,
            id=id,
        )

    async def sync_models(
        self,
        body: SyncModelsForm | dict[str, Any],
    ) -> list[ModelModel]:
        """Sync Models

        ``POST /api/v1/models/sync``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.sync_models.asyncio(
            client=self._client,
            body=body,
        )

    async def toggle_model_by_id(
        self,
        *,
        id: str,
    ) -> ModelResponse:
        """Toggle Model By Id

        ``POST /api/v1/models/model/toggle``
        """
        return await _api.toggle_model_by_id.asyncio(
            client=self._client,
            id=id,
        )

    async def update_model_access_by_id(
        self,
        body: ModelAccessGrantsForm | dict[str, Any],
    ) -> ModelModel | None:
        """Update Model Access By Id

        ``POST /api/v1/models/model/access/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.update_model_access_by_id.asyncio(
            client=self._client,
            body=body,
        )

    async def update_model_by_id(
        self,
        body: ModelForm | dict[str, Any],
    ) -> ModelModel | None:
        """Update Model By Id

        Update a workspace model's configuration.

        ``POST /api/v1/models/model/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.update_model_by_id.asyncio(
            client=self._client,
            body=body,
        )


class ModelsResource:
    """The ``models`` endpoints: ``client.models`` of :class:`owui_sdk.OpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create_new_model(
        self,
        body: ModelForm | dict[str, Any],
    ) -> ModelModel:
        """Create New Model

        Create a new workspace model entry.

        ``POST /api/v1/models/create``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.create_new_model.sync(
            client=self._client,
            body=body,
        )

    def delete_all_models(
        self,
    ) -> bool:
        """Delete All Models

        ``DELETE /api/v1/models/delete/all``
        """
        return _api.delete_all_models.sync(
            client=self._client,
        )

    def delete_model_by_id(
        self,
        body: ModelIdForm | dict[str, Any],
    ) -> bool:
        """Delete Model By Id

        ``POST /api/v1/models/model/delete``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.delete_model_by_id.sync(
            client=self._client,
            body=body,
        )

    def delete_model_history_entry(
        self,
        history_id: str,
        *,
        id: str,
    ) -> bool:
        """Delete Model History Entry

        ``DELETE /api/v1/models/model/history/{history_id}``
        """
        return _api.delete_model_history_entry.sync(
            history_id,
            client=self._client,
            id=id,
        )

    def export_models(
        self,
        *,
        ids: list[str] | None | Unset = UNSET,
    ) -> list[ModelExportResponse]:
        """Export Models

        ``GET /api/v1/models/export``
        """
        return _api.export_models.sync(
            client=self._client,
            ids=ids,
        )

    def get_all_model_records(
        self,
    ) -> list[ModelResponse]:
        """Get All Model Records

        ``GET /api/v1/models/all``
        """
        return _api.get_all_model_records.sync(
            client=self._client,
        )

    def get_base_model_tags(
        self,
    ) -> list[str]:
        """Get Base Model Tags

        ``GET /api/v1/models/base/tags``
        """
        return _api.get_base_model_tags.sync(
            client=self._client,
        )

    def get_base_models(
        self,
        *,
        tag: None | str | Unset = UNSET,
    ) -> list[ModelResponse]:
        """Get Base Models

        ``GET /api/v1/models/base``
        """
        return _api.get_base_models.sync(
            client=self._client,
            tag=tag,
        )

    def get_model_by_id(
        self,
        *,
        id: str,
    ) -> ModelAccessResponse:
        """Get Model By Id

        ``GET /api/v1/models/model``
        """
        return _api.get_model_by_id.sync(
            client=self._client,
            id=id,
        )

    def get_model_history(
        self,
        *,
        id: str,
        page: int | Unset = 1,
    ) -> list[ModelHistoryModelHistoryResponse]:
        """Get Model History

        ``GET /api/v1/models/model/history``
        """
        return _api.get_model_history.sync(
            client=self._client,
            id=id,
            page=page,
        )

    def get_model_history_entry(
        self,
        history_id: str,
        *,
        id: str,
    ) -> ModelHistoryModel:
        """Get Model History Entry

        ``GET /api/v1/models/model/history/{history_id}``
        """
        return _api.get_model_history_entry.sync(
            history_id,
            client=self._client,
            id=id,
        )

    def get_model_profile_image(
        self,
        *,
        id: str,
    ) -> Any:
        """Get Model Profile Image

        ``GET /api/v1/models/model/profile/image``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_model_profile_image.sync(
            client=self._client,
            id=id,
        )

    def get_model_tags(
        self,
    ) -> list[str]:
        """Get Model Tags

        ``GET /api/v1/models/tags``
        """
        return _api.get_model_tags.sync(
            client=self._client,
        )

    def get_models(
        self,
        *,
        query: None | str | Unset = UNSET,
        view_option: None | str | Unset = UNSET,
        tag: None | str | Unset = UNSET,
        order_by: None | str | Unset = UNSET,
        direction: None | str | Unset = UNSET,
        page: int | None | Unset = 1,
    ) -> ModelAccessListResponse:
        """Get Models

        ``GET /api/v1/models/list``
        """
        return _api.get_models.sync(
            client=self._client,
            query=query,
            view_option=view_option,
            tag=tag,
            order_by=order_by,
            direction=direction,
            page=page,
        )

    def import_models(
        self,
        body: ModelsImportForm | dict[str, Any],
    ) -> bool:
        """Import Models

        ``POST /api/v1/models/import``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.import_models.sync(
            client=self._client,
            body=body,
        )

    def set_model_version(
        self,
        body: ModelVersionForm | dict[str, Any],
        *,
        id: str,
    ) -> ModelModel:
        """Set Model Version

        ``POST /api/v1/models/model/update/version``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.set_model_version.sync(
            client=self._client,
            body=body,
            id=id,
        )

    def sync_models(
        self,
        body: SyncModelsForm | dict[str, Any],
    ) -> list[ModelModel]:
        """Sync Models

        ``POST /api/v1/models/sync``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.sync_models.sync(
            client=self._client,
            body=body,
        )

    def toggle_model_by_id(
        self,
        *,
        id: str,
    ) -> ModelResponse:
        """Toggle Model By Id

        ``POST /api/v1/models/model/toggle``
        """
        return _api.toggle_model_by_id.sync(
            client=self._client,
            id=id,
        )

    def update_model_access_by_id(
        self,
        body: ModelAccessGrantsForm | dict[str, Any],
    ) -> ModelModel | None:
        """Update Model Access By Id

        ``POST /api/v1/models/model/access/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.update_model_access_by_id.sync(
            client=self._client,
            body=body,
        )

    def update_model_by_id(
        self,
        body: ModelForm | dict[str, Any],
    ) -> ModelModel | None:
        """Update Model By Id

        Update a workspace model's configuration.

        ``POST /api/v1/models/model/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.update_model_by_id.sync(
            client=self._client,
            body=body,
        )
