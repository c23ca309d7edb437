from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from ..types import UNSET, Unset


@_attrs_define
class FolderForm:
    name: str
    data: dict[str, Any] | None | Unset = UNSET
    meta: dict[str, Any] | None | Unset = UNSET
    parent_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        name = self.name

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        else:
            data = self.data

        meta: dict[str, Any] | None | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        else:
            meta = self.meta

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        field_dict: dict[str, Any] = {}
        field_dict["name"] = name
        if data is not UNSET:
            field_dict["data"] = data
        if meta is not UNSET:
            field_dict["meta"] = meta
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        name = src_dict["name"]
        data = src_dict.get("data", UNSET)

        meta = src_dict.get("meta", UNSET)

        parent_id = src_dict.get("parent_id", UNSET)

        obj = cls(
            name,
            data,
            meta,
            parent_id,
        )
        return obj
