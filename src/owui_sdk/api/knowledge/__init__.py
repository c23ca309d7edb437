"""The ``knowledge`` endpoints of Open WebUI, one module each; generated, do not edit.

Every module has ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``; pass an
:class:`owui_sdk.OpenWebUI` (or :class:`owui_sdk.AsyncOpenWebUI`) as ``client=``::

    from owui_sdk.api.knowledge import add_file_to_knowledge_by_id

    value = add_file_to_knowledge_by_id.sync(..., client=client)

The same operations are the methods of ``client.knowledge``.
Modules load on first use: importing this package costs next to nothing.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import add_file_to_knowledge_by_id as add_file_to_knowledge_by_id
    from . import add_files_to_knowledge_batch as add_files_to_knowledge_batch
    from . import create_external_knowledge as create_external_knowledge
    from . import create_external_knowledge_connection as create_external_knowledge_connection
    from . import create_external_knowledge_source as create_external_knowledge_source
    from . import create_knowledge_directory as create_knowledge_directory
    from . import create_new_knowledge as create_new_knowledge
    from . import delete_external_knowledge_connection as delete_external_knowledge_connection
    from . import delete_knowledge_by_id as delete_knowledge_by_id
    from . import delete_knowledge_directory as delete_knowledge_directory
    from . import export_knowledge_by_id as export_knowledge_by_id
    from . import get_external_knowledge_connection as get_external_knowledge_connection
    from . import get_external_knowledge_connections as get_external_knowledge_connections
    from . import get_knowledge_bases as get_knowledge_bases
    from . import get_knowledge_by_id as get_knowledge_by_id
    from . import get_knowledge_files_by_id as get_knowledge_files_by_id
    from . import get_pending_knowledge_files as get_pending_knowledge_files
    from . import move_file_in_knowledge as move_file_in_knowledge
    from . import (
        reindex_knowledge_base_metadata_embeddings as reindex_knowledge_base_metadata_embeddings,
    )
    from . import reindex_knowledge_files as reindex_knowledge_files
    from . import remove_file_from_knowledge_by_id as remove_file_from_knowledge_by_id
    from . import reset_knowledge_by_id as reset_knowledge_by_id
    from . import search_knowledge_bases as search_knowledge_bases
    from . import search_knowledge_files as search_knowledge_files
    from . import sync_knowledge_cleanup as sync_knowledge_cleanup
    from . import sync_knowledge_diff as sync_knowledge_diff
    from . import test_external_knowledge_connection as test_external_knowledge_connection
    from . import test_external_knowledge_retrieval as test_external_knowledge_retrieval
    from . import test_external_knowledge_source as test_external_knowledge_source
    from . import update_external_knowledge_connection as update_external_knowledge_connection
    from . import update_external_knowledge_source as update_external_knowledge_source
    from . import update_file_from_knowledge_by_id as update_file_from_knowledge_by_id
    from . import update_knowledge_access_by_id as update_knowledge_access_by_id
    from . import update_knowledge_by_id as update_knowledge_by_id
    from . import update_knowledge_directory as update_knowledge_directory

__all__ = [
    "add_file_to_knowledge_by_id",
    "add_files_to_knowledge_batch",
    "create_external_knowledge",
    "create_external_knowledge_connection",
    "create_external_knowledge_source",
    "create_knowledge_directory",
    "create_new_knowledge",
    "delete_external_knowledge_connection",
    "delete_knowledge_by_id",
    "delete_knowledge_directory",
    "export_knowledge_by_id",
    "get_external_knowledge_connection",
    "get_external_knowledge_connections",
    "get_knowledge_bases",
    "get_knowledge_by_id",
    "get_knowledge_files_by_id",
    "get_pending_knowledge_files",
    "move_file_in_knowledge",
    "reindex_knowledge_base_metadata_embeddings",
    "reindex_knowledge_files",
    "remove_file_from_knowledge_by_id",
    "reset_knowledge_by_id",
    "search_knowledge_bases",
    "search_knowledge_files",
    "sync_knowledge_cleanup",
    "sync_knowledge_diff",
    "test_external_knowledge_connection",
    "test_external_knowledge_retrieval",
    "test_external_knowledge_source",
    "update_external_knowledge_connection",
    "update_external_knowledge_source",
    "update_file_from_knowledge_by_id",
    "update_knowledge_access_by_id",
    "update_knowledge_by_id",
    "update_knowledge_directory",
]

_NAMES = frozenset(__all__)


def __getattr__(name: str) -> Any:
    if name not in _NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    # Importing the submodule also sets it as this package's attribute: asked once.
    return importlib.import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(__all__)
