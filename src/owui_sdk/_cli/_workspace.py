"""``owui workspace pull|plan|apply``: a server's workspace as a folder of files.

The work is ``client.workspace``; this module adds the options, progress bars, the readable
plan and the exit codes. ``plan --detailed-exitcode`` exits with :data:`CHANGES_PENDING` (8)
when changes are pending, as ``terraform plan -detailed-exitcode`` does with 2 (taken here by
click's usage errors, and 3 to 7 by the other codes of the table).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from .._workspace._files import WorkspaceFormatError
from .._workspace._kinds import KINDS
from ._context import connect, current_settings, output_options
from ._output import EXIT_CODES, Counter, Failure, Output

if TYPE_CHECKING:
    from .._sync.client import OpenWebUI
    from .._workspace._results import WorkspacePlan, WorkspaceReport

__all__ = ["CHANGES_PENDING", "workspace"]

#: ``plan --detailed-exitcode``: the plan has changes (0: none; other codes: an error).
CHANGES_PENDING = EXIT_CODES["changes_pending"]

_ONLY_HELP = "Only these kinds, comma-separated: " + ", ".join(KINDS) + "."


def _only(value: str | None) -> list[str] | None:
    if value is None:
        return None
    names = [n.strip() for n in value.split(",") if n.strip()]
    unknown = sorted(set(names) - set(KINDS))
    if unknown:
        raise click.BadParameter(
            f"unknown kind {', '.join(unknown)}; the kinds are {', '.join(KINDS)}",
            param_hint="--only",
        )
    return names


@click.group("workspace")
def workspace() -> None:
    """A server's workspace (models, prompts, tools, functions, skills, settings...) as a
    folder of files: pull it, keep it in git, plan and apply it to any server.

    \b
    owui workspace pull ./ws
    owui --profile prod workspace plan ./ws
    owui --profile prod workspace apply ./ws --yes
    """


@workspace.command("pull")
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("--only", metavar="KINDS", help=_ONLY_HELP)
@click.option(
    "--include-secrets",
    is_flag=True,
    help="Write valve passwords and keys as they are (every file then mode 0600); by "
    "default they are a placeholder, listed in owui-workspace.json.",
)
@output_options
def pull(directory: Path, only: str | None, include_secrets: bool) -> None:
    """Write the server's workspace into DIRECTORY, one file per item."""
    settings = current_settings()
    out = settings.out
    kinds = _only(only)
    with connect(settings) as client, out.progress("pulling", total=None) as advance:
        summary = client.workspace.pull(
            directory,
            only=kinds,
            include_secrets=include_secrets,
            on_progress=lambda done, total: _tick(advance, total),
        )
    counts = ", ".join(f"{n} {kind}" for kind, n in summary["counts"].items())
    lines = [f"pulled {counts} from Open WebUI {summary['server_version']} into {directory}"]
    if summary["secrets"]:
        lines.append(
            f"{len(summary['secrets'])} secrets written as a placeholder (--include-secrets"
            " writes them)"
        )
    lines += [f"skipped {kind}: {why}" for kind, why in summary.get("skipped", {}).items()]
    out.result(summary, "\n".join(lines))


def _tick(advance: Counter, total: int) -> None:
    advance.total(total)
    advance(1)


def _value(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 120 else text[:117] + "..."


def plan_text(plan: WorkspacePlan) -> str:
    """The plan as a person reads it: one line per item that changes, then its fields."""
    signs = {"create": "+", "update": "~", "delete": "-"}
    lines = []
    for item in plan.changes:
        lines.append(f"{signs[item.action]} {item.kind}/{item.key} ({item.action})")
        for change in item.changes:
            lines.append(f"    {change.field}: {_value(change.before)} -> {_value(change.after)}")
    for item in plan.items:
        lines += [f"! {item.kind}/{item.key}: {warning}" for warning in item.warnings]
    counts = ", ".join(
        f"{plan.count(action)} to {action}" for action in ("create", "update", "delete")
    )
    unchanged = plan.count("unchanged")
    lines.append(
        f"plan: {counts}, {unchanged} unchanged"
        if plan.has_changes
        else f"no changes: the server matches the folder ({unchanged} items)"
    )
    return "\n".join(lines)


def _plan(client: OpenWebUI, directory: Path, only: list[str] | None, prune: bool) -> WorkspacePlan:
    try:
        return client.workspace.plan(directory, only=only, prune=prune)
    except WorkspaceFormatError as exc:
        raise Failure(str(exc), EXIT_CODES["input"]) from None


@workspace.command("plan")
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--only", metavar="KINDS", help=_ONLY_HELP)
@click.option("--prune", is_flag=True, help="Also delete what the folder lacks.")
@click.option(
    "--detailed-exitcode",
    is_flag=True,
    help=f"Exit {CHANGES_PENDING} when changes are pending, 0 when none (as Terraform's).",
)
@output_options
def plan(directory: Path, only: str | None, prune: bool, detailed_exitcode: bool) -> None:
    """Show what `apply` would change on the server, field by field. Changes nothing."""
    settings = current_settings()
    out = settings.out
    with connect(settings) as client:
        result = _plan(client, directory, _only(only), prune)
    out.result(result.to_dict(), plan_text(result))
    if detailed_exitcode and result.has_changes:
        raise click.exceptions.Exit(CHANGES_PENDING)


def _report_text(report: WorkspaceReport) -> str:
    lines = []
    for item in report.items:
        if item.status in ("failed", "unsupported"):
            lines.append(
                f"  {item.status:<11} {item.kind}/{item.key} ({item.action}): {item.error}"
            )
        lines += [f"! {item.kind}/{item.key}: {warning}" for warning in item.warnings]
    counts = ", ".join(
        f"{report.count(s)} {s}" for s in ("done", "unchanged", "failed", "unsupported")
    )
    return "\n".join([f"applied: {counts}", *lines])


@workspace.command("apply")
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--only", metavar="KINDS", help=_ONLY_HELP)
@click.option("--prune", is_flag=True, help="Also delete what the folder lacks.")
@click.option("-y", "--yes", is_flag=True, help="Apply without asking.")
@output_options
def apply(directory: Path, only: str | None, prune: bool, yes: bool) -> None:
    """Make the server equal to DIRECTORY: shows the plan, asks, then applies it."""
    settings = current_settings()
    out = settings.out
    with connect(settings) as client:
        result = _plan(client, directory, _only(only), prune)
        if not result.has_changes:
            out.result({**result.to_dict(), "applied": False}, plan_text(result))
            return
        if not yes:
            _confirm(out, result)
        with out.progress("applying", total=len(result.items)) as advance:
            report = client.workspace.apply(result, on_progress=lambda done, total: advance(1))
    out.result(report.to_dict(), _report_text(report))
    if not report.ok:
        bad = report.count("failed") + report.count("unsupported")
        raise Failure(f"{bad} items could not be applied", EXIT_CODES["error"])


def _confirm(out: Output, result: WorkspacePlan) -> None:
    if out.json_mode or not sys.stdin.isatty():
        raise click.UsageError("apply asks before it changes anything: pass --yes to go on")
    click.echo(plan_text(result), err=True)
    if not click.confirm("Apply these changes?", default=False, err=True):
        raise Failure("nothing applied", EXIT_CODES["error"])
