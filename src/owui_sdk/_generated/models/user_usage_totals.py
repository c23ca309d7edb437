from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        lifetime_tokens = self.lifetime_tokens

        input_tokens = self.input_tokens

        output_tokens = self.output_tokens

        peak_daily_tokens = self.peak_daily_tokens

        longest_chat_seconds = self.longest_chat_seconds

        current_streak = self.current_streak

        longest_streak = self.longest_streak

        total_chats = self.total_chats

        active_days = self.active_days

        models_used = self.models_used

        messages = self.messages

        user_messages = self.user_messages

        assistant_messages = self.assistant_messages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if lifetime_tokens is not UNSET:
            field_dict["lifetime_tokens"] = lifetime_tokens
        if input_tokens is not UNSET:
            field_dict["input_tokens"] = input_tokens
        if output_tokens is not UNSET:
            field_dict["output_tokens"] = output_tokens
        if peak_daily_tokens is not UNSET:
            field_dict["peak_daily_tokens"] = peak_daily_tokens
        if longest_chat_seconds is not UNSET:
            field_dict["longest_chat_seconds"] = longest_chat_seconds
        if current_streak is not UNSET:
            field_dict["current_streak"] = current_streak
        if longest_streak is not UNSET:
            field_dict["longest_streak"] = longest_streak
        if total_chats is not UNSET:
            field_dict["total_chats"] = total_chats
        if active_days is not UNSET:
            field_dict["active_days"] = active_days
        if models_used is not UNSET:
            field_dict["models_used"] = models_used
        if messages is not UNSET:
            field_dict["messages"] = messages
        if user_messages is not UNSET:
            field_dict["user_messages"] = user_messages
        if assistant_messages is not UNSET:
            field_dict["assistant_messages"] = assistant_messages
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        lifetime_tokens = src_dict.get("lifetime_tokens", UNSET)
        input_tokens = src_dict.get("input_tokens", UNSET)
        output_tokens = src_dict.get("output_tokens", UNSET)
        peak_daily_tokens = src_dict.get("peak_daily_tokens", UNSET)
        longest_chat_seconds = src_dict.get("longest_chat_seconds", UNSET)
        current_streak = src_dict.get("current_streak", UNSET)
        longest_streak = src_dict.get("longest_streak", UNSET)
        total_chats = src_dict.get("total_chats", UNSET)
        active_days = src_dict.get("active_days", UNSET)
        models_used = src_dict.get("models_used", UNSET)
        messages = src_dict.get("messages", UNSET)
        user_messages = src_dict.get("user_messages", UNSET)
        assistant_messages = src_dict.get("assistant_messages", UNSET)
        obj = cls(
            lifetime_tokens,
            input_tokens,
            output_tokens,
            peak_daily_tokens,
            longest_chat_seconds,
            current_streak,
            longest_streak,
            total_chats,
            active_days,
            models_used,
            messages,
            user_messages,
            assistant_messages,
        )
        if len(src_dict) != 0 + (lifetime_tokens is not UNSET) + (input_tokens is not UNSET) + (
            output_tokens is not UNSET
        ) + (peak_daily_tokens is not UNSET) + (longest_chat_seconds is not UNSET) + (
            current_streak is not UNSET
        ) + (longest_streak is not UNSET) + (total_chats is not UNSET) + (
            active_days is not UNSET
        ) + (models_used is not UNSET) + (messages is not UNSET) + (user_messages is not UNSET) + (
            assistant_messages is not UNSET
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
