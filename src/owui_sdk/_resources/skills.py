"""``client.skills``: the ``skills`` endpoints of Open WebUI as methods; generated, do not edit.

Each method calls the function of the same name in :mod:`owui_sdk.api.skills`, which loads
on the method's first call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._types import UNSET
from ..api import skills as _api

if TYPE_CHECKING:
    from .._endpoint import AsyncClient, SyncClient
    from .._generated.models.clone_skill_form import CloneSkillForm
    from .._generated.models.import_skills_body import ImportSkillsBody
    from .._generated.models.load_url_form import LoadUrlForm
    from .._generated.models.preview_skill_import_body import PreviewSkillImportBody
    from .._generated.models.skill_access_grants_form import SkillAccessGrantsForm
    from .._generated.models.skill_access_list_response import SkillAccessListResponse
    from .._generated.models.skill_detail_response import SkillDetailResponse
    from .._generated.models.skill_form import SkillForm
    from .._generated.models.skill_history_response import SkillHistoryResponse
    from .._generated.models.skill_model import SkillModel
    from .._generated.models.skill_response import SkillResponse
    from .._generated.models.skill_user_response import SkillUserResponse
    from .._generated.models.skill_version_update_form import SkillVersionUpdateForm
    from .._types import Unset

__all__ = ["AsyncSkillsResource", "SkillsResource"]


class AsyncSkillsResource:
    """The ``skills`` endpoints (asyncio): ``client.skills`` of :class:`owui_sdk.AsyncOpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def clone_skill(
        self,
        id: str,
        body: CloneSkillForm | dict[str, Any],
    ) -> SkillModel:
        """Clone Skill

        ``POST /api/v1/skills/id/{id}/clone``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.clone_skill.asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def create_new_skill(
        self,
        body: SkillForm | dict[str, Any],
    ) -> SkillResponse:
        """Create New Skill

        ``POST /api/v1/skills/create``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.create_new_skill.asyncio(
            client=self._client,
            body=body,
        )

    async def delete_skill_by_id(
        self,
        id: str,
    ) -> bool:
        """Delete Skill By Id

        ``DELETE /api/v1/skills/id/{id}/delete``
        """
        return await _api.delete_skill_by_id.asyncio(
            id,
            client=self._client,
        )

    async def delete_skill_history_entry(
        self,
        id: str,
        history_id: str,
    ) -> bool:
        """Delete Skill History Entry

        ``DELETE /api/v1/skills/id/{id}/history/{history_id}``
        """
        return await _api.delete_skill_history_entry.asyncio(
            id,
            history_id,
            client=self._client,
        )

    async def diff_skill_file(
        self,
        id: str,
        *,
        from_id: str,
        to_id: str,
        path: str,
    ) -> Any:
        """Diff Skill File

        ``GET /api/v1/skills/id/{id}/history/diff/file``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.diff_skill_file.asyncio(
            id,
            client=self._client,
            from_id=from_id,
            to_id=to_id,
            path=path,
        )

    async def diff_skill_history(
        self,
        id: str,
        *,
        from_id: str,
        to_id: str,
    ) -> Any:
        """Diff Skill History

        ``GET /api/v1/skills/id/{id}/history/diff``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.diff_skill_history.asyncio(
            id,
            client=self._client,
            from_id=from_id,
            to_id=to_id,
        )

    async def export_skills(
        self,
        *,
        format: str | Unset = "json",
        ids: list[str] | None | Unset = UNSET,
        version_id: None | str | Unset = UNSET,
    ) -> Any:
        """Export Skills

        ``GET /api/v1/skills/export``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.export_skills.asyncio(
            client=self._client,
            format_=format,
            ids=ids,
            version_id=version_id,
        )

    async def get_skill_by_id(
        self,
        id: str,
    ) -> SkillDetailResponse:
        """Get Skill By Id

        ``GET /api/v1/skills/id/{id}``
        """
        return await _api.get_skill_by_id.asyncio(
            id,
            client=self._client,
        )

    async def get_skill_file(
        self,
        id: str,
        *,
        path: str,
        version_id: str,
    ) -> Any:
        """Get Skill File

        ``GET /api/v1/skills/id/{id}/files/content``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_skill_file.asyncio(
            id,
            client=self._client,
            path=path,
            version_id=version_id,
        )

    async def get_skill_files(
        self,
        id: str,
        *,
        version_id: None | str | Unset = UNSET,
    ) -> Any:
        """Get Skill Files

        ``GET /api/v1/skills/id/{id}/files``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_skill_files.asyncio(
            id,
            client=self._client,
            version_id=version_id,
        )

    async def get_skill_history(
        self,
        id: str,
        *,
        page: int | Unset = 1,
    ) -> list[SkillHistoryResponse]:
        """Get Skill History

        ``GET /api/v1/skills/id/{id}/history``
        """
        return await _api.get_skill_history.asyncio(
            id,
            client=self._client,
            page=page,
        )

    async def get_skill_history_entry(
        self,
        id: str,
        history_id: str,
    ) -> Any:
        """Get Skill History Entry

        ``GET /api/v1/skills/id/{id}/history/{history_id}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_skill_history_entry.asyncio(
            id,
            history_id,
            client=self._client,
        )

    async def get_skill_list(
        self,
        *,
        query: None | str | Unset = UNSET,
        view_option: None | str | Unset = UNSET,
        order_by: None | str | Unset = UNSET,
        direction: None | str | Unset = UNSET,
        page: int | None | Unset = 1,
    ) -> SkillAccessListResponse:
        """Get Skill List

        ``GET /api/v1/skills/list``
        """
        return await _api.get_skill_list.asyncio(
            client=self._client,
            query=query,
            view_option=view_option,
            order_by=order_by,
            direction=direction,
            page=page,
        )

    async def get_skills(
        self,
        *,
        query: None | str | Unset = UNSET,
    ) -> list[SkillUserResponse]:
        """Get Skills

        ``GET /api/v1/skills/``
        """
        return await _api.get_skills.asyncio(
            client=self._client,
            query=query,
        )

    async def import_skills(
        self,
        body: ImportSkillsBody,
    ) -> Any:
        """Import Skills

        ``POST /api/v1/skills/import``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.import_skills.asyncio(
            client=self._client,
            body=body,
        )

    async def load_skill_by_url(
        self,
        body: LoadUrlForm | dict[str, Any],
    ) -> Any:
        """Load Skill By Url

        ``POST /api/v1/skills/load/url``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.load_skill_by_url.asyncio(
            client=self._client,
            body=body,
        )

    async def preview_skill_import(
        self,
        body: PreviewSkillImportBody,
    ) -> Any:
        """Preview Skill Import

        ``POST /api/v1/skills/import/preview``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.preview_skill_import.asyncio(
            client=self._client,
            body=body,
        )

    async def set_skill_version(
        self,
        id: str,
        body: SkillVersionUpdateForm | dict[str, Any],
    ) -> SkillModel:
        """Set Skill Version

        ``POST /api/v1/skills/id/{id}/update/version``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.set_skill_version.asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def toggle_skill_by_id(
        self,
        id: str,
    ) -> SkillModel:
        """Toggle Skill By Id

        ``POST /api/v1/skills/id/{id}/toggle``
        """
        return await _api.toggle_skill_by_id.asyncio(
            id,
            client=self._client,
        )

    async def update_skill_access_by_id(
        self,
        id: str,
        body: SkillAccessGrantsForm | dict[str, Any],
    ) -> None | SkillModel:
        """Update Skill Access By Id

        ``POST /api/v1/skills/id/{id}/access/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.update_skill_access_by_id.asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def update_skill_by_id(
        self,
        id: str,
        body: SkillForm | dict[str, Any],
    ) -> SkillModel:
        """Update Skill By Id

        ``POST /api/v1/skills/id/{id}/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.update_skill_by_id.asyncio(
            id,
            client=self._client,
            body=body,
        )


class SkillsResource:
    """The ``skills`` endpoints: ``client.skills`` of :class:`owui_sdk.OpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def clone_skill(
        self,
        id: str,
        body: CloneSkillForm | dict[str, Any],
    ) -> SkillModel:
        """Clone Skill

        ``POST /api/v1/skills/id/{id}/clone``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.clone_skill.sync(
            id,
            client=self._client,
            body=body,
        )

    def create_new_skill(
        self,
        body: SkillForm | dict[str, Any],
    ) -> SkillResponse:
        """Create New Skill

        ``POST /api/v1/skills/create``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.create_new_skill.sync(
            client=self._client,
            body=body,
        )

    def delete_skill_by_id(
        self,
        id: str,
    ) -> bool:
        """Delete Skill By Id

        ``DELETE /api/v1/skills/id/{id}/delete``
        """
        return _api.delete_skill_by_id.sync(
            id,
            client=self._client,
        )

    def delete_skill_history_entry(
        self,
        id: str,
        history_id: str,
    ) -> bool:
        """Delete Skill History Entry

        ``DELETE /api/v1/skills/id/{id}/history/{history_id}``
        """
        return _api.delete_skill_history_entry.sync(
            id,
            history_id,
            client=self._client,
        )

    def diff_skill_file(
        self,
        id: str,
        *,
        from_id: str,
        to_id: str,
        path: str,
    ) -> Any:
        """Diff Skill File

        ``GET /api/v1/skills/id/{id}/history/diff/file``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.diff_skill_file.sync(
            id,
            client=self._client,
            from_id=from_id,
            to_id=to_id,
            path=path,
        )

    def diff_skill_history(
        self,
        id: str,
        *,
        from_id: str,
        to_id: str,
    ) -> Any:
        """Diff Skill History

        ``GET /api/v1/skills/id/{id}/history/diff``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.diff_skill_history.sync(
            id,
            client=self._client,
            from_id=from_id,
            to_id=to_id,
        )

    def export_skills(
        self,
        *,
        format: str | Unset = "json",
        ids: list[str] | None | Unset = UNSET,
        version_id: None | str | Unset = UNSET,
    ) -> Any:
        """Export Skills

        ``GET /api/v1/skills/export``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.export_skills.sync(
            client=self._client,
            format_=format,
            ids=ids,
            version_id=version_id,
        )

    def get_skill_by_id(
        self,
        id: str,
    ) -> SkillDetailResponse:
        """Get Skill By Id

        ``GET /api/v1/skills/id/{id}``
        """
        return _api.get_skill_by_id.sync(
            id,
            client=self._client,
        )

    def get_skill_file(
        self,
        id: str,
        *,
        path: str,
        version_id: str,
    ) -> Any:
        """Get Skill File

        ``GET /api/v1/skills/id/{id}/files/content``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_skill_file.sync(
            id,
            client=self._client,
            path=path,
            version_id=version_id,
        )

    def get_skill_files(
        self,
        id: str,
        *,
        version_id: None | str | Unset = UNSET,
    ) -> Any:
        """Get Skill Files

        ``GET /api/v1/skills/id/{id}/files``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_skill_files.sync(
            id,
            client=self._client,
            version_id=version_id,
        )

    def get_skill_history(
        self,
        id: str,
        *,
        page: int | Unset = 1,
    ) -> list[SkillHistoryResponse]:
        """Get Skill History

        ``GET /api/v1/skills/id/{id}/history``
        """
        return _api.get_skill_history.sync(
            id,
            client=self._client,
            page=page,
        )

    def get_skill_history_entry(
        self,
        id: str,
        history_id: str,
    ) -> Any:
        """Get Skill History Entry

        ``GET /api/v1/skills/id/{id}/history/{history_id}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_skill_history_entry.sync(
            id,
            history_id,
            client=self._client,
        )

    def get_skill_list(
        self,
        *,
        query: None | str | Unset = UNSET,
        view_option: None | str | Unset = UNSET,
        order_by: None | str | Unset = UNSET,
        direction: None | str | Unset = UNSET,
        page: int | None | Unset = 1,
    ) -> SkillAccessListResponse:
        """Get Skill List

        ``GET /api/v1/skills/list``
        """
        return _api.get_skill_list.sync(
            client=self._client,
            query=query,
            view_option=view_option,
            order_by=order_by,
            direction=direction,
            page=page,
        )

    def get_skills(
        self,
        *,
        query: None | str | Unset = UNSET,
    ) -> list[SkillUserResponse]:
        """Get Skills

        ``GET /api/v1/skills/``
        """
        return _api.get_skills.sync(
            client=self._client,
            query=query,
        )

    def import_skills(
        self,
        body: ImportSkillsBody,
    ) -> Any:
        """Import Skills

        ``POST /api/v1/skills/import``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.import_skills.sync(
            client=self._client,
            body=body,
        )

    def load_skill_by_url(
        self,
        body: LoadUrlForm | dict[str, Any],
    ) -> Any:
        """Load Skill By Url

        ``POST /api/v1/skills/load/url``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.load_skill_by_url.sync(
            client=self._client,
            body=body,
        )

    def preview_skill_import(
        self,
        body: PreviewSkillImportBody,
    ) -> Any:
        """Preview Skill Import

        ``POST /api/v1/skills/import/preview``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.preview_skill_import.sync(
            client=self._client,
            body=body,
        )

    def set_skill_version(
        self,
        id: str,
        body: SkillVersionUpdateForm | dict[str, Any],
    ) -> SkillModel:
        """Set Skill Version

        ``POST /api/v1/skills/id/{id}/update/version``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.set_skill_version.sync(
            id,
            client=self._client,
            body=body,
        )

    def toggle_skill_by_id(
        self,
        id: str,
    ) -> SkillModel:
        """Toggle Skill By Id

        ``POST /api/v1/skills/id/{id}/toggle``
        """
        return _api.toggle_skill_by_id.sync(
            id,
            client=self._client,
        )

    def update_skill_access_by_id(
        self,
        id: str,
        body: SkillAccessGrantsForm | dict[str, Any],
    ) -> None | SkillModel:
        """Update Skill Access By Id

        ``POST /api/v1/skills/id/{id}/access/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.update_skill_access_by_id.sync(
            id,
            client=self._client,
            body=body,
        )

    def update_skill_by_id(
        self,
        id: str,
        body: SkillForm | dict[str, Any],
    ) -> SkillModel:
        """Update Skill By Id

        ``POST /api/v1/skills/id/{id}/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.update_skill_by_id.sync(
            id,
            client=self._client,
            body=body,
        )
