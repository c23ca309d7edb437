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
        "type",
        "content",
        "dismissible",
        "timestamp",
        "i18n",
        "title",
    }
)


@_attrs_define
class BannerModel:
    id: str
    type_: str = _attrs_field(alias="type")
    content: str
    dismissible: bool
    timestamp: int
    i18n: BannerModelI18NType0 | None | Unset = UNSET
    title: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        id = self.id

        type_ = self.type_

        content = self.content

        dismissible = self.dismissible

        timestamp = self.timestamp

        i18n: dict[str, Any] | None | Unset
        if isinstance(self.i18n, Unset):
            i18n = UNSET
        elif isinstance(self.i18n, BannerModelI18NType0):
            i18n = self.i18n.to_dict()
        else:
            i18n = self.i18n

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["type"] = type_
        field_dict["content"] = content
        field_dict["dismissible"] = dismissible
        field_dict["timestamp"] = timestamp
        if i18n is not UNSET:
            field_dict["i18n"] = i18n
        if title is not UNSET:
            field_dict["title"] = title
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        id = src_dict["id"]
        type_ = src_dict["type"]
        content = src_dict["content"]
        dismissible = src_dict["dismissible"]
        timestamp = src_dict["timestamp"]
        _i18n = src_dict.get("i18n", UNSET)
        i18n: BannerModelI18NType0 | None | Unset
        if _i18n is None or isinstance(_i18n, Unset):
            i18n = _i18n
        else:
            if not isinstance(_i18n, dict):
                raise TypeError(f"i18n: unexpected {type(_i18n).__name__}")
            i18n_type_0 = BannerModelI18NType0.from_dict(_i18n)

            i18n = i18n_type_0

        title = src_dict.get("title", UNSET)

        obj = cls(
            id,
            type_,
            content,
            dismissible,
            timestamp,
            i18n,
            title,
        )
        if len(src_dict) != 5 + (i18n is not UNSET) + (title is not UNSET):
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
from ..models.banner_model_i18n_type_0 import BannerModelI18NType0
