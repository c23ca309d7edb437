from typing import Literal

AppUpdateFormGrantedScopesType0Item = Literal[
    "channels:mentions:read", "channels:messages:read", "channels:messages:write", "channels:read"
]

APP_UPDATE_FORM_GRANTED_SCOPES_TYPE_0_ITEM_VALUES: set[AppUpdateFormGrantedScopesType0Item] = {
    "channels:mentions:read",
    "channels:messages:read",
    "channels:messages:write",
    "channels:read",
}


def check_app_update_form_granted_scopes_type_0_item(
    value: str,
) -> AppUpdateFormGrantedScopesType0Item:
    if value in APP_UPDATE_FORM_GRANTED_SCOPES_TYPE_0_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {APP_UPDATE_FORM_GRANTED_SCOPES_TYPE_0_ITEM_VALUES!r}"
    )
