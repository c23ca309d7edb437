from typing import Literal

ManifestRequestedScopesItem = Literal[
    "channels:mentions:read", "channels:messages:read", "channels:messages:write", "channels:read"
]

MANIFEST_REQUESTED_SCOPES_ITEM_VALUES: set[ManifestRequestedScopesItem] = {
    "channels:mentions:read",
    "channels:messages:read",
    "channels:messages:write",
    "channels:read",
}


def check_manifest_requested_scopes_item(value: str) -> ManifestRequestedScopesItem:
    if value in MANIFEST_REQUESTED_SCOPES_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MANIFEST_REQUESTED_SCOPES_ITEM_VALUES!r}"
    )
