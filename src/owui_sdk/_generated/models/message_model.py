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
        "content",
        "created_at",
        "updated_at",
        "etag",
        "user_id",
        "app_id",
        "channel_id",
        "reply_to_id",
        "parent_id",
        "is_pinned",
        "pinned_by",
        "pinned_at",
        "data",
        "meta",
    }
)


@_attrs_define
class MessageModel:
    id: str
    content: str
    created_at: int
    updated_at: int
    etag: str
    user_id: None | str | Unset = UNSET
    app_id: None | str | Unset = UNSET
    channel_id: None | str | Unset = UNSET
    reply_to_id: None | str | Unset = UNSET
    parent_id: None | str | Unset = UNSET
    is_pinned: bool | Unset = False
    pinned_by: None | str | Unset = UNSET
    pinned_at: int | None | Unset = UNSET
    data: dict[str, Any] | None | Unset = UNSET
    meta: dict[str, Any] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        id = self.id

        content = self.content

        created_at = self.created_at

        updated_at = self.updated_at

        etag = self.etag

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        app_id: None | str | Unset
        if isinstance(self.app_id, Unset):
            app_id = UNSET
        else:
            app_id = self.app_id

        channel_id: None | str | Unset
        if isinstance(self.channel_id, Unset):
            channel_id = UNSET
        else:
            channel_id = self.channel_id

        reply_to_id: None | str | Unset
        if isinstance(self.reply_to_id, Unset):
            reply_to_id = UNSET
        else:
            reply_to_id = self.reply_to_id

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        is_pinned = self.is_pinned

        pinned_by: None | str | Unset
        if isinstance(self.pinned_by, Unset):
            pinned_by = UNSET
        else:
            pinned_by = self.pinned_by

        pinned_at: int | None | Unset
        if isinstance(self.pinned_at, Unset):
            pinned_at = UNSET
        else:
            pinned_at = self.pinned_at

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["content"] = content
        field_dict["created_at"] = created_at
        field_dict["updated_at"] = updated_at
        field_dict["etag"] = etag
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if channel_id is not UNSET:
            field_dict["channel_id"] = channel_id
        if reply_to_id is not UNSET:
            field_dict["reply_to_id"] = reply_to_id
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if is_pinned is not UNSET:
            field_dict["is_pinned"] = is_pinned
        if pinned_by is not UNSET:
            field_dict["pinned_by"] = pinned_by
        if pinned_at is not UNSET:
            field_dict["pinned_at"] = pinned_at
        if data is not UNSET:
            field_dict["data"] = data
        if meta is not UNSET:
            field_dict["meta"] = meta
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        id = src_dict["id"]
        content = src_dict["content"]
        created_at = src_dict["created_at"]
        updated_at = src_dict["updated_at"]
        etag = src_dict["etag"]
        user_id = src_dict.get("user_id", UNSET)

        app_id = src_dict.get("app_id", UNSET)

        channel_id = src_dict.get("channel_id", UNSET)

        reply_to_id = src_dict.get("reply_to_id", UNSET)

        parent_id = src_dict.get("parent_id", UNSET)

        is_pinned = src_dict.get("is_pinned", UNSET)
        pinned_by = src_dict.get("pinned_by", UNSET)

        pinned_at = src_dict.get("pinned_at", UNSET)

        data = src_dict.get("data", UNSET)

        meta = src_dict.get("meta", UNSET)

        obj = cls(
            id,
            content,
            created_at,
            updated_at,
            etag,
            user_id,
            app_id,
            channel_id,
            reply_to_id,
            parent_id,
            is_pinned,
            pinned_by,
            pinned_at,
            data,
            meta,
        )
        if len(src_dict) != 5 + (user_id is not UNSET) + (app_id is not UNSET) + (
            channel_id is not UNSET
        ) + (reply_to_id is not UNSET) + (parent_id is not UNSET) + (is_pinned is not UNSET) + (
            pinned_by is not UNSET
        ) + (pinned_at is not UNSET) + (data is not UNSET) + (meta is not UNSET):
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
