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
        "data",
        "folder_id",
        "meta",
        "is_active",
    }
)


@_attrs_define
class AutomationForm:
    name: str
    data: AutomationData
    folder_id: None | str | Unset = UNSET
    meta: dict[str, Any] | None | Unset = UNSET
    is_active: bool | None | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        data = self.data.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "name": self.name,
            "data": data,
        }
        if self.folder_id is not UNSET:
            field_dict["folder_id"] = self.folder_id
        if self.meta is not UNSET:
            field_dict["meta"] = self.meta
        if self.is_active is not UNSET:
            field_dict["is_active"] = self.is_active
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not AutomationForm:
            return _rebuilt(cls, AutomationForm.from_dict(src_dict))
        obj = _new(cls)
        obj.name = src_dict["name"]
        data = AutomationData.from_dict(src_dict["data"])

        obj.data = data
        obj.folder_id = folder_id = src_dict.get("folder_id", UNSET)
        obj.meta = meta = src_dict.get("meta", UNSET)
        obj.is_active = is_active = src_dict.get("is_active", UNSET)
        if (
            len(src_dict) == 5
            and folder_id is not UNSET
            and meta is not UNSET
            and is_active is not UNSET
        ) or len(src_dict) == 2 + (folder_id is not UNSET) + (meta is not UNSET) + (
            is_active is not UNSET
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
from ..models.automation_data import AutomationData
