from typing import Literal

SearchScopeKind = Literal["channel", "folder"]

SEARCH_SCOPE_KIND_VALUES: set[SearchScopeKind] = {
    "channel",
    "folder",
}


def check_search_scope_kind(value: str) -> SearchScopeKind:
    if value in SEARCH_SCOPE_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEARCH_SCOPE_KIND_VALUES!r}")
