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
        "totals",
        "heatmap",
        "weekly_heatmap",
        "cumulative_heatmap",
        "insights",
        "top_models",
        "period",
        "top_tools",
    }
)


@_attrs_define
class UserUsageResponse:
    totals: UserUsageTotals
    heatmap: list[UserUsageHeatmapEntry]
    weekly_heatmap: list[UserUsageHeatmapEntry]
    cumulative_heatmap: list[UserUsageHeatmapEntry]
    insights: UserUsageInsights
    top_models: list[UserUsageModelEntry]
    period: UserUsagePeriod
    top_tools: list[UserUsageToolEntry] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        totals = self.totals.to_dict()

        heatmap = []
        for heatmap_item_data in self.heatmap:
            heatmap_item = heatmap_item_data.to_dict()
            heatmap.append(heatmap_item)

        weekly_heatmap = []
        for weekly_heatmap_item_data in self.weekly_heatmap:
            weekly_heatmap_item = weekly_heatmap_item_data.to_dict()
            weekly_heatmap.append(weekly_heatmap_item)

        cumulative_heatmap = []
        for cumulative_heatmap_item_data in self.cumulative_heatmap:
            cumulative_heatmap_item = cumulative_heatmap_item_data.to_dict()
            cumulative_heatmap.append(cumulative_heatmap_item)

        insights = self.insights.to_dict()

        top_models = []
        for top_models_item_data in self.top_models:
            top_models_item = top_models_item_data.to_dict()
            top_models.append(top_models_item)

        period = self.period.to_dict()

        top_tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.top_tools, Unset):
            top_tools = []
            for top_tools_item_data in self.top_tools:
                top_tools_item = top_tools_item_data.to_dict()
                top_tools.append(top_tools_item)

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "totals": totals,
            "heatmap": heatmap,
            "weekly_heatmap": weekly_heatmap,
            "cumulative_heatmap": cumulative_heatmap,
            "insights": insights,
            "top_models": top_models,
            "period": period,
        }
        if top_tools is not UNSET:
            field_dict["top_tools"] = top_tools
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not UserUsageResponse:
            return _rebuilt(cls, UserUsageResponse.from_dict(src_dict))
        obj = _new(cls)
        totals = UserUsageTotals.from_dict(src_dict["totals"])

        obj.totals = totals
        heatmap = list(map(UserUsageHeatmapEntry.from_dict, src_dict["heatmap"]))

        obj.heatmap = heatmap
        weekly_heatmap = list(map(UserUsageHeatmapEntry.from_dict, src_dict["weekly_heatmap"]))

        obj.weekly_heatmap = weekly_heatmap
        cumulative_heatmap = list(
            map(UserUsageHeatmapEntry.from_dict, src_dict["cumulative_heatmap"])
        )

        obj.cumulative_heatmap = cumulative_heatmap
        insights = UserUsageInsights.from_dict(src_dict["insights"])

        obj.insights = insights
        top_models = list(map(UserUsageModelEntry.from_dict, src_dict["top_models"]))

        obj.top_models = top_models
        period = UserUsagePeriod.from_dict(src_dict["period"])

        obj.period = period
        _top_tools = src_dict.get("top_tools", UNSET)
        top_tools: list[UserUsageToolEntry] | Unset
        if isinstance(_top_tools, Unset):
            top_tools = UNSET
        else:
            top_tools = list(map(UserUsageToolEntry.from_dict, _top_tools))

        obj.top_tools = top_tools
        if (len(src_dict) == 8 and top_tools is not UNSET) or len(src_dict) == 7 + (
            top_tools is not UNSET
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
from ..models.user_usage_heatmap_entry import UserUsageHeatmapEntry
from ..models.user_usage_insights import UserUsageInsights
from ..models.user_usage_model_entry import UserUsageModelEntry
from ..models.user_usage_period import UserUsagePeriod
from ..models.user_usage_tool_entry import UserUsageToolEntry
from ..models.user_usage_totals import UserUsageTotals
