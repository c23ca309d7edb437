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
        "user_id",
        "name",
        "description",
        "created_at",
        "updated_at",
        "meta",
        "access_grants",
        "files",
    }
)


@_attrs_define
class KnowledgeResponse:
    id: str
    user_id: str
    name: str
    description: str
    created_at: int
    updated_at: int
    meta: dict[str, Any] | None | Unset = UNSET
    access_grants: list[AccessGrantModel] | Unset = UNSET
    files: list[dict[str, Any] | FileMetadataResponse] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        access_grants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.access_grants, Unset):
            access_grants = []
            for access_grants_item_data in self.access_grants:
                access_grants_item = access_grants_item_data.to_dict()
                access_grants.append(access_grants_item)

        files: list[dict[str, Any]] | None | Unset
        if isinstance(self.files, Unset):
            files = UNSET
        elif isinstance(self.files, list):
            files = []
            for files_type_0_item_data in self.files:
                files_type_0_item: dict[str, Any]
                if isinstance(files_type_0_item_data, FileMetadataResponse):
                    files_type_0_item = files_type_0_item_data.to_dict()
                else:
                    files_type_0_item = files_type_0_item_data
                files.append(files_type_0_item)

        else:
            files = self.files

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": self.id,
            "user_id": self.user_id,
            "name": self.name,
            "description": self.description,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
        }
        if self.meta is not UNSET:
            field_dict["meta"] = self.meta
        if access_grants is not UNSET:
            field_dict["access_grants"] = access_grants
        if files is not UNSET:
            field_dict["files"] = files
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not KnowledgeResponse:
            return _rebuilt(cls, KnowledgeResponse.from_dict(src_dict))
        obj = _new(cls)
        obj.id = src_dict["id"]
        obj.user_id = src_dict["user_id"]
        obj.name = src_dict["name"]
        obj.description = src_dict["description"]
        obj.created_at = src_dict["created_at"]
        obj.updated_at = src_dict["updated_at"]
        obj.meta = meta = src_dict.get("meta", UNSET)
        _access_grants = src_dict.get("access_grants", UNSET)
        access_grants: list[AccessGrantModel] | Unset
        if isinstance(_access_grants, Unset):
            access_grants = UNSET
        else:
            access_grants = list(map(AccessGrantModel.from_dict, _access_grants))

        obj.access_grants = access_grants
        _files = src_dict.get("files", UNSET)
        files: list[dict[str, Any] | FileMetadataResponse] | None | Unset
        if _files is None or isinstance(_files, Unset):
            files = _files
        else:
            if not isinstance(_files, list):
                raise TypeError(f"files: unexpected {type(_files).__name__}")
            files_type_0 = []
            for files_type_0_item_data in _files:
                _files_type_0_item = files_type_0_item_data
                files_type_0_item: dict[str, Any] | FileMetadataResponse
                try:
                    if not isinstance(_files_type_0_item, dict):
                        raise TypeError()
                    files_type_0_item_type_0 = FileMetadataResponse.from_dict(_files_type_0_item)

                    files_type_0_item = files_type_0_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    files_type_0_item = _files_type_0_item

                files_type_0.append(files_type_0_item)

            files = files_type_0

        obj.files = files
        if (
            len(src_dict) == 9
            and meta is not UNSET
            and access_grants is not UNSET
            and files is not UNSET
        ) or len(src_dict) == 6 + (meta is not UNSET) + (access_grants is not UNSET) + (
            files is not UNSET
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
from ..models.access_grant_model import AccessGrantModel
from ..models.file_metadata_response import FileMetadataResponse
