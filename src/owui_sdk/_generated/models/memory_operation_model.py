from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._types import _new, _rebuilt
from ..models.memory_operation_model_action import (
    MemoryOperationModelAction,
    check_memory_operation_model_action,
)
from ..models.memory_operation_model_type_type_0 import (
    MemoryOperationModelTypeType0,
    check_memory_operation_model_type_type_0,
)
from ..types import UNSET, Unset

# The JSON keys this model declares; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(
    {
        "action",
        "id",
        "content",
        "type",
        "path",
    }
)


@_attrs_define
class MemoryOperationModel:
    action: MemoryOperationModelAction
    id: None | str | Unset = UNSET
    content: None | str | Unset = UNSET
    type_: MemoryOperationModelTypeType0 | None | Unset = _attrs_field(default=UNSET, alias="type")
    path: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "action": self.action,
        }
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.content is not UNSET:
            field_dict["content"] = self.content
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_
        if self.path is not UNSET:
            field_dict["path"] = self.path
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not MemoryOperationModel:
            return _rebuilt(cls, MemoryOperationModel.from_dict(src_dict))
        obj = _new(cls)
        action = check_memory_operation_model_action(src_dict["action"])

        obj.action = action
        obj.id = id = src_dict.get("id", UNSET)
        obj.content = content = src_dict.get("content", UNSET)
        _type_ = src_dict.get("type", UNSET)
        type_: MemoryOperationModelTypeType0 | None | Unset
        if _type_ is None or isinstance(_type_, Unset):
            type_ = _type_
        else:
            if not isinstance(_type_, str):
                raise TypeError(f"type: unexpected {type(_type_).__name__}")
            type_type_0 = check_memory_operation_model_type_type_0(_type_)

            type_ = type_type_0

        obj.type_ = type_
        obj.path = path = src_dict.get("path", UNSET)
        if (
            len(src_dict) == 5
            and id is not UNSET
            and content is not UNSET
            and type_ is not UNSET
            and path is not UNSET
        ) or len(src_dict) == 1 + (id is not UNSET) + (content is not UNSET) + (
            type_ is not UNSET
        ) + (path is not UNSET):
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
