"""``owui profile``: add, list and remove the named connections of the config file."""

from __future__ import annotations

import sys

import click

from ._config import Profile, config_path, read_profiles, save_profiles
from ._context import Group, current_settings, output_options

__all__ = ["profile"]


@click.group(cls=Group, short_help="Named connections (URL and key) in a 0600 file.")
def profile() -> None:
    """Named connections, kept in $XDG_CONFIG_HOME/owui/config.toml (mode 0600)."""


@profile.command("add")
@click.argument("name")
@click.option("--url", "profile_url", required=True, metavar="URL", help="The server's URL.")
@click.option(
    "--api-key-stdin",
    is_flag=True,
    help="Read the key from standard input (else it is asked for, hidden).",
)
@output_options
def profile_add(name: str, profile_url: str, api_key_stdin: bool) -> None:
    """Add or replace the profile NAME; the key is asked for without echo."""
    out = current_settings().out
    if api_key_stdin:
        key = sys.stdin.readline().strip()
    else:
        key = click.prompt("API key", hide_input=True, default="", show_default=False).strip()
    profiles = read_profiles(out)
    profiles[name] = Profile(name, profile_url, key or None)
    path = config_path()
    save_profiles(path, profiles)
    out.result(
        {"profile": name, "url": profile_url, "config": str(path)},
        f"saved profile {name!r} in {path}",
    )


@profile.command("list")
@output_options
def profile_list() -> None:
    """The profiles and their URLs (never their keys)."""
    out = current_settings().out
    profiles = read_profiles(out)
    out.result(
        [
            {"name": p.name, "url": p.url, "has_key": p.api_key is not None}
            for p in profiles.values()
        ],
        "\n".join(
            f"{p.name}\t{p.url}{'' if p.api_key else '  (no key)'}" for p in profiles.values()
        )
        or f"no profiles in {config_path()}",
    )


@profile.command("remove")
@click.argument("name")
@output_options
def profile_remove(name: str) -> None:
    """Remove the profile NAME."""
    out = current_settings().out
    profiles = read_profiles(out)
    if profiles.pop(name, None) is None:
        raise click.UsageError(f"no profile {name!r} in {config_path()}")
    save_profiles(config_path(), profiles)
    out.result({"removed": name}, f"removed profile {name!r}")
