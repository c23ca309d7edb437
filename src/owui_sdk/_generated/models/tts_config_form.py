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
        "API_KEY",
        "ENGINE",
        "MODEL",
        "VOICE",
        "SPLIT_ON",
        "AZURE_SPEECH_REGION",
        "AZURE_SPEECH_BASE_URL",
        "AZURE_SPEECH_OUTPUT_FORMAT",
        "MISTRAL_API_KEY",
        "MISTRAL_API_BASE_URL",
        "OPENAI_PARAMS",
        "REALTIME_TTS_PROMPT_TEMPLATE",
    }
)


@_attrs_define
class TTSConfigForm:
    openai_api_base_url: str
    openai_api_key: str
    api_key: str
    engine: str
    model: str
    voice: str
    split_on: str
    azure_speech_region: str
    azure_speech_base_url: str
    azure_speech_output_format: str
    mistral_api_key: str
    mistral_api_base_url: str
    openai_params: dict[str, Any] | None | Unset = UNSET
    realtime_tts_prompt_template: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "OPENAI_API_BASE_URL": self.openai_api_base_url,
            "OPENAI_API_KEY": self.openai_api_key,
            "API_KEY": self.api_key,
            "ENGINE": self.engine,
            "MODEL": self.model,
            "VOICE": self.voice,
            "SPLIT_ON": self.split_on,
            "AZURE_SPEECH_REGION": self.azure_speech_region,
            "AZURE_SPEECH_BASE_URL": self.azure_speech_base_url,
            "AZURE_SPEECH_OUTPUT_FORMAT": self.azure_speech_output_format,
            "MISTRAL_API_KEY": self.mistral_api_key,
            "MISTRAL_API_BASE_URL": self.mistral_api_base_url,
        }
        if self.openai_params is not UNSET:
            field_dict["OPENAI_PARAMS"] = self.openai_params
        if self.realtime_tts_prompt_template is not UNSET:
            field_dict["REALTIME_TTS_PROMPT_TEMPLATE"] = self.realtime_tts_prompt_template
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not TTSConfigForm:
            return _rebuilt(cls, TTSConfigForm.from_dict(src_dict))
        obj = _new(cls)
        obj.openai_api_base_url = src_dict["OPENAI_API_BASE_URL"]
        obj.openai_api_key = src_dict["OPENAI_API_KEY"]
        obj.api_key = src_dict["API_KEY"]
        obj.engine = src_dict["ENGINE"]
        obj.model = src_dict["MODEL"]
        obj.voice = src_dict["VOICE"]
        obj.split_on = src_dict["SPLIT_ON"]
        obj.azure_speech_region = src_dict["AZURE_SPEECH_REGION"]
        obj.azure_speech_base_url = src_dict["AZURE_SPEECH_BASE_URL"]
        obj.azure_speech_output_format = src_dict["AZURE_SPEECH_OUTPUT_FORMAT"]
        obj.mistral_api_key = src_dict["MISTRAL_API_KEY"]
        obj.mistral_api_base_url = src_dict["MISTRAL_API_BASE_URL"]
        obj.openai_params = openai_params = src_dict.get("OPENAI_PARAMS", UNSET)
        obj.realtime_tts_prompt_template = realtime_tts_prompt_template = src_dict.get(
            "REALTIME_TTS_PROMPT_TEMPLATE", UNSET
        )
        if (
            len(src_dict) == 14
            and openai_params is not UNSET
            and realtime_tts_prompt_template is not UNSET
        ) or len(src_dict) == 12 + (openai_params is not UNSET) + (
            realtime_tts_prompt_template is not UNSET
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
