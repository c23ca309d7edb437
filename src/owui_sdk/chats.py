"""The chats API: :class:`ChatsClient` (blocking), :class:`AsyncChatsClient` (asyncio), and
the models their methods take and return, under the names of the reference documentation.

Reach the clients as ``OpenWebUI(...).chats`` and ``AsyncOpenWebUI(...).chats``.
"""

from ._async.chats import AsyncChatsClient
from ._generated.models.chat_access_grants_form import ChatAccessGrantsForm
from ._generated.models.chat_config_form import ChatConfigForm
from ._generated.models.chat_folder_id_form import ChatFolderIdForm
from ._generated.models.chat_form import ChatForm
from ._generated.models.chat_import_form import ChatImportForm
from ._generated.models.chat_response import ChatResponse
from ._generated.models.chat_stats_export import ChatStatsExport
from ._generated.models.chat_stats_export_list import ChatStatsExportList
from ._generated.models.chat_title_id_response import ChatTitleIdResponse
from ._generated.models.chat_usage_stats_list_response import ChatUsageStatsListResponse
from ._generated.models.chats_import_form import ChatsImportForm
from ._generated.models.chats_message_form import ChatsMessageForm
from ._generated.models.clone_form import CloneForm
from ._generated.models.compact_chat_form import CompactChatForm
from ._generated.models.event_form import EventForm
from ._generated.models.fork_form import ForkForm
from ._generated.models.resolve_tool_call_form import ResolveToolCallForm
from ._generated.models.share_chat_form import ShareChatForm
from ._generated.models.shared_chat_response import SharedChatResponse
from ._generated.models.tag_filter_form import TagFilterForm
from ._generated.models.tag_form import TagForm
from ._generated.models.tag_model import TagModel
from ._sync.chats import ChatsClient
from ._types import UNSET, Unset

#: The chats router's message form, as the reference names it (the schema calls it
#: ``ChatsMessageForm`` to tell it from the channel messages' ``MessageForm``).
MessageForm = ChatsMessageForm

__all__ = [
    "UNSET",
    "AsyncChatsClient",
    "ChatAccessGrantsForm",
    "ChatConfigForm",
    "ChatFolderIdForm",
    "ChatForm",
    "ChatImportForm",
    "ChatResponse",
    "ChatStatsExport",
    "ChatStatsExportList",
    "ChatTitleIdResponse",
    "ChatUsageStatsListResponse",
    "ChatsClient",
    "ChatsImportForm",
    "ChatsMessageForm",
    "CloneForm",
    "CompactChatForm",
    "EventForm",
    "ForkForm",
    "MessageForm",
    "ResolveToolCallForm",
    "ShareChatForm",
    "SharedChatResponse",
    "TagFilterForm",
    "TagForm",
    "TagModel",
    "Unset",
]
