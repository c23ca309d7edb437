"""The ``audio`` endpoints of Open WebUI, one module each; generated, do not edit.

Every module has ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``; pass an
:class:`owui_sdk.OpenWebUI` (or :class:`owui_sdk.AsyncOpenWebUI`) as ``client=``::

    from owui_sdk.api.audio import get_audio_config

    value = get_audio_config.sync(..., client=client)

The same operations are the methods of ``client.audio``.
Modules load on first use: importing this package costs next to nothing.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import get_audio_config as get_audio_config
    from . import get_models as get_models
    from . import get_voices as get_voices
    from . import speech as speech
    from . import transcription as transcription
    from . import update_audio_config as update_audio_config

__all__ = [
    "get_audio_config",
    "get_models",
    "get_voices",
    "speech",
    "transcription",
    "update_audio_config",
]

_NAMES = frozenset(__all__)


def __getattr__(name: str) -> Any:
    if name not in _NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    # Importing the submodule also sets it as this package's attribute: asked once.
    return importlib.import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(__all__)
