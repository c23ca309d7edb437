"""``client.system``: the ``system`` endpoints of Open WebUI as methods; generated, do not edit.

Each method calls the function of the same name in :mod:`owui_sdk.api.system`, which loads
on the method's first call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..api import system as _api

if TYPE_CHECKING:
    from .._endpoint import AsyncClient, SyncClient
    from .._generated.models.event_webhook_form import EventWebhookForm
    from .._generated.models.event_webhook_update_form import EventWebhookUpdateForm
    from .._generated.models.model_unload_form import ModelUnloadForm
    from .._types import Unset

__all__ = ["AsyncSystemResource", "SystemResource"]


class AsyncSystemResource:
    """The ``system`` endpoints (asyncio): ``client.system`` of :class:`owui_sdk.AsyncOpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def chat_action(
        self,
        action_id: str,
        body: dict[str, Any],
    ) -> Any:
        """Chat Action

        ``POST /api/chat/actions/{action_id}``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.chat_action.asyncio(
            action_id,
            client=self._client,
            body=body,
        )

    async def chat_completed(
        self,
        body: dict[str, Any],
    ) -> Any:
        """Chat Completed

        Deprecated: outlet filters now run inline during chat completion.
        Kept for backward compatibility with external integrations.

        ``POST /api/chat/completed``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.chat_completed.asyncio(
            client=self._client,
            body=body,
        )

    async def chat_completion(
        self,
        body: dict[str, Any],
    ) -> Any:
        """Chat Completion

        ``POST /api/chat/completions``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.chat_completion.asyncio(
            client=self._client,
            body=body,
        )

    async def chat_completion_v1(
        self,
        body: dict[str, Any],
    ) -> Any:
        """Chat Completion

        ``POST /api/v1/chat/completions``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.chat_completion_v1.asyncio(
            client=self._client,
            body=body,
        )

    async def check_db_health(
        self,
    ) -> Any:
        """Check Db Health

        Verify database connectivity by issuing a lightweight ping.

        ``GET /health/db``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.check_db_health.asyncio(
            client=self._client,
        )

    async def count_message_tokens_message(
        self,
        body: dict[str, Any],
    ) -> Any:
        """Count Message Tokens

        ``POST /api/message/count_tokens``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.count_message_tokens_message.asyncio(
            client=self._client,
            body=body,
        )

    async def count_message_tokens_v1_messages(
        self,
        body: dict[str, Any],
    ) -> Any:
        """Count Message Tokens

        ``POST /api/v1/messages/count_tokens``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.count_message_tokens_v1_messages.asyncio(
            client=self._client,
            body=body,
        )

    async def create_event_webhook(
        self,
        body: EventWebhookForm | dict[str, Any],
    ) -> Any:
        """Create Event Webhook

        ``POST /api/events/webhooks``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.create_event_webhook.asyncio(
            client=self._client,
            body=body,
        )

    async def delete_event_webhook_api(
        self,
        webhook_id: str,
    ) -> Any:
        """Delete Event Webhook Api

        ``DELETE /api/events/webhooks/{webhook_id}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.delete_event_webhook_api.asyncio(
            webhook_id,
            client=self._client,
        )

    async def embeddings(
        self,
        body: dict[str, Any],
    ) -> Any:
        """Embeddings

        OpenAI-compatible embeddings endpoint.

        - Performs user/model checks and dispatches to the correct backend.
        - Supports OpenAI, Ollama, arena models, pipelines, and any compatible provider.

        ``POST /api/embeddings``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.embeddings.asyncio(
            client=self._client,
            body=body,
        )

    async def embeddings_v1(
        self,
        body: dict[str, Any],
    ) -> Any:
        """Embeddings

        OpenAI-compatible embeddings endpoint.

        - Performs user/model checks and dispatches to the correct backend.
        - Supports OpenAI, Ollama, arena models, pipelines, and any compatible provider.

        ``POST /api/v1/embeddings``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.embeddings_v1.asyncio(
            client=self._client,
            body=body,
        )

    async def generate_messages_message(
        self,
        body: dict[str, Any],
    ) -> Any:
        """Generate Messages

        Anthropic Messages API compatible endpoint.

        Accepts the Anthropic Messages API format, converts internally to OpenAI
        Chat Completions format, routes through the existing chat completion
        pipeline, then converts the response back to Anthropic Messages format.

        Supports both streaming and non-streaming requests.
        All models configured in Open WebUI are accessible via this endpoint.

        Authentication: Supports both standard Authorization header and
        Anthropic's x-api-key header (via middleware translation).

        ``POST /api/message``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.generate_messages_message.asyncio(
            client=self._client,
            body=body,
        )

    async def generate_messages_v1_messages(
        self,
        body: dict[str, Any],
    ) -> Any:
        """Generate Messages

        Anthropic Messages API compatible endpoint.

        Accepts the Anthropic Messages API format, converts internally to OpenAI
        Chat Completions format, routes through the existing chat completion
        pipeline, then converts the response back to Anthropic Messages format.

        Supports both streaming and non-streaming requests.
        All models configured in Open WebUI are accessible via this endpoint.

        Authentication: Supports both standard Authorization header and
        Anthropic's x-api-key header (via middleware translation).

        ``POST /api/v1/messages``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.generate_messages_v1_messages.asyncio(
            client=self._client,
            body=body,
        )

    async def get_app_changelog(
        self,
    ) -> Any:
        """Get App Changelog

        ``GET /api/changelog``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_app_changelog.asyncio(
            client=self._client,
        )

    async def get_app_config(
        self,
    ) -> Any:
        """Get App Config

        ``GET /api/config``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_app_config.asyncio(
            client=self._client,
        )

    async def get_app_latest_release_version(
        self,
    ) -> Any:
        """Get App Latest Release Version

        ``GET /api/version/updates``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_app_latest_release_version.asyncio(
            client=self._client,
        )

    async def get_app_version(
        self,
    ) -> Any:
        """Get App Version

        ``GET /api/version``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_app_version.asyncio(
            client=self._client,
        )

    async def get_base_models(
        self,
    ) -> Any:
        """Get Base Models

        ``GET /api/models/base``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_base_models.asyncio(
            client=self._client,
        )

    async def get_current_usage(
        self,
    ) -> Any:
        """Get Current Usage

        Get current usage statistics for Open WebUI.
        This is an experimental endpoint and subject to change.

        ``GET /api/usage``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_current_usage.asyncio(
            client=self._client,
        )

    async def get_event_catalog(
        self,
    ) -> Any:
        """Get Event Catalog

        ``GET /api/events``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_event_catalog.asyncio(
            client=self._client,
        )

    async def get_event_webhooks_api(
        self,
    ) -> Any:
        """Get Event Webhooks Api

        ``GET /api/events/webhooks``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_event_webhooks_api.asyncio(
            client=self._client,
        )

    async def get_manifest_json(
        self,
    ) -> Any:
        """Get Manifest Json

        ``GET /manifest.json``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_manifest_json.asyncio(
            client=self._client,
        )

    async def get_models(
        self,
        *,
        refresh: bool | Unset = False,
    ) -> Any:
        """Get Models

        ``GET /api/models``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_models.asyncio(
            client=self._client,
            refresh=refresh,
        )

    async def get_models_v1(
        self,
        *,
        refresh: bool | Unset = False,
    ) -> Any:
        """Get Models

        ``GET /api/v1/models``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_models_v1.asyncio(
            client=self._client,
            refresh=refresh,
        )

    async def get_opensearch_xml(
        self,
    ) -> Any:
        """Get Opensearch Xml

        ``GET /opensearch.xml``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_opensearch_xml.asyncio(
            client=self._client,
        )

    async def healthcheck(
        self,
    ) -> Any:
        """Healthcheck

        ``GET /health``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.healthcheck.asyncio(
            client=self._client,
        )

    async def list_tasks_by_chat_id_endpoint(
        self,
        chat_id: str,
    ) -> Any:
        """List Tasks By Chat Id Endpoint

        ``GET /api/tasks/chat/{chat_id}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.list_tasks_by_chat_id_endpoint.asyncio(
            chat_id,
            client=self._client,
        )

    async def list_tasks_endpoint(
        self,
    ) -> Any:
        """List Tasks Endpoint

        ``GET /api/tasks``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.list_tasks_endpoint.asyncio(
            client=self._client,
        )

    async def oauth_backchannel_logout(
        self,
    ) -> Any:
        """Oauth Backchannel Logout

        ``POST /oauth/backchannel-logout``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.oauth_backchannel_logout.asyncio(
            client=self._client,
        )

    async def oauth_client_authorize(
        self,
        client_id: str,
    ) -> Any:
        """Oauth Client Authorize

        ``GET /oauth/clients/{client_id}/authorize``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.oauth_client_authorize.asyncio(
            client_id,
            client=self._client,
        )

    async def oauth_client_callback(
        self,
        client_id: str,
    ) -> Any:
        """Oauth Client Callback

        ``GET /oauth/clients/{client_id}/callback``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.oauth_client_callback.asyncio(
            client_id,
            client=self._client,
        )

    async def oauth_login(
        self,
        provider: str,
    ) -> Any:
        """Oauth Login

        ``GET /oauth/{provider}/login``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.oauth_login.asyncio(
            provider,
            client=self._client,
        )

    async def oauth_login_callback(
        self,
        provider: str,
    ) -> Any:
        """Oauth Login Callback

        Handle the OAuth provider callback.

        Resolution order:

        1. Match by subject ID bound to the provider.
        2. If ``OAUTH_MERGE_ACCOUNTS_BY_EMAIL`` is enabled, match by email
           (note: some providers do not verify email addresses).
        3. If no match and ``ENABLE_OAUTH_SIGNUP`` is enabled, create a new user
           (fails if the email is already registered).

        ``GET /oauth/{provider}/callback``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.oauth_login_callback.asyncio(
            provider,
            client=self._client,
        )

    async def oauth_login_callback_login(
        self,
        provider: str,
    ) -> Any:
        """Oauth Login Callback

        Handle the OAuth provider callback.

        Resolution order:

        1. Match by subject ID bound to the provider.
        2. If ``OAUTH_MERGE_ACCOUNTS_BY_EMAIL`` is enabled, match by email
           (note: some providers do not verify email addresses).
        3. If no match and ``ENABLE_OAUTH_SIGNUP`` is enabled, create a new user
           (fails if the email is already registered).

        ``GET /oauth/{provider}/login/callback``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.oauth_login_callback_login.asyncio(
            provider,
            client=self._client,
        )

    async def readiness_check(
        self,
    ) -> Any:
        """Readiness Check

        Returns 200 only when the application is ready to accept traffic.

        ``GET /ready``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.readiness_check.asyncio(
            client=self._client,
        )

    async def serve_cache_file(
        self,
        path: str,
    ) -> Any:
        """Serve Cache File

        Serve cached files (e.g. tool outputs) with path-traversal protection.

        Only ``image/*``, ``audio/*``, and ``video/*`` MIME types are served inline;
        everything else gets a ``Content-Disposition: attachment`` header to prevent
        XSS from user-generated HTML stored in the cache directory.

        ``GET /cache/{path}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.serve_cache_file.asyncio(
            path,
            client=self._client,
        )

    async def stop_task_endpoint(
        self,
        task_id: str,
    ) -> Any:
        """Stop Task Endpoint

        ``POST /api/tasks/stop/{task_id}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.stop_task_endpoint.asyncio(
            task_id,
            client=self._client,
        )

    async def stop_tasks_by_chat_id_endpoint(
        self,
        chat_id: str,
    ) -> Any:
        """Stop Tasks By Chat Id Endpoint

        ``POST /api/tasks/chat/{chat_id}/stop``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.stop_tasks_by_chat_id_endpoint.asyncio(
            chat_id,
            client=self._client,
        )

    async def unload_model(
        self,
        body: ModelUnloadForm | dict[str, Any],
    ) -> Any:
        """Unload Model

        Unified model unload endpoint.
        Resolves the provider that owns the model and calls its native unload mechanism.
        Supports: Ollama (keep_alive=0) and llama.cpp (/models/unload).

        ``POST /api/models/unload``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.unload_model.asyncio(
            client=self._client,
            body=body,
        )

    async def update_event_webhook(
        self,
        webhook_id: str,
        body: EventWebhookUpdateForm | dict[str, Any],
    ) -> Any:
        """Update Event Webhook

        ``PUT /api/events/webhooks/{webhook_id}``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.update_event_webhook.asyncio(
            webhook_id,
            client=self._client,
            body=body,
        )


class SystemResource:
    """The ``system`` endpoints: ``client.system`` of :class:`owui_sdk.OpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def chat_action(
        self,
        action_id: str,
        body: dict[str, Any],
    ) -> Any:
        """Chat Action

        ``POST /api/chat/actions/{action_id}``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.chat_action.sync(
            action_id,
            client=self._client,
            body=body,
        )

    def chat_completed(
        self,
        body: dict[str, Any],
    ) -> Any:
        """Chat Completed

        Deprecated: outlet filters now run inline during chat completion.
        Kept for backward compatibility with external integrations.

        ``POST /api/chat/completed``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.chat_completed.sync(
            client=self._client,
            body=body,
        )

    def chat_completion(
        self,
        body: dict[str, Any],
    ) -> Any:
        """Chat Completion

        ``POST /api/chat/completions``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.chat_completion.sync(
            client=self._client,
            body=body,
        )

    def chat_completion_v1(
        self,
        body: dict[str, Any],
    ) -> Any:
        """Chat Completion

        ``POST /api/v1/chat/completions``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.chat_completion_v1.sync(
            client=self._client,
            body=body,
        )

    def check_db_health(
        self,
    ) -> Any:
        """Check Db Health

        Verify database connectivity by issuing a lightweight ping.

        ``GET /health/db``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.check_db_health.sync(
            client=self._client,
        )

    def count_message_tokens_message(
        self,
        body: dict[str, Any],
    ) -> Any:
        """Count Message Tokens

        ``POST /api/message/count_tokens``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.count_message_tokens_message.sync(
            client=self._client,
            body=body,
        )

    def count_message_tokens_v1_messages(
        self,
        body: dict[str, Any],
    ) -> Any:
        """Count Message Tokens

        ``POST /api/v1/messages/count_tokens``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.count_message_tokens_v1_messages.sync(
            client=self._client,
            body=body,
        )

    def create_event_webhook(
        self,
        body: EventWebhookForm | dict[str, Any],
    ) -> Any:
        """Create Event Webhook

        ``POST /api/events/webhooks``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.create_event_webhook.sync(
            client=self._client,
            body=body,
        )

    def delete_event_webhook_api(
        self,
        webhook_id: str,
    ) -> Any:
        """Delete Event Webhook Api

        ``DELETE /api/events/webhooks/{webhook_id}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.delete_event_webhook_api.sync(
            webhook_id,
            client=self._client,
        )

    def embeddings(
        self,
        body: dict[str, Any],
    ) -> Any:
        """Embeddings

        OpenAI-compatible embeddings endpoint.

        - Performs user/model checks and dispatches to the correct backend.
        - Supports OpenAI, Ollama, arena models, pipelines, and any compatible provider.

        ``POST /api/embeddings``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.embeddings.sync(
            client=self._client,
            body=body,
        )

    def embeddings_v1(
        self,
        body: dict[str, Any],
    ) -> Any:
        """Embeddings

        OpenAI-compatible embeddings endpoint.

        - Performs user/model checks and dispatches to the correct backend.
        - Supports OpenAI, Ollama, arena models, pipelines, and any compatible provider.

        ``POST /api/v1/embeddings``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.embeddings_v1.sync(
            client=self._client,
            body=body,
        )

    def generate_messages_message(
        self,
        body: dict[str, Any],
    ) -> Any:
        """Generate Messages

        Anthropic Messages API compatible endpoint.

        Accepts the Anthropic Messages API format, converts internally to OpenAI
        Chat Completions format, routes through the existing chat completion
        pipeline, then converts the response back to Anthropic Messages format.

        Supports both streaming and non-streaming requests.
        All models configured in Open WebUI are accessible via this endpoint.

        Authentication: Supports both standard Authorization header and
        Anthropic's x-api-key header (via middleware translation).

        ``POST /api/message``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.generate_messages_message.sync(
            client=self._client,
            body=body,
        )

    def generate_messages_v1_messages(
        self,
        body: dict[str, Any],
    ) -> Any:
        """Generate Messages

        Anthropic Messages API compatible endpoint.

        Accepts the Anthropic Messages API format, converts internally to OpenAI
        Chat Completions format, routes through the existing chat completion
        pipeline, then converts the response back to Anthropic Messages format.

        Supports both streaming and non-streaming requests.
        All models configured in Open WebUI are accessible via this endpoint.

        Authentication: Supports both standard Authorization header and
        Anthropic's x-api-key header (via middleware translation).

        ``POST /api/v1/messages``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.generate_messages_v1_messages.sync(
            client=self._client,
            body=body,
        )

    def get_app_changelog(
        self,
    ) -> Any:
        """Get App Changelog

        ``GET /api/changelog``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_app_changelog.sync(
            client=self._client,
        )

    def get_app_config(
        self,
    ) -> Any:
        """Get App Config

        ``GET /api/config``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_app_config.sync(
            client=self._client,
        )

    def get_app_latest_release_version(
        self,
    ) -> Any:
        """Get App Latest Release Version

        ``GET /api/version/updates``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_app_latest_release_version.sync(
            client=self._client,
        )

    def get_app_version(
        self,
    ) -> Any:
        """Get App Version

        ``GET /api/version``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_app_version.sync(
            client=self._client,
        )

    def get_base_models(
        self,
    ) -> Any:
        """Get Base Models

        ``GET /api/models/base``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_base_models.sync(
            client=self._client,
        )

    def get_current_usage(
        self,
    ) -> Any:
        """Get Current Usage

        Get current usage statistics for Open WebUI.
        This is an experimental endpoint and subject to change.

        ``GET /api/usage``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_current_usage.sync(
            client=self._client,
        )

    def get_event_catalog(
        self,
    ) -> Any:
        """Get Event Catalog

        ``GET /api/events``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_event_catalog.sync(
            client=self._client,
        )

    def get_event_webhooks_api(
        self,
    ) -> Any:
        """Get Event Webhooks Api

        ``GET /api/events/webhooks``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_event_webhooks_api.sync(
            client=self._client,
        )

    def get_manifest_json(
        self,
    ) -> Any:
        """Get Manifest Json

        ``GET /manifest.json``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_manifest_json.sync(
            client=self._client,
        )

    def get_models(
        self,
        *,
        refresh: bool | Unset = False,
    ) -> Any:
        """Get Models

        ``GET /api/models``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_models.sync(
            client=self._client,
            refresh=refresh,
        )

    def get_models_v1(
        self,
        *,
        refresh: bool | Unset = False,
    ) -> Any:
        """Get Models

        ``GET /api/v1/models``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_models_v1.sync(
            client=self._client,
            refresh=refresh,
        )

    def get_opensearch_xml(
        self,
    ) -> Any:
        """Get Opensearch Xml

        ``GET /opensearch.xml``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_opensearch_xml.sync(
            client=self._client,
        )

    def healthcheck(
        self,
    ) -> Any:
        """Healthcheck

        ``GET /health``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.healthcheck.sync(
            client=self._client,
        )

    def list_tasks_by_chat_id_endpoint(
        self,
        chat_id: str,
    ) -> Any:
        """List Tasks By Chat Id Endpoint

        ``GET /api/tasks/chat/{chat_id}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.list_tasks_by_chat_id_endpoint.sync(
            chat_id,
            client=self._client,
        )

    def list_tasks_endpoint(
        self,
    ) -> Any:
        """List Tasks Endpoint

        ``GET /api/tasks``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.list_tasks_endpoint.sync(
            client=self._client,
        )

    def oauth_backchannel_logout(
        self,
    ) -> Any:
        """Oauth Backchannel Logout

        ``POST /oauth/backchannel-logout``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.oauth_backchannel_logout.sync(
            client=self._client,
        )

    def oauth_client_authorize(
        self,
        client_id: str,
    ) -> Any:
        """Oauth Client Authorize

        ``GET /oauth/clients/{client_id}/authorize``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.oauth_client_authorize.sync(
            client_id,
            client=self._client,
        )

    def oauth_client_callback(
        self,
        client_id: str,
    ) -> Any:
        """Oauth Client Callback

        ``GET /oauth/clients/{client_id}/callback``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.oauth_client_callback.sync(
            client_id,
            client=self._client,
        )

    def oauth_login(
        self,
        provider: str,
    ) -> Any:
        """Oauth Login

        ``GET /oauth/{provider}/login``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.oauth_login.sync(
            provider,
            client=self._client,
        )

    def oauth_login_callback(
        self,
        provider: str,
    ) -> Any:
        """Oauth Login Callback

        Handle the OAuth provider callback.

        Resolution order:

        1. Match by subject ID bound to the provider.
        2. If ``OAUTH_MERGE_ACCOUNTS_BY_EMAIL`` is enabled, match by email
           (note: some providers do not verify email addresses).
        3. If no match and ``ENABLE_OAUTH_SIGNUP`` is enabled, create a new user
           (fails if the email is already registered).

        ``GET /oauth/{provider}/callback``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.oauth_login_callback.sync(
            provider,
            client=self._client,
        )

    def oauth_login_callback_login(
        self,
        provider: str,
    ) -> Any:
        """Oauth Login Callback

        Handle the OAuth provider callback.

        Resolution order:

        1. Match by subject ID bound to the provider.
        2. If ``OAUTH_MERGE_ACCOUNTS_BY_EMAIL`` is enabled, match by email
           (note: some providers do not verify email addresses).
        3. If no match and ``ENABLE_OAUTH_SIGNUP`` is enabled, create a new user
           (fails if the email is already registered).

        ``GET /oauth/{provider}/login/callback``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.oauth_login_callback_login.sync(
            provider,
            client=self._client,
        )

    def readiness_check(
        self,
    ) -> Any:
        """Readiness Check

        Returns 200 only when the application is ready to accept traffic.

        ``GET /ready``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.readiness_check.sync(
            client=self._client,
        )

    def serve_cache_file(
        self,
        path: str,
    ) -> Any:
        """Serve Cache File

        Serve cached files (e.g. tool outputs) with path-traversal protection.

        Only ``image/*``, ``audio/*``, and ``video/*`` MIME types are served inline;
        everything else gets a ``Content-Disposition: attachment`` header to prevent
        XSS from user-generated HTML stored in the cache directory.

        ``GET /cache/{path}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.serve_cache_file.sync(
            path,
            client=self._client,
        )

    def stop_task_endpoint(
        self,
        task_id: str,
    ) -> Any:
        """Stop Task Endpoint

        ``POST /api/tasks/stop/{task_id}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.stop_task_endpoint.sync(
            task_id,
            client=self._client,
        )

    def stop_tasks_by_chat_id_endpoint(
        self,
        chat_id: str,
    ) -> Any:
        """Stop Tasks By Chat Id Endpoint

        ``POST /api/tasks/chat/{chat_id}/stop``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.stop_tasks_by_chat_id_endpoint.sync(
            chat_id,
            client=self._client,
        )

    def unload_model(
        self,
        body: ModelUnloadForm | dict[str, Any],
    ) -> Any:
        """Unload Model

        Unified model unload endpoint.
        Resolves the provider that owns the model and calls its native unload mechanism.
        Supports: Ollama (keep_alive=0) and llama.cpp (/models/unload).

        ``POST /api/models/unload``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.unload_model.sync(
            client=self._client,
            body=body,
        )

    def update_event_webhook(
        self,
        webhook_id: str,
        body: EventWebhookUpdateForm | dict[str, Any],
    ) -> Any:
        """Update Event Webhook

        ``PUT /api/events/webhooks/{webhook_id}``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.update_event_webhook.sync(
            webhook_id,
            client=self._client,
            body=body,
        )
