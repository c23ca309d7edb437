"""The ``users`` endpoints of Open WebUI, one module each; generated, do not edit.

Every module has ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``; pass an
:class:`owui_sdk.OpenWebUI` (or :class:`owui_sdk.AsyncOpenWebUI`) as ``client=``::

    from owui_sdk.api.users import delete_user_by_id

    value = delete_user_by_id.sync(..., client=client)

The same operations are the methods of ``client.users``.
Modules load on first use: importing this package costs next to nothing.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import delete_user_by_id as delete_user_by_id
    from . import get_all_users as get_all_users
    from . import get_default_user_permissions as get_default_user_permissions
    from . import get_default_user_permissions_defaults as get_default_user_permissions_defaults
    from . import get_user_active_status_by_id as get_user_active_status_by_id
    from . import get_user_by_id as get_user_by_id
    from . import get_user_groups as get_user_groups
    from . import get_user_groups_by_id as get_user_groups_by_id
    from . import get_user_info_by_id as get_user_info_by_id
    from . import get_user_info_by_session_user as get_user_info_by_session_user
    from . import get_user_oauth_sessions_by_id as get_user_oauth_sessions_by_id
    from . import get_user_permissisions as get_user_permissisions
    from . import get_user_preview as get_user_preview
    from . import get_user_profile_image_by_id as get_user_profile_image_by_id
    from . import get_user_settings_by_session_user as get_user_settings_by_session_user
    from . import get_user_status_by_session_user as get_user_status_by_session_user
    from . import get_user_usage_by_session_user as get_user_usage_by_session_user
    from . import get_user_variables_by_session_user as get_user_variables_by_session_user
    from . import get_users as get_users
    from . import revoke_user_sessions as revoke_user_sessions
    from . import search_users as search_users
    from . import update_default_user_permissions as update_default_user_permissions
    from . import update_user_by_id as update_user_by_id
    from . import update_user_info_by_session_user as update_user_info_by_session_user
    from . import update_user_settings_by_session_user as update_user_settings_by_session_user
    from . import update_user_status_by_session_user as update_user_status_by_session_user
    from . import update_user_variables_by_session_user as update_user_variables_by_session_user

__all__ = [
    "delete_user_by_id",
    "get_all_users",
    "get_default_user_permissions",
    "get_default_user_permissions_defaults",
    "get_user_active_status_by_id",
    "get_user_by_id",
    "get_user_groups",
    "get_user_groups_by_id",
    "get_user_info_by_id",
    "get_user_info_by_session_user",
    "get_user_oauth_sessions_by_id",
    "get_user_permissisions",
    "get_user_preview",
    "get_user_profile_image_by_id",
    "get_user_settings_by_session_user",
    "get_user_status_by_session_user",
    "get_user_usage_by_session_user",
    "get_user_variables_by_session_user",
    "get_users",
    "revoke_user_sessions",
    "search_users",
    "update_default_user_permissions",
    "update_user_by_id",
    "update_user_info_by_session_user",
    "update_user_settings_by_session_user",
    "update_user_status_by_session_user",
    "update_user_variables_by_session_user",
]

_NAMES = frozenset(__all__)


def __getattr__(name: str) -> Any:
    if name not in _NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    # Importing the submodule also sets it as this package's attribute: asked once.
    return importlib.import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(__all__)
