from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._types import _new, _rebuilt
from .. import types
from ..types import UNSET, File, Unset

# The JSON keys this model declares; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(
    {
        "file",
        "language",
    }
)


@_attrs_define
class TranscriptionBody:
    file: File
    language: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        file = self.file.to_tuple()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "file": file,
        }
        if self.language is not UNSET:
            field_dict["language"] = self.language
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        """This model as multipart/form-data parts."""
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        if not isinstance(self.language, Unset):
            if isinstance(self.language, str):
                files.append(("language", (None, str(self.language).encode(), "text/plain")))
            else:
                files.append(("language", (None, str(self.language).encode(), "text/plain")))

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
        if cls is not TranscriptionBody:
            return _rebuilt(cls, TranscriptionBody.from_dict(src_dict))
        obj = _new(cls)
        file = File(payload=BytesIO(src_dict["file"]))

        obj.file = file
        obj.language = language = src_dict.get("language", UNSET)
        if (len(src_dict) == 2 and language is not UNSET) or len(src_dict) == 1 + (
            language is not UNSET
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
