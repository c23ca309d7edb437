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
        "chat_id",
        "title",
        "updated_at",
        "created_at",
        "share_id",
    }
)


@_attrs_define
class SharedChatResponse:
    id: str
    chat_id: str
    title: str
    updated_at: int
    created_at: int
    share_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        id = self.id

        chat_id = self.chat_id

        title = self.title

        updated_at = self.updated_at

        created_at = self.created_at

        share_id: None | str | Unset
        if isinstance(self.share_id, Unset):
            share_id = UNSET
        else:
            share_id = self.share_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["chat_id"] = chat_id
        field_dict["title"] = title
        field_dict["updated_at"] = updated_at
        field_dict["created_at"] = created_at
        if share_id is not UNSET:
            field_dict["share_id"] = share_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        id = src_dict["id"]
        chat_id = src_dict["chat_id"]
        title = src_dict["title"]
        updated_at = src_dict["updated_at"]
        created_at = src_dict["created_at"]
        share_id = src_dict.get("share_id", UNSET)

        obj = cls(
            id,
            chat_id,
            title,
            updated_at,
            created_at,
            share_id,
        )
        if len(src_dict) != 5 + (share_id is not UNSET):
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
