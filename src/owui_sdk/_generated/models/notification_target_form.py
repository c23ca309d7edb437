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
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        events: list[str] | None | Unset
        if isinstance(self.events, Unset):
            events = UNSET
        elif isinstance(self.events, list):
            events = self.events

        else:
            events = self.events

        delivery: None | str | Unset
        if isinstance(self.delivery, Unset):
            delivery = UNSET
        else:
            delivery = self.delivery

        config: dict[str, Any] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        else:
            config = self.config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if events is not UNSET:
            field_dict["events"] = events
        if delivery is not UNSET:
            field_dict["delivery"] = delivery
        if config is not UNSET:
            field_dict["config"] = config
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        id = src_dict.get("id", UNSET)

        type_ = src_dict.get("type", UNSET)

        enabled = src_dict.get("enabled", UNSET)

        _events = src_dict.get("events", UNSET)
        events: list[str] | None | Unset
        if _events is None or isinstance(_events, Unset):
            events = _events
        else:
            if not isinstance(_events, list):
                raise TypeError(f"events: unexpected {type(_events).__name__}")
            events_type_0 = _events

            events = events_type_0

        delivery = src_dict.get("delivery", UNSET)

        config = src_dict.get("config", UNSET)

        obj = cls(
            id,
            type_,
            enabled,
            events,
            delivery,
            config,
        )
        if len(src_dict) != 0 + (id is not UNSET) + (type_ is not UNSET) + (
            enabled is not UNSET
        ) + (events is not UNSET) + (delivery is not UNSET) + (config is not UNSET):
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
