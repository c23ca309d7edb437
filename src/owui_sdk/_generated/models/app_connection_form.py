from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from ..types import UNSET, Unset


@_attrs_define
class AppConnectionForm:
    api_key: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        api_key: None | str | Unset
        if isinstance(self.api_key, Unset):
            api_key = UNSET
        else:
            api_key = self.api_key

        field_dict: dict[str, Any] = {}
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        api_key = src_dict.get("api_key", UNSET)

        obj = cls(
            api_key,
        )
        return obj
