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
        "command",
        "user_id",
        "name",
        "content",
        "id",
        "data",
        "meta",
        "tags",
        "is_active",
        "version_id",
        "created_at",
        "updated_at",
        "access_grants",
    }
)


@_attrs_define
class PromptModel:
    command: str
    user_id: str
    name: str
    content: str
    id: None | str | Unset = UNSET
    data: dict[str, Any] | None | Unset = UNSET
    meta: dict[str, Any] | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    is_active: bool | None | Unset = True
    version_id: None | str | Unset = UNSET
    created_at: int | None | Unset = UNSET
    updated_at: int | None | Unset = UNSET
    access_grants: list[AccessGrantModel] | Unset = UNSET
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

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "command": self.command,
            "user_id": self.user_id,
            "name": self.name,
            "content": self.content,
        }
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.data is not UNSET:
            field_dict["data"] = self.data
        if self.meta is not UNSET:
            field_dict["meta"] = self.meta
        if self.tags is not UNSET:
            field_dict["tags"] = self.tags
        if self.is_active is not UNSET:
            field_dict["is_active"] = self.is_active
        if self.version_id is not UNSET:
            field_dict["version_id"] = self.version_id
        if self.created_at is not UNSET:
            field_dict["created_at"] = self.created_at
        if self.updated_at is not UNSET:
            field_dict["updated_at"] = self.updated_at
        if access_grants is not UNSET:
            field_dict["access_grants"] = access_grants
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not PromptModel:
            return _rebuilt(cls, PromptModel.from_dict(src_dict))
        obj = _new(cls)
        obj.command = src_dict["command"]
        obj.user_id = src_dict["user_id"]
        obj.name = src_dict["name"]
        obj.content = src_dict["content"]
        obj.id = id = src_dict.get("id", UNSET)
        obj.data = data = src_dict.get("data", UNSET)
        obj.meta = meta = src_dict.get("meta", UNSET)
        _tags = src_dict.get("tags", UNSET)
        tags: list[str] | None | Unset
        if _tags is None or isinstance(_tags, Unset):
            tags = _tags
        else:
            if not isinstance(_tags, list):
                raise TypeError(f"tags: unexpected {type(_tags).__name__}")
            tags_type_0 = _tags

            tags = tags_type_0

        obj.tags = tags
        obj.is_active = is_active = src_dict.get("is_active", UNSET)
        obj.version_id = version_id = src_dict.get("version_id", UNSET)
        obj.created_at = created_at = src_dict.get("created_at", UNSET)
        obj.updated_at = updated_at = src_dict.get("updated_at", UNSET)
        _access_grants = src_dict.get("access_grants", UNSET)
        access_grants: list[AccessGrantModel] | Unset
        if isinstance(_access_grants, Unset):
            access_grants = UNSET
        else:
            access_grants = list(map(AccessGrantModel.from_dict, _access_grants))

        obj.access_grants = access_grants
        if (
            len(src_dict) == 13
            and id is not UNSET
            and data is not UNSET
            and meta is not UNSET
            and tags is not UNSET
            and is_active is not UNSET
            and version_id is not UNSET
            and created_at is not UNSET
            and updated_at is not UNSET
            and access_grants is not UNSET
        ) or len(src_dict) == 4 + (id is not UNSET) + (data is not UNSET) + (meta is not UNSET) + (
            tags is not UNSET
        ) + (is_active is not UNSET) + (version_id is not UNSET) + (created_at is not UNSET) + (
            updated_at is not UNSET
        ) + (access_grants is not UNSET):
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
