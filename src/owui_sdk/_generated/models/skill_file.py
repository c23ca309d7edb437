from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset


@_attrs_define
class SkillFile:
    path: str
    content: str
    encoding: Literal["base64"] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        path = self.path

        content = self.content

        encoding: Literal["base64"] | None | Unset
        if isinstance(self.encoding, Unset):
            encoding = UNSET
        else:
            encoding = self.encoding

        field_dict: dict[str, Any] = {}
        field_dict["path"] = path
        field_dict["content"] = content
        if encoding is not UNSET:
            field_dict["encoding"] = encoding
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        path = src_dict["path"]
        content = src_dict["content"]
        _encoding = src_dict.get("encoding", UNSET)
        encoding: Literal["base64"] | None | Unset
        if _encoding is None or isinstance(_encoding, Unset):
            encoding = _encoding
        else:
            encoding_type_0 = cast(Literal["base64"], _encoding)
            if encoding_type_0 != "base64":
                raise ValueError(
                    f"encoding_type_0 must match const 'base64', got '{encoding_type_0}'"
                )
            encoding = encoding_type_0

        obj = cls(
            path,
            content,
            encoding,
        )
        return obj
