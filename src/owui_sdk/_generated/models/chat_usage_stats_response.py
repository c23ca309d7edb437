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
        "message_count",
        "history_message_count",
        "history_user_message_count",
        "history_assistant_message_count",
        "average_response_time",
        "average_user_message_content_length",
        "average_assistant_message_content_length",
        "last_message_at",
        "updated_at",
        "created_at",
        "models",
        "history_models",
        "tags",
    }
)


@_attrs_define
class ChatUsageStatsResponse:
    id: str
    message_count: int
    history_message_count: int
    history_user_message_count: int
    history_assistant_message_count: int
    average_response_time: float
    average_user_message_content_length: float
    average_assistant_message_content_length: float
    last_message_at: int
    updated_at: int
    created_at: int
    models: dict[str, Any] | Unset = UNSET
    history_models: dict[str, Any] | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": self.id,
            "message_count": self.message_count,
            "history_message_count": self.history_message_count,
            "history_user_message_count": self.history_user_message_count,
            "history_assistant_message_count": self.history_assistant_message_count,
            "average_response_time": self.average_response_time,
            "average_user_message_content_length": self.average_user_message_content_length,
            "average_assistant_message_content_length": self.average_assistant_message_content_length,
            "last_message_at": self.last_message_at,
            "updated_at": self.updated_at,
            "created_at": self.created_at,
        }
        if self.models is not UNSET:
            field_dict["models"] = self.models
        if self.history_models is not UNSET:
            field_dict["history_models"] = self.history_models
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
        if cls is not ChatUsageStatsResponse:
            return _rebuilt(cls, ChatUsageStatsResponse.from_dict(src_dict))
        obj = _new(cls)
        obj.id = src_dict["id"]
        obj.message_count = src_dict["message_count"]
        obj.history_message_count = src_dict["history_message_count"]
        obj.history_user_message_count = src_dict["history_user_message_count"]
        obj.history_assistant_message_count = src_dict["history_assistant_message_count"]
        obj.average_response_time = src_dict["average_response_time"]
        obj.average_user_message_content_length = src_dict["average_user_message_content_length"]
        obj.average_assistant_message_content_length = src_dict[
            "average_assistant_message_content_length"
        ]
        obj.last_message_at = src_dict["last_message_at"]
        obj.updated_at = src_dict["updated_at"]
        obj.created_at = src_dict["created_at"]
        obj.models = models = src_dict.get("models", UNSET)
        obj.history_models = history_models = src_dict.get("history_models", UNSET)
        obj.tags = tags = src_dict.get("tags", UNSET)
        if (
            len(src_dict) == 14
            and models is not UNSET
            and history_models is not UNSET
            and tags is not UNSET
        ) or len(src_dict) == 11 + (models is not UNSET) + (history_models is not UNSET) + (
            tags is not UNSET
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
