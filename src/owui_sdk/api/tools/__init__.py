"""The ``tools`` endpoints of Open WebUI, one module each; generated, do not edit.

Every module has ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``; pass an
:class:`owui_sdk.OpenWebUI` (or :class:`owui_sdk.AsyncOpenWebUI`) as ``client=``::

    from owui_sdk.api.tools import create_new_tools

    value = create_new_tools.sync(..., client=client)

The same operations are the methods of ``client.tools``.
Modules load on first use: importing this package costs next to nothing.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import create_new_tools as create_new_tools
    from . import delete_tool_history_entry as delete_tool_history_entry
    from . import delete_tools_by_id as delete_tools_by_id
    from . import export_tools as export_tools
    from . import get_tool_history as get_tool_history
    from . import get_tool_history_diff as get_tool_history_diff
    from . import get_tool_history_entry as get_tool_history_entry
    from . import get_tool_list as get_tool_list
    from . import get_tool_specs as get_tool_specs
    from . import get_tools as get_tools
    from . import get_tools_by_id as get_tools_by_id
    from . import get_tools_user_valves_by_id as get_tools_user_valves_by_id
    from . import get_tools_user_valves_spec_by_id as get_tools_user_valves_spec_by_id
    from . import get_tools_valves_by_id as get_tools_valves_by_id
    from . import get_tools_valves_spec_by_id as get_tools_valves_spec_by_id
    from . import load_tool_from_url as load_tool_from_url
    from . import set_tool_production as set_tool_production
    from . import update_tool_access_by_id as update_tool_access_by_id
    from . import update_tools_by_id as update_tools_by_id
    from . import update_tools_user_valves_by_id as update_tools_user_valves_by_id
    from . import update_tools_valves_by_id as update_tools_valves_by_id

__all__ = [
    "create_new_tools",
    "delete_tool_history_entry",
    "delete_tools_by_id",
    "export_tools",
    "get_tool_history",
    "get_tool_history_diff",
    "get_tool_history_entry",
    "get_tool_list",
    "get_tool_specs",
    "get_tools",
    "get_tools_by_id",
    "get_tools_user_valves_by_id",
    "get_tools_user_valves_spec_by_id",
    "get_tools_valves_by_id",
    "get_tools_valves_spec_by_id",
    "load_tool_from_url",
    "set_tool_production",
    "update_tool_access_by_id",
    "update_tools_by_id",
    "update_tools_user_valves_by_id",
    "update_tools_valves_by_id",
]

_NAMES = frozenset(__all__)


def __getattr__(name: str) -> Any:
    if name not in _NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    # Importing the submodule also sets it as this package's attribute: asked once.
    return importlib.import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(__all__)
