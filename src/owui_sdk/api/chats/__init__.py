"""The ``chats`` endpoints of Open WebUI, one module each; generated, do not edit.

Every module has ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``; pass an
:class:`owui_sdk.OpenWebUI` (or :class:`owui_sdk.AsyncOpenWebUI`) as ``client=``::

    from owui_sdk.api.chats import add_tag_by_id_and_tag_name

    value = add_tag_by_id_and_tag_name.sync(..., client=client)

The same operations are the documented methods of ``client.chats``.
Modules load on first use: importing this package costs next to nothing.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import add_tag_by_id_and_tag_name as add_tag_by_id_and_tag_name
    from . import archive_all_chats as archive_all_chats
    from . import archive_chat_by_id as archive_chat_by_id
    from . import clone_chat_by_id as clone_chat_by_id
    from . import clone_shared_chat_by_id as clone_shared_chat_by_id
    from . import compact_chat_by_id as compact_chat_by_id
    from . import create_new_chat as create_new_chat
    from . import delete_all_user_chats as delete_all_user_chats
    from . import delete_chat_by_id as delete_chat_by_id
    from . import delete_chat_message_by_id as delete_chat_message_by_id
    from . import delete_shared_chat_by_id as delete_shared_chat_by_id
    from . import delete_tag_by_id_and_tag_name as delete_tag_by_id_and_tag_name
    from . import export_chat_stats as export_chat_stats
    from . import export_single_chat_stats as export_single_chat_stats
    from . import fork_chat_by_id as fork_chat_by_id
    from . import get_all_user_chats_in_db as get_all_user_chats_in_db
    from . import get_all_user_tags as get_all_user_tags
    from . import get_archived_session_user_chat_count as get_archived_session_user_chat_count
    from . import get_archived_session_user_chat_list as get_archived_session_user_chat_list
    from . import get_chat_by_id as get_chat_by_id
    from . import get_chat_config as get_chat_config
    from . import get_chat_list_by_folder_id as get_chat_list_by_folder_id
    from . import get_chat_tags_by_id as get_chat_tags_by_id
    from . import get_chats_by_folder_id as get_chats_by_folder_id
    from . import get_pinned_status_by_id as get_pinned_status_by_id
    from . import get_session_user_chat_list as get_session_user_chat_list
    from . import get_session_user_chat_list_list as get_session_user_chat_list_list
    from . import get_session_user_chat_usage_stats as get_session_user_chat_usage_stats
    from . import get_shared_chat_access_by_id as get_shared_chat_access_by_id
    from . import get_shared_chat_by_id as get_shared_chat_by_id
    from . import get_shared_session_user_chat_list as get_shared_session_user_chat_list
    from . import get_user_archived_chats as get_user_archived_chats
    from . import get_user_chat_list_by_tag_name as get_user_chat_list_by_tag_name
    from . import get_user_chat_list_by_user_id as get_user_chat_list_by_user_id
    from . import get_user_chats as get_user_chats
    from . import get_user_pinned_chats as get_user_pinned_chats
    from . import import_chats as import_chats
    from . import mark_chat_unread_by_id as mark_chat_unread_by_id
    from . import mark_chats_read_by_user_id as mark_chats_read_by_user_id
    from . import pin_chat_by_id as pin_chat_by_id
    from . import resolve_chat_message_tool_call as resolve_chat_message_tool_call
    from . import search_user_chats as search_user_chats
    from . import send_chat_message_event_by_id as send_chat_message_event_by_id
    from . import set_chat_config as set_chat_config
    from . import share_chat_by_id as share_chat_by_id
    from . import unarchive_all_chats as unarchive_all_chats
    from . import unshare_all_chats as unshare_all_chats
    from . import update_chat_by_id as update_chat_by_id
    from . import update_chat_folder_id_by_id as update_chat_folder_id_by_id
    from . import update_chat_message_by_id as update_chat_message_by_id
    from . import update_chat_params as update_chat_params
    from . import update_shared_chat_access_by_id as update_shared_chat_access_by_id

__all__ = [
    "add_tag_by_id_and_tag_name",
    "archive_all_chats",
    "archive_chat_by_id",
    "clone_chat_by_id",
    "clone_shared_chat_by_id",
    "compact_chat_by_id",
    "create_new_chat",
    "delete_all_user_chats",
    "delete_chat_by_id",
    "delete_chat_message_by_id",
    "delete_shared_chat_by_id",
    "delete_tag_by_id_and_tag_name",
    "export_chat_stats",
    "export_single_chat_stats",
    "fork_chat_by_id",
    "get_all_user_chats_in_db",
    "get_all_user_tags",
    "get_archived_session_user_chat_count",
    "get_archived_session_user_chat_list",
    "get_chat_by_id",
    "get_chat_config",
    "get_chat_list_by_folder_id",
    "get_chat_tags_by_id",
    "get_chats_by_folder_id",
    "get_pinned_status_by_id",
    "get_session_user_chat_list",
    "get_session_user_chat_list_list",
    "get_session_user_chat_usage_stats",
    "get_shared_chat_access_by_id",
    "get_shared_chat_by_id",
    "get_shared_session_user_chat_list",
    "get_user_archived_chats",
    "get_user_chat_list_by_tag_name",
    "get_user_chat_list_by_user_id",
    "get_user_chats",
    "get_user_pinned_chats",
    "import_chats",
    "mark_chat_unread_by_id",
    "mark_chats_read_by_user_id",
    "pin_chat_by_id",
    "resolve_chat_message_tool_call",
    "search_user_chats",
    "send_chat_message_event_by_id",
    "set_chat_config",
    "share_chat_by_id",
    "unarchive_all_chats",
    "unshare_all_chats",
    "update_chat_by_id",
    "update_chat_folder_id_by_id",
    "update_chat_message_by_id",
    "update_chat_params",
    "update_shared_chat_access_by_id",
]

_NAMES = frozenset(__all__)


def __getattr__(name: str) -> Any:
    if name not in _NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    # Importing the submodule also sets it as this package's attribute: asked once.
    return importlib.import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(__all__)
