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
        i18n: dict[str, Any] | None | Unset
        if isinstance(self.i18n, Unset):
            i18n = UNSET
        elif isinstance(self.i18n, BannerModelI18NType0):
            i18n = self.i18n.to_dict()
        else:
            i18n = self.i18n

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": self.id,
            "type": self.type_,
            "content": self.content,
            "dismissible": self.dismissible,
            "timestamp": self.timestamp,
        }
        if i18n is not UNSET:
            field_dict["i18n"] = i18n
        if self.title is not UNSET:
            field_dict["title"] = self.title
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not BannerModel:
            return _rebuilt(cls, BannerModel.from_dict(src_dict))
        obj = _new(cls)
        obj.id = src_dict["id"]
        obj.type_ = src_dict["type"]
        obj.content = src_dict["content"]
        obj.dismissible = src_dict["dismissible"]
        obj.timestamp = src_dict["timestamp"]
        _i18n = src_dict.get("i18n", UNSET)
        i18n: BannerModelI18NType0 | None | Unset
        if _i18n is None or isinstance(_i18n, Unset):
            i18n = _i18n
        else:
            if not isinstance(_i18n, dict):
                raise TypeError(f"i18n: unexpected {type(_i18n).__name__}")
            i18n_type_0 = BannerModelI18NType0.from_dict(_i18n)

            i18n = i18n_type_0

        obj.i18n = i18n
        obj.title = title = src_dict.get("title", UNSET)
        if (len(src_dict) == 7 and i18n is not UNSET and title is not UNSET) or len(
            src_dict
        ) == 5 + (i18n is not UNSET) + (title is not UNSET):
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
from ..models.banner_model_i18n_type_0 import BannerModelI18NType0
