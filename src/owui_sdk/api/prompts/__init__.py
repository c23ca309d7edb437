"""The ``prompts`` endpoints of Open WebUI, one module each; generated, do not edit.

Every module has ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``; pass an
:class:`owui_sdk.OpenWebUI` (or :class:`owui_sdk.AsyncOpenWebUI`) as ``client=``::

    from owui_sdk.api.prompts import create_new_prompt

    value = create_new_prompt.sync(..., client=client)

The same operations are the methods of ``client.prompts``.
Modules load on first use: importing this package costs next to nothing.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import create_new_prompt as create_new_prompt
    from . import delete_prompt_by_id as delete_prompt_by_id
    from . import delete_prompt_history_entry as delete_prompt_history_entry
    from . import get_prompt_by_id as get_prompt_by_id
    from . import get_prompt_diff as get_prompt_diff
    from . import get_prompt_history as get_prompt_history
    from . import get_prompt_history_entry as get_prompt_history_entry
    from . import get_prompt_list as get_prompt_list
    from . import get_prompt_tags as get_prompt_tags
    from . import get_prompts as get_prompts
    from . import set_prompt_version as set_prompt_version
    from . import toggle_prompt_active as toggle_prompt_active
    from . import update_prompt_access_by_id as update_prompt_access_by_id
    from . import update_prompt_by_id as update_prompt_by_id
    from . import update_prompt_metadata as update_prompt_metadata

__all__ = [
    "create_new_prompt",
    "delete_prompt_by_id",
    "delete_prompt_history_entry",
    "get_prompt_by_id",
    "get_prompt_diff",
    "get_prompt_history",
    "get_prompt_history_entry",
    "get_prompt_list",
    "get_prompt_tags",
    "get_prompts",
    "set_prompt_version",
    "toggle_prompt_active",
    "update_prompt_access_by_id",
    "update_prompt_by_id",
    "update_prompt_metadata",
]

_NAMES = frozenset(__all__)


def __getattr__(name: str) -> Any:
    if name not in _NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    # Importing the submodule also sets it as this package's attribute: asked once.
    return importlib.import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(__all__)
