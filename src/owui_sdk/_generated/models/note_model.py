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
        "title",
        "created_at",
        "updated_at",
        "data",
        "meta",
        "is_pinned",
        "access_grants",
    }
)


@_attrs_define
class NoteModel:
    id: str
    user_id: str
    title: str
    created_at: int
    updated_at: int
    data: dict[str, Any] | None | Unset = UNSET
    meta: dict[str, Any] | None | Unset = UNSET
    is_pinned: bool | None | Unset = False
    access_grants: list[AccessGrantModel] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        access_grants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.access_grants, Unset):
            access_grants = []
            for access_grants_item_data in self.access_grants:
                access_grants_item = access_grants_item_data.to_dict()
                access_grants.append(access_grants_item)

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": self.id,
            "user_id": self.user_id,
            "title": self.title,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
        }
        if self.data is not UNSET:
            field_dict["data"] = self.data
        if self.meta is not UNSET:
            field_dict["meta"] = self.meta
        if self.is_pinned is not UNSET:
            field_dict["is_pinned"] = self.is_pinned
        if access_grants is not UNSET:
            field_dict["access_grants"] = access_grants
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not NoteModel:
            return _rebuilt(cls, NoteModel.from_dict(src_dict))
        obj = _new(cls)
        obj.id = src_dict["id"]
        obj.user_id = src_dict["user_id"]
        obj.title = src_dict["title"]
        obj.created_at = src_dict["created_at"]
        obj.updated_at = src_dict["updated_at"]
        obj.data = data = src_dict.get("data", UNSET)
        obj.meta = meta = src_dict.get("meta", UNSET)
        obj.is_pinned = is_pinned = src_dict.get("is_pinned", UNSET)
        _access_grants = src_dict.get("access_grants", UNSET)
        access_grants: list[AccessGrantModel] | Unset
        if isinstance(_access_grants, Unset):
            access_grants = UNSET
        else:
            access_grants = list(map(AccessGrantModel.from_dict, _access_grants))

        obj.access_grants = access_grants
        if (
            len(src_dict) == 9
            and data is not UNSET
            and meta is not UNSET
            and is_pinned is not UNSET
            and access_grants is not UNSET
        ) or len(src_dict) == 5 + (data is not UNSET) + (meta is not UNSET) + (
            is_pinned is not UNSET
        ) + (access_grants is not UNSET):
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
from ..models.access_grant_model import AccessGrantModel
