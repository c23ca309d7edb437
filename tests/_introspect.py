"""What a client class offers, for the tests that compare it with what they cover.

A public method is a function defined on the class (or a base) whose name does not start
with ``_``; the ``iter_*`` generators count. Properties and attributes do not.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any


def public_methods(cls: type) -> dict[str, Callable[..., Any]]:
    """Every public method of ``cls``: name -> the function (unbound)."""
    return {
        name: value
        for name, value in inspect.getmembers(cls, inspect.isfunction)
        if not name.startswith("_")
    }


def public_method_names(cls: type) -> set[str]:
    """The names of :func:`public_methods` of ``cls``."""
    return set(public_methods(cls))
