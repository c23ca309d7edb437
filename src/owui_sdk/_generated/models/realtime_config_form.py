from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._types import _new, _rebuilt
from ..models.realtime_config_form_auth_type import (
    RealtimeConfigFormAuthType,
    check_realtime_config_form_auth_type,
)
from ..models.realtime_config_form_provider import (
    RealtimeConfigFormProvider,
    check_realtime_config_form_provider,
)
from ..types import UNSET, Unset

# The JSON keys this model declares; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(
    {
        "ENABLED",
        "PROVIDER",
        "AUTH_TYPE",
        "OPENAI_API_BASE_URL",
        "OPENAI_API_KEY",
        "MODEL",
        "VOICE",
        "TRANSCRIPTION_MODEL",
        "INPUT_PARAMS",
        "REALTIME_CALL_PROMPT_TEMPLATE",
    }
)


@_attrs_define
class RealtimeConfigForm:
    enabled: bool | Unset = False
    provider: RealtimeConfigFormProvider | Unset = "openai"
    auth_type: RealtimeConfigFormAuthType | Unset = "api_key"
    openai_api_base_url: str | Unset = "https://api.openai.com/v1"
    openai_api_key: str | Unset = ""
    model: str | Unset = "gpt-realtime-2.1-mini"
    voice: str | Unset = "marin"
    transcription_model: str | Unset = "gpt-transcribe"
    input_params: dict[str, Any] | None | Unset = UNSET
    realtime_call_prompt_template: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if self.enabled is not UNSET:
            field_dict["ENABLED"] = self.enabled
        if self.provider is not UNSET:
            field_dict["PROVIDER"] = self.provider
        if self.auth_type is not UNSET:
            field_dict["AUTH_TYPE"] = self.auth_type
        if self.openai_api_base_url is not UNSET:
            field_dict["OPENAI_API_BASE_URL"] = self.openai_api_base_url
        if self.openai_api_key is not UNSET:
            field_dict["OPENAI_API_KEY"] = self.openai_api_key
        if self.model is not UNSET:
            field_dict["MODEL"] = self.model
        if self.voice is not UNSET:
            field_dict["VOICE"] = self.voice
        if self.transcription_model is not UNSET:
            field_dict["TRANSCRIPTION_MODEL"] = self.transcription_model
        if self.input_params is not UNSET:
            field_dict["INPUT_PARAMS"] = self.input_params
        if self.realtime_call_prompt_template is not UNSET:
            field_dict["REALTIME_CALL_PROMPT_TEMPLATE"] = self.realtime_call_prompt_template
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not RealtimeConfigForm:
            return _rebuilt(cls, RealtimeConfigForm.from_dict(src_dict))
        obj = _new(cls)
        obj.enabled = enabled = src_dict.get("ENABLED", UNSET)
        _provider = src_dict.get("PROVIDER", UNSET)
        provider: RealtimeConfigFormProvider | Unset
        if isinstance(_provider, Unset):
            provider = UNSET
        else:
            provider = check_realtime_config_form_provider(_provider)

        obj.provider = provider
        _auth_type = src_dict.get("AUTH_TYPE", UNSET)
        auth_type: RealtimeConfigFormAuthType | Unset
        if isinstance(_auth_type, Unset):
            auth_type = UNSET
        else:
            auth_type = check_realtime_config_form_auth_type(_auth_type)

        obj.auth_type = auth_type
        obj.openai_api_base_url = openai_api_base_url = src_dict.get("OPENAI_API_BASE_URL", UNSET)
        obj.openai_api_key = openai_api_key = src_dict.get("OPENAI_API_KEY", UNSET)
        obj.model = model = src_dict.get("MODEL", UNSET)
        obj.voice = voice = src_dict.get("VOICE", UNSET)
        obj.transcription_model = transcription_model = src_dict.get("TRANSCRIPTION_MODEL", UNSET)
        obj.input_params = input_params = src_dict.get("INPUT_PARAMS", UNSET)
        obj.realtime_call_prompt_template = realtime_call_prompt_template = src_dict.get(
            "REALTIME_CALL_PROMPT_TEMPLATE", UNSET
        )
        if (
            len(src_dict) == 10
            and enabled is not UNSET
            and provider is not UNSET
            and auth_type is not UNSET
            and openai_api_base_url is not UNSET
            and openai_api_key is not UNSET
            and model is not UNSET
            and voice is not UNSET
            and transcription_model is not UNSET
            and input_params is not UNSET
            and realtime_call_prompt_template is not UNSET
        ) or len(src_dict) == 0 + (enabled is not UNSET) + (provider is not UNSET) + (
            auth_type is not UNSET
        ) + (openai_api_base_url is not UNSET) + (openai_api_key is not UNSET) + (
            model is not UNSET
        ) + (voice is not UNSET) + (transcription_model is not UNSET) + (
            input_params is not UNSET
        ) + (realtime_call_prompt_template is not UNSET):
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
