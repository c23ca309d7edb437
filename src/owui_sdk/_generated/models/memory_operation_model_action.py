from typing import Literal

MemoryOperationModelAction = Literal["add", "move", "remove", "replace"]

MEMORY_OPERATION_MODEL_ACTION_VALUES: set[MemoryOperationModelAction] = {
    "add",
    "move",
    "remove",
    "replace",
}


def check_memory_operation_model_action(value: str) -> MemoryOperationModelAction:
    if value in MEMORY_OPERATION_MODEL_ACTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEMORY_OPERATION_MODEL_ACTION_VALUES!r}"
    )
