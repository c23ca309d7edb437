"""The kinds of workspace item: how each is listed, written to files, read back, compared and
created, updated or deleted on a server.

Kinds are sync-free: a server step is a generator that yields request options (the dicts
``AsyncAPIClient.arequest_ok`` takes) and is sent each decoded answer back, so the one engine
in ``owui_sdk._async.workspace`` drives them in both colours. Records stay plain JSON dicts
as the server answers them (never the generated models): a folder must carry every field,
known or not, between Open WebUI releases.
"""

from __future__ import annotations

import re
from collections.abc import Generator, Iterable
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import quote

from ._files import (
    SECRET_PLACEHOLDER,
    WorkspaceFormatError,
    drop_path,
    dump_front_matter,
    dump_json,
    get_path,
    mask,
    placeholder_paths,
    quote_name,
    read_front_matter,
    read_json,
    read_text,
    set_path,
    unmask,
)

#: Request options for ``arequest_ok``: method, url, json..., and the route (for the release
#: table), which the engine takes out and passes beside them.
Call = dict[str, Any]
#: A server step: yields calls, is sent their decoded answers, returns its result.
Steps = Generator[Call, Any, Any]

#: Fields a server sets by itself: never written to the folder, never compared.
VOLATILE = frozenset(
    {"user_id", "created_at", "updated_at", "version_id", "user", "write_access", "access_grants"}
)
#: Written to the folder for the record, but not compared: the API cannot set them.
NOT_COMPARED = frozenset({"owner"})


def call(
    method: str, route: str, *, json: Any = None, params: dict[str, Any] | None = None, **path: str
) -> Call:
    """Request options for ``route`` (a path template such as ``/api/v1/tools/id/{id}``) with
    its parameters filled in, percent-encoded; ``route`` stays in the options so that a
    missing operation is told by the release table."""
    url = route
    for name, value in path.items():
        url = url.replace("{" + name + "}", quote(value, safe=""))
    options: Call = {"method": method, "url": url, "route": route}
    if json is not None:
        options["json"] = json
    if params is not None:
        options["params"] = params
    return options


class Directory:
    """Users by email and groups by name, on one server: what access grants, owners and
    members are mapped through, since ids differ from server to server."""

    def __init__(self, users: Iterable[dict[str, Any]], groups: Iterable[dict[str, Any]]) -> None:
        self.email_by_id: dict[str, str] = {}
        self.id_by_email: dict[str, str] = {}
        for user in users:
            user_id, email = user.get("id"), user.get("email")
            if isinstance(user_id, str) and isinstance(email, str):
                self.email_by_id[user_id] = email
                self.id_by_email[email.casefold()] = user_id
        self.name_by_group_id: dict[str, str] = {}
        self.group_id_by_name: dict[str, str] = {}
        for group in groups:
            group_id, name = group.get("id"), group.get("name")
            if isinstance(group_id, str) and isinstance(name, str):
                self.name_by_group_id[group_id] = name
                self.group_id_by_name[name] = group_id
        #: Group names an apply creates before the items that name them (no warning for them).
        self.planned_groups: set[str] = set()

    def user_id(self, email: str) -> str | None:
        """The id of the user with ``email`` (case-insensitive), or ``None``."""
        return self.id_by_email.get(email.casefold())

    def portable_grants(self, grants: Any) -> list[dict[str, Any]]:
        """A server's access grants with emails and group names for ids, sorted."""
        out: list[dict[str, Any]] = []
        for grant in grants if isinstance(grants, list) else []:
            if not isinstance(grant, dict):
                continue
            kind, principal = grant.get("principal_type"), grant.get("principal_id")
            entry: dict[str, Any] = {"principal_type": kind, "permission": grant.get("permission")}
            name: str | None
            if principal == "*":
                name = "*"
            elif kind == "group":
                name = self.name_by_group_id.get(str(principal))
            else:
                name = self.email_by_id.get(str(principal))
            if name is None:
                entry["principal_id"] = principal  # a principal the server itself lacks
            else:
                entry["principal"] = name
            out.append(entry)
        return sorted(
            out,
            key=lambda g: (
                str(g["principal_type"]),
                str(g.get("principal")),
                str(g.get("principal_id")),
                str(g["permission"]),
            ),
        )

    def server_grants(self, grants: Any) -> tuple[list[dict[str, Any]], list[str]]:
        """Folder grants as the server takes them, and one warning per grant it cannot map."""
        out: list[dict[str, Any]] = []
        warnings: list[str] = []
        for grant in grants if isinstance(grants, list) else []:
            if not isinstance(grant, dict):
                warnings.append(f"access grant {grant!r} is not an object: left out")
                continue
            kind, name = grant.get("principal_type"), grant.get("principal")
            principal: str | None
            if name == "*":
                principal = "*"
            elif not isinstance(name, str):
                principal = None
            elif kind == "group":
                principal = self.group_id_by_name.get(name)
                if principal is None and name in self.planned_groups:
                    principal = f"group:{name}"  # made by this apply, before this item
            else:
                principal = self.user_id(name)
            if principal is None:
                who = name if isinstance(name, str) else f"id {grant.get('principal_id')}"
                warnings.append(
                    f"access grant ({grant.get('permission')}) for {kind} {who}: the target"
                    f" has no such {'group' if kind == 'group' else 'user'}; left out"
                )
                continue
            out.append(
                {
                    "principal_type": kind,
                    "principal_id": principal,
                    "permission": grant.get("permission"),
                }
            )
        return out, warnings

    def keep_mapped(self, grants: Any) -> tuple[list[dict[str, Any]], list[str]]:
        """The folder grants the target can take (portable form), and warnings for the rest."""
        kept = []
        server, warnings = self.server_grants(grants)
        mapped = {(g["principal_type"], g["permission"], g["principal_id"]) for g in server}
        for grant in grants if isinstance(grants, list) else []:
            if not isinstance(grant, dict):
                continue
            name = grant.get("principal")
            kind = grant.get("principal_type")
            if name == "*":
                principal: str | None = "*"
            elif kind == "group" and isinstance(name, str):
                principal = self.group_id_by_name.get(name) or (
                    f"group:{name}" if name in self.planned_groups else None
                )
            else:
                principal = self.user_id(name) if isinstance(name, str) else None
            if (kind, grant.get("permission"), principal) in mapped:
                kept.append(grant)
        return kept, warnings

    def resolve_planned(self, grants: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Grants to groups made by this apply, with the ids they got."""
        out = []
        for grant in grants:
            principal = str(grant.get("principal_id"))
            if principal.startswith("group:"):
                group_id = self.group_id_by_name.get(principal[len("group:") :])
                if group_id is None:
                    continue
                grant = {**grant, "principal_id": group_id}
            out.append(grant)
        return out


class Context:
    """What the kinds share on one server: its directory and its version. ``pulling`` is
    set by a pull: a kind reads what only the folder needs (a knowledge base's file bytes)
    then, and not for a plan."""

    def __init__(self, directory: Directory, server_version: str) -> None:
        self.directory = directory
        self.server_version = server_version
        self.pulling = False


class ItemFailed(Exception):
    """Raised by a kind's server step for an item it could not apply (a knowledge base file
    the server could not process, say): the item is reported as failed with this message,
    and the apply goes on with the next one."""


class Kind:
    """One kind of workspace item. Subclasses set :attr:`name` and implement the steps.

    The portable form of an item is a JSON object: the server's record without the fields
    the server sets itself (:data:`VOLATILE`), with ``access`` (grants by email and group
    name) and ``owner`` (an email) for ids. The folder holds it; plans compare it.
    """

    #: The folder and the ``only=`` name: ``"models"``, ``"prompts"``, ...
    name: ClassVar[str] = ""
    #: Apply order: kinds that make principals (groups) go first.
    order: ClassVar[int] = 50
    #: Whether the kind makes groups others' access grants name.
    provides_groups: ClassVar[bool] = False
    #: Top-level fields kept in the folder but never compared (nor applied).
    not_compared: ClassVar[frozenset[str]] = NOT_COMPARED

    def key(self, record: dict[str, Any]) -> str:
        """The item's identity across servers (its id by default)."""
        return str(record["id"])

    def fetch(self, ctx: Context) -> Steps:
        """Every item on the server: yields its reads, returns ``{key: record}``."""
        raise NotImplementedError

    def portable(
        self, record: dict[str, Any], ctx: Context
    ) -> tuple[dict[str, Any], list[tuple[str, ...]]]:
        """The portable form of a server record, and the paths of its secrets (tuples: a
        settings key holds dots itself)."""
        out = {k: v for k, v in record.items() if k not in VOLATILE and not k.startswith("_")}
        if "access_grants" in record:
            out["access"] = ctx.directory.portable_grants(record.get("access_grants"))
        owner = ctx.directory.email_by_id.get(str(record.get("user_id")))
        if owner is not None:
            out["owner"] = owner
        return out, []

    def write(self, key: str, item: dict[str, Any]) -> dict[str, bytes]:
        """The files of one item: ``{path below the folder: bytes}``."""
        return {f"{self.name}/{quote_name(key)}.json": dump_json(item)}

    def owns(self, relative: str) -> bool:
        """Whether a file below the folder is one this kind writes (a re-pull removes those
        of items the server no longer has, and leaves anything else alone)."""
        return relative.startswith(f"{self.name}/") and relative.endswith(".json")

    def read(self, root: Path) -> dict[str, dict[str, Any]]:
        """Every item of the folder, portable form, by key."""
        items: dict[str, dict[str, Any]] = {}
        for path in sorted((root / self.name).glob("*.json")):
            data = read_json(path)
            if not isinstance(data, dict):
                raise WorkspaceFormatError(f"{path}: expected a JSON object")
            items[self._key_of(data, path)] = data
        return items

    def _key_of(self, data: dict[str, Any], path: Path) -> str:
        try:
            key = self.key(data)
        except KeyError as exc:
            raise WorkspaceFormatError(f"{path}: the item has no {exc.args[0]!r}") from None
        if not key or key == "None":
            raise WorkspaceFormatError(f"{path}: the item has an empty key")
        return key

    def wanted(self, item: dict[str, Any], current: dict[str, Any] | None) -> dict[str, Any]:
        """What the server should hold: the folder's item with each secret placeholder
        replaced by the target's own value (``current``, portable form), or left out when the
        target has none: a placeholder is never sent."""
        out: dict[str, Any] = _copy(item)
        for path in placeholder_paths(item):
            value, drop = unmask(get_path(item, path), get_path(current, path))
            if drop:
                drop_path(out, path)
            else:
                set_path(out, path, value)
        return out

    def prepare(self, wanted: dict[str, Any], ctx: Context) -> tuple[dict[str, Any], list[str]]:
        """``wanted`` without what the target cannot take (grants to unknown users or
        groups), and a warning for each of those."""
        if "access" not in wanted:
            return wanted, []
        kept, warnings = ctx.directory.keep_mapped(wanted["access"])
        return {**wanted, "access": kept}, warnings

    def create(self, wanted: dict[str, Any], ctx: Context) -> Steps:
        """Create the item on the server."""
        raise NotImplementedError

    def update(
        self, wanted: dict[str, Any], current: dict[str, Any], changed: set[str], ctx: Context
    ) -> Steps:
        """Update the item; ``changed`` holds the top-level fields that differ."""
        raise NotImplementedError

    def delete(self, key: str, current: dict[str, Any], ctx: Context) -> Steps:
        """Delete the item from the server."""
        raise NotImplementedError

    def grants(self, wanted: dict[str, Any], ctx: Context) -> list[dict[str, Any]]:
        """The item's access grants as the server takes them (ids of the target)."""
        server, _ = ctx.directory.server_grants(wanted.get("access", []))
        return ctx.directory.resolve_planned(server)


def _copy(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy(v) for v in value]
    return value


def body(wanted: dict[str, Any], *drop: str) -> dict[str, Any]:
    """The folder item as a form: without the folder-only fields and ``drop``."""
    return {k: v for k, v in wanted.items() if k not in {"access", "owner", *drop}}


def _listed(answer: Any) -> list[dict[str, Any]]:
    if isinstance(answer, dict):
        for field in ("items", "data", "users"):
            if isinstance(answer.get(field), list):
                answer = answer[field]
                break
    return [item for item in answer if isinstance(item, dict)] if isinstance(answer, list) else []


class ModelsKind(Kind):
    """Workspace models: ``models/<id>.json`` (base model, params, meta, access)."""

    name = "models"
    # 0.12's export inlines a background image as a data URL the model forms do not take:
    # kept in the folder for the record, left out of the comparison.
    not_compared = NOT_COMPARED | {"background_image_data"}

    def fetch(self, ctx: Context) -> Steps:
        # One request for every model with its grants: /models/export (0.11 and 0.12).
        answer = yield call("GET", "/api/v1/models/export")
        return {self.key(r): r for r in _listed(answer)}

    def create(self, wanted: dict[str, Any], ctx: Context) -> Steps:
        form = {**body(wanted, *self.not_compared), "access_grants": self.grants(wanted, ctx)}
        yield call("POST", "/api/v1/models/create", json=form)

    def update(
        self, wanted: dict[str, Any], current: dict[str, Any], changed: set[str], ctx: Context
    ) -> Steps:
        grants = self.grants(wanted, ctx)
        if changed - {"access"}:
            yield call(
                "POST",
                "/api/v1/models/model/update",
                json={**body(wanted, *self.not_compared), "access_grants": grants},
            )
        if "access" in changed:
            yield call(
                "POST",
                "/api/v1/models/model/access/update",
                json={"id": wanted["id"], "name": wanted.get("name"), "access_grants": grants},
            )

    def delete(self, key: str, current: dict[str, Any], ctx: Context) -> Steps:
        yield call("POST", "/api/v1/models/model/delete", json={"id": key})


class PromptsKind(Kind):
    """Prompts: ``prompts/<command>.md``, front matter and the prompt text as the body."""

    name = "prompts"

    def key(self, record: dict[str, Any]) -> str:
        return str(record["command"])

    def fetch(self, ctx: Context) -> Steps:
        answer = yield call("GET", "/api/v1/prompts/")
        return {self.key(r): r for r in _listed(answer)}

    def portable(
        self, record: dict[str, Any], ctx: Context
    ) -> tuple[dict[str, Any], list[tuple[str, ...]]]:
        out, secrets = super().portable(record, ctx)
        out.pop("id", None)  # the server's own id: the command is the identity
        return out, secrets

    def write(self, key: str, item: dict[str, Any]) -> dict[str, bytes]:
        fields = {k: v for k, v in item.items() if k != "content"}
        content = item.get("content")
        return {f"prompts/{quote_name(key)}.md": dump_front_matter(fields, str(content or ""))}

    def owns(self, relative: str) -> bool:
        return relative.startswith("prompts/") and relative.endswith(".md")

    def read(self, root: Path) -> dict[str, dict[str, Any]]:
        items: dict[str, dict[str, Any]] = {}
        for path in sorted((root / "prompts").glob("*.md")):
            fields, content = read_front_matter(path)
            fields.setdefault("command", path.stem)
            fields.setdefault("name", fields["command"])
            items[self._key_of(fields, path)] = {**fields, "content": content}
        return items

    def _form(self, wanted: dict[str, Any], ctx: Context) -> dict[str, Any]:
        return {**body(wanted, "is_active"), "access_grants": self.grants(wanted, ctx)}

    def create(self, wanted: dict[str, Any], ctx: Context) -> Steps:
        made = yield call("POST", "/api/v1/prompts/create", json=self._form(wanted, ctx))
        if wanted.get("is_active") is False and isinstance(made, dict) and made.get("id"):
            yield call("POST", "/api/v1/prompts/id/{prompt_id}/toggle", prompt_id=made["id"])

    def update(
        self, wanted: dict[str, Any], current: dict[str, Any], changed: set[str], ctx: Context
    ) -> Steps:
        prompt_id = str(current.get("id") or current["command"])
        if changed - {"access", "is_active"}:
            yield call(
                "POST",
                "/api/v1/prompts/id/{prompt_id}/update",
                json=self._form(wanted, ctx),
                prompt_id=prompt_id,
            )
        if "access" in changed:
            yield call(
                "POST",
                "/api/v1/prompts/id/{prompt_id}/access/update",
                json={"access_grants": self.grants(wanted, ctx)},
                prompt_id=prompt_id,
            )
        if "is_active" in changed:
            yield call("POST", "/api/v1/prompts/id/{prompt_id}/toggle", prompt_id=prompt_id)

    def delete(self, key: str, current: dict[str, Any], ctx: Context) -> Steps:
        prompt_id = str(current.get("id") or key)
        yield call("DELETE", "/api/v1/prompts/id/{prompt_id}/delete", prompt_id=prompt_id)


def password_valves(spec: Any) -> list[str]:
    """The valves a valves spec (a JSON schema) marks as passwords: ``input.type`` password
    (Open WebUI's own marker) or ``format: password`` (pydantic's ``SecretStr``)."""
    props = spec.get("properties") if isinstance(spec, dict) else None
    found = []
    for name, prop in (props or {}).items():
        if not isinstance(prop, dict):
            continue
        marker = prop.get("input")
        if (isinstance(marker, dict) and marker.get("type") == "password") or (
            prop.get("format") == "password"
        ):
            found.append(str(name))
    return sorted(found)


class _CodeKind(Kind):
    """Tools and functions: ``<kind>/<id>.py`` (the Python) + ``<kind>/<id>.json`` (the rest:
    meta, valves, access)."""

    #: Server fields derived from the Python on each write: not kept.
    derived: ClassVar[frozenset[str]] = frozenset()

    def portable(
        self, record: dict[str, Any], ctx: Context
    ) -> tuple[dict[str, Any], list[tuple[str, ...]]]:
        out, _ = super().portable(record, ctx)
        for name in self.derived:
            out.pop(name, None)
        spec = record.get("_valves_spec")
        valves = out.get("valves")
        secrets: list[tuple[str, ...]] = [
            ("valves", name)
            for name in password_valves(spec)
            if isinstance(valves, dict) and valves.get(name) not in (None, "")
        ]
        return out, secrets

    def write(self, key: str, item: dict[str, Any]) -> dict[str, bytes]:
        stem = f"{self.name}/{quote_name(key)}"
        rest = {k: v for k, v in item.items() if k != "content"}
        return {
            f"{stem}.py": str(item.get("content") or "").encode(),
            f"{stem}.json": dump_json(rest),
        }

    def owns(self, relative: str) -> bool:
        return relative.startswith(f"{self.name}/") and relative.endswith((".json", ".py"))

    def read(self, root: Path) -> dict[str, dict[str, Any]]:
        items: dict[str, dict[str, Any]] = {}
        folder = root / self.name
        for path in sorted(folder.glob("*.json")):
            data = read_json(path)
            if not isinstance(data, dict):
                raise WorkspaceFormatError(f"{path}: expected a JSON object")
            code = path.with_suffix(".py")
            if not code.exists():
                raise WorkspaceFormatError(f"{path}: its Python, {code.name}, is missing")
            data = {**data, "content": read_text(code)}
            items[self._key_of(data, path)] = data
        for code in sorted(folder.glob("*.py")):
            if not code.with_suffix(".json").exists():
                raise WorkspaceFormatError(
                    f"{code}: its record, {code.with_suffix('.json').name}, is missing"
                )
        return items

    def valves_steps(
        self, key: str, wanted: dict[str, Any], current: dict[str, Any] | None
    ) -> Steps:
        valves = wanted.get("valves")
        if isinstance(valves, dict) and (valves or (current or {}).get("valves")):
            yield call("POST", f"/api/v1/{self.name}/id/{{id}}/valves/update", json=valves, id=key)


class ToolsKind(_CodeKind):
    """Tools: ``tools/<id>.py`` + ``tools/<id>.json``."""

    name = "tools"
    derived = frozenset({"specs"})

    def fetch(self, ctx: Context) -> Steps:
        answer = yield call("GET", "/api/v1/tools/export")
        records = {self.key(r): dict(r) for r in _listed(answer)}
        # The export has no valves: two reads a tool (values, and the spec that marks secrets).
        for key, record in records.items():
            record["valves"] = (yield call("GET", "/api/v1/tools/id/{id}/valves", id=key)) or {}
            if record["valves"]:
                record["_valves_spec"] = yield call(
                    "GET", "/api/v1/tools/id/{id}/valves/spec", id=key
                )
        return records

    def _form(self, wanted: dict[str, Any], ctx: Context) -> dict[str, Any]:
        return {**body(wanted, "valves"), "access_grants": self.grants(wanted, ctx)}

    def create(self, wanted: dict[str, Any], ctx: Context) -> Steps:
        yield call("POST", "/api/v1/tools/create", json=self._form(wanted, ctx))
        yield from self.valves_steps(str(wanted["id"]), wanted, None)

    def update(
        self, wanted: dict[str, Any], current: dict[str, Any], changed: set[str], ctx: Context
    ) -> Steps:
        key = str(wanted["id"])
        if changed - {"access", "valves"}:
            yield call("POST", "/api/v1/tools/id/{id}/update", json=self._form(wanted, ctx), id=key)
        if "valves" in changed:
            yield from self.valves_steps(key, wanted, current)
        if "access" in changed:
            yield call(
                "POST",
                "/api/v1/tools/id/{id}/access/update",
                json={"access_grants": self.grants(wanted, ctx)},
                id=key,
            )

    def delete(self, key: str, current: dict[str, Any], ctx: Context) -> Steps:
        yield call("DELETE", "/api/v1/tools/id/{id}/delete", id=key)


class FunctionsKind(_CodeKind):
    """Functions (filters, pipes, actions): ``functions/<id>.py`` + ``functions/<id>.json``."""

    name = "functions"

    def fetch(self, ctx: Context) -> Steps:
        # Valves come with the export; the spec is read only for a function that has some.
        answer = yield call("GET", "/api/v1/functions/export", params={"include_valves": "true"})
        records = {self.key(r): dict(r) for r in _listed(answer)}
        for key, record in records.items():
            if record.get("valves"):
                record["_valves_spec"] = yield call(
                    "GET", "/api/v1/functions/id/{id}/valves/spec", id=key
                )
        return records

    def _form(self, wanted: dict[str, Any]) -> dict[str, Any]:
        return body(wanted, "valves", "is_active", "is_global", "type")

    def create(self, wanted: dict[str, Any], ctx: Context) -> Steps:
        key = str(wanted["id"])
        yield call("POST", "/api/v1/functions/create", json=self._form(wanted))
        yield from self.valves_steps(key, wanted, None)
        if wanted.get("is_active"):
            yield call("POST", "/api/v1/functions/id/{id}/toggle", id=key)
        if wanted.get("is_global"):
            yield call("POST", "/api/v1/functions/id/{id}/toggle/global", id=key)

    def update(
        self, wanted: dict[str, Any], current: dict[str, Any], changed: set[str], ctx: Context
    ) -> Steps:
        key = str(wanted["id"])
        if changed - {"valves", "is_active", "is_global", "access"}:
            yield call("POST", "/api/v1/functions/id/{id}/update", json=self._form(wanted), id=key)
        if "valves" in changed:
            yield from self.valves_steps(key, wanted, current)
        if "is_active" in changed:
            yield call("POST", "/api/v1/functions/id/{id}/toggle", id=key)
        if "is_global" in changed:
            yield call("POST", "/api/v1/functions/id/{id}/toggle/global", id=key)

    def delete(self, key: str, current: dict[str, Any], ctx: Context) -> Steps:
        yield call("DELETE", "/api/v1/functions/id/{id}/delete", id=key)


class SkillsKind(Kind):
    """Skills: ``skills/<id>.md``, front matter ``name`` and ``description`` (then the rest),
    the content as the body: the format owui-client's ``sync-skills`` reads, so a folder of
    its skills applies as it is (the id is the file name)."""

    name = "skills"

    def fetch(self, ctx: Context) -> Steps:
        answer = yield call("GET", "/api/v1/skills/")
        records = {self.key(r): dict(r) for r in _listed(answer)}
        for key, record in records.items():
            if "content" not in record:
                # 0.12 lists skills without their content: one read each for it.
                detail = yield call("GET", "/api/v1/skills/id/{id}", id=key)
                if isinstance(detail, dict):
                    record.update({k: v for k, v in detail.items() if k not in record})
        return records

    def portable(
        self, record: dict[str, Any], ctx: Context
    ) -> tuple[dict[str, Any], list[tuple[str, ...]]]:
        out, secrets = super().portable(record, ctx)
        # 0.12's file list repeats the content (SKILL.md); the body is the one copy kept.
        out.pop("data", None)
        return out, secrets

    def write(self, key: str, item: dict[str, Any]) -> dict[str, bytes]:
        fields = {k: v for k, v in item.items() if k != "content"}
        return {
            f"skills/{quote_name(key)}.md": dump_front_matter(
                fields, str(item.get("content") or "")
            )
        }

    def owns(self, relative: str) -> bool:
        # skills/<id>.md only: a hand-made skills/<id>/SKILL.md is the user's to keep.
        return (
            relative.startswith("skills/") and relative.endswith(".md") and relative.count("/") == 1
        )

    def read(self, root: Path) -> dict[str, dict[str, Any]]:
        items: dict[str, dict[str, Any]] = {}
        folder = root / "skills"
        # skills/<id>.md, or skills/<id>/SKILL.md as Agent Skills folders are laid out.
        paths = [(p, p.stem) for p in folder.glob("*.md")]
        paths += [(p, p.parent.name) for p in folder.glob("*/SKILL.md")]
        for path, stem in sorted(paths):
            fields, content = read_front_matter(path)
            fields.setdefault("id", stem)
            fields.setdefault("name", fields["id"])
            key = self._key_of(fields, path)
            if key in items:
                raise WorkspaceFormatError(f"{path}: a second file for the skill {key!r}")
            items[key] = {**fields, "content": content}
        return items

    def _form(self, wanted: dict[str, Any], ctx: Context) -> dict[str, Any]:
        return {**body(wanted), "access_grants": self.grants(wanted, ctx)}

    def create(self, wanted: dict[str, Any], ctx: Context) -> Steps:
        yield call("POST", "/api/v1/skills/create", json=self._form(wanted, ctx))

    def update(
        self, wanted: dict[str, Any], current: dict[str, Any], changed: set[str], ctx: Context
    ) -> Steps:
        key = str(wanted["id"])
        active = current.get("is_active")
        if changed - {"access", "is_active"}:
            made = yield call(
                "POST", "/api/v1/skills/id/{id}/update", json=self._form(wanted, ctx), id=key
            )
            # 0.12's update sets is_active from the form too: a toggle after it would undo it.
            if isinstance(made, dict) and isinstance(made.get("is_active"), bool):
                active = made["is_active"]
        if "access" in changed:
            yield call(
                "POST",
                "/api/v1/skills/id/{id}/access/update",
                json={"access_grants": self.grants(wanted, ctx)},
                id=key,
            )
        if "is_active" in changed and active != wanted.get("is_active"):
            yield call("POST", "/api/v1/skills/id/{id}/toggle", id=key)

    def delete(self, key: str, current: dict[str, Any], ctx: Context) -> Steps:
        yield call("DELETE", "/api/v1/skills/id/{id}/delete", id=key)


_SECRET_KEY = re.compile(r"(api_?keys?|secret|password|passwd|token|^key)$", re.IGNORECASE)


def config_secrets(value: Any, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """The paths of a settings export that hold secrets: a non-empty string (or list of
    strings) under a key named like one (``api_key``, ``OPENAI_API_KEYS``, ``client_secret``,
    ``password``, ``token``, a connection's ``key``)."""
    found: list[tuple[str, ...]] = []
    if isinstance(value, dict):
        for key, item in value.items():
            path = (*prefix, str(key))
            if _SECRET_KEY.search(str(key)) and (
                (isinstance(item, str) and item)
                or (isinstance(item, list) and any(isinstance(v, str) and v for v in item))
            ):
                found.append(path)
            else:
                found.extend(config_secrets(item, path))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.extend(config_secrets(item, (*prefix, str(index))))
    return found


def merged(base: Any, over: Any) -> Any:
    """``over`` laid on ``base``: objects merged key by key, anything else replaced."""
    if isinstance(base, dict) and isinstance(over, dict):
        out = dict(base)
        for key, value in over.items():
            out[key] = merged(base.get(key), value)
        return out
    return _copy(over)


class ConfigsKind(Kind):
    """The server's settings: ``configs/config.json``, as ``/configs/export`` gives them, and
    applied through ``/configs/import`` (the one route that sets them all)."""

    name = "configs"
    order = 90
    KEY: ClassVar[str] = "config"

    def key(self, record: dict[str, Any]) -> str:
        return self.KEY

    def fetch(self, ctx: Context) -> Steps:
        answer = yield call("GET", "/api/v1/configs/export")
        return {self.KEY: {"config": answer if isinstance(answer, dict) else {}}}

    def portable(
        self, record: dict[str, Any], ctx: Context
    ) -> tuple[dict[str, Any], list[tuple[str, ...]]]:
        config = record.get("config", {})
        return {"config": config}, [("config", *p) for p in config_secrets(config)]

    def write(self, key: str, item: dict[str, Any]) -> dict[str, bytes]:
        return {"configs/config.json": dump_json(item.get("config", {}))}

    def owns(self, relative: str) -> bool:
        return relative == "configs/config.json"

    def read(self, root: Path) -> dict[str, dict[str, Any]]:
        path = root / "configs" / "config.json"
        if not path.exists():
            return {}
        data = read_json(path)
        if not isinstance(data, dict):
            raise WorkspaceFormatError(f"{path}: expected a JSON object")
        return {self.KEY: {"config": data}}

    def wanted(self, item: dict[str, Any], current: dict[str, Any] | None) -> dict[str, Any]:
        # Settings the folder does not name keep the target's values (a newer release has
        # more of them): the folder is laid over the target's settings.
        resolved = super().wanted(item, current)
        return {"config": merged((current or {}).get("config", {}), resolved.get("config", {}))}

    def create(self, wanted: dict[str, Any], ctx: Context) -> Steps:
        yield call("POST", "/api/v1/configs/import", json={"config": wanted.get("config", {})})

    def update(
        self, wanted: dict[str, Any], current: dict[str, Any], changed: set[str], ctx: Context
    ) -> Steps:
        # Only the settings that differ: the server upserts the keys it is sent, and some
        # (the MFA policy) it takes from a signed-in administrator only, never from a key.
        have = current.get("config", {})
        changes = {
            key: value
            for key, value in wanted.get("config", {}).items()
            if not isinstance(have, dict) or have.get(key) != value
        }
        if changes:
            yield call("POST", "/api/v1/configs/import", json={"config": changes})

    def delete(self, key: str, current: dict[str, Any], ctx: Context) -> Steps:
        # A server always has settings: pruning leaves them alone.
        return
        yield  # pragma: no cover - makes this a generator


#: Every kind the SDK knows, by name. F2's groups and knowledge register themselves here.
KINDS: dict[str, Kind] = {
    kind.name: kind
    for kind in (
        ModelsKind(),
        PromptsKind(),
        ToolsKind(),
        FunctionsKind(),
        SkillsKind(),
        ConfigsKind(),
    )
}


def register(kind: Kind) -> None:
    """Add a kind (a subclass of :class:`Kind`) to :data:`KINDS`."""
    KINDS[kind.name] = kind


def directory_steps() -> Steps:
    """Read the users and groups of a server: the :class:`Directory` maps through them."""
    users = yield call("GET", "/api/v1/users/all")
    groups = yield call("GET", "/api/v1/groups/")
    return Directory(_listed(users), _listed(groups))


__all__ = [
    "KINDS",
    "SECRET_PLACEHOLDER",
    "Call",
    "Context",
    "Directory",
    "ItemFailed",
    "Kind",
    "Steps",
    "call",
    "directory_steps",
    "mask",
    "register",
]
