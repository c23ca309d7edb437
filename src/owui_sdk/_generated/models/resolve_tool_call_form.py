from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._types import _new, _rebuilt
from ..models.resolve_tool_call_form_action import (
    ResolveToolCallFormAction,
    check_resolve_tool_call_form_action,
)
from ..types import UNSET, Unset

# The JSON keys this model declares; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(
    {
        "call_id",
        "action",
        "answers",
        "timed_out",
    }
)


@_attrs_define
class ResolveToolCallForm:
    call_id: str
    action: ResolveToolCallFormAction
    answers: Any | None | Unset = UNSET
    timed_out: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "call_id": self.call_id,
            "action": self.action,
        }
        if self.answers is not UNSET:
            field_dict["answers"] = self.answers
        if self.timed_out is not UNSET:
            field_dict["timed_out"] = self.timed_out
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not ResolveToolCallForm:
            return _rebuilt(cls, ResolveToolCallForm.from_dict(src_dict))
        obj = _new(cls)
        obj.call_id = src_dict["call_id"]
        action = check_resolve_tool_call_form_action(src_dict["action"])

        obj.action = action
        obj.answers = answers = src_dict.get("answers", UNSET)
        obj.timed_out = timed_out = src_dict.get("timed_out", UNSET)
        if (len(src_dict) == 4 and answers is not UNSET and timed_out is not UNSET) or len(
            src_dict
        ) == 2 + (answers is not UNSET) + (timed_out is not UNSET):
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
