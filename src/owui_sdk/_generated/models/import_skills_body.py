from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._types import _new, _rebuilt
from .. import types
from ..types import File

# The JSON keys this model declares; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(
    {
        "files",
        "decisions",
    }
)


@_attrs_define
class ImportSkillsBody:
    files: list[File]
    decisions: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        files = []
        for files_item_data in self.files:
            files_item = files_item_data.to_tuple()

            files.append(files_item)

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "files": files,
            "decisions": self.decisions,
        }
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        """This model as multipart/form-data parts."""
        files: types.RequestFiles = []

        for files_item_element in self.files:
            files.append(("files", files_item_element.to_tuple()))

        files.append(("decisions", (None, str(self.decisions).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not ImportSkillsBody:
            return _rebuilt(cls, ImportSkillsBody.from_dict(src_dict))
        obj = _new(cls)
        files = []
        for files_item_data in src_dict["files"]:
            files_item = File(payload=BytesIO(files_item_data))

            files.append(files_item)

        obj.files = files
        obj.decisions = src_dict["decisions"]
        if len(src_dict) == 2:
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
