"""The ``groups`` endpoints of Open WebUI, one module each; generated, do not edit.

Every module has ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``; pass an
:class:`owui_sdk.OpenWebUI` (or :class:`owui_sdk.AsyncOpenWebUI`) as ``client=``::

    from owui_sdk.api.groups import add_user_to_group

    value = add_user_to_group.sync(..., client=client)

The same operations are the methods of ``client.groups``.
Modules load on first use: importing this package costs next to nothing.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import add_user_to_group as add_user_to_group
    from . import create_new_group as create_new_group
    from . import delete_group_by_id as delete_group_by_id
    from . import export_group_by_id as export_group_by_id
    from . import get_group_by_id as get_group_by_id
    from . import get_group_info_by_id as get_group_info_by_id
    from . import get_groups as get_groups
    from . import get_users_in_group as get_users_in_group
    from . import inspect_group_members as inspect_group_members
    from . import preview_group_access as preview_group_access
    from . import remove_users_from_group as remove_users_from_group
    from . import update_group_by_id as update_group_by_id

__all__ = [
    "add_user_to_group",
    "create_new_group",
    "delete_group_by_id",
    "export_group_by_id",
    "get_group_by_id",
    "get_group_info_by_id",
    "get_groups",
    "get_users_in_group",
    "inspect_group_members",
    "preview_group_access",
    "remove_users_from_group",
    "update_group_by_id",
]

_NAMES = frozenset(__all__)


def __getattr__(name: str) -> Any:
    if name not in _NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    # Importing the submodule also sets it as this package's attribute: asked once.
    return importlib.import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(__all__)
