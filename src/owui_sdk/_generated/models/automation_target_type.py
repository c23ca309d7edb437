from typing import Literal

AutomationTargetType = Literal["channel", "chat"]

AUTOMATION_TARGET_TYPE_VALUES: set[AutomationTargetType] = {
    "channel",
    "chat",
}


def check_automation_target_type(value: str) -> AutomationTargetType:
    if value in AUTOMATION_TARGET_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUTOMATION_TARGET_TYPE_VALUES!r}"
    )
