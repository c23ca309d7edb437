from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        call_id = self.call_id

        action: str = self.action

        answers: Any | None | Unset
        if isinstance(self.answers, Unset):
            answers = UNSET
        else:
            answers = self.answers

        timed_out = self.timed_out

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["call_id"] = call_id
        field_dict["action"] = action
        if answers is not UNSET:
            field_dict["answers"] = answers
        if timed_out is not UNSET:
            field_dict["timed_out"] = timed_out
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        call_id = src_dict["call_id"]
        action = check_resolve_tool_call_form_action(src_dict["action"])

        answers = src_dict.get("answers", UNSET)

        timed_out = src_dict.get("timed_out", UNSET)
        obj = cls(
            call_id,
            action,
            answers,
            timed_out,
        )
        if len(src_dict) != 2 + (answers is not UNSET) + (timed_out is not UNSET):
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
