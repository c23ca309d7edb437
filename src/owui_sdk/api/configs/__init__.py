"""The ``configs`` endpoints of Open WebUI, one module each; generated, do not edit.

Every module has ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``; pass an
:class:`owui_sdk.OpenWebUI` (or :class:`owui_sdk.AsyncOpenWebUI`) as ``client=``::

    from owui_sdk.api.configs import export_config

    value = export_config.sync(..., client=client)

The same operations are the methods of ``client.configs``.
Modules load on first use: importing this package costs next to nothing.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import export_config as export_config
    from . import get_banners as get_banners
    from . import get_code_execution_config as get_code_execution_config
    from . import get_config_namespace as get_config_namespace
    from . import get_connections_config as get_connections_config
    from . import get_models_config as get_models_config
    from . import get_models_defaults as get_models_defaults
    from . import get_subagents_config as get_subagents_config
    from . import get_terminal_servers_config as get_terminal_servers_config
    from . import get_tool_servers_config as get_tool_servers_config
    from . import import_config as import_config
    from . import put_terminal_server_lifecycle as put_terminal_server_lifecycle
    from . import put_terminal_server_policy as put_terminal_server_policy
    from . import refresh_terminal_server_terminals as refresh_terminal_server_terminals
    from . import register_oauth_client as register_oauth_client
    from . import set_banners as set_banners
    from . import set_code_execution_config as set_code_execution_config
    from . import set_connections_config as set_connections_config
    from . import set_default_suggestions as set_default_suggestions
    from . import set_interface_visibility as set_interface_visibility
    from . import set_models_config as set_models_config
    from . import set_subagents_config as set_subagents_config
    from . import set_terminal_servers_config as set_terminal_servers_config
    from . import set_tool_servers_config as set_tool_servers_config
    from . import verify_terminal_server_connection as verify_terminal_server_connection
    from . import verify_tool_servers_config as verify_tool_servers_config

__all__ = [
    "export_config",
    "get_banners",
    "get_code_execution_config",
    "get_config_namespace",
    "get_connections_config",
    "get_models_config",
    "get_models_defaults",
    "get_subagents_config",
    "get_terminal_servers_config",
    "get_tool_servers_config",
    "import_config",
    "put_terminal_server_lifecycle",
    "put_terminal_server_policy",
    "refresh_terminal_server_terminals",
    "register_oauth_client",
    "set_banners",
    "set_code_execution_config",
    "set_connections_config",
    "set_default_suggestions",
    "set_interface_visibility",
    "set_models_config",
    "set_subagents_config",
    "set_terminal_servers_config",
    "set_tool_servers_config",
    "verify_terminal_server_connection",
    "verify_tool_servers_config",
]

_NAMES = frozenset(__all__)


def __getattr__(name: str) -> Any:
    if name not in _NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    # Importing the submodule also sets it as this package's attribute: asked once.
    return importlib.import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(__all__)
