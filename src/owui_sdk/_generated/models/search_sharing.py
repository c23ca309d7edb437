from typing import Literal

SearchSharing = Literal["all", "mine", "shared"]

SEARCH_SHARING_VALUES: set[SearchSharing] = {
    "all",
    "mine",
    "shared",
}


def check_search_sharing(value: str) -> SearchSharing:
    if value in SEARCH_SHARING_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEARCH_SHARING_VALUES!r}")
