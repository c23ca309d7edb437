"""``client.configs``: the ``configs`` endpoints of Open WebUI as methods; generated, do not edit.

Each method calls the function of the same name in :mod:`owui_sdk.api.configs`, which loads
on the method's first call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._types import UNSET
from ..api import configs as _api

if TYPE_CHECKING:
    from .._endpoint import AsyncClient, SyncClient
    from .._generated.models.banner_model import BannerModel
    from .._generated.models.code_interpreter_config_form import CodeInterpreterConfigForm
    from .._generated.models.connections_config_form import ConnectionsConfigForm
    from .._generated.models.import_config_form import ImportConfigForm
    from .._generated.models.interface_visibility_form import InterfaceVisibilityForm
    from .._generated.models.models_config_form import ModelsConfigForm
    from .._generated.models.o_auth_client_registration_form import OAuthClientRegistrationForm
    from .._generated.models.set_banners_form import SetBannersForm
    from .._generated.models.set_default_suggestions_form import SetDefaultSuggestionsForm
    from .._generated.models.subagents_config_form import SubagentsConfigForm
    from .._generated.models.terminal_server_connection import TerminalServerConnection
    from .._generated.models.terminal_server_lifecycle_form import TerminalServerLifecycleForm
    from .._generated.models.terminal_server_policy_form import TerminalServerPolicyForm
    from .._generated.models.terminal_server_refresh_form import TerminalServerRefreshForm
    from .._generated.models.terminal_servers_config_form import TerminalServersConfigForm
    from .._generated.models.tool_server_connection import ToolServerConnection
    from .._generated.models.tool_servers_config_form import ToolServersConfigForm
    from .._types import Unset

__all__ = ["AsyncConfigsResource", "ConfigsResource"]


class AsyncConfigsResource:
    """The ``configs`` endpoints (asyncio): ``client.configs`` of :class:`owui_sdk.AsyncOpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def export_config(
        self,
    ) -> dict[str, Any]:
        """Export Config

        ``GET /api/v1/configs/export``
        """
        return await _api.export_config.asyncio(
            client=self._client,
        )

    async def get_banners(
        self,
    ) -> list[BannerModel]:
        """Get Banners

        ``GET /api/v1/configs/banners``
        """
        return await _api.get_banners.asyncio(
            client=self._client,
        )

    async def get_code_execution_config(
        self,
    ) -> CodeInterpreterConfigForm:
        """Get Code Execution Config

        ``GET /api/v1/configs/code_execution``
        """
        return await _api.get_code_execution_config.asyncio(
            client=self._client,
        )

    async def get_config_namespace(
        self,
        namespace: str,
    ) -> dict[str, Any]:
        """Get Config Namespace

        ``GET /api/v1/configs/namespace/{namespace}``
        """
        return await _api.get_config_namespace.asyncio(
            namespace,
            client=self._client,
        )

    async def get_connections_config(
        self,
    ) -> ConnectionsConfigForm:
        """Get Connections Config

        ``GET /api/v1/configs/connections``
        """
        return await _api.get_connections_config.asyncio(
            client=self._client,
        )

    async def get_models_config(
        self,
    ) -> ModelsConfigForm:
        """Get Models Config

        ``GET /api/v1/configs/models``
        """
        return await _api.get_models_config.asyncio(
            client=self._client,
        )

    async def get_models_defaults(
        self,
    ) -> Any:
        """Get Models Defaults

        ``GET /api/v1/configs/models/defaults``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_models_defaults.asyncio(
            client=self._client,
        )

    async def get_subagents_config(
        self,
    ) -> SubagentsConfigForm:
        """Get Subagents Config

        ``GET /api/v1/configs/subagents``
        """
        return await _api.get_subagents_config.asyncio(
            client=self._client,
        )

    async def get_terminal_servers_config(
        self,
    ) -> Any:
        """Get Terminal Servers Config

        ``GET /api/v1/configs/terminal_servers``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_terminal_servers_config.asyncio(
            client=self._client,
        )

    async def get_tool_servers_config(
        self,
    ) -> ToolServersConfigForm:
        """Get Tool Servers Config

        ``GET /api/v1/configs/tool_servers``
        """
        return await _api.get_tool_servers_config.asyncio(
            client=self._client,
        )

    async def import_config(
        self,
        body: ImportConfigForm | dict[str, Any],
    ) -> dict[str, Any]:
        """Import Config

        ``POST /api/v1/configs/import``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.import_config.asyncio(
            client=self._client,
            body=body,
        )

    async def put_terminal_server_lifecycle(
        self,
        body: TerminalServerLifecycleForm | dict[str, Any],
    ) -> Any:
        """Put Terminal Server Lifecycle

        Proxy a lifecycle read or update to an orchestrator terminal server.

        ``POST /api/v1/configs/terminal_servers/lifecycle``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.put_terminal_server_lifecycle.asyncio(
            client=self._client,
            body=body,
        )

    async def put_terminal_server_policy(
        self,
        body: TerminalServerPolicyForm | dict[str, Any],
    ) -> Any:
        """Put Terminal Server Policy

        Proxy a policy read or update to an orchestrator terminal server.

        ``POST /api/v1/configs/terminal_servers/policy``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.put_terminal_server_policy.asyncio(
            client=self._client,
            body=body,
        )

    async def refresh_terminal_server_terminals(
        self,
        body: TerminalServerRefreshForm | dict[str, Any],
    ) -> Any:
        """Refresh Terminal Server Terminals

        Proxy a terminal refresh request to an orchestrator terminal server.

        ``POST /api/v1/configs/terminal_servers/refresh``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.refresh_terminal_server_terminals.asyncio(
            client=self._client,
            body=body,
        )

    async def register_oauth_client(
        self,
        body: OAuthClientRegistrationForm | dict[str, Any],
        *,
        type: None | str | Unset = UNSET,
    ) -> Any:
        """Register Oauth Client

        ``POST /api/v1/configs/oauth/clients/register``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.register_oauth_client.asyncio(
            client=self._client,
            body=body,
            type_=type,
        )

    async def set_banners(
        self,
        body: SetBannersForm | dict[str, Any],
    ) -> list[BannerModel]:
        """Set Banners

        ``POST /api/v1/configs/banners``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.set_banners.asyncio(
            client=self._client,
            body=body,
        )

    async def set_code_execution_config(
        self,
        body: CodeInterpreterConfigForm | dict[str, Any],
    ) -> CodeInterpreterConfigForm:
        """Set Code Execution Config

        ``POST /api/v1/configs/code_execution``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.set_code_execution_config.asyncio(
            client=self._client,
            body=body,
        )

    async def set_connections_config(
        self,
        body: ConnectionsConfigForm | dict[str, Any],
    ) -> ConnectionsConfigForm:
        """Set Connections Config

        ``POST /api/v1/configs/connections``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.set_connections_config.asyncio(
            client=self._client,
            body=body,
        )

    async def set_default_suggestions(
        self,
        body: SetDefaultSuggestionsForm | dict[str, Any],
    ) -> dict[str, Any]:
        """Set Default Suggestions

        ``POST /api/v1/configs/suggestions``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.set_default_suggestions.asyncio(
            client=self._client,
            body=body,
        )

    async def set_interface_visibility(
        self,
        body: InterfaceVisibilityForm | dict[str, Any],
    ) -> InterfaceVisibilityForm:
        """Set Interface Visibility

        ``POST /api/v1/configs/interface/visibility``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.set_interface_visibility.asyncio(
            client=self._client,
            body=body,
        )

    async def set_models_config(
        self,
        body: ModelsConfigForm | dict[str, Any],
    ) -> ModelsConfigForm:
        """Set Models Config

        ``POST /api/v1/configs/models``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.set_models_config.asyncio(
            client=self._client,
            body=body,
        )

    async def set_subagents_config(
        self,
        body: SubagentsConfigForm | dict[str, Any],
    ) -> SubagentsConfigForm:
        """Set Subagents Config

        ``POST /api/v1/configs/subagents``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.set_subagents_config.asyncio(
            client=self._client,
            body=body,
        )

    async def set_terminal_servers_config(
        self,
        body: TerminalServersConfigForm | dict[str, Any],
    ) -> Any:
        """Set Terminal Servers Config

        ``POST /api/v1/configs/terminal_servers``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.set_terminal_servers_config.asyncio(
            client=self._client,
            body=body,
        )

    async def set_tool_servers_config(
        self,
        body: ToolServersConfigForm | dict[str, Any],
    ) -> ToolServersConfigForm:
        """Set Tool Servers Config

        ``POST /api/v1/configs/tool_servers``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.set_tool_servers_config.asyncio(
            client=self._client,
            body=body,
        )

    async def verify_terminal_server_connection(
        self,
        body: TerminalServerConnection | dict[str, Any],
    ) -> Any:
        """Verify Terminal Server Connection

        Verify the connection to a terminal server by detecting its type.

        Tries GET {url}/api/v1/policies (orchestrator) then GET {url}/api/config
        (plain terminal).  Returns ``{status: true, type: "orchestrator"|"terminal"}``.

        ``POST /api/v1/configs/terminal_servers/verify``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.verify_terminal_server_connection.asyncio(
            client=self._client,
            body=body,
        )

    async def verify_tool_servers_config(
        self,
        body: ToolServerConnection | dict[str, Any],
    ) -> Any:
        """Verify Tool Servers Config

        Verify the connection to the tool server.

        ``POST /api/v1/configs/tool_servers/verify``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.verify_tool_servers_config.asyncio(
            client=self._client,
            body=body,
        )


class ConfigsResource:
    """The ``configs`` endpoints: ``client.configs`` of :class:`owui_sdk.OpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def export_config(
        self,
    ) -> dict[str, Any]:
        """Export Config

        ``GET /api/v1/configs/export``
        """
        return _api.export_config.sync(
            client=self._client,
        )

    def get_banners(
        self,
    ) -> list[BannerModel]:
        """Get Banners

        ``GET /api/v1/configs/banners``
        """
        return _api.get_banners.sync(
            client=self._client,
        )

    def get_code_execution_config(
        self,
    ) -> CodeInterpreterConfigForm:
        """Get Code Execution Config

        ``GET /api/v1/configs/code_execution``
        """
        return _api.get_code_execution_config.sync(
            client=self._client,
        )

    def get_config_namespace(
        self,
        namespace: str,
    ) -> dict[str, Any]:
        """Get Config Namespace

        ``GET /api/v1/configs/namespace/{namespace}``
        """
        return _api.get_config_namespace.sync(
            namespace,
            client=self._client,
        )

    def get_connections_config(
        self,
    ) -> ConnectionsConfigForm:
        """Get Connections Config

        ``GET /api/v1/configs/connections``
        """
        return _api.get_connections_config.sync(
            client=self._client,
        )

    def get_models_config(
        self,
    ) -> ModelsConfigForm:
        """Get Models Config

        ``GET /api/v1/configs/models``
        """
        return _api.get_models_config.sync(
            client=self._client,
        )

    def get_models_defaults(
        self,
    ) -> Any:
        """Get Models Defaults

        ``GET /api/v1/configs/models/defaults``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_models_defaults.sync(
            client=self._client,
        )

    def get_subagents_config(
        self,
    ) -> SubagentsConfigForm:
        """Get Subagents Config

        ``GET /api/v1/configs/subagents``
        """
        return _api.get_subagents_config.sync(
            client=self._client,
        )

    def get_terminal_servers_config(
        self,
    ) -> Any:
        """Get Terminal Servers Config

        ``GET /api/v1/configs/terminal_servers``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_terminal_servers_config.sync(
            client=self._client,
        )

    def get_tool_servers_config(
        self,
    ) -> ToolServersConfigForm:
        """Get Tool Servers Config

        ``GET /api/v1/configs/tool_servers``
        """
        return _api.get_tool_servers_config.sync(
            client=self._client,
        )

    def import_config(
        self,
        body: ImportConfigForm | dict[str, Any],
    ) -> dict[str, Any]:
        """Import Config

        ``POST /api/v1/configs/import``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.import_config.sync(
            client=self._client,
            body=body,
        )

    def put_terminal_server_lifecycle(
        self,
        body: TerminalServerLifecycleForm | dict[str, Any],
    ) -> Any:
        """Put Terminal Server Lifecycle

        Proxy a lifecycle read or update to an orchestrator terminal server.

        ``POST /api/v1/configs/terminal_servers/lifecycle``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.put_terminal_server_lifecycle.sync(
            client=self._client,
            body=body,
        )

    def put_terminal_server_policy(
        self,
        body: TerminalServerPolicyForm | dict[str, Any],
    ) -> Any:
        """Put Terminal Server Policy

        Proxy a policy read or update to an orchestrator terminal server.

        ``POST /api/v1/configs/terminal_servers/policy``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.put_terminal_server_policy.sync(
            client=self._client,
            body=body,
        )

    def refresh_terminal_server_terminals(
        self,
        body: TerminalServerRefreshForm | dict[str, Any],
    ) -> Any:
        """Refresh Terminal Server Terminals

        Proxy a terminal refresh request to an orchestrator terminal server.

        ``POST /api/v1/configs/terminal_servers/refresh``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.refresh_terminal_server_terminals.sync(
            client=self._client,
            body=body,
        )

    def register_oauth_client(
        self,
        body: OAuthClientRegistrationForm | dict[str, Any],
        *,
        type: None | str | Unset = UNSET,
    ) -> Any:
        """Register Oauth Client

        ``POST /api/v1/configs/oauth/clients/register``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.register_oauth_client.sync(
            client=self._client,
            body=body,
            type_=type,
        )

    def set_banners(
        self,
        body: SetBannersForm | dict[str, Any],
    ) -> list[BannerModel]:
        """Set Banners

        ``POST /api/v1/configs/banners``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.set_banners.sync(
            client=self._client,
            body=body,
        )

    def set_code_execution_config(
        self,
        body: CodeInterpreterConfigForm | dict[str, Any],
    ) -> CodeInterpreterConfigForm:
        """Set Code Execution Config

        ``POST /api/v1/configs/code_execution``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.set_code_execution_config.sync(
            client=self._client,
            body=body,
        )

    def set_connections_config(
        self,
        body: ConnectionsConfigForm | dict[str, Any],
    ) -> ConnectionsConfigForm:
        """Set Connections Config

        ``POST /api/v1/configs/connections``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.set_connections_config.sync(
            client=self._client,
            body=body,
        )

    def set_default_suggestions(
        self,
        body: SetDefaultSuggestionsForm | dict[str, Any],
    ) -> dict[str, Any]:
        """Set Default Suggestions

        ``POST /api/v1/configs/suggestions``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.set_default_suggestions.sync(
            client=self._client,
            body=body,
        )

    def set_interface_visibility(
        self,
        body: InterfaceVisibilityForm | dict[str, Any],
    ) -> InterfaceVisibilityForm:
        """Set Interface Visibility

        ``POST /api/v1/configs/interface/visibility``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.set_interface_visibility.sync(
            client=self._client,
            body=body,
        )

    def set_models_config(
        self,
        body: ModelsConfigForm | dict[str, Any],
    ) -> ModelsConfigForm:
        """Set Models Config

        ``POST /api/v1/configs/models``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.set_models_config.sync(
            client=self._client,
            body=body,
        )

    def set_subagents_config(
        self,
        body: SubagentsConfigForm | dict[str, Any],
    ) -> SubagentsConfigForm:
        """Set Subagents Config

        ``POST /api/v1/configs/subagents``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.set_subagents_config.sync(
            client=self._client,
            body=body,
        )

    def set_terminal_servers_config(
        self,
        body: TerminalServersConfigForm | dict[str, Any],
    ) -> Any:
        """Set Terminal Servers Config

        ``POST /api/v1/configs/terminal_servers``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.set_terminal_servers_config.sync(
            client=self._client,
            body=body,
        )

    def set_tool_servers_config(
        self,
        body: ToolServersConfigForm | dict[str, Any],
    ) -> ToolServersConfigForm:
        """Set Tool Servers Config

        ``POST /api/v1/configs/tool_servers``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.set_tool_servers_config.sync(
            client=self._client,
            body=body,
        )

    def verify_terminal_server_connection(
        self,
        body: TerminalServerConnection | dict[str, Any],
    ) -> Any:
        """Verify Terminal Server Connection

        Verify the connection to a terminal server by detecting its type.

        Tries GET {url}/api/v1/policies (orchestrator) then GET {url}/api/config
        (plain terminal).  Returns ``{status: true, type: "orchestrator"|"terminal"}``.

        ``POST /api/v1/configs/terminal_servers/verify``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.verify_terminal_server_connection.sync(
            client=self._client,
            body=body,
        )

    def verify_tool_servers_config(
        self,
        body: ToolServerConnection | dict[str, Any],
    ) -> Any:
        """Verify Tool Servers Config

        Verify the connection to the tool server.

        ``POST /api/v1/configs/tool_servers/verify``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.verify_tool_servers_config.sync(
            client=self._client,
            body=body,
        )
