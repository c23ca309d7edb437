"""``client.notes``: the ``notes`` endpoints of Open WebUI as methods; generated, do not edit.

Each method calls the function of the same name in :mod:`owui_sdk.api.notes`, which loads
on the method's first call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._types import UNSET
from ..api import notes as _api

if TYPE_CHECKING:
    from .._endpoint import AsyncClient, SyncClient
    from .._generated.models.chat_response import ChatResponse
    from .._generated.models.note_access_grants_form import NoteAccessGrantsForm
    from .._generated.models.note_form import NoteForm
    from .._generated.models.note_item_response import NoteItemResponse
    from .._generated.models.note_list_response import NoteListResponse
    from .._generated.models.note_model import NoteModel
    from .._generated.models.note_response import NoteResponse
    from .._generated.models.note_update_form import NoteUpdateForm
    from .._types import Unset

__all__ = ["AsyncNotesResource", "NotesResource"]


class AsyncNotesResource:
    """The ``notes`` endpoints (asyncio): ``client.notes`` of :class:`owui_sdk.AsyncOpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create_new_note(
        self,
        body: NoteForm | dict[str, Any],
    ) -> None | NoteModel:
        """Create New Note

        ``POST /api/v1/notes/create``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.create_new_note.asyncio(
            client=self._client,
            body=body,
        )

    async def create_note_chat_by_id(
        self,
        id: str,
    ) -> ChatResponse:
        """Create Note Chat By Id

        ``POST /api/v1/notes/{id}/chat``
        """
        return await _api.create_note_chat_by_id.asyncio(
            id,
            client=self._client,
        )

    async def delete_note_by_id(
        self,
        id: str,
    ) -> bool:
        """Delete Note By Id

        ``DELETE /api/v1/notes/{id}/delete``
        """
        return await _api.delete_note_by_id.asyncio(
            id,
            client=self._client,
        )

    async def get_note_by_id(
        self,
        id: str,
    ) -> NoteResponse:
        """Get Note By Id

        ``GET /api/v1/notes/{id}``
        """
        return await _api.get_note_by_id.asyncio(
            id,
            client=self._client,
        )

    async def get_note_chat_by_id(
        self,
        id: str,
    ) -> ChatResponse:
        """Get Note Chat By Id

        ``GET /api/v1/notes/{id}/chat``
        """
        return await _api.get_note_chat_by_id.asyncio(
            id,
            client=self._client,
        )

    async def get_note_chats_by_id(
        self,
        id: str,
    ) -> list[ChatResponse]:
        """Get Note Chats By Id

        ``GET /api/v1/notes/{id}/chats``
        """
        return await _api.get_note_chats_by_id.asyncio(
            id,
            client=self._client,
        )

    async def get_notes(
        self,
        *,
        page: int | None | Unset = UNSET,
    ) -> list[NoteItemResponse]:
        """Get Notes

        ``GET /api/v1/notes/``
        """
        return await _api.get_notes.asyncio(
            client=self._client,
            page=page,
        )

    async def get_pinned_notes(
        self,
    ) -> list[NoteItemResponse]:
        """Get Pinned Notes

        ``GET /api/v1/notes/pinned``
        """
        return await _api.get_pinned_notes.asyncio(
            client=self._client,
        )

    async def pin_note_by_id(
        self,
        id: str,
    ) -> None | NoteModel:
        """Pin Note By Id

        ``POST /api/v1/notes/{id}/pin``
        """
        return await _api.pin_note_by_id.asyncio(
            id,
            client=self._client,
        )

    async def search_notes(
        self,
        *,
        query: None | str | Unset = UNSET,
        view_option: None | str | Unset = UNSET,
        permission: None | str | Unset = UNSET,
        order_by: None | str | Unset = UNSET,
        direction: None | str | Unset = UNSET,
        page: int | None | Unset = 1,
    ) -> NoteListResponse:
        """Search Notes

        ``GET /api/v1/notes/search``
        """
        return await _api.search_notes.asyncio(
            client=self._client,
            query=query,
            view_option=view_option,
            permission=permission,
            order_by=order_by,
            direction=direction,
            page=page,
        )

    async def update_note_access_by_id(
        self,
        id: str,
        body: NoteAccessGrantsForm | dict[str, Any],
    ) -> None | NoteModel:
        """Update Note Access By Id

        ``POST /api/v1/notes/{id}/access/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.update_note_access_by_id.asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def update_note_by_id(
        self,
        id: str,
        body: NoteUpdateForm | dict[str, Any],
    ) -> None | NoteModel:
        """Update Note By Id

        ``POST /api/v1/notes/{id}/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.update_note_by_id.asyncio(
            id,
            client=self._client,
            body=body,
        )


class NotesResource:
    """The ``notes`` endpoints: ``client.notes`` of :class:`owui_sdk.OpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create_new_note(
        self,
        body: NoteForm | dict[str, Any],
    ) -> None | NoteModel:
        """Create New Note

        ``POST /api/v1/notes/create``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.create_new_note.sync(
            client=self._client,
            body=body,
        )

    def create_note_chat_by_id(
        self,
        id: str,
    ) -> ChatResponse:
        """Create Note Chat By Id

        ``POST /api/v1/notes/{id}/chat``
        """
        return _api.create_note_chat_by_id.sync(
            id,
            client=self._client,
        )

    def delete_note_by_id(
        self,
        id: str,
    ) -> bool:
        """Delete Note By Id

        ``DELETE /api/v1/notes/{id}/delete``
        """
        return _api.delete_note_by_id.sync(
            id,
            client=self._client,
        )

    def get_note_by_id(
        self,
        id: str,
    ) -> NoteResponse:
        """Get Note By Id

        ``GET /api/v1/notes/{id}``
        """
        return _api.get_note_by_id.sync(
            id,
            client=self._client,
        )

    def get_note_chat_by_id(
        self,
        id: str,
    ) -> ChatResponse:
        """Get Note Chat By Id

        ``GET /api/v1/notes/{id}/chat``
        """
        return _api.get_note_chat_by_id.sync(
            id,
            client=self._client,
        )

    def get_note_chats_by_id(
        self,
        id: str,
    ) -> list[ChatResponse]:
        """Get Note Chats By Id

        ``GET /api/v1/notes/{id}/chats``
        """
        return _api.get_note_chats_by_id.sync(
            id,
            client=self._client,
        )

    def get_notes(
        self,
        *,
        page: int | None | Unset = UNSET,
    ) -> list[NoteItemResponse]:
        """Get Notes

        ``GET /api/v1/notes/``
        """
        return _api.get_notes.sync(
            client=self._client,
            page=page,
        )

    def get_pinned_notes(
        self,
    ) -> list[NoteItemResponse]:
        """Get Pinned Notes

        ``GET /api/v1/notes/pinned``
        """
        return _api.get_pinned_notes.sync(
            client=self._client,
        )

    def pin_note_by_id(
        self,
        id: str,
    ) -> None | NoteModel:
        """Pin Note By Id

        ``POST /api/v1/notes/{id}/pin``
        """
        return _api.pin_note_by_id.sync(
            id,
            client=self._client,
        )

    def search_notes(
        self,
        *,
        query: None | str | Unset = UNSET,
        view_option: None | str | Unset = UNSET,
        permission: None | str | Unset = UNSET,
        order_by: None | str | Unset = UNSET,
        direction: None | str | Unset = UNSET,
        page: int | None | Unset = 1,
    ) -> NoteListResponse:
        """Search Notes

        ``GET /api/v1/notes/search``
        """
        return _api.search_notes.sync(
            client=self._client,
            query=query,
            view_option=view_option,
            permission=permission,
            order_by=order_by,
            direction=direction,
            page=page,
        )

    def update_note_access_by_id(
        self,
        id: str,
        body: NoteAccessGrantsForm | dict[str, Any],
    ) -> None | NoteModel:
        """Update Note Access By Id

        ``POST /api/v1/notes/{id}/access/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.update_note_access_by_id.sync(
            id,
            client=self._client,
            body=body,
        )

    def update_note_by_id(
        self,
        id: str,
        body: NoteUpdateForm | dict[str, Any],
    ) -> None | NoteModel:
        """Update Note By Id

        ``POST /api/v1/notes/{id}/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.update_note_by_id.sync(
            id,
            client=self._client,
            body=body,
        )
