from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from ..._types import _new, _rebuilt
from ..types import UNSET, Unset


@_attrs_define
class AppConnectionForm:
    api_key: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {}
        if self.api_key is not UNSET:
            field_dict["api_key"] = self.api_key
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not AppConnectionForm:
            return _rebuilt(cls, AppConnectionForm.from_dict(src_dict))
        obj = _new(cls)
        obj.api_key = src_dict.get("api_key", UNSET)
        return obj
