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
        "user_id",
        "name",
        "created_at",
        "updated_at",
        "parent_id",
        "items",
        "meta",
        "data",
        "is_expanded",
        "access_grants",
        "write_access",
    }
)


@_attrs_define
class FolderResponse:
    id: str
    user_id: str
    name: str
    created_at: int
    updated_at: int
    parent_id: None | str | Unset = UNSET
    items: dict[str, Any] | None | Unset = UNSET
    meta: dict[str, Any] | None | Unset = UNSET
    data: dict[str, Any] | None | Unset = UNSET
    is_expanded: bool | Unset = False
    access_grants: list[dict[str, Any]] | Unset = UNSET
    write_access: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": self.id,
            "user_id": self.user_id,
            "name": self.name,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
        }
        if self.parent_id is not UNSET:
            field_dict["parent_id"] = self.parent_id
        if self.items is not UNSET:
            field_dict["items"] = self.items
        if self.meta is not UNSET:
            field_dict["meta"] = self.meta
        if self.data is not UNSET:
            field_dict["data"] = self.data
        if self.is_expanded is not UNSET:
            field_dict["is_expanded"] = self.is_expanded
        if self.access_grants is not UNSET:
            field_dict["access_grants"] = self.access_grants
        if self.write_access is not UNSET:
            field_dict["write_access"] = self.write_access
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not FolderResponse:
            return _rebuilt(cls, FolderResponse.from_dict(src_dict))
        obj = _new(cls)
        obj.id = src_dict["id"]
        obj.user_id = src_dict["user_id"]
        obj.name = src_dict["name"]
        obj.created_at = src_dict["created_at"]
        obj.updated_at = src_dict["updated_at"]
        obj.parent_id = parent_id = src_dict.get("parent_id", UNSET)
        obj.items = items = src_dict.get("items", UNSET)
        obj.meta = meta = src_dict.get("meta", UNSET)
        obj.data = data = src_dict.get("data", UNSET)
        obj.is_expanded = is_expanded = src_dict.get("is_expanded", UNSET)
        obj.access_grants = access_grants = src_dict.get("access_grants", UNSET)
        obj.write_access = write_access = src_dict.get("write_access", UNSET)
        if (
            len(src_dict) == 12
            and parent_id is not UNSET
            and items is not UNSET
            and meta is not UNSET
            and data is not UNSET
            and is_expanded is not UNSET
            and access_grants is not UNSET
            and write_access is not UNSET
        ) or len(src_dict) == 5 + (parent_id is not UNSET) + (items is not UNSET) + (
            meta is not UNSET
        ) + (data is not UNSET) + (is_expanded is not UNSET) + (access_grants is not UNSET) + (
            write_access is not UNSET
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
