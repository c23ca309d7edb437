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
        "channel_id",
        "user_id",
        "name",
        "token",
        "created_at",
        "updated_at",
        "profile_image_url",
        "last_used_at",
    }
)


@_attrs_define
class ChannelWebhookModel:
    id: str
    channel_id: str
    user_id: str
    name: str
    token: str
    created_at: int
    updated_at: int
    profile_image_url: None | str | Unset = UNSET
    last_used_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": self.id,
            "channel_id": self.channel_id,
            "user_id": self.user_id,
            "name": self.name,
            "token": self.token,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
        }
        if self.profile_image_url is not UNSET:
            field_dict["profile_image_url"] = self.profile_image_url
        if self.last_used_at is not UNSET:
            field_dict["last_used_at"] = self.last_used_at
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not ChannelWebhookModel:
            return _rebuilt(cls, ChannelWebhookModel.from_dict(src_dict))
        obj = _new(cls)
        obj.id = src_dict["id"]
        obj.channel_id = src_dict["channel_id"]
        obj.user_id = src_dict["user_id"]
        obj.name = src_dict["name"]
        obj.token = src_dict["token"]
        obj.created_at = src_dict["created_at"]
        obj.updated_at = src_dict["updated_at"]
        obj.profile_image_url = profile_image_url = src_dict.get("profile_image_url", UNSET)
        obj.last_used_at = last_used_at = src_dict.get("last_used_at", UNSET)
        if (
            len(src_dict) == 9 and profile_image_url is not UNSET and last_used_at is not UNSET
        ) or len(src_dict) == 7 + (profile_image_url is not UNSET) + (last_used_at is not UNSET):
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
