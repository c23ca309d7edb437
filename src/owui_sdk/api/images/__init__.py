"""The ``images`` endpoints of Open WebUI, one module each; generated, do not edit.

Every module has ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``; pass an
:class:`owui_sdk.OpenWebUI` (or :class:`owui_sdk.AsyncOpenWebUI`) as ``client=``::

    from owui_sdk.api.images import edit_images

    value = edit_images.sync(..., client=client)

The same operations are the methods of ``client.images``.
Modules load on first use: importing this package costs next to nothing.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import edit_images as edit_images
    from . import generate_images as generate_images
    from . import get_config as get_config
    from . import get_models as get_models
    from . import update_config as update_config
    from . import verify_connection as verify_connection

__all__ = [
    "edit_images",
    "generate_images",
    "get_config",
    "get_models",
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
