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
        "chat",
        "variables",
        "folder_id",
        "meta",
        "pinned",
        "archived",
        "current_message_id",
        "created_at",
        "updated_at",
    }
)


@_attrs_define
class ChatImportForm:
    chat: dict[str, Any]
    variables: dict[str, Any] | None | Unset = UNSET
    folder_id: None | str | Unset = UNSET
    meta: dict[str, Any] | None | Unset = UNSET
    pinned: bool | None | Unset = False
    archived: bool | None | Unset = False
    current_message_id: None | str | Unset = UNSET
    created_at: int | None | Unset = UNSET
    updated_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "chat": self.chat,
        }
        if self.variables is not UNSET:
            field_dict["variables"] = self.variables
        if self.folder_id is not UNSET:
            field_dict["folder_id"] = self.folder_id
        if self.meta is not UNSET:
            field_dict["meta"] = self.meta
        if self.pinned is not UNSET:
            field_dict["pinned"] = self.pinned
        if self.archived is not UNSET:
            field_dict["archived"] = self.archived
        if self.current_message_id is not UNSET:
            field_dict["current_message_id"] = self.current_message_id
        if self.created_at is not UNSET:
            field_dict["created_at"] = self.created_at
        if self.updated_at is not UNSET:
            field_dict["updated_at"] = self.updated_at
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not ChatImportForm:
            return _rebuilt(cls, ChatImportForm.from_dict(src_dict))
        obj = _new(cls)
        obj.chat = src_dict["chat"]
        obj.variables = variables = src_dict.get("variables", UNSET)
        obj.folder_id = folder_id = src_dict.get("folder_id", UNSET)
        obj.meta = meta = src_dict.get("meta", UNSET)
        obj.pinned = pinned = src_dict.get("pinned", UNSET)
        obj.archived = archived = src_dict.get("archived", UNSET)
        obj.current_message_id = current_message_id = src_dict.get("current_message_id", UNSET)
        obj.created_at = created_at = src_dict.get("created_at", UNSET)
        obj.updated_at = updated_at = src_dict.get("updated_at", UNSET)
        if (
            len(src_dict) == 9
            and variables is not UNSET
            and folder_id is not UNSET
            and meta is not UNSET
            and pinned is not UNSET
            and archived is not UNSET
            and current_message_id is not UNSET
            and created_at is not UNSET
            and updated_at is not UNSET
        ) or len(src_dict) == 1 + (variables is not UNSET) + (folder_id is not UNSET) + (
            meta is not UNSET
        ) + (pinned is not UNSET) + (archived is not UNSET) + (current_message_id is not UNSET) + (
            created_at is not UNSET
        ) + (updated_at is not UNSET):
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
