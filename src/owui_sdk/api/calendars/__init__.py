"""The ``calendars`` endpoints of Open WebUI, one module each; generated, do not edit.

Every module has ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``; pass an
:class:`owui_sdk.OpenWebUI` (or :class:`owui_sdk.AsyncOpenWebUI`) as ``client=``::

    from owui_sdk.api.calendars import create_calendar

    value = create_calendar.sync(..., client=client)

The same operations are the methods of ``client.calendars``.
Modules load on first use: importing this package costs next to nothing.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import create_calendar as create_calendar
    from . import create_event as create_event
    from . import delete_calendar as delete_calendar
    from . import delete_event as delete_event
    from . import get_calendar_by_id as get_calendar_by_id
    from . import get_calendars as get_calendars
    from . import get_event as get_event
    from . import get_events as get_events
    from . import rsvp_event as rsvp_event
    from . import search_events as search_events
    from . import set_default_calendar as set_default_calendar
    from . import update_calendar as update_calendar
    from . import update_calendar_access_by_id as update_calendar_access_by_id
    from . import update_event as update_event

__all__ = [
    "create_calendar",
    "create_event",
    "delete_calendar",
    "delete_event",
    "get_calendar_by_id",
    "get_calendars",
    "get_event",
    "get_events",
    "rsvp_event",
    "search_events",
    "set_default_calendar",
    "update_calendar",
    "update_calendar_access_by_id",
    "update_event",
]

_NAMES = frozenset(__all__)


def __getattr__(name: str) -> Any:
    if name not in _NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    # Importing the submodule also sets it as this package's attribute: asked once.
    return importlib.import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(__all__)
