from typing import Literal

RealtimeConfigFormAuthType = Literal["api_key", "microsoft_entra_id"]

REALTIME_CONFIG_FORM_AUTH_TYPE_VALUES: set[RealtimeConfigFormAuthType] = {
    "api_key",
    "microsoft_entra_id",
}


def check_realtime_config_form_auth_type(value: str) -> RealtimeConfigFormAuthType:
    if value in REALTIME_CONFIG_FORM_AUTH_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_CONFIG_FORM_AUTH_TYPE_VALUES!r}"
    )
