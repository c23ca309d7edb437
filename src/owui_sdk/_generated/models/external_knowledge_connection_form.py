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
        "provider",
        "endpoint",
        "auth_config",
        "config",
        "capabilities",
        "enabled",
    }
)


@_attrs_define
class ExternalKnowledgeConnectionForm:
    name: str
    provider: str
    endpoint: str
    auth_config: dict[str, Any] | None | Unset = UNSET
    config: dict[str, Any] | None | Unset = UNSET
    capabilities: dict[str, Any] | None | Unset = UNSET
    enabled: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "name": self.name,
            "provider": self.provider,
            "endpoint": self.endpoint,
        }
        if self.auth_config is not UNSET:
            field_dict["auth_config"] = self.auth_config
        if self.config is not UNSET:
            field_dict["config"] = self.config
        if self.capabilities is not UNSET:
            field_dict["capabilities"] = self.capabilities
        if self.enabled is not UNSET:
            field_dict["enabled"] = self.enabled
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not ExternalKnowledgeConnectionForm:
            return _rebuilt(cls, ExternalKnowledgeConnectionForm.from_dict(src_dict))
        obj = _new(cls)
        obj.name = src_dict["name"]
        obj.provider = src_dict["provider"]
        obj.endpoint = src_dict["endpoint"]
        obj.auth_config = auth_config = src_dict.get("auth_config", UNSET)
        obj.config = config = src_dict.get("config", UNSET)
        obj.capabilities = capabilities = src_dict.get("capabilities", UNSET)
        obj.enabled = enabled = src_dict.get("enabled", UNSET)
        if (
            len(src_dict) == 7
            and auth_config is not UNSET
            and config is not UNSET
            and capabilities is not UNSET
            and enabled is not UNSET
        ) or len(src_dict) == 3 + (auth_config is not UNSET) + (config is not UNSET) + (
            capabilities is not UNSET
        ) + (enabled is not UNSET):
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
