"""``owui chats migrate``: copy every chat to another server, resumably."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import click

from .._servers import SameServerError
from ._config import Connection, resolve, with_profile
from ._context import SOURCE_KEYS, TARGET_KEYS, client_for, current_settings, output_options
from ._output import Output, dropped_text

__all__ = ["chats_migrate"]


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
        to_url, to_api_key, from_profile = with_profile(
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


@click.command("migrate", short_help="Copy every chat to another server (resumable).")
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
    settings = current_settings()
    out = settings.out
    source_connection = resolve(settings.url, settings.api_key, settings.profile, out)
    target_connection = _target(to_url, to_api_key, to_profile, out)
    with (
        client_for(source_connection, SOURCE_KEYS) as source,
        client_for(target_connection, TARGET_KEYS) as target,
    ):
        if state_file is None:
            state_file = _default_state_file(source.base_url, target.base_url)
        with out.progress("copying chats") as advance:
            try:
                report = source.chats.copy_to(
                    target.chats,
                    state_file=state_file,
                    batch_size=batch_size,
                    on_batch=advance,
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
        lines.append("not kept: " + dropped_text(report.dropped))
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
