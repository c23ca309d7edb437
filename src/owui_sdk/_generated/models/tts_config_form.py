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
        openai_api_base_url = self.openai_api_base_url

        openai_api_key = self.openai_api_key

        api_key = self.api_key

        engine = self.engine

        model = self.model

        voice = self.voice

        split_on = self.split_on

        azure_speech_region = self.azure_speech_region

        azure_speech_base_url = self.azure_speech_base_url

        azure_speech_output_format = self.azure_speech_output_format

        mistral_api_key = self.mistral_api_key

        mistral_api_base_url = self.mistral_api_base_url

        openai_params: dict[str, Any] | None | Unset
        if isinstance(self.openai_params, Unset):
            openai_params = UNSET
        else:
            openai_params = self.openai_params

        realtime_tts_prompt_template: None | str | Unset
        if isinstance(self.realtime_tts_prompt_template, Unset):
            realtime_tts_prompt_template = UNSET
        else:
            realtime_tts_prompt_template = self.realtime_tts_prompt_template

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["OPENAI_API_BASE_URL"] = openai_api_base_url
        field_dict["OPENAI_API_KEY"] = openai_api_key
        field_dict["API_KEY"] = api_key
        field_dict["ENGINE"] = engine
        field_dict["MODEL"] = model
        field_dict["VOICE"] = voice
        field_dict["SPLIT_ON"] = split_on
        field_dict["AZURE_SPEECH_REGION"] = azure_speech_region
        field_dict["AZURE_SPEECH_BASE_URL"] = azure_speech_base_url
        field_dict["AZURE_SPEECH_OUTPUT_FORMAT"] = azure_speech_output_format
        field_dict["MISTRAL_API_KEY"] = mistral_api_key
        field_dict["MISTRAL_API_BASE_URL"] = mistral_api_base_url
        if openai_params is not UNSET:
            field_dict["OPENAI_PARAMS"] = openai_params
        if realtime_tts_prompt_template is not UNSET:
            field_dict["REALTIME_TTS_PROMPT_TEMPLATE"] = realtime_tts_prompt_template
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
        api_key = src_dict["API_KEY"]
        engine = src_dict["ENGINE"]
        model = src_dict["MODEL"]
        voice = src_dict["VOICE"]
        split_on = src_dict["SPLIT_ON"]
        azure_speech_region = src_dict["AZURE_SPEECH_REGION"]
        azure_speech_base_url = src_dict["AZURE_SPEECH_BASE_URL"]
        azure_speech_output_format = src_dict["AZURE_SPEECH_OUTPUT_FORMAT"]
        mistral_api_key = src_dict["MISTRAL_API_KEY"]
        mistral_api_base_url = src_dict["MISTRAL_API_BASE_URL"]
        openai_params = src_dict.get("OPENAI_PARAMS", UNSET)

        realtime_tts_prompt_template = src_dict.get("REALTIME_TTS_PROMPT_TEMPLATE", UNSET)

        obj = cls(
            openai_api_base_url,
            openai_api_key,
            api_key,
            engine,
            model,
            voice,
            split_on,
            azure_speech_region,
            azure_speech_base_url,
            azure_speech_output_format,
            mistral_api_key,
            mistral_api_base_url,
            openai_params,
            realtime_tts_prompt_template,
        )
        if len(src_dict) != 12 + (openai_params is not UNSET) + (
            realtime_tts_prompt_template is not UNSET
        ):
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
