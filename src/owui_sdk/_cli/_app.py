"""The commands of ``owui``: each binds its flags to an SDK call and prints."""

from __future__ import annotations

import json
import os
import signal
import sys
import traceback
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urlsplit

import click

from .. import errors
from .._transfer import written_aside
from ._config import Profile, config_path, load_profiles, save_profiles
from ._files import (
    markdown_of,
    markdown_writer,
    parse_age,
    parse_since,
    read_records,
)
from ._output import EXIT_CODES, Failure, InputError, Output, describe, exit_code_of, print_json

if TYPE_CHECKING:
    from .._sync.client import OpenWebUI

F = TypeVar("F", bound=Callable[..., Any])

#: A test hook of the migration tests (tests/integration/test_cli.py): ``N`` makes the process
#: kill itself (SIGKILL, no clean-up at all) once N chats are recorded as copied; ``N:INT``
#: sends it SIGINT instead, as Ctrl-C would.
KILL_AFTER_ENV = "_OWUI_TEST_KILL_AFTER_CHATS"

KEY_HELP = (
    "API key. Prefer the OPENWEBUI_API_KEY environment variable or a profile (owui profile "
    "add): a key on the command line shows in the shell history and the process list."
)


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
        return Output(json_mode=self.json_mode, quiet=self.quiet)


def _settings() -> Settings:
    obj = click.get_current_context().find_root().obj
    assert isinstance(obj, Settings)
    return obj


class _Group(click.Group):
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


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
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


def _profiles(out: Output) -> dict[str, Profile]:
    try:
        profiles, warning = load_profiles(config_path())
    except ValueError as exc:
        raise InputError(str(exc)) from None
    if warning:
        out.warn(warning)
    return profiles


def _same_url(first: str, second: str) -> bool:
    from .._transfer import normalised_url

    return normalised_url(first) == normalised_url(second)


def _with_profile(
    url: str | None, api_key: str | None, name: str | None, named: str | None, out: Output
) -> tuple[str | None, str | None, bool]:
    """The URL and key, filled from the profile ``name`` where not given, and whether the
    URL is the profile's. ``named`` is the profile the user named (a usage error when
    missing). A profile's key goes only to its own URL."""
    profiles = _profiles(out)
    profile = profiles.get(name) if name is not None else None
    if named is not None and profile is None:
        raise click.UsageError(f"no profile {named!r} in {config_path()}")
    from_profile = False
    if profile is not None:
        from_profile = url is None
        url = url or profile.url
        if api_key is None and _same_url(url, profile.url):
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


def _resolve(
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
        and _same_url(url, env_url or DEFAULT_BASE_URL)
    ):
        api_key = env_key
    if url is None or api_key is None or profile_name is not None:
        name = profile_name or "default"
        url, api_key, from_profile = _with_profile(url, api_key, name, profile_name, out)
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

    return _same_url(url, os.environ.get("OPENWEBUI_BASE_URL") or DEFAULT_BASE_URL)


def _origin(url: str) -> str:
    parts = urlsplit(url if "://" in url else f"http://{url}")
    return f"{parts.scheme}://{parts.netloc}"


SOURCE_KEYS = "--api-key, OPENWEBUI_API_KEY or the profile"
TARGET_KEYS = "--to-api-key, OWUI_TO_API_KEY or the --to-profile"


def connect(settings: Settings) -> OpenWebUI:
    """The blocking client for the connection the options name."""
    source = _resolve(settings.url, settings.api_key, settings.profile, settings.out)
    return _client(source, SOURCE_KEYS)


def _client(connection: Connection, key_options: str) -> OpenWebUI:
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
    _settings().servers.setdefault(_origin(client.base_url), key_options)
    return client


# --- status, api ---------------------------------------------------------------------------


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


@cli.command(short_help="Server version, and the key's user and role.")
@output_options
def status() -> None:
    """Server URL and version, and the user the key belongs to with its role."""
    settings = _settings()
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


@cli.command()
@click.argument(
    "method",
    type=click.Choice(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"], case_sensitive=False),
)
@click.argument("path")
@click.option(
    "-d",
    "--data",
    metavar="JSON",
    help="The JSON body; @FILE reads it from a file, @- from standard input.",
)
@output_options
def api(method: str, path: str, data: str | None) -> None:
    """Call any endpoint and print its JSON answer (like `gh api`).

    \b
    owui api GET /api/v1/users/
    owui api POST /api/v1/folders/ -d '{"name": "Projects"}'
    """
    settings = _settings()
    body: Any = None
    if data is not None:
        text = data
        if data.startswith("@"):
            text = sys.stdin.read() if data == "@-" else Path(data[1:]).read_text("utf-8")
        try:
            body = json.loads(text)
        except ValueError as exc:
            raise InputError(f"--data is not JSON ({exc})") from None
    if not path.startswith("/"):
        path = "/" + path
    with connect(settings) as client:
        options: dict[str, Any] = {}
        if body is not None:
            options["json"] = body
        response = client.request(method.upper(), path, **options)
    if _is_web_page(method, response):
        # Open WebUI answers a path it does not route with its web app (200, HTML): no
        # such endpoint, as the SDK reads it too.
        raise Failure(
            f"{method.upper()} {path}: no such endpoint (the server answered with its web page)",
            EXIT_CODES["not_found"],
        )
    if settings.quiet:
        return
    try:
        answer = response.json()
    except ValueError:
        click.echo(response.text)
        return
    print_json(answer)


def _is_web_page(method: str, response: Any) -> bool:
    from .._sync.api_client import _maybe_missing

    return response.status_code == 200 and _maybe_missing({"method": method}, response)


# --- chats -----------------------------------------------------------------------------------


@cli.group(cls=_Group, short_help="Export, import, migrate and prune chats.")
def chats() -> None:
    """Export, import, migrate and prune the chats of the key's user.

    \b
    owui chats export --out backup.jsonl
    owui chats import backup.jsonl --dry-run
    owui chats migrate --to https://new.example.org     (key in OWUI_TO_API_KEY)
    owui chats prune --older-than 90d --dry-run
    """


@chats.command("export", short_help="Export every chat (JSONL, JSON or Markdown).")
@click.option(
    "--out",
    "out_path",
    default="-",
    metavar="FILE|-",
    help="Where to write (default: standard output); a folder for --format markdown.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "json", "markdown"]),
    default="jsonl",
    show_default=True,
    help="jsonl: a chat per line (re-importable, streamed); json: one array, the web UI's "
    "format; markdown: a file per chat, for reading.",
)
@click.option("--archived", is_flag=True, help="Only the archived chats (default: all chats).")
@click.option(
    "--since", metavar="DATE", help="Only chats updated since DATE (2026-01-31) or an age (7d)."
)
@output_options
def chats_export(out_path: str, fmt: str, archived: bool, since: str | None) -> None:
    """Export every chat, streamed as it is read (memory stays flat).

    A file is written beside its target and renamed when complete: an interrupted export
    leaves no half-written file.
    """
    settings = _settings()
    out = settings.out
    try:
        since_value = parse_since(since) if since is not None else None
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--since") from None
    if fmt == "markdown" and out_path == "-":
        raise click.UsageError("--format markdown writes a folder: give it with --out DIR")
    to_stdout = out_path == "-"
    count = 0
    written: dict[str, int] = {}  # id -> updated_at of the version written
    with connect(settings) as client:
        with out.progress("exporting chats") as advance:
            records = client.chats.iter_export(
                archived_only=archived, since=since_value, on_total=advance.total
            )

            def each() -> Iterator[dict[str, Any]]:
                nonlocal count
                for record in records:
                    written[str(record.get("id"))] = int(record.get("updated_at") or 0)
                    yield record
                    count += 1
                    advance(1)

            if fmt == "markdown":
                with markdown_writer(Path(out_path)) as folder:
                    names: set[str] = set()
                    for record in each():
                        name, text = markdown_of(record)
                        name = _unique(name, names)
                        (folder / name).write_text(text, encoding="utf-8")
            else:
                with _sink(out_path) as handle:
                    if fmt == "json":
                        handle.write("[")
                    for record in each():
                        line = json.dumps(record, ensure_ascii=False)
                        if fmt == "json":
                            line = ("\n" if count == 0 else ",\n") + line
                        else:
                            line += "\n"
                        handle.write(line)
                    if fmt == "json":
                        handle.write("\n]\n" if count else "]\n")
        moved = _moved_during_export(client, written, archived, since_value)
    where = "standard output" if to_stdout else out_path
    lines = [f"exported {count} chats to {where}"]
    if any(moved.values()):
        out.warn(
            "the chats changed during the export: "
            + "; ".join(f"{len(ids)} {what}" for what, ids in moved.items() if ids)
            + " (the file has every chat as it was when read: export again for a later state)"
        )
    out.result(
        {
            "exported": count,
            "format": fmt,
            "out": None if to_stdout else out_path,
            "during_export": moved,
        },
        "\n".join(lines),
        stdout_is_data=to_stdout,
    )


def _unique(name: str, taken: set[str]) -> str:
    """``name``, or ``name`` with a number when a file of that name was written already."""
    stem, dot, ext = name.rpartition(".")
    candidate, n = name, 1
    while candidate.casefold() in taken:
        n += 1
        candidate = f"{stem}-{n}{dot}{ext}"
    taken.add(candidate.casefold())
    return candidate


def _moved_during_export(
    client: OpenWebUI,
    written: dict[str, int],
    archived_only: bool,
    since: datetime | timedelta | None,
) -> dict[str, list[str]]:
    """What changed on the server while the export ran, by listing it again: chats updated
    after they were written, made and not written, written and deleted since (ids)."""
    import time

    from .._sync.chat_transfer import listing
    from .._transfer import timestamp

    cutoff = timestamp(since, now=time.time())
    now = listing(client.chats)
    changed = [c for c, v in written.items() if c in now and now[c][1] > v]
    created = [
        c
        for c, (_, updated, is_archived) in now.items()
        if c not in written
        and (is_archived or not archived_only)
        and (cutoff is None or updated >= cutoff)
    ]
    deleted = [c for c in written if c not in now]
    return {"changed": changed, "created": created, "deleted": deleted}


def _sink(out_path: str) -> Any:
    if out_path == "-":
        import contextlib

        return contextlib.nullcontext(sys.stdout)
    return written_aside(Path(out_path))


def _dropped_text(dropped: dict[str, int]) -> str:
    from .._transfer import DROPPED_FIELDS

    return "; ".join(
        f"{field} of {n} chats ({DROPPED_FIELDS[field]})" for field, n in sorted(dropped.items())
    )


@chats.command("import", short_help="Import chats from a JSONL or JSON export.")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--dry-run", is_flag=True, help="Check the file and say what would be done.")
@click.option(
    "--batch-size",
    default=50,
    show_default=True,
    type=click.IntRange(min=1),
    help="Chats per request.",
)
@output_options
def chats_import(file: Path, dry_run: bool, batch_size: int) -> None:
    """Import chats from FILE: JSON Lines or a JSON array as `owui chats export` writes them,
    or the web UI's own "Export chats" file.

    Every record is checked first: a file with a bad line imports nothing. Kept: titles,
    messages and their tree, tags, pinned and archived, folders by name (missing ones are
    created), timestamps. Not kept (the report says how many): ids, owner, shared links.
    """
    settings = _settings()
    out = settings.out
    with connect(settings) as client:
        try:
            check = client.chats.import_records(
                read_records(file), batch_size=batch_size, dry_run=True
            )
        except ValueError as exc:
            raise InputError(f"{file}: {exc}") from None
        report = check
        if not dry_run and check.imported:
            with out.progress("importing chats", total=check.imported) as advance:
                report = client.chats.import_records(
                    read_records(file), batch_size=batch_size, on_batch=advance
                )
    verb = "would import" if dry_run else "imported"
    lines = [f"{verb} {report.imported} chats from {file}"]
    if report.folders_created:
        made = "would create" if dry_run else "created"
        lines.append(f"{made} folders: {', '.join(report.folders_created)}")
    if report.dropped:
        lines.append("not kept: " + _dropped_text(report.dropped))
    out.result(
        {
            "imported": report.imported,
            "dry_run": dry_run,
            "chat_ids": report.chat_ids,
            "folders_created": report.folders_created,
            "dropped": report.dropped,
        },
        "\n".join(lines),
    )


def _host(url: str) -> str:
    parts = urlsplit(url if "://" in url else f"http://{url}")
    return (parts.netloc or "server").replace(":", "_").replace("@", "_")


def _default_state_file(source: str, target: str) -> Path:
    """The user's state folder (platformdirs: ``$XDG_STATE_HOME/owui`` on Linux), not the
    current folder: one file per source and target."""
    import platformdirs

    folder = platformdirs.user_state_path("owui", appauthor=False) / "migrations"
    return folder / f"{_host(source)}-to-{_host(target)}.json"


def _target(
    to_url: str | None, to_api_key: str | None, to_profile: str | None, out: Output
) -> Connection:
    """The migration's target: --to (else the --to-profile's URL), and its own key: --to-api-key
    or OWUI_TO_API_KEY, else the --to-profile's when its URL is the target. Never the source's:
    no key of its own is a usage error, raised before anything is sent."""
    if to_url is None and to_profile is None:
        raise click.UsageError("give the target with --to URL (or --to-profile NAME)")
    url_from = "--to"
    if to_profile is not None:
        to_url, to_api_key, from_profile = _with_profile(
            to_url, to_api_key, to_profile, to_profile, out
        )
        if from_profile:
            url_from = f"the url of profile {to_profile!r}"
    assert to_url is not None
    if to_api_key is None:
        raise click.UsageError(
            f"no API key for the target {to_url}: give it with --to-api-key, the "
            "OWUI_TO_API_KEY environment variable, or --to-profile NAME (a profile with a key "
            "for that URL). The source's key is never sent to the target. Nothing was sent."
        )
    return Connection(to_url, to_api_key, url_from)


def _titled(chats: list[tuple[str, str]], limit: int = 10) -> str:
    shown = ", ".join(
        f"{title or '(untitled)'} ({chat_id[:8]})" for chat_id, title in chats[:limit]
    )
    return shown + (f" and {len(chats) - limit} more" if len(chats) > limit else "")


@chats.command("migrate", short_help="Copy every chat to another server (resumable).")
@click.option("--to", "to_url", metavar="URL", help="The target server (else the --to-profile's).")
@click.option(
    "--to-api-key",
    metavar="KEY",
    envvar="OWUI_TO_API_KEY",
    help="The target's API key (else OWUI_TO_API_KEY, else the --to-profile's). Prefer the "
    "environment variable. Required: the source's key never goes to the target.",
)
@click.option("--to-profile", metavar="NAME", help="A profile for the target server.")
@click.option(
    "--state-file",
    "--state",
    "state_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The state file (default: one per source and target in the user's state folder, "
    "e.g. ~/.local/state/owui/migrations/). Written once the first chat is copied.",
)
@click.option(
    "--sync",
    is_flag=True,
    help="Also delete from the target the copies of chats deleted on the source.",
)
@click.option(
    "--batch-size",
    default=50,
    show_default=True,
    type=click.IntRange(min=1),
    help="Chats per request.",
)
@output_options
def chats_migrate(
    to_url: str | None,
    to_api_key: str | None,
    to_profile: str | None,
    state_file: Path | None,
    sync: bool,
    batch_size: int,
) -> None:
    """Copy every chat from the connected server to another one, streaming.

    Every chat the source has when the run starts is copied exactly once, even while the
    source is in use; the run then names the chats changed, made or deleted meanwhile.
    Run the same command again to bring the target up to date: chats not copied yet are
    copied, changed ones copied again in place of their old copy (never twice); with
    --sync, copies of chats deleted on the source are deleted too.

    Resumable: the state file records what landed; after an interruption (Ctrl-C, a kill,
    a lost connection) the same command copies the rest. The state file holds chat ids,
    times and URLs, no key. The target needs a key of its own (--to-api-key,
    OWUI_TO_API_KEY or --to-profile), and must not be the source under another name.
    """
    from .._transfer import SameServerError

    settings = _settings()
    out = settings.out
    source_connection = _resolve(settings.url, settings.api_key, settings.profile, out)
    target_connection = _target(to_url, to_api_key, to_profile, out)
    count, _, signal_name = os.environ.get(KILL_AFTER_ENV, "").partition(":")
    kill_after = int(count or 0)
    kill_signal = getattr(signal, f"SIG{signal_name or 'KILL'}")
    with (
        _client(source_connection, SOURCE_KEYS) as source,
        _client(target_connection, TARGET_KEYS) as target,
    ):
        if state_file is None:
            state_file = _default_state_file(source.base_url, target.base_url)
        copied = 0
        with out.progress("copying chats") as advance:

            def on_batch(n: int) -> None:
                nonlocal copied
                copied += n
                advance(n)
                if kill_after and copied >= kill_after:
                    os.kill(os.getpid(), kill_signal)

            try:
                report = source.chats.copy_to(
                    target.chats,
                    state_file=state_file,
                    batch_size=batch_size,
                    on_batch=on_batch,
                    on_total=advance.total,
                    sync=sync,
                )
            except SameServerError as exc:
                raise click.UsageError(f"{exc}. Nothing was sent.") from None
            except KeyboardInterrupt:
                if state_file.exists():
                    out.warn(
                        f"interrupted: run the same command again to copy the rest ({state_file})"
                    )
                else:
                    out.warn("interrupted before any chat was copied: run the same command again")
                raise
    lines = [f"copied {report.copied} chats to {target_connection.url}"]
    if report.updated:
        lines.append(f"updated {report.updated} chats changed since an earlier run")
    if report.already_there:
        lines.append(f"{report.already_there} were there from an earlier run")
    if report.removed:
        lines.append(f"removed {report.removed} copies of chats deleted on the source")
    if report.folders_created:
        lines.append(f"created folders: {', '.join(report.folders_created)}")
    if report.dropped:
        lines.append("not kept: " + _dropped_text(report.dropped))
    lines.append(f"state: {state_file}" if state_file.exists() else "state: none (nothing copied)")
    if report.changed:
        out.warn(
            f"{len(report.changed)} chats changed on the source after they were copied: "
            f"{_titled(report.changed)}. Run the same command again to update them."
        )
    if report.created:
        out.warn(
            f"{len(report.created)} chats were made on the source during the run and not "
            f"copied: {_titled(report.created)}. Run the same command again to copy them."
        )
    deleted = report.deleted if not sync else []
    if deleted:
        out.warn(
            f"{len(deleted)} chats are gone from the source (copies made before stay on the "
            f"target; --sync deletes them): {_titled(deleted)}"
        )
    out.result(
        {
            "copied": report.copied,
            "updated": report.updated,
            "already_there": report.already_there,
            "removed": report.removed,
            "changed": [{"id": i, "title": t} for i, t in report.changed],
            "created": [{"id": i, "title": t} for i, t in report.created],
            "deleted": [{"id": i, "title": t} for i, t in report.deleted],
            "folders_created": report.folders_created,
            "dropped": report.dropped,
            "state_file": str(state_file) if state_file.exists() else None,
        },
        "\n".join(lines),
    )


@chats.command("prune", short_help="Delete chats not updated for a while.")
@click.option(
    "--older-than",
    required=True,
    metavar="AGE",
    help="Delete chats not updated for AGE (90d, 12w, 1y).",
)
@click.option("--archived-only", is_flag=True, help="Only archived chats.")
@click.option(
    "--include-pinned",
    is_flag=True,
    help="Delete old pinned chats too (by default they are spared and listed).",
)
@click.option("--dry-run", is_flag=True, help="List what would be deleted; delete nothing.")
@output_options
def chats_prune(older_than: str, archived_only: bool, include_pinned: bool, dry_run: bool) -> None:
    """Delete the chats last updated longer ago than --older-than. Pinned chats are spared
    unless --include-pinned; --archived-only spares every chat not archived. Try --dry-run
    first: it marks the pinned chats."""
    settings = _settings()
    out = settings.out
    try:
        age = parse_age(older_than)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--older-than") from None
    with connect(settings) as client:
        if dry_run:
            report = client.chats.prune(
                older_than=age,
                archived_only=archived_only,
                dry_run=True,
                include_pinned=include_pinned,
            )
        else:
            with out.progress("deleting chats") as counter:

                def on_delete(done: int, of: int) -> None:
                    if done == 1:
                        counter.total(of)
                    counter(1)

                report = client.chats.prune(
                    older_than=age,
                    archived_only=archived_only,
                    on_delete=on_delete,
                    include_pinned=include_pinned,
                )
    pinned = set(report.pinned)
    lines = [
        f"{'would delete' if dry_run else 'deleted'} {len(report.matched)} chats "
        f"not updated for {older_than}"
    ]
    if dry_run:
        lines += [
            f"  {chat_id}  {title}{'  [pinned]' if chat_id in pinned else ''}"
            for chat_id, title, _ in report.matched
        ]
    if report.spared:
        lines.append(
            f"spared {len(report.spared)} pinned chats as old (--include-pinned deletes them too)"
        )
        if dry_run:
            lines += [
                f"  {chat_id}  {title}  [pinned, spared]" for chat_id, title, _ in report.spared
            ]
    out.result(
        {
            "dry_run": dry_run,
            "deleted": report.deleted,
            "matched": [
                {"id": chat_id, "title": title, "updated_at": updated, "pinned": chat_id in pinned}
                for chat_id, title, updated in report.matched
            ],
            "spared_pinned": [
                {"id": chat_id, "title": title, "updated_at": updated}
                for chat_id, title, updated in report.spared
            ],
        },
        "\n".join(lines),
    )


# --- knowledge --------------------------------------------------------------------------------


@cli.group(cls=_Group)
def knowledge() -> None:
    """Keep knowledge bases in sync with folders, or feed them files."""


@knowledge.command("ingest", short_help="Feed a folder to a knowledge base.")
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--kb",
    "kb_name",
    required=True,
    metavar="NAME",
    help="The knowledge base (created when missing).",
)
@click.option("--pattern", default="**/*", show_default=True, help="Which files (a glob).")
@click.option("--concurrency", default=4, show_default=True, type=click.IntRange(min=1))
@output_options
def knowledge_ingest(directory: Path, kb_name: str, pattern: str, concurrency: int) -> None:
    """Upload the files of DIRECTORY into the knowledge base NAME: each is uploaded,
    processed and added; files whose content is there already are skipped (by hash)."""
    from .._uploads import folder_files

    settings = _settings()
    out = settings.out
    total = len(folder_files(directory, pattern))
    with connect(settings) as client, out.progress("ingesting files", total=total) as advance:
        report = client.knowledge.ingest(
            directory,
            kb_name,
            pattern=pattern,
            concurrency=concurrency,
            on_progress=lambda _: advance(1),
        )
    counts = {s: report.count(s) for s in ("added", "replaced", "skipped", "failed")}
    lines = [
        f"{kb_name}{' (created)' if report.created else ''}: "
        + ", ".join(f"{n} {s}" for s, n in counts.items())
    ]
    lines += [f"  failed: {f.name}: {f.error}" for f in report.files if f.status == "failed"]
    out.result(
        {
            "knowledge_id": report.knowledge_id,
            "created": report.created,
            **counts,
            "files": [{"name": f.name, "status": f.status, "error": f.error} for f in report.files],
        },
        "\n".join(lines),
    )
    if counts["failed"]:
        raise Failure(f"{counts['failed']} files could not be added", EXIT_CODES["error"])


from ._knowledge_sync import knowledge_sync  # noqa: E402  (it uses the helpers above)

knowledge.add_command(knowledge_sync)


# --- profiles ---------------------------------------------------------------------------------


@cli.group(cls=_Group, short_help="Named connections (URL and key) in a 0600 file.")
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
    out = _settings().out
    if api_key_stdin:
        key = sys.stdin.readline().strip()
    else:
        key = click.prompt("API key", hide_input=True, default="", show_default=False).strip()
    profiles = _profiles(out)
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
    out = _settings().out
    profiles = _profiles(out)
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
    out = _settings().out
    profiles = _profiles(out)
    if profiles.pop(name, None) is None:
        raise click.UsageError(f"no profile {name!r} in {config_path()}")
    save_profiles(config_path(), profiles)
    out.result({"removed": name}, f"removed profile {name!r}")


# `owui events` lives in its own module, which imports this one: registered last.
from ._events import events as _events  # noqa: E402

cli.add_command(_events)

from ._workspace import workspace as _workspace  # noqa: E402

cli.add_command(_workspace)
