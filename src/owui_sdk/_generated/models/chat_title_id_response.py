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
        "title",
        "updated_at",
        "created_at",
        "last_read_at",
        "snippet",
        "active",
        "archived",
    }
)


@_attrs_define
class ChatTitleIdResponse:
    id: str
    title: str
    updated_at: int
    created_at: int
    last_read_at: int | None | Unset = UNSET
    snippet: None | str | Unset = UNSET
    active: bool | Unset = False
    archived: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        id = self.id

        title = self.title

        updated_at = self.updated_at

        created_at = self.created_at

        last_read_at: int | None | Unset
        if isinstance(self.last_read_at, Unset):
            last_read_at = UNSET
        else:
            last_read_at = self.last_read_at

        snippet: None | str | Unset
        if isinstance(self.snippet, Unset):
            snippet = UNSET
        else:
            snippet = self.snippet

        active = self.active

        archived = self.archived

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["title"] = title
        field_dict["updated_at"] = updated_at
        field_dict["created_at"] = created_at
        if last_read_at is not UNSET:
            field_dict["last_read_at"] = last_read_at
        if snippet is not UNSET:
            field_dict["snippet"] = snippet
        if active is not UNSET:
            field_dict["active"] = active
        if archived is not UNSET:
            field_dict["archived"] = archived
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        id = src_dict["id"]
        title = src_dict["title"]
        updated_at = src_dict["updated_at"]
        created_at = src_dict["created_at"]
        last_read_at = src_dict.get("last_read_at", UNSET)

        snippet = src_dict.get("snippet", UNSET)

        active = src_dict.get("active", UNSET)
        archived = src_dict.get("archived", UNSET)
        obj = cls(
            id,
            title,
            updated_at,
            created_at,
            last_read_at,
            snippet,
            active,
            archived,
        )
        if len(src_dict) != 4 + (last_read_at is not UNSET) + (snippet is not UNSET) + (
            active is not UNSET
        ) + (archived is not UNSET):
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
