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
        "rating",
        "model_id",
        "sibling_model_ids",
        "reason",
        "comment",
    }
)


@_attrs_define
class RatingData:
    rating: int | None | str | Unset = UNSET
    model_id: None | str | Unset = UNSET
    sibling_model_ids: list[str] | None | Unset = UNSET
    reason: None | str | Unset = UNSET
    comment: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if self.rating is not UNSET:
            field_dict["rating"] = self.rating
        if self.model_id is not UNSET:
            field_dict["model_id"] = self.model_id
        if self.sibling_model_ids is not UNSET:
            field_dict["sibling_model_ids"] = self.sibling_model_ids
        if self.reason is not UNSET:
            field_dict["reason"] = self.reason
        if self.comment is not UNSET:
            field_dict["comment"] = self.comment
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not RatingData:
            return _rebuilt(cls, RatingData.from_dict(src_dict))
        obj = _new(cls)
        obj.rating = rating = src_dict.get("rating", UNSET)
        obj.model_id = model_id = src_dict.get("model_id", UNSET)
        _sibling_model_ids = src_dict.get("sibling_model_ids", UNSET)
        sibling_model_ids: list[str] | None | Unset
        if _sibling_model_ids is None or isinstance(_sibling_model_ids, Unset):
            sibling_model_ids = _sibling_model_ids
        else:
            if not isinstance(_sibling_model_ids, list):
                raise TypeError(
                    f"sibling_model_ids: unexpected {type(_sibling_model_ids).__name__}"
                )
            sibling_model_ids_type_0 = _sibling_model_ids

            sibling_model_ids = sibling_model_ids_type_0

        obj.sibling_model_ids = sibling_model_ids
        obj.reason = reason = src_dict.get("reason", UNSET)
        obj.comment = comment = src_dict.get("comment", UNSET)
        if (
            len(src_dict) == 5
            and rating is not UNSET
            and model_id is not UNSET
            and sibling_model_ids is not UNSET
            and reason is not UNSET
            and comment is not UNSET
        ) or len(src_dict) == 0 + (rating is not UNSET) + (model_id is not UNSET) + (
            sibling_model_ids is not UNSET
        ) + (reason is not UNSET) + (comment is not UNSET):
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
