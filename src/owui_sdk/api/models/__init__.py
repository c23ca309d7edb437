"""The ``models`` endpoints of Open WebUI, one module each; generated, do not edit.

Every module has ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``; pass an
:class:`owui_sdk.OpenWebUI` (or :class:`owui_sdk.AsyncOpenWebUI`) as ``client=``::

    from owui_sdk.api.models import create_new_model

    value = create_new_model.sync(..., client=client)

The same operations are the methods of ``client.models``.
Modules load on first use: importing this package costs next to nothing.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import create_new_model as create_new_model
    from . import delete_all_models as delete_all_models
    from . import delete_model_by_id as delete_model_by_id
    from . import delete_model_history_entry as delete_model_history_entry
    from . import export_models as export_models
    from . import get_all_model_records as get_all_model_records
    from . import get_base_model_tags as get_base_model_tags
    from . import get_base_models as get_base_models
    from . import get_model_by_id as get_model_by_id
    from . import get_model_history as get_model_history
    from . import get_model_history_entry as get_model_history_entry
    from . import get_model_profile_image as get_model_profile_image
    from . import get_model_tags as get_model_tags
    from . import get_models as get_models
    from . import import_models as import_models
    from . import set_model_version as set_model_version
    from . import sync_models as sync_models
    from . import toggle_model_by_id as toggle_model_by_id
    from . import update_model_access_by_id as update_model_access_by_id
    from . import update_model_by_id as update_model_by_id

__all__ = [
    "create_new_model",
    "delete_all_models",
    "delete_model_by_id",
    "delete_model_history_entry",
    "export_models",
    "get_all_model_records",
    "get_base_model_tags",
    "get_base_models",
    "get_model_by_id",
    "get_model_history",
    "get_model_history_entry",
    "get_model_profile_image",
    "get_model_tags",
    "get_models",
    "import_models",
    "set_model_version",
    "sync_models",
    "toggle_model_by_id",
    "update_model_access_by_id",
    "update_model_by_id",
]

_NAMES = frozenset(__all__)


def __getattr__(name: str) -> Any:
    if name not in _NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    # Importing the submodule also sets it as this package's attribute: asked once.
    return importlib.import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(__all__)
