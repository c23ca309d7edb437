from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        model = self.model

        input_: list[Any] | None | str | Unset
        if isinstance(self.input_, Unset):
            input_ = UNSET
        elif isinstance(self.input_, list):
            input_ = self.input_

        else:
            input_ = self.input_

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        stream: bool | None | Unset
        if isinstance(self.stream, Unset):
            stream = UNSET
        else:
            stream = self.stream

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

        max_output_tokens: int | None | Unset
        if isinstance(self.max_output_tokens, Unset):
            max_output_tokens = UNSET
        else:
            max_output_tokens = self.max_output_tokens

        top_p: float | None | Unset
        if isinstance(self.top_p, Unset):
            top_p = UNSET
        else:
            top_p = self.top_p

        tools: list[Any] | None | Unset
        if isinstance(self.tools, Unset):
            tools = UNSET
        elif isinstance(self.tools, list):
            tools = self.tools

        else:
            tools = self.tools

        tool_choice: dict[str, Any] | None | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        else:
            tool_choice = self.tool_choice

        text: dict[str, Any] | None | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        truncation: None | str | Unset
        if isinstance(self.truncation, Unset):
            truncation = UNSET
        else:
            truncation = self.truncation

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        else:
            metadata = self.metadata

        store: bool | None | Unset
        if isinstance(self.store, Unset):
            store = UNSET
        else:
            store = self.store

        reasoning: dict[str, Any] | None | Unset
        if isinstance(self.reasoning, Unset):
            reasoning = UNSET
        else:
            reasoning = self.reasoning

        previous_response_id: None | str | Unset
        if isinstance(self.previous_response_id, Unset):
            previous_response_id = UNSET
        else:
            previous_response_id = self.previous_response_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["model"] = model
        if input_ is not UNSET:
            field_dict["input"] = input_
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if stream is not UNSET:
            field_dict["stream"] = stream
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if text is not UNSET:
            field_dict["text"] = text
        if truncation is not UNSET:
            field_dict["truncation"] = truncation
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if store is not UNSET:
            field_dict["store"] = store
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if previous_response_id is not UNSET:
            field_dict["previous_response_id"] = previous_response_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        model = src_dict["model"]
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

        instructions = src_dict.get("instructions", UNSET)

        stream = src_dict.get("stream", UNSET)

        temperature = src_dict.get("temperature", UNSET)

        max_output_tokens = src_dict.get("max_output_tokens", UNSET)

        top_p = src_dict.get("top_p", UNSET)

        _tools = src_dict.get("tools", UNSET)
        tools: list[Any] | None | Unset
        if _tools is None or isinstance(_tools, Unset):
            tools = _tools
        else:
            if not isinstance(_tools, list):
                raise TypeError(f"tools: unexpected {type(_tools).__name__}")
            tools_type_0 = _tools

            tools = tools_type_0

        tool_choice = src_dict.get("tool_choice", UNSET)

        text = src_dict.get("text", UNSET)

        truncation = src_dict.get("truncation", UNSET)

        metadata = src_dict.get("metadata", UNSET)

        store = src_dict.get("store", UNSET)

        reasoning = src_dict.get("reasoning", UNSET)

        previous_response_id = src_dict.get("previous_response_id", UNSET)

        obj = cls(
            model,
            input_,
            instructions,
            stream,
            temperature,
            max_output_tokens,
            top_p,
            tools,
            tool_choice,
            text,
            truncation,
            metadata,
            store,
            reasoning,
            previous_response_id,
        )
        if len(src_dict) != 1 + (input_ is not UNSET) + (instructions is not UNSET) + (
            stream is not UNSET
        ) + (temperature is not UNSET) + (max_output_tokens is not UNSET) + (top_p is not UNSET) + (
            tools is not UNSET
        ) + (tool_choice is not UNSET) + (text is not UNSET) + (truncation is not UNSET) + (
            metadata is not UNSET
        ) + (store is not UNSET) + (reasoning is not UNSET) + (previous_response_id is not UNSET):
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
