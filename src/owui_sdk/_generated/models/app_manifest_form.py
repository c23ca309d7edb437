from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from ..._types import _new, _rebuilt
from ..types import UNSET, Unset


@_attrs_define
class AppManifestForm:
    url: str
    api_key: None | str | Unset = UNSET
    app_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {
            "url": self.url,
        }
        if self.api_key is not UNSET:
            field_dict["api_key"] = self.api_key
        if self.app_id is not UNSET:
            field_dict["app_id"] = self.app_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not AppManifestForm:
            return _rebuilt(cls, AppManifestForm.from_dict(src_dict))
        obj = _new(cls)
        obj.url = src_dict["url"]
        obj.api_key = src_dict.get("api_key", UNSET)
        obj.app_id = src_dict.get("app_id", UNSET)
        return obj
