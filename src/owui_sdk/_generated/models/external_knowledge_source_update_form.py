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
        "name",
        "connection",
        "source",
        "test_query",
        "description",
        "access_grants",
        "test_count",
    }
)


@_attrs_define
class ExternalKnowledgeSourceUpdateForm:
    name: str
    connection: ExternalKnowledgeConnectionForm
    source: ExternalKnowledgeSourceForm
    test_query: str
    description: str | Unset = ""
    access_grants: list[dict[str, Any]] | None | Unset = UNSET
    test_count: int | Unset = 5
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        connection = self.connection.to_dict()

        source = self.source.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "name": self.name,
            "connection": connection,
            "source": source,
            "test_query": self.test_query,
        }
        if self.description is not UNSET:
            field_dict["description"] = self.description
        if self.access_grants is not UNSET:
            field_dict["access_grants"] = self.access_grants
        if self.test_count is not UNSET:
            field_dict["test_count"] = self.test_count
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not ExternalKnowledgeSourceUpdateForm:
            return _rebuilt(cls, ExternalKnowledgeSourceUpdateForm.from_dict(src_dict))
        obj = _new(cls)
        obj.name = src_dict["name"]
        connection = ExternalKnowledgeConnectionForm.from_dict(src_dict["connection"])

        obj.connection = connection
        source = ExternalKnowledgeSourceForm.from_dict(src_dict["source"])

        obj.source = source
        obj.test_query = src_dict["test_query"]
        obj.description = description = src_dict.get("description", UNSET)
        _access_grants = src_dict.get("access_grants", UNSET)
        access_grants: list[dict[str, Any]] | None | Unset
        if _access_grants is None or isinstance(_access_grants, Unset):
            access_grants = _access_grants
        else:
            if not isinstance(_access_grants, list):
                raise TypeError(f"access_grants: unexpected {type(_access_grants).__name__}")
            access_grants_type_0 = _access_grants

            access_grants = access_grants_type_0

        obj.access_grants = access_grants
        obj.test_count = test_count = src_dict.get("test_count", UNSET)
        if (
            len(src_dict) == 7
            and description is not UNSET
            and access_grants is not UNSET
            and test_count is not UNSET
        ) or len(src_dict) == 4 + (description is not UNSET) + (access_grants is not UNSET) + (
            test_count is not UNSET
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


# Imported last, not first: models refer to each other in cycles, and by now this module's
# class exists for any module in the cycle that imports it back.
from ..models.external_knowledge_connection_form import ExternalKnowledgeConnectionForm
from ..models.external_knowledge_source_form import ExternalKnowledgeSourceForm
