from typing import Literal

SearchMemoriesFormType = Literal["all", "context", "user"]

SEARCH_MEMORIES_FORM_TYPE_VALUES: set[SearchMemoriesFormType] = {
    "all",
    "context",
    "user",
}


def check_search_memories_form_type(value: str) -> SearchMemoriesFormType:
    if value in SEARCH_MEMORIES_FORM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SEARCH_MEMORIES_FORM_TYPE_VALUES!r}"
    )
