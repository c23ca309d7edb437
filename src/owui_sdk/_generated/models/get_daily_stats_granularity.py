from typing import Literal

GetDailyStatsGranularity = Literal["10m", "3h", "6h", "daily", "hourly"]

GET_DAILY_STATS_GRANULARITY_VALUES: set[GetDailyStatsGranularity] = {
    "10m",
    "3h",
    "6h",
    "daily",
    "hourly",
}


def check_get_daily_stats_granularity(value: str) -> GetDailyStatsGranularity:
    if value in GET_DAILY_STATS_GRANULARITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_DAILY_STATS_GRANULARITY_VALUES!r}"
    )
