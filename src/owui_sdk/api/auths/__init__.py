"""The ``auths`` endpoints of Open WebUI, one module each; generated, do not edit.

Every module has ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``; pass an
:class:`owui_sdk.OpenWebUI` (or :class:`owui_sdk.AsyncOpenWebUI`) as ``client=``::

    from owui_sdk.api.auths import add_user

    value = add_user.sync(..., client=client)

The same operations are the methods of ``client.auths``.
Modules load on first use: importing this package costs next to nothing.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import add_user as add_user
    from . import confirm_mfa_enrollment as confirm_mfa_enrollment
    from . import delete_api_key as delete_api_key
    from . import delete_oauth_session_by_provider as delete_oauth_session_by_provider
    from . import generate_api_key as generate_api_key
    from . import get_admin_config as get_admin_config
    from . import get_admin_details as get_admin_details
    from . import get_api_key as get_api_key
    from . import get_ldap_config as get_ldap_config
    from . import get_ldap_server as get_ldap_server
    from . import get_mfa_challenge as get_mfa_challenge
    from . import get_mfa_status as get_mfa_status
    from . import get_oauth_config as get_oauth_config
    from . import get_session_user as get_session_user
    from . import ldap_auth as ldap_auth
    from . import redeem_mfa_reset_token as redeem_mfa_reset_token
    from . import regenerate_mfa_recovery_codes as regenerate_mfa_recovery_codes
    from . import signin as signin
    from . import signout as signout
    from . import signup as signup
    from . import start_mfa_enrollment as start_mfa_enrollment
    from . import start_mfa_replacement as start_mfa_replacement
    from . import token_exchange as token_exchange
    from . import update_admin_config as update_admin_config
    from . import update_ldap_config as update_ldap_config
    from . import update_ldap_server as update_ldap_server
    from . import update_oauth_config as update_oauth_config
    from . import update_password as update_password
    from . import update_profile as update_profile
    from . import update_timezone as update_timezone
    from . import verify_mfa_challenge as verify_mfa_challenge

__all__ = [
    "add_user",
    "confirm_mfa_enrollment",
    "delete_api_key",
    "delete_oauth_session_by_provider",
    "generate_api_key",
    "get_admin_config",
    "get_admin_details",
    "get_api_key",
    "get_ldap_config",
    "get_ldap_server",
    "get_mfa_challenge",
    "get_mfa_status",
    "get_oauth_config",
    "get_session_user",
    "ldap_auth",
    "redeem_mfa_reset_token",
    "regenerate_mfa_recovery_codes",
    "signin",
    "signout",
    "signup",
    "start_mfa_enrollment",
    "start_mfa_replacement",
    "token_exchange",
    "update_admin_config",
    "update_ldap_config",
    "update_ldap_server",
    "update_oauth_config",
    "update_password",
    "update_profile",
    "update_timezone",
    "verify_mfa_challenge",
]

_NAMES = frozenset(__all__)


def __getattr__(name: str) -> Any:
    if name not in _NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    # Importing the submodule also sets it as this package's attribute: asked once.
    return importlib.import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(__all__)
