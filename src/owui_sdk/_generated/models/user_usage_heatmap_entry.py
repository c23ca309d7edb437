from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

# The JSON keys this model declares; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(
    {
        "date",
        "messages",
        "chats",
        "tokens",
        "models",
    }
)


@_attrs_define
class UserUsageHeatmapEntry:
    date: str
    messages: int | Unset = 0
    chats: int | Unset = 0
    tokens: int | Unset = 0
    models: UserUsageHeatmapEntryModels | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        date = self.date

        messages = self.messages

        chats = self.chats

        tokens = self.tokens

        models: dict[str, Any] | Unset = UNSET
        if not isinstance(self.models, Unset):
            models = self.models.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["date"] = date
        if messages is not UNSET:
            field_dict["messages"] = messages
        if chats is not UNSET:
            field_dict["chats"] = chats
        if tokens is not UNSET:
            field_dict["tokens"] = tokens
        if models is not UNSET:
            field_dict["models"] = models
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        date = src_dict["date"]
        messages = src_dict.get("messages", UNSET)
        chats = src_dict.get("chats", UNSET)
        tokens = src_dict.get("tokens", UNSET)
        _models = src_dict.get("models", UNSET)
        models: UserUsageHeatmapEntryModels | Unset
        if isinstance(_models, Unset):
            models = UNSET
        else:
            models = UserUsageHeatmapEntryModels.from_dict(_models)

        obj = cls(
            date,
            messages,
            chats,
            tokens,
            models,
        )
        if len(src_dict) != 1 + (messages is not UNSET) + (chats is not UNSET) + (
            tokens is not UNSET
        ) + (models is not UNSET):
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
from ..models.user_usage_heatmap_entry_models import UserUsageHeatmapEntryModels
