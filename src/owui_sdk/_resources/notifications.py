"""``client.notifications``: the ``notifications`` endpoints of Open WebUI as methods; generated, do not edit.

Each method calls the function of the same name in :mod:`owui_sdk.api.notifications`, which loads
on the method's first call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..api import notifications as _api

if TYPE_CHECKING:
    from .._endpoint import AsyncClient, SyncClient
    from .._generated.models.notification_target_form import NotificationTargetForm

__all__ = ["AsyncNotificationsResource", "NotificationsResource"]


class AsyncNotificationsResource:
    """The ``notifications`` endpoints (asyncio): ``client.notifications`` of :class:`owui_sdk.AsyncOpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create_notification_target(
        self,
        body: NotificationTargetForm | dict[str, Any],
    ) -> Any:
        """Create Notification Target

        ``POST /api/v1/notifications/targets``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.create_notification_target.asyncio(
            client=self._client,
            body=body,
        )

    async def delete_notification_target(
        self,
        target_id: str,
    ) -> Any:
        """Delete Notification Target

        ``DELETE /api/v1/notifications/targets/{target_id}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.delete_notification_target.asyncio(
            target_id,
            client=self._client,
        )

    async def get_notification_events(
        self,
    ) -> Any:
        """Get Notification Events

        ``GET /api/v1/notifications/events``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_notification_events.asyncio(
            client=self._client,
        )

    async def get_notification_targets(
        self,
    ) -> Any:
        """Get Notification Targets

        ``GET /api/v1/notifications/targets``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_notification_targets.asyncio(
            client=self._client,
        )

    async def set_default_notification_target(
        self,
        target_id: str,
    ) -> Any:
        """Set Default Notification Target

        ``PUT /api/v1/notifications/targets/{target_id}/default``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.set_default_notification_target.asyncio(
            target_id,
            client=self._client,
        )

    async def test_notification_target(
        self,
        target_id: str,
    ) -> Any:
        """Test Notification Target

        ``POST /api/v1/notifications/targets/{target_id}/test``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.test_notification_target.asyncio(
            target_id,
            client=self._client,
        )

    async def update_notification_target(
        self,
        target_id: str,
        body: NotificationTargetForm | dict[str, Any],
    ) -> Any:
        """Update Notification Target

        ``PUT /api/v1/notifications/targets/{target_id}``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.update_notification_target.asyncio(
            target_id,
            client=self._client,
            body=body,
        )


class NotificationsResource:
    """The ``notifications`` endpoints: ``client.notifications`` of :class:`owui_sdk.OpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create_notification_target(
        self,
        body: NotificationTargetForm | dict[str, Any],
    ) -> Any:
        """Create Notification Target

        ``POST /api/v1/notifications/targets``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.create_notification_target.sync(
            client=self._client,
            body=body,
        )

    def delete_notification_target(
        self,
        target_id: str,
    ) -> Any:
        """Delete Notification Target

        ``DELETE /api/v1/notifications/targets/{target_id}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.delete_notification_target.sync(
            target_id,
            client=self._client,
        )

    def get_notification_events(
        self,
    ) -> Any:
        """Get Notification Events

        ``GET /api/v1/notifications/events``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_notification_events.sync(
            client=self._client,
        )

    def get_notification_targets(
        self,
    ) -> Any:
        """Get Notification Targets

        ``GET /api/v1/notifications/targets``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_notification_targets.sync(
            client=self._client,
        )

    def set_default_notification_target(
        self,
        target_id: str,
    ) -> Any:
        """Set Default Notification Target

        ``PUT /api/v1/notifications/targets/{target_id}/default``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.set_default_notification_target.sync(
            target_id,
            client=self._client,
        )

    def test_notification_target(
        self,
        target_id: str,
    ) -> Any:
        """Test Notification Target

        ``POST /api/v1/notifications/targets/{target_id}/test``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.test_notification_target.sync(
            target_id,
            client=self._client,
        )

    def update_notification_target(
        self,
        target_id: str,
        body: NotificationTargetForm | dict[str, Any],
    ) -> Any:
        """Update Notification Target

        ``PUT /api/v1/notifications/targets/{target_id}``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.update_notification_target.sync(
            target_id,
            client=self._client,
            body=body,
        )
