"""The ``memories`` endpoints of Open WebUI, one module each; generated, do not edit.

Every module has ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``; pass an
:class:`owui_sdk.OpenWebUI` (or :class:`owui_sdk.AsyncOpenWebUI`) as ``client=``::

    from owui_sdk.api.memories import add_memory

    value = add_memory.sync(..., client=client)

The same operations are the methods of ``client.memories``.
Modules load on first use: importing this package costs next to nothing.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import add_memory as add_memory
    from . import delete_memory_by_id as delete_memory_by_id
    from . import delete_memory_by_user_id as delete_memory_by_user_id
    from . import get_memories as get_memories
    from . import list_memory_paths as list_memory_paths
    from . import query_memory as query_memory
    from . import read_memory_path as read_memory_path
    from . import reindex_memories_from_vector_db as reindex_memories_from_vector_db
    from . import reset_memory_from_vector_db as reset_memory_from_vector_db
    from . import search_memories as search_memories
    from . import update_memories as update_memories
    from . import update_memory_by_id as update_memory_by_id

__all__ = [
    "add_memory",
    "delete_memory_by_id",
    "delete_memory_by_user_id",
    "get_memories",
    "list_memory_paths",
    "query_memory",
    "read_memory_path",
    "reindex_memories_from_vector_db",
    "reset_memory_from_vector_db",
    "search_memories",
    "update_memories",
    "update_memory_by_id",
]

_NAMES = frozenset(__all__)


def __getattr__(name: str) -> Any:
    if name not in _NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    # Importing the submodule also sets it as this package's attribute: asked once.
    return importlib.import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(__all__)
