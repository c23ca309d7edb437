from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from ..._types import _new, _rebuilt


@_attrs_define
class AppInteractionForm:
    message_id: str
    action_id: str

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {
            "message_id": self.message_id,
            "action_id": self.action_id,
        }
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not AppInteractionForm:
            return _rebuilt(cls, AppInteractionForm.from_dict(src_dict))
        obj = _new(cls)
        obj.message_id = src_dict["message_id"]
        obj.action_id = src_dict["action_id"]
        return obj
