"""``client.knowledge``: the ``knowledge`` endpoints of Open WebUI as methods; generated, do not edit.

Each method calls the function of the same name in :mod:`owui_sdk.api.knowledge`, which loads
on the method's first call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._types import UNSET
from ..api import knowledge as _api

if TYPE_CHECKING:
    from .._endpoint import AsyncClient, SyncClient
    from .._generated.models.external_knowledge_connection_form import (
        ExternalKnowledgeConnectionForm,
    )
    from .._generated.models.external_knowledge_connection_list_response import (
        ExternalKnowledgeConnectionListResponse,
    )
    from .._generated.models.external_knowledge_create_form import ExternalKnowledgeCreateForm
    from .._generated.models.external_knowledge_retrieve_test_form import (
        ExternalKnowledgeRetrieveTestForm,
    )
    from .._generated.models.external_knowledge_source_create_form import (
        ExternalKnowledgeSourceCreateForm,
    )
    from .._generated.models.external_knowledge_source_test_form import (
        ExternalKnowledgeSourceTestForm,
    )
    from .._generated.models.external_knowledge_source_update_form import (
        ExternalKnowledgeSourceUpdateForm,
    )
    from .._generated.models.knowledge_access_grants_form import KnowledgeAccessGrantsForm
    from .._generated.models.knowledge_access_list_response import KnowledgeAccessListResponse
    from .._generated.models.knowledge_directory_create_form import KnowledgeDirectoryCreateForm
    from .._generated.models.knowledge_directory_model import KnowledgeDirectoryModel
    from .._generated.models.knowledge_directory_update_form import KnowledgeDirectoryUpdateForm
    from .._generated.models.knowledge_file_id_form import KnowledgeFileIdForm
    from .._generated.models.knowledge_file_list_response import KnowledgeFileListResponse
    from .._generated.models.knowledge_file_move_form import KnowledgeFileMoveForm
    from .._generated.models.knowledge_files_response import KnowledgeFilesResponse
    from .._generated.models.knowledge_form import KnowledgeForm
    from .._generated.models.knowledge_response import KnowledgeResponse
    from .._generated.models.sync_cleanup_form import SyncCleanupForm
    from .._generated.models.sync_diff_form import SyncDiffForm
    from .._generated.models.sync_diff_response import SyncDiffResponse
    from .._types import Unset

__all__ = ["AsyncKnowledgeResource", "KnowledgeResource"]


class AsyncKnowledgeResource:
    """The ``knowledge`` endpoints (asyncio): ``client.knowledge`` of :class:`owui_sdk.AsyncOpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def add_file_to_knowledge_by_id(
        self,
        id: str,
        body: KnowledgeFileIdForm | dict[str, Any],
    ) -> KnowledgeFilesResponse:
        """Add File To Knowledge By Id

        ``POST /api/v1/knowledge/{id}/file/add``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.add_file_to_knowledge_by_id.asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def add_files_to_knowledge_batch(
        self,
        id: str,
        body: list[KnowledgeFileIdForm],
    ) -> KnowledgeFilesResponse:
        """Add Files To Knowledge Batch

        Add multiple files to a knowledge base

        ``POST /api/v1/knowledge/{id}/files/batch/add``

        Args:
            body: The request body.
        """
        return await _api.add_files_to_knowledge_batch.asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def create_external_knowledge(
        self,
        body: ExternalKnowledgeCreateForm | dict[str, Any],
    ) -> KnowledgeResponse | None:
        """Create External Knowledge

        ``POST /api/v1/knowledge/external/knowledge/create``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.create_external_knowledge.asyncio(
            client=self._client,
            body=body,
        )

    async def create_external_knowledge_connection(
        self,
        body: ExternalKnowledgeConnectionForm | dict[str, Any],
    ) -> dict[str, Any]:
        """Create External Knowledge Connection

        ``POST /api/v1/knowledge/external/connections``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.create_external_knowledge_connection.asyncio(
            client=self._client,
            body=body,
        )

    async def create_external_knowledge_source(
        self,
        body: ExternalKnowledgeSourceCreateForm | dict[str, Any],
    ) -> KnowledgeResponse | None:
        """Create External Knowledge Source

        ``POST /api/v1/knowledge/external/source/create``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.create_external_knowledge_source.asyncio(
            client=self._client,
            body=body,
        )

    async def create_knowledge_directory(
        self,
        id: str,
        body: KnowledgeDirectoryCreateForm | dict[str, Any],
    ) -> KnowledgeDirectoryModel:
        """Create Knowledge Directory

        ``POST /api/v1/knowledge/{id}/dirs/create``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.create_knowledge_directory.asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def create_new_knowledge(
        self,
        body: KnowledgeForm | dict[str, Any],
    ) -> KnowledgeResponse:
        """Create New Knowledge

        ``POST /api/v1/knowledge/create``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.create_new_knowledge.asyncio(
            client=self._client,
            body=body,
        )

    async def delete_external_knowledge_connection(
        self,
        id: str,
    ) -> bool:
        """Delete External Knowledge Connection

        ``DELETE /api/v1/knowledge/external/connections/{id}``
        """
        return await _api.delete_external_knowledge_connection.asyncio(
            id,
            client=self._client,
        )

    async def delete_knowledge_by_id(
        self,
        id: str,
    ) -> bool:
        """Delete Knowledge By Id

        ``DELETE /api/v1/knowledge/{id}/delete``
        """
        return await _api.delete_knowledge_by_id.asyncio(
            id,
            client=self._client,
        )

    async def delete_knowledge_directory(
        self,
        id: str,
        dir_id: str,
        *,
        move_files: bool | Unset = True,
    ) -> Any:
        """Delete Knowledge Directory

        ``DELETE /api/v1/knowledge/{id}/dirs/{dir_id}/delete``

        Args:
            move_files (bool | Unset): If true, move contained files to parent. If false, delete them.
                Default: True.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.delete_knowledge_directory.asyncio(
            id,
            dir_id,
            client=self._client,
            move_files=move_files,
        )

    async def export_knowledge_by_id(
        self,
        id: str,
    ) -> Any:
        """Export Knowledge By Id

        Export a knowledge base as a zip file containing .txt files.
        Admin only.

        ``GET /api/v1/knowledge/{id}/export``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.export_knowledge_by_id.asyncio(
            id,
            client=self._client,
        )

    async def get_external_knowledge_connection(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Get External Knowledge Connection

        ``GET /api/v1/knowledge/external/connections/{id}``
        """
        return await _api.get_external_knowledge_connection.asyncio(
            id,
            client=self._client,
        )

    async def get_external_knowledge_connections(
        self,
    ) -> ExternalKnowledgeConnectionListResponse:
        """Get External Knowledge Connections

        ``GET /api/v1/knowledge/external/connections``
        """
        return await _api.get_external_knowledge_connections.asyncio(
            client=self._client,
        )

    async def get_knowledge_bases(
        self,
        *,
        page: int | None | Unset = 1,
    ) -> KnowledgeAccessListResponse:
        """Get Knowledge Bases

        ``GET /api/v1/knowledge/``
        """
        return await _api.get_knowledge_bases.asyncio(
            client=self._client,
            page=page,
        )

    async def get_knowledge_by_id(
        self,
        id: str,
    ) -> KnowledgeFilesResponse:
        """Get Knowledge By Id

        ``GET /api/v1/knowledge/{id}``
        """
        return await _api.get_knowledge_by_id.asyncio(
            id,
            client=self._client,
        )

    async def get_knowledge_files_by_id(
        self,
        id: str,
        *,
        query: None | str | Unset = UNSET,
        include_content: bool | Unset = False,
        view_option: None | str | Unset = UNSET,
        order_by: None | str | Unset = UNSET,
        direction: None | str | Unset = UNSET,
        directory_id: None | str | Unset = UNSET,
        page: int | None | Unset = 1,
        limit: int | None | Unset = UNSET,
    ) -> KnowledgeFileListResponse:
        """Get Knowledge Files By Id

        ``GET /api/v1/knowledge/{id}/files``

        Args:
            include_content (bool | Unset): Include file content in search (expensive). Default:
                False.
            directory_id (None | str | Unset): Filter by directory ID. Pass empty string for root.
            limit (int | None | Unset): Page size (admin only). Defaults to 30.
        """
        return await _api.get_knowledge_files_by_id.asyncio(
            id,
            client=self._client,
            query=query,
            include_content=include_content,
            view_option=view_option,
            order_by=order_by,
            direction=direction,
            directory_id=directory_id,
            page=page,
            limit=limit,
        )

    async def get_pending_knowledge_files(
        self,
        id: str,
        *,
        stream: bool | Unset = False,
    ) -> Any:
        """Get Pending Knowledge Files

        Return files that are being processed for this knowledge base but not yet linked.

        After a file is uploaded with ``knowledge_id`` in its metadata, the backend
        processes it in a background task before linking it to the ``knowledge_file``
        join table.  During this window the file is invisible to the normal file
        list endpoint.  This endpoint exposes those in-flight files so the frontend
        can show them with a processing indicator even after a page reload.

        When ``stream=true``, returns an SSE stream that polls every 3 seconds
        and emits the current pending file list.  Closes when no files remain.

        ``GET /api/v1/knowledge/{id}/files/pending``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_pending_knowledge_files.asyncio(
            id,
            client=self._client,
            stream=stream,
        )

    async def move_file_in_knowledge(
        self,
        id: str,
        body: KnowledgeFileMoveForm | dict[str, Any],
    ) -> Any:
        """Move File In Knowledge

        ``POST /api/v1/knowledge/{id}/file/move``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.move_file_in_knowledge.asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def reindex_knowledge_base_metadata_embeddings(
        self,
    ) -> dict[str, Any]:
        """Reindex Knowledge Base Metadata Embeddings

        Batch embed all existing knowledge bases. Admin only.

        NOTE: We intentionally do NOT use Depends(get_async_session) here.
        This endpoint loops through ALL knowledge bases and calls embed_knowledge_base_metadata()
        for each one, making N external embedding API calls. Holding a session during
        this entire operation would exhaust the connection pool.

        ``POST /api/v1/knowledge/metadata/reindex``
        """
        return await _api.reindex_knowledge_base_metadata_embeddings.asyncio(
            client=self._client,
        )

    async def reindex_knowledge_files(
        self,
    ) -> bool:
        """Reindex Knowledge Files

        ``POST /api/v1/knowledge/reindex``
        """
        return await _api.reindex_knowledge_files.asyncio(
            client=self._client,
        )

    async def remove_file_from_knowledge_by_id(
        self,
        id: str,
        body: KnowledgeFileIdForm | dict[str, Any],
        *,
        delete_file: bool | Unset = True,
    ) -> KnowledgeFilesResponse:
        """Remove File From Knowledge By Id

        ``POST /api/v1/knowledge/{id}/file/remove``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.remove_file_from_knowledge_by_id.asyncio(
            id,
            client=self._client,
            body=body,
            delete_file=delete_file,
        )

    async def reset_knowledge_by_id(
        self,
        id: str,
        *,
        include_directories: bool | Unset = True,
    ) -> KnowledgeResponse | None:
        """Reset Knowledge By Id

        ``POST /api/v1/knowledge/{id}/reset``
        """
        return await _api.reset_knowledge_by_id.asyncio(
            id,
            client=self._client,
            include_directories=include_directories,
        )

    async def search_knowledge_bases(
        self,
        *,
        query: None | str | Unset = UNSET,
        view_option: None | str | Unset = UNSET,
        source: None | str | Unset = UNSET,
        page: int | None | Unset = 1,
        order_by: None | str | Unset = UNSET,
        direction: None | str | Unset = UNSET,
    ) -> KnowledgeAccessListResponse:
        """Search Knowledge Bases

        ``GET /api/v1/knowledge/search``
        """
        return await _api.search_knowledge_bases.asyncio(
            client=self._client,
            query=query,
            view_option=view_option,
            source=source,
            page=page,
            order_by=order_by,
            direction=direction,
        )

    async def search_knowledge_files(
        self,
        *,
        query: None | str | Unset = UNSET,
        include_content: bool | Unset = False,
        page: int | None | Unset = 1,
    ) -> KnowledgeFileListResponse:
        """Search Knowledge Files

        ``GET /api/v1/knowledge/search/files``

        Args:
            include_content (bool | Unset): Include file content in search (expensive). Default:
                False.
        """
        return await _api.search_knowledge_files.asyncio(
            client=self._client,
            query=query,
            include_content=include_content,
            page=page,
        )

    async def sync_knowledge_cleanup(
        self,
        id: str,
        body: SyncCleanupForm | dict[str, Any],
    ) -> Any:
        """Sync Knowledge Cleanup

        Remove stale files and orphaned directories from a knowledge base
        after an incremental sync.

        ``POST /api/v1/knowledge/{id}/sync/cleanup``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.sync_knowledge_cleanup.asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def sync_knowledge_diff(
        self,
        id: str,
        body: SyncDiffForm | dict[str, Any],
    ) -> SyncDiffResponse:
        """Sync Knowledge Diff

        Compare a local file manifest against the knowledge base to determine
        which files need uploading, removing, and which directories to create/remove.

        ``POST /api/v1/knowledge/{id}/sync/diff``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.sync_knowledge_diff.asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def test_external_knowledge_connection(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Test External Knowledge Connection

        ``POST /api/v1/knowledge/external/connections/{id}/test``
        """
        return await _api.test_external_knowledge_connection.asyncio(
            id,
            client=self._client,
        )

    async def test_external_knowledge_retrieval(
        self,
        id: str,
        body: ExternalKnowledgeRetrieveTestForm | dict[str, Any],
    ) -> dict[str, Any]:
        """Test External Knowledge Retrieval

        ``POST /api/v1/knowledge/external/connections/{id}/retrieve-test``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.test_external_knowledge_retrieval.asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def test_external_knowledge_source(
        self,
        body: ExternalKnowledgeSourceTestForm | dict[str, Any],
    ) -> dict[str, Any]:
        """Test External Knowledge Source

        ``POST /api/v1/knowledge/external/source/test``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.test_external_knowledge_source.asyncio(
            client=self._client,
            body=body,
        )

    async def update_external_knowledge_connection(
        self,
        id: str,
        body: ExternalKnowledgeConnectionForm | dict[str, Any],
    ) -> dict[str, Any]:
        """Update External Knowledge Connection

        ``PATCH /api/v1/knowledge/external/connections/{id}``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.update_external_knowledge_connection.asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def update_external_knowledge_source(
        self,
        id: str,
        body: ExternalKnowledgeSourceUpdateForm | dict[str, Any],
    ) -> KnowledgeResponse:
        """Update External Knowledge Source

        ``PATCH /api/v1/knowledge/external/source/{id}``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.update_external_knowledge_source.asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def update_file_from_knowledge_by_id(
        self,
        id: str,
        body: KnowledgeFileIdForm | dict[str, Any],
    ) -> KnowledgeFilesResponse:
        """Update File From Knowledge By Id

        ``POST /api/v1/knowledge/{id}/file/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.update_file_from_knowledge_by_id.asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def update_knowledge_access_by_id(
        self,
        id: str,
        body: KnowledgeAccessGrantsForm | dict[str, Any],
    ) -> KnowledgeFilesResponse:
        """Update Knowledge Access By Id

        ``POST /api/v1/knowledge/{id}/access/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.update_knowledge_access_by_id.asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def update_knowledge_by_id(
        self,
        id: str,
        body: KnowledgeForm | dict[str, Any],
    ) -> KnowledgeFilesResponse:
        """Update Knowledge By Id

        ``POST /api/v1/knowledge/{id}/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.update_knowledge_by_id.asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def update_knowledge_directory(
        self,
        id: str,
        dir_id: str,
        body: KnowledgeDirectoryUpdateForm | dict[str, Any],
    ) -> KnowledgeDirectoryModel:
        """Update Knowledge Directory

        ``POST /api/v1/knowledge/{id}/dirs/{dir_id}/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.update_knowledge_directory.asyncio(
            id,
            dir_id,
            client=self._client,
            body=body,
        )


class KnowledgeResource:
    """The ``knowledge`` endpoints: ``client.knowledge`` of :class:`owui_sdk.OpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def add_file_to_knowledge_by_id(
        self,
        id: str,
        body: KnowledgeFileIdForm | dict[str, Any],
    ) -> KnowledgeFilesResponse:
        """Add File To Knowledge By Id

        ``POST /api/v1/knowledge/{id}/file/add``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.add_file_to_knowledge_by_id.sync(
            id,
            client=self._client,
            body=body,
        )

    def add_files_to_knowledge_batch(
        self,
        id: str,
        body: list[KnowledgeFileIdForm],
    ) -> KnowledgeFilesResponse:
        """Add Files To Knowledge Batch

        Add multiple files to a knowledge base

        ``POST /api/v1/knowledge/{id}/files/batch/add``

        Args:
            body: The request body.
        """
        return _api.add_files_to_knowledge_batch.sync(
            id,
            client=self._client,
            body=body,
        )

    def create_external_knowledge(
        self,
        body: ExternalKnowledgeCreateForm | dict[str, Any],
    ) -> KnowledgeResponse | None:
        """Create External Knowledge

        ``POST /api/v1/knowledge/external/knowledge/create``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.create_external_knowledge.sync(
            client=self._client,
            body=body,
        )

    def create_external_knowledge_connection(
        self,
        body: ExternalKnowledgeConnectionForm | dict[str, Any],
    ) -> dict[str, Any]:
        """Create External Knowledge Connection

        ``POST /api/v1/knowledge/external/connections``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.create_external_knowledge_connection.sync(
            client=self._client,
            body=body,
        )

    def create_external_knowledge_source(
        self,
        body: ExternalKnowledgeSourceCreateForm | dict[str, Any],
    ) -> KnowledgeResponse | None:
        """Create External Knowledge Source

        ``POST /api/v1/knowledge/external/source/create``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.create_external_knowledge_source.sync(
            client=self._client,
            body=body,
        )

    def create_knowledge_directory(
        self,
        id: str,
        body: KnowledgeDirectoryCreateForm | dict[str, Any],
    ) -> KnowledgeDirectoryModel:
        """Create Knowledge Directory

        ``POST /api/v1/knowledge/{id}/dirs/create``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.create_knowledge_directory.sync(
            id,
            client=self._client,
            body=body,
        )

    def create_new_knowledge(
        self,
        body: KnowledgeForm | dict[str, Any],
    ) -> KnowledgeResponse:
        """Create New Knowledge

        ``POST /api/v1/knowledge/create``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.create_new_knowledge.sync(
            client=self._client,
            body=body,
        )

    def delete_external_knowledge_connection(
        self,
        id: str,
    ) -> bool:
        """Delete External Knowledge Connection

        ``DELETE /api/v1/knowledge/external/connections/{id}``
        """
        return _api.delete_external_knowledge_connection.sync(
            id,
            client=self._client,
        )

    def delete_knowledge_by_id(
        self,
        id: str,
    ) -> bool:
        """Delete Knowledge By Id

        ``DELETE /api/v1/knowledge/{id}/delete``
        """
        return _api.delete_knowledge_by_id.sync(
            id,
            client=self._client,
        )

    def delete_knowledge_directory(
        self,
        id: str,
        dir_id: str,
        *,
        move_files: bool | Unset = True,
    ) -> Any:
        """Delete Knowledge Directory

        ``DELETE /api/v1/knowledge/{id}/dirs/{dir_id}/delete``

        Args:
            move_files (bool | Unset): If true, move contained files to parent. If false, delete them.
                Default: True.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.delete_knowledge_directory.sync(
            id,
            dir_id,
            client=self._client,
            move_files=move_files,
        )

    def export_knowledge_by_id(
        self,
        id: str,
    ) -> Any:
        """Export Knowledge By Id

        Export a knowledge base as a zip file containing .txt files.
        Admin only.

        ``GET /api/v1/knowledge/{id}/export``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.export_knowledge_by_id.sync(
            id,
            client=self._client,
        )

    def get_external_knowledge_connection(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Get External Knowledge Connection

        ``GET /api/v1/knowledge/external/connections/{id}``
        """
        return _api.get_external_knowledge_connection.sync(
            id,
            client=self._client,
        )

    def get_external_knowledge_connections(
        self,
    ) -> ExternalKnowledgeConnectionListResponse:
        """Get External Knowledge Connections

        ``GET /api/v1/knowledge/external/connections``
        """
        return _api.get_external_knowledge_connections.sync(
            client=self._client,
        )

    def get_knowledge_bases(
        self,
        *,
        page: int | None | Unset = 1,
    ) -> KnowledgeAccessListResponse:
        """Get Knowledge Bases

        ``GET /api/v1/knowledge/``
        """
        return _api.get_knowledge_bases.sync(
            client=self._client,
            page=page,
        )

    def get_knowledge_by_id(
        self,
        id: str,
    ) -> KnowledgeFilesResponse:
        """Get Knowledge By Id

        ``GET /api/v1/knowledge/{id}``
        """
        return _api.get_knowledge_by_id.sync(
            id,
            client=self._client,
        )

    def get_knowledge_files_by_id(
        self,
        id: str,
        *,
        query: None | str | Unset = UNSET,
        include_content: bool | Unset = False,
        view_option: None | str | Unset = UNSET,
        order_by: None | str | Unset = UNSET,
        direction: None | str | Unset = UNSET,
        directory_id: None | str | Unset = UNSET,
        page: int | None | Unset = 1,
        limit: int | None | Unset = UNSET,
    ) -> KnowledgeFileListResponse:
        """Get Knowledge Files By Id

        ``GET /api/v1/knowledge/{id}/files``

        Args:
            include_content (bool | Unset): Include file content in search (expensive). Default:
                False.
            directory_id (None | str | Unset): Filter by directory ID. Pass empty string for root.
            limit (int | None | Unset): Page size (admin only). Defaults to 30.
        """
        return _api.get_knowledge_files_by_id.sync(
            id,
            client=self._client,
            query=query,
            include_content=include_content,
            view_option=view_option,
            order_by=order_by,
            direction=direction,
            directory_id=directory_id,
            page=page,
            limit=limit,
        )

    def get_pending_knowledge_files(
        self,
        id: str,
        *,
        stream: bool | Unset = False,
    ) -> Any:
        """Get Pending Knowledge Files

        Return files that are being processed for this knowledge base but not yet linked.

        After a file is uploaded with ``knowledge_id`` in its metadata, the backend
        processes it in a background task before linking it to the ``knowledge_file``
        join table.  During this window the file is invisible to the normal file
        list endpoint.  This endpoint exposes those in-flight files so the frontend
        can show them with a processing indicator even after a page reload.

        When ``stream=true``, returns an SSE stream that polls every 3 seconds
        and emits the current pending file list.  Closes when no files remain.

        ``GET /api/v1/knowledge/{id}/files/pending``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_pending_knowledge_files.sync(
            id,
            client=self._client,
            stream=stream,
        )

    def move_file_in_knowledge(
        self,
        id: str,
        body: KnowledgeFileMoveForm | dict[str, Any],
    ) -> Any:
        """Move File In Knowledge

        ``POST /api/v1/knowledge/{id}/file/move``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.move_file_in_knowledge.sync(
            id,
            client=self._client,
            body=body,
        )

    def reindex_knowledge_base_metadata_embeddings(
        self,
    ) -> dict[str, Any]:
        """Reindex Knowledge Base Metadata Embeddings

        Batch embed all existing knowledge bases. Admin only.

        NOTE: We intentionally do NOT use Depends(get_async_session) here.
        This endpoint loops through ALL knowledge bases and calls embed_knowledge_base_metadata()
        for each one, making N external embedding API calls. Holding a session during
        this entire operation would exhaust the connection pool.

        ``POST /api/v1/knowledge/metadata/reindex``
        """
        return _api.reindex_knowledge_base_metadata_embeddings.sync(
            client=self._client,
        )

    def reindex_knowledge_files(
        self,
    ) -> bool:
        """Reindex Knowledge Files

        ``POST /api/v1/knowledge/reindex``
        """
        return _api.reindex_knowledge_files.sync(
            client=self._client,
        )

    def remove_file_from_knowledge_by_id(
        self,
        id: str,
        body: KnowledgeFileIdForm | dict[str, Any],
        *,
        delete_file: bool | Unset = True,
    ) -> KnowledgeFilesResponse:
        """Remove File From Knowledge By Id

        ``POST /api/v1/knowledge/{id}/file/remove``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.remove_file_from_knowledge_by_id.sync(
            id,
            client=self._client,
            body=body,
            delete_file=delete_file,
        )

    def reset_knowledge_by_id(
        self,
        id: str,
        *,
        include_directories: bool | Unset = True,
    ) -> KnowledgeResponse | None:
        """Reset Knowledge By Id

        ``POST /api/v1/knowledge/{id}/reset``
        """
        return _api.reset_knowledge_by_id.sync(
            id,
            client=self._client,
            include_directories=include_directories,
        )

    def search_knowledge_bases(
        self,
        *,
        query: None | str | Unset = UNSET,
        view_option: None | str | Unset = UNSET,
        source: None | str | Unset = UNSET,
        page: int | None | Unset = 1,
        order_by: None | str | Unset = UNSET,
        direction: None | str | Unset = UNSET,
    ) -> KnowledgeAccessListResponse:
        """Search Knowledge Bases

        ``GET /api/v1/knowledge/search``
        """
        return _api.search_knowledge_bases.sync(
            client=self._client,
            query=query,
            view_option=view_option,
            source=source,
            page=page,
            order_by=order_by,
            direction=direction,
        )

    def search_knowledge_files(
        self,
        *,
        query: None | str | Unset = UNSET,
        include_content: bool | Unset = False,
        page: int | None | Unset = 1,
    ) -> KnowledgeFileListResponse:
        """Search Knowledge Files

        ``GET /api/v1/knowledge/search/files``

        Args:
            include_content (bool | Unset): Include file content in search (expensive). Default:
                False.
        """
        return _api.search_knowledge_files.sync(
            client=self._client,
            query=query,
            include_content=include_content,
            page=page,
        )

    def sync_knowledge_cleanup(
        self,
        id: str,
        body: SyncCleanupForm | dict[str, Any],
    ) -> Any:
        """Sync Knowledge Cleanup

        Remove stale files and orphaned directories from a knowledge base
        after an incremental sync.

        ``POST /api/v1/knowledge/{id}/sync/cleanup``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.sync_knowledge_cleanup.sync(
            id,
            client=self._client,
            body=body,
        )

    def sync_knowledge_diff(
        self,
        id: str,
        body: SyncDiffForm | dict[str, Any],
    ) -> SyncDiffResponse:
        """Sync Knowledge Diff

        Compare a local file manifest against the knowledge base to determine
        which files need uploading, removing, and which directories to create/remove.

        ``POST /api/v1/knowledge/{id}/sync/diff``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.sync_knowledge_diff.sync(
            id,
            client=self._client,
            body=body,
        )

    def test_external_knowledge_connection(
        self,
        id: str,
    ) -> dict[str, Any]:
        """Test External Knowledge Connection

        ``POST /api/v1/knowledge/external/connections/{id}/test``
        """
        return _api.test_external_knowledge_connection.sync(
            id,
            client=self._client,
        )

    def test_external_knowledge_retrieval(
        self,
        id: str,
        body: ExternalKnowledgeRetrieveTestForm | dict[str, Any],
    ) -> dict[str, Any]:
        """Test External Knowledge Retrieval

        ``POST /api/v1/knowledge/external/connections/{id}/retrieve-test``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.test_external_knowledge_retrieval.sync(
            id,
            client=self._client,
            body=body,
        )

    def test_external_knowledge_source(
        self,
        body: ExternalKnowledgeSourceTestForm | dict[str, Any],
    ) -> dict[str, Any]:
        """Test External Knowledge Source

        ``POST /api/v1/knowledge/external/source/test``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.test_external_knowledge_source.sync(
            client=self._client,
            body=body,
        )

    def update_external_knowledge_connection(
        self,
        id: str,
        body: ExternalKnowledgeConnectionForm | dict[str, Any],
    ) -> dict[str, Any]:
        """Update External Knowledge Connection

        ``PATCH /api/v1/knowledge/external/connections/{id}``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.update_external_knowledge_connection.sync(
            id,
            client=self._client,
            body=body,
        )

    def update_external_knowledge_source(
        self,
        id: str,
        body: ExternalKnowledgeSourceUpdateForm | dict[str, Any],
    ) -> KnowledgeResponse:
        """Update External Knowledge Source

        ``PATCH /api/v1/knowledge/external/source/{id}``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.update_external_knowledge_source.sync(
            id,
            client=self._client,
            body=body,
        )

    def update_file_from_knowledge_by_id(
        self,
        id: str,
        body: KnowledgeFileIdForm | dict[str, Any],
    ) -> KnowledgeFilesResponse:
        """Update File From Knowledge By Id

        ``POST /api/v1/knowledge/{id}/file/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.update_file_from_knowledge_by_id.sync(
            id,
            client=self._client,
            body=body,
        )

    def update_knowledge_access_by_id(
        self,
        id: str,
        body: KnowledgeAccessGrantsForm | dict[str, Any],
    ) -> KnowledgeFilesResponse:
        """Update Knowledge Access By Id

        ``POST /api/v1/knowledge/{id}/access/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.update_knowledge_access_by_id.sync(
            id,
            client=self._client,
            body=body,
        )

    def update_knowledge_by_id(
        self,
        id: str,
        body: KnowledgeForm | dict[str, Any],
    ) -> KnowledgeFilesResponse:
        """Update Knowledge By Id

        ``POST /api/v1/knowledge/{id}/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.update_knowledge_by_id.sync(
            id,
            client=self._client,
            body=body,
        )

    def update_knowledge_directory(
        self,
        id: str,
        dir_id: str,
        body: KnowledgeDirectoryUpdateForm | dict[str, Any],
    ) -> KnowledgeDirectoryModel:
        """Update Knowledge Directory

        ``POST /api/v1/knowledge/{id}/dirs/{dir_id}/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.update_knowledge_directory.sync(
            id,
            dir_id,
            client=self._client,
            body=body,
        )
