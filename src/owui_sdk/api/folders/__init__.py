"""The ``folders`` endpoints of Open WebUI, one module each; generated, do not edit.

Every module has ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``; pass an
:class:`owui_sdk.OpenWebUI` (or :class:`owui_sdk.AsyncOpenWebUI`) as ``client=``::

    from owui_sdk.api.folders import create_folder

    value = create_folder.sync(..., client=client)

The same operations are the methods of ``client.folders``.
Modules load on first use: importing this package costs next to nothing.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import create_folder as create_folder
    from . import delete_folder_by_id as delete_folder_by_id
    from . import get_folder_by_id as get_folder_by_id
    from . import get_folders as get_folders
    from . import get_shared_folder_chats as get_shared_folder_chats
    from . import get_shared_folders as get_shared_folders
    from . import mark_folder_chats_read_by_id as mark_folder_chats_read_by_id
    from . import update_folder_access_by_id as update_folder_access_by_id
    from . import update_folder_is_expanded_by_id as update_folder_is_expanded_by_id
    from . import update_folder_name_by_id as update_folder_name_by_id
    from . import update_folder_parent_id_by_id as update_folder_parent_id_by_id

__all__ = [
    "create_folder",
    "delete_folder_by_id",
    "get_folder_by_id",
    "get_folders",
    "get_shared_folder_chats",
    "get_shared_folders",
    "mark_folder_chats_read_by_id",
    "update_folder_access_by_id",
    "update_folder_is_expanded_by_id",
    "update_folder_name_by_id",
    "update_folder_parent_id_by_id",
]

_NAMES = frozenset(__all__)


def __getattr__(name: str) -> Any:
    if name not in _NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    # Importing the submodule also sets it as this package's attribute: asked once.
    return importlib.import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(__all__)
