from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define


@_attrs_define
class ModelAvatarAnimation:
    file_id: str

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        file_id = self.file_id

        field_dict: dict[str, Any] = {}
        field_dict["file_id"] = file_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        file_id = src_dict["file_id"]
        obj = cls(
            file_id,
        )
        return obj
