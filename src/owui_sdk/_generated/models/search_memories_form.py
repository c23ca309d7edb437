from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._types import _new, _rebuilt
from ..models.search_memories_form_type import (
    SearchMemoriesFormType,
    check_search_memories_form_type,
)
from ..types import UNSET, Unset

# The JSON keys this model declares; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(
    {
        "query",
        "type",
        "path",
        "memory_id",
        "limit",
    }
)


@_attrs_define
class SearchMemoriesForm:
    query: None | str | Unset = UNSET
    type_: SearchMemoriesFormType | Unset = _attrs_field(default="all", alias="type")
    path: None | str | Unset = UNSET
    memory_id: None | str | Unset = UNSET
    limit: int | Unset = 20
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if self.query is not UNSET:
            field_dict["query"] = self.query
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_
        if self.path is not UNSET:
            field_dict["path"] = self.path
        if self.memory_id is not UNSET:
            field_dict["memory_id"] = self.memory_id
        if self.limit is not UNSET:
            field_dict["limit"] = self.limit
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not SearchMemoriesForm:
            return _rebuilt(cls, SearchMemoriesForm.from_dict(src_dict))
        obj = _new(cls)
        obj.query = query = src_dict.get("query", UNSET)
        _type_ = src_dict.get("type", UNSET)
        type_: SearchMemoriesFormType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_search_memories_form_type(_type_)

        obj.type_ = type_
        obj.path = path = src_dict.get("path", UNSET)
        obj.memory_id = memory_id = src_dict.get("memory_id", UNSET)
        obj.limit = limit = src_dict.get("limit", UNSET)
        if (
            len(src_dict) == 5
            and query is not UNSET
            and type_ is not UNSET
            and path is not UNSET
            and memory_id is not UNSET
            and limit is not UNSET
        ) or len(src_dict) == 0 + (query is not UNSET) + (type_ is not UNSET) + (
            path is not UNSET
        ) + (memory_id is not UNSET) + (limit is not UNSET):
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
