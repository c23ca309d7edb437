from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

# The JSON keys this model declares; any other key goes to additional_properties.
_FIELDS: frozenset[str] = frozenset(
    {
        "ENABLE_OAUTH_PERSISTENT_CONFIG",
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
class OAuthConfigResponse:
    enable_oauth_persistent_config: bool
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
        enable_oauth_persistent_config = self.enable_oauth_persistent_config

        enable_oauth: bool | None | Unset
        if isinstance(self.enable_oauth, Unset):
            enable_oauth = UNSET
        else:
            enable_oauth = self.enable_oauth

        enable_oauth_signup: bool | None | Unset
        if isinstance(self.enable_oauth_signup, Unset):
            enable_oauth_signup = UNSET
        else:
            enable_oauth_signup = self.enable_oauth_signup

        oauth_merge_accounts_by_email: bool | None | Unset
        if isinstance(self.oauth_merge_accounts_by_email, Unset):
            oauth_merge_accounts_by_email = UNSET
        else:
            oauth_merge_accounts_by_email = self.oauth_merge_accounts_by_email

        oauth_auto_redirect: bool | None | Unset
        if isinstance(self.oauth_auto_redirect, Unset):
            oauth_auto_redirect = UNSET
        else:
            oauth_auto_redirect = self.oauth_auto_redirect

        oauth_allowed_domains: None | str | Unset
        if isinstance(self.oauth_allowed_domains, Unset):
            oauth_allowed_domains = UNSET
        else:
            oauth_allowed_domains = self.oauth_allowed_domains

        oauth_blocked_groups: None | str | Unset
        if isinstance(self.oauth_blocked_groups, Unset):
            oauth_blocked_groups = UNSET
        else:
            oauth_blocked_groups = self.oauth_blocked_groups

        enable_oauth_role_management: bool | None | Unset
        if isinstance(self.enable_oauth_role_management, Unset):
            enable_oauth_role_management = UNSET
        else:
            enable_oauth_role_management = self.enable_oauth_role_management

        oauth_roles_claim: None | str | Unset
        if isinstance(self.oauth_roles_claim, Unset):
            oauth_roles_claim = UNSET
        else:
            oauth_roles_claim = self.oauth_roles_claim

        oauth_admin_roles: None | str | Unset
        if isinstance(self.oauth_admin_roles, Unset):
            oauth_admin_roles = UNSET
        else:
            oauth_admin_roles = self.oauth_admin_roles

        oauth_allowed_roles: None | str | Unset
        if isinstance(self.oauth_allowed_roles, Unset):
            oauth_allowed_roles = UNSET
        else:
            oauth_allowed_roles = self.oauth_allowed_roles

        enable_oauth_group_management: bool | None | Unset
        if isinstance(self.enable_oauth_group_management, Unset):
            enable_oauth_group_management = UNSET
        else:
            enable_oauth_group_management = self.enable_oauth_group_management

        enable_oauth_group_creation: bool | None | Unset
        if isinstance(self.enable_oauth_group_creation, Unset):
            enable_oauth_group_creation = UNSET
        else:
            enable_oauth_group_creation = self.enable_oauth_group_creation

        oauth_group_claim: None | str | Unset
        if isinstance(self.oauth_group_claim, Unset):
            oauth_group_claim = UNSET
        else:
            oauth_group_claim = self.oauth_group_claim

        oauth_group_default_share: bool | None | str | Unset
        if isinstance(self.oauth_group_default_share, Unset):
            oauth_group_default_share = UNSET
        else:
            oauth_group_default_share = self.oauth_group_default_share

        oauth_provider_name: None | str | Unset
        if isinstance(self.oauth_provider_name, Unset):
            oauth_provider_name = UNSET
        else:
            oauth_provider_name = self.oauth_provider_name

        openid_provider_url: None | str | Unset
        if isinstance(self.openid_provider_url, Unset):
            openid_provider_url = UNSET
        else:
            openid_provider_url = self.openid_provider_url

        oauth_client_id: None | str | Unset
        if isinstance(self.oauth_client_id, Unset):
            oauth_client_id = UNSET
        else:
            oauth_client_id = self.oauth_client_id

        oauth_client_secret: None | str | Unset
        if isinstance(self.oauth_client_secret, Unset):
            oauth_client_secret = UNSET
        else:
            oauth_client_secret = self.oauth_client_secret

        openid_redirect_uri: None | str | Unset
        if isinstance(self.openid_redirect_uri, Unset):
            openid_redirect_uri = UNSET
        else:
            openid_redirect_uri = self.openid_redirect_uri

        oauth_scopes: None | str | Unset
        if isinstance(self.oauth_scopes, Unset):
            oauth_scopes = UNSET
        else:
            oauth_scopes = self.oauth_scopes

        oauth_code_challenge_method: None | str | Unset
        if isinstance(self.oauth_code_challenge_method, Unset):
            oauth_code_challenge_method = UNSET
        else:
            oauth_code_challenge_method = self.oauth_code_challenge_method

        oauth_token_endpoint_auth_method: None | str | Unset
        if isinstance(self.oauth_token_endpoint_auth_method, Unset):
            oauth_token_endpoint_auth_method = UNSET
        else:
            oauth_token_endpoint_auth_method = self.oauth_token_endpoint_auth_method

        openid_end_session_endpoint: None | str | Unset
        if isinstance(self.openid_end_session_endpoint, Unset):
            openid_end_session_endpoint = UNSET
        else:
            openid_end_session_endpoint = self.openid_end_session_endpoint

        oauth_timeout: int | None | str | Unset
        if isinstance(self.oauth_timeout, Unset):
            oauth_timeout = UNSET
        else:
            oauth_timeout = self.oauth_timeout

        oauth_client_timeout: int | None | str | Unset
        if isinstance(self.oauth_client_timeout, Unset):
            oauth_client_timeout = UNSET
        else:
            oauth_client_timeout = self.oauth_client_timeout

        oauth_email_claim: None | str | Unset
        if isinstance(self.oauth_email_claim, Unset):
            oauth_email_claim = UNSET
        else:
            oauth_email_claim = self.oauth_email_claim

        oauth_username_claim: None | str | Unset
        if isinstance(self.oauth_username_claim, Unset):
            oauth_username_claim = UNSET
        else:
            oauth_username_claim = self.oauth_username_claim

        oauth_picture_claim: None | str | Unset
        if isinstance(self.oauth_picture_claim, Unset):
            oauth_picture_claim = UNSET
        else:
            oauth_picture_claim = self.oauth_picture_claim

        oauth_sub_claim: None | str | Unset
        if isinstance(self.oauth_sub_claim, Unset):
            oauth_sub_claim = UNSET
        else:
            oauth_sub_claim = self.oauth_sub_claim

        oauth_audience: None | str | Unset
        if isinstance(self.oauth_audience, Unset):
            oauth_audience = UNSET
        else:
            oauth_audience = self.oauth_audience

        oauth_update_email_on_login: bool | None | Unset
        if isinstance(self.oauth_update_email_on_login, Unset):
            oauth_update_email_on_login = UNSET
        else:
            oauth_update_email_on_login = self.oauth_update_email_on_login

        oauth_update_name_on_login: bool | None | Unset
        if isinstance(self.oauth_update_name_on_login, Unset):
            oauth_update_name_on_login = UNSET
        else:
            oauth_update_name_on_login = self.oauth_update_name_on_login

        oauth_update_picture_on_login: bool | None | Unset
        if isinstance(self.oauth_update_picture_on_login, Unset):
            oauth_update_picture_on_login = UNSET
        else:
            oauth_update_picture_on_login = self.oauth_update_picture_on_login

        oauth_refresh_token_include_scope: bool | None | Unset
        if isinstance(self.oauth_refresh_token_include_scope, Unset):
            oauth_refresh_token_include_scope = UNSET
        else:
            oauth_refresh_token_include_scope = self.oauth_refresh_token_include_scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["ENABLE_OAUTH_PERSISTENT_CONFIG"] = enable_oauth_persistent_config
        if enable_oauth is not UNSET:
            field_dict["ENABLE_OAUTH"] = enable_oauth
        if enable_oauth_signup is not UNSET:
            field_dict["ENABLE_OAUTH_SIGNUP"] = enable_oauth_signup
        if oauth_merge_accounts_by_email is not UNSET:
            field_dict["OAUTH_MERGE_ACCOUNTS_BY_EMAIL"] = oauth_merge_accounts_by_email
        if oauth_auto_redirect is not UNSET:
            field_dict["OAUTH_AUTO_REDIRECT"] = oauth_auto_redirect
        if oauth_allowed_domains is not UNSET:
            field_dict["OAUTH_ALLOWED_DOMAINS"] = oauth_allowed_domains
        if oauth_blocked_groups is not UNSET:
            field_dict["OAUTH_BLOCKED_GROUPS"] = oauth_blocked_groups
        if enable_oauth_role_management is not UNSET:
            field_dict["ENABLE_OAUTH_ROLE_MANAGEMENT"] = enable_oauth_role_management
        if oauth_roles_claim is not UNSET:
            field_dict["OAUTH_ROLES_CLAIM"] = oauth_roles_claim
        if oauth_admin_roles is not UNSET:
            field_dict["OAUTH_ADMIN_ROLES"] = oauth_admin_roles
        if oauth_allowed_roles is not UNSET:
            field_dict["OAUTH_ALLOWED_ROLES"] = oauth_allowed_roles
        if enable_oauth_group_management is not UNSET:
            field_dict["ENABLE_OAUTH_GROUP_MANAGEMENT"] = enable_oauth_group_management
        if enable_oauth_group_creation is not UNSET:
            field_dict["ENABLE_OAUTH_GROUP_CREATION"] = enable_oauth_group_creation
        if oauth_group_claim is not UNSET:
            field_dict["OAUTH_GROUP_CLAIM"] = oauth_group_claim
        if oauth_group_default_share is not UNSET:
            field_dict["OAUTH_GROUP_DEFAULT_SHARE"] = oauth_group_default_share
        if oauth_provider_name is not UNSET:
            field_dict["OAUTH_PROVIDER_NAME"] = oauth_provider_name
        if openid_provider_url is not UNSET:
            field_dict["OPENID_PROVIDER_URL"] = openid_provider_url
        if oauth_client_id is not UNSET:
            field_dict["OAUTH_CLIENT_ID"] = oauth_client_id
        if oauth_client_secret is not UNSET:
            field_dict["OAUTH_CLIENT_SECRET"] = oauth_client_secret
        if openid_redirect_uri is not UNSET:
            field_dict["OPENID_REDIRECT_URI"] = openid_redirect_uri
        if oauth_scopes is not UNSET:
            field_dict["OAUTH_SCOPES"] = oauth_scopes
        if oauth_code_challenge_method is not UNSET:
            field_dict["OAUTH_CODE_CHALLENGE_METHOD"] = oauth_code_challenge_method
        if oauth_token_endpoint_auth_method is not UNSET:
            field_dict["OAUTH_TOKEN_ENDPOINT_AUTH_METHOD"] = oauth_token_endpoint_auth_method
        if openid_end_session_endpoint is not UNSET:
            field_dict["OPENID_END_SESSION_ENDPOINT"] = openid_end_session_endpoint
        if oauth_timeout is not UNSET:
            field_dict["OAUTH_TIMEOUT"] = oauth_timeout
        if oauth_client_timeout is not UNSET:
            field_dict["OAUTH_CLIENT_TIMEOUT"] = oauth_client_timeout
        if oauth_email_claim is not UNSET:
            field_dict["OAUTH_EMAIL_CLAIM"] = oauth_email_claim
        if oauth_username_claim is not UNSET:
            field_dict["OAUTH_USERNAME_CLAIM"] = oauth_username_claim
        if oauth_picture_claim is not UNSET:
            field_dict["OAUTH_PICTURE_CLAIM"] = oauth_picture_claim
        if oauth_sub_claim is not UNSET:
            field_dict["OAUTH_SUB_CLAIM"] = oauth_sub_claim
        if oauth_audience is not UNSET:
            field_dict["OAUTH_AUDIENCE"] = oauth_audience
        if oauth_update_email_on_login is not UNSET:
            field_dict["OAUTH_UPDATE_EMAIL_ON_LOGIN"] = oauth_update_email_on_login
        if oauth_update_name_on_login is not UNSET:
            field_dict["OAUTH_UPDATE_NAME_ON_LOGIN"] = oauth_update_name_on_login
        if oauth_update_picture_on_login is not UNSET:
            field_dict["OAUTH_UPDATE_PICTURE_ON_LOGIN"] = oauth_update_picture_on_login
        if oauth_refresh_token_include_scope is not UNSET:
            field_dict["OAUTH_REFRESH_TOKEN_INCLUDE_SCOPE"] = oauth_refresh_token_include_scope
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build the model from decoded JSON.

        Raises ``KeyError`` for a missing required field and ``TypeError`` or ``ValueError``
        for data of the wrong shape; the endpoint functions turn those into
        ``APIResponseValidationError``.
        """
        enable_oauth_persistent_config = src_dict["ENABLE_OAUTH_PERSISTENT_CONFIG"]
        enable_oauth = src_dict.get("ENABLE_OAUTH", UNSET)

        enable_oauth_signup = src_dict.get("ENABLE_OAUTH_SIGNUP", UNSET)

        oauth_merge_accounts_by_email = src_dict.get("OAUTH_MERGE_ACCOUNTS_BY_EMAIL", UNSET)

        oauth_auto_redirect = src_dict.get("OAUTH_AUTO_REDIRECT", UNSET)

        oauth_allowed_domains = src_dict.get("OAUTH_ALLOWED_DOMAINS", UNSET)

        oauth_blocked_groups = src_dict.get("OAUTH_BLOCKED_GROUPS", UNSET)

        enable_oauth_role_management = src_dict.get("ENABLE_OAUTH_ROLE_MANAGEMENT", UNSET)

        oauth_roles_claim = src_dict.get("OAUTH_ROLES_CLAIM", UNSET)

        oauth_admin_roles = src_dict.get("OAUTH_ADMIN_ROLES", UNSET)

        oauth_allowed_roles = src_dict.get("OAUTH_ALLOWED_ROLES", UNSET)

        enable_oauth_group_management = src_dict.get("ENABLE_OAUTH_GROUP_MANAGEMENT", UNSET)

        enable_oauth_group_creation = src_dict.get("ENABLE_OAUTH_GROUP_CREATION", UNSET)

        oauth_group_claim = src_dict.get("OAUTH_GROUP_CLAIM", UNSET)

        oauth_group_default_share = src_dict.get("OAUTH_GROUP_DEFAULT_SHARE", UNSET)

        oauth_provider_name = src_dict.get("OAUTH_PROVIDER_NAME", UNSET)

        openid_provider_url = src_dict.get("OPENID_PROVIDER_URL", UNSET)

        oauth_client_id = src_dict.get("OAUTH_CLIENT_ID", UNSET)

        oauth_client_secret = src_dict.get("OAUTH_CLIENT_SECRET", UNSET)

        openid_redirect_uri = src_dict.get("OPENID_REDIRECT_URI", UNSET)

        oauth_scopes = src_dict.get("OAUTH_SCOPES", UNSET)

        oauth_code_challenge_method = src_dict.get("OAUTH_CODE_CHALLENGE_METHOD", UNSET)

        oauth_token_endpoint_auth_method = src_dict.get("OAUTH_TOKEN_ENDPOINT_AUTH_METHOD", UNSET)

        openid_end_session_endpoint = src_dict.get("OPENID_END_SESSION_ENDPOINT", UNSET)

        oauth_timeout = src_dict.get("OAUTH_TIMEOUT", UNSET)

        oauth_client_timeout = src_dict.get("OAUTH_CLIENT_TIMEOUT", UNSET)

        oauth_email_claim = src_dict.get("OAUTH_EMAIL_CLAIM", UNSET)

        oauth_username_claim = src_dict.get("OAUTH_USERNAME_CLAIM", UNSET)

        oauth_picture_claim = src_dict.get("OAUTH_PICTURE_CLAIM", UNSET)

        oauth_sub_claim = src_dict.get("OAUTH_SUB_CLAIM", UNSET)

        oauth_audience = src_dict.get("OAUTH_AUDIENCE", UNSET)

        oauth_update_email_on_login = src_dict.get("OAUTH_UPDATE_EMAIL_ON_LOGIN", UNSET)

        oauth_update_name_on_login = src_dict.get("OAUTH_UPDATE_NAME_ON_LOGIN", UNSET)

        oauth_update_picture_on_login = src_dict.get("OAUTH_UPDATE_PICTURE_ON_LOGIN", UNSET)

        oauth_refresh_token_include_scope = src_dict.get("OAUTH_REFRESH_TOKEN_INCLUDE_SCOPE", UNSET)

        obj = cls(
            enable_oauth_persistent_config,
            enable_oauth,
            enable_oauth_signup,
            oauth_merge_accounts_by_email,
            oauth_auto_redirect,
            oauth_allowed_domains,
            oauth_blocked_groups,
            enable_oauth_role_management,
            oauth_roles_claim,
            oauth_admin_roles,
            oauth_allowed_roles,
            enable_oauth_group_management,
            enable_oauth_group_creation,
            oauth_group_claim,
            oauth_group_default_share,
            oauth_provider_name,
            openid_provider_url,
            oauth_client_id,
            oauth_client_secret,
            openid_redirect_uri,
            oauth_scopes,
            oauth_code_challenge_method,
            oauth_token_endpoint_auth_method,
            openid_end_session_endpoint,
            oauth_timeout,
            oauth_client_timeout,
            oauth_email_claim,
            oauth_username_claim,
            oauth_picture_claim,
            oauth_sub_claim,
            oauth_audience,
            oauth_update_email_on_login,
            oauth_update_name_on_login,
            oauth_update_picture_on_login,
            oauth_refresh_token_include_scope,
        )
        if len(src_dict) != 1 + (enable_oauth is not UNSET) + (enable_oauth_signup is not UNSET) + (
            oauth_merge_accounts_by_email is not UNSET
        ) + (oauth_auto_redirect is not UNSET) + (oauth_allowed_domains is not UNSET) + (
            oauth_blocked_groups is not UNSET
        ) + (enable_oauth_role_management is not UNSET) + (oauth_roles_claim is not UNSET) + (
            oauth_admin_roles is not UNSET
        ) + (oauth_allowed_roles is not UNSET) + (enable_oauth_group_management is not UNSET) + (
            enable_oauth_group_creation is not UNSET
        ) + (oauth_group_claim is not UNSET) + (oauth_group_default_share is not UNSET) + (
            oauth_provider_name is not UNSET
        ) + (openid_provider_url is not UNSET) + (oauth_client_id is not UNSET) + (
            oauth_client_secret is not UNSET
        ) + (openid_redirect_uri is not UNSET) + (oauth_scopes is not UNSET) + (
            oauth_code_challenge_method is not UNSET
        ) + (oauth_token_endpoint_auth_method is not UNSET) + (
            openid_end_session_endpoint is not UNSET
        ) + (oauth_timeout is not UNSET) + (oauth_client_timeout is not UNSET) + (
            oauth_email_claim is not UNSET
        ) + (oauth_username_claim is not UNSET) + (oauth_picture_claim is not UNSET) + (
            oauth_sub_claim is not UNSET
        ) + (oauth_audience is not UNSET) + (oauth_update_email_on_login is not UNSET) + (
            oauth_update_name_on_login is not UNSET
        ) + (oauth_update_picture_on_login is not UNSET) + (
            oauth_refresh_token_include_scope is not UNSET
        ):
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
