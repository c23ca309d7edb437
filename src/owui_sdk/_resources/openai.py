"""``client.openai``: the ``openai`` endpoints of Open WebUI as methods; generated, do not edit.

Each method calls the function of the same name in :mod:`owui_sdk.api.openai`, which loads
on the method's first call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._types import UNSET
from ..api import openai as _api

if TYPE_CHECKING:
    from .._endpoint import AsyncClient, SyncClient
    from .._generated.models.openai_connection_verification_form import (
        OpenaiConnectionVerificationForm,
    )
    from .._generated.models.openai_open_ai_config_form import OpenaiOpenAIConfigForm
    from .._generated.models.openai_responses_form import OpenaiResponsesForm
    from .._generated.models.provider_model_operation_form import ProviderModelOperationForm
    from .._types import Unset

__all__ = ["AsyncOpenaiResource", "OpenaiResource"]


class AsyncOpenaiResource:
    """The ``openai`` endpoints (asyncio): ``client.openai`` of :class:`owui_sdk.AsyncOpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def delete_provider_model(
        self,
        url_idx: int,
        *,
        model: str,
    ) -> Any:
        """Delete Provider Model

        ``DELETE /openai/models/{url_idx}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.delete_provider_model.asyncio(
            url_idx,
            client=self._client,
            model=model,
        )

    async def download_provider_model(
        self,
        url_idx: int,
        body: ProviderModelOperationForm | dict[str, Any],
    ) -> Any:
        """Download Provider Model

        ``POST /openai/models/{url_idx}/download``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.download_provider_model.asyncio(
            url_idx,
            client=self._client,
            body=body,
        )

    async def generate_chat_completion(
        self,
        body: dict[str, Any],
    ) -> Any:
        """Generate Chat Completion

        ``POST /openai/chat/completions``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.generate_chat_completion.asyncio(
            client=self._client,
            body=body,
        )

    async def get_config(
        self,
    ) -> Any:
        """Get Config

        ``GET /openai/config``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_config.asyncio(
            client=self._client,
        )

    async def get_models(
        self,
        *,
        url_idx: int | None | Unset = UNSET,
    ) -> Any:
        """Get Models

        ``GET /openai/models``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_models.asyncio(
            client=self._client,
            url_idx=url_idx,
        )

    async def get_models_by_url_idx(
        self,
        url_idx: int,
    ) -> Any:
        """Get Models

        ``GET /openai/models/{url_idx}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_models_by_url_idx.asyncio(
            url_idx,
            client=self._client,
        )

    async def get_provider_model_catalog(
        self,
        url_idx: int,
    ) -> Any:
        """Get Provider Model Catalog

        ``GET /openai/models/{url_idx}/catalog``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_provider_model_catalog.asyncio(
            url_idx,
            client=self._client,
        )

    async def get_provider_model_download_status(
        self,
        url_idx: int,
        job_id: str,
    ) -> Any:
        """Get Provider Model Download Status

        ``GET /openai/models/{url_idx}/download/status/{job_id}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_provider_model_download_status.asyncio(
            url_idx,
            job_id,
            client=self._client,
        )

    async def load_provider_model(
        self,
        url_idx: int,
        body: ProviderModelOperationForm | dict[str, Any],
    ) -> Any:
        """Load Provider Model

        ``POST /openai/models/{url_idx}/load``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.load_provider_model.asyncio(
            url_idx,
            client=self._client,
            body=body,
        )

    async def proxy(
        self,
        path: str,
    ) -> Any:
        """Proxy

        Deprecated: proxy all requests to OpenAI API.
        Disabled by default. Set ENABLE_OPENAI_API_PASSTHROUGH=True to enable.

        ``GET /openai/{path}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.proxy.asyncio(
            path,
            client=self._client,
        )

    async def proxy_delete(
        self,
        path: str,
    ) -> Any:
        """Proxy

        Deprecated: proxy all requests to OpenAI API.
        Disabled by default. Set ENABLE_OPENAI_API_PASSTHROUGH=True to enable.

        ``DELETE /openai/{path}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.proxy_delete.asyncio(
            path,
            client=self._client,
        )

    async def proxy_post(
        self,
        path: str,
    ) -> Any:
        """Proxy

        Deprecated: proxy all requests to OpenAI API.
        Disabled by default. Set ENABLE_OPENAI_API_PASSTHROUGH=True to enable.

        ``POST /openai/{path}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.proxy_post.asyncio(
            path,
            client=self._client,
        )

    async def proxy_put(
        self,
        path: str,
    ) -> Any:
        """Proxy

        Deprecated: proxy all requests to OpenAI API.
        Disabled by default. Set ENABLE_OPENAI_API_PASSTHROUGH=True to enable.

        ``PUT /openai/{path}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.proxy_put.asyncio(
            path,
            client=self._client,
        )

    async def responses(
        self,
        body: OpenaiResponsesForm | dict[str, Any],
    ) -> Any:
        """Responses

        Forward requests to the OpenAI Responses API endpoint.
        Routes to the correct upstream backend based on the model field.

        ``POST /openai/responses``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.responses.asyncio(
            client=self._client,
            body=body,
        )

    async def speech(
        self,
    ) -> Any:
        """Speech

        ``POST /openai/audio/speech``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.speech.asyncio(
            client=self._client,
        )

    async def stream_provider_model_events(
        self,
        url_idx: int,
    ) -> Any:
        """Stream Provider Model Events

        ``GET /openai/models/{url_idx}/sse``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.stream_provider_model_events.asyncio(
            url_idx,
            client=self._client,
        )

    async def unload_provider_model(
        self,
        url_idx: int,
        body: ProviderModelOperationForm | dict[str, Any],
    ) -> Any:
        """Unload Provider Model

        ``POST /openai/models/{url_idx}/unload``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.unload_provider_model.asyncio(
            url_idx,
            client=self._client,
            body=body,
        )

    async def update_config(
        self,
        body: OpenaiOpenAIConfigForm | dict[str, Any],
    ) -> Any:
        """Update Config

        ``POST /openai/config/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.update_config.asyncio(
            client=self._client,
            body=body,
        )

    async def verify_connection(
        self,
        body: OpenaiConnectionVerificationForm | dict[str, Any],
    ) -> Any:
        """Verify Connection

        ``POST /openai/verify``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.verify_connection.asyncio(
            client=self._client,
            body=body,
        )


class OpenaiResource:
    """The ``openai`` endpoints: ``client.openai`` of :class:`owui_sdk.OpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def delete_provider_model(
        self,
        url_idx: int,
        *,
        model: str,
    ) -> Any:
        """Delete Provider Model

        ``DELETE /openai/models/{url_idx}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.delete_provider_model.sync(
            url_idx,
            client=self._client,
            model=model,
        )

    def download_provider_model(
        self,
        url_idx: int,
        body: ProviderModelOperationForm | dict[str, Any],
    ) -> Any:
        """Download Provider Model

        ``POST /openai/models/{url_idx}/download``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.download_provider_model.sync(
            url_idx,
            client=self._client,
            body=body,
        )

    def generate_chat_completion(
        self,
        body: dict[str, Any],
    ) -> Any:
        """Generate Chat Completion

        ``POST /openai/chat/completions``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.generate_chat_completion.sync(
            client=self._client,
            body=body,
        )

    def get_config(
        self,
    ) -> Any:
        """Get Config

        ``GET /openai/config``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_config.sync(
            client=self._client,
        )

    def get_models(
        self,
        *,
        url_idx: int | None | Unset = UNSET,
    ) -> Any:
        """Get Models

        ``GET /openai/models``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_models.sync(
            client=self._client,
            url_idx=url_idx,
        )

    def get_models_by_url_idx(
        self,
        url_idx: int,
    ) -> Any:
        """Get Models

        ``GET /openai/models/{url_idx}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_models_by_url_idx.sync(
            url_idx,
            client=self._client,
        )

    def get_provider_model_catalog(
        self,
        url_idx: int,
    ) -> Any:
        """Get Provider Model Catalog

        ``GET /openai/models/{url_idx}/catalog``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_provider_model_catalog.sync(
            url_idx,
            client=self._client,
        )

    def get_provider_model_download_status(
        self,
        url_idx: int,
        job_id: str,
    ) -> Any:
        """Get Provider Model Download Status

        ``GET /openai/models/{url_idx}/download/status/{job_id}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_provider_model_download_status.sync(
            url_idx,
            job_id,
            client=self._client,
        )

    def load_provider_model(
        self,
        url_idx: int,
        body: ProviderModelOperationForm | dict[str, Any],
    ) -> Any:
        """Load Provider Model

        ``POST /openai/models/{url_idx}/load``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.load_provider_model.sync(
            url_idx,
            client=self._client,
            body=body,
        )

    def proxy(
        self,
        path: str,
    ) -> Any:
        """Proxy

        Deprecated: proxy all requests to OpenAI API.
        Disabled by default. Set ENABLE_OPENAI_API_PASSTHROUGH=True to enable.

        ``GET /openai/{path}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.proxy.sync(
            path,
            client=self._client,
        )

    def proxy_delete(
        self,
        path: str,
    ) -> Any:
        """Proxy

        Deprecated: proxy all requests to OpenAI API.
        Disabled by default. Set ENABLE_OPENAI_API_PASSTHROUGH=True to enable.

        ``DELETE /openai/{path}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.proxy_delete.sync(
            path,
            client=self._client,
        )

    def proxy_post(
        self,
        path: str,
    ) -> Any:
        """Proxy

        Deprecated: proxy all requests to OpenAI API.
        Disabled by default. Set ENABLE_OPENAI_API_PASSTHROUGH=True to enable.

        ``POST /openai/{path}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.proxy_post.sync(
            path,
            client=self._client,
        )

    def proxy_put(
        self,
        path: str,
    ) -> Any:
        """Proxy

        Deprecated: proxy all requests to OpenAI API.
        Disabled by default. Set ENABLE_OPENAI_API_PASSTHROUGH=True to enable.

        ``PUT /openai/{path}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.proxy_put.sync(
            path,
            client=self._client,
        )

    def responses(
        self,
        body: OpenaiResponsesForm | dict[str, Any],
    ) -> Any:
        """Responses

        Forward requests to the OpenAI Responses API endpoint.
        Routes to the correct upstream backend based on the model field.

        ``POST /openai/responses``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.responses.sync(
            client=self._client,
            body=body,
        )

    def speech(
        self,
    ) -> Any:
        """Speech

        ``POST /openai/audio/speech``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.speech.sync(
            client=self._client,
        )

    def stream_provider_model_events(
        self,
        url_idx: int,
    ) -> Any:
        """Stream Provider Model Events

        ``GET /openai/models/{url_idx}/sse``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.stream_provider_model_events.sync(
            url_idx,
            client=self._client,
        )

    def unload_provider_model(
        self,
        url_idx: int,
        body: ProviderModelOperationForm | dict[str, Any],
    ) -> Any:
        """Unload Provider Model

        ``POST /openai/models/{url_idx}/unload``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.unload_provider_model.sync(
            url_idx,
            client=self._client,
            body=body,
        )

    def update_config(
        self,
        body: OpenaiOpenAIConfigForm | dict[str, Any],
    ) -> Any:
        """Update Config

        ``POST /openai/config/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.update_config.sync(
            client=self._client,
            body=body,
        )

    def verify_connection(
        self,
        body: OpenaiConnectionVerificationForm | dict[str, Any],
    ) -> Any:
        """Verify Connection

        ``POST /openai/verify``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.verify_connection.sync(
            client=self._client,
            body=body,
        )
