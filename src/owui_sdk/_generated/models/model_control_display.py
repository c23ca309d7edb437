from typing import Literal

ModelControlDisplay = Literal["menu", "slider"]

MODEL_CONTROL_DISPLAY_VALUES: set[ModelControlDisplay] = {
    "menu",
    "slider",
}


def check_model_control_display(value: str) -> ModelControlDisplay:
    if value in MODEL_CONTROL_DISPLAY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MODEL_CONTROL_DISPLAY_VALUES!r}")
