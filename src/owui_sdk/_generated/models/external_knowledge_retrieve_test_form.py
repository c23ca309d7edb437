from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

# The JSON keys this model declares; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(
    {
        "query",
        "source",
        "count",
    }
)


@_attrs_define
class ExternalKnowledgeRetrieveTestForm:
    query: str
    source: ExternalKnowledgeSourceForm | None | Unset = UNSET
    count: int | Unset = 5
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        query = self.query

        source: dict[str, Any] | None | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, ExternalKnowledgeSourceForm):
            source = self.source.to_dict()
        else:
            source = self.source

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["query"] = query
        if source is not UNSET:
            field_dict["source"] = source
        if count is not UNSET:
            field_dict["count"] = count
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        query = src_dict["query"]
        _source = src_dict.get("source", UNSET)
        source: ExternalKnowledgeSourceForm | None | Unset
        if _source is None or isinstance(_source, Unset):
            source = _source
        else:
            if not isinstance(_source, dict):
                raise TypeError(f"source: unexpected {type(_source).__name__}")
            source_type_0 = ExternalKnowledgeSourceForm.from_dict(_source)

            source = source_type_0

        count = src_dict.get("count", UNSET)
        obj = cls(
            query,
            source,
            count,
        )
        if len(src_dict) != 1 + (source is not UNSET) + (count is not UNSET):
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
from ..models.external_knowledge_source_form import ExternalKnowledgeSourceForm
