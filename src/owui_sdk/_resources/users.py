"""``client.users``: the ``users`` endpoints of Open WebUI as methods; generated, do not edit.

Each method calls the function of the same name in :mod:`owui_sdk.api.users`, which loads
on the method's first call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._types import UNSET
from ..api import users as _api

if TYPE_CHECKING:
    from .._endpoint import AsyncClient, SyncClient
    from .._generated.models.group_response import GroupResponse
    from .._generated.models.user_active_response import UserActiveResponse
    from .._generated.models.user_group_ids_list_response import UserGroupIdsListResponse
    from .._generated.models.user_info_list_response import UserInfoListResponse
    from .._generated.models.user_info_response import UserInfoResponse
    from .._generated.models.user_model import UserModel
    from .._generated.models.user_permissions import UserPermissions
    from .._generated.models.user_settings import UserSettings
    from .._generated.models.user_status import UserStatus
    from .._generated.models.user_update_form import UserUpdateForm
    from .._generated.models.user_usage_response import UserUsageResponse
    from .._generated.models.user_variables_form import UserVariablesForm
    from .._generated.models.user_variables_response import UserVariablesResponse
    from .._types import Unset

__all__ = ["AsyncUsersResource", "UsersResource"]


class AsyncUsersResource:
    """The ``users`` endpoints (asyncio): ``client.users`` of :class:`owui_sdk.AsyncOpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def delete_user_by_id(
        self,
        user_id: str,
    ) -> bool:
        """Delete User By Id

        ``DELETE /api/v1/users/{user_id}``
        """
        return await _api.delete_user_by_id.asyncio(
            user_id,
            client=self._client,
        )

    async def get_all_users(
        self,
    ) -> UserInfoListResponse:
        """Get All Users

        ``GET /api/v1/users/all``
        """
        return await _api.get_all_users.asyncio(
            client=self._client,
        )

    async def get_default_user_permissions(
        self,
    ) -> UserPermissions:
        """Get Default User Permissions

        ``GET /api/v1/users/default/permissions``
        """
        return await _api.get_default_user_permissions.asyncio(
            client=self._client,
        )

    async def get_default_user_permissions_defaults(
        self,
    ) -> UserPermissions:
        """Get Default User Permissions Defaults

        ``GET /api/v1/users/default/permissions/defaults``
        """
        return await _api.get_default_user_permissions_defaults.asyncio(
            client=self._client,
        )

    async def get_user_active_status_by_id(
        self,
        user_id: str,
    ) -> dict[str, Any]:
        """Get User Active Status By Id

        ``GET /api/v1/users/{user_id}/active``
        """
        return await _api.get_user_active_status_by_id.asyncio(
            user_id,
            client=self._client,
        )

    async def get_user_by_id(
        self,
        user_id: str,
    ) -> UserActiveResponse:
        """Get User By Id

        ``GET /api/v1/users/{user_id}``
        """
        return await _api.get_user_by_id.asyncio(
            user_id,
            client=self._client,
        )

    async def get_user_groups(
        self,
        *,
        include_inherited: bool | Unset = False,
    ) -> list[GroupResponse]:
        """Get User Groups

        ``GET /api/v1/users/groups``
        """
        return await _api.get_user_groups.asyncio(
            client=self._client,
            include_inherited=include_inherited,
        )

    async def get_user_groups_by_id(
        self,
        user_id: str,
        *,
        include_inherited: bool | Unset = False,
    ) -> list[GroupResponse]:
        """Get User Groups By Id

        ``GET /api/v1/users/{user_id}/groups``
        """
        return await _api.get_user_groups_by_id.asyncio(
            user_id,
            client=self._client,
            include_inherited=include_inherited,
        )

    async def get_user_info_by_id(
        self,
        user_id: str,
    ) -> UserInfoResponse:
        """Get User Info By Id

        ``GET /api/v1/users/{user_id}/info``
        """
        return await _api.get_user_info_by_id.asyncio(
            user_id,
            client=self._client,
        )

    async def get_user_info_by_session_user(
        self,
    ) -> dict[str, Any] | None:
        """Get User Info By Session User

        ``GET /api/v1/users/user/info``
        """
        return await _api.get_user_info_by_session_user.asyncio(
            client=self._client,
        )

    async def get_user_oauth_sessions_by_id(
        self,
        user_id: str,
    ) -> Any:
        """Get User Oauth Sessions By Id

        ``GET /api/v1/users/{user_id}/oauth/sessions``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_user_oauth_sessions_by_id.asyncio(
            user_id,
            client=self._client,
        )

    async def get_user_permissisions(
        self,
    ) -> UserPermissions:
        """Get User Permissisions

        ``GET /api/v1/users/permissions``
        """
        return await _api.get_user_permissisions.asyncio(
            client=self._client,
        )

    async def get_user_preview(
        self,
        user_id: str,
    ) -> Any:
        """Get User Preview

        Show what resources a specific user can access across all their groups.

        ``GET /api/v1/users/{user_id}/preview``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_user_preview.asyncio(
            user_id,
            client=self._client,
        )

    async def get_user_profile_image_by_id(
        self,
        user_id: str,
    ) -> Any:
        """Get User Profile Image By Id

        ``GET /api/v1/users/{user_id}/profile/image``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_user_profile_image_by_id.asyncio(
            user_id,
            client=self._client,
        )

    async def get_user_settings_by_session_user(
        self,
        *,
        raw: bool | Unset = False,
    ) -> None | UserSettings:
        """Get User Settings By Session User

        ``GET /api/v1/users/user/settings``
        """
        return await _api.get_user_settings_by_session_user.asyncio(
            client=self._client,
            raw=raw,
        )

    async def get_user_status_by_session_user(
        self,
    ) -> Any:
        """Get User Status By Session User

        ``GET /api/v1/users/user/status``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_user_status_by_session_user.asyncio(
            client=self._client,
        )

    async def get_user_usage_by_session_user(
        self,
        *,
        days: int | None | Unset = UNSET,
        start_date: int | None | Unset = UNSET,
        end_date: int | None | Unset = UNSET,
    ) -> UserUsageResponse:
        """Get User Usage By Session User

        ``GET /api/v1/users/usage``
        """
        return await _api.get_user_usage_by_session_user.asyncio(
            client=self._client,
            days=days,
            start_date=start_date,
            end_date=end_date,
        )

    async def get_user_variables_by_session_user(
        self,
    ) -> UserVariablesResponse:
        """Get User Variables By Session User

        ``GET /api/v1/users/user/variables``
        """
        return await _api.get_user_variables_by_session_user.asyncio(
            client=self._client,
        )

    async def get_users(
        self,
        *,
        query: None | str | Unset = UNSET,
        order_by: None | str | Unset = UNSET,
        direction: None | str | Unset = UNSET,
        page: int | None | Unset = 1,
    ) -> UserGroupIdsListResponse:
        """Get Users

        ``GET /api/v1/users/``
        """
        return await _api.get_users.asyncio(
            client=self._client,
            query=query,
            order_by=order_by,
            direction=direction,
            page=page,
        )

    async def revoke_user_sessions(
        self,
        user_id: str,
    ) -> bool:
        """Revoke User Sessions

        ``POST /api/v1/users/{user_id}/sessions/revoke``
        """
        return await _api.revoke_user_sessions.asyncio(
            user_id,
            client=self._client,
        )

    async def search_users(
        self,
        *,
        query: None | str | Unset = UNSET,
        order_by: None | str | Unset = UNSET,
        direction: None | str | Unset = UNSET,
        page: int | None | Unset = 1,
    ) -> UserInfoListResponse:
        """Search Users

        ``GET /api/v1/users/search``
        """
        return await _api.search_users.asyncio(
            client=self._client,
            query=query,
            order_by=order_by,
            direction=direction,
            page=page,
        )

    async def update_default_user_permissions(
        self,
        body: UserPermissions | dict[str, Any],
    ) -> UserPermissions:
        """Update Default User Permissions

        ``POST /api/v1/users/default/permissions``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.update_default_user_permissions.asyncio(
            client=self._client,
            body=body,
        )

    async def update_user_by_id(
        self,
        user_id: str,
        body: UserUpdateForm | dict[str, Any],
    ) -> UserModel:
        """Update User By Id

        ``POST /api/v1/users/{user_id}/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.update_user_by_id.asyncio(
            user_id,
            client=self._client,
            body=body,
        )

    async def update_user_info_by_session_user(
        self,
        body: dict[str, Any],
    ) -> dict[str, Any] | None:
        """Update User Info By Session User

        Merge caller-supplied fields into the current user's info dict.

        Uses the auth-time snapshot of ``user.info`` as the merge base.  This does
        NOT eliminate lost-update races on concurrent same-user writes; real safety
        would need row locking or an optimistic-concurrency version column.

        ``POST /api/v1/users/user/info/update``

        Args:
            body: The request body.
        """
        return await _api.update_user_info_by_session_user.asyncio(
            client=self._client,
            body=body,
        )

    async def update_user_settings_by_session_user(
        self,
        body: UserSettings | dict[str, Any],
    ) -> UserSettings:
        """Update User Settings By Session User

        ``POST /api/v1/users/user/settings/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.update_user_settings_by_session_user.asyncio(
            client=self._client,
            body=body,
        )

    async def update_user_status_by_session_user(
        self,
        body: UserStatus | dict[str, Any],
    ) -> Any:
        """Update User Status By Session User

        ``POST /api/v1/users/user/status/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.update_user_status_by_session_user.asyncio(
            client=self._client,
            body=body,
        )

    async def update_user_variables_by_session_user(
        self,
        body: UserVariablesForm | dict[str, Any],
    ) -> UserVariablesResponse:
        """Update User Variables By Session User

        ``POST /api/v1/users/user/variables/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.update_user_variables_by_session_user.asyncio(
            client=self._client,
            body=body,
        )


class UsersResource:
    """The ``users`` endpoints: ``client.users`` of :class:`owui_sdk.OpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def delete_user_by_id(
        self,
        user_id: str,
    ) -> bool:
        """Delete User By Id

        ``DELETE /api/v1/users/{user_id}``
        """
        return _api.delete_user_by_id.sync(
            user_id,
            client=self._client,
        )

    def get_all_users(
        self,
    ) -> UserInfoListResponse:
        """Get All Users

        ``GET /api/v1/users/all``
        """
        return _api.get_all_users.sync(
            client=self._client,
        )

    def get_default_user_permissions(
        self,
    ) -> UserPermissions:
        """Get Default User Permissions

        ``GET /api/v1/users/default/permissions``
        """
        return _api.get_default_user_permissions.sync(
            client=self._client,
        )

    def get_default_user_permissions_defaults(
        self,
    ) -> UserPermissions:
        """Get Default User Permissions Defaults

        ``GET /api/v1/users/default/permissions/defaults``
        """
        return _api.get_default_user_permissions_defaults.sync(
            client=self._client,
        )

    def get_user_active_status_by_id(
        self,
        user_id: str,
    ) -> dict[str, Any]:
        """Get User Active Status By Id

        ``GET /api/v1/users/{user_id}/active``
        """
        return _api.get_user_active_status_by_id.sync(
            user_id,
            client=self._client,
        )

    def get_user_by_id(
        self,
        user_id: str,
    ) -> UserActiveResponse:
        """Get User By Id

        ``GET /api/v1/users/{user_id}``
        """
        return _api.get_user_by_id.sync(
            user_id,
            client=self._client,
        )

    def get_user_groups(
        self,
        *,
        include_inherited: bool | Unset = False,
    ) -> list[GroupResponse]:
        """Get User Groups

        ``GET /api/v1/users/groups``
        """
        return _api.get_user_groups.sync(
            client=self._client,
            include_inherited=include_inherited,
        )

    def get_user_groups_by_id(
        self,
        user_id: str,
        *,
        include_inherited: bool | Unset = False,
    ) -> list[GroupResponse]:
        """Get User Groups By Id

        ``GET /api/v1/users/{user_id}/groups``
        """
        return _api.get_user_groups_by_id.sync(
            user_id,
            client=self._client,
            include_inherited=include_inherited,
        )

    def get_user_info_by_id(
        self,
        user_id: str,
    ) -> UserInfoResponse:
        """Get User Info By Id

        ``GET /api/v1/users/{user_id}/info``
        """
        return _api.get_user_info_by_id.sync(
            user_id,
            client=self._client,
        )

    def get_user_info_by_session_user(
        self,
    ) -> dict[str, Any] | None:
        """Get User Info By Session User

        ``GET /api/v1/users/user/info``
        """
        return _api.get_user_info_by_session_user.sync(
            client=self._client,
        )

    def get_user_oauth_sessions_by_id(
        self,
        user_id: str,
    ) -> Any:
        """Get User Oauth Sessions By Id

        ``GET /api/v1/users/{user_id}/oauth/sessions``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_user_oauth_sessions_by_id.sync(
            user_id,
            client=self._client,
        )

    def get_user_permissisions(
        self,
    ) -> UserPermissions:
        """Get User Permissisions

        ``GET /api/v1/users/permissions``
        """
        return _api.get_user_permissisions.sync(
            client=self._client,
        )

    def get_user_preview(
        self,
        user_id: str,
    ) -> Any:
        """Get User Preview

        Show what resources a specific user can access across all their groups.

        ``GET /api/v1/users/{user_id}/preview``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_user_preview.sync(
            user_id,
            client=self._client,
        )

    def get_user_profile_image_by_id(
        self,
        user_id: str,
    ) -> Any:
        """Get User Profile Image By Id

        ``GET /api/v1/users/{user_id}/profile/image``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_user_profile_image_by_id.sync(
            user_id,
            client=self._client,
        )

    def get_user_settings_by_session_user(
        self,
        *,
        raw: bool | Unset = False,
    ) -> None | UserSettings:
        """Get User Settings By Session User

        ``GET /api/v1/users/user/settings``
        """
        return _api.get_user_settings_by_session_user.sync(
            client=self._client,
            raw=raw,
        )

    def get_user_status_by_session_user(
        self,
    ) -> Any:
        """Get User Status By Session User

        ``GET /api/v1/users/user/status``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_user_status_by_session_user.sync(
            client=self._client,
        )

    def get_user_usage_by_session_user(
        self,
        *,
        days: int | None | Unset = UNSET,
        start_date: int | None | Unset = UNSET,
        end_date: int | None | Unset = UNSET,
    ) -> UserUsageResponse:
        """Get User Usage By Session User

        ``GET /api/v1/users/usage``
        """
        return _api.get_user_usage_by_session_user.sync(
            client=self._client,
            days=days,
            start_date=start_date,
            end_date=end_date,
        )

    def get_user_variables_by_session_user(
        self,
    ) -> UserVariablesResponse:
        """Get User Variables By Session User

        ``GET /api/v1/users/user/variables``
        """
        return _api.get_user_variables_by_session_user.sync(
            client=self._client,
        )

    def get_users(
        self,
        *,
        query: None | str | Unset = UNSET,
        order_by: None | str | Unset = UNSET,
        direction: None | str | Unset = UNSET,
        page: int | None | Unset = 1,
    ) -> UserGroupIdsListResponse:
        """Get Users

        ``GET /api/v1/users/``
        """
        return _api.get_users.sync(
            client=self._client,
            query=query,
            order_by=order_by,
            direction=direction,
            page=page,
        )

    def revoke_user_sessions(
        self,
        user_id: str,
    ) -> bool:
        """Revoke User Sessions

        ``POST /api/v1/users/{user_id}/sessions/revoke``
        """
        return _api.revoke_user_sessions.sync(
            user_id,
            client=self._client,
        )

    def search_users(
        self,
        *,
        query: None | str | Unset = UNSET,
        order_by: None | str | Unset = UNSET,
        direction: None | str | Unset = UNSET,
        page: int | None | Unset = 1,
    ) -> UserInfoListResponse:
        """Search Users

        ``GET /api/v1/users/search``
        """
        return _api.search_users.sync(
            client=self._client,
            query=query,
            order_by=order_by,
            direction=direction,
            page=page,
        )

    def update_default_user_permissions(
        self,
        body: UserPermissions | dict[str, Any],
    ) -> UserPermissions:
        """Update Default User Permissions

        ``POST /api/v1/users/default/permissions``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.update_default_user_permissions.sync(
            client=self._client,
            body=body,
        )

    def update_user_by_id(
        self,
        user_id: str,
        body: UserUpdateForm | dict[str, Any],
    ) -> UserModel:
        """Update User By Id

        ``POST /api/v1/users/{user_id}/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.update_user_by_id.sync(
            user_id,
            client=self._client,
            body=body,
        )

    def update_user_info_by_session_user(
        self,
        body: dict[str, Any],
    ) -> dict[str, Any] | None:
        """Update User Info By Session User

        Merge caller-supplied fields into the current user's info dict.

        Uses the auth-time snapshot of ``user.info`` as the merge base.  This does
        NOT eliminate lost-update races on concurrent same-user writes; real safety
        would need row locking or an optimistic-concurrency version column.

        ``POST /api/v1/users/user/info/update``

        Args:
            body: The request body.
        """
        return _api.update_user_info_by_session_user.sync(
            client=self._client,
            body=body,
        )

    def update_user_settings_by_session_user(
        self,
        body: UserSettings | dict[str, Any],
    ) -> UserSettings:
        """Update User Settings By Session User

        ``POST /api/v1/users/user/settings/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.update_user_settings_by_session_user.sync(
            client=self._client,
            body=body,
        )

    def update_user_status_by_session_user(
        self,
        body: UserStatus | dict[str, Any],
    ) -> Any:
        """Update User Status By Session User

        ``POST /api/v1/users/user/status/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.update_user_status_by_session_user.sync(
            client=self._client,
            body=body,
        )

    def update_user_variables_by_session_user(
        self,
        body: UserVariablesForm | dict[str, Any],
    ) -> UserVariablesResponse:
        """Update User Variables By Session User

        ``POST /api/v1/users/user/variables/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.update_user_variables_by_session_user.sync(
            client=self._client,
            body=body,
        )
