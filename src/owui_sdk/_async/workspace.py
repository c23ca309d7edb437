"""``client.workspace``: an Open WebUI workspace as a folder of files, pulled from one server,
planned against and applied to another.

One source for both colours: ``src/owui_sdk/_async/`` is written by hand and
``src/owui_sdk/_sync/`` is derived from it by ``make generate``. The folder format and the
kinds are sync-free (``owui_sdk._workspace``): each kind's server steps are generators of
request options that this engine sends.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import errors
from .._json import loads

# The kinds in their own modules register themselves with KINDS when imported.
from .._workspace import _groups, _knowledge  # noqa: F401
from .._workspace._files import (
    MANIFEST,
    dump_json,
    get_path,
    manifest,
    mask,
    read_manifest,
    set_path,
    write_atomic,
)
from .._workspace._kinds import (
    KINDS,
    NOT_COMPARED,
    Context,
    ItemFailed,
    Kind,
    Steps,
    directory_steps,
)
from .._workspace._results import (
    FieldChange,
    WorkspaceItemPlan,
    WorkspaceItemResult,
    WorkspacePlan,
    WorkspaceReport,
)

if TYPE_CHECKING:
    from .api_client import AsyncAPIClient

__all__ = ["AsyncWorkspace"]

#: ``on_progress(done, total)``: called after each item.
Progress = Callable[[int, int], None]


def _kinds(only: Iterable[str] | str | None) -> list[Kind]:
    if only is None:
        names = list(KINDS)
    else:
        names = [only] if isinstance(only, str) else list(only)
        names = [n.strip() for name in names for n in name.split(",") if n.strip()]
        unknown = sorted(set(names) - set(KINDS))
        if unknown:
            raise ValueError(
                f"unknown workspace kind {', '.join(unknown)}: the kinds are {', '.join(KINDS)}"
            )
    return sorted((KINDS[n] for n in dict.fromkeys(names)), key=lambda k: (k.order, k.name))


def _leaves(value: Any, prefix: tuple[str, ...] = ()) -> dict[tuple[str, ...], Any]:
    # Paths as tuples: a settings export's keys hold dots themselves ("audio.tts.engine").
    if isinstance(value, dict) and value:
        out: dict[tuple[str, ...], Any] = {}
        for key, item in value.items():
            out.update(_leaves(item, (*prefix, str(key))))
        return out
    return {prefix: value}


def diff(
    current: dict[str, Any], wanted: dict[str, Any], skip: frozenset[str] = NOT_COMPARED
) -> list[FieldChange]:
    """The fields of ``wanted`` whose value differs on the server (``current``). A field
    the folder does not name is left as the server has it, so it is not a change; nor are
    the top-level fields in ``skip``."""
    changes = []
    for path, after in sorted(_leaves(wanted).items()):
        top = path[0] if path else ""
        if top in skip or top.startswith("_"):
            # "_field": a kind's own note on the item (where its files are), not a field.
            continue
        before = get_path(current, path)
        if before != after:
            changes.append(FieldChange(field=".".join(path), before=before, after=after))
    return changes


def _fields_an_older_server_lacks(
    changes: list[FieldChange], current: dict[str, Any], source: Any, target: str
) -> tuple[list[FieldChange], list[str]]:
    """The changes to apply, and a warning for each field the server's record does not have
    at all when the server runs an older release than the folder came from: a field that
    release does not know (0.12's ``voice`` on 0.11), which no update would make it keep.
    Reported, and not planned again and again as a change."""
    if not isinstance(source, str) or not _older(target, source):
        return changes, []
    kept: list[FieldChange] = []
    warnings: list[str] = []
    for change in changes:
        top = change.field.split(".", 1)[0]
        if top in current:
            kept.append(change)
        else:
            warnings.append(
                f"{change.field}: Open WebUI {target} does not have this field (the folder"
                f" is from {source}); left out"
            )
    return kept, warnings


def _older(version: str, than: str) -> bool:
    def key(text: str) -> tuple[int, ...]:
        parts = [int(p) for p in re.findall(r"\d+", text)[:3]]
        return tuple(parts)

    return bool(key(version)) and bool(key(than)) and key(version) < key(than)


class AsyncWorkspace:
    """Pull a server's workspace into a folder, plan and apply a folder onto a server.

    Reached as ``client.workspace``. The kinds are ``models``, ``prompts``, ``tools``,
    ``functions``, ``skills`` and ``configs`` (and ``groups``, ``knowledge`` where
    available); ``only=`` takes some of them (a list, or one string with commas).
    """

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def _drive(self, steps: Steps) -> Any:
        answer: Any = None
        while True:
            try:
                options = steps.send(answer)
            except StopIteration as stop:
                return stop.value
            sync = options.get("knowledge_sync")
            if sync is not None:
                # A knowledge base's files: the SDK's knowledge sync does the uploads (multipart,
                # processing waited for), which plain request options cannot say.
                from .knowledge import AsyncKnowledgeClient

                answer = await AsyncKnowledgeClient(self._client).sync(
                    sync["knowledge_id"], sync["directory"]
                )
                continue
            as_bytes = options.get("answer") == "bytes"
            # The route names the operation in the table of releases, and "answer" the form the
            # step wants back: neither is a request option.
            route = options.get("route")
            options = {k: v for k, v in options.items() if k not in ("answer", "route")}
            response = await self._client.arequest_ok(options, route)
            decoded = loads(response.content) if response.content and not as_bytes else None
            answer = response.content if as_bytes else decoded

    async def _context(self) -> Context:
        directory = await self._drive(directory_steps())
        return Context(directory, await self._client.server_version())

    async def _fetch(
        self, kind: Kind, ctx: Context
    ) -> tuple[dict[str, dict[str, Any]], str | None]:
        """The kind's records on the server, or none and why (its release lacks them)."""
        try:
            records = await self._drive(kind.fetch(ctx))
        except errors.NotSupportedByServerError as exc:
            return {}, str(exc)
        return records, None

    async def pull(
        self,
        directory: str | os.PathLike[str],
        *,
        only: Iterable[str] | str | None = None,
        include_secrets: bool = False,
        on_progress: Progress | None = None,
    ) -> dict[str, Any]:
        """Write the server's workspace into ``directory``, one file per item.

        Each file is written atomically; a file of an item the server no longer has is
        removed (files the SDK does not write are left alone). Secrets (valves marked as
        passwords, keys in the settings) are written as a placeholder and listed in the
        manifest, unless ``include_secrets``: then every file written is mode 0600.

        Args:
            directory: The folder (made when missing).
            only: The kinds to pull; default all.
            include_secrets: Write secrets as they are.
            on_progress: Called as ``on_progress(done, total)`` after each item.

        Returns:
            The manifest written to ``owui-workspace.json``: ``format_version``,
            ``server_version``, ``sdk_version``, ``pulled_at``, ``counts`` (items per kind),
            ``secrets`` (``file: field`` of each placeholder), ``skipped`` (kinds the
            server's release lacks, with the reason).

        Raises:
            ValueError: An unknown kind in ``only``.
            owui_sdk.errors.APIStatusError: A listing the server refused.
        """
        from .._version import __version__

        root = Path(directory)
        root.mkdir(parents=True, exist_ok=True)
        kinds = _kinds(only)
        ctx = await self._context()
        ctx.pulling = True
        fetched: list[tuple[Kind, dict[str, dict[str, Any]]]] = []
        skipped: dict[str, str] = {}
        for kind in kinds:
            records, reason = await self._fetch(kind, ctx)
            if reason is not None:
                skipped[kind.name] = reason
            fetched.append((kind, records))
        total = sum(len(records) for _, records in fetched)
        done = 0
        secrets: list[str] = []
        counts: dict[str, int] = {}
        for kind, records in fetched:
            written: set[str] = set()
            for key in sorted(records):
                item, secret_paths = kind.portable(records[key], ctx)
                files = kind.write(key, item)
                if not include_secrets and secret_paths:
                    for path in secret_paths:
                        set_path(item, path, mask(get_path(item, path)))
                    files = kind.write(key, item)
                    first = next((f for f in files if not f.endswith(".py")), next(iter(files)))
                    secrets.extend(f"{first}: {'.'.join(path)}" for path in secret_paths)
                for relative, data in files.items():
                    write_atomic(root / relative, data, private=include_secrets)
                    written.add(relative)
                done += 1
                if on_progress is not None:
                    on_progress(done, total)
            counts[kind.name] = len(records)
            if kind.name not in skipped:
                self._remove_stale(root, kind, written)
        summary = manifest(
            server_version=ctx.server_version,
            sdk_version=__version__,
            counts=counts,
            secrets=secrets,
            secrets_included=include_secrets,
        )
        if skipped:
            summary["skipped"] = skipped
        write_atomic(root / MANIFEST, dump_json(summary), private=include_secrets)
        return summary

    @staticmethod
    def _remove_stale(root: Path, kind: Kind, written: set[str]) -> None:
        folder = root / kind.name
        if not folder.is_dir():
            return
        for path in folder.rglob("*"):
            relative = path.relative_to(root).as_posix()
            # A pull killed half-way can leave its temporary files (".<name>.*.partial").
            partial = path.name.startswith(".") and path.name.endswith(".partial")
            if path.is_file() and relative not in written and (kind.owns(relative) or partial):
                path.unlink()

    async def plan(
        self,
        directory: str | os.PathLike[str],
        *,
        only: Iterable[str] | str | None = None,
        prune: bool = False,
    ) -> WorkspacePlan:
        """What applying ``directory`` would change on the server, item by item and field by
        field. Nothing is changed.

        A kind is planned when the folder has its subfolder (or ``only`` names it): a folder
        of skills alone, with ``prune``, does not delete the server's models.

        Args:
            directory: A folder written by :meth:`pull` (or by hand, in the same format).
            only: The kinds to plan; default every kind the folder has.
            prune: Also delete from the server the items of those kinds the folder lacks.

        Raises:
            ValueError: An unknown kind in ``only``; the folder cannot be read
                (``WorkspaceFormatError``, a ``ValueError``: the file and line of bad JSON,
                a format version this SDK does not know).
            owui_sdk.errors.APIStatusError: A listing the server refused.
        """
        root = Path(directory)
        manifest = read_manifest(root) or {}
        kinds = _kinds(only)
        if only is None:
            kinds = [kind for kind in kinds if (root / kind.name).is_dir()]
        folder = {kind.name: kind.read(root) for kind in kinds}
        ctx = await self._context()
        for kind in kinds:
            if kind.provides_groups:
                ctx.directory.planned_groups.update(folder[kind.name])
        items: list[WorkspaceItemPlan] = []
        for kind in kinds:
            records, reason = await self._fetch(kind, ctx)
            current = {key: kind.portable(record, ctx)[0] for key, record in records.items()}
            for key in sorted(folder[kind.name]):
                present = current.get(key)
                wanted, warnings = kind.prepare(kind.wanted(folder[kind.name][key], present), ctx)
                if reason is not None:
                    warnings = [*warnings, reason]
                if present is None:
                    entry = WorkspaceItemPlan(
                        kind.name, key, "create", [], warnings, _wanted=wanted
                    )
                else:
                    changes = diff(present, wanted, kind.not_compared)
                    changes, lacking = _fields_an_older_server_lacks(
                        changes, present, manifest.get("server_version"), ctx.server_version
                    )
                    warnings = [*warnings, *lacking]
                    entry = WorkspaceItemPlan(
                        kind.name,
                        key,
                        "update" if changes else "unchanged",
                        changes,
                        warnings,
                        _wanted=wanted,
                        _current=records[key],
                    )
                items.append(entry)
            if prune:
                for key in sorted(set(records) - set(folder[kind.name])):
                    if kind.name == "configs":
                        continue
                    items.append(WorkspaceItemPlan(kind.name, key, "delete", _current=records[key]))
        return WorkspacePlan(str(root), prune, items, ctx.server_version)

    async def apply(
        self,
        plan_or_directory: WorkspacePlan | str | os.PathLike[str],
        *,
        only: Iterable[str] | str | None = None,
        prune: bool = False,
        on_progress: Progress | None = None,
    ) -> WorkspaceReport:
        """Make the server equal to a folder: create, update (only what differs) and, with
        ``prune``, delete. Running it again changes nothing.

        An item the server refuses (a tool whose Python it cannot load) is reported as
        ``"failed"``, one whose operation the server's release lacks as ``"unsupported"``
        with the release table's reason; the other items are applied. A secret placeholder
        is never sent: the target keeps its own value.

        Args:
            plan_or_directory: A :class:`WorkspacePlan` from :meth:`plan`, or a folder (then
                planned first, with ``only`` and ``prune``).
            only: The kinds to apply (with a folder).
            prune: Delete what the folder lacks (with a folder; a plan carries its own).
            on_progress: Called as ``on_progress(done, total)`` after each item.

        Raises:
            ValueError: As :meth:`plan`.
            owui_sdk.errors.APIConnectionError: The server stopped answering (what was
                applied stays; applying again finishes the rest).
        """
        if isinstance(plan_or_directory, WorkspacePlan):
            plan = plan_or_directory
        else:
            plan = await self.plan(plan_or_directory, only=only, prune=prune)
        ctx = await self._context()
        ctx.directory.planned_groups.update(
            item.key
            for item in plan.items
            if item.kind in KINDS and KINDS[item.kind].provides_groups
        )
        ordered = sorted(
            plan.items, key=lambda i: (KINDS[i.kind].order if i.kind in KINDS else 50, i.kind)
        )
        results: list[WorkspaceItemResult] = []
        total = len(ordered)
        for done, item in enumerate(ordered, start=1):
            if item.action == "unchanged":
                results.append(
                    WorkspaceItemResult(
                        item.kind, item.key, item.action, "unchanged", None, list(item.warnings)
                    )
                )
            else:
                results.append(await self._apply_one(item, ctx))
            if (
                item.kind in KINDS
                and KINDS[item.kind].provides_groups
                and (done == total or ordered[done].kind != item.kind)
            ):
                # Groups made just now: the grants of the items after them name their ids.
                planned = ctx.directory.planned_groups
                ctx.directory = await self._drive(directory_steps())
                ctx.directory.planned_groups = planned
            if on_progress is not None:
                on_progress(done, total)
        return WorkspaceReport(plan.directory, results)

    async def _apply_one(self, item: WorkspaceItemPlan, ctx: Context) -> WorkspaceItemResult:
        kind = KINDS[item.kind]
        warnings = list(item.warnings)
        try:
            if item.action == "create":
                assert item._wanted is not None
                await self._drive(kind.create(item._wanted, ctx))
            elif item.action == "update":
                assert item._wanted is not None and item._current is not None
                changed = {change.field.split(".", 1)[0] for change in item.changes}
                await self._drive(kind.update(item._wanted, item._current, changed, ctx))
            else:
                assert item._current is not None
                await self._drive(kind.delete(item.key, item._current, ctx))
        except errors.NotSupportedByServerError as exc:
            return WorkspaceItemResult(
                item.kind, item.key, item.action, "unsupported", str(exc), warnings
            )
        except (errors.APIStatusError, ItemFailed) as exc:
            return WorkspaceItemResult(
                item.kind, item.key, item.action, "failed", _one_line(exc), warnings
            )
        return WorkspaceItemResult(item.kind, item.key, item.action, "done", None, warnings)


def _one_line(exc: Exception) -> str:
    text = " ".join(str(exc).split())
    return text if len(text) <= 300 else text[:297] + "..."
