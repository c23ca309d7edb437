from typing import Literal

InspectGroupMembersMembership = Literal["direct", "effective", "inherited"]

INSPECT_GROUP_MEMBERS_MEMBERSHIP_VALUES: set[InspectGroupMembersMembership] = {
    "direct",
    "effective",
    "inherited",
}


def check_inspect_group_members_membership(value: str) -> InspectGroupMembersMembership:
    if value in INSPECT_GROUP_MEMBERS_MEMBERSHIP_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INSPECT_GROUP_MEMBERS_MEMBERSHIP_VALUES!r}"
    )
