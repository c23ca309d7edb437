"""The ``owui`` command: the root group and its global options, and the registration of
each command group (a module each)."""

from __future__ import annotations

import click

from ._api import api
from ._chats import chats
from ._context import KEY_HELP, Group, Settings, output_options
from ._events import events
from ._knowledge import knowledge
from ._profiles import profile
from ._status import status
from ._workspace import workspace

__all__ = ["cli"]


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--url", metavar="URL", help="Server URL (else OPENWEBUI_BASE_URL, else the profile's)."
)
@click.option("--api-key", metavar="KEY", help=KEY_HELP)
@click.option(
    "--profile",
    metavar="NAME",
    envvar="OWUI_PROFILE",
    help="A profile of the config file (else OWUI_PROFILE, else 'default' when there is one).",
)
@output_options
@click.version_option(package_name="owui-sdk", prog_name="owui")
@click.pass_context
def cli(ctx: click.Context, url: str | None, api_key: str | None, profile: str | None) -> None:
    """owui: back up, move and prune Open WebUI chats, feed knowledge bases, and call any
    endpoint, through the API.

    \b
    Connection, first found wins:
      1. --url / --api-key
      2. OPENWEBUI_BASE_URL / OPENWEBUI_API_KEY
      3. a profile (--profile NAME, OWUI_PROFILE, else 'default'): see `owui profile add`
    A key goes only to the server it was given for: OPENWEBUI_API_KEY to
    OPENWEBUI_BASE_URL's server, a profile's key to the profile's URL. `--url OTHER`
    without --api-key (or a profile for OTHER) is a usage error, and nothing is sent.
    Keep the key in the environment or a profile: never on the command line of a shared
    machine. A key is never printed.

    \b
    Exit codes: 0 ok, 1 error, 2 bad usage, 3 key refused or not allowed, 4 not found,
    5 server error, 6 no connection, 7 bad input file, 130 interrupted, 141 stdout
    closed.
    """
    if ctx.obj is None:
        ctx.obj = Settings()
    settings: Settings = ctx.obj
    settings.url, settings.api_key, settings.profile = url, api_key, profile


cli.add_command(status)
cli.add_command(api)
cli.add_command(chats)
cli.add_command(knowledge)
cli.add_command(profile)
cli.add_command(events)
cli.add_command(workspace)
