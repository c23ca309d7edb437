"""The ``automations`` endpoints of Open WebUI, one module each; generated, do not edit.

Every module has ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``; pass an
:class:`owui_sdk.OpenWebUI` (or :class:`owui_sdk.AsyncOpenWebUI`) as ``client=``::

    from owui_sdk.api.automations import create_new_automation

    value = create_new_automation.sync(..., client=client)

The same operations are the methods of ``client.automations``.
Modules load on first use: importing this package costs next to nothing.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import create_new_automation as create_new_automation
    from . import delete_automation_by_id as delete_automation_by_id
    from . import get_automation_by_id as get_automation_by_id
    from . import get_automation_items as get_automation_items
    from . import get_automation_runs as get_automation_runs
    from . import run_automation_by_id as run_automation_by_id
    from . import toggle_automation_by_id as toggle_automation_by_id
    from . import update_automation_by_id as update_automation_by_id

__all__ = [
    "create_new_automation",
    "delete_automation_by_id",
    "get_automation_by_id",
    "get_automation_items",
    "get_automation_runs",
    "run_automation_by_id",
    "toggle_automation_by_id",
    "update_automation_by_id",
]

_NAMES = frozenset(__all__)


def __getattr__(name: str) -> Any:
    if name not in _NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    # Importing the submodule also sets it as this package's attribute: asked once.
    return importlib.import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(__all__)
