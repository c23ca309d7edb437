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
        "TASK_MODEL",
        "TASK_MODEL_EXTERNAL",
        "ENABLE_TITLE_GENERATION",
        "TITLE_GENERATION_PROMPT_TEMPLATE",
        "IMAGE_PROMPT_GENERATION_PROMPT_TEMPLATE",
        "ENABLE_AUTOCOMPLETE_GENERATION",
        "AUTOCOMPLETE_GENERATION_PROMPT_TEMPLATE",
        "TAGS_GENERATION_PROMPT_TEMPLATE",
        "FOLLOW_UP_GENERATION_PROMPT_TEMPLATE",
        "ENABLE_FOLLOW_UP_GENERATION",
        "ENABLE_TAGS_GENERATION",
        "ENABLE_SEARCH_QUERY_GENERATION",
        "ENABLE_RETRIEVAL_QUERY_GENERATION",
        "QUERY_GENERATION_PROMPT_TEMPLATE",
        "TOOLS_FUNCTION_CALLING_PROMPT_TEMPLATE",
        "ENABLE_VOICE_MODE_PROMPT",
        "VOICE_MODE_PROMPT_TEMPLATE",
        "TASK_MODEL_PARAMS",
        "AUTOCOMPLETE_GENERATION_INPUT_MAX_LENGTH",
    }
)


@_attrs_define
class TaskConfigForm:
    task_model: None | str
    task_model_external: None | str
    enable_title_generation: bool
    title_generation_prompt_template: str
    image_prompt_generation_prompt_template: str
    enable_autocomplete_generation: bool
    autocomplete_generation_prompt_template: str
    tags_generation_prompt_template: str
    follow_up_generation_prompt_template: str
    enable_follow_up_generation: bool
    enable_tags_generation: bool
    enable_search_query_generation: bool
    enable_retrieval_query_generation: bool
    query_generation_prompt_template: str
    tools_function_calling_prompt_template: str
    enable_voice_mode_prompt: bool
    voice_mode_prompt_template: None | str
    task_model_params: dict[str, Any] | None | Unset = UNSET
    autocomplete_generation_input_max_length: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "TASK_MODEL": self.task_model,
            "TASK_MODEL_EXTERNAL": self.task_model_external,
            "ENABLE_TITLE_GENERATION": self.enable_title_generation,
            "TITLE_GENERATION_PROMPT_TEMPLATE": self.title_generation_prompt_template,
            "IMAGE_PROMPT_GENERATION_PROMPT_TEMPLATE": self.image_prompt_generation_prompt_template,
            "ENABLE_AUTOCOMPLETE_GENERATION": self.enable_autocomplete_generation,
            "AUTOCOMPLETE_GENERATION_PROMPT_TEMPLATE": self.autocomplete_generation_prompt_template,
            "TAGS_GENERATION_PROMPT_TEMPLATE": self.tags_generation_prompt_template,
            "FOLLOW_UP_GENERATION_PROMPT_TEMPLATE": self.follow_up_generation_prompt_template,
            "ENABLE_FOLLOW_UP_GENERATION": self.enable_follow_up_generation,
            "ENABLE_TAGS_GENERATION": self.enable_tags_generation,
            "ENABLE_SEARCH_QUERY_GENERATION": self.enable_search_query_generation,
            "ENABLE_RETRIEVAL_QUERY_GENERATION": self.enable_retrieval_query_generation,
            "QUERY_GENERATION_PROMPT_TEMPLATE": self.query_generation_prompt_template,
            "TOOLS_FUNCTION_CALLING_PROMPT_TEMPLATE": self.tools_function_calling_prompt_template,
            "ENABLE_VOICE_MODE_PROMPT": self.enable_voice_mode_prompt,
            "VOICE_MODE_PROMPT_TEMPLATE": self.voice_mode_prompt_template,
        }
        if self.task_model_params is not UNSET:
            field_dict["TASK_MODEL_PARAMS"] = self.task_model_params
        if self.autocomplete_generation_input_max_length is not UNSET:
            field_dict["AUTOCOMPLETE_GENERATION_INPUT_MAX_LENGTH"] = (
                self.autocomplete_generation_input_max_length
            )
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not TaskConfigForm:
            return _rebuilt(cls, TaskConfigForm.from_dict(src_dict))
        obj = _new(cls)
        obj.task_model = src_dict["TASK_MODEL"]
        obj.task_model_external = src_dict["TASK_MODEL_EXTERNAL"]
        obj.enable_title_generation = src_dict["ENABLE_TITLE_GENERATION"]
        obj.title_generation_prompt_template = src_dict["TITLE_GENERATION_PROMPT_TEMPLATE"]
        obj.image_prompt_generation_prompt_template = src_dict[
            "IMAGE_PROMPT_GENERATION_PROMPT_TEMPLATE"
        ]
        obj.enable_autocomplete_generation = src_dict["ENABLE_AUTOCOMPLETE_GENERATION"]
        obj.autocomplete_generation_prompt_template = src_dict[
            "AUTOCOMPLETE_GENERATION_PROMPT_TEMPLATE"
        ]
        obj.tags_generation_prompt_template = src_dict["TAGS_GENERATION_PROMPT_TEMPLATE"]
        obj.follow_up_generation_prompt_template = src_dict["FOLLOW_UP_GENERATION_PROMPT_TEMPLATE"]
        obj.enable_follow_up_generation = src_dict["ENABLE_FOLLOW_UP_GENERATION"]
        obj.enable_tags_generation = src_dict["ENABLE_TAGS_GENERATION"]
        obj.enable_search_query_generation = src_dict["ENABLE_SEARCH_QUERY_GENERATION"]
        obj.enable_retrieval_query_generation = src_dict["ENABLE_RETRIEVAL_QUERY_GENERATION"]
        obj.query_generation_prompt_template = src_dict["QUERY_GENERATION_PROMPT_TEMPLATE"]
        obj.tools_function_calling_prompt_template = src_dict[
            "TOOLS_FUNCTION_CALLING_PROMPT_TEMPLATE"
        ]
        obj.enable_voice_mode_prompt = src_dict["ENABLE_VOICE_MODE_PROMPT"]
        obj.voice_mode_prompt_template = src_dict["VOICE_MODE_PROMPT_TEMPLATE"]
        obj.task_model_params = task_model_params = src_dict.get("TASK_MODEL_PARAMS", UNSET)
        obj.autocomplete_generation_input_max_length = autocomplete_generation_input_max_length = (
            src_dict.get("AUTOCOMPLETE_GENERATION_INPUT_MAX_LENGTH", UNSET)
        )
        if (
            len(src_dict) == 19
            and task_model_params is not UNSET
            and autocomplete_generation_input_max_length is not UNSET
        ) or len(src_dict) == 17 + (task_model_params is not UNSET) + (
            autocomplete_generation_input_max_length is not UNSET
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
