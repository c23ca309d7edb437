from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

# The JSON keys this model declares; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "user_id",
        "version",
        "type",
        "created_at",
        "updated_at",
        "data",
        "meta",
        "user",
    }
)


@_attrs_define
class FeedbackUserResponse:
    id: str
    user_id: str
    version: int
    type_: str = _attrs_field(alias="type")
    created_at: int
    updated_at: int
    data: dict[str, Any] | None | Unset = UNSET
    meta: dict[str, Any] | None | Unset = UNSET
    user: FeedbacksUserResponse | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        id = self.id

        user_id = self.user_id

        version = self.version

        type_ = self.type_

        created_at = self.created_at

        updated_at = self.updated_at

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        else:
            data = self.data

        meta: dict[str, Any] | None | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        else:
            meta = self.meta

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, FeedbacksUserResponse):
            user = self.user.to_dict()
        else:
            user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["user_id"] = user_id
        field_dict["version"] = version
        field_dict["type"] = type_
        field_dict["created_at"] = created_at
        field_dict["updated_at"] = updated_at
        if data is not UNSET:
            field_dict["data"] = data
        if meta is not UNSET:
            field_dict["meta"] = meta
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
        id = src_dict["id"]
        user_id = src_dict["user_id"]
        version = src_dict["version"]
        type_ = src_dict["type"]
        created_at = src_dict["created_at"]
        updated_at = src_dict["updated_at"]
        data = src_dict.get("data", UNSET)

        meta = src_dict.get("meta", UNSET)

        _user = src_dict.get("user", UNSET)
        user: FeedbacksUserResponse | None | Unset
        if _user is None or isinstance(_user, Unset):
            user = _user
        else:
            if not isinstance(_user, dict):
                raise TypeError(f"user: unexpected {type(_user).__name__}")
            user_type_0 = FeedbacksUserResponse.from_dict(_user)

            user = user_type_0

        obj = cls(
            id,
            user_id,
            version,
            type_,
            created_at,
            updated_at,
            data,
            meta,
            user,
        )
        if len(src_dict) != 6 + (data is not UNSET) + (meta is not UNSET) + (user is not UNSET):
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
from ..models.feedbacks_user_response import FeedbacksUserResponse
