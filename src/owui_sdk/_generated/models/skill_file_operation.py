from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._types import _new, _rebuilt
from ..models.skill_file_operation_op import SkillFileOperationOp, check_skill_file_operation_op
from ..types import UNSET, Unset

# The JSON keys this model declares; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(
    {
        "op",
        "path",
        "content",
        "encoding",
        "destination",
    }
)


@_attrs_define
class SkillFileOperation:
    op: SkillFileOperationOp
    path: str
    content: None | str | Unset = UNSET
    encoding: Literal["base64"] | None | Unset = UNSET
    destination: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "op": self.op,
            "path": self.path,
        }
        if self.content is not UNSET:
            field_dict["content"] = self.content
        if self.encoding is not UNSET:
            field_dict["encoding"] = self.encoding
        if self.destination is not UNSET:
            field_dict["destination"] = self.destination
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not SkillFileOperation:
            return _rebuilt(cls, SkillFileOperation.from_dict(src_dict))
        obj = _new(cls)
        op = check_skill_file_operation_op(src_dict["op"])

        obj.op = op
        obj.path = src_dict["path"]
        obj.content = content = src_dict.get("content", UNSET)
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
        obj.destination = destination = src_dict.get("destination", UNSET)
        if (
            len(src_dict) == 5
            and content is not UNSET
            and encoding is not UNSET
            and destination is not UNSET
        ) or len(src_dict) == 2 + (content is not UNSET) + (encoding is not UNSET) + (
            destination is not UNSET
        ):
            obj.additional_properties = {}
        else:
            obj.additional_properties = {k: v for k, v in src_dict.items() if k not in _FIELDS}
        return obj

    @property
    def additional_keys(self) -> list[str]:
        """The keys of :attr:`additional_properties`."""
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
