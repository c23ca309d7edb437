from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

# The JSON keys this model declares; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "email",
        "last_active_at",
        "updated_at",
        "created_at",
        "role",
    }
)


@_attrs_define
class FeedbacksUserResponse:
    id: str
    name: str
    email: str
    last_active_at: int
    updated_at: int
    created_at: int
    role: str | Unset = "pending"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        id = self.id

        name = self.name

        email = self.email

        last_active_at = self.last_active_at

        updated_at = self.updated_at

        created_at = self.created_at

        role = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["name"] = name
        field_dict["email"] = email
        field_dict["last_active_at"] = last_active_at
        field_dict["updated_at"] = updated_at
        field_dict["created_at"] = created_at
        if role is not UNSET:
            field_dict["role"] = role
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        id = src_dict["id"]
        name = src_dict["name"]
        email = src_dict["email"]
        last_active_at = src_dict["last_active_at"]
        updated_at = src_dict["updated_at"]
        created_at = src_dict["created_at"]
        role = src_dict.get("role", UNSET)
        obj = cls(
            id,
            name,
            email,
            last_active_at,
            updated_at,
            created_at,
            role,
        )
        if len(src_dict) != 6 + (role is not UNSET):
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
