from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from ..._types import _new, _rebuilt


@_attrs_define
class MfaChallengeForm:
    challenge_token: str

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {
            "challenge_token": self.challenge_token,
        }
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not MfaChallengeForm:
            return _rebuilt(cls, MfaChallengeForm.from_dict(src_dict))
        obj = _new(cls)
        obj.challenge_token = src_dict["challenge_token"]
        return obj
