from __future__ import annotations

import datetime
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
        "name",
        "role",
        "email",
        "profile_image_url",
        "token",
        "token_type",
        "status_emoji",
        "status_message",
        "status_expires_at",
        "expires_at",
        "permissions",
        "bio",
        "gender",
        "date_of_birth",
    }
)


@_attrs_define
class SessionUserInfoResponse:
    id: str
    name: str
    role: str
    email: str
    profile_image_url: str
    token: str
    token_type: str
    status_emoji: None | str | Unset = UNSET
    status_message: None | str | Unset = UNSET
    status_expires_at: int | None | Unset = UNSET
    expires_at: int | None | Unset = UNSET
    permissions: dict[str, Any] | None | Unset = UNSET
    bio: None | str | Unset = UNSET
    gender: None | str | Unset = UNSET
    date_of_birth: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        date_of_birth: None | str | Unset
        if isinstance(self.date_of_birth, Unset):
            date_of_birth = UNSET
        elif isinstance(self.date_of_birth, datetime.date):
            date_of_birth = self.date_of_birth.isoformat()
        else:
            date_of_birth = self.date_of_birth

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": self.id,
            "name": self.name,
            "role": self.role,
            "email": self.email,
            "profile_image_url": self.profile_image_url,
            "token": self.token,
            "token_type": self.token_type,
        }
        if self.status_emoji is not UNSET:
            field_dict["status_emoji"] = self.status_emoji
        if self.status_message is not UNSET:
            field_dict["status_message"] = self.status_message
        if self.status_expires_at is not UNSET:
            field_dict["status_expires_at"] = self.status_expires_at
        if self.expires_at is not UNSET:
            field_dict["expires_at"] = self.expires_at
        if self.permissions is not UNSET:
            field_dict["permissions"] = self.permissions
        if self.bio is not UNSET:
            field_dict["bio"] = self.bio
        if self.gender is not UNSET:
            field_dict["gender"] = self.gender
        if date_of_birth is not UNSET:
            field_dict["date_of_birth"] = date_of_birth
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not SessionUserInfoResponse:
            return _rebuilt(cls, SessionUserInfoResponse.from_dict(src_dict))
        obj = _new(cls)
        obj.id = src_dict["id"]
        obj.name = src_dict["name"]
        obj.role = src_dict["role"]
        obj.email = src_dict["email"]
        obj.profile_image_url = src_dict["profile_image_url"]
        obj.token = src_dict["token"]
        obj.token_type = src_dict["token_type"]
        obj.status_emoji = status_emoji = src_dict.get("status_emoji", UNSET)
        obj.status_message = status_message = src_dict.get("status_message", UNSET)
        obj.status_expires_at = status_expires_at = src_dict.get("status_expires_at", UNSET)
        obj.expires_at = expires_at = src_dict.get("expires_at", UNSET)
        obj.permissions = permissions = src_dict.get("permissions", UNSET)
        obj.bio = bio = src_dict.get("bio", UNSET)
        obj.gender = gender = src_dict.get("gender", UNSET)
        _date_of_birth = src_dict.get("date_of_birth", UNSET)
        date_of_birth: datetime.date | None | Unset
        if _date_of_birth is None or isinstance(_date_of_birth, Unset):
            date_of_birth = _date_of_birth
        else:
            if not isinstance(_date_of_birth, str):
                raise TypeError(f"date_of_birth: unexpected {type(_date_of_birth).__name__}")
            date_of_birth_type_0 = datetime.date.fromisoformat(_date_of_birth)

            date_of_birth = date_of_birth_type_0

        obj.date_of_birth = date_of_birth
        if (
            len(src_dict) == 15
            and status_emoji is not UNSET
            and status_message is not UNSET
            and status_expires_at is not UNSET
            and expires_at is not UNSET
            and permissions is not UNSET
            and bio is not UNSET
            and gender is not UNSET
            and date_of_birth is not UNSET
        ) or len(src_dict) == 7 + (status_emoji is not UNSET) + (status_message is not UNSET) + (
            status_expires_at is not UNSET
        ) + (expires_at is not UNSET) + (permissions is not UNSET) + (bio is not UNSET) + (
            gender is not UNSET
        ) + (date_of_birth is not UNSET):
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
