"""The ``skills`` endpoints of Open WebUI, one module each; generated, do not edit.

Every module has ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``; pass an
:class:`owui_sdk.OpenWebUI` (or :class:`owui_sdk.AsyncOpenWebUI`) as ``client=``::

    from owui_sdk.api.skills import clone_skill

    value = clone_skill.sync(..., client=client)

The same operations are the methods of ``client.skills``.
Modules load on first use: importing this package costs next to nothing.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import clone_skill as clone_skill
    from . import create_new_skill as create_new_skill
    from . import delete_skill_by_id as delete_skill_by_id
    from . import delete_skill_history_entry as delete_skill_history_entry
    from . import diff_skill_file as diff_skill_file
    from . import diff_skill_history as diff_skill_history
    from . import export_skills as export_skills
    from . import get_skill_by_id as get_skill_by_id
    from . import get_skill_file as get_skill_file
    from . import get_skill_files as get_skill_files
    from . import get_skill_history as get_skill_history
    from . import get_skill_history_entry as get_skill_history_entry
    from . import get_skill_list as get_skill_list
    from . import get_skills as get_skills
    from . import import_skills as import_skills
    from . import load_skill_by_url as load_skill_by_url
    from . import preview_skill_import as preview_skill_import
    from . import set_skill_version as set_skill_version
    from . import toggle_skill_by_id as toggle_skill_by_id
    from . import update_skill_access_by_id as update_skill_access_by_id
    from . import update_skill_by_id as update_skill_by_id

__all__ = [
    "clone_skill",
    "create_new_skill",
    "delete_skill_by_id",
    "delete_skill_history_entry",
    "diff_skill_file",
    "diff_skill_history",
    "export_skills",
    "get_skill_by_id",
    "get_skill_file",
    "get_skill_files",
    "get_skill_history",
    "get_skill_history_entry",
    "get_skill_list",
    "get_skills",
    "import_skills",
    "load_skill_by_url",
    "preview_skill_import",
    "set_skill_version",
    "toggle_skill_by_id",
    "update_skill_access_by_id",
    "update_skill_by_id",
]

_NAMES = frozenset(__all__)


def __getattr__(name: str) -> Any:
    if name not in _NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    # Importing the submodule also sets it as this package's attribute: asked once.
    return importlib.import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(__all__)
