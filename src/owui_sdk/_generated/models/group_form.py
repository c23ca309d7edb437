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
        "name",
        "description",
        "parent_group_id",
        "permissions",
        "data",
    }
)


@_attrs_define
class GroupForm:
    name: str
    description: str
    parent_group_id: None | str | Unset = UNSET
    permissions: dict[str, Any] | None | Unset = UNSET
    data: dict[str, Any] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "name": self.name,
            "description": self.description,
        }
        if self.parent_group_id is not UNSET:
            field_dict["parent_group_id"] = self.parent_group_id
        if self.permissions is not UNSET:
            field_dict["permissions"] = self.permissions
        if self.data is not UNSET:
            field_dict["data"] = self.data
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not GroupForm:
            return _rebuilt(cls, GroupForm.from_dict(src_dict))
        obj = _new(cls)
        obj.name = src_dict["name"]
        obj.description = src_dict["description"]
        obj.parent_group_id = parent_group_id = src_dict.get("parent_group_id", UNSET)
        obj.permissions = permissions = src_dict.get("permissions", UNSET)
        obj.data = data = src_dict.get("data", UNSET)
        if (
            len(src_dict) == 5
            and parent_group_id is not UNSET
            and permissions is not UNSET
            and data is not UNSET
        ) or len(src_dict) == 2 + (parent_group_id is not UNSET) + (permissions is not UNSET) + (
            data is not UNSET
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
