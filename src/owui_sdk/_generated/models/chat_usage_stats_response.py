from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        id = self.id

        message_count = self.message_count

        history_message_count = self.history_message_count

        history_user_message_count = self.history_user_message_count

        history_assistant_message_count = self.history_assistant_message_count

        average_response_time = self.average_response_time

        average_user_message_content_length = self.average_user_message_content_length

        average_assistant_message_content_length = self.average_assistant_message_content_length

        last_message_at = self.last_message_at

        updated_at = self.updated_at

        created_at = self.created_at

        models = self.models

        history_models = self.history_models

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["message_count"] = message_count
        field_dict["history_message_count"] = history_message_count
        field_dict["history_user_message_count"] = history_user_message_count
        field_dict["history_assistant_message_count"] = history_assistant_message_count
        field_dict["average_response_time"] = average_response_time
        field_dict["average_user_message_content_length"] = average_user_message_content_length
        field_dict["average_assistant_message_content_length"] = (
            average_assistant_message_content_length
        )
        field_dict["last_message_at"] = last_message_at
        field_dict["updated_at"] = updated_at
        field_dict["created_at"] = created_at
        if models is not UNSET:
            field_dict["models"] = models
        if history_models is not UNSET:
            field_dict["history_models"] = history_models
        if tags is not UNSET:
            field_dict["tags"] = tags
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        id = src_dict["id"]
        message_count = src_dict["message_count"]
        history_message_count = src_dict["history_message_count"]
        history_user_message_count = src_dict["history_user_message_count"]
        history_assistant_message_count = src_dict["history_assistant_message_count"]
        average_response_time = src_dict["average_response_time"]
        average_user_message_content_length = src_dict["average_user_message_content_length"]
        average_assistant_message_content_length = src_dict[
            "average_assistant_message_content_length"
        ]
        last_message_at = src_dict["last_message_at"]
        updated_at = src_dict["updated_at"]
        created_at = src_dict["created_at"]
        models = src_dict.get("models", UNSET)
        history_models = src_dict.get("history_models", UNSET)
        tags = src_dict.get("tags", UNSET)

        obj = cls(
            id,
            message_count,
            history_message_count,
            history_user_message_count,
            history_assistant_message_count,
            average_response_time,
            average_user_message_content_length,
            average_assistant_message_content_length,
            last_message_at,
            updated_at,
            created_at,
            models,
            history_models,
            tags,
        )
        if len(src_dict) != 11 + (models is not UNSET) + (history_models is not UNSET) + (
            tags is not UNSET
        ):
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
