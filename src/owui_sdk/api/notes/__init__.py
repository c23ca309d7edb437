"""The ``notes`` endpoints of Open WebUI, one module each; generated, do not edit.

Every module has ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``; pass an
:class:`owui_sdk.OpenWebUI` (or :class:`owui_sdk.AsyncOpenWebUI`) as ``client=``::

    from owui_sdk.api.notes import create_new_note

    value = create_new_note.sync(..., client=client)

The same operations are the methods of ``client.notes``.
Modules load on first use: importing this package costs next to nothing.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import create_new_note as create_new_note
    from . import create_note_chat_by_id as create_note_chat_by_id
    from . import delete_note_by_id as delete_note_by_id
    from . import get_note_by_id as get_note_by_id
    from . import get_note_chat_by_id as get_note_chat_by_id
    from . import get_note_chats_by_id as get_note_chats_by_id
    from . import get_notes as get_notes
    from . import get_pinned_notes as get_pinned_notes
    from . import pin_note_by_id as pin_note_by_id
    from . import search_notes as search_notes
    from . import update_note_access_by_id as update_note_access_by_id
    from . import update_note_by_id as update_note_by_id

__all__ = [
    "create_new_note",
    "create_note_chat_by_id",
    "delete_note_by_id",
    "get_note_by_id",
    "get_note_chat_by_id",
    "get_note_chats_by_id",
    "get_notes",
    "get_pinned_notes",
    "pin_note_by_id",
    "search_notes",
    "update_note_access_by_id",
    "update_note_by_id",
]

_NAMES = frozenset(__all__)


def __getattr__(name: str) -> Any:
    if name not in _NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    # Importing the submodule also sets it as this package's attribute: asked once.
    return importlib.import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(__all__)
