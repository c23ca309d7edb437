"""The ``notifications`` endpoints of Open WebUI, one module each; generated, do not edit.

Every module has ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``; pass an
:class:`owui_sdk.OpenWebUI` (or :class:`owui_sdk.AsyncOpenWebUI`) as ``client=``::

    from owui_sdk.api.notifications import create_notification_target

    value = create_notification_target.sync(..., client=client)

The same operations are the methods of ``client.notifications``.
Modules load on first use: importing this package costs next to nothing.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import create_notification_target as create_notification_target
    from . import delete_notification_target as delete_notification_target
    from . import get_notification_events as get_notification_events
    from . import get_notification_targets as get_notification_targets
    from . import set_default_notification_target as set_default_notification_target
    from . import test_notification_target as test_notification_target
    from . import update_notification_target as update_notification_target

__all__ = [
    "create_notification_target",
    "delete_notification_target",
    "get_notification_events",
    "get_notification_targets",
    "set_default_notification_target",
    "test_notification_target",
    "update_notification_target",
]

_NAMES = frozenset(__all__)


def __getattr__(name: str) -> Any:
    if name not in _NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    # Importing the submodule also sets it as this package's attribute: asked once.
    return importlib.import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(__all__)
