"""The ``files`` endpoints of Open WebUI, one module each; generated, do not edit.

Every module has ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``; pass an
:class:`owui_sdk.OpenWebUI` (or :class:`owui_sdk.AsyncOpenWebUI`) as ``client=``::

    from owui_sdk.api.files import count_files

    value = count_files.sync(..., client=client)

The same operations are the methods of ``client.files``.
Modules load on first use: importing this package costs next to nothing.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import count_files as count_files
    from . import count_user_files as count_user_files
    from . import delete_all_files as delete_all_files
    from . import delete_file_by_id as delete_file_by_id
    from . import get_file_by_id as get_file_by_id
    from . import get_file_content_by_id as get_file_content_by_id
    from . import get_file_content_by_id_by_file_name as get_file_content_by_id_by_file_name
    from . import get_file_data_content_by_id as get_file_data_content_by_id
    from . import get_file_process_status as get_file_process_status
    from . import get_html_file_content_by_id as get_html_file_content_by_id
    from . import list_files as list_files
    from . import rename_file_by_id as rename_file_by_id
    from . import search_files as search_files
    from . import search_user_files as search_user_files
    from . import update_file_data_content_by_id as update_file_data_content_by_id
    from . import upload_file as upload_file

__all__ = [
    "count_files",
    "count_user_files",
    "delete_all_files",
    "delete_file_by_id",
    "get_file_by_id",
    "get_file_content_by_id",
    "get_file_content_by_id_by_file_name",
    "get_file_data_content_by_id",
    "get_file_process_status",
    "get_html_file_content_by_id",
    "list_files",
    "rename_file_by_id",
    "search_files",
    "search_user_files",
    "update_file_data_content_by_id",
    "upload_file",
]

_NAMES = frozenset(__all__)


def __getattr__(name: str) -> Any:
    if name not in _NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    # Importing the submodule also sets it as this package's attribute: asked once.
    return importlib.import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(__all__)
