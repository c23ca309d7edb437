from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from ..._types import _new, _rebuilt
from ..types import UNSET, Unset


@_attrs_define
class FolderForm:
    name: str
    data: dict[str, Any] | None | Unset = UNSET
    meta: dict[str, Any] | None | Unset = UNSET
    parent_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {
            "name": self.name,
        }
        if self.data is not UNSET:
            field_dict["data"] = self.data
        if self.meta is not UNSET:
            field_dict["meta"] = self.meta
        if self.parent_id is not UNSET:
            field_dict["parent_id"] = self.parent_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not FolderForm:
            return _rebuilt(cls, FolderForm.from_dict(src_dict))
        obj = _new(cls)
        obj.name = src_dict["name"]
        obj.data = src_dict.get("data", UNSET)
        obj.meta = src_dict.get("meta", UNSET)
        obj.parent_id = src_dict.get("parent_id", UNSET)
        return obj
