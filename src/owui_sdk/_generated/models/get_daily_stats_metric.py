from typing import Literal

GetDailyStatsMetric = Literal["messages", "tokens"]

GET_DAILY_STATS_METRIC_VALUES: set[GetDailyStatsMetric] = {
    "messages",
    "tokens",
}


def check_get_daily_stats_metric(value: str) -> GetDailyStatsMetric:
    if value in GET_DAILY_STATS_METRIC_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_DAILY_STATS_METRIC_VALUES!r}"
    )
