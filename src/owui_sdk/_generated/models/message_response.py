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
        "content",
        "created_at",
        "updated_at",
        "latest_reply_at",
        "reply_count",
        "reactions",
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
        "user",
        "reply_to_message",
    }
)


@_attrs_define
class MessageResponse:
    id: str
    content: str
    created_at: int
    updated_at: int
    latest_reply_at: int | None
    reply_count: int
    reactions: list[Reactions]
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
    user: None | Unset | UserNameResponse = UNSET
    reply_to_message: MessageUserSlimResponse | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        reactions = []
        for reactions_item_data in self.reactions:
            reactions_item = reactions_item_data.to_dict()
            reactions.append(reactions_item)

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, UserNameResponse):
            user = self.user.to_dict()
        else:
            user = self.user

        reply_to_message: dict[str, Any] | None | Unset
        if isinstance(self.reply_to_message, Unset):
            reply_to_message = UNSET
        elif isinstance(self.reply_to_message, MessageUserSlimResponse):
            reply_to_message = self.reply_to_message.to_dict()
        else:
            reply_to_message = self.reply_to_message

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": self.id,
            "content": self.content,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "latest_reply_at": self.latest_reply_at,
            "reply_count": self.reply_count,
            "reactions": reactions,
            "etag": self.etag,
        }
        if self.user_id is not UNSET:
            field_dict["user_id"] = self.user_id
        if self.app_id is not UNSET:
            field_dict["app_id"] = self.app_id
        if self.channel_id is not UNSET:
            field_dict["channel_id"] = self.channel_id
        if self.reply_to_id is not UNSET:
            field_dict["reply_to_id"] = self.reply_to_id
        if self.parent_id is not UNSET:
            field_dict["parent_id"] = self.parent_id
        if self.is_pinned is not UNSET:
            field_dict["is_pinned"] = self.is_pinned
        if self.pinned_by is not UNSET:
            field_dict["pinned_by"] = self.pinned_by
        if self.pinned_at is not UNSET:
            field_dict["pinned_at"] = self.pinned_at
        if self.data is not UNSET:
            field_dict["data"] = self.data
        if self.meta is not UNSET:
            field_dict["meta"] = self.meta
        if user is not UNSET:
            field_dict["user"] = user
        if reply_to_message is not UNSET:
            field_dict["reply_to_message"] = reply_to_message
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not MessageResponse:
            return _rebuilt(cls, MessageResponse.from_dict(src_dict))
        obj = _new(cls)
        obj.id = src_dict["id"]
        obj.content = src_dict["content"]
        obj.created_at = src_dict["created_at"]
        obj.updated_at = src_dict["updated_at"]
        obj.latest_reply_at = src_dict["latest_reply_at"]
        obj.reply_count = src_dict["reply_count"]
        reactions = list(map(Reactions.from_dict, src_dict["reactions"]))

        obj.reactions = reactions
        obj.etag = src_dict["etag"]
        obj.user_id = user_id = src_dict.get("user_id", UNSET)
        obj.app_id = app_id = src_dict.get("app_id", UNSET)
        obj.channel_id = channel_id = src_dict.get("channel_id", UNSET)
        obj.reply_to_id = reply_to_id = src_dict.get("reply_to_id", UNSET)
        obj.parent_id = parent_id = src_dict.get("parent_id", UNSET)
        obj.is_pinned = is_pinned = src_dict.get("is_pinned", UNSET)
        obj.pinned_by = pinned_by = src_dict.get("pinned_by", UNSET)
        obj.pinned_at = pinned_at = src_dict.get("pinned_at", UNSET)
        obj.data = data = src_dict.get("data", UNSET)
        obj.meta = meta = src_dict.get("meta", UNSET)
        _user = src_dict.get("user", UNSET)
        user: None | Unset | UserNameResponse
        if _user is None or isinstance(_user, Unset):
            user = _user
        else:
            if not isinstance(_user, dict):
                raise TypeError(f"user: unexpected {type(_user).__name__}")
            user_type_0 = UserNameResponse.from_dict(_user)

            user = user_type_0

        obj.user = user
        _reply_to_message = src_dict.get("reply_to_message", UNSET)
        reply_to_message: MessageUserSlimResponse | None | Unset
        if _reply_to_message is None or isinstance(_reply_to_message, Unset):
            reply_to_message = _reply_to_message
        else:
            if not isinstance(_reply_to_message, dict):
                raise TypeError(f"reply_to_message: unexpected {type(_reply_to_message).__name__}")
            reply_to_message_type_0 = MessageUserSlimResponse.from_dict(_reply_to_message)

            reply_to_message = reply_to_message_type_0

        obj.reply_to_message = reply_to_message
        if (
            len(src_dict) == 20
            and user_id is not UNSET
            and app_id is not UNSET
            and channel_id is not UNSET
            and reply_to_id is not UNSET
            and parent_id is not UNSET
            and is_pinned is not UNSET
            and pinned_by is not UNSET
            and pinned_at is not UNSET
            and data is not UNSET
            and meta is not UNSET
            and user is not UNSET
            and reply_to_message is not UNSET
        ) or len(src_dict) == 8 + (user_id is not UNSET) + (app_id is not UNSET) + (
            channel_id is not UNSET
        ) + (reply_to_id is not UNSET) + (parent_id is not UNSET) + (is_pinned is not UNSET) + (
            pinned_by is not UNSET
        ) + (pinned_at is not UNSET) + (data is not UNSET) + (meta is not UNSET) + (
            user is not UNSET
        ) + (reply_to_message is not UNSET):
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
from ..models.message_user_slim_response import MessageUserSlimResponse
from ..models.reactions import Reactions
from ..models.user_name_response import UserNameResponse
