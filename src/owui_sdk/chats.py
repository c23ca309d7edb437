"""The chats API: :class:`ChatsClient` (blocking), :class:`AsyncChatsClient` (asyncio), and
the models their methods take and return, under the names of the reference documentation.

Reach the clients as ``OpenWebUI(...).chats`` and ``AsyncOpenWebUI(...).chats``. Everything
here loads on first use: ``from owui_sdk.chats import ChatForm`` loads that model, not the
clients.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._async.chats import AsyncChatsClient
    from ._sync.chats import ChatsClient
    from ._types import UNSET, Unset
    from .models import (
        ChatAccessGrantsForm,
        ChatConfigForm,
        ChatFolderIdForm,
        ChatForm,
        ChatImportForm,
        ChatImportReport,
        ChatMigrationReport,
        ChatPruneReport,
        ChatResponse,
        ChatsImportForm,
        ChatsMessageForm,
        ChatsReadResponse,
        ChatStatsExport,
        ChatStatsExportList,
        ChatTitleIdResponse,
        ChatTurn,
        ChatUnreadResponse,
        ChatUsageStatsListResponse,
        CloneForm,
        CompactChatForm,
        EventForm,
        ForkForm,
        ResolveToolCallForm,
        ShareChatForm,
        SharedChatResponse,
        TagFilterForm,
        TagForm,
        TagModel,
    )

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
    "ChatImportReport",
    "ChatMigrationReport",
    "ChatPruneReport",
    "ChatResponse",
    "ChatStatsExport",
    "ChatStatsExportList",
    "ChatTitleIdResponse",
    "ChatTurn",
    "ChatUnreadResponse",
    "ChatUsageStatsListResponse",
    "ChatsClient",
    "ChatsImportForm",
    "ChatsMessageForm",
    "ChatsReadResponse",
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

# Where the names that are not models live; every other name is a model of owui_sdk.models.
_ELSEWHERE = {
    "AsyncChatsClient": ("owui_sdk._async.chats", "AsyncChatsClient"),
    "ChatsClient": ("owui_sdk._sync.chats", "ChatsClient"),
    "UNSET": ("owui_sdk._types", "UNSET"),
    "Unset": ("owui_sdk._types", "Unset"),
    "MessageForm": ("owui_sdk.models", "ChatsMessageForm"),
}


# Models written by hand (owui_sdk.models has them whatever the schema).
_HAND_WRITTEN = {"ChatTurn", "ChatImportReport", "ChatMigrationReport", "ChatPruneReport"}


def _in_schema(name: str) -> bool:
    # A model the schema this package was generated from lacks (ShareChatForm, generated for
    # Open WebUI 0.11) is not exported: the facade refuses that form with a TypeError.
    from ._generated import models

    return name in _ELSEWHERE or name in _HAND_WRITTEN or name in models.__all__


__all__ = [name for name in __all__ if _in_schema(name)]
_NAMES = frozenset(__all__)


def __getattr__(name: str) -> Any:
    if name not in _NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module, attribute = _ELSEWHERE.get(name, ("owui_sdk.models", name))
    value = getattr(importlib.import_module(module), attribute)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
