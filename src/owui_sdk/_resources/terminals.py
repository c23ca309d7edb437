"""``client.terminals``: the ``terminals`` endpoints of Open WebUI as methods; generated, do not edit.

Each method calls the function of the same name in :mod:`owui_sdk.api.terminals`, which loads
on the method's first call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..api import terminals as _api

if TYPE_CHECKING:
    from .._endpoint import AsyncClient, SyncClient

__all__ = ["AsyncTerminalsResource", "TerminalsResource"]


class AsyncTerminalsResource:
    """The ``terminals`` endpoints (asyncio): ``client.terminals`` of :class:`owui_sdk.AsyncOpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def list_terminal_servers(
        self,
    ) -> Any:
        """List Terminal Servers

        Return terminal servers the authenticated user has access to.

        ``GET /api/v1/terminals/``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.list_terminal_servers.asyncio(
            client=self._client,
        )

    async def proxy_terminal(
        self,
        server_id: str,
        path: str,
    ) -> Any:
        """Proxy Terminal

        Proxy a request to the admin terminal server identified by *server_id*.

        ``GET /api/v1/terminals/{server_id}/{path}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.proxy_terminal.asyncio(
            server_id,
            path,
            client=self._client,
        )

    async def proxy_terminal_chats_by_chat_id(
        self,
        server_id: str,
        chat_id: str,
        path: str,
    ) -> Any:
        """Proxy Terminal

        Proxy a request to the admin terminal server identified by *server_id*.

        ``GET /api/v1/terminals/{server_id}/chats/{chat_id}/{path}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.proxy_terminal_chats_by_chat_id.asyncio(
            server_id,
            chat_id,
            path,
            client=self._client,
        )

    async def proxy_terminal_chats_by_chat_id_delete(
        self,
        server_id: str,
        chat_id: str,
        path: str,
    ) -> Any:
        """Proxy Terminal

        Proxy a request to the admin terminal server identified by *server_id*.

        ``DELETE /api/v1/terminals/{server_id}/chats/{chat_id}/{path}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.proxy_terminal_chats_by_chat_id_delete.asyncio(
            server_id,
            chat_id,
            path,
            client=self._client,
        )

    async def proxy_terminal_chats_by_chat_id_head(
        self,
        server_id: str,
        chat_id: str,
        path: str,
    ) -> Any:
        """Proxy Terminal

        Proxy a request to the admin terminal server identified by *server_id*.

        ``HEAD /api/v1/terminals/{server_id}/chats/{chat_id}/{path}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.proxy_terminal_chats_by_chat_id_head.asyncio(
            server_id,
            chat_id,
            path,
            client=self._client,
        )

    async def proxy_terminal_chats_by_chat_id_options(
        self,
        server_id: str,
        chat_id: str,
        path: str,
    ) -> Any:
        """Proxy Terminal

        Proxy a request to the admin terminal server identified by *server_id*.

        ``OPTIONS /api/v1/terminals/{server_id}/chats/{chat_id}/{path}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.proxy_terminal_chats_by_chat_id_options.asyncio(
            server_id,
            chat_id,
            path,
            client=self._client,
        )

    async def proxy_terminal_chats_by_chat_id_patch(
        self,
        server_id: str,
        chat_id: str,
        path: str,
    ) -> Any:
        """Proxy Terminal

        Proxy a request to the admin terminal server identified by *server_id*.

        ``PATCH /api/v1/terminals/{server_id}/chats/{chat_id}/{path}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.proxy_terminal_chats_by_chat_id_patch.asyncio(
            server_id,
            chat_id,
            path,
            client=self._client,
        )

    async def proxy_terminal_chats_by_chat_id_post(
        self,
        server_id: str,
        chat_id: str,
        path: str,
    ) -> Any:
        """Proxy Terminal

        Proxy a request to the admin terminal server identified by *server_id*.

        ``POST /api/v1/terminals/{server_id}/chats/{chat_id}/{path}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.proxy_terminal_chats_by_chat_id_post.asyncio(
            server_id,
            chat_id,
            path,
            client=self._client,
        )

    async def proxy_terminal_chats_by_chat_id_put(
        self,
        server_id: str,
        chat_id: str,
        path: str,
    ) -> Any:
        """Proxy Terminal

        Proxy a request to the admin terminal server identified by *server_id*.

        ``PUT /api/v1/terminals/{server_id}/chats/{chat_id}/{path}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.proxy_terminal_chats_by_chat_id_put.asyncio(
            server_id,
            chat_id,
            path,
            client=self._client,
        )

    async def proxy_terminal_delete(
        self,
        server_id: str,
        path: str,
    ) -> Any:
        """Proxy Terminal

        Proxy a request to the admin terminal server identified by *server_id*.

        ``DELETE /api/v1/terminals/{server_id}/{path}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.proxy_terminal_delete.asyncio(
            server_id,
            path,
            client=self._client,
        )

    async def proxy_terminal_head(
        self,
        server_id: str,
        path: str,
    ) -> Any:
        """Proxy Terminal

        Proxy a request to the admin terminal server identified by *server_id*.

        ``HEAD /api/v1/terminals/{server_id}/{path}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.proxy_terminal_head.asyncio(
            server_id,
            path,
            client=self._client,
        )

    async def proxy_terminal_options(
        self,
        server_id: str,
        path: str,
    ) -> Any:
        """Proxy Terminal

        Proxy a request to the admin terminal server identified by *server_id*.

        ``OPTIONS /api/v1/terminals/{server_id}/{path}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.proxy_terminal_options.asyncio(
            server_id,
            path,
            client=self._client,
        )

    async def proxy_terminal_patch(
        self,
        server_id: str,
        path: str,
    ) -> Any:
        """Proxy Terminal

        Proxy a request to the admin terminal server identified by *server_id*.

        ``PATCH /api/v1/terminals/{server_id}/{path}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.proxy_terminal_patch.asyncio(
            server_id,
            path,
            client=self._client,
        )

    async def proxy_terminal_post(
        self,
        server_id: str,
        path: str,
    ) -> Any:
        """Proxy Terminal

        Proxy a request to the admin terminal server identified by *server_id*.

        ``POST /api/v1/terminals/{server_id}/{path}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.proxy_terminal_post.asyncio(
            server_id,
            path,
            client=self._client,
        )

    async def proxy_terminal_put(
        self,
        server_id: str,
        path: str,
    ) -> Any:
        """Proxy Terminal

        Proxy a request to the admin terminal server identified by *server_id*.

        ``PUT /api/v1/terminals/{server_id}/{path}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.proxy_terminal_put.asyncio(
            server_id,
            path,
            client=self._client,
        )


class TerminalsResource:
    """The ``terminals`` endpoints: ``client.terminals`` of :class:`owui_sdk.OpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def list_terminal_servers(
        self,
    ) -> Any:
        """List Terminal Servers

        Return terminal servers the authenticated user has access to.

        ``GET /api/v1/terminals/``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.list_terminal_servers.sync(
            client=self._client,
        )

    def proxy_terminal(
        self,
        server_id: str,
        path: str,
    ) -> Any:
        """Proxy Terminal

        Proxy a request to the admin terminal server identified by *server_id*.

        ``GET /api/v1/terminals/{server_id}/{path}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.proxy_terminal.sync(
            server_id,
            path,
            client=self._client,
        )

    def proxy_terminal_chats_by_chat_id(
        self,
        server_id: str,
        chat_id: str,
        path: str,
    ) -> Any:
        """Proxy Terminal

        Proxy a request to the admin terminal server identified by *server_id*.

        ``GET /api/v1/terminals/{server_id}/chats/{chat_id}/{path}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.proxy_terminal_chats_by_chat_id.sync(
            server_id,
            chat_id,
            path,
            client=self._client,
        )

    def proxy_terminal_chats_by_chat_id_delete(
        self,
        server_id: str,
        chat_id: str,
        path: str,
    ) -> Any:
        """Proxy Terminal

        Proxy a request to the admin terminal server identified by *server_id*.

        ``DELETE /api/v1/terminals/{server_id}/chats/{chat_id}/{path}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.proxy_terminal_chats_by_chat_id_delete.sync(
            server_id,
            chat_id,
            path,
            client=self._client,
        )

    def proxy_terminal_chats_by_chat_id_head(
        self,
        server_id: str,
        chat_id: str,
        path: str,
    ) -> Any:
        """Proxy Terminal

        Proxy a request to the admin terminal server identified by *server_id*.

        ``HEAD /api/v1/terminals/{server_id}/chats/{chat_id}/{path}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.proxy_terminal_chats_by_chat_id_head.sync(
            server_id,
            chat_id,
            path,
            client=self._client,
        )

    def proxy_terminal_chats_by_chat_id_options(
        self,
        server_id: str,
        chat_id: str,
        path: str,
    ) -> Any:
        """Proxy Terminal

        Proxy a request to the admin terminal server identified by *server_id*.

        ``OPTIONS /api/v1/terminals/{server_id}/chats/{chat_id}/{path}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.proxy_terminal_chats_by_chat_id_options.sync(
            server_id,
            chat_id,
            path,
            client=self._client,
        )

    def proxy_terminal_chats_by_chat_id_patch(
        self,
        server_id: str,
        chat_id: str,
        path: str,
    ) -> Any:
        """Proxy Terminal

        Proxy a request to the admin terminal server identified by *server_id*.

        ``PATCH /api/v1/terminals/{server_id}/chats/{chat_id}/{path}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.proxy_terminal_chats_by_chat_id_patch.sync(
            server_id,
            chat_id,
            path,
            client=self._client,
        )

    def proxy_terminal_chats_by_chat_id_post(
        self,
        server_id: str,
        chat_id: str,
        path: str,
    ) -> Any:
        """Proxy Terminal

        Proxy a request to the admin terminal server identified by *server_id*.

        ``POST /api/v1/terminals/{server_id}/chats/{chat_id}/{path}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.proxy_terminal_chats_by_chat_id_post.sync(
            server_id,
            chat_id,
            path,
            client=self._client,
        )

    def proxy_terminal_chats_by_chat_id_put(
        self,
        server_id: str,
        chat_id: str,
        path: str,
    ) -> Any:
        """Proxy Terminal

        Proxy a request to the admin terminal server identified by *server_id*.

        ``PUT /api/v1/terminals/{server_id}/chats/{chat_id}/{path}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.proxy_terminal_chats_by_chat_id_put.sync(
            server_id,
            chat_id,
            path,
            client=self._client,
        )

    def proxy_terminal_delete(
        self,
        server_id: str,
        path: str,
    ) -> Any:
        """Proxy Terminal

        Proxy a request to the admin terminal server identified by *server_id*.

        ``DELETE /api/v1/terminals/{server_id}/{path}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.proxy_terminal_delete.sync(
            server_id,
            path,
            client=self._client,
        )

    def proxy_terminal_head(
        self,
        server_id: str,
        path: str,
    ) -> Any:
        """Proxy Terminal

        Proxy a request to the admin terminal server identified by *server_id*.

        ``HEAD /api/v1/terminals/{server_id}/{path}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.proxy_terminal_head.sync(
            server_id,
            path,
            client=self._client,
        )

    def proxy_terminal_options(
        self,
        server_id: str,
        path: str,
    ) -> Any:
        """Proxy Terminal

        Proxy a request to the admin terminal server identified by *server_id*.

        ``OPTIONS /api/v1/terminals/{server_id}/{path}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.proxy_terminal_options.sync(
            server_id,
            path,
            client=self._client,
        )

    def proxy_terminal_patch(
        self,
        server_id: str,
        path: str,
    ) -> Any:
        """Proxy Terminal

        Proxy a request to the admin terminal server identified by *server_id*.

        ``PATCH /api/v1/terminals/{server_id}/{path}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.proxy_terminal_patch.sync(
            server_id,
            path,
            client=self._client,
        )

    def proxy_terminal_post(
        self,
        server_id: str,
        path: str,
    ) -> Any:
        """Proxy Terminal

        Proxy a request to the admin terminal server identified by *server_id*.

        ``POST /api/v1/terminals/{server_id}/{path}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.proxy_terminal_post.sync(
            server_id,
            path,
            client=self._client,
        )

    def proxy_terminal_put(
        self,
        server_id: str,
        path: str,
    ) -> Any:
        """Proxy Terminal

        Proxy a request to the admin terminal server identified by *server_id*.

        ``PUT /api/v1/terminals/{server_id}/{path}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.proxy_terminal_put.sync(
            server_id,
            path,
            client=self._client,
        )
