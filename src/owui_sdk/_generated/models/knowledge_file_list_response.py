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
        "items",
        "total",
        "directories",
        "breadcrumbs",
    }
)


@_attrs_define
class KnowledgeFileListResponse:
    items: list[FileUserResponse]
    total: int
    directories: list[KnowledgeDirectoryModel] | Unset = UNSET
    breadcrumbs: list[KnowledgeDirectoryModel] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        directories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.directories, Unset):
            directories = []
            for directories_item_data in self.directories:
                directories_item = directories_item_data.to_dict()
                directories.append(directories_item)

        breadcrumbs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.breadcrumbs, Unset):
            breadcrumbs = []
            for breadcrumbs_item_data in self.breadcrumbs:
                breadcrumbs_item = breadcrumbs_item_data.to_dict()
                breadcrumbs.append(breadcrumbs_item)

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "items": items,
            "total": self.total,
        }
        if directories is not UNSET:
            field_dict["directories"] = directories
        if breadcrumbs is not UNSET:
            field_dict["breadcrumbs"] = breadcrumbs
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not KnowledgeFileListResponse:
            return _rebuilt(cls, KnowledgeFileListResponse.from_dict(src_dict))
        obj = _new(cls)
        items = list(map(FileUserResponse.from_dict, src_dict["items"]))

        obj.items = items
        obj.total = src_dict["total"]
        _directories = src_dict.get("directories", UNSET)
        directories: list[KnowledgeDirectoryModel] | Unset
        if isinstance(_directories, Unset):
            directories = UNSET
        else:
            directories = list(map(KnowledgeDirectoryModel.from_dict, _directories))

        obj.directories = directories
        _breadcrumbs = src_dict.get("breadcrumbs", UNSET)
        breadcrumbs: list[KnowledgeDirectoryModel] | Unset
        if isinstance(_breadcrumbs, Unset):
            breadcrumbs = UNSET
        else:
            breadcrumbs = list(map(KnowledgeDirectoryModel.from_dict, _breadcrumbs))

        obj.breadcrumbs = breadcrumbs
        if (len(src_dict) == 4 and directories is not UNSET and breadcrumbs is not UNSET) or len(
            src_dict
        ) == 2 + (directories is not UNSET) + (breadcrumbs is not UNSET):
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
from ..models.file_user_response import FileUserResponse
from ..models.knowledge_directory_model import KnowledgeDirectoryModel
