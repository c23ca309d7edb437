from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._types import _new, _rebuilt
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
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": self.id,
            "kind": self.kind,
            "title": self.title,
            "context": self.context,
            "snippet": self.snippet,
            "preview": self.preview,
            "url": self.url,
            "updated_at": self.updated_at,
        }
        if self.shared is not UNSET:
            field_dict["shared"] = self.shared
        if self.pinned is not UNSET:
            field_dict["pinned"] = self.pinned
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not SearchResult:
            return _rebuilt(cls, SearchResult.from_dict(src_dict))
        obj = _new(cls)
        obj.id = src_dict["id"]
        kind = check_search_result_kind(src_dict["kind"])

        obj.kind = kind
        obj.title = src_dict["title"]
        obj.context = src_dict["context"]
        obj.snippet = src_dict["snippet"]
        obj.preview = src_dict["preview"]
        obj.url = src_dict["url"]
        obj.updated_at = src_dict["updated_at"]
        obj.shared = shared = src_dict.get("shared", UNSET)
        obj.pinned = pinned = src_dict.get("pinned", UNSET)
        if (len(src_dict) == 10 and shared is not UNSET and pinned is not UNSET) or len(
            src_dict
        ) == 8 + (shared is not UNSET) + (pinned is not UNSET):
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
