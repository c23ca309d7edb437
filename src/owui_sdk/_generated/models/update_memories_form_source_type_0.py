from typing import Literal

UpdateMemoriesFormSourceType0 = Literal["background_review", "tool"]

UPDATE_MEMORIES_FORM_SOURCE_TYPE_0_VALUES: set[UpdateMemoriesFormSourceType0] = {
    "background_review",
    "tool",
}


def check_update_memories_form_source_type_0(value: str) -> UpdateMemoriesFormSourceType0:
    if value in UPDATE_MEMORIES_FORM_SOURCE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_MEMORIES_FORM_SOURCE_TYPE_0_VALUES!r}"
    )
