"""``client.folders``: the ``folders`` endpoints of Open WebUI as methods; generated, do not edit.

Each method calls the function of the same name in :mod:`owui_sdk.api.folders`, which loads
on the method's first call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._types import UNSET
from ..api import folders as _api

if TYPE_CHECKING:
    from .._endpoint import AsyncClient, SyncClient
    from .._generated.models.folder_access_grants_form import FolderAccessGrantsForm
    from .._generated.models.folder_form import FolderForm
    from .._generated.models.folder_is_expanded_form import FolderIsExpandedForm
    from .._generated.models.folder_model import FolderModel
    from .._generated.models.folder_name_id_response import FolderNameIdResponse
    from .._generated.models.folder_parent_id_form import FolderParentIdForm
    from .._generated.models.folder_response import FolderResponse
    from .._generated.models.folder_update_form import FolderUpdateForm
    from .._types import Unset

__all__ = ["AsyncFoldersResource", "FoldersResource"]


class AsyncFoldersResource:
    """The ``folders`` endpoints (asyncio): ``client.folders`` of :class:`owui_sdk.AsyncOpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create_folder(
        self,
        body: FolderForm | dict[str, Any],
    ) -> FolderModel:
        """Create Folder

        ``POST /api/v1/folders/``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.create_folder.asyncio(
            client=self._client,
            body=body,
        )

    async def delete_folder_by_id(
        self,
        id: str,
        *,
        delete_contents: bool | None | Unset = True,
    ) -> bool:
        """Delete Folder By Id

        ``DELETE /api/v1/folders/{id}``
        """
        return await _api.delete_folder_by_id.asyncio(
            id,
            client=self._client,
            delete_contents=delete_contents,
        )

    async def get_folder_by_id(
        self,
        id: str,
    ) -> FolderResponse:
        """Get Folder By Id

        ``GET /api/v1/folders/{id}``
        """
        return await _api.get_folder_by_id.asyncio(
            id,
            client=self._client,
        )

    async def get_folders(
        self,
    ) -> list[FolderNameIdResponse]:
        """Get Folders

        ``GET /api/v1/folders/``
        """
        return await _api.get_folders.asyncio(
            client=self._client,
        )

    async def get_shared_folder_chats(
        self,
        id: str,
        *,
        page: int | None | Unset = UNSET,
        sort_by: str | Unset = "unread_updated_at",
        sort_dir: str | Unset = "desc",
    ) -> Any:
        """Get Shared Folder Chats

        Get chats within a shared folder. Returns readonly flag based on permission.

        ``GET /api/v1/folders/{id}/shared/chats``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_shared_folder_chats.asyncio(
            id,
            client=self._client,
            page=page,
            sort_by=sort_by,
            sort_dir=sort_dir,
        )

    async def get_shared_folders(
        self,
    ) -> Any:
        """Get Shared Folders

        Get folders shared with or by the current user.

        ``GET /api/v1/folders/shared``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_shared_folders.asyncio(
            client=self._client,
        )

    async def mark_folder_chats_read_by_id(
        self,
        id: str,
    ) -> Any:
        """Mark Folder Chats Read By Id

        ``POST /api/v1/folders/{id}/read``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.mark_folder_chats_read_by_id.asyncio(
            id,
            client=self._client,
        )

    async def update_folder_access_by_id(
        self,
        id: str,
        body: FolderAccessGrantsForm | dict[str, Any],
    ) -> Any:
        """Update Folder Access By Id

        ``POST /api/v1/folders/{id}/access/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.update_folder_access_by_id.asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def update_folder_is_expanded_by_id(
        self,
        id: str,
        body: FolderIsExpandedForm | dict[str, Any],
    ) -> FolderModel:
        """Update Folder Is Expanded By Id

        ``POST /api/v1/folders/{id}/update/expanded``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.update_folder_is_expanded_by_id.asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def update_folder_name_by_id(
        self,
        id: str,
        body: FolderUpdateForm | dict[str, Any],
    ) -> FolderModel:
        """Update Folder Name By Id

        ``POST /api/v1/folders/{id}/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.update_folder_name_by_id.asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def update_folder_parent_id_by_id(
        self,
        id: str,
        body: FolderParentIdForm | dict[str, Any],
    ) -> FolderModel:
        """Update Folder Parent Id By Id

        ``POST /api/v1/folders/{id}/update/parent``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.update_folder_parent_id_by_id.asyncio(
            id,
            client=self._client,
            body=body,
        )


class FoldersResource:
    """The ``folders`` endpoints: ``client.folders`` of :class:`owui_sdk.OpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create_folder(
        self,
        body: FolderForm | dict[str, Any],
    ) -> FolderModel:
        """Create Folder

        ``POST /api/v1/folders/``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.create_folder.sync(
            client=self._client,
            body=body,
        )

    def delete_folder_by_id(
        self,
        id: str,
        *,
        delete_contents: bool | None | Unset = True,
    ) -> bool:
        """Delete Folder By Id

        ``DELETE /api/v1/folders/{id}``
        """
        return _api.delete_folder_by_id.sync(
            id,
            client=self._client,
            delete_contents=delete_contents,
        )

    def get_folder_by_id(
        self,
        id: str,
    ) -> FolderResponse:
        """Get Folder By Id

        ``GET /api/v1/folders/{id}``
        """
        return _api.get_folder_by_id.sync(
            id,
            client=self._client,
        )

    def get_folders(
        self,
    ) -> list[FolderNameIdResponse]:
        """Get Folders

        ``GET /api/v1/folders/``
        """
        return _api.get_folders.sync(
            client=self._client,
        )

    def get_shared_folder_chats(
        self,
        id: str,
        *,
        page: int | None | Unset = UNSET,
        sort_by: str | Unset = "unread_updated_at",
        sort_dir: str | Unset = "desc",
    ) -> Any:
        """Get Shared Folder Chats

        Get chats within a shared folder. Returns readonly flag based on permission.

        ``GET /api/v1/folders/{id}/shared/chats``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_shared_folder_chats.sync(
            id,
            client=self._client,
            page=page,
            sort_by=sort_by,
            sort_dir=sort_dir,
        )

    def get_shared_folders(
        self,
    ) -> Any:
        """Get Shared Folders

        Get folders shared with or by the current user.

        ``GET /api/v1/folders/shared``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_shared_folders.sync(
            client=self._client,
        )

    def mark_folder_chats_read_by_id(
        self,
        id: str,
    ) -> Any:
        """Mark Folder Chats Read By Id

        ``POST /api/v1/folders/{id}/read``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.mark_folder_chats_read_by_id.sync(
            id,
            client=self._client,
        )

    def update_folder_access_by_id(
        self,
        id: str,
        body: FolderAccessGrantsForm | dict[str, Any],
    ) -> Any:
        """Update Folder Access By Id

        ``POST /api/v1/folders/{id}/access/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.update_folder_access_by_id.sync(
            id,
            client=self._client,
            body=body,
        )

    def update_folder_is_expanded_by_id(
        self,
        id: str,
        body: FolderIsExpandedForm | dict[str, Any],
    ) -> FolderModel:
        """Update Folder Is Expanded By Id

        ``POST /api/v1/folders/{id}/update/expanded``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.update_folder_is_expanded_by_id.sync(
            id,
            client=self._client,
            body=body,
        )

    def update_folder_name_by_id(
        self,
        id: str,
        body: FolderUpdateForm | dict[str, Any],
    ) -> FolderModel:
        """Update Folder Name By Id

        ``POST /api/v1/folders/{id}/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.update_folder_name_by_id.sync(
            id,
            client=self._client,
            body=body,
        )

    def update_folder_parent_id_by_id(
        self,
        id: str,
        body: FolderParentIdForm | dict[str, Any],
    ) -> FolderModel:
        """Update Folder Parent Id By Id

        ``POST /api/v1/folders/{id}/update/parent``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.update_folder_parent_id_by_id.sync(
            id,
            client=self._client,
            body=body,
        )
