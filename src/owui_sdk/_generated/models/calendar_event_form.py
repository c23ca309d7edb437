from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        calendar_id = self.calendar_id

        title = self.title

        start_at = self.start_at

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        end_at: int | None | Unset
        if isinstance(self.end_at, Unset):
            end_at = UNSET
        else:
            end_at = self.end_at

        all_day = self.all_day

        rrule: None | str | Unset
        if isinstance(self.rrule, Unset):
            rrule = UNSET
        else:
            rrule = self.rrule

        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        else:
            data = self.data

        meta: dict[str, Any] | None | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        else:
            meta = self.meta

        attendees: list[dict[str, Any]] | None | Unset
        if isinstance(self.attendees, Unset):
            attendees = UNSET
        elif isinstance(self.attendees, list):
            attendees = self.attendees

        else:
            attendees = self.attendees

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["calendar_id"] = calendar_id
        field_dict["title"] = title
        field_dict["start_at"] = start_at
        if description is not UNSET:
            field_dict["description"] = description
        if end_at is not UNSET:
            field_dict["end_at"] = end_at
        if all_day is not UNSET:
            field_dict["all_day"] = all_day
        if rrule is not UNSET:
            field_dict["rrule"] = rrule
        if color is not UNSET:
            field_dict["color"] = color
        if location is not UNSET:
            field_dict["location"] = location
        if data is not UNSET:
            field_dict["data"] = data
        if meta is not UNSET:
            field_dict["meta"] = meta
        if attendees is not UNSET:
            field_dict["attendees"] = attendees
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        calendar_id = src_dict["calendar_id"]
        title = src_dict["title"]
        start_at = src_dict["start_at"]
        description = src_dict.get("description", UNSET)

        end_at = src_dict.get("end_at", UNSET)

        all_day = src_dict.get("all_day", UNSET)
        rrule = src_dict.get("rrule", UNSET)

        color = src_dict.get("color", UNSET)

        location = src_dict.get("location", UNSET)

        data = src_dict.get("data", UNSET)

        meta = src_dict.get("meta", UNSET)

        _attendees = src_dict.get("attendees", UNSET)
        attendees: list[dict[str, Any]] | None | Unset
        if _attendees is None or isinstance(_attendees, Unset):
            attendees = _attendees
        else:
            if not isinstance(_attendees, list):
                raise TypeError(f"attendees: unexpected {type(_attendees).__name__}")
            attendees_type_0 = _attendees

            attendees = attendees_type_0

        obj = cls(
            calendar_id,
            title,
            start_at,
            description,
            end_at,
            all_day,
            rrule,
            color,
            location,
            data,
            meta,
            attendees,
        )
        if len(src_dict) != 3 + (description is not UNSET) + (end_at is not UNSET) + (
            all_day is not UNSET
        ) + (rrule is not UNSET) + (color is not UNSET) + (location is not UNSET) + (
            data is not UNSET
        ) + (meta is not UNSET) + (attendees is not UNSET):
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
