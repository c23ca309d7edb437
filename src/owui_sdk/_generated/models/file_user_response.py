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
        "filename",
        "created_at",
        "hash",
        "data",
        "meta",
        "updated_at",
        "directory_id",
        "directory_path",
        "has_original",
        "user",
    }
)


@_attrs_define
class FileUserResponse:
    id: str
    user_id: str
    filename: str
    created_at: int
    hash_: None | str | Unset = _attrs_field(default=UNSET, alias="hash")
    data: dict[str, Any] | None | Unset = UNSET
    meta: FileMeta | None | Unset = UNSET
    updated_at: int | None | Unset = UNSET
    directory_id: None | str | Unset = UNSET
    directory_path: str | Unset = ""
    has_original: bool | Unset = True
    user: None | Unset | UsersUserResponse = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        meta: dict[str, Any] | None | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, FileMeta):
            meta = self.meta.to_dict()
        else:
            meta = self.meta

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, UsersUserResponse):
            user = self.user.to_dict()
        else:
            user = self.user

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": self.id,
            "user_id": self.user_id,
            "filename": self.filename,
            "created_at": self.created_at,
        }
        if self.hash_ is not UNSET:
            field_dict["hash"] = self.hash_
        if self.data is not UNSET:
            field_dict["data"] = self.data
        if meta is not UNSET:
            field_dict["meta"] = meta
        if self.updated_at is not UNSET:
            field_dict["updated_at"] = self.updated_at
        if self.directory_id is not UNSET:
            field_dict["directory_id"] = self.directory_id
        if self.directory_path is not UNSET:
            field_dict["directory_path"] = self.directory_path
        if self.has_original is not UNSET:
            field_dict["has_original"] = self.has_original
        if user is not UNSET:
            field_dict["user"] = user
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not FileUserResponse:
            return _rebuilt(cls, FileUserResponse.from_dict(src_dict))
        obj = _new(cls)
        obj.id = src_dict["id"]
        obj.user_id = src_dict["user_id"]
        obj.filename = src_dict["filename"]
        obj.created_at = src_dict["created_at"]
        obj.hash_ = hash_ = src_dict.get("hash", UNSET)
        obj.data = data = src_dict.get("data", UNSET)
        _meta = src_dict.get("meta", UNSET)
        meta: FileMeta | None | Unset
        if _meta is None or isinstance(_meta, Unset):
            meta = _meta
        else:
            if not isinstance(_meta, dict):
                raise TypeError(f"meta: unexpected {type(_meta).__name__}")
            meta_type_0 = FileMeta.from_dict(_meta)

            meta = meta_type_0

        obj.meta = meta
        obj.updated_at = updated_at = src_dict.get("updated_at", UNSET)
        obj.directory_id = directory_id = src_dict.get("directory_id", UNSET)
        obj.directory_path = directory_path = src_dict.get("directory_path", UNSET)
        obj.has_original = has_original = src_dict.get("has_original", UNSET)
        _user = src_dict.get("user", UNSET)
        user: None | Unset | UsersUserResponse
        if _user is None or isinstance(_user, Unset):
            user = _user
        else:
            if not isinstance(_user, dict):
                raise TypeError(f"user: unexpected {type(_user).__name__}")
            user_type_0 = UsersUserResponse.from_dict(_user)

            user = user_type_0

        obj.user = user
        if (
            len(src_dict) == 12
            and hash_ is not UNSET
            and data is not UNSET
            and meta is not UNSET
            and updated_at is not UNSET
            and directory_id is not UNSET
            and directory_path is not UNSET
            and has_original is not UNSET
            and user is not UNSET
        ) or len(src_dict) == 4 + (hash_ is not UNSET) + (data is not UNSET) + (
            meta is not UNSET
        ) + (updated_at is not UNSET) + (directory_id is not UNSET) + (
            directory_path is not UNSET
        ) + (has_original is not UNSET) + (user is not UNSET):
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
from ..models.file_meta import FileMeta
from ..models.users_user_response import UsersUserResponse
