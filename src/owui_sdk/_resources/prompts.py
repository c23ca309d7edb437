"""``client.prompts``: the ``prompts`` endpoints of Open WebUI as methods; generated, do not edit.

Each method calls the function of the same name in :mod:`owui_sdk.api.prompts`, which loads
on the method's first call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._types import UNSET
from ..api import prompts as _api

if TYPE_CHECKING:
    from .._endpoint import AsyncClient, SyncClient
    from .._generated.models.prompt_access_grants_form import PromptAccessGrantsForm
    from .._generated.models.prompt_access_list_response import PromptAccessListResponse
    from .._generated.models.prompt_access_response import PromptAccessResponse
    from .._generated.models.prompt_form import PromptForm
    from .._generated.models.prompt_history_model import PromptHistoryModel
    from .._generated.models.prompt_history_response import PromptHistoryResponse
    from .._generated.models.prompt_metadata_form import PromptMetadataForm
    from .._generated.models.prompt_model import PromptModel
    from .._generated.models.prompt_version_update_form import PromptVersionUpdateForm
    from .._types import Unset

__all__ = ["AsyncPromptsResource", "PromptsResource"]


class AsyncPromptsResource:
    """The ``prompts`` endpoints (asyncio): ``client.prompts`` of :class:`owui_sdk.AsyncOpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create_new_prompt(
        self,
        body: PromptForm | dict[str, Any],
    ) -> PromptModel:
        """Create New Prompt

        ``POST /api/v1/prompts/create``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.create_new_prompt.asyncio(
            client=self._client,
            body=body,
        )

    async def delete_prompt_by_id(
        self,
        prompt_id: str,
    ) -> bool:
        """Delete Prompt By Id

        ``DELETE /api/v1/prompts/id/{prompt_id}/delete``
        """
        return await _api.delete_prompt_by_id.asyncio(
            prompt_id,
            client=self._client,
        )

    async def delete_prompt_history_entry(
        self,
        prompt_id: str,
        history_id: str,
    ) -> bool:
        """Delete Prompt History Entry

        Delete a history entry. Cannot delete the active production version.

        ``DELETE /api/v1/prompts/id/{prompt_id}/history/{history_id}``
        """
        return await _api.delete_prompt_history_entry.asyncio(
            prompt_id,
            history_id,
            client=self._client,
        )

    async def get_prompt_by_id(
        self,
        prompt_id: str,
    ) -> PromptAccessResponse:
        """Get Prompt By Id

        ``GET /api/v1/prompts/id/{prompt_id}``
        """
        return await _api.get_prompt_by_id.asyncio(
            prompt_id,
            client=self._client,
        )

    async def get_prompt_diff(
        self,
        prompt_id: str,
        *,
        from_id: str,
        to_id: str,
    ) -> Any:
        """Get Prompt Diff

        Get diff between two versions.

        ``GET /api/v1/prompts/id/{prompt_id}/history/diff``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_prompt_diff.asyncio(
            prompt_id,
            client=self._client,
            from_id=from_id,
            to_id=to_id,
        )

    async def get_prompt_history(
        self,
        prompt_id: str,
        *,
        page: int | Unset = 0,
    ) -> list[PromptHistoryResponse]:
        """Get Prompt History

        Get version history for a prompt.

        ``GET /api/v1/prompts/id/{prompt_id}/history``
        """
        return await _api.get_prompt_history.asyncio(
            prompt_id,
            client=self._client,
            page=page,
        )

    async def get_prompt_history_entry(
        self,
        prompt_id: str,
        history_id: str,
    ) -> PromptHistoryModel:
        """Get Prompt History Entry

        Get a specific version from history.

        ``GET /api/v1/prompts/id/{prompt_id}/history/{history_id}``
        """
        return await _api.get_prompt_history_entry.asyncio(
            prompt_id,
            history_id,
            client=self._client,
        )

    async def get_prompt_list(
        self,
        *,
        query: None | str | Unset = UNSET,
        view_option: None | str | Unset = UNSET,
        tag: None | str | Unset = UNSET,
        order_by: None | str | Unset = UNSET,
        direction: None | str | Unset = UNSET,
        page: int | None | Unset = 1,
    ) -> PromptAccessListResponse:
        """Get Prompt List

        ``GET /api/v1/prompts/list``
        """
        return await _api.get_prompt_list.asyncio(
            client=self._client,
            query=query,
            view_option=view_option,
            tag=tag,
            order_by=order_by,
            direction=direction,
            page=page,
        )

    async def get_prompt_tags(
        self,
    ) -> list[str]:
        """Get Prompt Tags

        ``GET /api/v1/prompts/tags``
        """
        return await _api.get_prompt_tags.asyncio(
            client=self._client,
        )

    async def get_prompts(
        self,
    ) -> list[PromptModel]:
        """Get Prompts

        ``GET /api/v1/prompts/``
        """
        return await _api.get_prompts.asyncio(
            client=self._client,
        )

    async def set_prompt_version(
        self,
        prompt_id: str,
        body: PromptVersionUpdateForm | dict[str, Any],
    ) -> PromptModel:
        """Set Prompt Version

        ``POST /api/v1/prompts/id/{prompt_id}/update/version``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.set_prompt_version.asyncio(
            prompt_id,
            client=self._client,
            body=body,
        )

    async def toggle_prompt_active(
        self,
        prompt_id: str,
    ) -> PromptModel:
        """Toggle Prompt Active

        ``POST /api/v1/prompts/id/{prompt_id}/toggle``
        """
        return await _api.toggle_prompt_active.asyncio(
            prompt_id,
            client=self._client,
        )

    async def update_prompt_access_by_id(
        self,
        prompt_id: str,
        body: PromptAccessGrantsForm | dict[str, Any],
    ) -> None | PromptModel:
        """Update Prompt Access By Id

        ``POST /api/v1/prompts/id/{prompt_id}/access/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.update_prompt_access_by_id.asyncio(
            prompt_id,
            client=self._client,
            body=body,
        )

    async def update_prompt_by_id(
        self,
        prompt_id: str,
        body: PromptForm | dict[str, Any],
    ) -> PromptModel:
        """Update Prompt By Id

        Update a prompt's content, creating a new history entry if changed.

        ``POST /api/v1/prompts/id/{prompt_id}/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.update_prompt_by_id.asyncio(
            prompt_id,
            client=self._client,
            body=body,
        )

    async def update_prompt_metadata(
        self,
        prompt_id: str,
        body: PromptMetadataForm | dict[str, Any],
    ) -> PromptModel:
        """Update Prompt Metadata

        Update prompt name and command only (no history created).

        ``POST /api/v1/prompts/id/{prompt_id}/update/meta``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.update_prompt_metadata.asyncio(
            prompt_id,
            client=self._client,
            body=body,
        )


class PromptsResource:
    """The ``prompts`` endpoints: ``client.prompts`` of :class:`owui_sdk.OpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create_new_prompt(
        self,
        body: PromptForm | dict[str, Any],
    ) -> PromptModel:
        """Create New Prompt

        ``POST /api/v1/prompts/create``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.create_new_prompt.sync(
            client=self._client,
            body=body,
        )

    def delete_prompt_by_id(
        self,
        prompt_id: str,
    ) -> bool:
        """Delete Prompt By Id

        ``DELETE /api/v1/prompts/id/{prompt_id}/delete``
        """
        return _api.delete_prompt_by_id.sync(
            prompt_id,
            client=self._client,
        )

    def delete_prompt_history_entry(
        self,
        prompt_id: str,
        history_id: str,
    ) -> bool:
        """Delete Prompt History Entry

        Delete a history entry. Cannot delete the active production version.

        ``DELETE /api/v1/prompts/id/{prompt_id}/history/{history_id}``
        """
        return _api.delete_prompt_history_entry.sync(
            prompt_id,
            history_id,
            client=self._client,
        )

    def get_prompt_by_id(
        self,
        prompt_id: str,
    ) -> PromptAccessResponse:
        """Get Prompt By Id

        ``GET /api/v1/prompts/id/{prompt_id}``
        """
        return _api.get_prompt_by_id.sync(
            prompt_id,
            client=self._client,
        )

    def get_prompt_diff(
        self,
        prompt_id: str,
        *,
        from_id: str,
        to_id: str,
    ) -> Any:
        """Get Prompt Diff

        Get diff between two versions.

        ``GET /api/v1/prompts/id/{prompt_id}/history/diff``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_prompt_diff.sync(
            prompt_id,
            client=self._client,
            from_id=from_id,
            to_id=to_id,
        )

    def get_prompt_history(
        self,
        prompt_id: str,
        *,
        page: int | Unset = 0,
    ) -> list[PromptHistoryResponse]:
        """Get Prompt History

        Get version history for a prompt.

        ``GET /api/v1/prompts/id/{prompt_id}/history``
        """
        return _api.get_prompt_history.sync(
            prompt_id,
            client=self._client,
            page=page,
        )

    def get_prompt_history_entry(
        self,
        prompt_id: str,
        history_id: str,
    ) -> PromptHistoryModel:
        """Get Prompt History Entry

        Get a specific version from history.

        ``GET /api/v1/prompts/id/{prompt_id}/history/{history_id}``
        """
        return _api.get_prompt_history_entry.sync(
            prompt_id,
            history_id,
            client=self._client,
        )

    def get_prompt_list(
        self,
        *,
        query: None | str | Unset = UNSET,
        view_option: None | str | Unset = UNSET,
        tag: None | str | Unset = UNSET,
        order_by: None | str | Unset = UNSET,
        direction: None | str | Unset = UNSET,
        page: int | None | Unset = 1,
    ) -> PromptAccessListResponse:
        """Get Prompt List

        ``GET /api/v1/prompts/list``
        """
        return _api.get_prompt_list.sync(
            client=self._client,
            query=query,
            view_option=view_option,
            tag=tag,
            order_by=order_by,
            direction=direction,
            page=page,
        )

    def get_prompt_tags(
        self,
    ) -> list[str]:
        """Get Prompt Tags

        ``GET /api/v1/prompts/tags``
        """
        return _api.get_prompt_tags.sync(
            client=self._client,
        )

    def get_prompts(
        self,
    ) -> list[PromptModel]:
        """Get Prompts

        ``GET /api/v1/prompts/``
        """
        return _api.get_prompts.sync(
            client=self._client,
        )

    def set_prompt_version(
        self,
        prompt_id: str,
        body: PromptVersionUpdateForm | dict[str, Any],
    ) -> PromptModel:
        """Set Prompt Version

        ``POST /api/v1/prompts/id/{prompt_id}/update/version``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.set_prompt_version.sync(
            prompt_id,
            client=self._client,
            body=body,
        )

    def toggle_prompt_active(
        self,
        prompt_id: str,
    ) -> PromptModel:
        """Toggle Prompt Active

        ``POST /api/v1/prompts/id/{prompt_id}/toggle``
        """
        return _api.toggle_prompt_active.sync(
            prompt_id,
            client=self._client,
        )

    def update_prompt_access_by_id(
        self,
        prompt_id: str,
        body: PromptAccessGrantsForm | dict[str, Any],
    ) -> None | PromptModel:
        """Update Prompt Access By Id

        ``POST /api/v1/prompts/id/{prompt_id}/access/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.update_prompt_access_by_id.sync(
            prompt_id,
            client=self._client,
            body=body,
        )

    def update_prompt_by_id(
        self,
        prompt_id: str,
        body: PromptForm | dict[str, Any],
    ) -> PromptModel:
        """Update Prompt By Id

        Update a prompt's content, creating a new history entry if changed.

        ``POST /api/v1/prompts/id/{prompt_id}/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.update_prompt_by_id.sync(
            prompt_id,
            client=self._client,
            body=body,
        )

    def update_prompt_metadata(
        self,
        prompt_id: str,
        body: PromptMetadataForm | dict[str, Any],
    ) -> PromptModel:
        """Update Prompt Metadata

        Update prompt name and command only (no history created).

        ``POST /api/v1/prompts/id/{prompt_id}/update/meta``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.update_prompt_metadata.sync(
            prompt_id,
            client=self._client,
            body=body,
        )
