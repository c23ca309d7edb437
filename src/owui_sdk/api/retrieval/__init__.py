"""The ``retrieval`` endpoints of Open WebUI, one module each; generated, do not edit.

Every module has ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``; pass an
:class:`owui_sdk.OpenWebUI` (or :class:`owui_sdk.AsyncOpenWebUI`) as ``client=``::

    from owui_sdk.api.retrieval import delete_entries_from_collection

    value = delete_entries_from_collection.sync(..., client=client)

The same operations are the methods of ``client.retrieval``.
Modules load on first use: importing this package costs next to nothing.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import delete_entries_from_collection as delete_entries_from_collection
    from . import get_embedding_config as get_embedding_config
    from . import get_rag_config as get_rag_config
    from . import process_file as process_file
    from . import process_files_batch as process_files_batch
    from . import process_text as process_text
    from . import process_url as process_url
    from . import process_web_search as process_web_search
    from . import process_web_web as process_web_web
    from . import process_web_youtube as process_web_youtube
    from . import query_collection_handler as query_collection_handler
    from . import query_doc_handler as query_doc_handler
    from . import reset_upload_dir as reset_upload_dir
    from . import reset_vector_db as reset_vector_db
    from . import update_embedding_config as update_embedding_config
    from . import update_rag_config as update_rag_config

__all__ = [
    "delete_entries_from_collection",
    "get_embedding_config",
    "get_rag_config",
    "process_file",
    "process_files_batch",
    "process_text",
    "process_url",
    "process_web_search",
    "process_web_web",
    "process_web_youtube",
    "query_collection_handler",
    "query_doc_handler",
    "reset_upload_dir",
    "reset_vector_db",
    "update_embedding_config",
    "update_rag_config",
]

_NAMES = frozenset(__all__)


def __getattr__(name: str) -> Any:
    if name not in _NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    # Importing the submodule also sets it as this package's attribute: asked once.
    return importlib.import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(__all__)
