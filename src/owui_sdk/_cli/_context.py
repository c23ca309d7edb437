"""What every ``owui`` command shares: the global options (:class:`Settings`, kept in the
click context), the group class that turns an error into one line and an exit code, the
``--json``/``-q``/``--debug`` options of each command, and the client for the connection the
options name."""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urlsplit

import click

from ._config import Connection, resolve
from ._output import EXIT_CODES, Failure, Output, describe, exit_code_of

if TYPE_CHECKING:
    from .._sync.client import OpenWebUI

__all__ = [
    "KEY_HELP",
    "SOURCE_KEYS",
    "TARGET_KEYS",
    "Group",
    "Settings",
    "client_for",
    "connect",
    "current_settings",
    "output_options",
]

F = TypeVar("F", bound=Callable[..., Any])

KEY_HELP = (
    "API key. Prefer the OPENWEBUI_API_KEY environment variable or a profile (owui profile "
    "add): a key on the command line shows in the shell history and the process list."
)

SOURCE_KEYS = "--api-key, OPENWEBUI_API_KEY or the profile"
TARGET_KEYS = "--to-api-key, OWUI_TO_API_KEY or the --to-profile"


class Settings:
    """The global options, shared by every command through the click context."""

    def __init__(self) -> None:
        self.url: str | None = None
        self.api_key: str | None = None
        self.profile: str | None = None
        self.json_mode = False
        self.quiet = False
        self.debug = False
        #: The servers of this run by origin (``http://host:port``), each with what to
        #: check when its key is refused: the source's options, or the target's.
        self.servers: dict[str, str] = {}

    @property
    def out(self) -> Output:
        """Where the command prints, as the options say (JSON or text, quiet or not)."""
        return Output(json_mode=self.json_mode, quiet=self.quiet)


def current_settings() -> Settings:
    """The global options of the command being run."""
    obj = click.get_current_context().find_root().obj
    assert isinstance(obj, Settings)
    return obj


class Group(click.Group):
    """Turns every error into one line on stderr and a distinct exit code (a traceback too
    with --debug); Ctrl-C exits with 130."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.Abort, click.ClickException):
            raise
        except BrokenPipeError:
            # The reader of stdout left (`owui chats export | head`): not an error to report.
            # stdout goes to devnull so that the interpreter's last flush cannot fail too.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            raise click.exceptions.Exit(EXIT_CODES["broken_pipe"]) from None
        except (Exception, KeyboardInterrupt) as exc:
            settings = ctx.obj if isinstance(ctx.obj, Settings) else None
            if settings is not None and settings.debug:
                traceback.print_exception(exc, file=sys.stderr)
            servers = settings.servers if settings is not None else {}
            raise Failure(describe(exc, servers), exit_code_of(exc)) from None


def _set_flag(name: str) -> Callable[[click.Context, click.Parameter, Any], None]:
    def callback(ctx: click.Context, param: click.Parameter, value: Any) -> None:
        if value:
            root = ctx.find_root()
            if root.obj is None:
                root.obj = Settings()
            setattr(root.obj, name, True)

    return callback


def output_options(command: F) -> F:
    """--json, -q and --debug on a command too (``owui status --json``)."""
    for name, flags, text in (
        ("debug", ("--debug",), "Show the traceback of an error."),
        ("quiet", ("-q", "--quiet"), "Print nothing but errors."),
        ("json_mode", ("--json",), "Print the result as JSON (for scripts)."),
    ):
        command = click.option(
            *flags,
            is_flag=True,
            expose_value=False,
            is_eager=True,
            callback=_set_flag(name),
            help=text,
        )(command)
    return command


def _origin(url: str) -> str:
    parts = urlsplit(url if "://" in url else f"http://{url}")
    return f"{parts.scheme}://{parts.netloc}"


def connect(settings: Settings) -> OpenWebUI:
    """The blocking client for the connection the options name."""
    source = resolve(settings.url, settings.api_key, settings.profile, settings.out)
    return client_for(source, SOURCE_KEYS)


def client_for(connection: Connection, key_options: str) -> OpenWebUI:
    """A client; a URL or key the SDK refuses is a usage error (exit 2), not a failure,
    named after where the URL came from. The server is noted, so that a refused key names
    it and the options that gave its key."""
    from .. import OpenWebUI

    try:
        if urlsplit(connection.url).path.rstrip("/").endswith("/api"):
            # The API root, as Open WebUI's documentation spells it: the server is its parent.
            client = OpenWebUI(api_url=connection.url, api_key=connection.api_key)
        else:
            client = OpenWebUI(connection.url, api_key=connection.api_key)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint=connection.url_from) from exc
    current_settings().servers.setdefault(_origin(client.base_url), key_options)
    return client
