from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._types import _new, _rebuilt

# The JSON keys this model declares; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(
    {
        "ENABLE_SUBAGENTS",
        "SUBAGENTS_BACKGROUND_ENABLED",
        "SUBAGENTS_MAX_CONCURRENT",
        "SUBAGENTS_MAX_ASYNC",
        "SUBAGENTS_MAX_ITERATIONS",
        "SUBAGENTS_MAX_OUTPUT",
        "SUBAGENTS_SYSTEM_PROMPT",
    }
)


@_attrs_define
class SubagentsConfigForm:
    enable_subagents: bool
    subagents_background_enabled: bool
    subagents_max_concurrent: int
    subagents_max_async: int
    subagents_max_iterations: int
    subagents_max_output: int
    subagents_system_prompt: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "ENABLE_SUBAGENTS": self.enable_subagents,
            "SUBAGENTS_BACKGROUND_ENABLED": self.subagents_background_enabled,
            "SUBAGENTS_MAX_CONCURRENT": self.subagents_max_concurrent,
            "SUBAGENTS_MAX_ASYNC": self.subagents_max_async,
            "SUBAGENTS_MAX_ITERATIONS": self.subagents_max_iterations,
            "SUBAGENTS_MAX_OUTPUT": self.subagents_max_output,
            "SUBAGENTS_SYSTEM_PROMPT": self.subagents_system_prompt,
        }
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not SubagentsConfigForm:
            return _rebuilt(cls, SubagentsConfigForm.from_dict(src_dict))
        obj = _new(cls)
        obj.enable_subagents = src_dict["ENABLE_SUBAGENTS"]
        obj.subagents_background_enabled = src_dict["SUBAGENTS_BACKGROUND_ENABLED"]
        obj.subagents_max_concurrent = src_dict["SUBAGENTS_MAX_CONCURRENT"]
        obj.subagents_max_async = src_dict["SUBAGENTS_MAX_ASYNC"]
        obj.subagents_max_iterations = src_dict["SUBAGENTS_MAX_ITERATIONS"]
        obj.subagents_max_output = src_dict["SUBAGENTS_MAX_OUTPUT"]
        obj.subagents_system_prompt = src_dict["SUBAGENTS_SYSTEM_PROMPT"]
        if len(src_dict) == 7:
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
