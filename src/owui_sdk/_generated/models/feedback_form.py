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
        "type",
        "data",
        "meta",
        "snapshot",
    }
)


@_attrs_define
class FeedbackForm:
    type_: str = _attrs_field(alias="type")
    data: None | RatingData | Unset = UNSET
    meta: dict[str, Any] | None | Unset = UNSET
    snapshot: None | SnapshotData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, RatingData):
            data = self.data.to_dict()
        else:
            data = self.data

        snapshot: dict[str, Any] | None | Unset
        if isinstance(self.snapshot, Unset):
            snapshot = UNSET
        elif isinstance(self.snapshot, SnapshotData):
            snapshot = self.snapshot.to_dict()
        else:
            snapshot = self.snapshot

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "type": self.type_,
        }
        if data is not UNSET:
            field_dict["data"] = data
        if self.meta is not UNSET:
            field_dict["meta"] = self.meta
        if snapshot is not UNSET:
            field_dict["snapshot"] = snapshot
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not FeedbackForm:
            return _rebuilt(cls, FeedbackForm.from_dict(src_dict))
        obj = _new(cls)
        obj.type_ = src_dict["type"]
        _data = src_dict.get("data", UNSET)
        data: None | RatingData | Unset
        if _data is None or isinstance(_data, Unset):
            data = _data
        else:
            if not isinstance(_data, dict):
                raise TypeError(f"data: unexpected {type(_data).__name__}")
            data_type_0 = RatingData.from_dict(_data)

            data = data_type_0

        obj.data = data
        obj.meta = meta = src_dict.get("meta", UNSET)
        _snapshot = src_dict.get("snapshot", UNSET)
        snapshot: None | SnapshotData | Unset
        if _snapshot is None or isinstance(_snapshot, Unset):
            snapshot = _snapshot
        else:
            if not isinstance(_snapshot, dict):
                raise TypeError(f"snapshot: unexpected {type(_snapshot).__name__}")
            snapshot_type_0 = SnapshotData.from_dict(_snapshot)

            snapshot = snapshot_type_0

        obj.snapshot = snapshot
        if (
            len(src_dict) == 4 and data is not UNSET and meta is not UNSET and snapshot is not UNSET
        ) or len(src_dict) == 1 + (data is not UNSET) + (meta is not UNSET) + (
            snapshot is not UNSET
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
from ..models.rating_data import RatingData
from ..models.snapshot_data import SnapshotData
