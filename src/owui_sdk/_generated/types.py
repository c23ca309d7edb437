"""The generator's own import lines name ``types``: it is :mod:`owui_sdk._types`."""

from .._types import UNSET, File, FileTypes, RequestFiles, Response, Unset

__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]
