from typing import Literal

MemoryUpdateModelTypeType0 = Literal["context", "user"]

MEMORY_UPDATE_MODEL_TYPE_TYPE_0_VALUES: set[MemoryUpdateModelTypeType0] = {
    "context",
    "user",
}


def check_memory_update_model_type_type_0(value: str) -> MemoryUpdateModelTypeType0:
    if value in MEMORY_UPDATE_MODEL_TYPE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEMORY_UPDATE_MODEL_TYPE_TYPE_0_VALUES!r}"
    )
