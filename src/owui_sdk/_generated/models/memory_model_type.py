from typing import Literal

MemoryModelType = Literal["context", "user"]

MEMORY_MODEL_TYPE_VALUES: set[MemoryModelType] = {
    "context",
    "user",
}


def check_memory_model_type(value: str) -> MemoryModelType:
    if value in MEMORY_MODEL_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MEMORY_MODEL_TYPE_VALUES!r}")
