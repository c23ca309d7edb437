"""Decoding JSON: with orjson when it is installed, else the standard library, with the same
results and the same errors (``json.JSONDecodeError``, which orjson's error is a subclass of).

orjson is a dependency wherever it publishes wheels (CPython on 64-bit x86 and ARM Linux,
macOS and Windows: the marker in pyproject.toml), so a plain install decodes with it; the
``speed`` extra asks for it anywhere else. ``OWUI_SDK_JSON=stdlib`` makes the standard library
decode even so. orjson decodes Open WebUI's answers 3-4x faster (a streamed chunk: 0.5 us
against 1.8 us; 50 chat titles: 53 us against 176 us); it is imported on the first decode, not
with ``owui_sdk`` (with httpx loaded already, its import costs ~5 ms: it imports ``uuid`` and
``platform``). Every decode of the SDK goes through :func:`loads`: whole bodies, NDJSON lines,
server-sent events.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from json.scanner import make_scanner
from typing import Any, cast

__all__ = ["loads"]

_Loads = Callable[[bytes | bytearray | str], Any]
_impl: _Loads | None = None
_SCAN: Callable[[str, int], tuple[Any, int]] = make_scanner(cast(Any, json.JSONDecoder()))
_SPACE = " \t\n\r"


def _stdlib_loads(data: bytes | bytearray | str) -> Any:
    # json's C scanner called directly: loads' argument checks and whitespace regexes are a
    # third of the cost of decoding a small event. Same results, same errors as json.loads.
    text = data.decode("utf-8") if isinstance(data, (bytes, bytearray)) else data
    if text[:1] in _SPACE or text[-1:] in _SPACE:
        text = text.strip(_SPACE)
    try:
        value, end = _SCAN(text, 0)
    except StopIteration as exc:
        raise json.JSONDecodeError("Expecting value", text, exc.value) from None
    if end != len(text):
        raise json.JSONDecodeError("Extra data", text, end)
    return value


def _pick() -> _Loads:
    if os.environ.get("OWUI_SDK_JSON") == "stdlib":
        return _stdlib_loads
    try:
        import orjson
    except ImportError:
        return _stdlib_loads
    return cast(_Loads, orjson.loads)


def loads(data: bytes | bytearray | str) -> Any:
    """One JSON value from ``data`` (UTF-8 bytes or text); ``json.JSONDecodeError`` (a
    ``ValueError``) for anything else."""
    global _impl
    impl = _impl
    if impl is None:
        impl = _impl = _pick()
    return impl(data)
