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
        "type",
        "content",
        "meta",
        "updated_at",
        "created_at",
        "version_id",
        "user_id",
        "is_active",
        "is_global",
    }
)


@_attrs_define
class FunctionModel:
    id: str
    name: str
    type_: str = _attrs_field(alias="type")
    content: str
    meta: FunctionMeta
    updated_at: int
    created_at: int
    version_id: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    is_active: bool | Unset = False
    is_global: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": self.id,
            "name": self.name,
            "type": self.type_,
            "content": self.content,
            "meta": meta,
            "updated_at": self.updated_at,
            "created_at": self.created_at,
        }
        if self.version_id is not UNSET:
            field_dict["version_id"] = self.version_id
        if self.user_id is not UNSET:
            field_dict["user_id"] = self.user_id
        if self.is_active is not UNSET:
            field_dict["is_active"] = self.is_active
        if self.is_global is not UNSET:
            field_dict["is_global"] = self.is_global
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not FunctionModel:
            return _rebuilt(cls, FunctionModel.from_dict(src_dict))
        obj = _new(cls)
        obj.id = src_dict["id"]
        obj.name = src_dict["name"]
        obj.type_ = src_dict["type"]
        obj.content = src_dict["content"]
        meta = FunctionMeta.from_dict(src_dict["meta"])

        obj.meta = meta
        obj.updated_at = src_dict["updated_at"]
        obj.created_at = src_dict["created_at"]
        obj.version_id = version_id = src_dict.get("version_id", UNSET)
        obj.user_id = user_id = src_dict.get("user_id", UNSET)
        obj.is_active = is_active = src_dict.get("is_active", UNSET)
        obj.is_global = is_global = src_dict.get("is_global", UNSET)
        if (
            len(src_dict) == 11
            and version_id is not UNSET
            and user_id is not UNSET
            and is_active is not UNSET
            and is_global is not UNSET
        ) or len(src_dict) == 7 + (version_id is not UNSET) + (user_id is not UNSET) + (
            is_active is not UNSET
        ) + (is_global is not UNSET):
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
from ..models.function_meta import FunctionMeta
