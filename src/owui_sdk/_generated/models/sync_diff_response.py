from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._types import _new, _rebuilt

# The JSON keys this model declares; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(
    {
        "added",
        "modified",
        "deleted",
        "mkdir",
        "rmdir",
        "unmodified_count",
        "directory_map",
    }
)


@_attrs_define
class SyncDiffResponse:
    added: list[dict[str, Any]]
    modified: list[dict[str, Any]]
    deleted: list[dict[str, Any]]
    mkdir: list[str]
    rmdir: list[str]
    unmodified_count: int
    directory_map: SyncDiffResponseDirectoryMap
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        directory_map = self.directory_map.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "added": self.added,
            "modified": self.modified,
            "deleted": self.deleted,
            "mkdir": self.mkdir,
            "rmdir": self.rmdir,
            "unmodified_count": self.unmodified_count,
            "directory_map": directory_map,
        }
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not SyncDiffResponse:
            return _rebuilt(cls, SyncDiffResponse.from_dict(src_dict))
        obj = _new(cls)
        obj.added = src_dict["added"]
        obj.modified = src_dict["modified"]
        obj.deleted = src_dict["deleted"]
        obj.mkdir = src_dict["mkdir"]
        obj.rmdir = src_dict["rmdir"]
        obj.unmodified_count = src_dict["unmodified_count"]
        directory_map = SyncDiffResponseDirectoryMap.from_dict(src_dict["directory_map"])

        obj.directory_map = directory_map
        if len(src_dict) == 7:
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
from ..models.sync_diff_response_directory_map import SyncDiffResponseDirectoryMap
