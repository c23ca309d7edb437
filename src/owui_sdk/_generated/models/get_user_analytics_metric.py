from typing import Literal

GetUserAnalyticsMetric = Literal["messages", "tokens"]

GET_USER_ANALYTICS_METRIC_VALUES: set[GetUserAnalyticsMetric] = {
    "messages",
    "tokens",
}


def check_get_user_analytics_metric(value: str) -> GetUserAnalyticsMetric:
    if value in GET_USER_ANALYTICS_METRIC_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_USER_ANALYTICS_METRIC_VALUES!r}"
    )
