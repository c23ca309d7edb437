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
        "prompt",
        "model_id",
        "rrule",
        "terminal",
        "target",
    }
)


@_attrs_define
class AutomationData:
    prompt: str
    model_id: str
    rrule: str
    terminal: AutomationTerminalConfig | None | Unset = UNSET
    target: AutomationTarget | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        terminal: dict[str, Any] | None | Unset
        if isinstance(self.terminal, Unset):
            terminal = UNSET
        elif isinstance(self.terminal, AutomationTerminalConfig):
            terminal = self.terminal.to_dict()
        else:
            terminal = self.terminal

        target: dict[str, Any] | None | Unset
        if isinstance(self.target, Unset):
            target = UNSET
        elif isinstance(self.target, AutomationTarget):
            target = self.target.to_dict()
        else:
            target = self.target

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "prompt": self.prompt,
            "model_id": self.model_id,
            "rrule": self.rrule,
        }
        if terminal is not UNSET:
            field_dict["terminal"] = terminal
        if target is not UNSET:
            field_dict["target"] = target
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not AutomationData:
            return _rebuilt(cls, AutomationData.from_dict(src_dict))
        obj = _new(cls)
        obj.prompt = src_dict["prompt"]
        obj.model_id = src_dict["model_id"]
        obj.rrule = src_dict["rrule"]
        _terminal = src_dict.get("terminal", UNSET)
        terminal: AutomationTerminalConfig | None | Unset
        if _terminal is None or isinstance(_terminal, Unset):
            terminal = _terminal
        else:
            if not isinstance(_terminal, dict):
                raise TypeError(f"terminal: unexpected {type(_terminal).__name__}")
            terminal_type_0 = AutomationTerminalConfig.from_dict(_terminal)

            terminal = terminal_type_0

        obj.terminal = terminal
        _target = src_dict.get("target", UNSET)
        target: AutomationTarget | None | Unset
        if _target is None or isinstance(_target, Unset):
            target = _target
        else:
            if not isinstance(_target, dict):
                raise TypeError(f"target: unexpected {type(_target).__name__}")
            target_type_0 = AutomationTarget.from_dict(_target)

            target = target_type_0

        obj.target = target
        if (len(src_dict) == 5 and terminal is not UNSET and target is not UNSET) or len(
            src_dict
        ) == 3 + (terminal is not UNSET) + (target is not UNSET):
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


# Imported last, not first: models refer to each other in cycles, and by now this module's
# class exists for any module in the cycle that imports it back.
from ..models.automation_target import AutomationTarget
from ..models.automation_terminal_config import AutomationTerminalConfig
