"""``client.auths``: the ``auths`` endpoints of Open WebUI as methods; generated, do not edit.

Each method calls the function of the same name in :mod:`owui_sdk.api.auths`, which loads
on the method's first call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..api import auths as _api

if TYPE_CHECKING:
    from .._endpoint import AsyncClient, SyncClient
    from .._generated.models.add_user_form import AddUserForm
    from .._generated.models.add_user_response import AddUserResponse
    from .._generated.models.admin_config import AdminConfig
    from .._generated.models.api_key import ApiKey
    from .._generated.models.ldap_config_form import LdapConfigForm
    from .._generated.models.ldap_form import LdapForm
    from .._generated.models.ldap_server_config import LdapServerConfig
    from .._generated.models.mfa_challenge_form import MfaChallengeForm
    from .._generated.models.mfa_challenge_response import MfaChallengeResponse
    from .._generated.models.mfa_enrollment_response import MfaEnrollmentResponse
    from .._generated.models.mfa_factor_form import MfaFactorForm
    from .._generated.models.mfa_recovery_codes_response import MfaRecoveryCodesResponse
    from .._generated.models.mfa_recovery_form import MfaRecoveryForm
    from .._generated.models.mfa_setup_response import MfaSetupResponse
    from .._generated.models.mfa_status_response import MfaStatusResponse
    from .._generated.models.mfa_verify_form import MfaVerifyForm
    from .._generated.models.o_auth_config_form import OAuthConfigForm
    from .._generated.models.o_auth_config_response import OAuthConfigResponse
    from .._generated.models.pending_user_response import PendingUserResponse
    from .._generated.models.session_user_info_response import SessionUserInfoResponse
    from .._generated.models.session_user_response import SessionUserResponse
    from .._generated.models.signin_form import SigninForm
    from .._generated.models.signup_form import SignupForm
    from .._generated.models.status_response import StatusResponse
    from .._generated.models.token_exchange_form import TokenExchangeForm
    from .._generated.models.update_password_form import UpdatePasswordForm
    from .._generated.models.update_profile_form import UpdateProfileForm
    from .._generated.models.update_timezone_form import UpdateTimezoneForm
    from .._generated.models.user_profile_image_response import UserProfileImageResponse

__all__ = ["AsyncAuthsResource", "AuthsResource"]


class AsyncAuthsResource:
    """The ``auths`` endpoints (asyncio): ``client.auths`` of :class:`owui_sdk.AsyncOpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def add_user(
        self,
        body: AddUserForm | dict[str, Any],
    ) -> AddUserResponse:
        """Add User

        ``POST /api/v1/auths/add``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.add_user.asyncio(
            client=self._client,
            body=body,
        )

    async def confirm_mfa_enrollment(
        self,
        body: MfaVerifyForm | dict[str, Any],
    ) -> MfaEnrollmentResponse | MfaRecoveryCodesResponse:
        """Confirm Mfa Enrollment

        ``POST /api/v1/auths/mfa/enroll/confirm``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.confirm_mfa_enrollment.asyncio(
            client=self._client,
            body=body,
        )

    async def delete_api_key(
        self,
    ) -> bool:
        """Delete Api Key

        ``DELETE /api/v1/auths/api_key``
        """
        return await _api.delete_api_key.asyncio(
            client=self._client,
        )

    async def delete_oauth_session_by_provider(
        self,
        provider: str,
    ) -> bool:
        """Delete Oauth Session By Provider

        Disconnect the current user's OAuth session for a specific provider.
        The provider string matches the 'provider' field in the oauth_session table
        (e.g. 'mcp:server-id' for MCP connections).

        ``DELETE /api/v1/auths/oauth/sessions/{provider}``
        """
        return await _api.delete_oauth_session_by_provider.asyncio(
            provider,
            client=self._client,
        )

    async def generate_api_key(
        self,
    ) -> ApiKey:
        """Generate Api Key

        ``POST /api/v1/auths/api_key``
        """
        return await _api.generate_api_key.asyncio(
            client=self._client,
        )

    async def get_admin_config(
        self,
    ) -> Any:
        """Get Admin Config

        ``GET /api/v1/auths/admin/config``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_admin_config.asyncio(
            client=self._client,
        )

    async def get_admin_details(
        self,
    ) -> Any:
        """Get Admin Details

        ``GET /api/v1/auths/admin/details``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_admin_details.asyncio(
            client=self._client,
        )

    async def get_api_key(
        self,
    ) -> ApiKey:
        """Get Api Key

        ``GET /api/v1/auths/api_key``
        """
        return await _api.get_api_key.asyncio(
            client=self._client,
        )

    async def get_ldap_config(
        self,
    ) -> Any:
        """Get Ldap Config

        ``GET /api/v1/auths/admin/config/ldap``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.get_ldap_config.asyncio(
            client=self._client,
        )

    async def get_ldap_server(
        self,
    ) -> LdapServerConfig:
        """Get Ldap Server

        ``GET /api/v1/auths/admin/config/ldap/server``
        """
        return await _api.get_ldap_server.asyncio(
            client=self._client,
        )

    async def get_mfa_challenge(
        self,
    ) -> MfaChallengeResponse:
        """Get Mfa Challenge

        ``POST /api/v1/auths/mfa/challenge``
        """
        return await _api.get_mfa_challenge.asyncio(
            client=self._client,
        )

    async def get_mfa_status(
        self,
    ) -> MfaStatusResponse:
        """Get Mfa Status

        ``GET /api/v1/auths/mfa/status``
        """
        return await _api.get_mfa_status.asyncio(
            client=self._client,
        )

    async def get_oauth_config(
        self,
    ) -> OAuthConfigResponse:
        """Get Oauth Config

        ``GET /api/v1/auths/admin/config/oauth``
        """
        return await _api.get_oauth_config.asyncio(
            client=self._client,
        )

    async def get_session_user(
        self,
    ) -> SessionUserInfoResponse:
        """Get Session User

        ``GET /api/v1/auths/``
        """
        return await _api.get_session_user.asyncio(
            client=self._client,
        )

    async def ldap_auth(
        self,
        body: LdapForm | dict[str, Any],
    ) -> MfaChallengeResponse | PendingUserResponse | SessionUserResponse:
        """Ldap Auth

        ``POST /api/v1/auths/ldap``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.ldap_auth.asyncio(
            client=self._client,
            body=body,
        )

    async def redeem_mfa_reset_token(
        self,
        body: MfaRecoveryForm | dict[str, Any],
    ) -> MfaChallengeResponse:
        """Redeem Mfa Reset Token

        ``POST /api/v1/auths/mfa/recover``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.redeem_mfa_reset_token.asyncio(
            client=self._client,
            body=body,
        )

    async def regenerate_mfa_recovery_codes(
        self,
        body: MfaFactorForm | dict[str, Any],
    ) -> MfaRecoveryCodesResponse:
        """Regenerate Mfa Recovery Codes

        ``POST /api/v1/auths/mfa/recovery/codes``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.regenerate_mfa_recovery_codes.asyncio(
            client=self._client,
            body=body,
        )

    async def signin(
        self,
        body: SigninForm | dict[str, Any],
    ) -> MfaChallengeResponse | PendingUserResponse | SessionUserResponse:
        """Signin

        ``POST /api/v1/auths/signin``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.signin.asyncio(
            client=self._client,
            body=body,
        )

    async def signout(
        self,
    ) -> Any:
        """Signout

        ``POST /api/v1/auths/signout``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.signout.asyncio(
            client=self._client,
        )

    async def signup(
        self,
        body: SignupForm | dict[str, Any],
    ) -> MfaChallengeResponse | PendingUserResponse | SessionUserResponse:
        """Signup

        ``POST /api/v1/auths/signup``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.signup.asyncio(
            client=self._client,
            body=body,
        )

    async def start_mfa_enrollment(
        self,
        body: MfaChallengeForm | dict[str, Any],
    ) -> MfaSetupResponse:
        """Start Mfa Enrollment

        ``POST /api/v1/auths/mfa/enroll/start``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.start_mfa_enrollment.asyncio(
            client=self._client,
            body=body,
        )

    async def start_mfa_replacement(
        self,
        body: MfaFactorForm | dict[str, Any],
    ) -> MfaChallengeResponse:
        """Start Mfa Replacement

        ``POST /api/v1/auths/mfa/replace``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.start_mfa_replacement.asyncio(
            client=self._client,
            body=body,
        )

    async def token_exchange(
        self,
        provider: str,
        body: TokenExchangeForm | dict[str, Any],
    ) -> MfaChallengeResponse | PendingUserResponse | SessionUserResponse:
        """Token Exchange

        Exchange an external OAuth provider token for an OpenWebUI JWT.
        This endpoint is disabled by default. Set ENABLE_OAUTH_TOKEN_EXCHANGE=True to enable.

        ``POST /api/v1/auths/oauth/{provider}/token/exchange``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.token_exchange.asyncio(
            provider,
            client=self._client,
            body=body,
        )

    async def update_admin_config(
        self,
        body: AdminConfig | dict[str, Any],
    ) -> Any:
        """Update Admin Config

        ``POST /api/v1/auths/admin/config``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.update_admin_config.asyncio(
            client=self._client,
            body=body,
        )

    async def update_ldap_config(
        self,
        body: LdapConfigForm | dict[str, Any],
    ) -> Any:
        """Update Ldap Config

        ``POST /api/v1/auths/admin/config/ldap``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.update_ldap_config.asyncio(
            client=self._client,
            body=body,
        )

    async def update_ldap_server(
        self,
        body: LdapServerConfig | dict[str, Any],
    ) -> Any:
        """Update Ldap Server

        ``POST /api/v1/auths/admin/config/ldap/server``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return await _api.update_ldap_server.asyncio(
            client=self._client,
            body=body,
        )

    async def update_oauth_config(
        self,
        body: OAuthConfigForm | dict[str, Any],
    ) -> OAuthConfigResponse:
        """Update Oauth Config

        ``POST /api/v1/auths/admin/config/oauth``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.update_oauth_config.asyncio(
            client=self._client,
            body=body,
        )

    async def update_password(
        self,
        body: UpdatePasswordForm | dict[str, Any],
    ) -> bool:
        """Update Password

        ``POST /api/v1/auths/update/password``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.update_password.asyncio(
            client=self._client,
            body=body,
        )

    async def update_profile(
        self,
        body: UpdateProfileForm | dict[str, Any],
    ) -> UserProfileImageResponse:
        """Update Profile

        ``POST /api/v1/auths/update/profile``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.update_profile.asyncio(
            client=self._client,
            body=body,
        )

    async def update_timezone(
        self,
        body: UpdateTimezoneForm | dict[str, Any],
    ) -> StatusResponse:
        """Update Timezone

        ``POST /api/v1/auths/update/timezone``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.update_timezone.asyncio(
            client=self._client,
            body=body,
        )

    async def verify_mfa_challenge(
        self,
        body: MfaVerifyForm | dict[str, Any],
    ) -> SessionUserResponse:
        """Verify Mfa Challenge

        ``POST /api/v1/auths/mfa/verify``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return await _api.verify_mfa_challenge.asyncio(
            client=self._client,
            body=body,
        )


class AuthsResource:
    """The ``auths`` endpoints: ``client.auths`` of :class:`owui_sdk.OpenWebUI`.

    Path parameters come first, in path order, then the request body; query parameters are
    keyword-only. Errors are raised as :mod:`owui_sdk.errors`.
    """

    __slots__ = ("_client",)

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def add_user(
        self,
        body: AddUserForm | dict[str, Any],
    ) -> AddUserResponse:
        """Add User

        ``POST /api/v1/auths/add``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.add_user.sync(
            client=self._client,
            body=body,
        )

    def confirm_mfa_enrollment(
        self,
        body: MfaVerifyForm | dict[str, Any],
    ) -> MfaEnrollmentResponse | MfaRecoveryCodesResponse:
        """Confirm Mfa Enrollment

        ``POST /api/v1/auths/mfa/enroll/confirm``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.confirm_mfa_enrollment.sync(
            client=self._client,
            body=body,
        )

    def delete_api_key(
        self,
    ) -> bool:
        """Delete Api Key

        ``DELETE /api/v1/auths/api_key``
        """
        return _api.delete_api_key.sync(
            client=self._client,
        )

    def delete_oauth_session_by_provider(
        self,
        provider: str,
    ) -> bool:
        """Delete Oauth Session By Provider

        Disconnect the current user's OAuth session for a specific provider.
        The provider string matches the 'provider' field in the oauth_session table
        (e.g. 'mcp:server-id' for MCP connections).

        ``DELETE /api/v1/auths/oauth/sessions/{provider}``
        """
        return _api.delete_oauth_session_by_provider.sync(
            provider,
            client=self._client,
        )

    def generate_api_key(
        self,
    ) -> ApiKey:
        """Generate Api Key

        ``POST /api/v1/auths/api_key``
        """
        return _api.generate_api_key.sync(
            client=self._client,
        )

    def get_admin_config(
        self,
    ) -> Any:
        """Get Admin Config

        ``GET /api/v1/auths/admin/config``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_admin_config.sync(
            client=self._client,
        )

    def get_admin_details(
        self,
    ) -> Any:
        """Get Admin Details

        ``GET /api/v1/auths/admin/details``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_admin_details.sync(
            client=self._client,
        )

    def get_api_key(
        self,
    ) -> ApiKey:
        """Get Api Key

        ``GET /api/v1/auths/api_key``
        """
        return _api.get_api_key.sync(
            client=self._client,
        )

    def get_ldap_config(
        self,
    ) -> Any:
        """Get Ldap Config

        ``GET /api/v1/auths/admin/config/ldap``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.get_ldap_config.sync(
            client=self._client,
        )

    def get_ldap_server(
        self,
    ) -> LdapServerConfig:
        """Get Ldap Server

        ``GET /api/v1/auths/admin/config/ldap/server``
        """
        return _api.get_ldap_server.sync(
            client=self._client,
        )

    def get_mfa_challenge(
        self,
    ) -> MfaChallengeResponse:
        """Get Mfa Challenge

        ``POST /api/v1/auths/mfa/challenge``
        """
        return _api.get_mfa_challenge.sync(
            client=self._client,
        )

    def get_mfa_status(
        self,
    ) -> MfaStatusResponse:
        """Get Mfa Status

        ``GET /api/v1/auths/mfa/status``
        """
        return _api.get_mfa_status.sync(
            client=self._client,
        )

    def get_oauth_config(
        self,
    ) -> OAuthConfigResponse:
        """Get Oauth Config

        ``GET /api/v1/auths/admin/config/oauth``
        """
        return _api.get_oauth_config.sync(
            client=self._client,
        )

    def get_session_user(
        self,
    ) -> SessionUserInfoResponse:
        """Get Session User

        ``GET /api/v1/auths/``
        """
        return _api.get_session_user.sync(
            client=self._client,
        )

    def ldap_auth(
        self,
        body: LdapForm | dict[str, Any],
    ) -> MfaChallengeResponse | PendingUserResponse | SessionUserResponse:
        """Ldap Auth

        ``POST /api/v1/auths/ldap``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.ldap_auth.sync(
            client=self._client,
            body=body,
        )

    def redeem_mfa_reset_token(
        self,
        body: MfaRecoveryForm | dict[str, Any],
    ) -> MfaChallengeResponse:
        """Redeem Mfa Reset Token

        ``POST /api/v1/auths/mfa/recover``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.redeem_mfa_reset_token.sync(
            client=self._client,
            body=body,
        )

    def regenerate_mfa_recovery_codes(
        self,
        body: MfaFactorForm | dict[str, Any],
    ) -> MfaRecoveryCodesResponse:
        """Regenerate Mfa Recovery Codes

        ``POST /api/v1/auths/mfa/recovery/codes``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.regenerate_mfa_recovery_codes.sync(
            client=self._client,
            body=body,
        )

    def signin(
        self,
        body: SigninForm | dict[str, Any],
    ) -> MfaChallengeResponse | PendingUserResponse | SessionUserResponse:
        """Signin

        ``POST /api/v1/auths/signin``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.signin.sync(
            client=self._client,
            body=body,
        )

    def signout(
        self,
    ) -> Any:
        """Signout

        ``POST /api/v1/auths/signout``

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.signout.sync(
            client=self._client,
        )

    def signup(
        self,
        body: SignupForm | dict[str, Any],
    ) -> MfaChallengeResponse | PendingUserResponse | SessionUserResponse:
        """Signup

        ``POST /api/v1/auths/signup``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.signup.sync(
            client=self._client,
            body=body,
        )

    def start_mfa_enrollment(
        self,
        body: MfaChallengeForm | dict[str, Any],
    ) -> MfaSetupResponse:
        """Start Mfa Enrollment

        ``POST /api/v1/auths/mfa/enroll/start``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.start_mfa_enrollment.sync(
            client=self._client,
            body=body,
        )

    def start_mfa_replacement(
        self,
        body: MfaFactorForm | dict[str, Any],
    ) -> MfaChallengeResponse:
        """Start Mfa Replacement

        ``POST /api/v1/auths/mfa/replace``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.start_mfa_replacement.sync(
            client=self._client,
            body=body,
        )

    def token_exchange(
        self,
        provider: str,
        body: TokenExchangeForm | dict[str, Any],
    ) -> MfaChallengeResponse | PendingUserResponse | SessionUserResponse:
        """Token Exchange

        Exchange an external OAuth provider token for an OpenWebUI JWT.
        This endpoint is disabled by default. Set ENABLE_OAUTH_TOKEN_EXCHANGE=True to enable.

        ``POST /api/v1/auths/oauth/{provider}/token/exchange``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.token_exchange.sync(
            provider,
            client=self._client,
            body=body,
        )

    def update_admin_config(
        self,
        body: AdminConfig | dict[str, Any],
    ) -> Any:
        """Update Admin Config

        ``POST /api/v1/auths/admin/config``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.update_admin_config.sync(
            client=self._client,
            body=body,
        )

    def update_ldap_config(
        self,
        body: LdapConfigForm | dict[str, Any],
    ) -> Any:
        """Update Ldap Config

        ``POST /api/v1/auths/admin/config/ldap``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.update_ldap_config.sync(
            client=self._client,
            body=body,
        )

    def update_ldap_server(
        self,
        body: LdapServerConfig | dict[str, Any],
    ) -> Any:
        """Update Ldap Server

        ``POST /api/v1/auths/admin/config/ldap/server``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.

        Returns:
            Any: the decoded body (the schema does not type it)
        """
        return _api.update_ldap_server.sync(
            client=self._client,
            body=body,
        )

    def update_oauth_config(
        self,
        body: OAuthConfigForm | dict[str, Any],
    ) -> OAuthConfigResponse:
        """Update Oauth Config

        ``POST /api/v1/auths/admin/config/oauth``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.update_oauth_config.sync(
            client=self._client,
            body=body,
        )

    def update_password(
        self,
        body: UpdatePasswordForm | dict[str, Any],
    ) -> bool:
        """Update Password

        ``POST /api/v1/auths/update/password``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.update_password.sync(
            client=self._client,
            body=body,
        )

    def update_profile(
        self,
        body: UpdateProfileForm | dict[str, Any],
    ) -> UserProfileImageResponse:
        """Update Profile

        ``POST /api/v1/auths/update/profile``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.update_profile.sync(
            client=self._client,
            body=body,
        )

    def update_timezone(
        self,
        body: UpdateTimezoneForm | dict[str, Any],
    ) -> StatusResponse:
        """Update Timezone

        ``POST /api/v1/auths/update/timezone``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.update_timezone.sync(
            client=self._client,
            body=body,
        )

    def verify_mfa_challenge(
        self,
        body: MfaVerifyForm | dict[str, Any],
    ) -> SessionUserResponse:
        """Verify Mfa Challenge

        ``POST /api/v1/auths/mfa/verify``

        Args:
            body: The request body: the model or a ``dict`` of the same JSON.
        """
        return _api.verify_mfa_challenge.sync(
            client=self._client,
            body=body,
        )
