from typing import Literal

SkillFileOperationOp = Literal["delete", "move", "put"]

SKILL_FILE_OPERATION_OP_VALUES: set[SkillFileOperationOp] = {
    "delete",
    "move",
    "put",
}


def check_skill_file_operation_op(value: str) -> SkillFileOperationOp:
    if value in SKILL_FILE_OPERATION_OP_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SKILL_FILE_OPERATION_OP_VALUES!r}"
    )
