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
        "role",
        "name",
        "email",
        "profile_image_url",
        "password",
    }
)


@_attrs_define
class UserUpdateForm:
    role: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    profile_image_url: None | str | Unset = UNSET
    password: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if self.role is not UNSET:
            field_dict["role"] = self.role
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.email is not UNSET:
            field_dict["email"] = self.email
        if self.profile_image_url is not UNSET:
            field_dict["profile_image_url"] = self.profile_image_url
        if self.password is not UNSET:
            field_dict["password"] = self.password
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not UserUpdateForm:
            return _rebuilt(cls, UserUpdateForm.from_dict(src_dict))
        obj = _new(cls)
        obj.role = role = src_dict.get("role", UNSET)
        obj.name = name = src_dict.get("name", UNSET)
        obj.email = email = src_dict.get("email", UNSET)
        obj.profile_image_url = profile_image_url = src_dict.get("profile_image_url", UNSET)
        obj.password = password = src_dict.get("password", UNSET)
        if (
            len(src_dict) == 5
            and role is not UNSET
            and name is not UNSET
            and email is not UNSET
            and profile_image_url is not UNSET
            and password is not UNSET
        ) or len(src_dict) == 0 + (role is not UNSET) + (name is not UNSET) + (
            email is not UNSET
        ) + (profile_image_url is not UNSET) + (password is not UNSET):
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
