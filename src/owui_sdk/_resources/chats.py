"""``client.chats``: the ``chats`` endpoints of Open WebUI as methods; generated, do not edit.

Each method calls one function of :mod:`owui_sdk.api.chats` (which loads on the method's
first call) under its documented name (``codegen/renames.json``); the tag's other routes are
methods of the hand-written subclass.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..api import chats as _api

if TYPE_CHECKING:
    from .._endpoint import AsyncClient, SyncClient
    from .._generated.models.chat_config_form import ChatConfigForm
    from .._generated.models.chat_response import ChatResponse
    from .._generated.models.chat_title_id_response import ChatTitleIdResponse
    from .._generated.models.chats_import_form import ChatsImportForm
    from .._generated.models.resolve_tool_call_form import ResolveToolCallForm
    from .._generated.models.tag_filter_form import TagFilterForm
    from .._generated.models.tag_form import TagForm
    from .._generated.models.tag_model import TagModel

__all__ = ["AsyncChatsResource", "ChatsResource"]


class AsyncChatsResource:
    """The ``chats`` endpoints (asyncio): ``client.chats`` of :class:`owui_sdk.AsyncOpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def add_tag(
        self,
        id: str,
        form_data: TagForm | dict[str, Any],
    ) -> list[TagModel]:
        """Add a tag to a chat.

        ``POST /api/v1/chats/{id}/tags``

        Args:
            id: The chat ID.
            form_data: The tag to add.

        Returns:
            Updated list of tags for the chat.
        """
        if not isinstance(form_data, dict) and not hasattr(form_data, "to_dict"):
            raise TypeError(f"form_data must be a model or a dict, not {type(form_data).__name__}")
        return await _api.add_tag_by_id_and_tag_name.asyncio(
            id,
            client=self._client,
            body=form_data,
        )

    async def archive_all(
        self,
    ) -> bool:
        """Archive all chats for the current user.

        ``POST /api/v1/chats/archive/all``

        Returns:
            True if successful.
        """
        return await _api.archive_all_chats.asyncio(
            client=self._client,
        )

    async def delete(
        self,
        id: str,
    ) -> bool:
        """Delete a chat.

        ``DELETE /api/v1/chats/{id}``

        Args:
            id: The chat ID. An empty ID is refused (``ValueError``) before anything is sent:
                the path it would build is the "delete every chat" endpoint.

        Returns:
            True if successful.
        """
        return await _api.delete_chat_by_id.asyncio(
            id,
            client=self._client,
        )

    async def delete_all(
        self,
    ) -> bool:
        """Delete all chats for the current user.

        ``DELETE /api/v1/chats/``

        Returns:
            True if successful.
        """
        return await _api.delete_all_user_chats.asyncio(
            client=self._client,
        )

    async def delete_tag(
        self,
        id: str,
        form_data: TagForm | dict[str, Any],
    ) -> list[TagModel]:
        """Remove a tag from a chat.

        ``DELETE /api/v1/chats/{id}/tags``

        Args:
            id: The chat ID.
            form_data: The tag to remove.

        Returns:
            Updated list of tags for the chat.
        """
        if not isinstance(form_data, dict) and not hasattr(form_data, "to_dict"):
            raise TypeError(f"form_data must be a model or a dict, not {type(form_data).__name__}")
        return await _api.delete_tag_by_id_and_tag_name.asyncio(
            id,
            client=self._client,
            body=form_data,
        )

    async def get_all_archived(
        self,
    ) -> list[ChatResponse]:
        """Get all archived chats for the current user.

        ``GET /api/v1/chats/all/archived``

        Returns:
            List of archived chat objects.
        """
        return await _api.get_user_archived_chats.asyncio(
            client=self._client,
        )

    async def get_all_db(
        self,
    ) -> list[ChatResponse]:
        """Get all chats in the database (Admin only).

        ``GET /api/v1/chats/all/db``

        Returns:
            List of all chat objects for all users.
        """
        return await _api.get_all_user_chats_in_db.asyncio(
            client=self._client,
        )

    async def get_all_tags(
        self,
    ) -> list[TagModel]:
        """Get all tags used by the current user across all chats.

        ``GET /api/v1/chats/all/tags``

        Returns:
            List of tag objects.
        """
        return await _api.get_all_user_tags.asyncio(
            client=self._client,
        )

    async def get_archived_count(
        self,
    ) -> int:
        """Count the current user's archived chats.

        ``GET /api/v1/chats/archived/count``

        Returns:
            The number of archived chats.
        """
        return await _api.get_archived_session_user_chat_count.asyncio(
            client=self._client,
        )

    async def get_by_folder_id(
        self,
        folder_id: str,
    ) -> list[ChatResponse]:
        """Get all chats in a specific folder.

        ``GET /api/v1/chats/folder/{folder_id}``

        Args:
            folder_id: ID of the folder.

        Returns:
            List of full chat objects.
        """
        return await _api.get_chats_by_folder_id.asyncio(
            folder_id,
            client=self._client,
        )

    async def get_by_tags(
        self,
        form_data: TagFilterForm | dict[str, Any],
    ) -> list[ChatTitleIdResponse]:
        """Get chats filtered by tags.

        ``POST /api/v1/chats/tags``

        Args:
            form_data: Filter options including the tag name and pagination (``skip``,
                ``limit``).

        Returns:
            List of chats matching the tag.
        """
        if not isinstance(form_data, dict) and not hasattr(form_data, "to_dict"):
            raise TypeError(f"form_data must be a model or a dict, not {type(form_data).__name__}")
        return await _api.get_user_chat_list_by_tag_name.asyncio(
            client=self._client,
            body=form_data,
        )

    async def get_chat_config(
        self,
    ) -> ChatConfigForm:
        """Get the server's chat settings: context compaction, tool permissions and search
        (Admin only).

        ``GET /api/v1/chats/config``

        Returns:
            The chat settings.
        """
        return await _api.get_chat_config.asyncio(
            client=self._client,
        )

    async def get_pinned(
        self,
    ) -> list[ChatTitleIdResponse]:
        """Get all pinned chats for the current user.

        ``GET /api/v1/chats/pinned``

        Returns:
            List of pinned chats.
        """
        return await _api.get_user_pinned_chats.asyncio(
            client=self._client,
        )

    async def get_pinned_status(
        self,
        id: str,
    ) -> bool | None:
        """Get the pinned status of a chat.

        ``GET /api/v1/chats/{id}/pinned``

        Args:
            id: The chat ID.

        Returns:
            True if pinned, False otherwise.
        """
        return await _api.get_pinned_status_by_id.asyncio(
            id,
            client=self._client,
        )

    async def get_shared_access(
        self,
        id: str,
    ) -> list[Any]:
        """Get access grants for a shared chat.

        ``GET /api/v1/chats/shared/{id}/access``

        Args:
            id: The chat ID.

        Returns:
            List of access grants for the shared chat, as decoded JSON.
        """
        return await _api.get_shared_chat_access_by_id.asyncio(
            id,
            client=self._client,
        )

    async def get_tags(
        self,
        id: str,
    ) -> list[TagModel]:
        """Get tags for a chat.

        ``GET /api/v1/chats/{id}/tags``

        Args:
            id: The chat ID.

        Returns:
            List of tags associated with the chat.
        """
        return await _api.get_chat_tags_by_id.asyncio(
            id,
            client=self._client,
        )

    async def import_chats(
        self,
        form_data: ChatsImportForm | dict[str, Any],
    ) -> list[ChatResponse]:
        """Import multiple chats.

        ``POST /api/v1/chats/import``

        Args:
            form_data: The list of chats to import.

        Returns:
            List of successfully imported chat objects.
        """
        if not isinstance(form_data, dict) and not hasattr(form_data, "to_dict"):
            raise TypeError(f"form_data must be a model or a dict, not {type(form_data).__name__}")
        return await _api.import_chats.asyncio(
            client=self._client,
            body=form_data,
        )

    async def mark_chats_read(
        self,
    ) -> Any:
        """Mark every chat of the current user as read.

        ``POST /api/v1/chats/read``

        Returns:
            The server's answer, as decoded JSON (the schema does not type it).
        """
        return await _api.mark_chats_read_by_user_id.asyncio(
            client=self._client,
        )

    async def mark_unread(
        self,
        id: str,
    ) -> Any:
        """Mark a chat as unread.

        ``POST /api/v1/chats/{id}/unread``

        Args:
            id: The chat ID.

        Returns:
            The server's answer, as decoded JSON (the schema does not type it).
        """
        return await _api.mark_chat_unread_by_id.asyncio(
            id,
            client=self._client,
        )

    async def resolve_tool_call(
        self,
        id: str,
        message_id: str,
        form_data: ResolveToolCallForm | dict[str, Any],
    ) -> Any:
        """Answer a tool call that waits for the user (approve, deny, or give answers).

        ``POST /api/v1/chats/{id}/messages/{message_id}/resolve``

        Args:
            id: The chat ID.
            message_id: The message ID holding the tool call.
            form_data: The call ID, the action and any answers.

        Returns:
            The server's answer, as decoded JSON (the schema does not type it).
        """
        if not isinstance(form_data, dict) and not hasattr(form_data, "to_dict"):
            raise TypeError(f"form_data must be a model or a dict, not {type(form_data).__name__}")
        return await _api.resolve_chat_message_tool_call.asyncio(
            id,
            message_id,
            client=self._client,
            body=form_data,
        )

    async def set_chat_config(
        self,
        form_data: ChatConfigForm | dict[str, Any],
    ) -> ChatConfigForm:
        """Change the server's chat settings (Admin only).

        ``POST /api/v1/chats/config``

        Args:
            form_data: The settings to store.

        Returns:
            The chat settings after the change.
        """
        if not isinstance(form_data, dict) and not hasattr(form_data, "to_dict"):
            raise TypeError(f"form_data must be a model or a dict, not {type(form_data).__name__}")
        return await _api.set_chat_config.asyncio(
            client=self._client,
            body=form_data,
        )

    async def unarchive_all(
        self,
    ) -> bool:
        """Unarchive all chats for the current user.

        ``POST /api/v1/chats/unarchive/all``

        Returns:
            True if successful.
        """
        return await _api.unarchive_all_chats.asyncio(
            client=self._client,
        )

    async def unshare_all(
        self,
    ) -> bool:
        """Delete every shared link of the current user's chats.

        ``DELETE /api/v1/chats/share/all``

        Returns:
            True if successful.
        """
        return await _api.unshare_all_chats.asyncio(
            client=self._client,
        )


class ChatsResource:
    """The ``chats`` endpoints: ``client.chats`` of :class:`owui_sdk.OpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def add_tag(
        self,
        id: str,
        form_data: TagForm | dict[str, Any],
    ) -> list[TagModel]:
        """Add a tag to a chat.

        ``POST /api/v1/chats/{id}/tags``

        Args:
            id: The chat ID.
            form_data: The tag to add.

        Returns:
            Updated list of tags for the chat.
        """
        if not isinstance(form_data, dict) and not hasattr(form_data, "to_dict"):
            raise TypeError(f"form_data must be a model or a dict, not {type(form_data).__name__}")
        return _api.add_tag_by_id_and_tag_name.sync(
            id,
            client=self._client,
            body=form_data,
        )

    def archive_all(
        self,
    ) -> bool:
        """Archive all chats for the current user.

        ``POST /api/v1/chats/archive/all``

        Returns:
            True if successful.
        """
        return _api.archive_all_chats.sync(
            client=self._client,
        )

    def delete(
        self,
        id: str,
    ) -> bool:
        """Delete a chat.

        ``DELETE /api/v1/chats/{id}``

        Args:
            id: The chat ID. An empty ID is refused (``ValueError``) before anything is sent:
                the path it would build is the "delete every chat" endpoint.

        Returns:
            True if successful.
        """
        return _api.delete_chat_by_id.sync(
            id,
            client=self._client,
        )

    def delete_all(
        self,
    ) -> bool:
        """Delete all chats for the current user.

        ``DELETE /api/v1/chats/``

        Returns:
            True if successful.
        """
        return _api.delete_all_user_chats.sync(
            client=self._client,
        )

    def delete_tag(
        self,
        id: str,
        form_data: TagForm | dict[str, Any],
    ) -> list[TagModel]:
        """Remove a tag from a chat.

        ``DELETE /api/v1/chats/{id}/tags``

        Args:
            id: The chat ID.
            form_data: The tag to remove.

        Returns:
            Updated list of tags for the chat.
        """
        if not isinstance(form_data, dict) and not hasattr(form_data, "to_dict"):
            raise TypeError(f"form_data must be a model or a dict, not {type(form_data).__name__}")
        return _api.delete_tag_by_id_and_tag_name.sync(
            id,
            client=self._client,
            body=form_data,
        )

    def get_all_archived(
        self,
    ) -> list[ChatResponse]:
        """Get all archived chats for the current user.

        ``GET /api/v1/chats/all/archived``

        Returns:
            List of archived chat objects.
        """
        return _api.get_user_archived_chats.sync(
            client=self._client,
        )

    def get_all_db(
        self,
    ) -> list[ChatResponse]:
        """Get all chats in the database (Admin only).

        ``GET /api/v1/chats/all/db``

        Returns:
            List of all chat objects for all users.
        """
        return _api.get_all_user_chats_in_db.sync(
            client=self._client,
        )

    def get_all_tags(
        self,
    ) -> list[TagModel]:
        """Get all tags used by the current user across all chats.

        ``GET /api/v1/chats/all/tags``

        Returns:
            List of tag objects.
        """
        return _api.get_all_user_tags.sync(
            client=self._client,
        )

    def get_archived_count(
        self,
    ) -> int:
        """Count the current user's archived chats.

        ``GET /api/v1/chats/archived/count``

        Returns:
            The number of archived chats.
        """
        return _api.get_archived_session_user_chat_count.sync(
            client=self._client,
        )

    def get_by_folder_id(
        self,
        folder_id: str,
    ) -> list[ChatResponse]:
        """Get all chats in a specific folder.

        ``GET /api/v1/chats/folder/{folder_id}``

        Args:
            folder_id: ID of the folder.

        Returns:
            List of full chat objects.
        """
        return _api.get_chats_by_folder_id.sync(
            folder_id,
            client=self._client,
        )

    def get_by_tags(
        self,
        form_data: TagFilterForm | dict[str, Any],
    ) -> list[ChatTitleIdResponse]:
        """Get chats filtered by tags.

        ``POST /api/v1/chats/tags``

        Args:
            form_data: Filter options including the tag name and pagination (``skip``,
                ``limit``).

        Returns:
            List of chats matching the tag.
        """
        if not isinstance(form_data, dict) and not hasattr(form_data, "to_dict"):
            raise TypeError(f"form_data must be a model or a dict, not {type(form_data).__name__}")
        return _api.get_user_chat_list_by_tag_name.sync(
            client=self._client,
            body=form_data,
        )

    def get_chat_config(
        self,
    ) -> ChatConfigForm:
        """Get the server's chat settings: context compaction, tool permissions and search
        (Admin only).

        ``GET /api/v1/chats/config``

        Returns:
            The chat settings.
        """
        return _api.get_chat_config.sync(
            client=self._client,
        )

    def get_pinned(
        self,
    ) -> list[ChatTitleIdResponse]:
        """Get all pinned chats for the current user.

        ``GET /api/v1/chats/pinned``

        Returns:
            List of pinned chats.
        """
        return _api.get_user_pinned_chats.sync(
            client=self._client,
        )

    def get_pinned_status(
        self,
        id: str,
    ) -> bool | None:
        """Get the pinned status of a chat.

        ``GET /api/v1/chats/{id}/pinned``

        Args:
            id: The chat ID.

        Returns:
            True if pinned, False otherwise.
        """
        return _api.get_pinned_status_by_id.sync(
            id,
            client=self._client,
        )

    def get_shared_access(
        self,
        id: str,
    ) -> list[Any]:
        """Get access grants for a shared chat.

        ``GET /api/v1/chats/shared/{id}/access``

        Args:
            id: The chat ID.

        Returns:
            List of access grants for the shared chat, as decoded JSON.
        """
        return _api.get_shared_chat_access_by_id.sync(
            id,
            client=self._client,
        )

    def get_tags(
        self,
        id: str,
    ) -> list[TagModel]:
        """Get tags for a chat.

        ``GET /api/v1/chats/{id}/tags``

        Args:
            id: The chat ID.

        Returns:
            List of tags associated with the chat.
        """
        return _api.get_chat_tags_by_id.sync(
            id,
            client=self._client,
        )

    def import_chats(
        self,
        form_data: ChatsImportForm | dict[str, Any],
    ) -> list[ChatResponse]:
        """Import multiple chats.

        ``POST /api/v1/chats/import``

        Args:
            form_data: The list of chats to import.

        Returns:
            List of successfully imported chat objects.
        """
        if not isinstance(form_data, dict) and not hasattr(form_data, "to_dict"):
            raise TypeError(f"form_data must be a model or a dict, not {type(form_data).__name__}")
        return _api.import_chats.sync(
            client=self._client,
            body=form_data,
        )

    def mark_chats_read(
        self,
    ) -> Any:
        """Mark every chat of the current user as read.

        ``POST /api/v1/chats/read``

        Returns:
            The server's answer, as decoded JSON (the schema does not type it).
        """
        return _api.mark_chats_read_by_user_id.sync(
            client=self._client,
        )

    def mark_unread(
        self,
        id: str,
    ) -> Any:
        """Mark a chat as unread.

        ``POST /api/v1/chats/{id}/unread``

        Args:
            id: The chat ID.

        Returns:
            The server's answer, as decoded JSON (the schema does not type it).
        """
        return _api.mark_chat_unread_by_id.sync(
            id,
            client=self._client,
        )

    def resolve_tool_call(
        self,
        id: str,
        message_id: str,
        form_data: ResolveToolCallForm | dict[str, Any],
    ) -> Any:
        """Answer a tool call that waits for the user (approve, deny, or give answers).

        ``POST /api/v1/chats/{id}/messages/{message_id}/resolve``

        Args:
            id: The chat ID.
            message_id: The message ID holding the tool call.
            form_data: The call ID, the action and any answers.

        Returns:
            The server's answer, as decoded JSON (the schema does not type it).
        """
        if not isinstance(form_data, dict) and not hasattr(form_data, "to_dict"):
            raise TypeError(f"form_data must be a model or a dict, not {type(form_data).__name__}")
        return _api.resolve_chat_message_tool_call.sync(
            id,
            message_id,
            client=self._client,
            body=form_data,
        )

    def set_chat_config(
        self,
        form_data: ChatConfigForm | dict[str, Any],
    ) -> ChatConfigForm:
        """Change the server's chat settings (Admin only).

        ``POST /api/v1/chats/config``

        Args:
            form_data: The settings to store.

        Returns:
            The chat settings after the change.
        """
        if not isinstance(form_data, dict) and not hasattr(form_data, "to_dict"):
            raise TypeError(f"form_data must be a model or a dict, not {type(form_data).__name__}")
        return _api.set_chat_config.sync(
            client=self._client,
            body=form_data,
        )

    def unarchive_all(
        self,
    ) -> bool:
        """Unarchive all chats for the current user.

        ``POST /api/v1/chats/unarchive/all``

        Returns:
            True if successful.
        """
        return _api.unarchive_all_chats.sync(
            client=self._client,
        )

    def unshare_all(
        self,
    ) -> bool:
        """Delete every shared link of the current user's chats.

        ``DELETE /api/v1/chats/share/all``

        Returns:
            True if successful.
        """
        return _api.unshare_all_chats.sync(
            client=self._client,
        )
