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
        "user_id",
        "name",
        "created_at",
        "updated_at",
        "parent_id",
        "items",
        "meta",
        "data",
        "is_expanded",
    }
)


@_attrs_define
class FolderModel:
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        id = self.id

        user_id = self.user_id

        name = self.name

        created_at = self.created_at

        updated_at = self.updated_at

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        items: dict[str, Any] | None | Unset
        if isinstance(self.items, Unset):
            items = UNSET
        else:
            items = self.items

        meta: dict[str, Any] | None | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        else:
            meta = self.meta

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        else:
            data = self.data

        is_expanded = self.is_expanded

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["user_id"] = user_id
        field_dict["name"] = name
        field_dict["created_at"] = created_at
        field_dict["updated_at"] = updated_at
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if items is not UNSET:
            field_dict["items"] = items
        if meta is not UNSET:
            field_dict["meta"] = meta
        if data is not UNSET:
            field_dict["data"] = data
        if is_expanded is not UNSET:
            field_dict["is_expanded"] = is_expanded
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        id = src_dict["id"]
        user_id = src_dict["user_id"]
        name = src_dict["name"]
        created_at = src_dict["created_at"]
        updated_at = src_dict["updated_at"]
        parent_id = src_dict.get("parent_id", UNSET)

        items = src_dict.get("items", UNSET)

        meta = src_dict.get("meta", UNSET)

        data = src_dict.get("data", UNSET)

        is_expanded = src_dict.get("is_expanded", UNSET)
        obj = cls(
            id,
            user_id,
            name,
            created_at,
            updated_at,
            parent_id,
            items,
            meta,
            data,
            is_expanded,
        )
        if len(src_dict) != 5 + (parent_id is not UNSET) + (items is not UNSET) + (
            meta is not UNSET
        ) + (data is not UNSET) + (is_expanded is not UNSET):
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
