from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        task_model: None | str
        task_model = self.task_model

        task_model_external: None | str
        task_model_external = self.task_model_external

        enable_title_generation = self.enable_title_generation

        title_generation_prompt_template = self.title_generation_prompt_template

        image_prompt_generation_prompt_template = self.image_prompt_generation_prompt_template

        enable_autocomplete_generation = self.enable_autocomplete_generation

        autocomplete_generation_prompt_template = self.autocomplete_generation_prompt_template

        tags_generation_prompt_template = self.tags_generation_prompt_template

        follow_up_generation_prompt_template = self.follow_up_generation_prompt_template

        enable_follow_up_generation = self.enable_follow_up_generation

        enable_tags_generation = self.enable_tags_generation

        enable_search_query_generation = self.enable_search_query_generation

        enable_retrieval_query_generation = self.enable_retrieval_query_generation

        query_generation_prompt_template = self.query_generation_prompt_template

        tools_function_calling_prompt_template = self.tools_function_calling_prompt_template

        enable_voice_mode_prompt = self.enable_voice_mode_prompt

        voice_mode_prompt_template: None | str
        voice_mode_prompt_template = self.voice_mode_prompt_template

        task_model_params: dict[str, Any] | None | Unset
        if isinstance(self.task_model_params, Unset):
            task_model_params = UNSET
        else:
            task_model_params = self.task_model_params

        autocomplete_generation_input_max_length: int | None | Unset
        if isinstance(self.autocomplete_generation_input_max_length, Unset):
            autocomplete_generation_input_max_length = UNSET
        else:
            autocomplete_generation_input_max_length = self.autocomplete_generation_input_max_length

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["TASK_MODEL"] = task_model
        field_dict["TASK_MODEL_EXTERNAL"] = task_model_external
        field_dict["ENABLE_TITLE_GENERATION"] = enable_title_generation
        field_dict["TITLE_GENERATION_PROMPT_TEMPLATE"] = title_generation_prompt_template
        field_dict["IMAGE_PROMPT_GENERATION_PROMPT_TEMPLATE"] = (
            image_prompt_generation_prompt_template
        )
        field_dict["ENABLE_AUTOCOMPLETE_GENERATION"] = enable_autocomplete_generation
        field_dict["AUTOCOMPLETE_GENERATION_PROMPT_TEMPLATE"] = (
            autocomplete_generation_prompt_template
        )
        field_dict["TAGS_GENERATION_PROMPT_TEMPLATE"] = tags_generation_prompt_template
        field_dict["FOLLOW_UP_GENERATION_PROMPT_TEMPLATE"] = follow_up_generation_prompt_template
        field_dict["ENABLE_FOLLOW_UP_GENERATION"] = enable_follow_up_generation
        field_dict["ENABLE_TAGS_GENERATION"] = enable_tags_generation
        field_dict["ENABLE_SEARCH_QUERY_GENERATION"] = enable_search_query_generation
        field_dict["ENABLE_RETRIEVAL_QUERY_GENERATION"] = enable_retrieval_query_generation
        field_dict["QUERY_GENERATION_PROMPT_TEMPLATE"] = query_generation_prompt_template
        field_dict["TOOLS_FUNCTION_CALLING_PROMPT_TEMPLATE"] = (
            tools_function_calling_prompt_template
        )
        field_dict["ENABLE_VOICE_MODE_PROMPT"] = enable_voice_mode_prompt
        field_dict["VOICE_MODE_PROMPT_TEMPLATE"] = voice_mode_prompt_template
        if task_model_params is not UNSET:
            field_dict["TASK_MODEL_PARAMS"] = task_model_params
        if autocomplete_generation_input_max_length is not UNSET:
            field_dict["AUTOCOMPLETE_GENERATION_INPUT_MAX_LENGTH"] = (
                autocomplete_generation_input_max_length
            )
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        task_model = src_dict["TASK_MODEL"]

        task_model_external = src_dict["TASK_MODEL_EXTERNAL"]

        enable_title_generation = src_dict["ENABLE_TITLE_GENERATION"]
        title_generation_prompt_template = src_dict["TITLE_GENERATION_PROMPT_TEMPLATE"]
        image_prompt_generation_prompt_template = src_dict[
            "IMAGE_PROMPT_GENERATION_PROMPT_TEMPLATE"
        ]
        enable_autocomplete_generation = src_dict["ENABLE_AUTOCOMPLETE_GENERATION"]
        autocomplete_generation_prompt_template = src_dict[
            "AUTOCOMPLETE_GENERATION_PROMPT_TEMPLATE"
        ]
        tags_generation_prompt_template = src_dict["TAGS_GENERATION_PROMPT_TEMPLATE"]
        follow_up_generation_prompt_template = src_dict["FOLLOW_UP_GENERATION_PROMPT_TEMPLATE"]
        enable_follow_up_generation = src_dict["ENABLE_FOLLOW_UP_GENERATION"]
        enable_tags_generation = src_dict["ENABLE_TAGS_GENERATION"]
        enable_search_query_generation = src_dict["ENABLE_SEARCH_QUERY_GENERATION"]
        enable_retrieval_query_generation = src_dict["ENABLE_RETRIEVAL_QUERY_GENERATION"]
        query_generation_prompt_template = src_dict["QUERY_GENERATION_PROMPT_TEMPLATE"]
        tools_function_calling_prompt_template = src_dict["TOOLS_FUNCTION_CALLING_PROMPT_TEMPLATE"]
        enable_voice_mode_prompt = src_dict["ENABLE_VOICE_MODE_PROMPT"]
        voice_mode_prompt_template = src_dict["VOICE_MODE_PROMPT_TEMPLATE"]

        task_model_params = src_dict.get("TASK_MODEL_PARAMS", UNSET)

        autocomplete_generation_input_max_length = src_dict.get(
            "AUTOCOMPLETE_GENERATION_INPUT_MAX_LENGTH", UNSET
        )

        obj = cls(
            task_model,
            task_model_external,
            enable_title_generation,
            title_generation_prompt_template,
            image_prompt_generation_prompt_template,
            enable_autocomplete_generation,
            autocomplete_generation_prompt_template,
            tags_generation_prompt_template,
            follow_up_generation_prompt_template,
            enable_follow_up_generation,
            enable_tags_generation,
            enable_search_query_generation,
            enable_retrieval_query_generation,
            query_generation_prompt_template,
            tools_function_calling_prompt_template,
            enable_voice_mode_prompt,
            voice_mode_prompt_template,
            task_model_params,
            autocomplete_generation_input_max_length,
        )
        if len(src_dict) != 17 + (task_model_params is not UNSET) + (
            autocomplete_generation_input_max_length is not UNSET
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
