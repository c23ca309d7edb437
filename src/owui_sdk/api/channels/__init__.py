"""The ``channels`` endpoints of Open WebUI, one module each; generated, do not edit.

Every module has ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``; pass an
:class:`owui_sdk.OpenWebUI` (or :class:`owui_sdk.AsyncOpenWebUI`) as ``client=``::

    from owui_sdk.api.channels import add_members_by_id

    value = add_members_by_id.sync(..., client=client)

The same operations are the methods of ``client.channels``.
Modules load on first use: importing this package costs next to nothing.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import add_members_by_id as add_members_by_id
    from . import add_reaction_to_message as add_reaction_to_message
    from . import create_channel_webhook as create_channel_webhook
    from . import create_new_channel as create_new_channel
    from . import delete_channel_by_id as delete_channel_by_id
    from . import delete_channel_webhook as delete_channel_webhook
    from . import delete_message_by_id as delete_message_by_id
    from . import get_all_channels as get_all_channels
    from . import get_channel_apps as get_channel_apps
    from . import get_channel_by_id as get_channel_by_id
    from . import get_channel_members_by_id as get_channel_members_by_id
    from . import get_channel_message as get_channel_message
    from . import get_channel_message_data as get_channel_message_data
    from . import get_channel_messages as get_channel_messages
    from . import get_channel_thread_messages as get_channel_thread_messages
    from . import get_channel_webhooks as get_channel_webhooks
    from . import get_channels as get_channels
    from . import get_dm_channel_by_user_id as get_dm_channel_by_user_id
    from . import get_pinned_channel_messages as get_pinned_channel_messages
    from . import get_webhook_profile_image as get_webhook_profile_image
    from . import invite_app as invite_app
    from . import pin_channel_message as pin_channel_message
    from . import post_new_message as post_new_message
    from . import post_webhook_message as post_webhook_message
    from . import remove_app as remove_app
    from . import remove_members_by_id as remove_members_by_id
    from . import (
        remove_reaction_by_id_and_user_id_and_name as remove_reaction_by_id_and_user_id_and_name,
    )
    from . import update_channel_access_by_id as update_channel_access_by_id
    from . import update_channel_by_id as update_channel_by_id
    from . import update_channel_webhook as update_channel_webhook
    from . import (
        update_is_active_member_by_id_and_user_id as update_is_active_member_by_id_and_user_id,
    )
    from . import update_member_mute_status as update_member_mute_status
    from . import update_message_by_id as update_message_by_id

__all__ = [
    "add_members_by_id",
    "add_reaction_to_message",
    "create_channel_webhook",
    "create_new_channel",
    "delete_channel_by_id",
    "delete_channel_webhook",
    "delete_message_by_id",
    "get_all_channels",
    "get_channel_apps",
    "get_channel_by_id",
    "get_channel_members_by_id",
    "get_channel_message",
    "get_channel_message_data",
    "get_channel_messages",
    "get_channel_thread_messages",
    "get_channel_webhooks",
    "get_channels",
    "get_dm_channel_by_user_id",
    "get_pinned_channel_messages",
    "get_webhook_profile_image",
    "invite_app",
    "pin_channel_message",
    "post_new_message",
    "post_webhook_message",
    "remove_app",
    "remove_members_by_id",
    "remove_reaction_by_id_and_user_id_and_name",
    "update_channel_access_by_id",
    "update_channel_by_id",
    "update_channel_webhook",
    "update_is_active_member_by_id_and_user_id",
    "update_member_mute_status",
    "update_message_by_id",
]

_NAMES = frozenset(__all__)


def __getattr__(name: str) -> Any:
    if name not in _NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    # Importing the submodule also sets it as this package's attribute: asked once.
    return importlib.import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(__all__)
