"""``owui status``: the server's URL and version, and the key's user and role."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import click

from .. import errors
from ._context import connect, current_settings, output_options

if TYPE_CHECKING:
    from .._sync.client import OpenWebUI

__all__ = ["status"]


def _whoami(client: OpenWebUI) -> dict[str, Any] | None:
    """The key's user, from the first route that tells it; None when none does."""
    # Open WebUI 0.12 tells an API key who it is on /users/user/status (when user statuses
    # are enabled, the default); /auths/ answers only a browser session ("A human session is
    # required"), but an API key on older servers.
    for path in ("/api/v1/users/user/status", "/api/v1/auths/"):
        try:
            user = client.request("GET", path).json()
        except (errors.PermissionDeniedError, errors.NotFoundError):
            continue
        if isinstance(user, dict) and isinstance(user.get("role"), str):
            return user
    return None


@click.command(short_help="Server version, and the key's user and role.")
@output_options
def status() -> None:
    """Server URL and version, and the user the key belongs to with its role."""
    settings = current_settings()
    out = settings.out
    with connect(settings) as client:
        info: dict[str, Any] = {"url": client.base_url, "version": client.server_version()}
        user = _whoami(client)
        if user is not None:
            info.update(user={k: user.get(k) for k in ("id", "name", "email")}, role=user["role"])
        else:
            info["user"] = None
            try:  # an admin-only read tells the role
                client.request("GET", "/api/v1/users/", params={"page": 1})
                info["role"] = "admin"
            except errors.PermissionDeniedError:
                info["role"] = "user"
    user_text = (
        f"{info['user']['name']} <{info['user']['email']}>"
        if info["user"]
        else "(the server does not tell an API key who it is)"
    )
    out.result(
        info,
        f"server:  {info['url']}\nversion: {info['version']}\nuser:    {user_text}\n"
        f"role:    {info['role']}",
    )
