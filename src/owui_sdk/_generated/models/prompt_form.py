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
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "command": self.command,
            "name": self.name,
            "content": self.content,
        }
        if self.data is not UNSET:
            field_dict["data"] = self.data
        if self.meta is not UNSET:
            field_dict["meta"] = self.meta
        if self.tags is not UNSET:
            field_dict["tags"] = self.tags
        if self.access_grants is not UNSET:
            field_dict["access_grants"] = self.access_grants
        if self.version_id is not UNSET:
            field_dict["version_id"] = self.version_id
        if self.commit_message is not UNSET:
            field_dict["commit_message"] = self.commit_message
        if self.is_production is not UNSET:
            field_dict["is_production"] = self.is_production
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not PromptForm:
            return _rebuilt(cls, PromptForm.from_dict(src_dict))
        obj = _new(cls)
        obj.command = src_dict["command"]
        obj.name = src_dict["name"]
        obj.content = src_dict["content"]
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
        _access_grants = src_dict.get("access_grants", UNSET)
        access_grants: list[dict[str, Any]] | None | Unset
        if _access_grants is None or isinstance(_access_grants, Unset):
            access_grants = _access_grants
        else:
            if not isinstance(_access_grants, list):
                raise TypeError(f"access_grants: unexpected {type(_access_grants).__name__}")
            access_grants_type_0 = _access_grants

            access_grants = access_grants_type_0

        obj.access_grants = access_grants
        obj.version_id = version_id = src_dict.get("version_id", UNSET)
        obj.commit_message = commit_message = src_dict.get("commit_message", UNSET)
        obj.is_production = is_production = src_dict.get("is_production", UNSET)
        if (
            len(src_dict) == 10
            and data is not UNSET
            and meta is not UNSET
            and tags is not UNSET
            and access_grants is not UNSET
            and version_id is not UNSET
            and commit_message is not UNSET
            and is_production is not UNSET
        ) or len(src_dict) == 3 + (data is not UNSET) + (meta is not UNSET) + (
            tags is not UNSET
        ) + (access_grants is not UNSET) + (version_id is not UNSET) + (
            commit_message is not UNSET
        ) + (is_production is not UNSET):
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
