"""The ``pipelines`` endpoints of Open WebUI, one module each; generated, do not edit.

Every module has ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``; pass an
:class:`owui_sdk.OpenWebUI` (or :class:`owui_sdk.AsyncOpenWebUI`) as ``client=``::

    from owui_sdk.api.pipelines import add_pipeline

    value = add_pipeline.sync(..., client=client)

The same operations are the methods of ``client.pipelines``.
Modules load on first use: importing this package costs next to nothing.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import add_pipeline as add_pipeline
    from . import delete_pipeline as delete_pipeline
    from . import get_pipeline_valves as get_pipeline_valves
    from . import get_pipeline_valves_spec as get_pipeline_valves_spec
    from . import get_pipelines as get_pipelines
    from . import get_pipelines_list as get_pipelines_list
    from . import update_pipeline_valves as update_pipeline_valves
    from . import upload_pipeline as upload_pipeline

__all__ = [
    "add_pipeline",
    "delete_pipeline",
    "get_pipeline_valves",
    "get_pipeline_valves_spec",
    "get_pipelines",
    "get_pipelines_list",
    "update_pipeline_valves",
    "upload_pipeline",
]

_NAMES = frozenset(__all__)


def __getattr__(name: str) -> Any:
    if name not in _NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    # Importing the submodule also sets it as this package's attribute: asked once.
    return importlib.import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(__all__)
