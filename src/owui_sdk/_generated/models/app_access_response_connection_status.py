from typing import Literal

AppAccessResponseConnectionStatus = Literal["connected", "connecting", "disconnected"]

APP_ACCESS_RESPONSE_CONNECTION_STATUS_VALUES: set[AppAccessResponseConnectionStatus] = {
    "connected",
    "connecting",
    "disconnected",
}


def check_app_access_response_connection_status(value: str) -> AppAccessResponseConnectionStatus:
    if value in APP_ACCESS_RESPONSE_CONNECTION_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APP_ACCESS_RESPONSE_CONNECTION_STATUS_VALUES!r}"
    )
