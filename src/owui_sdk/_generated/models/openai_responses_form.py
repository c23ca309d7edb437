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
        "model",
        "input",
        "instructions",
        "stream",
        "temperature",
        "max_output_tokens",
        "top_p",
        "tools",
        "tool_choice",
        "text",
        "truncation",
        "metadata",
        "store",
        "reasoning",
        "previous_response_id",
    }
)


@_attrs_define
class OpenaiResponsesForm:
    model: str
    input_: list[Any] | None | str | Unset = _attrs_field(default=UNSET, alias="input")
    instructions: None | str | Unset = UNSET
    stream: bool | None | Unset = UNSET
    temperature: float | None | Unset = UNSET
    max_output_tokens: int | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    tools: list[Any] | None | Unset = UNSET
    tool_choice: dict[str, Any] | None | str | Unset = UNSET
    text: dict[str, Any] | None | Unset = UNSET
    truncation: None | str | Unset = UNSET
    metadata: dict[str, Any] | None | Unset = UNSET
    store: bool | None | Unset = UNSET
    reasoning: dict[str, Any] | None | Unset = UNSET
    previous_response_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "model": self.model,
        }
        if self.input_ is not UNSET:
            field_dict["input"] = self.input_
        if self.instructions is not UNSET:
            field_dict["instructions"] = self.instructions
        if self.stream is not UNSET:
            field_dict["stream"] = self.stream
        if self.temperature is not UNSET:
            field_dict["temperature"] = self.temperature
        if self.max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = self.max_output_tokens
        if self.top_p is not UNSET:
            field_dict["top_p"] = self.top_p
        if self.tools is not UNSET:
            field_dict["tools"] = self.tools
        if self.tool_choice is not UNSET:
            field_dict["tool_choice"] = self.tool_choice
        if self.text is not UNSET:
            field_dict["text"] = self.text
        if self.truncation is not UNSET:
            field_dict["truncation"] = self.truncation
        if self.metadata is not UNSET:
            field_dict["metadata"] = self.metadata
        if self.store is not UNSET:
            field_dict["store"] = self.store
        if self.reasoning is not UNSET:
            field_dict["reasoning"] = self.reasoning
        if self.previous_response_id is not UNSET:
            field_dict["previous_response_id"] = self.previous_response_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not OpenaiResponsesForm:
            return _rebuilt(cls, OpenaiResponsesForm.from_dict(src_dict))
        obj = _new(cls)
        obj.model = src_dict["model"]
        _input_ = src_dict.get("input", UNSET)
        input_: list[Any] | None | str | Unset
        if _input_ is None or isinstance(_input_, Unset):
            input_ = _input_
        else:
            try:
                if not isinstance(_input_, list):
                    raise TypeError()
                input_type_0 = _input_

                input_ = input_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                input_ = _input_

        obj.input_ = input_
        obj.instructions = instructions = src_dict.get("instructions", UNSET)
        obj.stream = stream = src_dict.get("stream", UNSET)
        obj.temperature = temperature = src_dict.get("temperature", UNSET)
        obj.max_output_tokens = max_output_tokens = src_dict.get("max_output_tokens", UNSET)
        obj.top_p = top_p = src_dict.get("top_p", UNSET)
        _tools = src_dict.get("tools", UNSET)
        tools: list[Any] | None | Unset
        if _tools is None or isinstance(_tools, Unset):
            tools = _tools
        else:
            if not isinstance(_tools, list):
                raise TypeError(f"tools: unexpected {type(_tools).__name__}")
            tools_type_0 = _tools

            tools = tools_type_0

        obj.tools = tools
        obj.tool_choice = tool_choice = src_dict.get("tool_choice", UNSET)
        obj.text = text = src_dict.get("text", UNSET)
        obj.truncation = truncation = src_dict.get("truncation", UNSET)
        obj.metadata = metadata = src_dict.get("metadata", UNSET)
        obj.store = store = src_dict.get("store", UNSET)
        obj.reasoning = reasoning = src_dict.get("reasoning", UNSET)
        obj.previous_response_id = previous_response_id = src_dict.get(
            "previous_response_id", UNSET
        )
        if (
            len(src_dict) == 15
            and input_ is not UNSET
            and instructions is not UNSET
            and stream is not UNSET
            and temperature is not UNSET
            and max_output_tokens is not UNSET
            and top_p is not UNSET
            and tools is not UNSET
            and tool_choice is not UNSET
            and text is not UNSET
            and truncation is not UNSET
            and metadata is not UNSET
            and store is not UNSET
            and reasoning is not UNSET
            and previous_response_id is not UNSET
        ) or len(src_dict) == 1 + (input_ is not UNSET) + (instructions is not UNSET) + (
            stream is not UNSET
        ) + (temperature is not UNSET) + (max_output_tokens is not UNSET) + (top_p is not UNSET) + (
            tools is not UNSET
        ) + (tool_choice is not UNSET) + (text is not UNSET) + (truncation is not UNSET) + (
            metadata is not UNSET
        ) + (store is not UNSET) + (reasoning is not UNSET) + (previous_response_id is not UNSET):
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
