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
        "type",
        "enabled",
        "events",
        "delivery",
        "config",
    }
)


@_attrs_define
class NotificationTargetForm:
    id: None | str | Unset = UNSET
    type_: None | str | Unset = _attrs_field(default=UNSET, alias="type")
    enabled: bool | None | Unset = UNSET
    events: list[str] | None | Unset = UNSET
    delivery: None | str | Unset = UNSET
    config: dict[str, Any] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_
        if self.enabled is not UNSET:
            field_dict["enabled"] = self.enabled
        if self.events is not UNSET:
            field_dict["events"] = self.events
        if self.delivery is not UNSET:
            field_dict["delivery"] = self.delivery
        if self.config is not UNSET:
            field_dict["config"] = self.config
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not NotificationTargetForm:
            return _rebuilt(cls, NotificationTargetForm.from_dict(src_dict))
        obj = _new(cls)
        obj.id = id = src_dict.get("id", UNSET)
        obj.type_ = type_ = src_dict.get("type", UNSET)
        obj.enabled = enabled = src_dict.get("enabled", UNSET)
        _events = src_dict.get("events", UNSET)
        events: list[str] | None | Unset
        if _events is None or isinstance(_events, Unset):
            events = _events
        else:
            if not isinstance(_events, list):
                raise TypeError(f"events: unexpected {type(_events).__name__}")
            events_type_0 = _events

            events = events_type_0

        obj.events = events
        obj.delivery = delivery = src_dict.get("delivery", UNSET)
        obj.config = config = src_dict.get("config", UNSET)
        if (
            len(src_dict) == 6
            and id is not UNSET
            and type_ is not UNSET
            and enabled is not UNSET
            and events is not UNSET
            and delivery is not UNSET
            and config is not UNSET
        ) or len(src_dict) == 0 + (id is not UNSET) + (type_ is not UNSET) + (
            enabled is not UNSET
        ) + (events is not UNSET) + (delivery is not UNSET) + (config is not UNSET):
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
