"""The ``openai`` endpoints of Open WebUI, one module each; generated, do not edit.

Every module has ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``; pass an
:class:`owui_sdk.OpenWebUI` (or :class:`owui_sdk.AsyncOpenWebUI`) as ``client=``::

    from owui_sdk.api.openai import delete_provider_model

    value = delete_provider_model.sync(..., client=client)

The same operations are the methods of ``client.openai``.
Modules load on first use: importing this package costs next to nothing.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import delete_provider_model as delete_provider_model
    from . import download_provider_model as download_provider_model
    from . import generate_chat_completion as generate_chat_completion
    from . import get_config as get_config
    from . import get_models as get_models
    from . import get_models_by_url_idx as get_models_by_url_idx
    from . import get_provider_model_catalog as get_provider_model_catalog
    from . import get_provider_model_download_status as get_provider_model_download_status
    from . import load_provider_model as load_provider_model
    from . import proxy as proxy
    from . import proxy_delete as proxy_delete
    from . import proxy_post as proxy_post
    from . import proxy_put as proxy_put
    from . import responses as responses
    from . import speech as speech
    from . import stream_provider_model_events as stream_provider_model_events
    from . import unload_provider_model as unload_provider_model
    from . import update_config as update_config
    from . import verify_connection as verify_connection

__all__ = [
    "delete_provider_model",
    "download_provider_model",
    "generate_chat_completion",
    "get_config",
    "get_models",
    "get_models_by_url_idx",
    "get_provider_model_catalog",
    "get_provider_model_download_status",
    "load_provider_model",
    "proxy",
    "proxy_delete",
    "proxy_post",
    "proxy_put",
    "responses",
    "speech",
    "stream_provider_model_events",
    "unload_provider_model",
    "update_config",
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
