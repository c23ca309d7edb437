from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

# The JSON keys this model declares; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(
    {
        "command",
        "name",
        "content",
        "data",
        "meta",
        "tags",
        "access_grants",
        "version_id",
        "commit_message",
        "is_production",
    }
)


@_attrs_define
class PromptForm:
    command: str
    name: str
    content: str
    data: dict[str, Any] | None | Unset = UNSET
    meta: dict[str, Any] | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    access_grants: list[dict[str, Any]] | None | Unset = UNSET
    version_id: None | str | Unset = UNSET
    commit_message: None | str | Unset = UNSET
    is_production: bool | None | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        command = self.command

        name = self.name

        content = self.content

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

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        access_grants: list[dict[str, Any]] | None | Unset
        if isinstance(self.access_grants, Unset):
            access_grants = UNSET
        elif isinstance(self.access_grants, list):
            access_grants = self.access_grants

        else:
            access_grants = self.access_grants

        version_id: None | str | Unset
        if isinstance(self.version_id, Unset):
            version_id = UNSET
        else:
            version_id = self.version_id

        commit_message: None | str | Unset
        if isinstance(self.commit_message, Unset):
            commit_message = UNSET
        else:
            commit_message = self.commit_message

        is_production: bool | None | Unset
        if isinstance(self.is_production, Unset):
            is_production = UNSET
        else:
            is_production = self.is_production

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["command"] = command
        field_dict["name"] = name
        field_dict["content"] = content
        if data is not UNSET:
            field_dict["data"] = data
        if meta is not UNSET:
            field_dict["meta"] = meta
        if tags is not UNSET:
            field_dict["tags"] = tags
        if access_grants is not UNSET:
            field_dict["access_grants"] = access_grants
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
        if commit_message is not UNSET:
            field_dict["commit_message"] = commit_message
        if is_production is not UNSET:
            field_dict["is_production"] = is_production
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        command = src_dict["command"]
        name = src_dict["name"]
        content = src_dict["content"]
        data = src_dict.get("data", UNSET)

        meta = src_dict.get("meta", UNSET)

        _tags = src_dict.get("tags", UNSET)
        tags: list[str] | None | Unset
        if _tags is None or isinstance(_tags, Unset):
            tags = _tags
        else:
            if not isinstance(_tags, list):
                raise TypeError(f"tags: unexpected {type(_tags).__name__}")
            tags_type_0 = _tags

            tags = tags_type_0

        _access_grants = src_dict.get("access_grants", UNSET)
        access_grants: list[dict[str, Any]] | None | Unset
        if _access_grants is None or isinstance(_access_grants, Unset):
            access_grants = _access_grants
        else:
            if not isinstance(_access_grants, list):
                raise TypeError(f"access_grants: unexpected {type(_access_grants).__name__}")
            access_grants_type_0 = _access_grants

            access_grants = access_grants_type_0

        version_id = src_dict.get("version_id", UNSET)

        commit_message = src_dict.get("commit_message", UNSET)

        is_production = src_dict.get("is_production", UNSET)

        obj = cls(
            command,
            name,
            content,
            data,
            meta,
            tags,
            access_grants,
            version_id,
            commit_message,
            is_production,
        )
        if len(src_dict) != 3 + (data is not UNSET) + (meta is not UNSET) + (tags is not UNSET) + (
            access_grants is not UNSET
        ) + (version_id is not UNSET) + (commit_message is not UNSET) + (
            is_production is not UNSET
        ):
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
