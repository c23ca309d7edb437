"""What ``client.workspace.plan`` and ``apply`` return."""

from __future__ import annotations

from typing import Any, Literal

from attrs import define, field

__all__ = [
    "FieldChange",
    "WorkspaceAction",
    "WorkspaceItemPlan",
    "WorkspaceItemResult",
    "WorkspacePlan",
    "WorkspaceReport",
]

#: What a plan does with one item.
WorkspaceAction = Literal["create", "update", "delete", "unchanged"]


@define(slots=True, frozen=True)
class FieldChange:
    """One field that differs between the folder and the server.

    Attributes:
        field: The field's path, dotted (``params.temperature``, ``valves.api_key``).
        before: The server's value (``None`` when it has none).
        after: The folder's value (``None`` when the folder has none).
    """

    field: str
    before: Any
    after: Any


@define(slots=True)
class WorkspaceItemPlan:
    """What a plan does with one item of the workspace.

    Attributes:
        kind: The kind of item: ``"models"``, ``"prompts"``, ``"tools"``, ``"functions"``,
            ``"skills"``, ``"configs"``, ...
        key: Its identity across servers: a model's, tool's, function's or skill's id, a
            prompt's command, a group's name, ``"config"``.
        action: ``"create"``, ``"update"``, ``"delete"`` (only with ``prune``) or
            ``"unchanged"``.
        changes: For an update, each field that differs, server value first.
        warnings: What cannot be carried over as it is: an access grant or a member whose
            user (by email) or group (by name) the target lacks.
    """

    kind: str
    key: str
    action: WorkspaceAction
    changes: list[FieldChange] = field(factory=list)
    warnings: list[str] = field(factory=list)
    # What apply sends and what the target has now: never shown, never compared.
    _wanted: dict[str, Any] | None = field(default=None, repr=False, eq=False, alias="_wanted")
    _current: dict[str, Any] | None = field(default=None, repr=False, eq=False, alias="_current")


@define(slots=True)
class WorkspacePlan:
    """What ``client.workspace.apply`` would do to the server to make it equal to a folder.

    Attributes:
        directory: The folder the plan was made from.
        prune: Whether items the folder lacks are deleted from the server.
        items: One entry per item, by kind then key.
        server_version: The target's Open WebUI version.
    """

    directory: str
    prune: bool
    items: list[WorkspaceItemPlan]
    server_version: str = ""

    @property
    def changes(self) -> list[WorkspaceItemPlan]:
        """The items apply would change (every action but ``"unchanged"``)."""
        return [item for item in self.items if item.action != "unchanged"]

    @property
    def has_changes(self) -> bool:
        """Whether applying the plan would change anything."""
        return any(item.action != "unchanged" for item in self.items)

    def count(self, action: str) -> int:
        """How many items have ``action`` (``"create"``, ``"update"``, ...)."""
        return sum(1 for item in self.items if item.action == action)

    def to_dict(self) -> dict[str, Any]:
        """The plan as JSON-ready data (what ``owui workspace plan --json`` prints)."""
        return {
            "directory": self.directory,
            "prune": self.prune,
            "server_version": self.server_version,
            "counts": {a: self.count(a) for a in ("create", "update", "delete", "unchanged")},
            "items": [
                {
                    "kind": item.kind,
                    "key": item.key,
                    "action": item.action,
                    "changes": [
                        {"field": c.field, "before": c.before, "after": c.after}
                        for c in item.changes
                    ],
                    "warnings": list(item.warnings),
                }
                for item in self.items
            ],
        }


@define(slots=True)
class WorkspaceItemResult:
    """What ``client.workspace.apply`` did with one item.

    Attributes:
        kind: The kind of item (as in :class:`WorkspaceItemPlan`).
        key: Its identity across servers.
        action: What was planned: ``"create"``, ``"update"``, ``"delete"``, ``"unchanged"``.
        status: ``"done"``; ``"unchanged"`` (nothing to do); ``"failed"`` (the server
            refused it: ``error`` says why); ``"unsupported"`` (the target's release lacks
            an operation it needs: ``error`` gives the release table's reason).
        error: Why it failed, in one line.
        warnings: What could not be carried over (unmapped users or groups).
    """

    kind: str
    key: str
    action: WorkspaceAction
    status: Literal["done", "unchanged", "failed", "unsupported"]
    error: str | None = None
    warnings: list[str] = field(factory=list)


@define(slots=True)
class WorkspaceReport:
    """What ``client.workspace.apply`` did, item by item.

    Attributes:
        directory: The folder applied.
        items: One :class:`WorkspaceItemResult` per item of the plan.
    """

    directory: str
    items: list[WorkspaceItemResult]

    @property
    def ok(self) -> bool:
        """Whether every item was applied (none failed or was unsupported)."""
        return all(item.status in ("done", "unchanged") for item in self.items)

    def count(self, status: str) -> int:
        """How many items ended with ``status`` (``"done"``, ``"failed"``, ...)."""
        return sum(1 for item in self.items if item.status == status)

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data (what ``owui workspace apply --json`` prints)."""
        return {
            "directory": self.directory,
            "ok": self.ok,
            "counts": {s: self.count(s) for s in ("done", "unchanged", "failed", "unsupported")},
            "items": [
                {
                    "kind": item.kind,
                    "key": item.key,
                    "action": item.action,
                    "status": item.status,
                    "error": item.error,
                    "warnings": list(item.warnings),
                }
                for item in self.items
            ],
        }
