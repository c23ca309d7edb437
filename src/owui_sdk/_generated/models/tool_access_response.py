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
        "name",
        "meta",
        "updated_at",
        "created_at",
        "version_id",
        "user_id",
        "access_grants",
        "user",
        "write_access",
    }
)


@_attrs_define
class ToolAccessResponse:
    id: str
    name: str
    meta: ToolMeta
    updated_at: int
    created_at: int
    version_id: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    access_grants: list[AccessGrantModel] | Unset = UNSET
    user: None | Unset | UsersUserResponse = UNSET
    write_access: bool | None | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        meta = self.meta.to_dict()

        access_grants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.access_grants, Unset):
            access_grants = []
            for access_grants_item_data in self.access_grants:
                access_grants_item = access_grants_item_data.to_dict()
                access_grants.append(access_grants_item)

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
            "name": self.name,
            "meta": meta,
            "updated_at": self.updated_at,
            "created_at": self.created_at,
        }
        if self.version_id is not UNSET:
            field_dict["version_id"] = self.version_id
        if self.user_id is not UNSET:
            field_dict["user_id"] = self.user_id
        if access_grants is not UNSET:
            field_dict["access_grants"] = access_grants
        if user is not UNSET:
            field_dict["user"] = user
        if self.write_access is not UNSET:
            field_dict["write_access"] = self.write_access
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not ToolAccessResponse:
            return _rebuilt(cls, ToolAccessResponse.from_dict(src_dict))
        obj = _new(cls)
        obj.id = src_dict["id"]
        obj.name = src_dict["name"]
        meta = ToolMeta.from_dict(src_dict["meta"])

        obj.meta = meta
        obj.updated_at = src_dict["updated_at"]
        obj.created_at = src_dict["created_at"]
        obj.version_id = version_id = src_dict.get("version_id", UNSET)
        obj.user_id = user_id = src_dict.get("user_id", UNSET)
        _access_grants = src_dict.get("access_grants", UNSET)
        access_grants: list[AccessGrantModel] | Unset
        if isinstance(_access_grants, Unset):
            access_grants = UNSET
        else:
            access_grants = list(map(AccessGrantModel.from_dict, _access_grants))

        obj.access_grants = access_grants
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
        obj.write_access = write_access = src_dict.get("write_access", UNSET)
        if (
            len(src_dict) == 10
            and version_id is not UNSET
            and user_id is not UNSET
            and access_grants is not UNSET
            and user is not UNSET
            and write_access is not UNSET
        ) or len(src_dict) == 5 + (version_id is not UNSET) + (user_id is not UNSET) + (
            access_grants is not UNSET
        ) + (user is not UNSET) + (write_access is not UNSET):
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
from ..models.tool_meta import ToolMeta
from ..models.users_user_response import UsersUserResponse
