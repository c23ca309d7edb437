from typing import Literal

MemoryOperationModelTypeType0 = Literal["context", "user"]

MEMORY_OPERATION_MODEL_TYPE_TYPE_0_VALUES: set[MemoryOperationModelTypeType0] = {
    "context",
    "user",
}


def check_memory_operation_model_type_type_0(value: str) -> MemoryOperationModelTypeType0:
    if value in MEMORY_OPERATION_MODEL_TYPE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEMORY_OPERATION_MODEL_TYPE_TYPE_0_VALUES!r}"
    )
