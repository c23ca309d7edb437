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
        "allow_users",
        "allow_groups",
    }
)


@_attrs_define
class AccessGrantsPermissions:
    allow_users: bool | Unset = True
    allow_groups: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if self.allow_users is not UNSET:
            field_dict["allow_users"] = self.allow_users
        if self.allow_groups is not UNSET:
            field_dict["allow_groups"] = self.allow_groups
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not AccessGrantsPermissions:
            return _rebuilt(cls, AccessGrantsPermissions.from_dict(src_dict))
        obj = _new(cls)
        obj.allow_users = allow_users = src_dict.get("allow_users", UNSET)
        obj.allow_groups = allow_groups = src_dict.get("allow_groups", UNSET)
        if (len(src_dict) == 2 and allow_users is not UNSET and allow_groups is not UNSET) or len(
            src_dict
        ) == 0 + (allow_users is not UNSET) + (allow_groups is not UNSET):
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
