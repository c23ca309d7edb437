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
        "lifetime_tokens",
        "input_tokens",
        "output_tokens",
        "peak_daily_tokens",
        "longest_chat_seconds",
        "current_streak",
        "longest_streak",
        "total_chats",
        "active_days",
        "models_used",
        "messages",
        "user_messages",
        "assistant_messages",
    }
)


@_attrs_define
class UserUsageTotals:
    lifetime_tokens: int | Unset = 0
    input_tokens: int | Unset = 0
    output_tokens: int | Unset = 0
    peak_daily_tokens: int | Unset = 0
    longest_chat_seconds: int | Unset = 0
    current_streak: int | Unset = 0
    longest_streak: int | Unset = 0
    total_chats: int | Unset = 0
    active_days: int | Unset = 0
    models_used: int | Unset = 0
    messages: int | Unset = 0
    user_messages: int | Unset = 0
    assistant_messages: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if self.lifetime_tokens is not UNSET:
            field_dict["lifetime_tokens"] = self.lifetime_tokens
        if self.input_tokens is not UNSET:
            field_dict["input_tokens"] = self.input_tokens
        if self.output_tokens is not UNSET:
            field_dict["output_tokens"] = self.output_tokens
        if self.peak_daily_tokens is not UNSET:
            field_dict["peak_daily_tokens"] = self.peak_daily_tokens
        if self.longest_chat_seconds is not UNSET:
            field_dict["longest_chat_seconds"] = self.longest_chat_seconds
        if self.current_streak is not UNSET:
            field_dict["current_streak"] = self.current_streak
        if self.longest_streak is not UNSET:
            field_dict["longest_streak"] = self.longest_streak
        if self.total_chats is not UNSET:
            field_dict["total_chats"] = self.total_chats
        if self.active_days is not UNSET:
            field_dict["active_days"] = self.active_days
        if self.models_used is not UNSET:
            field_dict["models_used"] = self.models_used
        if self.messages is not UNSET:
            field_dict["messages"] = self.messages
        if self.user_messages is not UNSET:
            field_dict["user_messages"] = self.user_messages
        if self.assistant_messages is not UNSET:
            field_dict["assistant_messages"] = self.assistant_messages
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not UserUsageTotals:
            return _rebuilt(cls, UserUsageTotals.from_dict(src_dict))
        obj = _new(cls)
        obj.lifetime_tokens = lifetime_tokens = src_dict.get("lifetime_tokens", UNSET)
        obj.input_tokens = input_tokens = src_dict.get("input_tokens", UNSET)
        obj.output_tokens = output_tokens = src_dict.get("output_tokens", UNSET)
        obj.peak_daily_tokens = peak_daily_tokens = src_dict.get("peak_daily_tokens", UNSET)
        obj.longest_chat_seconds = longest_chat_seconds = src_dict.get(
            "longest_chat_seconds", UNSET
        )
        obj.current_streak = current_streak = src_dict.get("current_streak", UNSET)
        obj.longest_streak = longest_streak = src_dict.get("longest_streak", UNSET)
        obj.total_chats = total_chats = src_dict.get("total_chats", UNSET)
        obj.active_days = active_days = src_dict.get("active_days", UNSET)
        obj.models_used = models_used = src_dict.get("models_used", UNSET)
        obj.messages = messages = src_dict.get("messages", UNSET)
        obj.user_messages = user_messages = src_dict.get("user_messages", UNSET)
        obj.assistant_messages = assistant_messages = src_dict.get("assistant_messages", UNSET)
        if (
            len(src_dict) == 13
            and lifetime_tokens is not UNSET
            and input_tokens is not UNSET
            and output_tokens is not UNSET
            and peak_daily_tokens is not UNSET
            and longest_chat_seconds is not UNSET
            and current_streak is not UNSET
            and longest_streak is not UNSET
            and total_chats is not UNSET
            and active_days is not UNSET
            and models_used is not UNSET
            and messages is not UNSET
            and user_messages is not UNSET
            and assistant_messages is not UNSET
        ) or len(src_dict) == 0 + (lifetime_tokens is not UNSET) + (input_tokens is not UNSET) + (
            output_tokens is not UNSET
        ) + (peak_daily_tokens is not UNSET) + (longest_chat_seconds is not UNSET) + (
            current_streak is not UNSET
        ) + (longest_streak is not UNSET) + (total_chats is not UNSET) + (
            active_days is not UNSET
        ) + (models_used is not UNSET) + (messages is not UNSET) + (user_messages is not UNSET) + (
            assistant_messages is not UNSET
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
