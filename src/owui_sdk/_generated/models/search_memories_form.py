from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        query: None | str | Unset
        if isinstance(self.query, Unset):
            query = UNSET
        else:
            query = self.query

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        path: None | str | Unset
        if isinstance(self.path, Unset):
            path = UNSET
        else:
            path = self.path

        memory_id: None | str | Unset
        if isinstance(self.memory_id, Unset):
            memory_id = UNSET
        else:
            memory_id = self.memory_id

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if query is not UNSET:
            field_dict["query"] = query
        if type_ is not UNSET:
            field_dict["type"] = type_
        if path is not UNSET:
            field_dict["path"] = path
        if memory_id is not UNSET:
            field_dict["memory_id"] = memory_id
        if limit is not UNSET:
            field_dict["limit"] = limit
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        query = src_dict.get("query", UNSET)

        _type_ = src_dict.get("type", UNSET)
        type_: SearchMemoriesFormType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_search_memories_form_type(_type_)

        path = src_dict.get("path", UNSET)

        memory_id = src_dict.get("memory_id", UNSET)

        limit = src_dict.get("limit", UNSET)
        obj = cls(
            query,
            type_,
            path,
            memory_id,
            limit,
        )
        if len(src_dict) != 0 + (query is not UNSET) + (type_ is not UNSET) + (
            path is not UNSET
        ) + (memory_id is not UNSET) + (limit is not UNSET):
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
