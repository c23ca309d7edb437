from typing import Literal

SearchResultKind = Literal["chat", "message", "note"]

SEARCH_RESULT_KIND_VALUES: set[SearchResultKind] = {
    "chat",
    "message",
    "note",
}


def check_search_result_kind(value: str) -> SearchResultKind:
    if value in SEARCH_RESULT_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEARCH_RESULT_KIND_VALUES!r}")
