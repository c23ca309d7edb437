from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._types import _new, _rebuilt
from ..types import UNSET, Unset

# The JSON keys this model declares; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(
    {
        "SHOW_ADMIN_DETAILS",
        "WEBUI_URL",
        "ENABLE_SIGNUP",
        "ENABLE_API_KEYS",
        "ENABLE_API_KEYS_ENDPOINT_RESTRICTIONS",
        "API_KEYS_ALLOWED_ENDPOINTS",
        "DEFAULT_USER_ROLE",
        "DEFAULT_GROUP_ID",
        "JWT_EXPIRES_IN",
        "ENABLE_COMMUNITY_SHARING",
        "ENABLE_MESSAGE_RATING",
        "ENABLE_FOLDERS",
        "ENABLE_AUTOMATIONS",
        "ENABLE_CHANNELS",
        "ENABLE_CALENDAR",
        "ENABLE_MEMORIES",
        "ENABLE_MEMORY_SYSTEM_CONTEXT",
        "ENABLE_NOTES",
        "ENABLE_USER_WEBHOOKS",
        "ENABLE_USER_STATUS",
        "ENABLE_MFA",
        "MFA_ALLOW_OAUTH_BYPASS",
        "MFA_ALLOW_TRUSTED_HEADER_BYPASS",
        "ADMIN_EMAIL",
        "ENABLE_LOGIN_FORM",
        "DEFAULT_INTERFACE_SETTINGS",
        "I18N",
        "FOLDER_MAX_FILE_COUNT",
        "AUTOMATION_MAX_COUNT",
        "AUTOMATION_MIN_INTERVAL",
        "ENABLE_ENCRYPTED_CHANNELS",
        "ENABLE_APPS",
        "CHANNEL_MODEL_RESPONSE_MODE",
        "ENABLE_SKILL_LAZY_LOADING",
        "SKILL_CONTENT_MAX_CHARS",
        "SKILL_PREVIEW_MAX_CHARS",
        "PENDING_USER_OVERLAY_TITLE",
        "PENDING_USER_OVERLAY_CONTENT",
        "RESPONSE_WATERMARK",
    }
)


@_attrs_define
class AdminConfig:
    show_admin_details: bool
    webui_url: str
    enable_signup: bool
    enable_api_keys: bool
    enable_api_keys_endpoint_restrictions: bool
    api_keys_allowed_endpoints: str
    default_user_role: str
    default_group_id: str
    jwt_expires_in: str
    enable_community_sharing: bool
    enable_message_rating: bool
    enable_folders: bool
    enable_automations: bool
    enable_channels: bool
    enable_calendar: bool
    enable_memories: bool
    enable_memory_system_context: bool
    enable_notes: bool
    enable_user_webhooks: bool
    enable_user_status: bool
    enable_mfa: bool | Unset = False
    mfa_allow_oauth_bypass: bool | Unset = False
    mfa_allow_trusted_header_bypass: bool | Unset = False
    admin_email: None | str | Unset = UNSET
    enable_login_form: bool | Unset = True
    default_interface_settings: dict[str, Any] | None | Unset = UNSET
    i18n: AdminConfigI18NType0 | None | Unset = UNSET
    folder_max_file_count: int | None | str | Unset = UNSET
    automation_max_count: int | None | str | Unset = UNSET
    automation_min_interval: int | None | str | Unset = UNSET
    enable_encrypted_channels: bool | Unset = False
    enable_apps: bool | Unset = False
    channel_model_response_mode: str | Unset = "thread"
    enable_skill_lazy_loading: bool | Unset = False
    skill_content_max_chars: int | None | Unset = UNSET
    skill_preview_max_chars: int | None | Unset = UNSET
    pending_user_overlay_title: None | str | Unset = UNSET
    pending_user_overlay_content: None | str | Unset = UNSET
    response_watermark: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        i18n: dict[str, Any] | None | Unset
        if isinstance(self.i18n, Unset):
            i18n = UNSET
        elif isinstance(self.i18n, AdminConfigI18NType0):
            i18n = self.i18n.to_dict()
        else:
            i18n = self.i18n

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "SHOW_ADMIN_DETAILS": self.show_admin_details,
            "WEBUI_URL": self.webui_url,
            "ENABLE_SIGNUP": self.enable_signup,
            "ENABLE_API_KEYS": self.enable_api_keys,
            "ENABLE_API_KEYS_ENDPOINT_RESTRICTIONS": self.enable_api_keys_endpoint_restrictions,
            "API_KEYS_ALLOWED_ENDPOINTS": self.api_keys_allowed_endpoints,
            "DEFAULT_USER_ROLE": self.default_user_role,
            "DEFAULT_GROUP_ID": self.default_group_id,
            "JWT_EXPIRES_IN": self.jwt_expires_in,
            "ENABLE_COMMUNITY_SHARING": self.enable_community_sharing,
            "ENABLE_MESSAGE_RATING": self.enable_message_rating,
            "ENABLE_FOLDERS": self.enable_folders,
            "ENABLE_AUTOMATIONS": self.enable_automations,
            "ENABLE_CHANNELS": self.enable_channels,
            "ENABLE_CALENDAR": self.enable_calendar,
            "ENABLE_MEMORIES": self.enable_memories,
            "ENABLE_MEMORY_SYSTEM_CONTEXT": self.enable_memory_system_context,
            "ENABLE_NOTES": self.enable_notes,
            "ENABLE_USER_WEBHOOKS": self.enable_user_webhooks,
            "ENABLE_USER_STATUS": self.enable_user_status,
        }
        if self.enable_mfa is not UNSET:
            field_dict["ENABLE_MFA"] = self.enable_mfa
        if self.mfa_allow_oauth_bypass is not UNSET:
            field_dict["MFA_ALLOW_OAUTH_BYPASS"] = self.mfa_allow_oauth_bypass
        if self.mfa_allow_trusted_header_bypass is not UNSET:
            field_dict["MFA_ALLOW_TRUSTED_HEADER_BYPASS"] = self.mfa_allow_trusted_header_bypass
        if self.admin_email is not UNSET:
            field_dict["ADMIN_EMAIL"] = self.admin_email
        if self.enable_login_form is not UNSET:
            field_dict["ENABLE_LOGIN_FORM"] = self.enable_login_form
        if self.default_interface_settings is not UNSET:
            field_dict["DEFAULT_INTERFACE_SETTINGS"] = self.default_interface_settings
        if i18n is not UNSET:
            field_dict["I18N"] = i18n
        if self.folder_max_file_count is not UNSET:
            field_dict["FOLDER_MAX_FILE_COUNT"] = self.folder_max_file_count
        if self.automation_max_count is not UNSET:
            field_dict["AUTOMATION_MAX_COUNT"] = self.automation_max_count
        if self.automation_min_interval is not UNSET:
            field_dict["AUTOMATION_MIN_INTERVAL"] = self.automation_min_interval
        if self.enable_encrypted_channels is not UNSET:
            field_dict["ENABLE_ENCRYPTED_CHANNELS"] = self.enable_encrypted_channels
        if self.enable_apps is not UNSET:
            field_dict["ENABLE_APPS"] = self.enable_apps
        if self.channel_model_response_mode is not UNSET:
            field_dict["CHANNEL_MODEL_RESPONSE_MODE"] = self.channel_model_response_mode
        if self.enable_skill_lazy_loading is not UNSET:
            field_dict["ENABLE_SKILL_LAZY_LOADING"] = self.enable_skill_lazy_loading
        if self.skill_content_max_chars is not UNSET:
            field_dict["SKILL_CONTENT_MAX_CHARS"] = self.skill_content_max_chars
        if self.skill_preview_max_chars is not UNSET:
            field_dict["SKILL_PREVIEW_MAX_CHARS"] = self.skill_preview_max_chars
        if self.pending_user_overlay_title is not UNSET:
            field_dict["PENDING_USER_OVERLAY_TITLE"] = self.pending_user_overlay_title
        if self.pending_user_overlay_content is not UNSET:
            field_dict["PENDING_USER_OVERLAY_CONTENT"] = self.pending_user_overlay_content
        if self.response_watermark is not UNSET:
            field_dict["RESPONSE_WATERMARK"] = self.response_watermark
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not AdminConfig:
            return _rebuilt(cls, AdminConfig.from_dict(src_dict))
        obj = _new(cls)
        obj.show_admin_details = src_dict["SHOW_ADMIN_DETAILS"]
        obj.webui_url = src_dict["WEBUI_URL"]
        obj.enable_signup = src_dict["ENABLE_SIGNUP"]
        obj.enable_api_keys = src_dict["ENABLE_API_KEYS"]
        obj.enable_api_keys_endpoint_restrictions = src_dict[
            "ENABLE_API_KEYS_ENDPOINT_RESTRICTIONS"
        ]
        obj.api_keys_allowed_endpoints = src_dict["API_KEYS_ALLOWED_ENDPOINTS"]
        obj.default_user_role = src_dict["DEFAULT_USER_ROLE"]
        obj.default_group_id = src_dict["DEFAULT_GROUP_ID"]
        obj.jwt_expires_in = src_dict["JWT_EXPIRES_IN"]
        obj.enable_community_sharing = src_dict["ENABLE_COMMUNITY_SHARING"]
        obj.enable_message_rating = src_dict["ENABLE_MESSAGE_RATING"]
        obj.enable_folders = src_dict["ENABLE_FOLDERS"]
        obj.enable_automations = src_dict["ENABLE_AUTOMATIONS"]
        obj.enable_channels = src_dict["ENABLE_CHANNELS"]
        obj.enable_calendar = src_dict["ENABLE_CALENDAR"]
        obj.enable_memories = src_dict["ENABLE_MEMORIES"]
        obj.enable_memory_system_context = src_dict["ENABLE_MEMORY_SYSTEM_CONTEXT"]
        obj.enable_notes = src_dict["ENABLE_NOTES"]
        obj.enable_user_webhooks = src_dict["ENABLE_USER_WEBHOOKS"]
        obj.enable_user_status = src_dict["ENABLE_USER_STATUS"]
        obj.enable_mfa = enable_mfa = src_dict.get("ENABLE_MFA", UNSET)
        obj.mfa_allow_oauth_bypass = mfa_allow_oauth_bypass = src_dict.get(
            "MFA_ALLOW_OAUTH_BYPASS", UNSET
        )
        obj.mfa_allow_trusted_header_bypass = mfa_allow_trusted_header_bypass = src_dict.get(
            "MFA_ALLOW_TRUSTED_HEADER_BYPASS", UNSET
        )
        obj.admin_email = admin_email = src_dict.get("ADMIN_EMAIL", UNSET)
        obj.enable_login_form = enable_login_form = src_dict.get("ENABLE_LOGIN_FORM", UNSET)
        obj.default_interface_settings = default_interface_settings = src_dict.get(
            "DEFAULT_INTERFACE_SETTINGS", UNSET
        )
        _i18n = src_dict.get("I18N", UNSET)
        i18n: AdminConfigI18NType0 | None | Unset
        if _i18n is None or isinstance(_i18n, Unset):
            i18n = _i18n
        else:
            if not isinstance(_i18n, dict):
                raise TypeError(f"I18N: unexpected {type(_i18n).__name__}")
            i18n_type_0 = AdminConfigI18NType0.from_dict(_i18n)

            i18n = i18n_type_0

        obj.i18n = i18n
        obj.folder_max_file_count = folder_max_file_count = src_dict.get(
            "FOLDER_MAX_FILE_COUNT", UNSET
        )
        obj.automation_max_count = automation_max_count = src_dict.get(
            "AUTOMATION_MAX_COUNT", UNSET
        )
        obj.automation_min_interval = automation_min_interval = src_dict.get(
            "AUTOMATION_MIN_INTERVAL", UNSET
        )
        obj.enable_encrypted_channels = enable_encrypted_channels = src_dict.get(
            "ENABLE_ENCRYPTED_CHANNELS", UNSET
        )
        obj.enable_apps = enable_apps = src_dict.get("ENABLE_APPS", UNSET)
        obj.channel_model_response_mode = channel_model_response_mode = src_dict.get(
            "CHANNEL_MODEL_RESPONSE_MODE", UNSET
        )
        obj.enable_skill_lazy_loading = enable_skill_lazy_loading = src_dict.get(
            "ENABLE_SKILL_LAZY_LOADING", UNSET
        )
        obj.skill_content_max_chars = skill_content_max_chars = src_dict.get(
            "SKILL_CONTENT_MAX_CHARS", UNSET
        )
        obj.skill_preview_max_chars = skill_preview_max_chars = src_dict.get(
            "SKILL_PREVIEW_MAX_CHARS", UNSET
        )
        obj.pending_user_overlay_title = pending_user_overlay_title = src_dict.get(
            "PENDING_USER_OVERLAY_TITLE", UNSET
        )
        obj.pending_user_overlay_content = pending_user_overlay_content = src_dict.get(
            "PENDING_USER_OVERLAY_CONTENT", UNSET
        )
        obj.response_watermark = response_watermark = src_dict.get("RESPONSE_WATERMARK", UNSET)
        if (
            len(src_dict) == 39
            and enable_mfa is not UNSET
            and mfa_allow_oauth_bypass is not UNSET
            and mfa_allow_trusted_header_bypass is not UNSET
            and admin_email is not UNSET
            and enable_login_form is not UNSET
            and default_interface_settings is not UNSET
            and i18n is not UNSET
            and folder_max_file_count is not UNSET
            and automation_max_count is not UNSET
            and automation_min_interval is not UNSET
            and enable_encrypted_channels is not UNSET
            and enable_apps is not UNSET
            and channel_model_response_mode is not UNSET
            and enable_skill_lazy_loading is not UNSET
            and skill_content_max_chars is not UNSET
            and skill_preview_max_chars is not UNSET
            and pending_user_overlay_title is not UNSET
            and pending_user_overlay_content is not UNSET
            and response_watermark is not UNSET
        ) or len(src_dict) == 20 + (enable_mfa is not UNSET) + (
            mfa_allow_oauth_bypass is not UNSET
        ) + (mfa_allow_trusted_header_bypass is not UNSET) + (admin_email is not UNSET) + (
            enable_login_form is not UNSET
        ) + (default_interface_settings is not UNSET) + (i18n is not UNSET) + (
            folder_max_file_count is not UNSET
        ) + (automation_max_count is not UNSET) + (automation_min_interval is not UNSET) + (
            enable_encrypted_channels is not UNSET
        ) + (enable_apps is not UNSET) + (channel_model_response_mode is not UNSET) + (
            enable_skill_lazy_loading is not UNSET
        ) + (skill_content_max_chars is not UNSET) + (skill_preview_max_chars is not UNSET) + (
            pending_user_overlay_title is not UNSET
        ) + (pending_user_overlay_content is not UNSET) + (response_watermark is not UNSET):
            obj.additional_properties = {}
        else:
            obj.additional_properties = {k: v for k, v in src_dict.items() if k not in _FIELDS}
        return obj

    @property
    def additional_keys(self) -> list[str]:
        """The keys of :attr:`additional_properties`."""
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported last, not first: models refer to each other in cycles, and by now this module's
# class exists for any module in the cycle that imports it back.
from ..models.admin_config_i18n_type_0 import AdminConfigI18NType0
