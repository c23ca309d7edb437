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
        source: dict[str, Any] | None | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, ExternalKnowledgeSourceForm):
            source = self.source.to_dict()
        else:
            source = self.source

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "query": self.query,
        }
        if source is not UNSET:
            field_dict["source"] = source
        if self.count is not UNSET:
            field_dict["count"] = self.count
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not ExternalKnowledgeRetrieveTestForm:
            return _rebuilt(cls, ExternalKnowledgeRetrieveTestForm.from_dict(src_dict))
        obj = _new(cls)
        obj.query = src_dict["query"]
        _source = src_dict.get("source", UNSET)
        source: ExternalKnowledgeSourceForm | None | Unset
        if _source is None or isinstance(_source, Unset):
            source = _source
        else:
            if not isinstance(_source, dict):
                raise TypeError(f"source: unexpected {type(_source).__name__}")
            source_type_0 = ExternalKnowledgeSourceForm.from_dict(_source)

            source = source_type_0

        obj.source = source
        obj.count = count = src_dict.get("count", UNSET)
        if (len(src_dict) == 3 and source is not UNSET and count is not UNSET) or len(
            src_dict
        ) == 1 + (source is not UNSET) + (count is not UNSET):
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
from ..models.external_knowledge_source_form import ExternalKnowledgeSourceForm
