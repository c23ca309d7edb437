from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from ..types import UNSET, Unset


@_attrs_define
class MfaVerifyForm:
    challenge_token: str
    code: str
    recovery: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        challenge_token = self.challenge_token

        code = self.code

        recovery = self.recovery

        field_dict: dict[str, Any] = {}
        field_dict["challenge_token"] = challenge_token
        field_dict["code"] = code
        if recovery is not UNSET:
            field_dict["recovery"] = recovery
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        challenge_token = src_dict["challenge_token"]
        code = src_dict["code"]
        recovery = src_dict.get("recovery", UNSET)
        obj = cls(
            challenge_token,
            code,
            recovery,
        )
        return obj
