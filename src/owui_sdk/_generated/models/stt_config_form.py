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
        "OPENAI_API_BASE_URL",
        "OPENAI_API_KEY",
        "ENGINE",
        "MODEL",
        "WHISPER_MODEL",
        "DEEPGRAM_API_KEY",
        "AZURE_API_KEY",
        "AZURE_REGION",
        "AZURE_LOCALES",
        "AZURE_BASE_URL",
        "AZURE_MAX_SPEAKERS",
        "MISTRAL_API_KEY",
        "MISTRAL_API_BASE_URL",
        "MISTRAL_USE_CHAT_COMPLETIONS",
        "OPENAI_API_REQUEST_FORMAT",
        "SUPPORTED_CONTENT_TYPES",
        "ALLOWED_EXTENSIONS",
    }
)


@_attrs_define
class STTConfigForm:
    openai_api_base_url: str
    openai_api_key: str
    engine: str
    model: str
    whisper_model: str
    deepgram_api_key: str
    azure_api_key: str
    azure_region: str
    azure_locales: str
    azure_base_url: str
    azure_max_speakers: str
    mistral_api_key: str
    mistral_api_base_url: str
    mistral_use_chat_completions: bool
    openai_api_request_format: str | Unset = "multipart"
    supported_content_types: list[str] | Unset = UNSET
    allowed_extensions: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "OPENAI_API_BASE_URL": self.openai_api_base_url,
            "OPENAI_API_KEY": self.openai_api_key,
            "ENGINE": self.engine,
            "MODEL": self.model,
            "WHISPER_MODEL": self.whisper_model,
            "DEEPGRAM_API_KEY": self.deepgram_api_key,
            "AZURE_API_KEY": self.azure_api_key,
            "AZURE_REGION": self.azure_region,
            "AZURE_LOCALES": self.azure_locales,
            "AZURE_BASE_URL": self.azure_base_url,
            "AZURE_MAX_SPEAKERS": self.azure_max_speakers,
            "MISTRAL_API_KEY": self.mistral_api_key,
            "MISTRAL_API_BASE_URL": self.mistral_api_base_url,
            "MISTRAL_USE_CHAT_COMPLETIONS": self.mistral_use_chat_completions,
        }
        if self.openai_api_request_format is not UNSET:
            field_dict["OPENAI_API_REQUEST_FORMAT"] = self.openai_api_request_format
        if self.supported_content_types is not UNSET:
            field_dict["SUPPORTED_CONTENT_TYPES"] = self.supported_content_types
        if self.allowed_extensions is not UNSET:
            field_dict["ALLOWED_EXTENSIONS"] = self.allowed_extensions
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not STTConfigForm:
            return _rebuilt(cls, STTConfigForm.from_dict(src_dict))
        obj = _new(cls)
        obj.openai_api_base_url = src_dict["OPENAI_API_BASE_URL"]
        obj.openai_api_key = src_dict["OPENAI_API_KEY"]
        obj.engine = src_dict["ENGINE"]
        obj.model = src_dict["MODEL"]
        obj.whisper_model = src_dict["WHISPER_MODEL"]
        obj.deepgram_api_key = src_dict["DEEPGRAM_API_KEY"]
        obj.azure_api_key = src_dict["AZURE_API_KEY"]
        obj.azure_region = src_dict["AZURE_REGION"]
        obj.azure_locales = src_dict["AZURE_LOCALES"]
        obj.azure_base_url = src_dict["AZURE_BASE_URL"]
        obj.azure_max_speakers = src_dict["AZURE_MAX_SPEAKERS"]
        obj.mistral_api_key = src_dict["MISTRAL_API_KEY"]
        obj.mistral_api_base_url = src_dict["MISTRAL_API_BASE_URL"]
        obj.mistral_use_chat_completions = src_dict["MISTRAL_USE_CHAT_COMPLETIONS"]
        obj.openai_api_request_format = openai_api_request_format = src_dict.get(
            "OPENAI_API_REQUEST_FORMAT", UNSET
        )
        obj.supported_content_types = supported_content_types = src_dict.get(
            "SUPPORTED_CONTENT_TYPES", UNSET
        )
        obj.allowed_extensions = allowed_extensions = src_dict.get("ALLOWED_EXTENSIONS", UNSET)
        if (
            len(src_dict) == 17
            and openai_api_request_format is not UNSET
            and supported_content_types is not UNSET
            and allowed_extensions is not UNSET
        ) or len(src_dict) == 14 + (openai_api_request_format is not UNSET) + (
            supported_content_types is not UNSET
        ) + (allowed_extensions is not UNSET):
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
