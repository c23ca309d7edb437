from typing import Literal

AddMemoryFormType = Literal["context", "user"]

ADD_MEMORY_FORM_TYPE_VALUES: set[AddMemoryFormType] = {
    "context",
    "user",
}


def check_add_memory_form_type(value: str) -> AddMemoryFormType:
    if value in ADD_MEMORY_FORM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ADD_MEMORY_FORM_TYPE_VALUES!r}")
