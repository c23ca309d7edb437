from typing import Literal

SearchKind = Literal["all", "chat", "message", "note"]

SEARCH_KIND_VALUES: set[SearchKind] = {
    "all",
    "chat",
    "message",
    "note",
}


def check_search_kind(value: str) -> SearchKind:
    if value in SEARCH_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEARCH_KIND_VALUES!r}")
