"""Profiles: named connections in ``$XDG_CONFIG_HOME/owui/config.toml`` (default
``~/.config/owui/config.toml``), written with mode 0600 because they hold API keys::

    [profiles.work]
    url = "https://chat.example.org"
    api_key = "sk-..."
"""

from __future__ import annotations

import json
import os
import stat
import tomllib
from pathlib import Path
from typing import Any

from attrs import define, field

from .._atomic_write import write_private

__all__ = ["Profile", "config_path", "load_profiles", "save_profiles"]


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
