"""``client.groups``: the ``groups`` endpoints of Open WebUI as methods; generated, do not edit.

Each method calls the function of the same name in :mod:`owui_sdk.api.groups`, which loads
on the method's first call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._types import UNSET
from ..api import groups as _api

if TYPE_CHECKING:
    from .._endpoint import AsyncClient, SyncClient
    from .._generated.models.group_export_response import GroupExportResponse
    from .._generated.models.group_form import GroupForm
    from .._generated.models.group_info_response import GroupInfoResponse
    from .._generated.models.group_members_response import GroupMembersResponse
    from .._generated.models.group_response import GroupResponse
    from .._generated.models.group_update_form import GroupUpdateForm
    from .._generated.models.inspect_group_members_membership import (
        InspectGroupMembersMembership,
    )
    from .._generated.models.user_ids_form import UserIdsForm
    from .._generated.models.user_info_response import UserInfoResponse
    from .._types import Unset

__all__ = ["AsyncGroupsResource", "GroupsResource"]


class AsyncGroupsResource:
    """The ``groups`` endpoints (asyncio): ``client.groups`` of :class:`owui_sdk.AsyncOpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def add_user_to_group(
        self,
        id: str,
        body: UserIdsForm | dict[str, Any],
    ) -> GroupResponse:
        """Add User To Group

        ``POST /api/v1/groups/id/{id}/users/add``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.add_user_to_group.asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def create_new_group(
        self,
        body: GroupForm | dict[str, Any],
    ) -> GroupResponse:
        """Create New Group

        ``POST /api/v1/groups/create``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.create_new_group.asyncio(
            client=self._client,
            body=body,
        )

    async def delete_group_by_id(
        self,
        id: str,
    ) -> bool:
        """Delete Group By Id

        ``DELETE /api/v1/groups/id/{id}/delete``
        """
        return await _api.delete_group_by_id.asyncio(
            id,
            client=self._client,
        )

    async def export_group_by_id(
        self,
        id: str,
    ) -> GroupExportResponse:
        """Export Group By Id

        ``GET /api/v1/groups/id/{id}/export``
        """
        return await _api.export_group_by_id.asyncio(
            id,
            client=self._client,
        )

    async def get_group_by_id(
        self,
        id: str,
    ) -> GroupResponse:
        """Get Group By Id

        ``GET /api/v1/groups/id/{id}``
        """
        return await _api.get_group_by_id.asyncio(
            id,
            client=self._client,
        )

    async def get_group_info_by_id(
        self,
        id: str,
    ) -> GroupInfoResponse:
        """Get Group Info By Id

        ``GET /api/v1/groups/id/{id}/info``
        """
        return await _api.get_group_info_by_id.asyncio(
            id,
            client=self._client,
        )

    async def get_groups(
        self,
        *,
        share: bool | None | Unset = UNSET,
    ) -> list[GroupResponse]:
        """Get Groups

        ``GET /api/v1/groups/``
        """
        return await _api.get_groups.asyncio(
            client=self._client,
            share=share,
        )

    async def get_users_in_group(
        self,
        id: str,
    ) -> list[UserInfoResponse]:
        """Get Users In Group

        ``POST /api/v1/groups/id/{id}/users``
        """
        return await _api.get_users_in_group.asyncio(
            id,
            client=self._client,
        )

    async def inspect_group_members(
        self,
        id: str,
        *,
        membership: InspectGroupMembersMembership | Unset = "effective",
        query: str | Unset = "",
        page: int | Unset = 1,
    ) -> GroupMembersResponse:
        """Inspect Group Members

        ``GET /api/v1/groups/id/{id}/members``
        """
        return await _api.inspect_group_members.asyncio(
            id,
            client=self._client,
            membership=membership,
            query=query,
            page=page,
        )

    async def preview_group_access(
        self,
        id: str,
    ) -> Any:
        """Preview Group Access

        Show what resources a group can access (preview audit).

        ``GET /api/v1/groups/id/{id}/preview``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.preview_group_access.asyncio(
            id,
            client=self._client,
        )

    async def remove_users_from_group(
        self,
        id: str,
        body: UserIdsForm | dict[str, Any],
    ) -> GroupResponse:
        """Remove Users From Group

        ``POST /api/v1/groups/id/{id}/users/remove``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.remove_users_from_group.asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def update_group_by_id(
        self,
        id: str,
        body: GroupUpdateForm | dict[str, Any],
    ) -> GroupResponse:
        """Update Group By Id

        ``POST /api/v1/groups/id/{id}/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.update_group_by_id.asyncio(
            id,
            client=self._client,
            body=body,
        )


class GroupsResource:
    """The ``groups`` endpoints: ``client.groups`` of :class:`owui_sdk.OpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def add_user_to_group(
        self,
        id: str,
        body: UserIdsForm | dict[str, Any],
    ) -> GroupResponse:
        """Add User To Group

        ``POST /api/v1/groups/id/{id}/users/add``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.add_user_to_group.sync(
            id,
            client=self._client,
            body=body,
        )

    def create_new_group(
        self,
        body: GroupForm | dict[str, Any],
    ) -> GroupResponse:
        """Create New Group

        ``POST /api/v1/groups/create``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.create_new_group.sync(
            client=self._client,
            body=body,
        )

    def delete_group_by_id(
        self,
        id: str,
    ) -> bool:
        """Delete Group By Id

        ``DELETE /api/v1/groups/id/{id}/delete``
        """
        return _api.delete_group_by_id.sync(
            id,
            client=self._client,
        )

    def export_group_by_id(
        self,
        id: str,
    ) -> GroupExportResponse:
        """Export Group By Id

        ``GET /api/v1/groups/id/{id}/export``
        """
        return _api.export_group_by_id.sync(
            id,
            client=self._client,
        )

    def get_group_by_id(
        self,
        id: str,
    ) -> GroupResponse:
        """Get Group By Id

        ``GET /api/v1/groups/id/{id}``
        """
        return _api.get_group_by_id.sync(
            id,
            client=self._client,
        )

    def get_group_info_by_id(
        self,
        id: str,
    ) -> GroupInfoResponse:
        """Get Group Info By Id

        ``GET /api/v1/groups/id/{id}/info``
        """
        return _api.get_group_info_by_id.sync(
            id,
            client=self._client,
        )

    def get_groups(
        self,
        *,
        share: bool | None | Unset = UNSET,
    ) -> list[GroupResponse]:
        """Get Groups

        ``GET /api/v1/groups/``
        """
        return _api.get_groups.sync(
            client=self._client,
            share=share,
        )

    def get_users_in_group(
        self,
        id: str,
    ) -> list[UserInfoResponse]:
        """Get Users In Group

        ``POST /api/v1/groups/id/{id}/users``
        """
        return _api.get_users_in_group.sync(
            id,
            client=self._client,
        )

    def inspect_group_members(
        self,
        id: str,
        *,
        membership: InspectGroupMembersMembership | Unset = "effective",
        query: str | Unset = "",
        page: int | Unset = 1,
    ) -> GroupMembersResponse:
        """Inspect Group Members

        ``GET /api/v1/groups/id/{id}/members``
        """
        return _api.inspect_group_members.sync(
            id,
            client=self._client,
            membership=membership,
            query=query,
            page=page,
        )

    def preview_group_access(
        self,
        id: str,
    ) -> Any:
        """Preview Group Access

        Show what resources a group can access (preview audit).

        ``GET /api/v1/groups/id/{id}/preview``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.preview_group_access.sync(
            id,
            client=self._client,
        )

    def remove_users_from_group(
        self,
        id: str,
        body: UserIdsForm | dict[str, Any],
    ) -> GroupResponse:
        """Remove Users From Group

        ``POST /api/v1/groups/id/{id}/users/remove``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.remove_users_from_group.sync(
            id,
            client=self._client,
            body=body,
        )

    def update_group_by_id(
        self,
        id: str,
        body: GroupUpdateForm | dict[str, Any],
    ) -> GroupResponse:
        """Update Group By Id

        ``POST /api/v1/groups/id/{id}/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.update_group_by_id.sync(
            id,
            client=self._client,
            body=body,
        )
