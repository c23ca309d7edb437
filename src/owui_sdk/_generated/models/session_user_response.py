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
        "id",
        "name",
        "role",
        "email",
        "profile_image_url",
        "token",
        "token_type",
        "expires_at",
        "permissions",
    }
)


@_attrs_define
class SessionUserResponse:
    id: str
    name: str
    role: str
    email: str
    profile_image_url: str
    token: str
    token_type: str
    expires_at: int | None | Unset = UNSET
    permissions: dict[str, Any] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": self.id,
            "name": self.name,
            "role": self.role,
            "email": self.email,
            "profile_image_url": self.profile_image_url,
            "token": self.token,
            "token_type": self.token_type,
        }
        if self.expires_at is not UNSET:
            field_dict["expires_at"] = self.expires_at
        if self.permissions is not UNSET:
            field_dict["permissions"] = self.permissions
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not SessionUserResponse:
            return _rebuilt(cls, SessionUserResponse.from_dict(src_dict))
        obj = _new(cls)
        obj.id = src_dict["id"]
        obj.name = src_dict["name"]
        obj.role = src_dict["role"]
        obj.email = src_dict["email"]
        obj.profile_image_url = src_dict["profile_image_url"]
        obj.token = src_dict["token"]
        obj.token_type = src_dict["token_type"]
        obj.expires_at = expires_at = src_dict.get("expires_at", UNSET)
        obj.permissions = permissions = src_dict.get("permissions", UNSET)
        if (len(src_dict) == 9 and expires_at is not UNSET and permissions is not UNSET) or len(
            src_dict
        ) == 7 + (expires_at is not UNSET) + (permissions is not UNSET):
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
