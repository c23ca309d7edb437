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
        "ENABLE_DIRECT_CONNECTIONS",
        "ENABLE_BASE_MODELS_CACHE",
        "ENABLE_DIRECT_INTEGRATIONS",
    }
)


@_attrs_define
class ConnectionsConfigForm:
    enable_direct_connections: bool
    enable_base_models_cache: bool
    enable_direct_integrations: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "ENABLE_DIRECT_CONNECTIONS": self.enable_direct_connections,
            "ENABLE_BASE_MODELS_CACHE": self.enable_base_models_cache,
        }
        if self.enable_direct_integrations is not UNSET:
            field_dict["ENABLE_DIRECT_INTEGRATIONS"] = self.enable_direct_integrations
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not ConnectionsConfigForm:
            return _rebuilt(cls, ConnectionsConfigForm.from_dict(src_dict))
        obj = _new(cls)
        obj.enable_direct_connections = src_dict["ENABLE_DIRECT_CONNECTIONS"]
        obj.enable_base_models_cache = src_dict["ENABLE_BASE_MODELS_CACHE"]
        obj.enable_direct_integrations = enable_direct_integrations = src_dict.get(
            "ENABLE_DIRECT_INTEGRATIONS", UNSET
        )
        if (len(src_dict) == 3 and enable_direct_integrations is not UNSET) or len(
            src_dict
        ) == 2 + (enable_direct_integrations is not UNSET):
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
