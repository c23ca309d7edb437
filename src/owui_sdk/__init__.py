"""owui-sdk: a typed Python client for the Open WebUI REST API, blocking and asyncio.

::

    from owui_sdk import OpenWebUI

    with OpenWebUI("http://127.0.0.1:8080", api_key="sk-...") as client:
        chat = client.chats.create_new({"chat": {"title": "Hello"}})

Public modules: :mod:`owui_sdk.api` (a function module per endpoint), :mod:`owui_sdk.chats`
(the chats clients and their models), :mod:`owui_sdk.models` (every model of the API),
:mod:`owui_sdk.errors` (exceptions). :class:`Stream` / :class:`AsyncStream` are what
``client.chat.completions.create(..., stream=True)`` returns.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._version import __openwebui_version__, __version__

if TYPE_CHECKING:
    from ._async.client import AsyncOpenWebUI
    from ._async.streaming import AsyncStream
    from ._sync.client import OpenWebUI
    from ._sync.streaming import Stream

__all__ = [
    "AsyncOpenWebUI",
    "AsyncStream",
    "OpenWebUI",
    "Stream",
    "__openwebui_version__",
    "__version__",
]

# Loaded on first use (PEP 562): `import owui_sdk` costs next to nothing, and the blocking
# client does not load the async one or the other way round.
_LAZY = {
    "OpenWebUI": "owui_sdk._sync.client",
    "AsyncOpenWebUI": "owui_sdk._async.client",
    "Stream": "owui_sdk._sync.streaming",
    "AsyncStream": "owui_sdk._async.streaming",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
