"""``client.memories``: the ``memories`` endpoints of Open WebUI as methods; generated, do not edit.

Each method calls the function of the same name in :mod:`owui_sdk.api.memories`, which loads
on the method's first call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..api import memories as _api

if TYPE_CHECKING:
    from .._endpoint import AsyncClient, SyncClient
    from .._generated.models.add_memory_form import AddMemoryForm
    from .._generated.models.list_memory_paths_form import ListMemoryPathsForm
    from .._generated.models.memory_model import MemoryModel
    from .._generated.models.memory_update_model import MemoryUpdateModel
    from .._generated.models.query_memory_form import QueryMemoryForm
    from .._generated.models.read_memory_path_form import ReadMemoryPathForm
    from .._generated.models.search_memories_form import SearchMemoriesForm
    from .._generated.models.update_memories_form import UpdateMemoriesForm
    from .._generated.models.vector_search_result import VectorSearchResult

__all__ = ["AsyncMemoriesResource", "MemoriesResource"]


class AsyncMemoriesResource:
    """The ``memories`` endpoints (asyncio): ``client.memories`` of :class:`owui_sdk.AsyncOpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def add_memory(
        self,
        body: AddMemoryForm | dict[str, Any],
    ) -> MemoryModel | None:
        """Add Memory

        Persist a new memory and embed it into the user's vector collection.

        Does NOT use ``Depends(get_async_session)`` — database operations manage their
        own short-lived sessions so a connection is not held during the external
        embedding API call (``EMBEDDING_FUNCTION``), which can take 1-5+ seconds.

        ``POST /api/v1/memories/add``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.add_memory.asyncio(
            client=self._client,
            body=body,
        )

    async def delete_memory_by_id(
        self,
        memory_id: str,
    ) -> bool:
        """Delete Memory By Id

        ``DELETE /api/v1/memories/{memory_id}``
        """
        return await _api.delete_memory_by_id.asyncio(
            memory_id,
            client=self._client,
        )

    async def delete_memory_by_user_id(
        self,
    ) -> bool:
        """Delete Memory By User Id

        ``DELETE /api/v1/memories/delete/user``
        """
        return await _api.delete_memory_by_user_id.asyncio(
            client=self._client,
        )

    async def get_memories(
        self,
    ) -> list[MemoryModel]:
        """Get Memories

        ``GET /api/v1/memories/``
        """
        return await _api.get_memories.asyncio(
            client=self._client,
        )

    async def list_memory_paths(
        self,
        body: ListMemoryPathsForm | dict[str, Any],
    ) -> Any:
        """List Memory Paths

        ``POST /api/v1/memories/paths``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.list_memory_paths.asyncio(
            client=self._client,
            body=body,
        )

    async def query_memory(
        self,
        body: QueryMemoryForm | dict[str, Any],
    ) -> VectorSearchResult:
        """Query Memory

        ``POST /api/v1/memories/query``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.query_memory.asyncio(
            client=self._client,
            body=body,
        )

    async def read_memory_path(
        self,
        body: ReadMemoryPathForm | dict[str, Any],
    ) -> Any:
        """Read Memory Path

        ``POST /api/v1/memories/path``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.read_memory_path.asyncio(
            client=self._client,
            body=body,
        )

    async def reindex_memories_from_vector_db(
        self,
    ) -> Any:
        """Reindex Memories From Vector Db

        ``POST /api/v1/memories/reindex``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.reindex_memories_from_vector_db.asyncio(
            client=self._client,
        )

    async def reset_memory_from_vector_db(
        self,
    ) -> bool:
        """Reset Memory From Vector Db

        Reset user's memory vector embeddings.

        CRITICAL: We intentionally do NOT use Depends(get_async_session) here.
        This endpoint generates embeddings for ALL user memories. With a session
        held, this could block a connection for MINUTES, completely exhausting the
        connection pool.

        ``POST /api/v1/memories/reset``
        """
        return await _api.reset_memory_from_vector_db.asyncio(
            client=self._client,
        )

    async def search_memories(
        self,
        body: SearchMemoriesForm | dict[str, Any],
    ) -> list[MemoryModel]:
        """Search Memories

        ``POST /api/v1/memories/search``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.search_memories.asyncio(
            client=self._client,
            body=body,
        )

    async def update_memories(
        self,
        body: UpdateMemoriesForm | dict[str, Any],
    ) -> list[dict[str, Any]]:
        """Update Memories

        ``POST /api/v1/memories/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.update_memories.asyncio(
            client=self._client,
            body=body,
        )

    async def update_memory_by_id(
        self,
        memory_id: str,
        body: MemoryUpdateModel | dict[str, Any],
    ) -> MemoryModel:
        """Update Memory By Id

        ``POST /api/v1/memories/{memory_id}/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.update_memory_by_id.asyncio(
            memory_id,
            client=self._client,
            body=body,
        )


class MemoriesResource:
    """The ``memories`` endpoints: ``client.memories`` of :class:`owui_sdk.OpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def add_memory(
        self,
        body: AddMemoryForm | dict[str, Any],
    ) -> MemoryModel | None:
        """Add Memory

        Persist a new memory and embed it into the user's vector collection.

        Does NOT use ``Depends(get_async_session)`` — database operations manage their
        own short-lived sessions so a connection is not held during the external
        embedding API call (``EMBEDDING_FUNCTION``), which can take 1-5+ seconds.

        ``POST /api/v1/memories/add``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.add_memory.sync(
            client=self._client,
            body=body,
        )

    def delete_memory_by_id(
        self,
        memory_id: str,
    ) -> bool:
        """Delete Memory By Id

        ``DELETE /api/v1/memories/{memory_id}``
        """
        return _api.delete_memory_by_id.sync(
            memory_id,
            client=self._client,
        )

    def delete_memory_by_user_id(
        self,
    ) -> bool:
        """Delete Memory By User Id

        ``DELETE /api/v1/memories/delete/user``
        """
        return _api.delete_memory_by_user_id.sync(
            client=self._client,
        )

    def get_memories(
        self,
    ) -> list[MemoryModel]:
        """Get Memories

        ``GET /api/v1/memories/``
        """
        return _api.get_memories.sync(
            client=self._client,
        )

    def list_memory_paths(
        self,
        body: ListMemoryPathsForm | dict[str, Any],
    ) -> Any:
        """List Memory Paths

        ``POST /api/v1/memories/paths``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.list_memory_paths.sync(
            client=self._client,
            body=body,
        )

    def query_memory(
        self,
        body: QueryMemoryForm | dict[str, Any],
    ) -> VectorSearchResult:
        """Query Memory

        ``POST /api/v1/memories/query``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.query_memory.sync(
            client=self._client,
            body=body,
        )

    def read_memory_path(
        self,
        body: ReadMemoryPathForm | dict[str, Any],
    ) -> Any:
        """Read Memory Path

        ``POST /api/v1/memories/path``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.read_memory_path.sync(
            client=self._client,
            body=body,
        )

    def reindex_memories_from_vector_db(
        self,
    ) -> Any:
        """Reindex Memories From Vector Db

        ``POST /api/v1/memories/reindex``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.reindex_memories_from_vector_db.sync(
            client=self._client,
        )

    def reset_memory_from_vector_db(
        self,
    ) -> bool:
        """Reset Memory From Vector Db

        Reset user's memory vector embeddings.

        CRITICAL: We intentionally do NOT use Depends(get_async_session) here.
        This endpoint generates embeddings for ALL user memories. With a session
        held, this could block a connection for MINUTES, completely exhausting the
        connection pool.

        ``POST /api/v1/memories/reset``
        """
        return _api.reset_memory_from_vector_db.sync(
            client=self._client,
        )

    def search_memories(
        self,
        body: SearchMemoriesForm | dict[str, Any],
    ) -> list[MemoryModel]:
        """Search Memories

        ``POST /api/v1/memories/search``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.search_memories.sync(
            client=self._client,
            body=body,
        )

    def update_memories(
        self,
        body: UpdateMemoriesForm | dict[str, Any],
    ) -> list[dict[str, Any]]:
        """Update Memories

        ``POST /api/v1/memories/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.update_memories.sync(
            client=self._client,
            body=body,
        )

    def update_memory_by_id(
        self,
        memory_id: str,
        body: MemoryUpdateModel | dict[str, Any],
    ) -> MemoryModel:
        """Update Memory By Id

        ``POST /api/v1/memories/{memory_id}/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.update_memory_by_id.sync(
            memory_id,
            client=self._client,
            body=body,
        )
