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
        "most_used_model",
        "average_tokens_per_chat",
        "average_messages_per_active_day",
        "user_message_share",
        "assistant_message_share",
    }
)


@_attrs_define
class UserUsageInsights:
    most_used_model: None | str | Unset = UNSET
    average_tokens_per_chat: float | Unset = 0.0
    average_messages_per_active_day: float | Unset = 0.0
    user_message_share: float | Unset = 0.0
    assistant_message_share: float | Unset = 0.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if self.most_used_model is not UNSET:
            field_dict["most_used_model"] = self.most_used_model
        if self.average_tokens_per_chat is not UNSET:
            field_dict["average_tokens_per_chat"] = self.average_tokens_per_chat
        if self.average_messages_per_active_day is not UNSET:
            field_dict["average_messages_per_active_day"] = self.average_messages_per_active_day
        if self.user_message_share is not UNSET:
            field_dict["user_message_share"] = self.user_message_share
        if self.assistant_message_share is not UNSET:
            field_dict["assistant_message_share"] = self.assistant_message_share
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not UserUsageInsights:
            return _rebuilt(cls, UserUsageInsights.from_dict(src_dict))
        obj = _new(cls)
        obj.most_used_model = most_used_model = src_dict.get("most_used_model", UNSET)
        obj.average_tokens_per_chat = average_tokens_per_chat = src_dict.get(
            "average_tokens_per_chat", UNSET
        )
        obj.average_messages_per_active_day = average_messages_per_active_day = src_dict.get(
            "average_messages_per_active_day", UNSET
        )
        obj.user_message_share = user_message_share = src_dict.get("user_message_share", UNSET)
        obj.assistant_message_share = assistant_message_share = src_dict.get(
            "assistant_message_share", UNSET
        )
        if (
            len(src_dict) == 5
            and most_used_model is not UNSET
            and average_tokens_per_chat is not UNSET
            and average_messages_per_active_day is not UNSET
            and user_message_share is not UNSET
            and assistant_message_share is not UNSET
        ) or len(src_dict) == 0 + (most_used_model is not UNSET) + (
            average_tokens_per_chat is not UNSET
        ) + (average_messages_per_active_day is not UNSET) + (user_message_share is not UNSET) + (
            assistant_message_share is not UNSET
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
