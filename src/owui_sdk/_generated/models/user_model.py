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
        "email",
        "name",
        "last_active_at",
        "updated_at",
        "created_at",
        "username",
        "role",
        "profile_image_url",
        "profile_banner_image_url",
        "bio",
        "gender",
        "date_of_birth",
        "timezone",
        "presence_state",
        "status_emoji",
        "status_message",
        "status_expires_at",
        "info",
        "settings",
        "oauth",
        "scim",
    }
)


@_attrs_define
class UserModel:
    id: str
    email: str
    name: str
    last_active_at: int
    updated_at: int
    created_at: int
    username: None | str | Unset = UNSET
    role: str | Unset = "pending"
    profile_image_url: None | str | Unset = UNSET
    profile_banner_image_url: None | str | Unset = UNSET
    bio: None | str | Unset = UNSET
    gender: None | str | Unset = UNSET
    date_of_birth: datetime.date | None | Unset = UNSET
    timezone: None | str | Unset = UNSET
    presence_state: None | str | Unset = UNSET
    status_emoji: None | str | Unset = UNSET
    status_message: None | str | Unset = UNSET
    status_expires_at: int | None | Unset = UNSET
    info: dict[str, Any] | None | Unset = UNSET
    settings: None | Unset | UserSettings = UNSET
    oauth: dict[str, Any] | None | Unset = UNSET
    scim: dict[str, Any] | None | Unset = UNSET
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

        settings: dict[str, Any] | None | Unset
        if isinstance(self.settings, Unset):
            settings = UNSET
        elif isinstance(self.settings, UserSettings):
            settings = self.settings.to_dict()
        else:
            settings = self.settings

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": self.id,
            "email": self.email,
            "name": self.name,
            "last_active_at": self.last_active_at,
            "updated_at": self.updated_at,
            "created_at": self.created_at,
        }
        if self.username is not UNSET:
            field_dict["username"] = self.username
        if self.role is not UNSET:
            field_dict["role"] = self.role
        if self.profile_image_url is not UNSET:
            field_dict["profile_image_url"] = self.profile_image_url
        if self.profile_banner_image_url is not UNSET:
            field_dict["profile_banner_image_url"] = self.profile_banner_image_url
        if self.bio is not UNSET:
            field_dict["bio"] = self.bio
        if self.gender is not UNSET:
            field_dict["gender"] = self.gender
        if date_of_birth is not UNSET:
            field_dict["date_of_birth"] = date_of_birth
        if self.timezone is not UNSET:
            field_dict["timezone"] = self.timezone
        if self.presence_state is not UNSET:
            field_dict["presence_state"] = self.presence_state
        if self.status_emoji is not UNSET:
            field_dict["status_emoji"] = self.status_emoji
        if self.status_message is not UNSET:
            field_dict["status_message"] = self.status_message
        if self.status_expires_at is not UNSET:
            field_dict["status_expires_at"] = self.status_expires_at
        if self.info is not UNSET:
            field_dict["info"] = self.info
        if settings is not UNSET:
            field_dict["settings"] = settings
        if self.oauth is not UNSET:
            field_dict["oauth"] = self.oauth
        if self.scim is not UNSET:
            field_dict["scim"] = self.scim
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not UserModel:
            return _rebuilt(cls, UserModel.from_dict(src_dict))
        obj = _new(cls)
        obj.id = src_dict["id"]
        obj.email = src_dict["email"]
        obj.name = src_dict["name"]
        obj.last_active_at = src_dict["last_active_at"]
        obj.updated_at = src_dict["updated_at"]
        obj.created_at = src_dict["created_at"]
        obj.username = username = src_dict.get("username", UNSET)
        obj.role = role = src_dict.get("role", UNSET)
        obj.profile_image_url = profile_image_url = src_dict.get("profile_image_url", UNSET)
        obj.profile_banner_image_url = profile_banner_image_url = src_dict.get(
            "profile_banner_image_url", UNSET
        )
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
        obj.timezone = timezone = src_dict.get("timezone", UNSET)
        obj.presence_state = presence_state = src_dict.get("presence_state", UNSET)
        obj.status_emoji = status_emoji = src_dict.get("status_emoji", UNSET)
        obj.status_message = status_message = src_dict.get("status_message", UNSET)
        obj.status_expires_at = status_expires_at = src_dict.get("status_expires_at", UNSET)
        obj.info = info = src_dict.get("info", UNSET)
        _settings = src_dict.get("settings", UNSET)
        settings: None | Unset | UserSettings
        if _settings is None or isinstance(_settings, Unset):
            settings = _settings
        else:
            if not isinstance(_settings, dict):
                raise TypeError(f"settings: unexpected {type(_settings).__name__}")
            settings_type_0 = UserSettings.from_dict(_settings)

            settings = settings_type_0

        obj.settings = settings
        obj.oauth = oauth = src_dict.get("oauth", UNSET)
        obj.scim = scim = src_dict.get("scim", UNSET)
        if (
            len(src_dict) == 22
            and username is not UNSET
            and role is not UNSET
            and profile_image_url is not UNSET
            and profile_banner_image_url is not UNSET
            and bio is not UNSET
            and gender is not UNSET
            and date_of_birth is not UNSET
            and timezone is not UNSET
            and presence_state is not UNSET
            and status_emoji is not UNSET
            and status_message is not UNSET
            and status_expires_at is not UNSET
            and info is not UNSET
            and settings is not UNSET
            and oauth is not UNSET
            and scim is not UNSET
        ) or len(src_dict) == 6 + (username is not UNSET) + (role is not UNSET) + (
            profile_image_url is not UNSET
        ) + (profile_banner_image_url is not UNSET) + (bio is not UNSET) + (gender is not UNSET) + (
            date_of_birth is not UNSET
        ) + (timezone is not UNSET) + (presence_state is not UNSET) + (
            status_emoji is not UNSET
        ) + (status_message is not UNSET) + (status_expires_at is not UNSET) + (
            info is not UNSET
        ) + (settings is not UNSET) + (oauth is not UNSET) + (scim is not UNSET):
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
from ..models.user_settings import UserSettings
