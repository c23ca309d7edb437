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
        "created_at",
        "updated_at",
        "meta",
        "parent_id",
        "is_expanded",
        "unread_count",
    }
)


@_attrs_define
class FolderNameIdResponse:
    id: str
    name: str
    created_at: int
    updated_at: int
    meta: FolderMetadataResponse | None | Unset = UNSET
    parent_id: None | str | Unset = UNSET
    is_expanded: bool | Unset = False
    unread_count: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        meta: dict[str, Any] | None | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, FolderMetadataResponse):
            meta = self.meta.to_dict()
        else:
            meta = self.meta

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": self.id,
            "name": self.name,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
        }
        if meta is not UNSET:
            field_dict["meta"] = meta
        if self.parent_id is not UNSET:
            field_dict["parent_id"] = self.parent_id
        if self.is_expanded is not UNSET:
            field_dict["is_expanded"] = self.is_expanded
        if self.unread_count is not UNSET:
            field_dict["unread_count"] = self.unread_count
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not FolderNameIdResponse:
            return _rebuilt(cls, FolderNameIdResponse.from_dict(src_dict))
        obj = _new(cls)
        obj.id = src_dict["id"]
        obj.name = src_dict["name"]
        obj.created_at = src_dict["created_at"]
        obj.updated_at = src_dict["updated_at"]
        _meta = src_dict.get("meta", UNSET)
        meta: FolderMetadataResponse | None | Unset
        if _meta is None or isinstance(_meta, Unset):
            meta = _meta
        else:
            if not isinstance(_meta, dict):
                raise TypeError(f"meta: unexpected {type(_meta).__name__}")
            meta_type_0 = FolderMetadataResponse.from_dict(_meta)

            meta = meta_type_0

        obj.meta = meta
        obj.parent_id = parent_id = src_dict.get("parent_id", UNSET)
        obj.is_expanded = is_expanded = src_dict.get("is_expanded", UNSET)
        obj.unread_count = unread_count = src_dict.get("unread_count", UNSET)
        if (
            len(src_dict) == 8
            and meta is not UNSET
            and parent_id is not UNSET
            and is_expanded is not UNSET
            and unread_count is not UNSET
        ) or len(src_dict) == 4 + (meta is not UNSET) + (parent_id is not UNSET) + (
            is_expanded is not UNSET
        ) + (unread_count is not UNSET):
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


# Imported last, not first: models refer to each other in cycles, and by now this module's
# class exists for any module in the cycle that imports it back.
from ..models.folder_metadata_response import FolderMetadataResponse
