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
        "status",
        "type",
        "name",
        "url",
        "collection_name",
        "content",
        "file",
    }
)


@_attrs_define
class ProcessUrlResponse:
    status: bool
    type_: str = _attrs_field(alias="type")
    name: str
    url: str
    collection_name: None | str | Unset = UNSET
    content: None | str | Unset = UNSET
    file: dict[str, Any] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "status": self.status,
            "type": self.type_,
            "name": self.name,
            "url": self.url,
        }
        if self.collection_name is not UNSET:
            field_dict["collection_name"] = self.collection_name
        if self.content is not UNSET:
            field_dict["content"] = self.content
        if self.file is not UNSET:
            field_dict["file"] = self.file
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not ProcessUrlResponse:
            return _rebuilt(cls, ProcessUrlResponse.from_dict(src_dict))
        obj = _new(cls)
        obj.status = src_dict["status"]
        obj.type_ = src_dict["type"]
        obj.name = src_dict["name"]
        obj.url = src_dict["url"]
        obj.collection_name = collection_name = src_dict.get("collection_name", UNSET)
        obj.content = content = src_dict.get("content", UNSET)
        obj.file = file = src_dict.get("file", UNSET)
        if (
            len(src_dict) == 7
            and collection_name is not UNSET
            and content is not UNSET
            and file is not UNSET
        ) or len(src_dict) == 4 + (collection_name is not UNSET) + (content is not UNSET) + (
            file is not UNSET
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
