from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._types import _new, _rebuilt

# The JSON keys this model declares; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(
    {
        "average_response_time",
        "average_user_message_content_length",
        "average_assistant_message_content_length",
        "models",
        "message_count",
        "history_models",
        "history_message_count",
        "history_user_message_count",
        "history_assistant_message_count",
    }
)


@_attrs_define
class AggregateChatStats:
    average_response_time: float
    average_user_message_content_length: float
    average_assistant_message_content_length: float
    models: AggregateChatStatsModels
    message_count: int
    history_models: AggregateChatStatsHistoryModels
    history_message_count: int
    history_user_message_count: int
    history_assistant_message_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        models = self.models.to_dict()

        history_models = self.history_models.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "average_response_time": self.average_response_time,
            "average_user_message_content_length": self.average_user_message_content_length,
            "average_assistant_message_content_length": self.average_assistant_message_content_length,
            "models": models,
            "message_count": self.message_count,
            "history_models": history_models,
            "history_message_count": self.history_message_count,
            "history_user_message_count": self.history_user_message_count,
            "history_assistant_message_count": self.history_assistant_message_count,
        }
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not AggregateChatStats:
            return _rebuilt(cls, AggregateChatStats.from_dict(src_dict))
        obj = _new(cls)
        obj.average_response_time = src_dict["average_response_time"]
        obj.average_user_message_content_length = src_dict["average_user_message_content_length"]
        obj.average_assistant_message_content_length = src_dict[
            "average_assistant_message_content_length"
        ]
        models = AggregateChatStatsModels.from_dict(src_dict["models"])

        obj.models = models
        obj.message_count = src_dict["message_count"]
        history_models = AggregateChatStatsHistoryModels.from_dict(src_dict["history_models"])

        obj.history_models = history_models
        obj.history_message_count = src_dict["history_message_count"]
        obj.history_user_message_count = src_dict["history_user_message_count"]
        obj.history_assistant_message_count = src_dict["history_assistant_message_count"]
        if len(src_dict) == 9:
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
from ..models.aggregate_chat_stats_history_models import AggregateChatStatsHistoryModels
from ..models.aggregate_chat_stats_models import AggregateChatStatsModels
