"""The JSON body of ``POST /api/chat/completions``, checked before anything is sent.

Colour-neutral: both ``chat.completions`` clients build their request here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

__all__ = ["completion_body"]


def _mappings(value: Any, name: str, *, empty_ok: bool) -> list[dict[str, Any]]:
    if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Sequence):
        raise TypeError(f"{name} must be a list of dicts, not {type(value).__name__}")
    items = []
    for index, item in enumerate(value):
        if not isinstance(item, Mapping):
            raise TypeError(f"{name}[{index}] must be a dict, not {type(item).__name__}")
        items.append(dict(item))
    if not items and not empty_ok:
        raise ValueError(f"{name} must not be empty")
    return items


def _strings(value: Any, name: str) -> list[str]:
    if isinstance(value, (str, bytes)) or not isinstance(value, Sequence):
        raise TypeError(f"{name} must be a list of str, not {type(value).__name__}")
    if not all(isinstance(item, str) and item for item in value):
        raise TypeError(f"{name} must hold non-empty strings only")
    return list(value)


def _mapping(value: Any, name: str) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        raise TypeError(f"{name} must be a dict, not {type(value).__name__}")
    return dict(value)


def completion_body(
    *,
    model: str,
    messages: Sequence[Mapping[str, Any]],
    stream: bool,
    files: Sequence[Mapping[str, Any]] | None,
    tool_ids: Sequence[str] | None,
    chat_id: str | None,
    message_id: str | None,
    features: Mapping[str, Any] | None,
    background_tasks: Mapping[str, Any] | None,
    params: Mapping[str, Any] | None,
    extra_body: Mapping[str, Any] | None,
    options: Mapping[str, Any],
) -> dict[str, Any]:
    """The request body; ``TypeError``/``ValueError`` for what the server would refuse or
    misread (an empty model, no messages, a string where a list belongs)."""
    if not isinstance(model, str) or not model.strip():
        raise ValueError(f"model must be a non-empty str, not {model!r}")
    if not isinstance(stream, bool):
        raise TypeError(f"stream must be a bool, not {type(stream).__name__}")
    body: dict[str, Any] = dict(options)
    body["model"] = model
    body["messages"] = _mappings(messages, "messages", empty_ok=False)
    body["stream"] = stream
    if files is not None:
        body["files"] = _mappings(files, "files", empty_ok=True)
    if tool_ids is not None:
        body["tool_ids"] = _strings(tool_ids, "tool_ids")
    for name, value in (("chat_id", chat_id), ("id", message_id)):
        if value is not None:
            if not isinstance(value, str) or not value:
                raise ValueError(f"{name} must be a non-empty str, not {value!r}")
            body[name] = value
    for name, mapping in (
        ("features", features),
        ("background_tasks", background_tasks),
        ("params", params),
    ):
        if mapping is not None:
            body[name] = _mapping(mapping, name)
    if extra_body is not None:
        body.update(_mapping(extra_body, "extra_body"))
    return body
