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
        "chat_id",
        "updated_at",
        "user_id",
        "user_name",
        "first_message",
    }
)


@_attrs_define
class ModelChatEntry:
    chat_id: str
    updated_at: int
    user_id: None | str | Unset = UNSET
    user_name: None | str | Unset = UNSET
    first_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "chat_id": self.chat_id,
            "updated_at": self.updated_at,
        }
        if self.user_id is not UNSET:
            field_dict["user_id"] = self.user_id
        if self.user_name is not UNSET:
            field_dict["user_name"] = self.user_name
        if self.first_message is not UNSET:
            field_dict["first_message"] = self.first_message
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not ModelChatEntry:
            return _rebuilt(cls, ModelChatEntry.from_dict(src_dict))
        obj = _new(cls)
        obj.chat_id = src_dict["chat_id"]
        obj.updated_at = src_dict["updated_at"]
        obj.user_id = user_id = src_dict.get("user_id", UNSET)
        obj.user_name = user_name = src_dict.get("user_name", UNSET)
        obj.first_message = first_message = src_dict.get("first_message", UNSET)
        if (
            len(src_dict) == 5
            and user_id is not UNSET
            and user_name is not UNSET
            and first_message is not UNSET
        ) or len(src_dict) == 2 + (user_id is not UNSET) + (user_name is not UNSET) + (
            first_message is not UNSET
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
