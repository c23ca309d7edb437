"""``owui events``: print what the server pushes over its socket, as it comes."""

from __future__ import annotations

import json
import os
import sys
from typing import Any

import attrs
import click

from ..events import ChannelEvent, ChatEvent, Event, GenericEvent, Reconnected
from ._config import Connection, environment_server, resolve
from ._context import Settings, current_settings, output_options

__all__ = ["events"]

#: Where the session token comes from: the socket takes no API key.
TOKEN_ENV = "OPENWEBUI_TOKEN"
PASSWORD_ENV = "OPENWEBUI_PASSWORD"


def _jsonable(value: Any) -> Any:
    if attrs.has(type(value)):
        return {
            name: _jsonable(item)
            for name, item in attrs.asdict(value, recurse=False).items()
            if name != "raw"
        }
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value


def as_record(event: Event) -> dict[str, Any]:
    """One event as a JSON object: ``{"event": <class name>, ...its fields}`` (``raw`` left
    out: what it holds is in the typed fields)."""
    return {"event": type(event).__name__, **_jsonable(event)}


def as_line(event: Event) -> str:
    """One event as a line for a person."""
    if isinstance(event, ChannelEvent):
        who = (event.user or {}).get("name") or "?"
        text = event.message.text if event.message is not None else ""
        extra = f" :{event.reaction}:" if event.reaction else ""
        return f"channel {event.channel_id} {event.type} {who}{extra}: {text}".rstrip(": ")
    if isinstance(event, ChatEvent):
        data = event.data
        shown = json.dumps(_jsonable(data), ensure_ascii=False, default=str)
        if len(shown) > 200:
            shown = shown[:200] + "..."
        return f"chat {event.chat_id} {event.message_id or '-'} {event.type} {shown}"
    if isinstance(event, Reconnected):
        return f"reconnected after {event.offline_seconds:.1f} s ({event.attempts} attempts)"
    assert isinstance(event, GenericEvent)
    return f"{event.name} {json.dumps(event.data, ensure_ascii=False, default=str)[:200]}"


def _session_token(settings: Settings, connection: Connection, email: str | None) -> str:
    """A session token: $OPENWEBUI_TOKEN (only for the environment's server, as the
    environment's key), a sign-in with --email, or the key when it is one."""
    url, key = connection.url, connection.api_key
    token = os.environ.get(TOKEN_ENV) or None
    if token is not None and environment_server(url):
        return token
    if email is not None:
        from .. import OpenWebUI

        # The environment's password, like its key, only for the environment's server.
        password = (os.environ.get(PASSWORD_ENV) if environment_server(url) else None) or (
            click.prompt(f"password for {email}", hide_input=True)
        )
        with OpenWebUI.from_credentials(url, email, password) as signed_in:
            token = signed_in._api.common.token
        assert token is not None
        return token
    if key is not None and not key.startswith("sk-"):
        return key
    raise click.UsageError(
        f"the socket takes a session token, not an API key: set {TOKEN_ENV} (it goes only to"
        f" OPENWEBUI_BASE_URL's server), or give --email (the password is read from"
        f" {PASSWORD_ENV} or asked). Nothing was sent."
    )


@click.command(short_help="Print what the server pushes over its socket, as it comes.")
@click.option("--chat", "chats", multiple=True, metavar="ID", help="Only this chat (repeatable).")
@click.option(
    "--channel", "channels", multiple=True, metavar="NAME", help="Only this channel, by name or id."
)
@click.option(
    "--types",
    metavar="T1,T2",
    help="Only these event types, comma-separated (message, chat:completion, status, ...).",
)
@click.option("--email", metavar="EMAIL", help="Sign in as this account to get a session token.")
@output_options
def events(
    chats: tuple[str, ...], channels: tuple[str, ...], types: str | None, email: str | None
) -> None:
    """Print events as they come (JSON lines with --json) until Ctrl-C.

    The socket takes a session token, not an API key: set OPENWEBUI_TOKEN, or give --email
    (and OPENWEBUI_PASSWORD, else the password is asked). Needs the events extra:
    pip install 'owui-sdk[events]'.
    """
    settings = current_settings()
    out = settings.out
    connection = resolve(settings.url, settings.api_key, settings.profile, out, require_key=False)
    url, key = connection.url, connection.api_key
    token = _session_token(settings, connection, email)
    wanted = [t.strip() for t in types.split(",") if t.strip()] if types else None
    from .. import OpenWebUI

    try:
        client = OpenWebUI(url, api_key=key, token=token)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--url") from exc
    with (
        client,
        client.events.connect(
            chats=list(chats) or None, channels=list(channels) or None, types=wanted
        ) as stream,
    ):
        if not out.quiet:
            name = (stream.user or {}).get("name", "?")
            click.echo(f"owui: listening as {name} on {url} (Ctrl-C to stop)", err=True)
        for event in stream:
            if settings.json_mode:
                click.echo(json.dumps(as_record(event), ensure_ascii=False, default=str))
            elif not out.quiet:
                click.echo(as_line(event))
            # Each line reaches a pipe (`owui events --json | jq`) as it comes.
            sys.stdout.flush()
