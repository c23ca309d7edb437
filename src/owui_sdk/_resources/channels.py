"""``client.channels``: the ``channels`` endpoints of Open WebUI as methods; generated, do not edit.

Each method calls the function of the same name in :mod:`owui_sdk.api.channels`, which loads
on the method's first call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._types import UNSET
from ..api import channels as _api

if TYPE_CHECKING:
    from .._endpoint import AsyncClient, SyncClient
    from .._generated.models.app_invitation import AppInvitation
    from .._generated.models.channel_access_grants_form import ChannelAccessGrantsForm
    from .._generated.models.channel_form import ChannelForm
    from .._generated.models.channel_full_response import ChannelFullResponse
    from .._generated.models.channel_list_item_response import ChannelListItemResponse
    from .._generated.models.channel_member_list_response import ChannelMemberListResponse
    from .._generated.models.channel_model import ChannelModel
    from .._generated.models.channel_webhook_form import ChannelWebhookForm
    from .._generated.models.channel_webhook_model import ChannelWebhookModel
    from .._generated.models.create_channel_form import CreateChannelForm
    from .._generated.models.message_model import MessageModel
    from .._generated.models.message_response import MessageResponse
    from .._generated.models.message_user_response import MessageUserResponse
    from .._generated.models.message_with_reactions_response import MessageWithReactionsResponse
    from .._generated.models.messages_message_form import MessagesMessageForm
    from .._generated.models.pin_message_form import PinMessageForm
    from .._generated.models.reaction_form import ReactionForm
    from .._generated.models.remove_members_form import RemoveMembersForm
    from .._generated.models.update_active_member_form import UpdateActiveMemberForm
    from .._generated.models.update_members_form import UpdateMembersForm
    from .._generated.models.update_muted_member_form import UpdateMutedMemberForm
    from .._generated.models.webhook_message_form import WebhookMessageForm
    from .._types import Unset

__all__ = ["AsyncChannelsResource", "ChannelsResource"]


class AsyncChannelsResource:
    """The ``channels`` endpoints (asyncio): ``client.channels`` of :class:`owui_sdk.AsyncOpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def add_members_by_id(
        self,
        id: str,
        body: UpdateMembersForm | dict[str, Any],
    ) -> Any:
        """Add Members By Id

        ``POST /api/v1/channels/{id}/update/members/add``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.add_members_by_id.asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def add_reaction_to_message(
        self,
        id: str,
        message_id: str,
        body: ReactionForm | dict[str, Any],
    ) -> bool:
        """Add Reaction To Message

        ``POST /api/v1/channels/{id}/messages/{message_id}/reactions/add``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.add_reaction_to_message.asyncio(
            id,
            message_id,
            client=self._client,
            body=body,
        )

    async def create_channel_webhook(
        self,
        id: str,
        body: ChannelWebhookForm | dict[str, Any],
    ) -> ChannelWebhookModel:
        """Create Channel Webhook

        ``POST /api/v1/channels/{id}/webhooks/create``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.create_channel_webhook.asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def create_new_channel(
        self,
        body: CreateChannelForm | dict[str, Any],
    ) -> ChannelModel:
        """Create New Channel

        ``POST /api/v1/channels/create``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.create_new_channel.asyncio(
            client=self._client,
            body=body,
        )

    async def delete_channel_by_id(
        self,
        id: str,
    ) -> bool:
        """Delete Channel By Id

        ``DELETE /api/v1/channels/{id}/delete``
        """
        return await _api.delete_channel_by_id.asyncio(
            id,
            client=self._client,
        )

    async def delete_channel_webhook(
        self,
        id: str,
        webhook_id: str,
    ) -> bool:
        """Delete Channel Webhook

        ``DELETE /api/v1/channels/{id}/webhooks/{webhook_id}/delete``
        """
        return await _api.delete_channel_webhook.asyncio(
            id,
            webhook_id,
            client=self._client,
        )

    async def delete_message_by_id(
        self,
        id: str,
        message_id: str,
    ) -> bool:
        """Delete Message By Id

        ``DELETE /api/v1/channels/{id}/messages/{message_id}/delete``
        """
        return await _api.delete_message_by_id.asyncio(
            id,
            message_id,
            client=self._client,
        )

    async def get_all_channels(
        self,
    ) -> list[ChannelModel]:
        """Get All Channels

        ``GET /api/v1/channels/list``
        """
        return await _api.get_all_channels.asyncio(
            client=self._client,
        )

    async def get_channel_apps(
        self,
        channel_id: str,
    ) -> Any:
        """Get Channel Apps

        ``GET /api/v1/channels/{channel_id}/apps``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_channel_apps.asyncio(
            channel_id,
            client=self._client,
        )

    async def get_channel_by_id(
        self,
        id: str,
    ) -> ChannelFullResponse:
        """Get Channel By Id

        ``GET /api/v1/channels/{id}``
        """
        return await _api.get_channel_by_id.asyncio(
            id,
            client=self._client,
        )

    async def get_channel_members_by_id(
        self,
        id: str,
        *,
        query: None | str | Unset = UNSET,
        order_by: None | str | Unset = UNSET,
        direction: None | str | Unset = UNSET,
        page: int | None | Unset = 1,
    ) -> ChannelMemberListResponse:
        """Get Channel Members By Id

        ``GET /api/v1/channels/{id}/members``
        """
        return await _api.get_channel_members_by_id.asyncio(
            id,
            client=self._client,
            query=query,
            order_by=order_by,
            direction=direction,
            page=page,
        )

    async def get_channel_message(
        self,
        id: str,
        message_id: str,
    ) -> MessageResponse:
        """Get Channel Message

        ``GET /api/v1/channels/{id}/messages/{message_id}``
        """
        return await _api.get_channel_message.asyncio(
            id,
            message_id,
            client=self._client,
        )

    async def get_channel_message_data(
        self,
        id: str,
        message_id: str,
    ) -> dict[str, Any] | None:
        """Get Channel Message Data

        ``GET /api/v1/channels/{id}/messages/{message_id}/data``
        """
        return await _api.get_channel_message_data.asyncio(
            id,
            message_id,
            client=self._client,
        )

    async def get_channel_messages(
        self,
        id: str,
        *,
        skip: int | Unset = 0,
        limit: int | Unset = 50,
    ) -> list[MessageUserResponse]:
        """Get Channel Messages

        ``GET /api/v1/channels/{id}/messages``
        """
        return await _api.get_channel_messages.asyncio(
            id,
            client=self._client,
            skip=skip,
            limit=limit,
        )

    async def get_channel_thread_messages(
        self,
        id: str,
        message_id: str,
        *,
        skip: int | Unset = 0,
        limit: int | Unset = 50,
        around: None | str | Unset = UNSET,
        before: None | str | Unset = UNSET,
    ) -> list[MessageUserResponse]:
        """Get Channel Thread Messages

        ``GET /api/v1/channels/{id}/messages/{message_id}/thread``
        """
        return await _api.get_channel_thread_messages.asyncio(
            id,
            message_id,
            client=self._client,
            skip=skip,
            limit=limit,
            around=around,
            before=before,
        )

    async def get_channel_webhooks(
        self,
        id: str,
    ) -> list[ChannelWebhookModel]:
        """Get Channel Webhooks

        ``GET /api/v1/channels/{id}/webhooks``
        """
        return await _api.get_channel_webhooks.asyncio(
            id,
            client=self._client,
        )

    async def get_channels(
        self,
    ) -> list[ChannelListItemResponse]:
        """Get Channels

        ``GET /api/v1/channels/``
        """
        return await _api.get_channels.asyncio(
            client=self._client,
        )

    async def get_dm_channel_by_user_id(
        self,
        user_id: str,
    ) -> ChannelModel:
        """Get Dm Channel By User Id

        ``GET /api/v1/channels/users/{user_id}``
        """
        return await _api.get_dm_channel_by_user_id.asyncio(
            user_id,
            client=self._client,
        )

    async def get_pinned_channel_messages(
        self,
        id: str,
        *,
        page: int | Unset = 1,
    ) -> list[MessageWithReactionsResponse]:
        """Get Pinned Channel Messages

        ``GET /api/v1/channels/{id}/messages/pinned``
        """
        return await _api.get_pinned_channel_messages.asyncio(
            id,
            client=self._client,
            page=page,
        )

    async def get_webhook_profile_image(
        self,
        webhook_id: str,
    ) -> Any:
        """Get Webhook Profile Image

        Get webhook profile image by webhook ID.

        ``GET /api/v1/channels/webhooks/{webhook_id}/profile/image``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_webhook_profile_image.asyncio(
            webhook_id,
            client=self._client,
        )

    async def invite_app(
        self,
        channel_id: str,
        body: AppInvitation | dict[str, Any],
    ) -> Any:
        """Invite App

        ``POST /api/v1/channels/{channel_id}/apps``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.invite_app.asyncio(
            channel_id,
            client=self._client,
            body=body,
        )

    async def pin_channel_message(
        self,
        id: str,
        message_id: str,
        body: PinMessageForm | dict[str, Any],
    ) -> MessageUserResponse:
        """Pin Channel Message

        ``POST /api/v1/channels/{id}/messages/{message_id}/pin``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.pin_channel_message.asyncio(
            id,
            message_id,
            client=self._client,
            body=body,
        )

    async def post_new_message(
        self,
        id: str,
        body: MessagesMessageForm | dict[str, Any],
    ) -> MessageModel | None:
        """Post New Message

        ``POST /api/v1/channels/{id}/messages/post``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.post_new_message.asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def post_webhook_message(
        self,
        webhook_id: str,
        token: str,
        body: WebhookMessageForm | dict[str, Any],
    ) -> Any:
        """Post Webhook Message

        Public endpoint to post messages via webhook. No authentication required.

        ``POST /api/v1/channels/webhooks/{webhook_id}/{token}``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.post_webhook_message.asyncio(
            webhook_id,
            token,
            client=self._client,
            body=body,
        )

    async def remove_app(
        self,
        channel_id: str,
        app_id: str,
    ) -> Any:
        """Remove App

        ``DELETE /api/v1/channels/{channel_id}/apps/{app_id}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.remove_app.asyncio(
            channel_id,
            app_id,
            client=self._client,
        )

    async def remove_members_by_id(
        self,
        id: str,
        body: RemoveMembersForm | dict[str, Any],
    ) -> Any:
        """Remove Members By Id

        ``POST /api/v1/channels/{id}/update/members/remove``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.remove_members_by_id.asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def remove_reaction_by_id_and_user_id_and_name(
        self,
        id: str,
        message_id: str,
        body: ReactionForm | dict[str, Any],
    ) -> bool:
        """Remove Reaction By Id And User Id And Name

        ``POST /api/v1/channels/{id}/messages/{message_id}/reactions/remove``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.remove_reaction_by_id_and_user_id_and_name.asyncio(
            id,
            message_id,
            client=self._client,
            body=body,
        )

    async def update_channel_access_by_id(
        self,
        id: str,
        body: ChannelAccessGrantsForm | dict[str, Any],
    ) -> ChannelModel:
        """Update Channel Access By Id

        ``POST /api/v1/channels/{id}/access/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.update_channel_access_by_id.asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def update_channel_by_id(
        self,
        id: str,
        body: ChannelForm | dict[str, Any],
    ) -> ChannelModel:
        """Update Channel By Id

        ``POST /api/v1/channels/{id}/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.update_channel_by_id.asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def update_channel_webhook(
        self,
        id: str,
        webhook_id: str,
        body: ChannelWebhookForm | dict[str, Any],
    ) -> ChannelWebhookModel:
        """Update Channel Webhook

        ``POST /api/v1/channels/{id}/webhooks/{webhook_id}/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.update_channel_webhook.asyncio(
            id,
            webhook_id,
            client=self._client,
            body=body,
        )

    async def update_is_active_member_by_id_and_user_id(
        self,
        id: str,
        body: UpdateActiveMemberForm | dict[str, Any],
    ) -> bool:
        """Update Is Active Member By Id And User Id

        ``POST /api/v1/channels/{id}/members/active``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.update_is_active_member_by_id_and_user_id.asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def update_member_mute_status(
        self,
        id: str,
        body: UpdateMutedMemberForm | dict[str, Any],
    ) -> UpdateMutedMemberForm:
        """Update Member Mute Status

        ``POST /api/v1/channels/{id}/members/mute``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.update_member_mute_status.asyncio(
            id,
            client=self._client,
            body=body,
        )

    async def update_message_by_id(
        self,
        id: str,
        message_id: str,
        body: MessagesMessageForm | dict[str, Any],
    ) -> MessageModel:
        """Update Message By Id

        ``POST /api/v1/channels/{id}/messages/{message_id}/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.update_message_by_id.asyncio(
            id,
            message_id,
            client=self._client,
            body=body,
        )


class ChannelsResource:
    """The ``channels`` endpoints: ``client.channels`` of :class:`owui_sdk.OpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def add_members_by_id(
        self,
        id: str,
        body: UpdateMembersForm | dict[str, Any],
    ) -> Any:
        """Add Members By Id

        ``POST /api/v1/channels/{id}/update/members/add``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.add_members_by_id.sync(
            id,
            client=self._client,
            body=body,
        )

    def add_reaction_to_message(
        self,
        id: str,
        message_id: str,
        body: ReactionForm | dict[str, Any],
    ) -> bool:
        """Add Reaction To Message

        ``POST /api/v1/channels/{id}/messages/{message_id}/reactions/add``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.add_reaction_to_message.sync(
            id,
            message_id,
            client=self._client,
            body=body,
        )

    def create_channel_webhook(
        self,
        id: str,
        body: ChannelWebhookForm | dict[str, Any],
    ) -> ChannelWebhookModel:
        """Create Channel Webhook

        ``POST /api/v1/channels/{id}/webhooks/create``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.create_channel_webhook.sync(
            id,
            client=self._client,
            body=body,
        )

    def create_new_channel(
        self,
        body: CreateChannelForm | dict[str, Any],
    ) -> ChannelModel:
        """Create New Channel

        ``POST /api/v1/channels/create``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.create_new_channel.sync(
            client=self._client,
            body=body,
        )

    def delete_channel_by_id(
        self,
        id: str,
    ) -> bool:
        """Delete Channel By Id

        ``DELETE /api/v1/channels/{id}/delete``
        """
        return _api.delete_channel_by_id.sync(
            id,
            client=self._client,
        )

    def delete_channel_webhook(
        self,
        id: str,
        webhook_id: str,
    ) -> bool:
        """Delete Channel Webhook

        ``DELETE /api/v1/channels/{id}/webhooks/{webhook_id}/delete``
        """
        return _api.delete_channel_webhook.sync(
            id,
            webhook_id,
            client=self._client,
        )

    def delete_message_by_id(
        self,
        id: str,
        message_id: str,
    ) -> bool:
        """Delete Message By Id

        ``DELETE /api/v1/channels/{id}/messages/{message_id}/delete``
        """
        return _api.delete_message_by_id.sync(
            id,
            message_id,
            client=self._client,
        )

    def get_all_channels(
        self,
    ) -> list[ChannelModel]:
        """Get All Channels

        ``GET /api/v1/channels/list``
        """
        return _api.get_all_channels.sync(
            client=self._client,
        )

    def get_channel_apps(
        self,
        channel_id: str,
    ) -> Any:
        """Get Channel Apps

        ``GET /api/v1/channels/{channel_id}/apps``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_channel_apps.sync(
            channel_id,
            client=self._client,
        )

    def get_channel_by_id(
        self,
        id: str,
    ) -> ChannelFullResponse:
        """Get Channel By Id

        ``GET /api/v1/channels/{id}``
        """
        return _api.get_channel_by_id.sync(
            id,
            client=self._client,
        )

    def get_channel_members_by_id(
        self,
        id: str,
        *,
        query: None | str | Unset = UNSET,
        order_by: None | str | Unset = UNSET,
        direction: None | str | Unset = UNSET,
        page: int | None | Unset = 1,
    ) -> ChannelMemberListResponse:
        """Get Channel Members By Id

        ``GET /api/v1/channels/{id}/members``
        """
        return _api.get_channel_members_by_id.sync(
            id,
            client=self._client,
            query=query,
            order_by=order_by,
            direction=direction,
            page=page,
        )

    def get_channel_message(
        self,
        id: str,
        message_id: str,
    ) -> MessageResponse:
        """Get Channel Message

        ``GET /api/v1/channels/{id}/messages/{message_id}``
        """
        return _api.get_channel_message.sync(
            id,
            message_id,
            client=self._client,
        )

    def get_channel_message_data(
        self,
        id: str,
        message_id: str,
    ) -> dict[str, Any] | None:
        """Get Channel Message Data

        ``GET /api/v1/channels/{id}/messages/{message_id}/data``
        """
        return _api.get_channel_message_data.sync(
            id,
            message_id,
            client=self._client,
        )

    def get_channel_messages(
        self,
        id: str,
        *,
        skip: int | Unset = 0,
        limit: int | Unset = 50,
    ) -> list[MessageUserResponse]:
        """Get Channel Messages

        ``GET /api/v1/channels/{id}/messages``
        """
        return _api.get_channel_messages.sync(
            id,
            client=self._client,
            skip=skip,
            limit=limit,
        )

    def get_channel_thread_messages(
        self,
        id: str,
        message_id: str,
        *,
        skip: int | Unset = 0,
        limit: int | Unset = 50,
        around: None | str | Unset = UNSET,
        before: None | str | Unset = UNSET,
    ) -> list[MessageUserResponse]:
        """Get Channel Thread Messages

        ``GET /api/v1/channels/{id}/messages/{message_id}/thread``
        """
        return _api.get_channel_thread_messages.sync(
            id,
            message_id,
            client=self._client,
            skip=skip,
            limit=limit,
            around=around,
            before=before,
        )

    def get_channel_webhooks(
        self,
        id: str,
    ) -> list[ChannelWebhookModel]:
        """Get Channel Webhooks

        ``GET /api/v1/channels/{id}/webhooks``
        """
        return _api.get_channel_webhooks.sync(
            id,
            client=self._client,
        )

    def get_channels(
        self,
    ) -> list[ChannelListItemResponse]:
        """Get Channels

        ``GET /api/v1/channels/``
        """
        return _api.get_channels.sync(
            client=self._client,
        )

    def get_dm_channel_by_user_id(
        self,
        user_id: str,
    ) -> ChannelModel:
        """Get Dm Channel By User Id

        ``GET /api/v1/channels/users/{user_id}``
        """
        return _api.get_dm_channel_by_user_id.sync(
            user_id,
            client=self._client,
        )

    def get_pinned_channel_messages(
        self,
        id: str,
        *,
        page: int | Unset = 1,
    ) -> list[MessageWithReactionsResponse]:
        """Get Pinned Channel Messages

        ``GET /api/v1/channels/{id}/messages/pinned``
        """
        return _api.get_pinned_channel_messages.sync(
            id,
            client=self._client,
            page=page,
        )

    def get_webhook_profile_image(
        self,
        webhook_id: str,
    ) -> Any:
        """Get Webhook Profile Image

        Get webhook profile image by webhook ID.

        ``GET /api/v1/channels/webhooks/{webhook_id}/profile/image``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_webhook_profile_image.sync(
            webhook_id,
            client=self._client,
        )

    def invite_app(
        self,
        channel_id: str,
        body: AppInvitation | dict[str, Any],
    ) -> Any:
        """Invite App

        ``POST /api/v1/channels/{channel_id}/apps``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.invite_app.sync(
            channel_id,
            client=self._client,
            body=body,
        )

    def pin_channel_message(
        self,
        id: str,
        message_id: str,
        body: PinMessageForm | dict[str, Any],
    ) -> MessageUserResponse:
        """Pin Channel Message

        ``POST /api/v1/channels/{id}/messages/{message_id}/pin``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.pin_channel_message.sync(
            id,
            message_id,
            client=self._client,
            body=body,
        )

    def post_new_message(
        self,
        id: str,
        body: MessagesMessageForm | dict[str, Any],
    ) -> MessageModel | None:
        """Post New Message

        ``POST /api/v1/channels/{id}/messages/post``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.post_new_message.sync(
            id,
            client=self._client,
            body=body,
        )

    def post_webhook_message(
        self,
        webhook_id: str,
        token: str,
        body: WebhookMessageForm | dict[str, Any],
    ) -> Any:
        """Post Webhook Message

        Public endpoint to post messages via webhook. No authentication required.

        ``POST /api/v1/channels/webhooks/{webhook_id}/{token}``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.post_webhook_message.sync(
            webhook_id,
            token,
            client=self._client,
            body=body,
        )

    def remove_app(
        self,
        channel_id: str,
        app_id: str,
    ) -> Any:
        """Remove App

        ``DELETE /api/v1/channels/{channel_id}/apps/{app_id}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.remove_app.sync(
            channel_id,
            app_id,
            client=self._client,
        )

    def remove_members_by_id(
        self,
        id: str,
        body: RemoveMembersForm | dict[str, Any],
    ) -> Any:
        """Remove Members By Id

        ``POST /api/v1/channels/{id}/update/members/remove``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.remove_members_by_id.sync(
            id,
            client=self._client,
            body=body,
        )

    def remove_reaction_by_id_and_user_id_and_name(
        self,
        id: str,
        message_id: str,
        body: ReactionForm | dict[str, Any],
    ) -> bool:
        """Remove Reaction By Id And User Id And Name

        ``POST /api/v1/channels/{id}/messages/{message_id}/reactions/remove``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.remove_reaction_by_id_and_user_id_and_name.sync(
            id,
            message_id,
            client=self._client,
            body=body,
        )

    def update_channel_access_by_id(
        self,
        id: str,
        body: ChannelAccessGrantsForm | dict[str, Any],
    ) -> ChannelModel:
        """Update Channel Access By Id

        ``POST /api/v1/channels/{id}/access/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.update_channel_access_by_id.sync(
            id,
            client=self._client,
            body=body,
        )

    def update_channel_by_id(
        self,
        id: str,
        body: ChannelForm | dict[str, Any],
    ) -> ChannelModel:
        """Update Channel By Id

        ``POST /api/v1/channels/{id}/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.update_channel_by_id.sync(
            id,
            client=self._client,
            body=body,
        )

    def update_channel_webhook(
        self,
        id: str,
        webhook_id: str,
        body: ChannelWebhookForm | dict[str, Any],
    ) -> ChannelWebhookModel:
        """Update Channel Webhook

        ``POST /api/v1/channels/{id}/webhooks/{webhook_id}/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.update_channel_webhook.sync(
            id,
            webhook_id,
            client=self._client,
            body=body,
        )

    def update_is_active_member_by_id_and_user_id(
        self,
        id: str,
        body: UpdateActiveMemberForm | dict[str, Any],
    ) -> bool:
        """Update Is Active Member By Id And User Id

        ``POST /api/v1/channels/{id}/members/active``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.update_is_active_member_by_id_and_user_id.sync(
            id,
            client=self._client,
            body=body,
        )

    def update_member_mute_status(
        self,
        id: str,
        body: UpdateMutedMemberForm | dict[str, Any],
    ) -> UpdateMutedMemberForm:
        """Update Member Mute Status

        ``POST /api/v1/channels/{id}/members/mute``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.update_member_mute_status.sync(
            id,
            client=self._client,
            body=body,
        )

    def update_message_by_id(
        self,
        id: str,
        message_id: str,
        body: MessagesMessageForm | dict[str, Any],
    ) -> MessageModel:
        """Update Message By Id

        ``POST /api/v1/channels/{id}/messages/{message_id}/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.update_message_by_id.sync(
            id,
            message_id,
            client=self._client,
            body=body,
        )
