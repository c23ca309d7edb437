"""Turning answers into values or exceptions, for every generated endpoint function."""

from __future__ import annotations

import json
from typing import Any

import httpx

from owui_sdk.errors import APIResponseValidationError, APIStatusError, status_error

__all__ = [
    "INVALID",
    "APIResponseValidationError",
    "APIStatusError",
    "decode",
    "invalid",
    "unexpected",
]

# What a decoder or a model's from_dict raises on data that is not what the schema says.
INVALID = (ValueError, TypeError, KeyError, AttributeError)


def invalid(response: httpx.Response, exc: BaseException) -> APIResponseValidationError:
    """The error for a success answer whose body does not match the schema."""
    if isinstance(exc, KeyError):
        reason = f"missing field {exc}"
    elif isinstance(exc, json.JSONDecodeError):
        reason = f"not JSON ({exc.msg} at {exc.pos})"
    else:
        reason = f"{type(exc).__name__}: {exc}"
    return APIResponseValidationError(response, reason)


def unexpected(response: httpx.Response) -> Exception:
    """The error for a status the endpoint does not document as a success."""
    if response.status_code >= 400:
        return status_error(response)
    return APIResponseValidationError(response, f"undocumented status {response.status_code}")


def decode(response: httpx.Response) -> Any:
    """The body of an answer the schema leaves untyped, decoded by its content type.

    JSON is decoded; NDJSON becomes a list, one item a line; other text is returned as ``str``
    and anything else as ``bytes``.
    """
    content_type = response.headers.get("content-type", "")
    try:
        if "ndjson" in content_type:
            return [json.loads(line) for line in response.text.splitlines() if line.strip()]
        if "json" in content_type or not content_type:
            return response.json() if response.content else None
    except ValueError as exc:
        raise invalid(response, exc) from exc
    if content_type.startswith("text/"):
        return response.text
    return response.content
