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
        "image",
        "prompt",
        "model",
        "size",
        "n",
        "negative_prompt",
        "background",
    }
)


@_attrs_define
class EditImageForm:
    image: list[str] | str
    prompt: str
    model: None | str | Unset = UNSET
    size: None | str | Unset = UNSET
    n: int | None | Unset = UNSET
    negative_prompt: None | str | Unset = UNSET
    background: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "image": self.image,
            "prompt": self.prompt,
        }
        if self.model is not UNSET:
            field_dict["model"] = self.model
        if self.size is not UNSET:
            field_dict["size"] = self.size
        if self.n is not UNSET:
            field_dict["n"] = self.n
        if self.negative_prompt is not UNSET:
            field_dict["negative_prompt"] = self.negative_prompt
        if self.background is not UNSET:
            field_dict["background"] = self.background
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not EditImageForm:
            return _rebuilt(cls, EditImageForm.from_dict(src_dict))
        obj = _new(cls)
        _image = src_dict["image"]
        image: list[str] | str
        try:
            if not isinstance(_image, list):
                raise TypeError()
            image_type_1 = _image

            image = image_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            image = _image

        obj.image = image
        obj.prompt = src_dict["prompt"]
        obj.model = model = src_dict.get("model", UNSET)
        obj.size = size = src_dict.get("size", UNSET)
        obj.n = n = src_dict.get("n", UNSET)
        obj.negative_prompt = negative_prompt = src_dict.get("negative_prompt", UNSET)
        obj.background = background = src_dict.get("background", UNSET)
        if (
            len(src_dict) == 7
            and model is not UNSET
            and size is not UNSET
            and n is not UNSET
            and negative_prompt is not UNSET
            and background is not UNSET
        ) or len(src_dict) == 2 + (model is not UNSET) + (size is not UNSET) + (n is not UNSET) + (
            negative_prompt is not UNSET
        ) + (background is not UNSET):
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
