"""``client.retrieval``: the ``retrieval`` endpoints of Open WebUI as methods; generated, do not edit.

Each method calls the function of the same name in :mod:`owui_sdk.api.retrieval`, which loads
on the method's first call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._types import UNSET
from ..api import retrieval as _api

if TYPE_CHECKING:
    from .._endpoint import AsyncClient, SyncClient
    from .._generated.models.batch_process_files_form import BatchProcessFilesForm
    from .._generated.models.batch_process_files_response import BatchProcessFilesResponse
    from .._generated.models.config_form import ConfigForm
    from .._generated.models.delete_form import DeleteForm
    from .._generated.models.embedding_model_update_form import EmbeddingModelUpdateForm
    from .._generated.models.process_file_form import ProcessFileForm
    from .._generated.models.process_text_form import ProcessTextForm
    from .._generated.models.process_url_form import ProcessUrlForm
    from .._generated.models.process_url_response import ProcessUrlResponse
    from .._generated.models.query_collections_form import QueryCollectionsForm
    from .._generated.models.query_doc_form import QueryDocForm
    from .._generated.models.search_form import SearchForm
    from .._types import Unset

__all__ = ["AsyncRetrievalResource", "RetrievalResource"]


class AsyncRetrievalResource:
    """The ``retrieval`` endpoints (asyncio): ``client.retrieval`` of :class:`owui_sdk.AsyncOpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def delete_entries_from_collection(
        self,
        body: DeleteForm | dict[str, Any],
    ) -> Any:
        """Delete Entries From Collection

        ``POST /api/v1/retrieval/delete``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.delete_entries_from_collection.asyncio(
            client=self._client,
            body=body,
        )

    async def get_embedding_config(
        self,
    ) -> Any:
        """Get Embedding Config

        ``GET /api/v1/retrieval/embedding``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_embedding_config.asyncio(
            client=self._client,
        )

    async def get_rag_config(
        self,
    ) -> Any:
        """Get Rag Config

        ``GET /api/v1/retrieval/config``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_rag_config.asyncio(
            client=self._client,
        )

    async def process_file(
        self,
        body: ProcessFileForm | dict[str, Any],
    ) -> Any:
        """Process File

        Standalone processing endpoint: index the file, then mark it completed.

        Uploads call index_file directly so they can finish knowledge linking before
        reporting completion.

        ``POST /api/v1/retrieval/process/file``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.process_file.asyncio(
            client=self._client,
            body=body,
        )

    async def process_files_batch(
        self,
        body: BatchProcessFilesForm | dict[str, Any],
        *,
        db: Any | Unset = UNSET,
    ) -> BatchProcessFilesResponse:
        """Process Files Batch

        Process a batch of files and save them to the vector database.

        NOTE: We intentionally do NOT use Depends(get_async_session) here.
        The save_docs_to_vector_db() call makes external embedding API calls which
        can take 5-60+ seconds for batch operations. Database operations after
        embedding (Files.update_file_by_id) manage their own short-lived sessions.

        ``POST /api/v1/retrieval/process/files/batch``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.process_files_batch.asyncio(
            client=self._client,
            body=body,
            db=db,
        )

    async def process_text(
        self,
        body: ProcessTextForm | dict[str, Any],
    ) -> Any:
        """Process Text

        ``POST /api/v1/retrieval/process/text``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.process_text.asyncio(
            client=self._client,
            body=body,
        )

    async def process_url(
        self,
        body: ProcessUrlForm | dict[str, Any],
        *,
        process: bool | Unset = True,
    ) -> ProcessUrlResponse:
        """Process Url

        ``POST /api/v1/retrieval/process/url``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
            process (bool | Unset): Whether to process and save the content Default: True.
        """
        return await _api.process_url.asyncio(
            client=self._client,
            body=body,
            process=process,
        )

    async def process_web_search(
        self,
        body: SearchForm | dict[str, Any],
    ) -> Any:
        """Process Web Search

        ``POST /api/v1/retrieval/process/web/search``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.process_web_search.asyncio(
            client=self._client,
            body=body,
        )

    async def process_web_web(
        self,
        body: ProcessUrlForm | dict[str, Any],
        *,
        process: bool | Unset = True,
        overwrite: bool | Unset = True,
    ) -> Any:
        """Process Web

        ``POST /api/v1/retrieval/process/web``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
            process (bool | Unset): Whether to process and save the content Default: True.
            overwrite (bool | Unset): Whether to overwrite existing collection Default: True.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.process_web_web.asyncio(
            client=self._client,
            body=body,
            process=process,
            overwrite=overwrite,
        )

    async def process_web_youtube(
        self,
        body: ProcessUrlForm | dict[str, Any],
        *,
        process: bool | Unset = True,
        overwrite: bool | Unset = True,
    ) -> Any:
        """Process Web

        ``POST /api/v1/retrieval/process/youtube``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
            process (bool | Unset): Whether to process and save the content Default: True.
            overwrite (bool | Unset): Whether to overwrite existing collection Default: True.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.process_web_youtube.asyncio(
            client=self._client,
            body=body,
            process=process,
            overwrite=overwrite,
        )

    async def query_collection_handler(
        self,
        body: QueryCollectionsForm | dict[str, Any],
    ) -> Any:
        """Query Collection Handler

        ``POST /api/v1/retrieval/query/collection``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.query_collection_handler.asyncio(
            client=self._client,
            body=body,
        )

    async def query_doc_handler(
        self,
        body: QueryDocForm | dict[str, Any],
    ) -> Any:
        """Query Doc Handler

        ``POST /api/v1/retrieval/query/doc``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.query_doc_handler.asyncio(
            client=self._client,
            body=body,
        )

    async def reset_upload_dir(
        self,
    ) -> bool:
        """Reset Upload Dir

        ``POST /api/v1/retrieval/reset/uploads``
        """
        return await _api.reset_upload_dir.asyncio(
            client=self._client,
        )

    async def reset_vector_db(
        self,
    ) -> Any:
        """Reset Vector Db

        ``POST /api/v1/retrieval/reset/db``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.reset_vector_db.asyncio(
            client=self._client,
        )

    async def update_embedding_config(
        self,
        body: EmbeddingModelUpdateForm | dict[str, Any],
    ) -> Any:
        """Update Embedding Config

        ``POST /api/v1/retrieval/embedding/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.update_embedding_config.asyncio(
            client=self._client,
            body=body,
        )

    async def update_rag_config(
        self,
        body: ConfigForm | dict[str, Any],
    ) -> Any:
        """Update Rag Config

        ``POST /api/v1/retrieval/config/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.update_rag_config.asyncio(
            client=self._client,
            body=body,
        )


class RetrievalResource:
    """The ``retrieval`` endpoints: ``client.retrieval`` of :class:`owui_sdk.OpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def delete_entries_from_collection(
        self,
        body: DeleteForm | dict[str, Any],
    ) -> Any:
        """Delete Entries From Collection

        ``POST /api/v1/retrieval/delete``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.delete_entries_from_collection.sync(
            client=self._client,
            body=body,
        )

    def get_embedding_config(
        self,
    ) -> Any:
        """Get Embedding Config

        ``GET /api/v1/retrieval/embedding``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_embedding_config.sync(
            client=self._client,
        )

    def get_rag_config(
        self,
    ) -> Any:
        """Get Rag Config

        ``GET /api/v1/retrieval/config``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_rag_config.sync(
            client=self._client,
        )

    def process_file(
        self,
        body: ProcessFileForm | dict[str, Any],
    ) -> Any:
        """Process File

        Standalone processing endpoint: index the file, then mark it completed.

        Uploads call index_file directly so they can finish knowledge linking before
        reporting completion.

        ``POST /api/v1/retrieval/process/file``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.process_file.sync(
            client=self._client,
            body=body,
        )

    def process_files_batch(
        self,
        body: BatchProcessFilesForm | dict[str, Any],
        *,
        db: Any | Unset = UNSET,
    ) -> BatchProcessFilesResponse:
        """Process Files Batch

        Process a batch of files and save them to the vector database.

        NOTE: We intentionally do NOT use Depends(get_async_session) here.
        The save_docs_to_vector_db() call makes external embedding API calls which
        can take 5-60+ seconds for batch operations. Database operations after
        embedding (Files.update_file_by_id) manage their own short-lived sessions.

        ``POST /api/v1/retrieval/process/files/batch``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.process_files_batch.sync(
            client=self._client,
            body=body,
            db=db,
        )

    def process_text(
        self,
        body: ProcessTextForm | dict[str, Any],
    ) -> Any:
        """Process Text

        ``POST /api/v1/retrieval/process/text``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.process_text.sync(
            client=self._client,
            body=body,
        )

    def process_url(
        self,
        body: ProcessUrlForm | dict[str, Any],
        *,
        process: bool | Unset = True,
    ) -> ProcessUrlResponse:
        """Process Url

        ``POST /api/v1/retrieval/process/url``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
            process (bool | Unset): Whether to process and save the content Default: True.
        """
        return _api.process_url.sync(
            client=self._client,
            body=body,
            process=process,
        )

    def process_web_search(
        self,
        body: SearchForm | dict[str, Any],
    ) -> Any:
        """Process Web Search

        ``POST /api/v1/retrieval/process/web/search``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.process_web_search.sync(
            client=self._client,
            body=body,
        )

    def process_web_web(
        self,
        body: ProcessUrlForm | dict[str, Any],
        *,
        process: bool | Unset = True,
        overwrite: bool | Unset = True,
    ) -> Any:
        """Process Web

        ``POST /api/v1/retrieval/process/web``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
            process (bool | Unset): Whether to process and save the content Default: True.
            overwrite (bool | Unset): Whether to overwrite existing collection Default: True.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.process_web_web.sync(
            client=self._client,
            body=body,
            process=process,
            overwrite=overwrite,
        )

    def process_web_youtube(
        self,
        body: ProcessUrlForm | dict[str, Any],
        *,
        process: bool | Unset = True,
        overwrite: bool | Unset = True,
    ) -> Any:
        """Process Web

        ``POST /api/v1/retrieval/process/youtube``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
            process (bool | Unset): Whether to process and save the content Default: True.
            overwrite (bool | Unset): Whether to overwrite existing collection Default: True.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.process_web_youtube.sync(
            client=self._client,
            body=body,
            process=process,
            overwrite=overwrite,
        )

    def query_collection_handler(
        self,
        body: QueryCollectionsForm | dict[str, Any],
    ) -> Any:
        """Query Collection Handler

        ``POST /api/v1/retrieval/query/collection``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.query_collection_handler.sync(
            client=self._client,
            body=body,
        )

    def query_doc_handler(
        self,
        body: QueryDocForm | dict[str, Any],
    ) -> Any:
        """Query Doc Handler

        ``POST /api/v1/retrieval/query/doc``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.query_doc_handler.sync(
            client=self._client,
            body=body,
        )

    def reset_upload_dir(
        self,
    ) -> bool:
        """Reset Upload Dir

        ``POST /api/v1/retrieval/reset/uploads``
        """
        return _api.reset_upload_dir.sync(
            client=self._client,
        )

    def reset_vector_db(
        self,
    ) -> Any:
        """Reset Vector Db

        ``POST /api/v1/retrieval/reset/db``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.reset_vector_db.sync(
            client=self._client,
        )

    def update_embedding_config(
        self,
        body: EmbeddingModelUpdateForm | dict[str, Any],
    ) -> Any:
        """Update Embedding Config

        ``POST /api/v1/retrieval/embedding/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.update_embedding_config.sync(
            client=self._client,
            body=body,
        )

    def update_rag_config(
        self,
        body: ConfigForm | dict[str, Any],
    ) -> Any:
        """Update Rag Config

        ``POST /api/v1/retrieval/config/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.update_rag_config.sync(
            client=self._client,
            body=body,
        )
