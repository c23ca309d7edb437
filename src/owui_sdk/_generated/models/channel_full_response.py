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
        "user_id",
        "name",
        "created_at",
        "updated_at",
        "type",
        "description",
        "is_private",
        "data",
        "meta",
        "access_grants",
        "updated_by",
        "archived_at",
        "archived_by",
        "deleted_at",
        "deleted_by",
        "is_manager",
        "write_access",
        "user_count",
        "is_channel_muted",
        "user_ids",
        "users",
        "last_read_at",
        "unread_count",
    }
)


@_attrs_define
class ChannelFullResponse:
    id: str
    user_id: str
    name: str
    created_at: int
    updated_at: int
    type_: None | str | Unset = _attrs_field(default=UNSET, alias="type")
    description: None | str | Unset = UNSET
    is_private: bool | None | Unset = UNSET
    data: dict[str, Any] | None | Unset = UNSET
    meta: dict[str, Any] | None | Unset = UNSET
    access_grants: list[AccessGrantModel] | Unset = UNSET
    updated_by: None | str | Unset = UNSET
    archived_at: int | None | Unset = UNSET
    archived_by: None | str | Unset = UNSET
    deleted_at: int | None | Unset = UNSET
    deleted_by: None | str | Unset = UNSET
    is_manager: bool | Unset = False
    write_access: bool | Unset = False
    user_count: int | None | Unset = UNSET
    is_channel_muted: bool | Unset = False
    user_ids: list[str] | None | Unset = UNSET
    users: list[UserIdNameStatusResponse] | None | Unset = UNSET
    last_read_at: int | None | Unset = UNSET
    unread_count: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        access_grants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.access_grants, Unset):
            access_grants = []
            for access_grants_item_data in self.access_grants:
                access_grants_item = access_grants_item_data.to_dict()
                access_grants.append(access_grants_item)

        users: list[dict[str, Any]] | None | Unset
        if isinstance(self.users, Unset):
            users = UNSET
        elif isinstance(self.users, list):
            users = []
            for users_type_0_item_data in self.users:
                users_type_0_item = users_type_0_item_data.to_dict()
                users.append(users_type_0_item)

        else:
            users = self.users

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": self.id,
            "user_id": self.user_id,
            "name": self.name,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
        }
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_
        if self.description is not UNSET:
            field_dict["description"] = self.description
        if self.is_private is not UNSET:
            field_dict["is_private"] = self.is_private
        if self.data is not UNSET:
            field_dict["data"] = self.data
        if self.meta is not UNSET:
            field_dict["meta"] = self.meta
        if access_grants is not UNSET:
            field_dict["access_grants"] = access_grants
        if self.updated_by is not UNSET:
            field_dict["updated_by"] = self.updated_by
        if self.archived_at is not UNSET:
            field_dict["archived_at"] = self.archived_at
        if self.archived_by is not UNSET:
            field_dict["archived_by"] = self.archived_by
        if self.deleted_at is not UNSET:
            field_dict["deleted_at"] = self.deleted_at
        if self.deleted_by is not UNSET:
            field_dict["deleted_by"] = self.deleted_by
        if self.is_manager is not UNSET:
            field_dict["is_manager"] = self.is_manager
        if self.write_access is not UNSET:
            field_dict["write_access"] = self.write_access
        if self.user_count is not UNSET:
            field_dict["user_count"] = self.user_count
        if self.is_channel_muted is not UNSET:
            field_dict["is_channel_muted"] = self.is_channel_muted
        if self.user_ids is not UNSET:
            field_dict["user_ids"] = self.user_ids
        if users is not UNSET:
            field_dict["users"] = users
        if self.last_read_at is not UNSET:
            field_dict["last_read_at"] = self.last_read_at
        if self.unread_count is not UNSET:
            field_dict["unread_count"] = self.unread_count
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not ChannelFullResponse:
            return _rebuilt(cls, ChannelFullResponse.from_dict(src_dict))
        obj = _new(cls)
        obj.id = src_dict["id"]
        obj.user_id = src_dict["user_id"]
        obj.name = src_dict["name"]
        obj.created_at = src_dict["created_at"]
        obj.updated_at = src_dict["updated_at"]
        obj.type_ = type_ = src_dict.get("type", UNSET)
        obj.description = description = src_dict.get("description", UNSET)
        obj.is_private = is_private = src_dict.get("is_private", UNSET)
        obj.data = data = src_dict.get("data", UNSET)
        obj.meta = meta = src_dict.get("meta", UNSET)
        _access_grants = src_dict.get("access_grants", UNSET)
        access_grants: list[AccessGrantModel] | Unset
        if isinstance(_access_grants, Unset):
            access_grants = UNSET
        else:
            access_grants = list(map(AccessGrantModel.from_dict, _access_grants))

        obj.access_grants = access_grants
        obj.updated_by = updated_by = src_dict.get("updated_by", UNSET)
        obj.archived_at = archived_at = src_dict.get("archived_at", UNSET)
        obj.archived_by = archived_by = src_dict.get("archived_by", UNSET)
        obj.deleted_at = deleted_at = src_dict.get("deleted_at", UNSET)
        obj.deleted_by = deleted_by = src_dict.get("deleted_by", UNSET)
        obj.is_manager = is_manager = src_dict.get("is_manager", UNSET)
        obj.write_access = write_access = src_dict.get("write_access", UNSET)
        obj.user_count = user_count = src_dict.get("user_count", UNSET)
        obj.is_channel_muted = is_channel_muted = src_dict.get("is_channel_muted", UNSET)
        _user_ids = src_dict.get("user_ids", UNSET)
        user_ids: list[str] | None | Unset
        if _user_ids is None or isinstance(_user_ids, Unset):
            user_ids = _user_ids
        else:
            if not isinstance(_user_ids, list):
                raise TypeError(f"user_ids: unexpected {type(_user_ids).__name__}")
            user_ids_type_0 = _user_ids

            user_ids = user_ids_type_0

        obj.user_ids = user_ids
        _users = src_dict.get("users", UNSET)
        users: list[UserIdNameStatusResponse] | None | Unset
        if _users is None or isinstance(_users, Unset):
            users = _users
        else:
            if not isinstance(_users, list):
                raise TypeError(f"users: unexpected {type(_users).__name__}")
            users_type_0 = list(map(UserIdNameStatusResponse.from_dict, _users))

            users = users_type_0

        obj.users = users
        obj.last_read_at = last_read_at = src_dict.get("last_read_at", UNSET)
        obj.unread_count = unread_count = src_dict.get("unread_count", UNSET)
        if (
            len(src_dict) == 24
            and type_ is not UNSET
            and description is not UNSET
            and is_private is not UNSET
            and data is not UNSET
            and meta is not UNSET
            and access_grants is not UNSET
            and updated_by is not UNSET
            and archived_at is not UNSET
            and archived_by is not UNSET
            and deleted_at is not UNSET
            and deleted_by is not UNSET
            and is_manager is not UNSET
            and write_access is not UNSET
            and user_count is not UNSET
            and is_channel_muted is not UNSET
            and user_ids is not UNSET
            and users is not UNSET
            and last_read_at is not UNSET
            and unread_count is not UNSET
        ) or len(src_dict) == 5 + (type_ is not UNSET) + (description is not UNSET) + (
            is_private is not UNSET
        ) + (data is not UNSET) + (meta is not UNSET) + (access_grants is not UNSET) + (
            updated_by is not UNSET
        ) + (archived_at is not UNSET) + (archived_by is not UNSET) + (deleted_at is not UNSET) + (
            deleted_by is not UNSET
        ) + (is_manager is not UNSET) + (write_access is not UNSET) + (user_count is not UNSET) + (
            is_channel_muted is not UNSET
        ) + (user_ids is not UNSET) + (users is not UNSET) + (last_read_at is not UNSET) + (
            unread_count is not UNSET
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
from ..models.access_grant_model import AccessGrantModel
from ..models.user_id_name_status_response import UserIdNameStatusResponse
