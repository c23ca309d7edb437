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
        "created_at",
        "updated_at",
        "stats",
        "chat",
        "tags",
    }
)


@_attrs_define
class ChatStatsExport:
    id: str
    user_id: str
    created_at: int
    updated_at: int
    stats: AggregateChatStats
    chat: ChatBody
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        stats = self.stats.to_dict()

        chat = self.chat.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": self.id,
            "user_id": self.user_id,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "stats": stats,
            "chat": chat,
        }
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
        if cls is not ChatStatsExport:
            return _rebuilt(cls, ChatStatsExport.from_dict(src_dict))
        obj = _new(cls)
        obj.id = src_dict["id"]
        obj.user_id = src_dict["user_id"]
        obj.created_at = src_dict["created_at"]
        obj.updated_at = src_dict["updated_at"]
        stats = AggregateChatStats.from_dict(src_dict["stats"])

        obj.stats = stats
        chat = ChatBody.from_dict(src_dict["chat"])

        obj.chat = chat
        obj.tags = tags = src_dict.get("tags", UNSET)
        if (len(src_dict) == 7 and tags is not UNSET) or len(src_dict) == 6 + (tags is not UNSET):
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
from ..models.aggregate_chat_stats import AggregateChatStats
from ..models.chat_body import ChatBody
