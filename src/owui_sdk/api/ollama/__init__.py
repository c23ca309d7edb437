"""The ``ollama`` endpoints of Open WebUI, one module each; generated, do not edit.

Every module has ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``; pass an
:class:`owui_sdk.OpenWebUI` (or :class:`owui_sdk.AsyncOpenWebUI`) as ``client=``::

    from owui_sdk.api.ollama import copy_model

    value = copy_model.sync(..., client=client)

The same operations are the methods of ``client.ollama``.
Modules load on first use: importing this package costs next to nothing.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import copy_model as copy_model
    from . import copy_model_by_url_idx as copy_model_by_url_idx
    from . import create_model as create_model
    from . import create_model_by_url_idx as create_model_by_url_idx
    from . import delete_model as delete_model
    from . import delete_model_by_url_idx as delete_model_by_url_idx
    from . import download_model as download_model
    from . import download_model_by_url_idx as download_model_by_url_idx
    from . import embed as embed
    from . import embed_by_url_idx as embed_by_url_idx
    from . import embeddings as embeddings
    from . import embeddings_by_url_idx as embeddings_by_url_idx
    from . import generate_anthropic_messages as generate_anthropic_messages
    from . import generate_anthropic_messages_by_url_idx as generate_anthropic_messages_by_url_idx
    from . import generate_chat_completion as generate_chat_completion
    from . import generate_chat_completion_by_url_idx as generate_chat_completion_by_url_idx
    from . import generate_completion as generate_completion
    from . import generate_completion_by_url_idx as generate_completion_by_url_idx
    from . import generate_openai_chat_completion as generate_openai_chat_completion
    from . import (
        generate_openai_chat_completion_by_url_idx as generate_openai_chat_completion_by_url_idx,
    )
    from . import generate_openai_completion as generate_openai_completion
    from . import generate_openai_completion_by_url_idx as generate_openai_completion_by_url_idx
    from . import generate_openai_embeddings as generate_openai_embeddings
    from . import generate_openai_embeddings_by_url_idx as generate_openai_embeddings_by_url_idx
    from . import generate_responses as generate_responses
    from . import generate_responses_by_url_idx as generate_responses_by_url_idx
    from . import get_config as get_config
    from . import get_ollama_loaded_models as get_ollama_loaded_models
    from . import get_ollama_tags as get_ollama_tags
    from . import get_ollama_tags_by_url_idx as get_ollama_tags_by_url_idx
    from . import get_ollama_versions as get_ollama_versions
    from . import get_ollama_versions_by_url_idx as get_ollama_versions_by_url_idx
    from . import get_openai_models as get_openai_models
    from . import get_openai_models_by_url_idx as get_openai_models_by_url_idx
    from . import get_status as get_status
    from . import get_status_head as get_status_head
    from . import pull_model as pull_model
    from . import pull_model_by_url_idx as pull_model_by_url_idx
    from . import push_model as push_model
    from . import push_model_by_url_idx as push_model_by_url_idx
    from . import show_model_info as show_model_info
    from . import unload_model as unload_model
    from . import update_config as update_config
    from . import upload_model as upload_model
    from . import upload_model_by_url_idx as upload_model_by_url_idx
    from . import verify_connection as verify_connection

__all__ = [
    "copy_model",
    "copy_model_by_url_idx",
    "create_model",
    "create_model_by_url_idx",
    "delete_model",
    "delete_model_by_url_idx",
    "download_model",
    "download_model_by_url_idx",
    "embed",
    "embed_by_url_idx",
    "embeddings",
    "embeddings_by_url_idx",
    "generate_anthropic_messages",
    "generate_anthropic_messages_by_url_idx",
    "generate_chat_completion",
    "generate_chat_completion_by_url_idx",
    "generate_completion",
    "generate_completion_by_url_idx",
    "generate_openai_chat_completion",
    "generate_openai_chat_completion_by_url_idx",
    "generate_openai_completion",
    "generate_openai_completion_by_url_idx",
    "generate_openai_embeddings",
    "generate_openai_embeddings_by_url_idx",
    "generate_responses",
    "generate_responses_by_url_idx",
    "get_config",
    "get_ollama_loaded_models",
    "get_ollama_tags",
    "get_ollama_tags_by_url_idx",
    "get_ollama_versions",
    "get_ollama_versions_by_url_idx",
    "get_openai_models",
    "get_openai_models_by_url_idx",
    "get_status",
    "get_status_head",
    "pull_model",
    "pull_model_by_url_idx",
    "push_model",
    "push_model_by_url_idx",
    "show_model_info",
    "unload_model",
    "update_config",
    "upload_model",
    "upload_model_by_url_idx",
    "verify_connection",
]

_NAMES = frozenset(__all__)


def __getattr__(name: str) -> Any:
    if name not in _NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    # Importing the submodule also sets it as this package's attribute: asked once.
    return importlib.import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(__all__)
