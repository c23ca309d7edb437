from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

# The JSON keys this model declares; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(
    {
        "ids",
        "documents",
        "metadatas",
        "distances",
    }
)


@_attrs_define
class VectorSearchResult:
    """What a vector search found: one list per query, best match first."""

    ids: list[list[str]] | None
    documents: list[list[str]] | None
    metadatas: list[list[Any]] | None
    distances: list[list[float]] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        ids: list[list[str]] | None
        if isinstance(self.ids, list):
            ids = []
            for ids_type_0_item_data in self.ids:
                ids_type_0_item = ids_type_0_item_data

                ids.append(ids_type_0_item)

        else:
            ids = self.ids

        documents: list[list[str]] | None
        if isinstance(self.documents, list):
            documents = []
            for documents_type_0_item_data in self.documents:
                documents_type_0_item = documents_type_0_item_data

                documents.append(documents_type_0_item)

        else:
            documents = self.documents

        metadatas: list[list[Any]] | None
        if isinstance(self.metadatas, list):
            metadatas = []
            for metadatas_type_0_item_data in self.metadatas:
                metadatas_type_0_item = metadatas_type_0_item_data

                metadatas.append(metadatas_type_0_item)

        else:
            metadatas = self.metadatas

        distances: list[list[float]] | None
        if isinstance(self.distances, list):
            distances = []
            for distances_type_0_item_data in self.distances:
                distances_type_0_item = distances_type_0_item_data

                distances.append(distances_type_0_item)

        else:
            distances = self.distances

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["ids"] = ids
        field_dict["documents"] = documents
        field_dict["metadatas"] = metadatas
        field_dict["distances"] = distances
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        _ids = src_dict["ids"]
        ids: list[list[str]] | None
        if _ids is None:
            ids = None
        else:
            if not isinstance(_ids, list):
                raise TypeError(f"ids: unexpected {type(_ids).__name__}")
            ids_type_0 = []
            for ids_type_0_item_data in _ids:
                ids_type_0_item = ids_type_0_item_data

                ids_type_0.append(ids_type_0_item)

            ids = ids_type_0

        _documents = src_dict["documents"]
        documents: list[list[str]] | None
        if _documents is None:
            documents = None
        else:
            if not isinstance(_documents, list):
                raise TypeError(f"documents: unexpected {type(_documents).__name__}")
            documents_type_0 = []
            for documents_type_0_item_data in _documents:
                documents_type_0_item = documents_type_0_item_data

                documents_type_0.append(documents_type_0_item)

            documents = documents_type_0

        _metadatas = src_dict["metadatas"]
        metadatas: list[list[Any]] | None
        if _metadatas is None:
            metadatas = None
        else:
            if not isinstance(_metadatas, list):
                raise TypeError(f"metadatas: unexpected {type(_metadatas).__name__}")
            metadatas_type_0 = []
            for metadatas_type_0_item_data in _metadatas:
                metadatas_type_0_item = metadatas_type_0_item_data

                metadatas_type_0.append(metadatas_type_0_item)

            metadatas = metadatas_type_0

        _distances = src_dict["distances"]
        distances: list[list[float]] | None
        if _distances is None:
            distances = None
        else:
            if not isinstance(_distances, list):
                raise TypeError(f"distances: unexpected {type(_distances).__name__}")
            distances_type_0 = []
            for distances_type_0_item_data in _distances:
                distances_type_0_item = distances_type_0_item_data

                distances_type_0.append(distances_type_0_item)

            distances = distances_type_0

        obj = cls(
            ids,
            documents,
            metadatas,
            distances,
        )
        if len(src_dict) != 4:
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
