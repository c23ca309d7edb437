"""The ``system`` endpoints of Open WebUI, one module each; generated, do not edit.

Every module has ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``; pass an
:class:`owui_sdk.OpenWebUI` (or :class:`owui_sdk.AsyncOpenWebUI`) as ``client=``::

    from owui_sdk.api.system import chat_action

    value = chat_action.sync(..., client=client)

The same operations are the methods of ``client.system``.
Modules load on first use: importing this package costs next to nothing.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import chat_action as chat_action
    from . import chat_completed as chat_completed
    from . import chat_completion as chat_completion
    from . import chat_completion_v1 as chat_completion_v1
    from . import check_db_health as check_db_health
    from . import count_message_tokens_message as count_message_tokens_message
    from . import count_message_tokens_v1_messages as count_message_tokens_v1_messages
    from . import create_event_webhook as create_event_webhook
    from . import delete_event_webhook_api as delete_event_webhook_api
    from . import embeddings as embeddings
    from . import embeddings_v1 as embeddings_v1
    from . import generate_messages_message as generate_messages_message
    from . import generate_messages_v1_messages as generate_messages_v1_messages
    from . import get_app_changelog as get_app_changelog
    from . import get_app_config as get_app_config
    from . import get_app_latest_release_version as get_app_latest_release_version
    from . import get_app_version as get_app_version
    from . import get_base_models as get_base_models
    from . import get_current_usage as get_current_usage
    from . import get_event_catalog as get_event_catalog
    from . import get_event_webhooks_api as get_event_webhooks_api
    from . import get_manifest_json as get_manifest_json
    from . import get_models as get_models
    from . import get_models_v1 as get_models_v1
    from . import get_opensearch_xml as get_opensearch_xml
    from . import healthcheck as healthcheck
    from . import list_tasks_by_chat_id_endpoint as list_tasks_by_chat_id_endpoint
    from . import list_tasks_endpoint as list_tasks_endpoint
    from . import oauth_backchannel_logout as oauth_backchannel_logout
    from . import oauth_client_authorize as oauth_client_authorize
    from . import oauth_client_callback as oauth_client_callback
    from . import oauth_login as oauth_login
    from . import oauth_login_callback as oauth_login_callback
    from . import oauth_login_callback_login as oauth_login_callback_login
    from . import readiness_check as readiness_check
    from . import serve_cache_file as serve_cache_file
    from . import stop_task_endpoint as stop_task_endpoint
    from . import stop_tasks_by_chat_id_endpoint as stop_tasks_by_chat_id_endpoint
    from . import unload_model as unload_model
    from . import update_event_webhook as update_event_webhook

__all__ = [
    "chat_action",
    "chat_completed",
    "chat_completion",
    "chat_completion_v1",
    "check_db_health",
    "count_message_tokens_message",
    "count_message_tokens_v1_messages",
    "create_event_webhook",
    "delete_event_webhook_api",
    "embeddings",
    "embeddings_v1",
    "generate_messages_message",
    "generate_messages_v1_messages",
    "get_app_changelog",
    "get_app_config",
    "get_app_latest_release_version",
    "get_app_version",
    "get_base_models",
    "get_current_usage",
    "get_event_catalog",
    "get_event_webhooks_api",
    "get_manifest_json",
    "get_models",
    "get_models_v1",
    "get_opensearch_xml",
    "healthcheck",
    "list_tasks_by_chat_id_endpoint",
    "list_tasks_endpoint",
    "oauth_backchannel_logout",
    "oauth_client_authorize",
    "oauth_client_callback",
    "oauth_login",
    "oauth_login_callback",
    "oauth_login_callback_login",
    "readiness_check",
    "serve_cache_file",
    "stop_task_endpoint",
    "stop_tasks_by_chat_id_endpoint",
    "unload_model",
    "update_event_webhook",
]

_NAMES = frozenset(__all__)


def __getattr__(name: str) -> Any:
    if name not in _NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    # Importing the submodule also sets it as this package's attribute: asked once.
    return importlib.import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(__all__)
