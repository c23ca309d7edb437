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
        "ENABLE_OAUTH",
        "ENABLE_OAUTH_SIGNUP",
        "OAUTH_MERGE_ACCOUNTS_BY_EMAIL",
        "OAUTH_AUTO_REDIRECT",
        "OAUTH_ALLOWED_DOMAINS",
        "OAUTH_BLOCKED_GROUPS",
        "ENABLE_OAUTH_ROLE_MANAGEMENT",
        "OAUTH_ROLES_CLAIM",
        "OAUTH_ADMIN_ROLES",
        "OAUTH_ALLOWED_ROLES",
        "ENABLE_OAUTH_GROUP_MANAGEMENT",
        "ENABLE_OAUTH_GROUP_CREATION",
        "OAUTH_GROUP_CLAIM",
        "OAUTH_GROUP_DEFAULT_SHARE",
        "OAUTH_PROVIDER_NAME",
        "OPENID_PROVIDER_URL",
        "OAUTH_CLIENT_ID",
        "OAUTH_CLIENT_SECRET",
        "OPENID_REDIRECT_URI",
        "OAUTH_SCOPES",
        "OAUTH_CODE_CHALLENGE_METHOD",
        "OAUTH_TOKEN_ENDPOINT_AUTH_METHOD",
        "OPENID_END_SESSION_ENDPOINT",
        "OAUTH_TIMEOUT",
        "OAUTH_CLIENT_TIMEOUT",
        "OAUTH_EMAIL_CLAIM",
        "OAUTH_USERNAME_CLAIM",
        "OAUTH_PICTURE_CLAIM",
        "OAUTH_SUB_CLAIM",
        "OAUTH_AUDIENCE",
        "OAUTH_UPDATE_EMAIL_ON_LOGIN",
        "OAUTH_UPDATE_NAME_ON_LOGIN",
        "OAUTH_UPDATE_PICTURE_ON_LOGIN",
        "OAUTH_REFRESH_TOKEN_INCLUDE_SCOPE",
    }
)


@_attrs_define
class OAuthConfigForm:
    """All OAuth/OIDC settings exposed to the admin panel."""

    enable_oauth: bool | None | Unset = UNSET
    enable_oauth_signup: bool | None | Unset = UNSET
    oauth_merge_accounts_by_email: bool | None | Unset = UNSET
    oauth_auto_redirect: bool | None | Unset = UNSET
    oauth_allowed_domains: None | str | Unset = UNSET
    oauth_blocked_groups: None | str | Unset = UNSET
    enable_oauth_role_management: bool | None | Unset = UNSET
    oauth_roles_claim: None | str | Unset = UNSET
    oauth_admin_roles: None | str | Unset = UNSET
    oauth_allowed_roles: None | str | Unset = UNSET
    enable_oauth_group_management: bool | None | Unset = UNSET
    enable_oauth_group_creation: bool | None | Unset = UNSET
    oauth_group_claim: None | str | Unset = UNSET
    oauth_group_default_share: bool | None | str | Unset = UNSET
    oauth_provider_name: None | str | Unset = UNSET
    openid_provider_url: None | str | Unset = UNSET
    oauth_client_id: None | str | Unset = UNSET
    oauth_client_secret: None | str | Unset = UNSET
    openid_redirect_uri: None | str | Unset = UNSET
    oauth_scopes: None | str | Unset = UNSET
    oauth_code_challenge_method: None | str | Unset = UNSET
    oauth_token_endpoint_auth_method: None | str | Unset = UNSET
    openid_end_session_endpoint: None | str | Unset = UNSET
    oauth_timeout: int | None | str | Unset = UNSET
    oauth_client_timeout: int | None | str | Unset = UNSET
    oauth_email_claim: None | str | Unset = UNSET
    oauth_username_claim: None | str | Unset = UNSET
    oauth_picture_claim: None | str | Unset = UNSET
    oauth_sub_claim: None | str | Unset = UNSET
    oauth_audience: None | str | Unset = UNSET
    oauth_update_email_on_login: bool | None | Unset = UNSET
    oauth_update_name_on_login: bool | None | Unset = UNSET
    oauth_update_picture_on_login: bool | None | Unset = UNSET
    oauth_refresh_token_include_scope: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Keys the server sent that this version of the schema does not declare."""

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data (unset fields left out)."""
        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if self.enable_oauth is not UNSET:
            field_dict["ENABLE_OAUTH"] = self.enable_oauth
        if self.enable_oauth_signup is not UNSET:
            field_dict["ENABLE_OAUTH_SIGNUP"] = self.enable_oauth_signup
        if self.oauth_merge_accounts_by_email is not UNSET:
            field_dict["OAUTH_MERGE_ACCOUNTS_BY_EMAIL"] = self.oauth_merge_accounts_by_email
        if self.oauth_auto_redirect is not UNSET:
            field_dict["OAUTH_AUTO_REDIRECT"] = self.oauth_auto_redirect
        if self.oauth_allowed_domains is not UNSET:
            field_dict["OAUTH_ALLOWED_DOMAINS"] = self.oauth_allowed_domains
        if self.oauth_blocked_groups is not UNSET:
            field_dict["OAUTH_BLOCKED_GROUPS"] = self.oauth_blocked_groups
        if self.enable_oauth_role_management is not UNSET:
            field_dict["ENABLE_OAUTH_ROLE_MANAGEMENT"] = self.enable_oauth_role_management
        if self.oauth_roles_claim is not UNSET:
            field_dict["OAUTH_ROLES_CLAIM"] = self.oauth_roles_claim
        if self.oauth_admin_roles is not UNSET:
            field_dict["OAUTH_ADMIN_ROLES"] = self.oauth_admin_roles
        if self.oauth_allowed_roles is not UNSET:
            field_dict["OAUTH_ALLOWED_ROLES"] = self.oauth_allowed_roles
        if self.enable_oauth_group_management is not UNSET:
            field_dict["ENABLE_OAUTH_GROUP_MANAGEMENT"] = self.enable_oauth_group_management
        if self.enable_oauth_group_creation is not UNSET:
            field_dict["ENABLE_OAUTH_GROUP_CREATION"] = self.enable_oauth_group_creation
        if self.oauth_group_claim is not UNSET:
            field_dict["OAUTH_GROUP_CLAIM"] = self.oauth_group_claim
        if self.oauth_group_default_share is not UNSET:
            field_dict["OAUTH_GROUP_DEFAULT_SHARE"] = self.oauth_group_default_share
        if self.oauth_provider_name is not UNSET:
            field_dict["OAUTH_PROVIDER_NAME"] = self.oauth_provider_name
        if self.openid_provider_url is not UNSET:
            field_dict["OPENID_PROVIDER_URL"] = self.openid_provider_url
        if self.oauth_client_id is not UNSET:
            field_dict["OAUTH_CLIENT_ID"] = self.oauth_client_id
        if self.oauth_client_secret is not UNSET:
            field_dict["OAUTH_CLIENT_SECRET"] = self.oauth_client_secret
        if self.openid_redirect_uri is not UNSET:
            field_dict["OPENID_REDIRECT_URI"] = self.openid_redirect_uri
        if self.oauth_scopes is not UNSET:
            field_dict["OAUTH_SCOPES"] = self.oauth_scopes
        if self.oauth_code_challenge_method is not UNSET:
            field_dict["OAUTH_CODE_CHALLENGE_METHOD"] = self.oauth_code_challenge_method
        if self.oauth_token_endpoint_auth_method is not UNSET:
            field_dict["OAUTH_TOKEN_ENDPOINT_AUTH_METHOD"] = self.oauth_token_endpoint_auth_method
        if self.openid_end_session_endpoint is not UNSET:
            field_dict["OPENID_END_SESSION_ENDPOINT"] = self.openid_end_session_endpoint
        if self.oauth_timeout is not UNSET:
            field_dict["OAUTH_TIMEOUT"] = self.oauth_timeout
        if self.oauth_client_timeout is not UNSET:
            field_dict["OAUTH_CLIENT_TIMEOUT"] = self.oauth_client_timeout
        if self.oauth_email_claim is not UNSET:
            field_dict["OAUTH_EMAIL_CLAIM"] = self.oauth_email_claim
        if self.oauth_username_claim is not UNSET:
            field_dict["OAUTH_USERNAME_CLAIM"] = self.oauth_username_claim
        if self.oauth_picture_claim is not UNSET:
            field_dict["OAUTH_PICTURE_CLAIM"] = self.oauth_picture_claim
        if self.oauth_sub_claim is not UNSET:
            field_dict["OAUTH_SUB_CLAIM"] = self.oauth_sub_claim
        if self.oauth_audience is not UNSET:
            field_dict["OAUTH_AUDIENCE"] = self.oauth_audience
        if self.oauth_update_email_on_login is not UNSET:
            field_dict["OAUTH_UPDATE_EMAIL_ON_LOGIN"] = self.oauth_update_email_on_login
        if self.oauth_update_name_on_login is not UNSET:
            field_dict["OAUTH_UPDATE_NAME_ON_LOGIN"] = self.oauth_update_name_on_login
        if self.oauth_update_picture_on_login is not UNSET:
            field_dict["OAUTH_UPDATE_PICTURE_ON_LOGIN"] = self.oauth_update_picture_on_login
        if self.oauth_refresh_token_include_scope is not UNSET:
            field_dict["OAUTH_REFRESH_TOKEN_INCLUDE_SCOPE"] = self.oauth_refresh_token_include_scope
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        if cls is not OAuthConfigForm:
            return _rebuilt(cls, OAuthConfigForm.from_dict(src_dict))
        obj = _new(cls)
        obj.enable_oauth = enable_oauth = src_dict.get("ENABLE_OAUTH", UNSET)
        obj.enable_oauth_signup = enable_oauth_signup = src_dict.get("ENABLE_OAUTH_SIGNUP", UNSET)
        obj.oauth_merge_accounts_by_email = oauth_merge_accounts_by_email = src_dict.get(
            "OAUTH_MERGE_ACCOUNTS_BY_EMAIL", UNSET
        )
        obj.oauth_auto_redirect = oauth_auto_redirect = src_dict.get("OAUTH_AUTO_REDIRECT", UNSET)
        obj.oauth_allowed_domains = oauth_allowed_domains = src_dict.get(
            "OAUTH_ALLOWED_DOMAINS", UNSET
        )
        obj.oauth_blocked_groups = oauth_blocked_groups = src_dict.get(
            "OAUTH_BLOCKED_GROUPS", UNSET
        )
        obj.enable_oauth_role_management = enable_oauth_role_management = src_dict.get(
            "ENABLE_OAUTH_ROLE_MANAGEMENT", UNSET
        )
        obj.oauth_roles_claim = oauth_roles_claim = src_dict.get("OAUTH_ROLES_CLAIM", UNSET)
        obj.oauth_admin_roles = oauth_admin_roles = src_dict.get("OAUTH_ADMIN_ROLES", UNSET)
        obj.oauth_allowed_roles = oauth_allowed_roles = src_dict.get("OAUTH_ALLOWED_ROLES", UNSET)
        obj.enable_oauth_group_management = enable_oauth_group_management = src_dict.get(
            "ENABLE_OAUTH_GROUP_MANAGEMENT", UNSET
        )
        obj.enable_oauth_group_creation = enable_oauth_group_creation = src_dict.get(
            "ENABLE_OAUTH_GROUP_CREATION", UNSET
        )
        obj.oauth_group_claim = oauth_group_claim = src_dict.get("OAUTH_GROUP_CLAIM", UNSET)
        obj.oauth_group_default_share = oauth_group_default_share = src_dict.get(
            "OAUTH_GROUP_DEFAULT_SHARE", UNSET
        )
        obj.oauth_provider_name = oauth_provider_name = src_dict.get("OAUTH_PROVIDER_NAME", UNSET)
        obj.openid_provider_url = openid_provider_url = src_dict.get("OPENID_PROVIDER_URL", UNSET)
        obj.oauth_client_id = oauth_client_id = src_dict.get("OAUTH_CLIENT_ID", UNSET)
        obj.oauth_client_secret = oauth_client_secret = src_dict.get("OAUTH_CLIENT_SECRET", UNSET)
        obj.openid_redirect_uri = openid_redirect_uri = src_dict.get("OPENID_REDIRECT_URI", UNSET)
        obj.oauth_scopes = oauth_scopes = src_dict.get("OAUTH_SCOPES", UNSET)
        obj.oauth_code_challenge_method = oauth_code_challenge_method = src_dict.get(
            "OAUTH_CODE_CHALLENGE_METHOD", UNSET
        )
        obj.oauth_token_endpoint_auth_method = oauth_token_endpoint_auth_method = src_dict.get(
            "OAUTH_TOKEN_ENDPOINT_AUTH_METHOD", UNSET
        )
        obj.openid_end_session_endpoint = openid_end_session_endpoint = src_dict.get(
            "OPENID_END_SESSION_ENDPOINT", UNSET
        )
        obj.oauth_timeout = oauth_timeout = src_dict.get("OAUTH_TIMEOUT", UNSET)
        obj.oauth_client_timeout = oauth_client_timeout = src_dict.get(
            "OAUTH_CLIENT_TIMEOUT", UNSET
        )
        obj.oauth_email_claim = oauth_email_claim = src_dict.get("OAUTH_EMAIL_CLAIM", UNSET)
        obj.oauth_username_claim = oauth_username_claim = src_dict.get(
            "OAUTH_USERNAME_CLAIM", UNSET
        )
        obj.oauth_picture_claim = oauth_picture_claim = src_dict.get("OAUTH_PICTURE_CLAIM", UNSET)
        obj.oauth_sub_claim = oauth_sub_claim = src_dict.get("OAUTH_SUB_CLAIM", UNSET)
        obj.oauth_audience = oauth_audience = src_dict.get("OAUTH_AUDIENCE", UNSET)
        obj.oauth_update_email_on_login = oauth_update_email_on_login = src_dict.get(
            "OAUTH_UPDATE_EMAIL_ON_LOGIN", UNSET
        )
        obj.oauth_update_name_on_login = oauth_update_name_on_login = src_dict.get(
            "OAUTH_UPDATE_NAME_ON_LOGIN", UNSET
        )
        obj.oauth_update_picture_on_login = oauth_update_picture_on_login = src_dict.get(
            "OAUTH_UPDATE_PICTURE_ON_LOGIN", UNSET
        )
        obj.oauth_refresh_token_include_scope = oauth_refresh_token_include_scope = src_dict.get(
            "OAUTH_REFRESH_TOKEN_INCLUDE_SCOPE", UNSET
        )
        if (
            len(src_dict) == 34
            and enable_oauth is not UNSET
            and enable_oauth_signup is not UNSET
            and oauth_merge_accounts_by_email is not UNSET
            and oauth_auto_redirect is not UNSET
            and oauth_allowed_domains is not UNSET
            and oauth_blocked_groups is not UNSET
            and enable_oauth_role_management is not UNSET
            and oauth_roles_claim is not UNSET
            and oauth_admin_roles is not UNSET
            and oauth_allowed_roles is not UNSET
            and enable_oauth_group_management is not UNSET
            and enable_oauth_group_creation is not UNSET
            and oauth_group_claim is not UNSET
            and oauth_group_default_share is not UNSET
            and oauth_provider_name is not UNSET
            and openid_provider_url is not UNSET
            and oauth_client_id is not UNSET
            and oauth_client_secret is not UNSET
            and openid_redirect_uri is not UNSET
            and oauth_scopes is not UNSET
            and oauth_code_challenge_method is not UNSET
            and oauth_token_endpoint_auth_method is not UNSET
            and openid_end_session_endpoint is not UNSET
            and oauth_timeout is not UNSET
            and oauth_client_timeout is not UNSET
            and oauth_email_claim is not UNSET
            and oauth_username_claim is not UNSET
            and oauth_picture_claim is not UNSET
            and oauth_sub_claim is not UNSET
            and oauth_audience is not UNSET
            and oauth_update_email_on_login is not UNSET
            and oauth_update_name_on_login is not UNSET
            and oauth_update_picture_on_login is not UNSET
            and oauth_refresh_token_include_scope is not UNSET
        ) or len(src_dict) == 0 + (enable_oauth is not UNSET) + (
            enable_oauth_signup is not UNSET
        ) + (oauth_merge_accounts_by_email is not UNSET) + (oauth_auto_redirect is not UNSET) + (
            oauth_allowed_domains is not UNSET
        ) + (oauth_blocked_groups is not UNSET) + (enable_oauth_role_management is not UNSET) + (
            oauth_roles_claim is not UNSET
        ) + (oauth_admin_roles is not UNSET) + (oauth_allowed_roles is not UNSET) + (
            enable_oauth_group_management is not UNSET
        ) + (enable_oauth_group_creation is not UNSET) + (oauth_group_claim is not UNSET) + (
            oauth_group_default_share is not UNSET
        ) + (oauth_provider_name is not UNSET) + (openid_provider_url is not UNSET) + (
            oauth_client_id is not UNSET
        ) + (oauth_client_secret is not UNSET) + (openid_redirect_uri is not UNSET) + (
            oauth_scopes is not UNSET
        ) + (oauth_code_challenge_method is not UNSET) + (
            oauth_token_endpoint_auth_method is not UNSET
        ) + (openid_end_session_endpoint is not UNSET) + (oauth_timeout is not UNSET) + (
            oauth_client_timeout is not UNSET
        ) + (oauth_email_claim is not UNSET) + (oauth_username_claim is not UNSET) + (
            oauth_picture_claim is not UNSET
        ) + (oauth_sub_claim is not UNSET) + (oauth_audience is not UNSET) + (
            oauth_update_email_on_login is not UNSET
        ) + (oauth_update_name_on_login is not UNSET) + (
            oauth_update_picture_on_login is not UNSET
        ) + (oauth_refresh_token_include_scope is not UNSET):
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
