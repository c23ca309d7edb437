"""``client.ollama``: the ``ollama`` endpoints of Open WebUI as methods; generated, do not edit.

Each method calls the function of the same name in :mod:`owui_sdk.api.ollama`, which loads
on the method's first call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._types import UNSET
from ..api import ollama as _api

if TYPE_CHECKING:
    from .._endpoint import AsyncClient, SyncClient
    from .._generated.models.copy_model_form import CopyModelForm
    from .._generated.models.create_model_form import CreateModelForm
    from .._generated.models.generate_completion_form import GenerateCompletionForm
    from .._generated.models.generate_embed_form import GenerateEmbedForm
    from .._generated.models.generate_embeddings_form import GenerateEmbeddingsForm
    from .._generated.models.model_name_form import ModelNameForm
    from .._generated.models.ollama_connection_verification_form import (
        OllamaConnectionVerificationForm,
    )
    from .._generated.models.ollama_ollama_config_form import OllamaOllamaConfigForm
    from .._generated.models.ollama_responses_form import OllamaResponsesForm
    from .._generated.models.push_model_form import PushModelForm
    from .._generated.models.upload_model_body import UploadModelBody
    from .._generated.models.upload_model_by_url_idx_body import UploadModelByUrlIdxBody
    from .._generated.models.url_form import UrlForm
    from .._types import Unset

__all__ = ["AsyncOllamaResource", "OllamaResource"]


class AsyncOllamaResource:
    """The ``ollama`` endpoints (asyncio): ``client.ollama`` of :class:`owui_sdk.AsyncOpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def copy_model(
        self,
        body: CopyModelForm | dict[str, Any],
        *,
        url_idx: int | None | Unset = UNSET,
    ) -> Any:
        """Copy Model

        Duplicate an existing model under a new name.

        ``POST /ollama/api/copy``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.copy_model.asyncio(
            client=self._client,
            body=body,
            url_idx=url_idx,
        )

    async def copy_model_by_url_idx(
        self,
        url_idx: int,
        body: CopyModelForm | dict[str, Any],
    ) -> Any:
        """Copy Model

        Duplicate an existing model under a new name.

        ``POST /ollama/api/copy/{url_idx}``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.copy_model_by_url_idx.asyncio(
            url_idx,
            client=self._client,
            body=body,
        )

    async def create_model(
        self,
        body: CreateModelForm | dict[str, Any],
        *,
        url_idx: int | Unset = 0,
    ) -> Any:
        """Create Model

        ``POST /ollama/api/create``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.create_model.asyncio(
            client=self._client,
            body=body,
            url_idx=url_idx,
        )

    async def create_model_by_url_idx(
        self,
        url_idx: int,
        body: CreateModelForm | dict[str, Any],
    ) -> Any:
        """Create Model

        ``POST /ollama/api/create/{url_idx}``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.create_model_by_url_idx.asyncio(
            url_idx,
            client=self._client,
            body=body,
        )

    async def delete_model(
        self,
        body: ModelNameForm | dict[str, Any],
        *,
        url_idx: int | None | Unset = UNSET,
    ) -> Any:
        """Delete Model

        Remove a model from an Ollama backend.

        ``DELETE /ollama/api/delete``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.delete_model.asyncio(
            client=self._client,
            body=body,
            url_idx=url_idx,
        )

    async def delete_model_by_url_idx(
        self,
        url_idx: int,
        body: ModelNameForm | dict[str, Any],
    ) -> Any:
        """Delete Model

        Remove a model from an Ollama backend.

        ``DELETE /ollama/api/delete/{url_idx}``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.delete_model_by_url_idx.asyncio(
            url_idx,
            client=self._client,
            body=body,
        )

    async def download_model(
        self,
        body: UrlForm | dict[str, Any],
        *,
        url_idx: int | None | Unset = UNSET,
    ) -> Any:
        """Download Model

        Download a GGUF model from HuggingFace or GitHub and register it with Ollama.

        ``POST /ollama/models/download``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.download_model.asyncio(
            client=self._client,
            body=body,
            url_idx=url_idx,
        )

    async def download_model_by_url_idx(
        self,
        url_idx: int,
        body: UrlForm | dict[str, Any],
    ) -> Any:
        """Download Model

        Download a GGUF model from HuggingFace or GitHub and register it with Ollama.

        ``POST /ollama/models/download/{url_idx}``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.download_model_by_url_idx.asyncio(
            url_idx,
            client=self._client,
            body=body,
        )

    async def embed(
        self,
        body: GenerateEmbedForm | dict[str, Any],
        *,
        url_idx: int | None | Unset = UNSET,
    ) -> Any:
        """Embed

        Generate embeddings via the Ollama /api/embed endpoint.

        ``POST /ollama/api/embed``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.embed.asyncio(
            client=self._client,
            body=body,
            url_idx=url_idx,
        )

    async def embed_by_url_idx(
        self,
        url_idx: int,
        body: GenerateEmbedForm | dict[str, Any],
    ) -> Any:
        """Embed

        Generate embeddings via the Ollama /api/embed endpoint.

        ``POST /ollama/api/embed/{url_idx}``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.embed_by_url_idx.asyncio(
            url_idx,
            client=self._client,
            body=body,
        )

    async def embeddings(
        self,
        body: GenerateEmbeddingsForm | dict[str, Any],
        *,
        url_idx: int | None | Unset = UNSET,
    ) -> Any:
        """Embeddings

        Generate embeddings via the legacy Ollama /api/embeddings endpoint.

        ``POST /ollama/api/embeddings``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.embeddings.asyncio(
            client=self._client,
            body=body,
            url_idx=url_idx,
        )

    async def embeddings_by_url_idx(
        self,
        url_idx: int,
        body: GenerateEmbeddingsForm | dict[str, Any],
    ) -> Any:
        """Embeddings

        Generate embeddings via the legacy Ollama /api/embeddings endpoint.

        ``POST /ollama/api/embeddings/{url_idx}``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.embeddings_by_url_idx.asyncio(
            url_idx,
            client=self._client,
            body=body,
        )

    async def generate_anthropic_messages(
        self,
        body: dict[str, Any],
        *,
        url_idx: int | None | Unset = UNSET,
    ) -> Any:
        """Generate Anthropic Messages

        Proxy for Ollama's Anthropic-compatible /v1/messages endpoint.

        Forwards the request as-is to the Ollama backend, applying the same
        model resolution, access control, and prefix_id handling used by
        the OpenAI-compatible /v1/chat/completions proxy.

        See https://docs.ollama.com/api/anthropic-compatibility

        ``POST /ollama/v1/messages``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.generate_anthropic_messages.asyncio(
            client=self._client,
            body=body,
            url_idx=url_idx,
        )

    async def generate_anthropic_messages_by_url_idx(
        self,
        url_idx: int,
        body: dict[str, Any],
    ) -> Any:
        """Generate Anthropic Messages

        Proxy for Ollama's Anthropic-compatible /v1/messages endpoint.

        Forwards the request as-is to the Ollama backend, applying the same
        model resolution, access control, and prefix_id handling used by
        the OpenAI-compatible /v1/chat/completions proxy.

        See https://docs.ollama.com/api/anthropic-compatibility

        ``POST /ollama/v1/messages/{url_idx}``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.generate_anthropic_messages_by_url_idx.asyncio(
            url_idx,
            client=self._client,
            body=body,
        )

    async def generate_chat_completion(
        self,
        body: dict[str, Any],
        *,
        url_idx: int | None | Unset = UNSET,
    ) -> Any:
        """Generate Chat Completion

        Forward a chat completion request to an Ollama backend.

        ``POST /ollama/api/chat``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.generate_chat_completion.asyncio(
            client=self._client,
            body=body,
            url_idx=url_idx,
        )

    async def generate_chat_completion_by_url_idx(
        self,
        url_idx: int,
        body: dict[str, Any],
    ) -> Any:
        """Generate Chat Completion

        Forward a chat completion request to an Ollama backend.

        ``POST /ollama/api/chat/{url_idx}``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.generate_chat_completion_by_url_idx.asyncio(
            url_idx,
            client=self._client,
            body=body,
        )

    async def generate_completion(
        self,
        body: GenerateCompletionForm | dict[str, Any],
        *,
        url_idx: int | None | Unset = UNSET,
    ) -> Any:
        """Generate Completion

        Run text completion via Ollama /api/generate.

        ``POST /ollama/api/generate``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.generate_completion.asyncio(
            client=self._client,
            body=body,
            url_idx=url_idx,
        )

    async def generate_completion_by_url_idx(
        self,
        url_idx: int,
        body: GenerateCompletionForm | dict[str, Any],
    ) -> Any:
        """Generate Completion

        Run text completion via Ollama /api/generate.

        ``POST /ollama/api/generate/{url_idx}``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.generate_completion_by_url_idx.asyncio(
            url_idx,
            client=self._client,
            body=body,
        )

    async def generate_openai_chat_completion(
        self,
        body: dict[str, Any],
        *,
        url_idx: int | None | Unset = UNSET,
    ) -> Any:
        """Generate Openai Chat Completion

        Forward a chat completion request via the OpenAI-compatible proxy.

        ``POST /ollama/v1/chat/completions``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.generate_openai_chat_completion.asyncio(
            client=self._client,
            body=body,
            url_idx=url_idx,
        )

    async def generate_openai_chat_completion_by_url_idx(
        self,
        url_idx: int,
        body: dict[str, Any],
    ) -> Any:
        """Generate Openai Chat Completion

        Forward a chat completion request via the OpenAI-compatible proxy.

        ``POST /ollama/v1/chat/completions/{url_idx}``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.generate_openai_chat_completion_by_url_idx.asyncio(
            url_idx,
            client=self._client,
            body=body,
        )

    async def generate_openai_completion(
        self,
        body: dict[str, Any],
        *,
        url_idx: int | None | Unset = UNSET,
    ) -> Any:
        """Generate Openai Completion

        Forward a text completion request via the OpenAI-compatible proxy.

        ``POST /ollama/v1/completions``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.generate_openai_completion.asyncio(
            client=self._client,
            body=body,
            url_idx=url_idx,
        )

    async def generate_openai_completion_by_url_idx(
        self,
        url_idx: int,
        body: dict[str, Any],
    ) -> Any:
        """Generate Openai Completion

        Forward a text completion request via the OpenAI-compatible proxy.

        ``POST /ollama/v1/completions/{url_idx}``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.generate_openai_completion_by_url_idx.asyncio(
            url_idx,
            client=self._client,
            body=body,
        )

    async def generate_openai_embeddings(
        self,
        body: dict[str, Any],
        *,
        url_idx: int | None | Unset = UNSET,
    ) -> Any:
        """Generate Openai Embeddings

        Forward an embeddings request via the OpenAI-compatible proxy.

        ``POST /ollama/v1/embeddings``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.generate_openai_embeddings.asyncio(
            client=self._client,
            body=body,
            url_idx=url_idx,
        )

    async def generate_openai_embeddings_by_url_idx(
        self,
        url_idx: int,
        body: dict[str, Any],
    ) -> Any:
        """Generate Openai Embeddings

        Forward an embeddings request via the OpenAI-compatible proxy.

        ``POST /ollama/v1/embeddings/{url_idx}``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.generate_openai_embeddings_by_url_idx.asyncio(
            url_idx,
            client=self._client,
            body=body,
        )

    async def generate_responses(
        self,
        body: OllamaResponsesForm | dict[str, Any],
        *,
        url_idx: int | None | Unset = UNSET,
    ) -> Any:
        """Generate Responses

        Proxy for Ollama's OpenAI-compatible /v1/responses endpoint.

        Forwards the request as-is to the Ollama backend, applying the same
        model resolution, access control, and prefix_id handling used by
        the OpenAI-compatible /v1/chat/completions proxy.

        See https://ollama.com/blog/responses-api

        ``POST /ollama/v1/responses``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.generate_responses.asyncio(
            client=self._client,
            body=body,
            url_idx=url_idx,
        )

    async def generate_responses_by_url_idx(
        self,
        url_idx: int,
        body: OllamaResponsesForm | dict[str, Any],
    ) -> Any:
        """Generate Responses

        Proxy for Ollama's OpenAI-compatible /v1/responses endpoint.

        Forwards the request as-is to the Ollama backend, applying the same
        model resolution, access control, and prefix_id handling used by
        the OpenAI-compatible /v1/chat/completions proxy.

        See https://ollama.com/blog/responses-api

        ``POST /ollama/v1/responses/{url_idx}``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.generate_responses_by_url_idx.asyncio(
            url_idx,
            client=self._client,
            body=body,
        )

    async def get_config(
        self,
    ) -> dict[str, Any]:
        """Get Config

        Return the current Ollama connection configuration.

        ``GET /ollama/config``
        """
        return await _api.get_config.asyncio(
            client=self._client,
        )

    async def get_ollama_loaded_models(
        self,
        body: list[int] | None | Unset = UNSET,
    ) -> dict[str, Any]:
        """Get Ollama Loaded Models

        List models currently loaded in Ollama memory across all backends.

        ``GET /ollama/api/ps``

        Args:
            body: The request body.
        """
        return await _api.get_ollama_loaded_models.asyncio(
            client=self._client,
            body=body,
        )

    async def get_ollama_tags(
        self,
        *,
        url_idx: int | None | Unset = UNSET,
    ) -> Any:
        """Get Ollama Tags

        List Ollama model tags, optionally from a specific backend.

        ``GET /ollama/api/tags``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_ollama_tags.asyncio(
            client=self._client,
            url_idx=url_idx,
        )

    async def get_ollama_tags_by_url_idx(
        self,
        url_idx: int,
    ) -> Any:
        """Get Ollama Tags

        List Ollama model tags, optionally from a specific backend.

        ``GET /ollama/api/tags/{url_idx}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_ollama_tags_by_url_idx.asyncio(
            url_idx,
            client=self._client,
        )

    async def get_ollama_versions(
        self,
        *,
        url_idx: int | None | Unset = UNSET,
    ) -> Any:
        """Get Ollama Versions

        Return the lowest Ollama version across all configured backends.

        ``GET /ollama/api/version``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_ollama_versions.asyncio(
            client=self._client,
            url_idx=url_idx,
        )

    async def get_ollama_versions_by_url_idx(
        self,
        url_idx: int,
    ) -> Any:
        """Get Ollama Versions

        Return the lowest Ollama version across all configured backends.

        ``GET /ollama/api/version/{url_idx}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_ollama_versions_by_url_idx.asyncio(
            url_idx,
            client=self._client,
        )

    async def get_openai_models(
        self,
        *,
        url_idx: int | None | Unset = UNSET,
    ) -> dict[str, Any]:
        """Get Openai Models

        List models in the OpenAI-compatible format.

        ``GET /ollama/v1/models``
        """
        return await _api.get_openai_models.asyncio(
            client=self._client,
            url_idx=url_idx,
        )

    async def get_openai_models_by_url_idx(
        self,
        url_idx: int,
    ) -> dict[str, Any]:
        """Get Openai Models

        List models in the OpenAI-compatible format.

        ``GET /ollama/v1/models/{url_idx}``
        """
        return await _api.get_openai_models_by_url_idx.asyncio(
            url_idx,
            client=self._client,
        )

    async def get_status(
        self,
    ) -> dict[str, Any]:
        """Get Status

        Health-check endpoint.

        ``GET /ollama/``
        """
        return await _api.get_status.asyncio(
            client=self._client,
        )

    async def get_status_head(
        self,
    ) -> dict[str, Any]:
        """Get Status

        Health-check endpoint.

        ``HEAD /ollama/``
        """
        return await _api.get_status_head.asyncio(
            client=self._client,
        )

    async def pull_model(
        self,
        body: ModelNameForm | dict[str, Any],
        *,
        url_idx: int | Unset = 0,
    ) -> Any:
        """Pull Model

        ``POST /ollama/api/pull``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.pull_model.asyncio(
            client=self._client,
            body=body,
            url_idx=url_idx,
        )

    async def pull_model_by_url_idx(
        self,
        url_idx: int,
        body: ModelNameForm | dict[str, Any],
    ) -> Any:
        """Pull Model

        ``POST /ollama/api/pull/{url_idx}``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.pull_model_by_url_idx.asyncio(
            url_idx,
            client=self._client,
            body=body,
        )

    async def push_model(
        self,
        body: PushModelForm | dict[str, Any],
        *,
        url_idx: int | None | Unset = UNSET,
    ) -> Any:
        """Push Model

        Push a local model to a remote registry.

        ``DELETE /ollama/api/push``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.push_model.asyncio(
            client=self._client,
            body=body,
            url_idx=url_idx,
        )

    async def push_model_by_url_idx(
        self,
        url_idx: int,
        body: PushModelForm | dict[str, Any],
    ) -> Any:
        """Push Model

        Push a local model to a remote registry.

        ``DELETE /ollama/api/push/{url_idx}``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.push_model_by_url_idx.asyncio(
            url_idx,
            client=self._client,
            body=body,
        )

    async def show_model_info(
        self,
        body: ModelNameForm | dict[str, Any],
    ) -> Any:
        """Show Model Info

        Retrieve model metadata from the Ollama backend.

        ``POST /ollama/api/show``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.show_model_info.asyncio(
            client=self._client,
            body=body,
        )

    async def unload_model(
        self,
        body: ModelNameForm | dict[str, Any],
    ) -> Any:
        """Unload Model

        ``POST /ollama/api/unload``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.unload_model.asyncio(
            client=self._client,
            body=body,
        )

    async def update_config(
        self,
        body: OllamaOllamaConfigForm | dict[str, Any],
    ) -> dict[str, Any]:
        """Update Config

        Persist updated Ollama connection settings.

        ``POST /ollama/config/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.update_config.asyncio(
            client=self._client,
            body=body,
        )

    async def upload_model(
        self,
        body: UploadModelBody,
        *,
        url_idx: int | None | Unset = UNSET,
    ) -> Any:
        """Upload Model

        Upload a local model file, push it as a blob, and create the model in Ollama.

        ``POST /ollama/models/upload``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.upload_model.asyncio(
            client=self._client,
            body=body,
            url_idx=url_idx,
        )

    async def upload_model_by_url_idx(
        self,
        url_idx: int,
        body: UploadModelByUrlIdxBody,
    ) -> Any:
        """Upload Model

        Upload a local model file, push it as a blob, and create the model in Ollama.

        ``POST /ollama/models/upload/{url_idx}``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.upload_model_by_url_idx.asyncio(
            url_idx,
            client=self._client,
            body=body,
        )

    async def verify_connection(
        self,
        body: OllamaConnectionVerificationForm | dict[str, Any],
    ) -> Any:
        """Verify Connection

        Verify that an Ollama backend at *form_data.url* is reachable.

        ``POST /ollama/verify``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.verify_connection.asyncio(
            client=self._client,
            body=body,
        )


class OllamaResource:
    """The ``ollama`` endpoints: ``client.ollama`` of :class:`owui_sdk.OpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def copy_model(
        self,
        body: CopyModelForm | dict[str, Any],
        *,
        url_idx: int | None | Unset = UNSET,
    ) -> Any:
        """Copy Model

        Duplicate an existing model under a new name.

        ``POST /ollama/api/copy``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.copy_model.sync(
            client=self._client,
            body=body,
            url_idx=url_idx,
        )

    def copy_model_by_url_idx(
        self,
        url_idx: int,
        body: CopyModelForm | dict[str, Any],
    ) -> Any:
        """Copy Model

        Duplicate an existing model under a new name.

        ``POST /ollama/api/copy/{url_idx}``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.copy_model_by_url_idx.sync(
            url_idx,
            client=self._client,
            body=body,
        )

    def create_model(
        self,
        body: CreateModelForm | dict[str, Any],
        *,
        url_idx: int | Unset = 0,
    ) -> Any:
        """Create Model

        ``POST /ollama/api/create``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.create_model.sync(
            client=self._client,
            body=body,
            url_idx=url_idx,
        )

    def create_model_by_url_idx(
        self,
        url_idx: int,
        body: CreateModelForm | dict[str, Any],
    ) -> Any:
        """Create Model

        ``POST /ollama/api/create/{url_idx}``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.create_model_by_url_idx.sync(
            url_idx,
            client=self._client,
            body=body,
        )

    def delete_model(
        self,
        body: ModelNameForm | dict[str, Any],
        *,
        url_idx: int | None | Unset = UNSET,
    ) -> Any:
        """Delete Model

        Remove a model from an Ollama backend.

        ``DELETE /ollama/api/delete``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.delete_model.sync(
            client=self._client,
            body=body,
            url_idx=url_idx,
        )

    def delete_model_by_url_idx(
        self,
        url_idx: int,
        body: ModelNameForm | dict[str, Any],
    ) -> Any:
        """Delete Model

        Remove a model from an Ollama backend.

        ``DELETE /ollama/api/delete/{url_idx}``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.delete_model_by_url_idx.sync(
            url_idx,
            client=self._client,
            body=body,
        )

    def download_model(
        self,
        body: UrlForm | dict[str, Any],
        *,
        url_idx: int | None | Unset = UNSET,
    ) -> Any:
        """Download Model

        Download a GGUF model from HuggingFace or GitHub and register it with Ollama.

        ``POST /ollama/models/download``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.download_model.sync(
            client=self._client,
            body=body,
            url_idx=url_idx,
        )

    def download_model_by_url_idx(
        self,
        url_idx: int,
        body: UrlForm | dict[str, Any],
    ) -> Any:
        """Download Model

        Download a GGUF model from HuggingFace or GitHub and register it with Ollama.

        ``POST /ollama/models/download/{url_idx}``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.download_model_by_url_idx.sync(
            url_idx,
            client=self._client,
            body=body,
        )

    def embed(
        self,
        body: GenerateEmbedForm | dict[str, Any],
        *,
        url_idx: int | None | Unset = UNSET,
    ) -> Any:
        """Embed

        Generate embeddings via the Ollama /api/embed endpoint.

        ``POST /ollama/api/embed``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.embed.sync(
            client=self._client,
            body=body,
            url_idx=url_idx,
        )

    def embed_by_url_idx(
        self,
        url_idx: int,
        body: GenerateEmbedForm | dict[str, Any],
    ) -> Any:
        """Embed

        Generate embeddings via the Ollama /api/embed endpoint.

        ``POST /ollama/api/embed/{url_idx}``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.embed_by_url_idx.sync(
            url_idx,
            client=self._client,
            body=body,
        )

    def embeddings(
        self,
        body: GenerateEmbeddingsForm | dict[str, Any],
        *,
        url_idx: int | None | Unset = UNSET,
    ) -> Any:
        """Embeddings

        Generate embeddings via the legacy Ollama /api/embeddings endpoint.

        ``POST /ollama/api/embeddings``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.embeddings.sync(
            client=self._client,
            body=body,
            url_idx=url_idx,
        )

    def embeddings_by_url_idx(
        self,
        url_idx: int,
        body: GenerateEmbeddingsForm | dict[str, Any],
    ) -> Any:
        """Embeddings

        Generate embeddings via the legacy Ollama /api/embeddings endpoint.

        ``POST /ollama/api/embeddings/{url_idx}``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.embeddings_by_url_idx.sync(
            url_idx,
            client=self._client,
            body=body,
        )

    def generate_anthropic_messages(
        self,
        body: dict[str, Any],
        *,
        url_idx: int | None | Unset = UNSET,
    ) -> Any:
        """Generate Anthropic Messages

        Proxy for Ollama's Anthropic-compatible /v1/messages endpoint.

        Forwards the request as-is to the Ollama backend, applying the same
        model resolution, access control, and prefix_id handling used by
        the OpenAI-compatible /v1/chat/completions proxy.

        See https://docs.ollama.com/api/anthropic-compatibility

        ``POST /ollama/v1/messages``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.generate_anthropic_messages.sync(
            client=self._client,
            body=body,
            url_idx=url_idx,
        )

    def generate_anthropic_messages_by_url_idx(
        self,
        url_idx: int,
        body: dict[str, Any],
    ) -> Any:
        """Generate Anthropic Messages

        Proxy for Ollama's Anthropic-compatible /v1/messages endpoint.

        Forwards the request as-is to the Ollama backend, applying the same
        model resolution, access control, and prefix_id handling used by
        the OpenAI-compatible /v1/chat/completions proxy.

        See https://docs.ollama.com/api/anthropic-compatibility

        ``POST /ollama/v1/messages/{url_idx}``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.generate_anthropic_messages_by_url_idx.sync(
            url_idx,
            client=self._client,
            body=body,
        )

    def generate_chat_completion(
        self,
        body: dict[str, Any],
        *,
        url_idx: int | None | Unset = UNSET,
    ) -> Any:
        """Generate Chat Completion

        Forward a chat completion request to an Ollama backend.

        ``POST /ollama/api/chat``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.generate_chat_completion.sync(
            client=self._client,
            body=body,
            url_idx=url_idx,
        )

    def generate_chat_completion_by_url_idx(
        self,
        url_idx: int,
        body: dict[str, Any],
    ) -> Any:
        """Generate Chat Completion

        Forward a chat completion request to an Ollama backend.

        ``POST /ollama/api/chat/{url_idx}``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.generate_chat_completion_by_url_idx.sync(
            url_idx,
            client=self._client,
            body=body,
        )

    def generate_completion(
        self,
        body: GenerateCompletionForm | dict[str, Any],
        *,
        url_idx: int | None | Unset = UNSET,
    ) -> Any:
        """Generate Completion

        Run text completion via Ollama /api/generate.

        ``POST /ollama/api/generate``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.generate_completion.sync(
            client=self._client,
            body=body,
            url_idx=url_idx,
        )

    def generate_completion_by_url_idx(
        self,
        url_idx: int,
        body: GenerateCompletionForm | dict[str, Any],
    ) -> Any:
        """Generate Completion

        Run text completion via Ollama /api/generate.

        ``POST /ollama/api/generate/{url_idx}``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.generate_completion_by_url_idx.sync(
            url_idx,
            client=self._client,
            body=body,
        )

    def generate_openai_chat_completion(
        self,
        body: dict[str, Any],
        *,
        url_idx: int | None | Unset = UNSET,
    ) -> Any:
        """Generate Openai Chat Completion

        Forward a chat completion request via the OpenAI-compatible proxy.

        ``POST /ollama/v1/chat/completions``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.generate_openai_chat_completion.sync(
            client=self._client,
            body=body,
            url_idx=url_idx,
        )

    def generate_openai_chat_completion_by_url_idx(
        self,
        url_idx: int,
        body: dict[str, Any],
    ) -> Any:
        """Generate Openai Chat Completion

        Forward a chat completion request via the OpenAI-compatible proxy.

        ``POST /ollama/v1/chat/completions/{url_idx}``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.generate_openai_chat_completion_by_url_idx.sync(
            url_idx,
            client=self._client,
            body=body,
        )

    def generate_openai_completion(
        self,
        body: dict[str, Any],
        *,
        url_idx: int | None | Unset = UNSET,
    ) -> Any:
        """Generate Openai Completion

        Forward a text completion request via the OpenAI-compatible proxy.

        ``POST /ollama/v1/completions``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.generate_openai_completion.sync(
            client=self._client,
            body=body,
            url_idx=url_idx,
        )

    def generate_openai_completion_by_url_idx(
        self,
        url_idx: int,
        body: dict[str, Any],
    ) -> Any:
        """Generate Openai Completion

        Forward a text completion request via the OpenAI-compatible proxy.

        ``POST /ollama/v1/completions/{url_idx}``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.generate_openai_completion_by_url_idx.sync(
            url_idx,
            client=self._client,
            body=body,
        )

    def generate_openai_embeddings(
        self,
        body: dict[str, Any],
        *,
        url_idx: int | None | Unset = UNSET,
    ) -> Any:
        """Generate Openai Embeddings

        Forward an embeddings request via the OpenAI-compatible proxy.

        ``POST /ollama/v1/embeddings``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.generate_openai_embeddings.sync(
            client=self._client,
            body=body,
            url_idx=url_idx,
        )

    def generate_openai_embeddings_by_url_idx(
        self,
        url_idx: int,
        body: dict[str, Any],
    ) -> Any:
        """Generate Openai Embeddings

        Forward an embeddings request via the OpenAI-compatible proxy.

        ``POST /ollama/v1/embeddings/{url_idx}``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.generate_openai_embeddings_by_url_idx.sync(
            url_idx,
            client=self._client,
            body=body,
        )

    def generate_responses(
        self,
        body: OllamaResponsesForm | dict[str, Any],
        *,
        url_idx: int | None | Unset = UNSET,
    ) -> Any:
        """Generate Responses

        Proxy for Ollama's OpenAI-compatible /v1/responses endpoint.

        Forwards the request as-is to the Ollama backend, applying the same
        model resolution, access control, and prefix_id handling used by
        the OpenAI-compatible /v1/chat/completions proxy.

        See https://ollama.com/blog/responses-api

        ``POST /ollama/v1/responses``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.generate_responses.sync(
            client=self._client,
            body=body,
            url_idx=url_idx,
        )

    def generate_responses_by_url_idx(
        self,
        url_idx: int,
        body: OllamaResponsesForm | dict[str, Any],
    ) -> Any:
        """Generate Responses

        Proxy for Ollama's OpenAI-compatible /v1/responses endpoint.

        Forwards the request as-is to the Ollama backend, applying the same
        model resolution, access control, and prefix_id handling used by
        the OpenAI-compatible /v1/chat/completions proxy.

        See https://ollama.com/blog/responses-api

        ``POST /ollama/v1/responses/{url_idx}``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.generate_responses_by_url_idx.sync(
            url_idx,
            client=self._client,
            body=body,
        )

    def get_config(
        self,
    ) -> dict[str, Any]:
        """Get Config

        Return the current Ollama connection configuration.

        ``GET /ollama/config``
        """
        return _api.get_config.sync(
            client=self._client,
        )

    def get_ollama_loaded_models(
        self,
        body: list[int] | None | Unset = UNSET,
    ) -> dict[str, Any]:
        """Get Ollama Loaded Models

        List models currently loaded in Ollama memory across all backends.

        ``GET /ollama/api/ps``

        Args:
            body: The request body.
        """
        return _api.get_ollama_loaded_models.sync(
            client=self._client,
            body=body,
        )

    def get_ollama_tags(
        self,
        *,
        url_idx: int | None | Unset = UNSET,
    ) -> Any:
        """Get Ollama Tags

        List Ollama model tags, optionally from a specific backend.

        ``GET /ollama/api/tags``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_ollama_tags.sync(
            client=self._client,
            url_idx=url_idx,
        )

    def get_ollama_tags_by_url_idx(
        self,
        url_idx: int,
    ) -> Any:
        """Get Ollama Tags

        List Ollama model tags, optionally from a specific backend.

        ``GET /ollama/api/tags/{url_idx}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_ollama_tags_by_url_idx.sync(
            url_idx,
            client=self._client,
        )

    def get_ollama_versions(
        self,
        *,
        url_idx: int | None | Unset = UNSET,
    ) -> Any:
        """Get Ollama Versions

        Return the lowest Ollama version across all configured backends.

        ``GET /ollama/api/version``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_ollama_versions.sync(
            client=self._client,
            url_idx=url_idx,
        )

    def get_ollama_versions_by_url_idx(
        self,
        url_idx: int,
    ) -> Any:
        """Get Ollama Versions

        Return the lowest Ollama version across all configured backends.

        ``GET /ollama/api/version/{url_idx}``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_ollama_versions_by_url_idx.sync(
            url_idx,
            client=self._client,
        )

    def get_openai_models(
        self,
        *,
        url_idx: int | None | Unset = UNSET,
    ) -> dict[str, Any]:
        """Get Openai Models

        List models in the OpenAI-compatible format.

        ``GET /ollama/v1/models``
        """
        return _api.get_openai_models.sync(
            client=self._client,
            url_idx=url_idx,
        )

    def get_openai_models_by_url_idx(
        self,
        url_idx: int,
    ) -> dict[str, Any]:
        """Get Openai Models

        List models in the OpenAI-compatible format.

        ``GET /ollama/v1/models/{url_idx}``
        """
        return _api.get_openai_models_by_url_idx.sync(
            url_idx,
            client=self._client,
        )

    def get_status(
        self,
    ) -> dict[str, Any]:
        """Get Status

        Health-check endpoint.

        ``GET /ollama/``
        """
        return _api.get_status.sync(
            client=self._client,
        )

    def get_status_head(
        self,
    ) -> dict[str, Any]:
        """Get Status

        Health-check endpoint.

        ``HEAD /ollama/``
        """
        return _api.get_status_head.sync(
            client=self._client,
        )

    def pull_model(
        self,
        body: ModelNameForm | dict[str, Any],
        *,
        url_idx: int | Unset = 0,
    ) -> Any:
        """Pull Model

        ``POST /ollama/api/pull``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.pull_model.sync(
            client=self._client,
            body=body,
            url_idx=url_idx,
        )

    def pull_model_by_url_idx(
        self,
        url_idx: int,
        body: ModelNameForm | dict[str, Any],
    ) -> Any:
        """Pull Model

        ``POST /ollama/api/pull/{url_idx}``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.pull_model_by_url_idx.sync(
            url_idx,
            client=self._client,
            body=body,
        )

    def push_model(
        self,
        body: PushModelForm | dict[str, Any],
        *,
        url_idx: int | None | Unset = UNSET,
    ) -> Any:
        """Push Model

        Push a local model to a remote registry.

        ``DELETE /ollama/api/push``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.push_model.sync(
            client=self._client,
            body=body,
            url_idx=url_idx,
        )

    def push_model_by_url_idx(
        self,
        url_idx: int,
        body: PushModelForm | dict[str, Any],
    ) -> Any:
        """Push Model

        Push a local model to a remote registry.

        ``DELETE /ollama/api/push/{url_idx}``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.push_model_by_url_idx.sync(
            url_idx,
            client=self._client,
            body=body,
        )

    def show_model_info(
        self,
        body: ModelNameForm | dict[str, Any],
    ) -> Any:
        """Show Model Info

        Retrieve model metadata from the Ollama backend.

        ``POST /ollama/api/show``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.show_model_info.sync(
            client=self._client,
            body=body,
        )

    def unload_model(
        self,
        body: ModelNameForm | dict[str, Any],
    ) -> Any:
        """Unload Model

        ``POST /ollama/api/unload``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.unload_model.sync(
            client=self._client,
            body=body,
        )

    def update_config(
        self,
        body: OllamaOllamaConfigForm | dict[str, Any],
    ) -> dict[str, Any]:
        """Update Config

        Persist updated Ollama connection settings.

        ``POST /ollama/config/update``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.update_config.sync(
            client=self._client,
            body=body,
        )

    def upload_model(
        self,
        body: UploadModelBody,
        *,
        url_idx: int | None | Unset = UNSET,
    ) -> Any:
        """Upload Model

        Upload a local model file, push it as a blob, and create the model in Ollama.

        ``POST /ollama/models/upload``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.upload_model.sync(
            client=self._client,
            body=body,
            url_idx=url_idx,
        )

    def upload_model_by_url_idx(
        self,
        url_idx: int,
        body: UploadModelByUrlIdxBody,
    ) -> Any:
        """Upload Model

        Upload a local model file, push it as a blob, and create the model in Ollama.

        ``POST /ollama/models/upload/{url_idx}``

        Args:
            body: The request body.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.upload_model_by_url_idx.sync(
            url_idx,
            client=self._client,
            body=body,
        )

    def verify_connection(
        self,
        body: OllamaConnectionVerificationForm | dict[str, Any],
    ) -> Any:
        """Verify Connection

        Verify that an Ollama backend at *form_data.url* is reachable.

        ``POST /ollama/verify``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.verify_connection.sync(
            client=self._client,
            body=body,
        )
