from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

# The JSON keys this model declares; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(
    {
        "model_id",
        "messages",
        "input_tokens",
        "output_tokens",
        "total_tokens",
    }
)


@_attrs_define
class UserUsageModelEntry:
    model_id: str
    messages: int | Unset = 0
    input_tokens: int | Unset = 0
    output_tokens: int | Unset = 0
    total_tokens: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        model_id = self.model_id

        messages = self.messages

        input_tokens = self.input_tokens

        output_tokens = self.output_tokens

        total_tokens = self.total_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["model_id"] = model_id
        if messages is not UNSET:
            field_dict["messages"] = messages
        if input_tokens is not UNSET:
            field_dict["input_tokens"] = input_tokens
        if output_tokens is not UNSET:
            field_dict["output_tokens"] = output_tokens
        if total_tokens is not UNSET:
            field_dict["total_tokens"] = total_tokens
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        model_id = src_dict["model_id"]
        messages = src_dict.get("messages", UNSET)
        input_tokens = src_dict.get("input_tokens", UNSET)
        output_tokens = src_dict.get("output_tokens", UNSET)
        total_tokens = src_dict.get("total_tokens", UNSET)
        obj = cls(
            model_id,
            messages,
            input_tokens,
            output_tokens,
            total_tokens,
        )
        if len(src_dict) != 1 + (messages is not UNSET) + (input_tokens is not UNSET) + (
            output_tokens is not UNSET
        ) + (total_tokens is not UNSET):
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
