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
        "date",
        "models",
        "start",
        "end",
        "previous",
    }
)


@_attrs_define
class DailyStatsEntry:
    date: str
    models: DailyStatsEntryModels
    start: None | str | Unset = UNSET
    end: None | str | Unset = UNSET
    previous: ComparisonStatsEntry | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        models = self.models.to_dict()

        previous: dict[str, Any] | None | Unset
        if isinstance(self.previous, Unset):
            previous = UNSET
        elif isinstance(self.previous, ComparisonStatsEntry):
            previous = self.previous.to_dict()
        else:
            previous = self.previous

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "date": self.date,
            "models": models,
        }
        if self.start is not UNSET:
            field_dict["start"] = self.start
        if self.end is not UNSET:
            field_dict["end"] = self.end
        if previous is not UNSET:
            field_dict["previous"] = previous
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not DailyStatsEntry:
            return _rebuilt(cls, DailyStatsEntry.from_dict(src_dict))
        obj = _new(cls)
        obj.date = src_dict["date"]
        models = DailyStatsEntryModels.from_dict(src_dict["models"])

        obj.models = models
        obj.start = start = src_dict.get("start", UNSET)
        obj.end = end = src_dict.get("end", UNSET)
        _previous = src_dict.get("previous", UNSET)
        previous: ComparisonStatsEntry | None | Unset
        if _previous is None or isinstance(_previous, Unset):
            previous = _previous
        else:
            if not isinstance(_previous, dict):
                raise TypeError(f"previous: unexpected {type(_previous).__name__}")
            previous_type_0 = ComparisonStatsEntry.from_dict(_previous)

            previous = previous_type_0

        obj.previous = previous
        if (
            len(src_dict) == 5 and start is not UNSET and end is not UNSET and previous is not UNSET
        ) or len(src_dict) == 2 + (start is not UNSET) + (end is not UNSET) + (
            previous is not UNSET
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
from ..models.comparison_stats_entry import ComparisonStatsEntry
from ..models.daily_stats_entry_models import DailyStatsEntryModels
