from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        openai_api_base_url = self.openai_api_base_url

        openai_api_key = self.openai_api_key

        engine = self.engine

        model = self.model

        whisper_model = self.whisper_model

        deepgram_api_key = self.deepgram_api_key

        azure_api_key = self.azure_api_key

        azure_region = self.azure_region

        azure_locales = self.azure_locales

        azure_base_url = self.azure_base_url

        azure_max_speakers = self.azure_max_speakers

        mistral_api_key = self.mistral_api_key

        mistral_api_base_url = self.mistral_api_base_url

        mistral_use_chat_completions = self.mistral_use_chat_completions

        openai_api_request_format = self.openai_api_request_format

        supported_content_types: list[str] | Unset = UNSET
        if not isinstance(self.supported_content_types, Unset):
            supported_content_types = self.supported_content_types

        allowed_extensions: list[str] | Unset = UNSET
        if not isinstance(self.allowed_extensions, Unset):
            allowed_extensions = self.allowed_extensions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["OPENAI_API_BASE_URL"] = openai_api_base_url
        field_dict["OPENAI_API_KEY"] = openai_api_key
        field_dict["ENGINE"] = engine
        field_dict["MODEL"] = model
        field_dict["WHISPER_MODEL"] = whisper_model
        field_dict["DEEPGRAM_API_KEY"] = deepgram_api_key
        field_dict["AZURE_API_KEY"] = azure_api_key
        field_dict["AZURE_REGION"] = azure_region
        field_dict["AZURE_LOCALES"] = azure_locales
        field_dict["AZURE_BASE_URL"] = azure_base_url
        field_dict["AZURE_MAX_SPEAKERS"] = azure_max_speakers
        field_dict["MISTRAL_API_KEY"] = mistral_api_key
        field_dict["MISTRAL_API_BASE_URL"] = mistral_api_base_url
        field_dict["MISTRAL_USE_CHAT_COMPLETIONS"] = mistral_use_chat_completions
        if openai_api_request_format is not UNSET:
            field_dict["OPENAI_API_REQUEST_FORMAT"] = openai_api_request_format
        if supported_content_types is not UNSET:
            field_dict["SUPPORTED_CONTENT_TYPES"] = supported_content_types
        if allowed_extensions is not UNSET:
            field_dict["ALLOWED_EXTENSIONS"] = allowed_extensions
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        openai_api_base_url = src_dict["OPENAI_API_BASE_URL"]
        openai_api_key = src_dict["OPENAI_API_KEY"]
        engine = src_dict["ENGINE"]
        model = src_dict["MODEL"]
        whisper_model = src_dict["WHISPER_MODEL"]
        deepgram_api_key = src_dict["DEEPGRAM_API_KEY"]
        azure_api_key = src_dict["AZURE_API_KEY"]
        azure_region = src_dict["AZURE_REGION"]
        azure_locales = src_dict["AZURE_LOCALES"]
        azure_base_url = src_dict["AZURE_BASE_URL"]
        azure_max_speakers = src_dict["AZURE_MAX_SPEAKERS"]
        mistral_api_key = src_dict["MISTRAL_API_KEY"]
        mistral_api_base_url = src_dict["MISTRAL_API_BASE_URL"]
        mistral_use_chat_completions = src_dict["MISTRAL_USE_CHAT_COMPLETIONS"]
        openai_api_request_format = src_dict.get("OPENAI_API_REQUEST_FORMAT", UNSET)
        supported_content_types = src_dict.get("SUPPORTED_CONTENT_TYPES", UNSET)

        allowed_extensions = src_dict.get("ALLOWED_EXTENSIONS", UNSET)

        obj = cls(
            openai_api_base_url,
            openai_api_key,
            engine,
            model,
            whisper_model,
            deepgram_api_key,
            azure_api_key,
            azure_region,
            azure_locales,
            azure_base_url,
            azure_max_speakers,
            mistral_api_key,
            mistral_api_base_url,
            mistral_use_chat_completions,
            openai_api_request_format,
            supported_content_types,
            allowed_extensions,
        )
        if len(src_dict) != 14 + (openai_api_request_format is not UNSET) + (
            supported_content_types is not UNSET
        ) + (allowed_extensions is not UNSET):
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
