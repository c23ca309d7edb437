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
        "url",
        "name",
        "enabled",
        "events",
        "targets",
    }
)


@_attrs_define
class EventWebhookForm:
    url: str
    name: None | str | Unset = UNSET
    enabled: bool | Unset = True
    events: list[str] | None | Unset = UNSET
    targets: list[EventWebhookFormTargetsType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        targets: list[dict[str, Any]] | None | Unset
        if isinstance(self.targets, Unset):
            targets = UNSET
        elif isinstance(self.targets, list):
            targets = []
            for targets_type_0_item_data in self.targets:
                targets_type_0_item = targets_type_0_item_data.to_dict()
                targets.append(targets_type_0_item)

        else:
            targets = self.targets

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "url": self.url,
        }
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.enabled is not UNSET:
            field_dict["enabled"] = self.enabled
        if self.events is not UNSET:
            field_dict["events"] = self.events
        if targets is not UNSET:
            field_dict["targets"] = targets
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not EventWebhookForm:
            return _rebuilt(cls, EventWebhookForm.from_dict(src_dict))
        obj = _new(cls)
        obj.url = src_dict["url"]
        obj.name = name = src_dict.get("name", UNSET)
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
        _targets = src_dict.get("targets", UNSET)
        targets: list[EventWebhookFormTargetsType0Item] | None | Unset
        if _targets is None or isinstance(_targets, Unset):
            targets = _targets
        else:
            if not isinstance(_targets, list):
                raise TypeError(f"targets: unexpected {type(_targets).__name__}")
            targets_type_0 = list(map(EventWebhookFormTargetsType0Item.from_dict, _targets))

            targets = targets_type_0

        obj.targets = targets
        if (
            len(src_dict) == 5
            and name is not UNSET
            and enabled is not UNSET
            and events is not UNSET
            and targets is not UNSET
        ) or len(src_dict) == 1 + (name is not UNSET) + (enabled is not UNSET) + (
            events is not UNSET
        ) + (targets is not UNSET):
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
from ..models.event_webhook_form_targets_type_0_item import EventWebhookFormTargetsType0Item
