from typing import Literal

GroupMemberInfoMembershipType = Literal["direct", "inherited"]

GROUP_MEMBER_INFO_MEMBERSHIP_TYPE_VALUES: set[GroupMemberInfoMembershipType] = {
    "direct",
    "inherited",
}


def check_group_member_info_membership_type(value: str) -> GroupMemberInfoMembershipType:
    if value in GROUP_MEMBER_INFO_MEMBERSHIP_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GROUP_MEMBER_INFO_MEMBERSHIP_TYPE_VALUES!r}"
    )
