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
        "role",
        "content_length",
        "model",
        "token_count",
        "timestamp",
        "rating",
        "tags",
    }
)


@_attrs_define
class MessageStats:
    id: str
    role: str
    content_length: int
    model: None | str | Unset = UNSET
    token_count: int | None | Unset = UNSET
    timestamp: int | None | Unset = UNSET
    rating: int | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": self.id,
            "role": self.role,
            "content_length": self.content_length,
        }
        if self.model is not UNSET:
            field_dict["model"] = self.model
        if self.token_count is not UNSET:
            field_dict["token_count"] = self.token_count
        if self.timestamp is not UNSET:
            field_dict["timestamp"] = self.timestamp
        if self.rating is not UNSET:
            field_dict["rating"] = self.rating
        if self.tags is not UNSET:
            field_dict["tags"] = self.tags
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not MessageStats:
            return _rebuilt(cls, MessageStats.from_dict(src_dict))
        obj = _new(cls)
        obj.id = src_dict["id"]
        obj.role = src_dict["role"]
        obj.content_length = src_dict["content_length"]
        obj.model = model = src_dict.get("model", UNSET)
        obj.token_count = token_count = src_dict.get("token_count", UNSET)
        obj.timestamp = timestamp = src_dict.get("timestamp", UNSET)
        obj.rating = rating = src_dict.get("rating", UNSET)
        _tags = src_dict.get("tags", UNSET)
        tags: list[str] | None | Unset
        if _tags is None or isinstance(_tags, Unset):
            tags = _tags
        else:
            if not isinstance(_tags, list):
                raise TypeError(f"tags: unexpected {type(_tags).__name__}")
            tags_type_0 = _tags

            tags = tags_type_0

        obj.tags = tags
        if (
            len(src_dict) == 8
            and model is not UNSET
            and token_count is not UNSET
            and timestamp is not UNSET
            and rating is not UNSET
            and tags is not UNSET
        ) or len(src_dict) == 3 + (model is not UNSET) + (token_count is not UNSET) + (
            timestamp is not UNSET
        ) + (rating is not UNSET) + (tags is not UNSET):
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
