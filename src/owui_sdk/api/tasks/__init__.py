"""The ``tasks`` endpoints of Open WebUI, one module each; generated, do not edit.

Every module has ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``; pass an
:class:`owui_sdk.OpenWebUI` (or :class:`owui_sdk.AsyncOpenWebUI`) as ``client=``::

    from owui_sdk.api.tasks import generate_autocompletion

    value = generate_autocompletion.sync(..., client=client)

The same operations are the methods of ``client.tasks``.
Modules load on first use: importing this package costs next to nothing.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import generate_autocompletion as generate_autocompletion
    from . import generate_chat_tags as generate_chat_tags
    from . import generate_emoji as generate_emoji
    from . import generate_follow_ups as generate_follow_ups
    from . import generate_image_prompt as generate_image_prompt
    from . import generate_moa_response as generate_moa_response
    from . import generate_queries as generate_queries
    from . import generate_title as generate_title
    from . import get_task_config as get_task_config
    from . import update_task_config as update_task_config

__all__ = [
    "generate_autocompletion",
    "generate_chat_tags",
    "generate_emoji",
    "generate_follow_ups",
    "generate_image_prompt",
    "generate_moa_response",
    "generate_queries",
    "generate_title",
    "get_task_config",
    "update_task_config",
]

_NAMES = frozenset(__all__)


def __getattr__(name: str) -> Any:
    if name not in _NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    # Importing the submodule also sets it as this package's attribute: asked once.
    return importlib.import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(__all__)
