from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        collection_names = self.collection_names

        query = self.query

        k: int | None | Unset
        if isinstance(self.k, Unset):
            k = UNSET
        else:
            k = self.k

        k_reranker: int | None | Unset
        if isinstance(self.k_reranker, Unset):
            k_reranker = UNSET
        else:
            k_reranker = self.k_reranker

        r: float | None | Unset
        if isinstance(self.r, Unset):
            r = UNSET
        else:
            r = self.r

        hybrid: bool | None | Unset
        if isinstance(self.hybrid, Unset):
            hybrid = UNSET
        else:
            hybrid = self.hybrid

        hybrid_bm25_weight: float | None | Unset
        if isinstance(self.hybrid_bm25_weight, Unset):
            hybrid_bm25_weight = UNSET
        else:
            hybrid_bm25_weight = self.hybrid_bm25_weight

        enable_enriched_texts: bool | None | Unset
        if isinstance(self.enable_enriched_texts, Unset):
            enable_enriched_texts = UNSET
        else:
            enable_enriched_texts = self.enable_enriched_texts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["collection_names"] = collection_names
        field_dict["query"] = query
        if k is not UNSET:
            field_dict["k"] = k
        if k_reranker is not UNSET:
            field_dict["k_reranker"] = k_reranker
        if r is not UNSET:
            field_dict["r"] = r
        if hybrid is not UNSET:
            field_dict["hybrid"] = hybrid
        if hybrid_bm25_weight is not UNSET:
            field_dict["hybrid_bm25_weight"] = hybrid_bm25_weight
        if enable_enriched_texts is not UNSET:
            field_dict["enable_enriched_texts"] = enable_enriched_texts
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        collection_names = src_dict["collection_names"]

        query = src_dict["query"]
        k = src_dict.get("k", UNSET)

        k_reranker = src_dict.get("k_reranker", UNSET)

        r = src_dict.get("r", UNSET)

        hybrid = src_dict.get("hybrid", UNSET)

        hybrid_bm25_weight = src_dict.get("hybrid_bm25_weight", UNSET)

        enable_enriched_texts = src_dict.get("enable_enriched_texts", UNSET)

        obj = cls(
            collection_names,
            query,
            k,
            k_reranker,
            r,
            hybrid,
            hybrid_bm25_weight,
            enable_enriched_texts,
        )
        if len(src_dict) != 2 + (k is not UNSET) + (k_reranker is not UNSET) + (r is not UNSET) + (
            hybrid is not UNSET
        ) + (hybrid_bm25_weight is not UNSET) + (enable_enriched_texts is not UNSET):
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
