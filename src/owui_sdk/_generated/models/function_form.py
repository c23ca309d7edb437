from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._types import _new, _rebuilt
from ..types import UNSET, Unset

# The JSON keys this model declares; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "content",
        "meta",
        "commit_message",
    }
)


@_attrs_define
class FunctionForm:
    id: str
    name: str
    content: str
    meta: FunctionMeta
    commit_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": self.id,
            "name": self.name,
            "content": self.content,
            "meta": meta,
        }
        if self.commit_message is not UNSET:
            field_dict["commit_message"] = self.commit_message
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not FunctionForm:
            return _rebuilt(cls, FunctionForm.from_dict(src_dict))
        obj = _new(cls)
        obj.id = src_dict["id"]
        obj.name = src_dict["name"]
        obj.content = src_dict["content"]
        meta = FunctionMeta.from_dict(src_dict["meta"])

        obj.meta = meta
        obj.commit_message = commit_message = src_dict.get("commit_message", UNSET)
        if (len(src_dict) == 5 and commit_message is not UNSET) or len(src_dict) == 4 + (
            commit_message is not UNSET
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


# Imported last, not first: models refer to each other in cycles, and by now this module's
# class exists for any module in the cycle that imports it back.
from ..models.function_meta import FunctionMeta
