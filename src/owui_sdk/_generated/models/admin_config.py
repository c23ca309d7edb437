from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        show_admin_details = self.show_admin_details

        webui_url = self.webui_url

        enable_signup = self.enable_signup

        enable_api_keys = self.enable_api_keys

        enable_api_keys_endpoint_restrictions = self.enable_api_keys_endpoint_restrictions

        api_keys_allowed_endpoints = self.api_keys_allowed_endpoints

        default_user_role = self.default_user_role

        default_group_id = self.default_group_id

        jwt_expires_in = self.jwt_expires_in

        enable_community_sharing = self.enable_community_sharing

        enable_message_rating = self.enable_message_rating

        enable_folders = self.enable_folders

        enable_automations = self.enable_automations

        enable_channels = self.enable_channels

        enable_calendar = self.enable_calendar

        enable_memories = self.enable_memories

        enable_memory_system_context = self.enable_memory_system_context

        enable_notes = self.enable_notes

        enable_user_webhooks = self.enable_user_webhooks

        enable_user_status = self.enable_user_status

        enable_mfa = self.enable_mfa

        mfa_allow_oauth_bypass = self.mfa_allow_oauth_bypass

        mfa_allow_trusted_header_bypass = self.mfa_allow_trusted_header_bypass

        admin_email: None | str | Unset
        if isinstance(self.admin_email, Unset):
            admin_email = UNSET
        else:
            admin_email = self.admin_email

        enable_login_form = self.enable_login_form

        default_interface_settings: dict[str, Any] | None | Unset
        if isinstance(self.default_interface_settings, Unset):
            default_interface_settings = UNSET
        else:
            default_interface_settings = self.default_interface_settings

        i18n: dict[str, Any] | None | Unset
        if isinstance(self.i18n, Unset):
            i18n = UNSET
        elif isinstance(self.i18n, AdminConfigI18NType0):
            i18n = self.i18n.to_dict()
        else:
            i18n = self.i18n

        folder_max_file_count: int | None | str | Unset
        if isinstance(self.folder_max_file_count, Unset):
            folder_max_file_count = UNSET
        else:
            folder_max_file_count = self.folder_max_file_count

        automation_max_count: int | None | str | Unset
        if isinstance(self.automation_max_count, Unset):
            automation_max_count = UNSET
        else:
            automation_max_count = self.automation_max_count

        automation_min_interval: int | None | str | Unset
        if isinstance(self.automation_min_interval, Unset):
            automation_min_interval = UNSET
        else:
            automation_min_interval = self.automation_min_interval

        enable_encrypted_channels = self.enable_encrypted_channels

        enable_apps = self.enable_apps

        channel_model_response_mode = self.channel_model_response_mode

        enable_skill_lazy_loading = self.enable_skill_lazy_loading

        skill_content_max_chars: int | None | Unset
        if isinstance(self.skill_content_max_chars, Unset):
            skill_content_max_chars = UNSET
        else:
            skill_content_max_chars = self.skill_content_max_chars

        skill_preview_max_chars: int | None | Unset
        if isinstance(self.skill_preview_max_chars, Unset):
            skill_preview_max_chars = UNSET
        else:
            skill_preview_max_chars = self.skill_preview_max_chars

        pending_user_overlay_title: None | str | Unset
        if isinstance(self.pending_user_overlay_title, Unset):
            pending_user_overlay_title = UNSET
        else:
            pending_user_overlay_title = self.pending_user_overlay_title

        pending_user_overlay_content: None | str | Unset
        if isinstance(self.pending_user_overlay_content, Unset):
            pending_user_overlay_content = UNSET
        else:
            pending_user_overlay_content = self.pending_user_overlay_content

        response_watermark: None | str | Unset
        if isinstance(self.response_watermark, Unset):
            response_watermark = UNSET
        else:
            response_watermark = self.response_watermark

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["SHOW_ADMIN_DETAILS"] = show_admin_details
        field_dict["WEBUI_URL"] = webui_url
        field_dict["ENABLE_SIGNUP"] = enable_signup
        field_dict["ENABLE_API_KEYS"] = enable_api_keys
        field_dict["ENABLE_API_KEYS_ENDPOINT_RESTRICTIONS"] = enable_api_keys_endpoint_restrictions
        field_dict["API_KEYS_ALLOWED_ENDPOINTS"] = api_keys_allowed_endpoints
        field_dict["DEFAULT_USER_ROLE"] = default_user_role
        field_dict["DEFAULT_GROUP_ID"] = default_group_id
        field_dict["JWT_EXPIRES_IN"] = jwt_expires_in
        field_dict["ENABLE_COMMUNITY_SHARING"] = enable_community_sharing
        field_dict["ENABLE_MESSAGE_RATING"] = enable_message_rating
        field_dict["ENABLE_FOLDERS"] = enable_folders
        field_dict["ENABLE_AUTOMATIONS"] = enable_automations
        field_dict["ENABLE_CHANNELS"] = enable_channels
        field_dict["ENABLE_CALENDAR"] = enable_calendar
        field_dict["ENABLE_MEMORIES"] = enable_memories
        field_dict["ENABLE_MEMORY_SYSTEM_CONTEXT"] = enable_memory_system_context
        field_dict["ENABLE_NOTES"] = enable_notes
        field_dict["ENABLE_USER_WEBHOOKS"] = enable_user_webhooks
        field_dict["ENABLE_USER_STATUS"] = enable_user_status
        if enable_mfa is not UNSET:
            field_dict["ENABLE_MFA"] = enable_mfa
        if mfa_allow_oauth_bypass is not UNSET:
            field_dict["MFA_ALLOW_OAUTH_BYPASS"] = mfa_allow_oauth_bypass
        if mfa_allow_trusted_header_bypass is not UNSET:
            field_dict["MFA_ALLOW_TRUSTED_HEADER_BYPASS"] = mfa_allow_trusted_header_bypass
        if admin_email is not UNSET:
            field_dict["ADMIN_EMAIL"] = admin_email
        if enable_login_form is not UNSET:
            field_dict["ENABLE_LOGIN_FORM"] = enable_login_form
        if default_interface_settings is not UNSET:
            field_dict["DEFAULT_INTERFACE_SETTINGS"] = default_interface_settings
        if i18n is not UNSET:
            field_dict["I18N"] = i18n
        if folder_max_file_count is not UNSET:
            field_dict["FOLDER_MAX_FILE_COUNT"] = folder_max_file_count
        if automation_max_count is not UNSET:
            field_dict["AUTOMATION_MAX_COUNT"] = automation_max_count
        if automation_min_interval is not UNSET:
            field_dict["AUTOMATION_MIN_INTERVAL"] = automation_min_interval
        if enable_encrypted_channels is not UNSET:
            field_dict["ENABLE_ENCRYPTED_CHANNELS"] = enable_encrypted_channels
        if enable_apps is not UNSET:
            field_dict["ENABLE_APPS"] = enable_apps
        if channel_model_response_mode is not UNSET:
            field_dict["CHANNEL_MODEL_RESPONSE_MODE"] = channel_model_response_mode
        if enable_skill_lazy_loading is not UNSET:
            field_dict["ENABLE_SKILL_LAZY_LOADING"] = enable_skill_lazy_loading
        if skill_content_max_chars is not UNSET:
            field_dict["SKILL_CONTENT_MAX_CHARS"] = skill_content_max_chars
        if skill_preview_max_chars is not UNSET:
            field_dict["SKILL_PREVIEW_MAX_CHARS"] = skill_preview_max_chars
        if pending_user_overlay_title is not UNSET:
            field_dict["PENDING_USER_OVERLAY_TITLE"] = pending_user_overlay_title
        if pending_user_overlay_content is not UNSET:
            field_dict["PENDING_USER_OVERLAY_CONTENT"] = pending_user_overlay_content
        if response_watermark is not UNSET:
            field_dict["RESPONSE_WATERMARK"] = response_watermark
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        show_admin_details = src_dict["SHOW_ADMIN_DETAILS"]
        webui_url = src_dict["WEBUI_URL"]
        enable_signup = src_dict["ENABLE_SIGNUP"]
        enable_api_keys = src_dict["ENABLE_API_KEYS"]
        enable_api_keys_endpoint_restrictions = src_dict["ENABLE_API_KEYS_ENDPOINT_RESTRICTIONS"]
        api_keys_allowed_endpoints = src_dict["API_KEYS_ALLOWED_ENDPOINTS"]
        default_user_role = src_dict["DEFAULT_USER_ROLE"]
        default_group_id = src_dict["DEFAULT_GROUP_ID"]
        jwt_expires_in = src_dict["JWT_EXPIRES_IN"]
        enable_community_sharing = src_dict["ENABLE_COMMUNITY_SHARING"]
        enable_message_rating = src_dict["ENABLE_MESSAGE_RATING"]
        enable_folders = src_dict["ENABLE_FOLDERS"]
        enable_automations = src_dict["ENABLE_AUTOMATIONS"]
        enable_channels = src_dict["ENABLE_CHANNELS"]
        enable_calendar = src_dict["ENABLE_CALENDAR"]
        enable_memories = src_dict["ENABLE_MEMORIES"]
        enable_memory_system_context = src_dict["ENABLE_MEMORY_SYSTEM_CONTEXT"]
        enable_notes = src_dict["ENABLE_NOTES"]
        enable_user_webhooks = src_dict["ENABLE_USER_WEBHOOKS"]
        enable_user_status = src_dict["ENABLE_USER_STATUS"]
        enable_mfa = src_dict.get("ENABLE_MFA", UNSET)
        mfa_allow_oauth_bypass = src_dict.get("MFA_ALLOW_OAUTH_BYPASS", UNSET)
        mfa_allow_trusted_header_bypass = src_dict.get("MFA_ALLOW_TRUSTED_HEADER_BYPASS", UNSET)
        admin_email = src_dict.get("ADMIN_EMAIL", UNSET)

        enable_login_form = src_dict.get("ENABLE_LOGIN_FORM", UNSET)
        default_interface_settings = src_dict.get("DEFAULT_INTERFACE_SETTINGS", UNSET)

        _i18n = src_dict.get("I18N", UNSET)
        i18n: AdminConfigI18NType0 | None | Unset
        if _i18n is None or isinstance(_i18n, Unset):
            i18n = _i18n
        else:
            if not isinstance(_i18n, dict):
                raise TypeError(f"I18N: unexpected {type(_i18n).__name__}")
            i18n_type_0 = AdminConfigI18NType0.from_dict(_i18n)

            i18n = i18n_type_0

        folder_max_file_count = src_dict.get("FOLDER_MAX_FILE_COUNT", UNSET)

        automation_max_count = src_dict.get("AUTOMATION_MAX_COUNT", UNSET)

        automation_min_interval = src_dict.get("AUTOMATION_MIN_INTERVAL", UNSET)

        enable_encrypted_channels = src_dict.get("ENABLE_ENCRYPTED_CHANNELS", UNSET)
        enable_apps = src_dict.get("ENABLE_APPS", UNSET)
        channel_model_response_mode = src_dict.get("CHANNEL_MODEL_RESPONSE_MODE", UNSET)
        enable_skill_lazy_loading = src_dict.get("ENABLE_SKILL_LAZY_LOADING", UNSET)
        skill_content_max_chars = src_dict.get("SKILL_CONTENT_MAX_CHARS", UNSET)

        skill_preview_max_chars = src_dict.get("SKILL_PREVIEW_MAX_CHARS", UNSET)

        pending_user_overlay_title = src_dict.get("PENDING_USER_OVERLAY_TITLE", UNSET)

        pending_user_overlay_content = src_dict.get("PENDING_USER_OVERLAY_CONTENT", UNSET)

        response_watermark = src_dict.get("RESPONSE_WATERMARK", UNSET)

        obj = cls(
            show_admin_details,
            webui_url,
            enable_signup,
            enable_api_keys,
            enable_api_keys_endpoint_restrictions,
            api_keys_allowed_endpoints,
            default_user_role,
            default_group_id,
            jwt_expires_in,
            enable_community_sharing,
            enable_message_rating,
            enable_folders,
            enable_automations,
            enable_channels,
            enable_calendar,
            enable_memories,
            enable_memory_system_context,
            enable_notes,
            enable_user_webhooks,
            enable_user_status,
            enable_mfa,
            mfa_allow_oauth_bypass,
            mfa_allow_trusted_header_bypass,
            admin_email,
            enable_login_form,
            default_interface_settings,
            i18n,
            folder_max_file_count,
            automation_max_count,
            automation_min_interval,
            enable_encrypted_channels,
            enable_apps,
            channel_model_response_mode,
            enable_skill_lazy_loading,
            skill_content_max_chars,
            skill_preview_max_chars,
            pending_user_overlay_title,
            pending_user_overlay_content,
            response_watermark,
        )
        if len(src_dict) != 20 + (enable_mfa is not UNSET) + (
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
