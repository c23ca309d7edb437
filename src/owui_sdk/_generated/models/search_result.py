from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.search_result_kind import SearchResultKind, check_search_result_kind
from ..types import UNSET, Unset

# The JSON keys this model declares; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "kind",
        "title",
        "context",
        "snippet",
        "preview",
        "url",
        "updated_at",
        "shared",
        "pinned",
    }
)


@_attrs_define
class SearchResult:
    id: str
    kind: SearchResultKind
    title: str
    context: str
    snippet: str
    preview: str
    url: str
    updated_at: int
    shared: bool | Unset = False
    pinned: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        id = self.id

        kind: str = self.kind

        title = self.title

        context = self.context

        snippet = self.snippet

        preview = self.preview

        url = self.url

        updated_at = self.updated_at

        shared = self.shared

        pinned = self.pinned

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["kind"] = kind
        field_dict["title"] = title
        field_dict["context"] = context
        field_dict["snippet"] = snippet
        field_dict["preview"] = preview
        field_dict["url"] = url
        field_dict["updated_at"] = updated_at
        if shared is not UNSET:
            field_dict["shared"] = shared
        if pinned is not UNSET:
            field_dict["pinned"] = pinned
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        id = src_dict["id"]
        kind = check_search_result_kind(src_dict["kind"])

        title = src_dict["title"]
        context = src_dict["context"]
        snippet = src_dict["snippet"]
        preview = src_dict["preview"]
        url = src_dict["url"]
        updated_at = src_dict["updated_at"]
        shared = src_dict.get("shared", UNSET)
        pinned = src_dict.get("pinned", UNSET)
        obj = cls(
            id,
            kind,
            title,
            context,
            snippet,
            preview,
            url,
            updated_at,
            shared,
            pinned,
        )
        if len(src_dict) != 8 + (shared is not UNSET) + (pinned is not UNSET):
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
