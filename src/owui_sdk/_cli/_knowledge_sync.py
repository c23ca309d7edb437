"""``owui knowledge sync``: a knowledge base kept equal to a folder, once or ``--watch``ing it.

The work is ``client.knowledge.plan_sync`` and the step that carries a plan out; this module
adds the command's options, progress, output and the watch loop (watchfiles, from the ``cli``
extra: OS file events, or polling for network shares, and a sync at least every
``--interval`` seconds whatever the events say).
"""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from .. import errors
from ._context import connect, current_settings, output_options
from ._output import EXIT_CODES, Failure, Output, describe

if TYPE_CHECKING:
    from .._results import KnowledgeSyncReport, SyncedFile
    from .._sync.client import OpenWebUI

__all__ = ["knowledge_sync", "parse_size"]

_UNITS = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3, "kb": 1000, "mb": 1000**2, "gb": 1000**3}
_UNITS |= {"kib": 1024, "mib": 1024**2, "gib": 1024**3, "b": 1}

# Errors a --watch outlives: the server restarting or briefly unreachable. Anything else (a
# refused key, a deleted knowledge base) ends the watch with its exit code.
_TRANSIENT = (errors.APIConnectionError, errors.InternalServerError)


def parse_size(text: str) -> int:
    """``2000``, ``500K`` / ``500KiB`` (x1024), ``10M``, ``1G``, ``500KB`` (x1000), ``10MB``...
    as bytes, as rsync's ``--max-size`` reads them.

    Raises:
        ValueError: Anything else, or zero.
    """
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*", text)
    unit = match[2].lower() if match else ""
    if match is None or unit not in _UNITS:
        raise ValueError(f"{text!r} is not a size like 2000, 500K, 10M or 10MB")
    size = int(float(match[1]) * _UNITS[unit])
    if size < 1:
        raise ValueError(f"{text!r}: the size must be at least one byte")
    return size


def _size_option(ctx: click.Context, param: click.Parameter, value: str | None) -> int | None:
    if value is None:
        return None
    try:
        return parse_size(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


@click.command("sync", short_help="Keep a knowledge base equal to a folder (--watch: always).")
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--kb", "kb_name", required=True, metavar="NAME", help="The knowledge base.")
@click.option("--create", is_flag=True, help="Create the knowledge base when none has the name.")
@click.option(
    "--no-delete",
    "no_delete",
    is_flag=True,
    help="Keep in the knowledge base what is gone from the folder (add and update only).",
)
@click.option("--dry-run", is_flag=True, help="Change nothing: print the plan.")
@click.option(
    "--include",
    multiple=True,
    metavar="GLOB",
    help="Only files matching (.gitignore syntax: '*.md', 'docs/**'); repeatable.",
)
@click.option(
    "--exclude",
    multiple=True,
    metavar="GLOB",
    help="Leave out what matches ('drafts/', '*.tmp'); repeatable. .kbignore is read too.",
)
@click.option(
    "--max-size",
    metavar="SIZE",
    callback=_size_option,
    help="Skip larger files (2000, 500K, 10M, 10MB).",
)
@click.option("--concurrency", default=4, show_default=True, type=click.IntRange(min=1))
@click.option("--watch", is_flag=True, help="Keep syncing as the folder changes, until Ctrl-C.")
@click.option(
    "--interval",
    default=60.0,
    show_default=True,
    type=click.FloatRange(min=0.5),
    metavar="SECONDS",
    help="With --watch: the longest wait between two syncs (changes sync sooner).",
)
@click.option(
    "--poll",
    is_flag=True,
    help="With --watch: look for changes by polling, for network shares (NFS, SMB), where "
    "the system's file events do not arrive.",
)
@output_options
def knowledge_sync(
    directory: Path,
    kb_name: str,
    create: bool,
    no_delete: bool,
    dry_run: bool,
    include: tuple[str, ...],
    exclude: tuple[str, ...],
    max_size: int | None,
    concurrency: int,
    watch: bool,
    interval: float,
    poll: bool,
) -> None:
    """Make the knowledge base NAME equal to DIRECTORY: new and changed files are uploaded,
    files gone from the folder are removed (unless --no-delete), sub-folders become the
    knowledge base's directories. Unchanged files are not sent: Open WebUI compares their
    SHA-256 with what it holds. Hidden files, and what .kbignore (.gitignore syntax, at the top
    of the folder) or --exclude matches, are left out.

    \b
    owui knowledge sync ./docs --kb Docs --create
    owui knowledge sync ./docs --kb Docs --dry-run
    owui knowledge sync ./docs --kb Docs --watch --interval 30
    """
    if watch and dry_run:
        raise click.UsageError("--watch and --dry-run do not go together")
    settings = current_settings()
    out = settings.out
    options: dict[str, Any] = {
        "delete": not no_delete,
        "include": list(include) or None,
        "exclude": list(exclude) or None,
        "max_size": max_size,
    }
    with connect(settings) as client:
        knowledge_id = _find(client, kb_name)
        created = False
        if knowledge_id is None and not create:
            raise Failure(
                f"no knowledge base named {kb_name!r} (--create makes it)",
                EXIT_CODES["not_found"],
            )
        if knowledge_id is None and dry_run:
            _print_new(out, kb_name, directory, options)
            return
        if knowledge_id is None:
            knowledge_id = _create(client, kb_name)
            created = True
        if watch:
            _watch(
                client, out, kb_name, knowledge_id, directory, options, concurrency, interval, poll
            )
            return
        report = _sync_once(client, out, knowledge_id, directory, options, concurrency, dry_run)
    _print_report(out, kb_name, report, created=created)
    if report.count("failed"):
        raise Failure(f"{report.count('failed')} files could not be synced", EXIT_CODES["error"])


def _find(client: OpenWebUI, name: str) -> str | None:
    for kb in client.knowledge.iter_knowledge_bases():
        if kb.name == name:
            return kb.id
    return None


def _create(client: OpenWebUI, name: str) -> str:
    from .._generated.models.knowledge_form import KnowledgeForm

    return client.knowledge.create_new_knowledge(KnowledgeForm(name=name, description="")).id


def _sync_once(
    client: OpenWebUI,
    out: Output,
    knowledge_id: str,
    directory: Path,
    options: dict[str, Any],
    concurrency: int,
    dry_run: bool,
) -> KnowledgeSyncReport:
    """Plan, then (unless ``dry_run``) carry the plan out under a progress bar."""
    from .._results import KnowledgeSyncReport
    from .._sync.knowledge_sync import run_sync

    plan = client.knowledge.plan_sync(knowledge_id, directory, **options)
    if dry_run or not plan.changes:
        return KnowledgeSyncReport(
            knowledge_id=knowledge_id,
            dry_run=dry_run,
            files=list(plan.files),
            created_directories=list(plan.create_directories) if dry_run else [],
            removed_directories=list(plan.remove_directories) if dry_run else [],
            plan=plan,
        )
    with out.progress("syncing files", total=len(plan.changes)) as advance:
        return run_sync(
            client.knowledge,
            client.files,
            plan,
            concurrency=concurrency,
            on_progress=lambda _: advance(1),
            timeout=300.0,
        )


def _line(item: SyncedFile) -> str:
    text = f"  {item.status:<9} {item.path}"
    if item.previous_path:
        text += f" (from {item.previous_path})"
    if item.reason:
        text += f": {item.reason}"
    return text


def _summary(name: str, counts: dict[str, int]) -> str:
    shown = [f"{n} {s}" for s, n in counts.items() if n or s in ("unchanged", "failed")]
    return f"{name}: " + ", ".join(shown)


def _print_report(out: Output, name: str, report: KnowledgeSyncReport, *, created: bool) -> None:
    counts = report.counts()
    title = name + ((" (would be created)" if report.dry_run else " (created)") if created else "")
    if report.dry_run:
        lines = [f"{_summary(title, counts)} (dry run: nothing changed)"]
        lines += [f"  mkdir     {path}" for path in report.created_directories]
        lines += [_line(item) for item in report.files if item.status != "unchanged"]
        lines += [f"  rmdir     {path}" for path in report.removed_directories]
    else:
        lines = [_summary(title, counts)]
        lines += [_line(item) for item in report.files if item.status in ("skipped", "failed")]
    out.result({"knowledge_base": name, "created": created, **report.to_dict()}, "\n".join(lines))


def _print_new(out: Output, name: str, directory: Path, options: dict[str, Any]) -> None:
    """--create --dry-run for a knowledge base that does not exist: every file would be added."""
    from .._kbsync import scan_folder
    from .._results import KnowledgeSyncPlan, KnowledgeSyncReport, SyncedFile

    scan = scan_folder(
        directory,
        include=options["include"],
        exclude=options["exclude"],
        max_size=options["max_size"],
    )
    files = [SyncedFile(f.relative, "added") for f in scan.files] + scan.skipped
    folders = sorted(
        {
            "/".join(f.directory.split("/")[: n + 1])
            for f in scan.files
            if f.directory
            for n in range(f.directory.count("/") + 1)
        },
        key=lambda p: (p.count("/"), p),
    )
    plan = KnowledgeSyncPlan(
        knowledge_id="", files=files, create_directories=folders, remove_directories=[]
    )
    report = KnowledgeSyncReport(
        knowledge_id="",
        dry_run=True,
        files=files,
        created_directories=folders,
        removed_directories=[],
        plan=plan,
    )
    _print_report(out, name, report, created=True)


def _watch(
    client: OpenWebUI,
    out: Output,
    name: str,
    knowledge_id: str,
    directory: Path,
    options: dict[str, Any],
    concurrency: int,
    interval: float,
    poll: bool,
) -> None:
    """Sync, then again on every change (after watchfiles' debounce) and at least every
    ``interval`` seconds, until Ctrl-C (exit 130 through the command group: a file in flight
    finishes first, nothing more starts). A server that does not answer is tried again at the
    next round."""
    import watchfiles

    def once() -> None:
        try:
            report = _sync_once(client, out, knowledge_id, directory, options, concurrency, False)
        except _TRANSIENT as exc:
            out.warn(f"{describe(exc)}; trying again within {interval:g} s")
            return
        if out.json_mode:
            out.result({"knowledge_base": name, "at": time.time(), **report.to_dict()}, "")
        elif report.plan.changes or report.count("failed"):
            stamp = time.strftime("%H:%M:%S")
            counts = report.counts()
            lines = [f"{stamp} {_summary(name, counts)}"]
            lines += [_line(item) for item in report.files if item.status in ("failed",)]
            out.result(None, "\n".join(lines))

    out.note(f"watching {directory} (Ctrl-C to stop)")
    once()
    for _changes in watchfiles.watch(
        directory,
        watch_filter=None,
        rust_timeout=int(interval * 1000),
        yield_on_timeout=True,
        force_polling=poll or None,
        poll_delay_ms=min(1000, int(interval * 1000)),
        raise_interrupt=True,
    ):
        once()
