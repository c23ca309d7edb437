from typing import Literal

ListMemoryPathsFormType = Literal["all", "context", "user"]

LIST_MEMORY_PATHS_FORM_TYPE_VALUES: set[ListMemoryPathsFormType] = {
    "all",
    "context",
    "user",
}


def check_list_memory_paths_form_type(value: str) -> ListMemoryPathsFormType:
    if value in LIST_MEMORY_PATHS_FORM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_MEMORY_PATHS_FORM_TYPE_VALUES!r}"
    )
