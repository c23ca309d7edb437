"""The ``terminals`` endpoints of Open WebUI, one module each; generated, do not edit.

Every module has ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``; pass an
:class:`owui_sdk.OpenWebUI` (or :class:`owui_sdk.AsyncOpenWebUI`) as ``client=``::

    from owui_sdk.api.terminals import list_terminal_servers

    value = list_terminal_servers.sync(..., client=client)

The same operations are the methods of ``client.terminals``.
Modules load on first use: importing this package costs next to nothing.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import list_terminal_servers as list_terminal_servers
    from . import proxy_terminal as proxy_terminal
    from . import proxy_terminal_chats_by_chat_id as proxy_terminal_chats_by_chat_id
    from . import proxy_terminal_chats_by_chat_id_delete as proxy_terminal_chats_by_chat_id_delete
    from . import proxy_terminal_chats_by_chat_id_head as proxy_terminal_chats_by_chat_id_head
    from . import proxy_terminal_chats_by_chat_id_options as proxy_terminal_chats_by_chat_id_options
    from . import proxy_terminal_chats_by_chat_id_patch as proxy_terminal_chats_by_chat_id_patch
    from . import proxy_terminal_chats_by_chat_id_post as proxy_terminal_chats_by_chat_id_post
    from . import proxy_terminal_chats_by_chat_id_put as proxy_terminal_chats_by_chat_id_put
    from . import proxy_terminal_delete as proxy_terminal_delete
    from . import proxy_terminal_head as proxy_terminal_head
    from . import proxy_terminal_options as proxy_terminal_options
    from . import proxy_terminal_patch as proxy_terminal_patch
    from . import proxy_terminal_post as proxy_terminal_post
    from . import proxy_terminal_put as proxy_terminal_put

__all__ = [
    "list_terminal_servers",
    "proxy_terminal",
    "proxy_terminal_chats_by_chat_id",
    "proxy_terminal_chats_by_chat_id_delete",
    "proxy_terminal_chats_by_chat_id_head",
    "proxy_terminal_chats_by_chat_id_options",
    "proxy_terminal_chats_by_chat_id_patch",
    "proxy_terminal_chats_by_chat_id_post",
    "proxy_terminal_chats_by_chat_id_put",
    "proxy_terminal_delete",
    "proxy_terminal_head",
    "proxy_terminal_options",
    "proxy_terminal_patch",
    "proxy_terminal_post",
    "proxy_terminal_put",
]

_NAMES = frozenset(__all__)


def __getattr__(name: str) -> Any:
    if name not in _NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    # Importing the submodule also sets it as this package's attribute: asked once.
    return importlib.import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(__all__)
