"""The ``analytics`` endpoints of Open WebUI, one module each; generated, do not edit.

Every module has ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``; pass an
:class:`owui_sdk.OpenWebUI` (or :class:`owui_sdk.AsyncOpenWebUI`) as ``client=``::

    from owui_sdk.api.analytics import get_daily_stats

    value = get_daily_stats.sync(..., client=client)

The same operations are the methods of ``client.analytics``.
Modules load on first use: importing this package costs next to nothing.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import get_daily_stats as get_daily_stats
    from . import get_messages as get_messages
    from . import get_model_analytics as get_model_analytics
    from . import get_model_chats as get_model_chats
    from . import get_model_overview as get_model_overview
    from . import get_summary as get_summary
    from . import get_token_usage as get_token_usage
    from . import get_user_analytics as get_user_analytics

__all__ = [
    "get_daily_stats",
    "get_messages",
    "get_model_analytics",
    "get_model_chats",
    "get_model_overview",
    "get_summary",
    "get_token_usage",
    "get_user_analytics",
]

_NAMES = frozenset(__all__)


def __getattr__(name: str) -> Any:
    if name not in _NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    # Importing the submodule also sets it as this package's attribute: asked once.
    return importlib.import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(__all__)
