from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define

from ..._types import _new, _rebuilt


@_attrs_define
class ModelAvatarGesture:
    file_id: str
    name: str
    description: str

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {
            "file_id": self.file_id,
            "name": self.name,
            "description": self.description,
        }
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not ModelAvatarGesture:
            return _rebuilt(cls, ModelAvatarGesture.from_dict(src_dict))
        obj = _new(cls)
        obj.file_id = src_dict["file_id"]
        obj.name = src_dict["name"]
        obj.description = src_dict["description"]
        return obj
