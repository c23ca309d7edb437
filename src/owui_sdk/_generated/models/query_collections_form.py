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
        "collection_names",
        "query",
        "k",
        "k_reranker",
        "r",
        "hybrid",
        "hybrid_bm25_weight",
        "enable_enriched_texts",
    }
)


@_attrs_define
class QueryCollectionsForm:
    collection_names: list[str]
    query: str
    k: int | None | Unset = UNSET
    k_reranker: int | None | Unset = UNSET
    r: float | None | Unset = UNSET
    hybrid: bool | None | Unset = UNSET
    hybrid_bm25_weight: float | None | Unset = UNSET
    enable_enriched_texts: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "collection_names": self.collection_names,
            "query": self.query,
        }
        if self.k is not UNSET:
            field_dict["k"] = self.k
        if self.k_reranker is not UNSET:
            field_dict["k_reranker"] = self.k_reranker
        if self.r is not UNSET:
            field_dict["r"] = self.r
        if self.hybrid is not UNSET:
            field_dict["hybrid"] = self.hybrid
        if self.hybrid_bm25_weight is not UNSET:
            field_dict["hybrid_bm25_weight"] = self.hybrid_bm25_weight
        if self.enable_enriched_texts is not UNSET:
            field_dict["enable_enriched_texts"] = self.enable_enriched_texts
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not QueryCollectionsForm:
            return _rebuilt(cls, QueryCollectionsForm.from_dict(src_dict))
        obj = _new(cls)
        obj.collection_names = src_dict["collection_names"]
        obj.query = src_dict["query"]
        obj.k = k = src_dict.get("k", UNSET)
        obj.k_reranker = k_reranker = src_dict.get("k_reranker", UNSET)
        obj.r = r = src_dict.get("r", UNSET)
        obj.hybrid = hybrid = src_dict.get("hybrid", UNSET)
        obj.hybrid_bm25_weight = hybrid_bm25_weight = src_dict.get("hybrid_bm25_weight", UNSET)
        obj.enable_enriched_texts = enable_enriched_texts = src_dict.get(
            "enable_enriched_texts", UNSET
        )
        if (
            len(src_dict) == 8
            and k is not UNSET
            and k_reranker is not UNSET
            and r is not UNSET
            and hybrid is not UNSET
            and hybrid_bm25_weight is not UNSET
            and enable_enriched_texts is not UNSET
        ) or len(src_dict) == 2 + (k is not UNSET) + (k_reranker is not UNSET) + (
            r is not UNSET
        ) + (hybrid is not UNSET) + (hybrid_bm25_weight is not UNSET) + (
            enable_enriched_texts is not UNSET
        ):
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
