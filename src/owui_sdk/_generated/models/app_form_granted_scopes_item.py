from typing import Literal

AppFormGrantedScopesItem = Literal[
    "channels:mentions:read", "channels:messages:read", "channels:messages:write", "channels:read"
]

APP_FORM_GRANTED_SCOPES_ITEM_VALUES: set[AppFormGrantedScopesItem] = {
    "channels:mentions:read",
    "channels:messages:read",
    "channels:messages:write",
    "channels:read",
}


def check_app_form_granted_scopes_item(value: str) -> AppFormGrantedScopesItem:
    if value in APP_FORM_GRANTED_SCOPES_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APP_FORM_GRANTED_SCOPES_ITEM_VALUES!r}"
    )
