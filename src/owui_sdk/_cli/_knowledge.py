"""``owui knowledge``: feed a folder to a knowledge base (``ingest``), or keep one equal
to a folder (``sync``, in its own module)."""

from __future__ import annotations

from pathlib import Path

import click

from ._context import Group, connect, current_settings, output_options
from ._knowledge_sync import knowledge_sync
from ._output import EXIT_CODES, Failure

__all__ = ["knowledge"]


@click.group(cls=Group)
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

    settings = current_settings()
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


knowledge.add_command(knowledge_sync)
