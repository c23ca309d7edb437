from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._types import _new, _rebuilt
from ..types import UNSET, Unset

# The JSON keys this model declares; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(
    {
        "model",
        "prompt",
        "suffix",
        "images",
        "format",
        "options",
        "system",
        "template",
        "context",
        "stream",
        "raw",
        "keep_alive",
    }
)


@_attrs_define
class GenerateCompletionForm:
    """Payload for the Ollama /api/generate endpoint."""

    model: str
    prompt: None | str | Unset = UNSET
    suffix: None | str | Unset = UNSET
    images: list[str] | None | Unset = UNSET
    format_: dict[str, Any] | None | str | Unset = _attrs_field(default=UNSET, alias="format")
    options: dict[str, Any] | None | Unset = UNSET
    system: None | str | Unset = UNSET
    template: None | str | Unset = UNSET
    context: list[int] | None | Unset = UNSET
    stream: bool | None | Unset = True
    raw: bool | None | Unset = UNSET
    keep_alive: int | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "model": self.model,
        }
        if self.prompt is not UNSET:
            field_dict["prompt"] = self.prompt
        if self.suffix is not UNSET:
            field_dict["suffix"] = self.suffix
        if self.images is not UNSET:
            field_dict["images"] = self.images
        if self.format_ is not UNSET:
            field_dict["format"] = self.format_
        if self.options is not UNSET:
            field_dict["options"] = self.options
        if self.system is not UNSET:
            field_dict["system"] = self.system
        if self.template is not UNSET:
            field_dict["template"] = self.template
        if self.context is not UNSET:
            field_dict["context"] = self.context
        if self.stream is not UNSET:
            field_dict["stream"] = self.stream
        if self.raw is not UNSET:
            field_dict["raw"] = self.raw
        if self.keep_alive is not UNSET:
            field_dict["keep_alive"] = self.keep_alive
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not GenerateCompletionForm:
            return _rebuilt(cls, GenerateCompletionForm.from_dict(src_dict))
        obj = _new(cls)
        obj.model = src_dict["model"]
        obj.prompt = prompt = src_dict.get("prompt", UNSET)
        obj.suffix = suffix = src_dict.get("suffix", UNSET)
        _images = src_dict.get("images", UNSET)
        images: list[str] | None | Unset
        if _images is None or isinstance(_images, Unset):
            images = _images
        else:
            if not isinstance(_images, list):
                raise TypeError(f"images: unexpected {type(_images).__name__}")
            images_type_0 = _images

            images = images_type_0

        obj.images = images
        obj.format_ = format_ = src_dict.get("format", UNSET)
        obj.options = options = src_dict.get("options", UNSET)
        obj.system = system = src_dict.get("system", UNSET)
        obj.template = template = src_dict.get("template", UNSET)
        _context = src_dict.get("context", UNSET)
        context: list[int] | None | Unset
        if _context is None or isinstance(_context, Unset):
            context = _context
        else:
            if not isinstance(_context, list):
                raise TypeError(f"context: unexpected {type(_context).__name__}")
            context_type_0 = _context

            context = context_type_0

        obj.context = context
        obj.stream = stream = src_dict.get("stream", UNSET)
        obj.raw = raw = src_dict.get("raw", UNSET)
        obj.keep_alive = keep_alive = src_dict.get("keep_alive", UNSET)
        if (
            len(src_dict) == 12
            and prompt is not UNSET
            and suffix is not UNSET
            and images is not UNSET
            and format_ is not UNSET
            and options is not UNSET
            and system is not UNSET
            and template is not UNSET
            and context is not UNSET
            and stream is not UNSET
            and raw is not UNSET
            and keep_alive is not UNSET
        ) or len(src_dict) == 1 + (prompt is not UNSET) + (suffix is not UNSET) + (
            images is not UNSET
        ) + (format_ is not UNSET) + (options is not UNSET) + (system is not UNSET) + (
            template is not UNSET
        ) + (context is not UNSET) + (stream is not UNSET) + (raw is not UNSET) + (
            keep_alive is not UNSET
        ):
            obj.additional_properties = {}
        else:
            obj.additional_properties = {k: v for k, v in src_dict.items() if k not in _FIELDS}
        return obj

    @property
    def additional_keys(self) -> list[str]:
        """The keys of :attr:`additional_properties`."""
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
