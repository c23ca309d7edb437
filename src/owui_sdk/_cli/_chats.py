"""``owui chats``: export, import and prune the chats of the key's user (``migrate`` is in
its own module)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from .._atomic_write import written_aside
from ._context import Group, connect, current_settings, output_options
from ._files import markdown_of, markdown_writer, parse_age, parse_since, read_records
from ._migrate import chats_migrate
from ._output import InputError, dropped_text

if TYPE_CHECKING:
    from .._sync.client import OpenWebUI

__all__ = ["chats"]


@click.group(cls=Group, short_help="Export, import, migrate and prune chats.")
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
    settings = current_settings()
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
    from .._times import timestamp

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
    settings = current_settings()
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
        lines.append("not kept: " + dropped_text(report.dropped))
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
    settings = current_settings()
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


chats.add_command(chats_migrate)
