from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._types import _new, _rebuilt
from ..models.model_control_display import ModelControlDisplay, check_model_control_display
from ..types import UNSET, Unset

# The JSON keys this model declares; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(
    {
        "label",
        "options",
        "display",
        "description",
        "default",
    }
)


@_attrs_define
class ModelControl:
    label: str
    options: dict[str, Any]
    display: ModelControlDisplay | Unset = "menu"
    description: None | str | Unset = UNSET
    default: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "label": self.label,
            "options": self.options,
        }
        if self.display is not UNSET:
            field_dict["display"] = self.display
        if self.description is not UNSET:
            field_dict["description"] = self.description
        if self.default is not UNSET:
            field_dict["default"] = self.default
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not ModelControl:
            return _rebuilt(cls, ModelControl.from_dict(src_dict))
        obj = _new(cls)
        obj.label = src_dict["label"]
        obj.options = src_dict["options"]
        _display = src_dict.get("display", UNSET)
        display: ModelControlDisplay | Unset
        if isinstance(_display, Unset):
            display = UNSET
        else:
            display = check_model_control_display(_display)

        obj.display = display
        obj.description = description = src_dict.get("description", UNSET)
        obj.default = default = src_dict.get("default", UNSET)
        if (
            len(src_dict) == 5
            and display is not UNSET
            and description is not UNSET
            and default is not UNSET
        ) or len(src_dict) == 2 + (display is not UNSET) + (description is not UNSET) + (
            default is not UNSET
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
