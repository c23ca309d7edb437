from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

# The JSON keys this model declares; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(
    {
        "OLLAMA_BASE_URLS",
        "OLLAMA_API_CONFIGS",
        "ENABLE_OLLAMA_API",
    }
)


@_attrs_define
class OllamaOllamaConfigForm:
    """Payload for updating the Ollama connection configuration."""

    ollama_base_urls: list[str]
    ollama_api_configs: dict[str, Any]
    enable_ollama_api: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        ollama_base_urls = self.ollama_base_urls

        ollama_api_configs = self.ollama_api_configs

        enable_ollama_api: bool | None | Unset
        if isinstance(self.enable_ollama_api, Unset):
            enable_ollama_api = UNSET
        else:
            enable_ollama_api = self.enable_ollama_api

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["OLLAMA_BASE_URLS"] = ollama_base_urls
        field_dict["OLLAMA_API_CONFIGS"] = ollama_api_configs
        if enable_ollama_api is not UNSET:
            field_dict["ENABLE_OLLAMA_API"] = enable_ollama_api
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        ollama_base_urls = src_dict["OLLAMA_BASE_URLS"]

        ollama_api_configs = src_dict["OLLAMA_API_CONFIGS"]
        enable_ollama_api = src_dict.get("ENABLE_OLLAMA_API", UNSET)

        obj = cls(
            ollama_base_urls,
            ollama_api_configs,
            enable_ollama_api,
        )
        if len(src_dict) != 2 + (enable_ollama_api is not UNSET):
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
