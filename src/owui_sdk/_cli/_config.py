"""Profiles: named connections in ``$XDG_CONFIG_HOME/owui/config.toml`` (default
``~/.config/owui/config.toml``), written with mode 0600 because they hold API keys::

    [profiles.work]
    url = "https://chat.example.org"
    api_key = "sk-..."

and the lookup that picks a command's server and key from the flags, the environment and
the profiles (:func:`resolve`).
"""

from __future__ import annotations

import json
import os
import stat
import tomllib
from pathlib import Path
from typing import Any

import click
from attrs import define, field

from .._atomic_write import write_private
from .._servers import normalised_url
from ._output import InputError, Output

__all__ = [
    "Connection",
    "Profile",
    "config_path",
    "environment_server",
    "load_profiles",
    "read_profiles",
    "resolve",
    "same_url",
    "save_profiles",
    "with_profile",
]


@define(slots=True)
class Profile:
    """One named connection. The key stays out of the repr."""

    name: str
    url: str
    api_key: str | None = field(repr=False)


def config_path() -> Path:
    """Where the profiles are kept."""
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "owui" / "config.toml"


def load_profiles(path: Path) -> tuple[dict[str, Profile], str | None]:
    """The profiles in ``path`` (none when it does not exist), and a warning when the file
    is readable by other users.

    Raises:
        ValueError: The file is not TOML, or its profiles are malformed.
    """
    try:
        with path.open("rb") as handle:
            data: dict[str, Any] = tomllib.load(handle)
            mode = os.fstat(handle.fileno()).st_mode
    except FileNotFoundError:
        return {}, None
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"{path} is not valid TOML: {exc}") from None
    warning = None
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        warning = f"{path} holds API keys and is readable by other users: chmod 600 it"
    profiles: dict[str, Profile] = {}
    section = data.get("profiles", {})
    if not isinstance(section, dict):
        raise ValueError(f"{path}: 'profiles' must be a table")
    for name, entry in section.items():
        if not (isinstance(entry, dict) and isinstance(entry.get("url"), str)):
            raise ValueError(f"{path}: profile {name!r} needs a 'url' string")
        key = entry.get("api_key")
        if key is not None and not isinstance(key, str):
            raise ValueError(f"{path}: profile {name!r}: 'api_key' must be a string")
        profiles[name] = Profile(name, entry["url"], key)
    return profiles, warning


def _toml_string(value: str) -> str:
    # A JSON string is a TOML basic string once DEL is escaped too (TOML forbids it raw);
    # ensure_ascii=False keeps characters outside the BMP whole (TOML has no surrogates).
    return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")


def save_profiles(path: Path, profiles: dict[str, Profile]) -> None:
    """Write every profile to ``path`` atomically, mode 0600 (its folder 0700 if made here)."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    lines = ["# owui profiles: holds API keys; keep this file mode 0600.", ""]
    for profile in profiles.values():
        lines.append(f"[profiles.{_toml_string(profile.name)}]")
        lines.append(f"url = {_toml_string(profile.url)}")
        if profile.api_key is not None:
            lines.append(f"api_key = {_toml_string(profile.api_key)}")
        lines.append("")
    write_private(path, "\n".join(lines))


def read_profiles(out: Output) -> dict[str, Profile]:
    """The profiles of the config file; a file readable by others is warned about, a
    malformed one is an input error (exit 7)."""
    try:
        profiles, warning = load_profiles(config_path())
    except ValueError as exc:
        raise InputError(str(exc)) from None
    if warning:
        out.warn(warning)
    return profiles


def same_url(first: str, second: str) -> bool:
    """Whether two URLs are spellings of one server URL (text only, no name lookup)."""
    return normalised_url(first) == normalised_url(second)


def with_profile(
    url: str | None, api_key: str | None, name: str | None, named: str | None, out: Output
) -> tuple[str | None, str | None, bool]:
    """The URL and key, filled from the profile ``name`` where not given, and whether the
    URL is the profile's. ``named`` is the profile the user named (a usage error when
    missing). A profile's key goes only to its own URL."""
    profiles = read_profiles(out)
    profile = profiles.get(name) if name is not None else None
    if named is not None and profile is None:
        raise click.UsageError(f"no profile {named!r} in {config_path()}")
    from_profile = False
    if profile is not None:
        from_profile = url is None
        url = url or profile.url
        if api_key is None and same_url(url, profile.url):
            api_key = profile.api_key
    return url, api_key, from_profile


class Connection:
    """A server to connect to, its key, and where the URL came from (for messages)."""

    __slots__ = ("api_key", "url", "url_from")

    def __init__(self, url: str, api_key: str | None, url_from: str) -> None:
        self.url = url
        self.api_key = api_key
        self.url_from = url_from

    def __repr__(self) -> str:
        return f"Connection(url={self.url!r}, url_from={self.url_from!r})"


def resolve(
    url: str | None,
    api_key: str | None,
    profile_name: str | None,
    out: Output,
    *,
    require_key: bool = True,
) -> Connection:
    """The URL and key to use: flags, then the environment, then the profile. A key goes
    only to its own server: ``OPENWEBUI_API_KEY`` to ``OPENWEBUI_BASE_URL``'s (as the SDK
    pairs them), a profile's key to the profile's URL. No key for the URL is a usage
    error, raised before anything is sent, unless ``require_key`` is false (a command that
    can authenticate another way, as ``owui events`` with a session token)."""
    from .._async.client import DEFAULT_BASE_URL

    url_from = "--url"
    env_url = os.environ.get("OPENWEBUI_BASE_URL") or None
    if url is None and env_url is not None:
        url, url_from = env_url, "OPENWEBUI_BASE_URL"
    env_key = os.environ.get("OPENWEBUI_API_KEY") or None
    if (
        api_key is None
        and env_key is not None
        and url is not None
        and same_url(url, env_url or DEFAULT_BASE_URL)
    ):
        api_key = env_key
    if url is None or api_key is None or profile_name is not None:
        name = profile_name or "default"
        url, api_key, from_profile = with_profile(url, api_key, name, profile_name, out)
        if from_profile:
            url_from = f"the url of profile {name!r}"
    if url is None:
        raise click.UsageError(
            "no server: give --url, set OPENWEBUI_BASE_URL, or add a profile (owui profile add)"
        )
    if api_key is None and require_key:
        raise click.UsageError(
            f"no API key for {url}: give --api-key, or a profile for that URL (--profile); "
            "OPENWEBUI_API_KEY goes only to OPENWEBUI_BASE_URL's server, a profile's key only "
            "to the profile's URL. Nothing was sent."
        )
    return Connection(url, api_key, url_from)


def environment_server(url: str) -> bool:
    """Whether ``url`` is the environment's server (``OPENWEBUI_BASE_URL``, else the default
    URL): the only server the environment's credentials may go to."""
    from .._async.client import DEFAULT_BASE_URL

    return same_url(url, os.environ.get("OPENWEBUI_BASE_URL") or DEFAULT_BASE_URL)
