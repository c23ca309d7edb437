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
        "is_private",
        "data",
        "meta",
        "group_ids",
        "user_ids",
    }
)


@_attrs_define
class ChannelForm:
    name: str | Unset = ""
    description: None | str | Unset = UNSET
    is_private: bool | None | Unset = UNSET
    data: dict[str, Any] | None | Unset = UNSET
    meta: dict[str, Any] | None | Unset = UNSET
    group_ids: list[str] | None | Unset = UNSET
    user_ids: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.description is not UNSET:
            field_dict["description"] = self.description
        if self.is_private is not UNSET:
            field_dict["is_private"] = self.is_private
        if self.data is not UNSET:
            field_dict["data"] = self.data
        if self.meta is not UNSET:
            field_dict["meta"] = self.meta
        if self.group_ids is not UNSET:
            field_dict["group_ids"] = self.group_ids
        if self.user_ids is not UNSET:
            field_dict["user_ids"] = self.user_ids
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not ChannelForm:
            return _rebuilt(cls, ChannelForm.from_dict(src_dict))
        obj = _new(cls)
        obj.name = name = src_dict.get("name", UNSET)
        obj.description = description = src_dict.get("description", UNSET)
        obj.is_private = is_private = src_dict.get("is_private", UNSET)
        obj.data = data = src_dict.get("data", UNSET)
        obj.meta = meta = src_dict.get("meta", UNSET)
        _group_ids = src_dict.get("group_ids", UNSET)
        group_ids: list[str] | None | Unset
        if _group_ids is None or isinstance(_group_ids, Unset):
            group_ids = _group_ids
        else:
            if not isinstance(_group_ids, list):
                raise TypeError(f"group_ids: unexpected {type(_group_ids).__name__}")
            group_ids_type_0 = _group_ids

            group_ids = group_ids_type_0

        obj.group_ids = group_ids
        _user_ids = src_dict.get("user_ids", UNSET)
        user_ids: list[str] | None | Unset
        if _user_ids is None or isinstance(_user_ids, Unset):
            user_ids = _user_ids
        else:
            if not isinstance(_user_ids, list):
                raise TypeError(f"user_ids: unexpected {type(_user_ids).__name__}")
            user_ids_type_0 = _user_ids

            user_ids = user_ids_type_0

        obj.user_ids = user_ids
        if (
            len(src_dict) == 7
            and name is not UNSET
            and description is not UNSET
            and is_private is not UNSET
            and data is not UNSET
            and meta is not UNSET
            and group_ids is not UNSET
            and user_ids is not UNSET
        ) or len(src_dict) == 0 + (name is not UNSET) + (description is not UNSET) + (
            is_private is not UNSET
        ) + (data is not UNSET) + (meta is not UNSET) + (group_ids is not UNSET) + (
            user_ids is not UNSET
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
