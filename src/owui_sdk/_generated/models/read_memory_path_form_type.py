from typing import Literal

ReadMemoryPathFormType = Literal["all", "context", "user"]

READ_MEMORY_PATH_FORM_TYPE_VALUES: set[ReadMemoryPathFormType] = {
    "all",
    "context",
    "user",
}


def check_read_memory_path_form_type(value: str) -> ReadMemoryPathFormType:
    if value in READ_MEMORY_PATH_FORM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {READ_MEMORY_PATH_FORM_TYPE_VALUES!r}"
    )
