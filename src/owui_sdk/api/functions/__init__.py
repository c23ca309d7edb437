"""The ``functions`` endpoints of Open WebUI, one module each; generated, do not edit.

Every module has ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``; pass an
:class:`owui_sdk.OpenWebUI` (or :class:`owui_sdk.AsyncOpenWebUI`) as ``client=``::

    from owui_sdk.api.functions import create_new_function

    value = create_new_function.sync(..., client=client)

The same operations are the methods of ``client.functions``.
Modules load on first use: importing this package costs next to nothing.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import create_new_function as create_new_function
    from . import delete_function_by_id as delete_function_by_id
    from . import delete_function_history_entry as delete_function_history_entry
    from . import get_function_by_id as get_function_by_id
    from . import get_function_history as get_function_history
    from . import get_function_history_diff as get_function_history_diff
    from . import get_function_history_entry as get_function_history_entry
    from . import get_function_list as get_function_list
    from . import get_function_user_valves_by_id as get_function_user_valves_by_id
    from . import get_function_user_valves_spec_by_id as get_function_user_valves_spec_by_id
    from . import get_function_valves_by_id as get_function_valves_by_id
    from . import get_function_valves_spec_by_id as get_function_valves_spec_by_id
    from . import get_functions as get_functions
    from . import get_functions_export as get_functions_export
    from . import load_function_from_url as load_function_from_url
    from . import set_function_production as set_function_production
    from . import sync_functions as sync_functions
    from . import toggle_function_by_id as toggle_function_by_id
    from . import toggle_global_by_id as toggle_global_by_id
    from . import update_function_by_id as update_function_by_id
    from . import update_function_user_valves_by_id as update_function_user_valves_by_id
    from . import update_function_valves_by_id as update_function_valves_by_id

__all__ = [
    "create_new_function",
    "delete_function_by_id",
    "delete_function_history_entry",
    "get_function_by_id",
    "get_function_history",
    "get_function_history_diff",
    "get_function_history_entry",
    "get_function_list",
    "get_function_user_valves_by_id",
    "get_function_user_valves_spec_by_id",
    "get_function_valves_by_id",
    "get_function_valves_spec_by_id",
    "get_functions",
    "get_functions_export",
    "load_function_from_url",
    "set_function_production",
    "sync_functions",
    "toggle_function_by_id",
    "toggle_global_by_id",
    "update_function_by_id",
    "update_function_user_valves_by_id",
    "update_function_valves_by_id",
]

_NAMES = frozenset(__all__)


def __getattr__(name: str) -> Any:
    if name not in _NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    # Importing the submodule also sets it as this package's attribute: asked once.
    return importlib.import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(__all__)
