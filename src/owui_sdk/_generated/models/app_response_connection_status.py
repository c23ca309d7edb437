from typing import Literal

AppResponseConnectionStatus = Literal["connected", "connecting", "disconnected"]

APP_RESPONSE_CONNECTION_STATUS_VALUES: set[AppResponseConnectionStatus] = {
    "connected",
    "connecting",
    "disconnected",
}


def check_app_response_connection_status(value: str) -> AppResponseConnectionStatus:
    if value in APP_RESPONSE_CONNECTION_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APP_RESPONSE_CONNECTION_STATUS_VALUES!r}"
    )
