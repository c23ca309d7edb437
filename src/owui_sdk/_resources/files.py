"""``client.files``: the ``files`` endpoints of Open WebUI as methods; generated, do not edit.

Each method calls the function of the same name in :mod:`owui_sdk.api.files`, which loads
on the method's first call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..api import files as _api

if TYPE_CHECKING:
    from .._endpoint import AsyncClient, SyncClient
    from .._generated.models.content_form import ContentForm
    from .._generated.models.file_content_response import FileContentResponse
    from .._generated.models.file_list_response import FileListResponse
    from .._generated.models.file_message_response import FileMessageResponse
    from .._generated.models.file_model import FileModel
    from .._generated.models.file_model_response import FileModelResponse
    from .._generated.models.file_rename_form import FileRenameForm
    from .._generated.models.upload_file_body import UploadFileBody
    from .._types import Unset

__all__ = ["AsyncFilesResource", "FilesResource"]


class AsyncFilesResource:
    """The ``files`` endpoints (asyncio): ``client.files`` of :class:`owui_sdk.AsyncOpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def count_files(
        self,
    ) -> int:
        """Count Files

        ``GET /api/v1/files/count``
        """
        return await _api.count_files.asyncio(
            client=self._client,
        )

    async def count_user_files(
        self,
    ) -> int:
        """Count User Files

        ``GET /api/v1/files/user/count``
        """
        return await _api.count_user_files.asyncio(
            client=self._client,
        )

    async def delete_all_files(
        self,
    ) -> Any:
        """Delete All Files

        ``DELETE /api/v1/files/all``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.delete_all_files.asyncio(
            client=self._client,
        )

    async def delete_file_by_id(
        self,
        id: str,
    ) -> FileMessageResponse:
        """Delete File By Id

        ``DELETE /api/v1/files/{id}``
        """
        return await _api.delete_file_by_id.asyncio(
            id,
            client=self._client,
        )

    async def get_file_by_id(
        self,
        id: str,
    ) -> FileModel:
        """Get File By Id

        ``GET /api/v1/files/{id}``
        """
        return await _api.get_file_by_id.asyncio(
            id,
            client=self._client,
        )

    async def get_file_content_by_id(
        self,
        id: str,
        *,
        attachment: bool | Unset = False,
    ) -> Any:
        """Get File Content By Id

        ``GET /api/v1/files/{id}/content``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_file_content_by_id.asyncio(
            id,
            client=self._client,
            attachment=attachment,
        )

    async def get_file_content_by_id_by_file_name(
        self,
        id: str,
        file_name: str,
    ) -> Any:
        """Get File Content By Id

        ``GET /api/v1/files/{id}/content/{file_name}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_file_content_by_id_by_file_name.asyncio(
            id,
            file_name,
            client=self._client,
        )

    async def get_file_data_content_by_id(
        self,
        id: str,
    ) -> FileContentResponse:
        """Get File Data Content By Id

        ``GET /api/v1/files/{id}/data/content``
        """
        return await _api.get_file_data_content_by_id.asyncio(
            id,
            client=self._client,
        )

    async def get_file_process_status(
        self,
        id: str,
        *,
        stream: bool | Unset = False,
    ) -> Any:
        """Get File Process Status

        ``GET /api/v1/files/{id}/process/status``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_file_process_status.asyncio(
            id,
            client=self._client,
            stream=stream,
        )

    async def get_html_file_content_by_id(
        self,
        id: str,
    ) -> Any:
        """Get Html File Content By Id

        ``GET /api/v1/files/{id}/content/html``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_html_file_content_by_id.asyncio(
            id,
            client=self._client,
        )

    async def list_files(
        self,
        *,
        page: int | Unset = 1,
        content: bool | Unset = True,
    ) -> FileListResponse:
        """List Files

        ``GET /api/v1/files/``

        Args:
            page (int | Unset): Page number (1-indexed) Default: 1.
        """
        return await _api.list_files.asyncio(
            client=self._client,
            page=page,
            content=content,
        )

    async def rename_file_by_id(
        self,
        id: str,
        body: FileRenameForm | dict[str, Any],
    ) -> FileModel:
        """Rename File By Id

        ``POST /api/v1/files/{id}/rename``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.rename_file_by_id.asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def search_files(
        self,
        *,
        filename: str,
        content: bool | Unset = True,
        skip: int | Unset = 0,
        limit: int | Unset = 100,
    ) -> list[FileModelResponse]:
        """Search Files

        ``GET /api/v1/files/search``

        Args:
            filename (str): Filename pattern to search for. Supports wildcards such as '*.txt'
            skip (int | Unset): Number of files to skip Default: 0.
            limit (int | Unset): Maximum number of files to return Default: 100.
        """
        return await _api.search_files.asyncio(
            client=self._client,
            filename=filename,
            content=content,
            skip=skip,
            limit=limit,
        )

    async def search_user_files(
        self,
        *,
        filename: str | Unset = "*",
        content: bool | Unset = False,
        skip: int | Unset = 0,
        limit: int | Unset = 50,
    ) -> list[FileModelResponse]:
        """Search User Files

        ``GET /api/v1/files/user/search``
        """
        return await _api.search_user_files.asyncio(
            client=self._client,
            filename=filename,
            content=content,
            skip=skip,
            limit=limit,
        )

    async def update_file_data_content_by_id(
        self,
        id: str,
        body: ContentForm | dict[str, Any],
    ) -> FileContentResponse:
        """Update File Data Content By Id

        ``POST /api/v1/files/{id}/data/content/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.update_file_data_content_by_id.asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def upload_file(
        self,
        body: UploadFileBody,
        *,
        process: bool | Unset = True,
        process_in_background: bool | Unset = True,
    ) -> FileModelResponse:
        """Upload File

        ``POST /api/v1/files/``

        Args:
            body: The request body.
        """
        return await _api.upload_file.asyncio(
            client=self._client,
            body=body,
            process=process,
            process_in_background=process_in_background,
        )


class FilesResource:
    """The ``files`` endpoints: ``client.files`` of :class:`owui_sdk.OpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def count_files(
        self,
    ) -> int:
        """Count Files

        ``GET /api/v1/files/count``
        """
        return _api.count_files.sync(
            client=self._client,
        )

    def count_user_files(
        self,
    ) -> int:
        """Count User Files

        ``GET /api/v1/files/user/count``
        """
        return _api.count_user_files.sync(
            client=self._client,
        )

    def delete_all_files(
        self,
    ) -> Any:
        """Delete All Files

        ``DELETE /api/v1/files/all``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.delete_all_files.sync(
            client=self._client,
        )

    def delete_file_by_id(
        self,
        id: str,
    ) -> FileMessageResponse:
        """Delete File By Id

        ``DELETE /api/v1/files/{id}``
        """
        return _api.delete_file_by_id.sync(
            id,
            client=self._client,
        )

    def get_file_by_id(
        self,
        id: str,
    ) -> FileModel:
        """Get File By Id

        ``GET /api/v1/files/{id}``
        """
        return _api.get_file_by_id.sync(
            id,
            client=self._client,
        )

    def get_file_content_by_id(
        self,
        id: str,
        *,
        attachment: bool | Unset = False,
    ) -> Any:
        """Get File Content By Id

        ``GET /api/v1/files/{id}/content``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_file_content_by_id.sync(
            id,
            client=self._client,
            attachment=attachment,
        )

    def get_file_content_by_id_by_file_name(
        self,
        id: str,
        file_name: str,
    ) -> Any:
        """Get File Content By Id

        ``GET /api/v1/files/{id}/content/{file_name}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_file_content_by_id_by_file_name.sync(
            id,
            file_name,
            client=self._client,
        )

    def get_file_data_content_by_id(
        self,
        id: str,
    ) -> FileContentResponse:
        """Get File Data Content By Id

        ``GET /api/v1/files/{id}/data/content``
        """
        return _api.get_file_data_content_by_id.sync(
            id,
            client=self._client,
        )

    def get_file_process_status(
        self,
        id: str,
        *,
        stream: bool | Unset = False,
    ) -> Any:
        """Get File Process Status

        ``GET /api/v1/files/{id}/process/status``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_file_process_status.sync(
            id,
            client=self._client,
            stream=stream,
        )

    def get_html_file_content_by_id(
        self,
        id: str,
    ) -> Any:
        """Get Html File Content By Id

        ``GET /api/v1/files/{id}/content/html``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_html_file_content_by_id.sync(
            id,
            client=self._client,
        )

    def list_files(
        self,
        *,
        page: int | Unset = 1,
        content: bool | Unset = True,
    ) -> FileListResponse:
        """List Files

        ``GET /api/v1/files/``

        Args:
            page (int | Unset): Page number (1-indexed) Default: 1.
        """
        return _api.list_files.sync(
            client=self._client,
            page=page,
            content=content,
        )

    def rename_file_by_id(
        self,
        id: str,
        body: FileRenameForm | dict[str, Any],
    ) -> FileModel:
        """Rename File By Id

        ``POST /api/v1/files/{id}/rename``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.rename_file_by_id.sync(
            id,
            client=self._client,
            body=body,
        )

    def search_files(
        self,
        *,
        filename: str,
        content: bool | Unset = True,
        skip: int | Unset = 0,
        limit: int | Unset = 100,
    ) -> list[FileModelResponse]:
        """Search Files

        ``GET /api/v1/files/search``

        Args:
            filename (str): Filename pattern to search for. Supports wildcards such as '*.txt'
            skip (int | Unset): Number of files to skip Default: 0.
            limit (int | Unset): Maximum number of files to return Default: 100.
        """
        return _api.search_files.sync(
            client=self._client,
            filename=filename,
            content=content,
            skip=skip,
            limit=limit,
        )

    def search_user_files(
        self,
        *,
        filename: str | Unset = "*",
        content: bool | Unset = False,
        skip: int | Unset = 0,
        limit: int | Unset = 50,
    ) -> list[FileModelResponse]:
        """Search User Files

        ``GET /api/v1/files/user/search``
        """
        return _api.search_user_files.sync(
            client=self._client,
            filename=filename,
            content=content,
            skip=skip,
            limit=limit,
        )

    def update_file_data_content_by_id(
        self,
        id: str,
        body: ContentForm | dict[str, Any],
    ) -> FileContentResponse:
        """Update File Data Content By Id

        ``POST /api/v1/files/{id}/data/content/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.update_file_data_content_by_id.sync(
            id,
            client=self._client,
            body=body,
        )

    def upload_file(
        self,
        body: UploadFileBody,
        *,
        process: bool | Unset = True,
        process_in_background: bool | Unset = True,
    ) -> FileModelResponse:
        """Upload File

        ``POST /api/v1/files/``

        Args:
            body: The request body.
        """
        return _api.upload_file.sync(
            client=self._client,
            body=body,
            process=process,
            process_in_background=process_in_background,
        )
