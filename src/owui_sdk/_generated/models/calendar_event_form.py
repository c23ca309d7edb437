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
        "calendar_id",
        "title",
        "start_at",
        "description",
        "end_at",
        "all_day",
        "rrule",
        "color",
        "location",
        "data",
        "meta",
        "attendees",
    }
)


@_attrs_define
class CalendarEventForm:
    calendar_id: str
    title: str
    start_at: int
    description: None | str | Unset = UNSET
    end_at: int | None | Unset = UNSET
    all_day: bool | Unset = False
    rrule: None | str | Unset = UNSET
    color: None | str | Unset = UNSET
    location: None | str | Unset = UNSET
    data: dict[str, Any] | None | Unset = UNSET
    meta: dict[str, Any] | None | Unset = UNSET
    attendees: list[dict[str, Any]] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "calendar_id": self.calendar_id,
            "title": self.title,
            "start_at": self.start_at,
        }
        if self.description is not UNSET:
            field_dict["description"] = self.description
        if self.end_at is not UNSET:
            field_dict["end_at"] = self.end_at
        if self.all_day is not UNSET:
            field_dict["all_day"] = self.all_day
        if self.rrule is not UNSET:
            field_dict["rrule"] = self.rrule
        if self.color is not UNSET:
            field_dict["color"] = self.color
        if self.location is not UNSET:
            field_dict["location"] = self.location
        if self.data is not UNSET:
            field_dict["data"] = self.data
        if self.meta is not UNSET:
            field_dict["meta"] = self.meta
        if self.attendees is not UNSET:
            field_dict["attendees"] = self.attendees
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not CalendarEventForm:
            return _rebuilt(cls, CalendarEventForm.from_dict(src_dict))
        obj = _new(cls)
        obj.calendar_id = src_dict["calendar_id"]
        obj.title = src_dict["title"]
        obj.start_at = src_dict["start_at"]
        obj.description = description = src_dict.get("description", UNSET)
        obj.end_at = end_at = src_dict.get("end_at", UNSET)
        obj.all_day = all_day = src_dict.get("all_day", UNSET)
        obj.rrule = rrule = src_dict.get("rrule", UNSET)
        obj.color = color = src_dict.get("color", UNSET)
        obj.location = location = src_dict.get("location", UNSET)
        obj.data = data = src_dict.get("data", UNSET)
        obj.meta = meta = src_dict.get("meta", UNSET)
        _attendees = src_dict.get("attendees", UNSET)
        attendees: list[dict[str, Any]] | None | Unset
        if _attendees is None or isinstance(_attendees, Unset):
            attendees = _attendees
        else:
            if not isinstance(_attendees, list):
                raise TypeError(f"attendees: unexpected {type(_attendees).__name__}")
            attendees_type_0 = _attendees

            attendees = attendees_type_0

        obj.attendees = attendees
        if (
            len(src_dict) == 12
            and description is not UNSET
            and end_at is not UNSET
            and all_day is not UNSET
            and rrule is not UNSET
            and color is not UNSET
            and location is not UNSET
            and data is not UNSET
            and meta is not UNSET
            and attendees is not UNSET
        ) or len(src_dict) == 3 + (description is not UNSET) + (end_at is not UNSET) + (
            all_day is not UNSET
        ) + (rrule is not UNSET) + (color is not UNSET) + (location is not UNSET) + (
            data is not UNSET
        ) + (meta is not UNSET) + (attendees is not UNSET):
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
