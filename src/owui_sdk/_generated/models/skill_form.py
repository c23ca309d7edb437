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
        "description",
        "content",
        "files",
        "data",
        "operations",
        "expected_version_id",
        "commit_message",
        "meta",
        "is_active",
        "access_grants",
    }
)


@_attrs_define
class SkillForm:
    id: str
    name: str
    description: None | str | Unset = UNSET
    content: None | str | Unset = UNSET
    files: list[SkillFile] | None | Unset = UNSET
    data: None | SkillData | Unset = UNSET
    operations: list[SkillFileOperation] | None | Unset = UNSET
    expected_version_id: None | str | Unset = UNSET
    commit_message: None | str | Unset = UNSET
    meta: SkillMeta | Unset = UNSET
    is_active: bool | Unset = True
    access_grants: list[dict[str, Any]] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        files: list[dict[str, Any]] | None | Unset
        if isinstance(self.files, Unset):
            files = UNSET
        elif isinstance(self.files, list):
            files = []
            for files_type_0_item_data in self.files:
                files_type_0_item = files_type_0_item_data.to_dict()
                files.append(files_type_0_item)

        else:
            files = self.files

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, SkillData):
            data = self.data.to_dict()
        else:
            data = self.data

        operations: list[dict[str, Any]] | None | Unset
        if isinstance(self.operations, Unset):
            operations = UNSET
        elif isinstance(self.operations, list):
            operations = []
            for operations_type_0_item_data in self.operations:
                operations_type_0_item = operations_type_0_item_data.to_dict()
                operations.append(operations_type_0_item)

        else:
            operations = self.operations

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": self.id,
            "name": self.name,
        }
        if self.description is not UNSET:
            field_dict["description"] = self.description
        if self.content is not UNSET:
            field_dict["content"] = self.content
        if files is not UNSET:
            field_dict["files"] = files
        if data is not UNSET:
            field_dict["data"] = data
        if operations is not UNSET:
            field_dict["operations"] = operations
        if self.expected_version_id is not UNSET:
            field_dict["expected_version_id"] = self.expected_version_id
        if self.commit_message is not UNSET:
            field_dict["commit_message"] = self.commit_message
        if meta is not UNSET:
            field_dict["meta"] = meta
        if self.is_active is not UNSET:
            field_dict["is_active"] = self.is_active
        if self.access_grants is not UNSET:
            field_dict["access_grants"] = self.access_grants
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not SkillForm:
            return _rebuilt(cls, SkillForm.from_dict(src_dict))
        obj = _new(cls)
        obj.id = src_dict["id"]
        obj.name = src_dict["name"]
        obj.description = description = src_dict.get("description", UNSET)
        obj.content = content = src_dict.get("content", UNSET)
        _files = src_dict.get("files", UNSET)
        files: list[SkillFile] | None | Unset
        if _files is None or isinstance(_files, Unset):
            files = _files
        else:
            if not isinstance(_files, list):
                raise TypeError(f"files: unexpected {type(_files).__name__}")
            files_type_0 = list(map(SkillFile.from_dict, _files))

            files = files_type_0

        obj.files = files
        _data = src_dict.get("data", UNSET)
        data: None | SkillData | Unset
        if _data is None or isinstance(_data, Unset):
            data = _data
        else:
            if not isinstance(_data, dict):
                raise TypeError(f"data: unexpected {type(_data).__name__}")
            data_type_0 = SkillData.from_dict(_data)

            data = data_type_0

        obj.data = data
        _operations = src_dict.get("operations", UNSET)
        operations: list[SkillFileOperation] | None | Unset
        if _operations is None or isinstance(_operations, Unset):
            operations = _operations
        else:
            if not isinstance(_operations, list):
                raise TypeError(f"operations: unexpected {type(_operations).__name__}")
            operations_type_0 = list(map(SkillFileOperation.from_dict, _operations))

            operations = operations_type_0

        obj.operations = operations
        obj.expected_version_id = expected_version_id = src_dict.get("expected_version_id", UNSET)
        obj.commit_message = commit_message = src_dict.get("commit_message", UNSET)
        _meta = src_dict.get("meta", UNSET)
        meta: SkillMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = SkillMeta.from_dict(_meta)

        obj.meta = meta
        obj.is_active = is_active = src_dict.get("is_active", UNSET)
        _access_grants = src_dict.get("access_grants", UNSET)
        access_grants: list[dict[str, Any]] | None | Unset
        if _access_grants is None or isinstance(_access_grants, Unset):
            access_grants = _access_grants
        else:
            if not isinstance(_access_grants, list):
                raise TypeError(f"access_grants: unexpected {type(_access_grants).__name__}")
            access_grants_type_0 = _access_grants

            access_grants = access_grants_type_0

        obj.access_grants = access_grants
        if (
            len(src_dict) == 12
            and description is not UNSET
            and content is not UNSET
            and files is not UNSET
            and data is not UNSET
            and operations is not UNSET
            and expected_version_id is not UNSET
            and commit_message is not UNSET
            and meta is not UNSET
            and is_active is not UNSET
            and access_grants is not UNSET
        ) or len(src_dict) == 2 + (description is not UNSET) + (content is not UNSET) + (
            files is not UNSET
        ) + (data is not UNSET) + (operations is not UNSET) + (expected_version_id is not UNSET) + (
            commit_message is not UNSET
        ) + (meta is not UNSET) + (is_active is not UNSET) + (access_grants is not UNSET):
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
from ..models.skill_data import SkillData
from ..models.skill_file import SkillFile
from ..models.skill_file_operation import SkillFileOperation
from ..models.skill_meta import SkillMeta
