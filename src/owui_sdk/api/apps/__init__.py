"""The ``apps`` endpoints of Open WebUI, one module each; generated, do not edit.

Every module has ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``; pass an
:class:`owui_sdk.OpenWebUI` (or :class:`owui_sdk.AsyncOpenWebUI`) as ``client=``::

    from owui_sdk.api.apps import connect_app_by_id

    value = connect_app_by_id.sync(..., client=client)

The same operations are the methods of ``client.apps``.
Modules load on first use: importing this package costs next to nothing.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import connect_app_by_id as connect_app_by_id
    from . import create_app_interaction as create_app_interaction
    from . import create_new_app as create_new_app
    from . import get_app_details_by_id as get_app_details_by_id
    from . import get_apps as get_apps
    from . import preview_app_manifest as preview_app_manifest
    from . import uninstall_app_by_id as uninstall_app_by_id
    from . import update_app_by_id as update_app_by_id

__all__ = [
    "connect_app_by_id",
    "create_app_interaction",
    "create_new_app",
    "get_app_details_by_id",
    "get_apps",
    "preview_app_manifest",
    "uninstall_app_by_id",
    "update_app_by_id",
]

_NAMES = frozenset(__all__)


def __getattr__(name: str) -> Any:
    if name not in _NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    # Importing the submodule also sets it as this package's attribute: asked once.
    return importlib.import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(__all__)
