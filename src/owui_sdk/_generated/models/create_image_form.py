from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        prompt = self.prompt

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        size: None | str | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        n = self.n

        steps: int | None | Unset
        if isinstance(self.steps, Unset):
            steps = UNSET
        else:
            steps = self.steps

        negative_prompt: None | str | Unset
        if isinstance(self.negative_prompt, Unset):
            negative_prompt = UNSET
        else:
            negative_prompt = self.negative_prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["prompt"] = prompt
        if model is not UNSET:
            field_dict["model"] = model
        if size is not UNSET:
            field_dict["size"] = size
        if n is not UNSET:
            field_dict["n"] = n
        if steps is not UNSET:
            field_dict["steps"] = steps
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        prompt = src_dict["prompt"]
        model = src_dict.get("model", UNSET)

        size = src_dict.get("size", UNSET)

        n = src_dict.get("n", UNSET)
        steps = src_dict.get("steps", UNSET)

        negative_prompt = src_dict.get("negative_prompt", UNSET)

        obj = cls(
            prompt,
            model,
            size,
            n,
            steps,
            negative_prompt,
        )
        if len(src_dict) != 1 + (model is not UNSET) + (size is not UNSET) + (n is not UNSET) + (
            steps is not UNSET
        ) + (negative_prompt is not UNSET):
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
