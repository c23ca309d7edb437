from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        id = self.id

        name = self.name

        role = self.role

        email = self.email

        profile_image_url = self.profile_image_url

        token = self.token

        token_type = self.token_type

        status_emoji: None | str | Unset
        if isinstance(self.status_emoji, Unset):
            status_emoji = UNSET
        else:
            status_emoji = self.status_emoji

        status_message: None | str | Unset
        if isinstance(self.status_message, Unset):
            status_message = UNSET
        else:
            status_message = self.status_message

        status_expires_at: int | None | Unset
        if isinstance(self.status_expires_at, Unset):
            status_expires_at = UNSET
        else:
            status_expires_at = self.status_expires_at

        expires_at: int | None | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = self.expires_at

        permissions: dict[str, Any] | None | Unset
        if isinstance(self.permissions, Unset):
            permissions = UNSET
        else:
            permissions = self.permissions

        bio: None | str | Unset
        if isinstance(self.bio, Unset):
            bio = UNSET
        else:
            bio = self.bio

        gender: None | str | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        else:
            gender = self.gender

        date_of_birth: None | str | Unset
        if isinstance(self.date_of_birth, Unset):
            date_of_birth = UNSET
        elif isinstance(self.date_of_birth, datetime.date):
            date_of_birth = self.date_of_birth.isoformat()
        else:
            date_of_birth = self.date_of_birth

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["name"] = name
        field_dict["role"] = role
        field_dict["email"] = email
        field_dict["profile_image_url"] = profile_image_url
        field_dict["token"] = token
        field_dict["token_type"] = token_type
        if status_emoji is not UNSET:
            field_dict["status_emoji"] = status_emoji
        if status_message is not UNSET:
            field_dict["status_message"] = status_message
        if status_expires_at is not UNSET:
            field_dict["status_expires_at"] = status_expires_at
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if bio is not UNSET:
            field_dict["bio"] = bio
        if gender is not UNSET:
            field_dict["gender"] = gender
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
        id = src_dict["id"]
        name = src_dict["name"]
        role = src_dict["role"]
        email = src_dict["email"]
        profile_image_url = src_dict["profile_image_url"]
        token = src_dict["token"]
        token_type = src_dict["token_type"]
        status_emoji = src_dict.get("status_emoji", UNSET)

        status_message = src_dict.get("status_message", UNSET)

        status_expires_at = src_dict.get("status_expires_at", UNSET)

        expires_at = src_dict.get("expires_at", UNSET)

        permissions = src_dict.get("permissions", UNSET)

        bio = src_dict.get("bio", UNSET)

        gender = src_dict.get("gender", UNSET)

        _date_of_birth = src_dict.get("date_of_birth", UNSET)
        date_of_birth: datetime.date | None | Unset
        if _date_of_birth is None or isinstance(_date_of_birth, Unset):
            date_of_birth = _date_of_birth
        else:
            if not isinstance(_date_of_birth, str):
                raise TypeError(f"date_of_birth: unexpected {type(_date_of_birth).__name__}")
            date_of_birth_type_0 = datetime.date.fromisoformat(_date_of_birth)

            date_of_birth = date_of_birth_type_0

        obj = cls(
            id,
            name,
            role,
            email,
            profile_image_url,
            token,
            token_type,
            status_emoji,
            status_message,
            status_expires_at,
            expires_at,
            permissions,
            bio,
            gender,
            date_of_birth,
        )
        if len(src_dict) != 7 + (status_emoji is not UNSET) + (status_message is not UNSET) + (
            status_expires_at is not UNSET
        ) + (expires_at is not UNSET) + (permissions is not UNSET) + (bio is not UNSET) + (
            gender is not UNSET
        ) + (date_of_birth is not UNSET):
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
