from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from ..._types import _new, _rebuilt
from ..types import UNSET, Unset


@_attrs_define
class MfaVerifyForm:
    challenge_token: str
    code: str
    recovery: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {
            "challenge_token": self.challenge_token,
            "code": self.code,
        }
        if self.recovery is not UNSET:
            field_dict["recovery"] = self.recovery
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not MfaVerifyForm:
            return _rebuilt(cls, MfaVerifyForm.from_dict(src_dict))
        obj = _new(cls)
        obj.challenge_token = src_dict["challenge_token"]
        obj.code = src_dict["code"]
        obj.recovery = src_dict.get("recovery", UNSET)
        return obj
