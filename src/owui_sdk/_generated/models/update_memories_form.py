from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._types import _new, _rebuilt
from ..models.update_memories_form_source_type_0 import (
    UpdateMemoriesFormSourceType0,
    check_update_memories_form_source_type_0,
)
from ..types import UNSET, Unset

# The JSON keys this model declares; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(
    {
        "operations",
        "source",
    }
)


@_attrs_define
class UpdateMemoriesForm:
    operations: list[MemoryOperationModel]
    source: None | Unset | UpdateMemoriesFormSourceType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        operations = []
        for operations_item_data in self.operations:
            operations_item = operations_item_data.to_dict()
            operations.append(operations_item)

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "operations": operations,
        }
        if self.source is not UNSET:
            field_dict["source"] = self.source
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not UpdateMemoriesForm:
            return _rebuilt(cls, UpdateMemoriesForm.from_dict(src_dict))
        obj = _new(cls)
        operations = list(map(MemoryOperationModel.from_dict, src_dict["operations"]))

        obj.operations = operations
        _source = src_dict.get("source", UNSET)
        source: None | Unset | UpdateMemoriesFormSourceType0
        if _source is None or isinstance(_source, Unset):
            source = _source
        else:
            if not isinstance(_source, str):
                raise TypeError(f"source: unexpected {type(_source).__name__}")
            source_type_0 = check_update_memories_form_source_type_0(_source)

            source = source_type_0

        obj.source = source
        if (len(src_dict) == 2 and source is not UNSET) or len(src_dict) == 1 + (
            source is not UNSET
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
from ..models.memory_operation_model import MemoryOperationModel
