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
        "calendar_id",
        "user_id",
        "title",
        "start_at",
        "created_at",
        "updated_at",
        "description",
        "end_at",
        "all_day",
        "rrule",
        "color",
        "location",
        "data",
        "meta",
        "is_cancelled",
        "attendees",
        "user",
    }
)


@_attrs_define
class CalendarEventUserResponse:
    id: str
    calendar_id: str
    user_id: str
    title: str
    start_at: int
    created_at: int
    updated_at: int
    description: None | str | Unset = UNSET
    end_at: int | None | Unset = UNSET
    all_day: bool | Unset = False
    rrule: None | str | Unset = UNSET
    color: None | str | Unset = UNSET
    location: None | str | Unset = UNSET
    data: dict[str, Any] | None | Unset = UNSET
    meta: dict[str, Any] | None | Unset = UNSET
    is_cancelled: bool | Unset = False
    attendees: list[CalendarEventAttendeeModel] | Unset = UNSET
    user: None | Unset | UsersUserResponse = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        attendees: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attendees, Unset):
            attendees = []
            for attendees_item_data in self.attendees:
                attendees_item = attendees_item_data.to_dict()
                attendees.append(attendees_item)

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, UsersUserResponse):
            user = self.user.to_dict()
        else:
            user = self.user

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": self.id,
            "calendar_id": self.calendar_id,
            "user_id": self.user_id,
            "title": self.title,
            "start_at": self.start_at,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
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
        if self.is_cancelled is not UNSET:
            field_dict["is_cancelled"] = self.is_cancelled
        if attendees is not UNSET:
            field_dict["attendees"] = attendees
        if user is not UNSET:
            field_dict["user"] = user
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not CalendarEventUserResponse:
            return _rebuilt(cls, CalendarEventUserResponse.from_dict(src_dict))
        obj = _new(cls)
        obj.id = src_dict["id"]
        obj.calendar_id = src_dict["calendar_id"]
        obj.user_id = src_dict["user_id"]
        obj.title = src_dict["title"]
        obj.start_at = src_dict["start_at"]
        obj.created_at = src_dict["created_at"]
        obj.updated_at = src_dict["updated_at"]
        obj.description = description = src_dict.get("description", UNSET)
        obj.end_at = end_at = src_dict.get("end_at", UNSET)
        obj.all_day = all_day = src_dict.get("all_day", UNSET)
        obj.rrule = rrule = src_dict.get("rrule", UNSET)
        obj.color = color = src_dict.get("color", UNSET)
        obj.location = location = src_dict.get("location", UNSET)
        obj.data = data = src_dict.get("data", UNSET)
        obj.meta = meta = src_dict.get("meta", UNSET)
        obj.is_cancelled = is_cancelled = src_dict.get("is_cancelled", UNSET)
        _attendees = src_dict.get("attendees", UNSET)
        attendees: list[CalendarEventAttendeeModel] | Unset
        if isinstance(_attendees, Unset):
            attendees = UNSET
        else:
            attendees = list(map(CalendarEventAttendeeModel.from_dict, _attendees))

        obj.attendees = attendees
        _user = src_dict.get("user", UNSET)
        user: None | Unset | UsersUserResponse
        if _user is None or isinstance(_user, Unset):
            user = _user
        else:
            if not isinstance(_user, dict):
                raise TypeError(f"user: unexpected {type(_user).__name__}")
            user_type_0 = UsersUserResponse.from_dict(_user)

            user = user_type_0

        obj.user = user
        if (
            len(src_dict) == 18
            and description is not UNSET
            and end_at is not UNSET
            and all_day is not UNSET
            and rrule is not UNSET
            and color is not UNSET
            and location is not UNSET
            and data is not UNSET
            and meta is not UNSET
            and is_cancelled is not UNSET
            and attendees is not UNSET
            and user is not UNSET
        ) or len(src_dict) == 7 + (description is not UNSET) + (end_at is not UNSET) + (
            all_day is not UNSET
        ) + (rrule is not UNSET) + (color is not UNSET) + (location is not UNSET) + (
            data is not UNSET
        ) + (meta is not UNSET) + (is_cancelled is not UNSET) + (attendees is not UNSET) + (
            user is not UNSET
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


# Imported last, not first: models refer to each other in cycles, and by now this module's
# class exists for any module in the cycle that imports it back.
from ..models.calendar_event_attendee_model import CalendarEventAttendeeModel
from ..models.users_user_response import UsersUserResponse
