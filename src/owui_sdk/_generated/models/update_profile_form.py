from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._types import _new, _rebuilt
from ..types import UNSET, Unset

# The JSON keys this model declares; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(
    {
        "profile_image_url",
        "name",
        "bio",
        "gender",
        "date_of_birth",
    }
)


@_attrs_define
class UpdateProfileForm:
    profile_image_url: str
    name: str
    bio: None | str | Unset = UNSET
    gender: None | str | Unset = UNSET
    date_of_birth: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        date_of_birth: None | str | Unset
        if isinstance(self.date_of_birth, Unset):
            date_of_birth = UNSET
        elif isinstance(self.date_of_birth, datetime.date):
            date_of_birth = self.date_of_birth.isoformat()
        else:
            date_of_birth = self.date_of_birth

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "profile_image_url": self.profile_image_url,
            "name": self.name,
        }
        if self.bio is not UNSET:
            field_dict["bio"] = self.bio
        if self.gender is not UNSET:
            field_dict["gender"] = self.gender
        if date_of_birth is not UNSET:
            field_dict["date_of_birth"] = date_of_birth
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not UpdateProfileForm:
            return _rebuilt(cls, UpdateProfileForm.from_dict(src_dict))
        obj = _new(cls)
        obj.profile_image_url = src_dict["profile_image_url"]
        obj.name = src_dict["name"]
        obj.bio = bio = src_dict.get("bio", UNSET)
        obj.gender = gender = src_dict.get("gender", UNSET)
        _date_of_birth = src_dict.get("date_of_birth", UNSET)
        date_of_birth: datetime.date | None | Unset
        if _date_of_birth is None or isinstance(_date_of_birth, Unset):
            date_of_birth = _date_of_birth
        else:
            if not isinstance(_date_of_birth, str):
                raise TypeError(f"date_of_birth: unexpected {type(_date_of_birth).__name__}")
            date_of_birth_type_0 = datetime.date.fromisoformat(_date_of_birth)

            date_of_birth = date_of_birth_type_0

        obj.date_of_birth = date_of_birth
        if (
            len(src_dict) == 5
            and bio is not UNSET
            and gender is not UNSET
            and date_of_birth is not UNSET
        ) or len(src_dict) == 2 + (bio is not UNSET) + (gender is not UNSET) + (
            date_of_birth is not UNSET
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
