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
        "user_id",
        "count",
        "name",
        "email",
        "input_tokens",
        "output_tokens",
        "total_tokens",
    }
)


@_attrs_define
class UserAnalyticsEntry:
    user_id: str
    count: int
    name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    input_tokens: int | Unset = 0
    output_tokens: int | Unset = 0
    total_tokens: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "user_id": self.user_id,
            "count": self.count,
        }
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.email is not UNSET:
            field_dict["email"] = self.email
        if self.input_tokens is not UNSET:
            field_dict["input_tokens"] = self.input_tokens
        if self.output_tokens is not UNSET:
            field_dict["output_tokens"] = self.output_tokens
        if self.total_tokens is not UNSET:
            field_dict["total_tokens"] = self.total_tokens
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not UserAnalyticsEntry:
            return _rebuilt(cls, UserAnalyticsEntry.from_dict(src_dict))
        obj = _new(cls)
        obj.user_id = src_dict["user_id"]
        obj.count = src_dict["count"]
        obj.name = name = src_dict.get("name", UNSET)
        obj.email = email = src_dict.get("email", UNSET)
        obj.input_tokens = input_tokens = src_dict.get("input_tokens", UNSET)
        obj.output_tokens = output_tokens = src_dict.get("output_tokens", UNSET)
        obj.total_tokens = total_tokens = src_dict.get("total_tokens", UNSET)
        if (
            len(src_dict) == 7
            and name is not UNSET
            and email is not UNSET
            and input_tokens is not UNSET
            and output_tokens is not UNSET
            and total_tokens is not UNSET
        ) or len(src_dict) == 2 + (name is not UNSET) + (email is not UNSET) + (
            input_tokens is not UNSET
        ) + (output_tokens is not UNSET) + (total_tokens is not UNSET):
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
