from typing import Literal

RealtimeConfigFormProvider = Literal["azure", "openai"]

REALTIME_CONFIG_FORM_PROVIDER_VALUES: set[RealtimeConfigFormProvider] = {
    "azure",
    "openai",
}


def check_realtime_config_form_provider(value: str) -> RealtimeConfigFormProvider:
    if value in REALTIME_CONFIG_FORM_PROVIDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REALTIME_CONFIG_FORM_PROVIDER_VALUES!r}"
    )
