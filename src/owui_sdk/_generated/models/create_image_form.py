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
        "prompt",
        "model",
        "size",
        "n",
        "steps",
        "negative_prompt",
    }
)


@_attrs_define
class CreateImageForm:
    prompt: str
    model: None | str | Unset = UNSET
    size: None | str | Unset = UNSET
    n: int | Unset = 1
    steps: int | None | Unset = UNSET
    negative_prompt: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "prompt": self.prompt,
        }
        if self.model is not UNSET:
            field_dict["model"] = self.model
        if self.size is not UNSET:
            field_dict["size"] = self.size
        if self.n is not UNSET:
            field_dict["n"] = self.n
        if self.steps is not UNSET:
            field_dict["steps"] = self.steps
        if self.negative_prompt is not UNSET:
            field_dict["negative_prompt"] = self.negative_prompt
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not CreateImageForm:
            return _rebuilt(cls, CreateImageForm.from_dict(src_dict))
        obj = _new(cls)
        obj.prompt = src_dict["prompt"]
        obj.model = model = src_dict.get("model", UNSET)
        obj.size = size = src_dict.get("size", UNSET)
        obj.n = n = src_dict.get("n", UNSET)
        obj.steps = steps = src_dict.get("steps", UNSET)
        obj.negative_prompt = negative_prompt = src_dict.get("negative_prompt", UNSET)
        if (
            len(src_dict) == 6
            and model is not UNSET
            and size is not UNSET
            and n is not UNSET
            and steps is not UNSET
            and negative_prompt is not UNSET
        ) or len(src_dict) == 1 + (model is not UNSET) + (size is not UNSET) + (n is not UNSET) + (
            steps is not UNSET
        ) + (negative_prompt is not UNSET):
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
