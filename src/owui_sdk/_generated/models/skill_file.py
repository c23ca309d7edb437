from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from attrs import define as _attrs_define

from ..._types import _new, _rebuilt
from ..types import UNSET, Unset


@_attrs_define
class SkillFile:
    path: str
    content: str
    encoding: Literal["base64"] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {
            "path": self.path,
            "content": self.content,
        }
        if self.encoding is not UNSET:
            field_dict["encoding"] = self.encoding
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not SkillFile:
            return _rebuilt(cls, SkillFile.from_dict(src_dict))
        obj = _new(cls)
        obj.path = src_dict["path"]
        obj.content = src_dict["content"]
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

        obj.encoding = encoding
        return obj
