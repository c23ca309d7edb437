"""The ``groups`` kind of workspace item: ``groups/<name>.json`` (description, permissions,
data, parent group by name, members by email).

A group is known across servers by its name; its members by their email, since user ids differ
from server to server. A member whose email the target has no user for is reported and left
out, never dropped silently; the rest of the group is applied.
"""

from __future__ import annotations

from typing import Any, ClassVar

from ._kinds import Context, ItemFailed, Kind, Steps, _listed, call, register

#: What a group form takes (0.11 and 0.12), besides the name: kept in the folder and compared.
_FORM_FIELDS = ("description", "permissions", "data")


class GroupsKind(Kind):
    """User groups: ``groups/<name>.json``. Applied first: other items' access grants name
    groups, so a group made by an apply is there before the models and tools that name it."""

    name = "groups"
    order = 10
    provides_groups = True
    #: The folder's field for members (emails, sorted).
    MEMBERS: ClassVar[str] = "members"

    def key(self, record: dict[str, Any]) -> str:
        return str(record["name"])

    def fetch(self, ctx: Context) -> Steps:
        answer = yield call("GET", "/api/v1/groups/")
        records: dict[str, dict[str, Any]] = {}
        for group in _listed(answer):
            record = dict(group)
            # The group list has counts, not members: one read a group (no route lists the
            # members of every group at once in 0.11 or 0.12; groups are few).
            members = yield call("POST", "/api/v1/groups/id/{id}/users", id=str(group["id"]))
            record["_members"] = [
                str(user["email"])
                for user in _listed(members)
                if isinstance(user.get("email"), str)
            ]
            records[self.key(record)] = record
        return records

    def portable(
        self, record: dict[str, Any], ctx: Context
    ) -> tuple[dict[str, Any], list[tuple[str, ...]]]:
        out: dict[str, Any] = {"name": record["name"]}
        for field in _FORM_FIELDS:
            if field in record:
                out[field] = record[field]
        parent = record.get("parent_group_id")
        if parent:
            # 0.12's nested groups: the parent by name, as everything else here.
            out["parent"] = ctx.directory.name_by_group_id.get(str(parent), str(parent))
        members = record.get("_members") or []
        out[self.MEMBERS] = sorted(set(members), key=str.casefold)
        return out, []

    def prepare(self, wanted: dict[str, Any], ctx: Context) -> tuple[dict[str, Any], list[str]]:
        members = wanted.get(self.MEMBERS) or []
        if not isinstance(members, list):
            return {**wanted, self.MEMBERS: []}, [
                f"members of group {wanted.get('name')!r} are not a list of emails: left out"
            ]
        kept: list[str] = []
        warnings: list[str] = []
        for email in members:
            if isinstance(email, str) and ctx.directory.user_id(email) is not None:
                kept.append(email)
            else:
                warnings.append(
                    f"member {email} of group {wanted.get('name')!r}: the target has no user"
                    " with this email; left out"
                )
        return {**wanted, self.MEMBERS: kept}, warnings

    def _form(self, wanted: dict[str, Any], ctx: Context) -> dict[str, Any]:
        form: dict[str, Any] = {
            "name": wanted["name"],
            "description": wanted.get("description") or "",
        }
        for field in ("permissions", "data"):
            if wanted.get(field) is not None:
                form[field] = wanted[field]
        parent = wanted.get("parent")
        if parent:
            form["parent_group_id"] = ctx.directory.group_id_by_name.get(str(parent))
        return form

    def _user_ids(self, emails: Any, ctx: Context) -> list[str]:
        found = (ctx.directory.user_id(e) for e in emails or [] if isinstance(e, str))
        return sorted({user_id for user_id in found if user_id is not None})

    def create(self, wanted: dict[str, Any], ctx: Context) -> Steps:
        made = yield call("POST", "/api/v1/groups/create", json=self._form(wanted, ctx))
        if not isinstance(made, dict) or not isinstance(made.get("id"), str):
            raise ItemFailed(f"the server made no group {wanted['name']!r}")
        group_id = made["id"]
        # Items applied after this one name the group in their grants.
        ctx.directory.group_id_by_name[str(wanted["name"])] = group_id
        ctx.directory.name_by_group_id[group_id] = str(wanted["name"])
        user_ids = self._user_ids(wanted.get(self.MEMBERS), ctx)
        if user_ids:
            yield call(
                "POST", "/api/v1/groups/id/{id}/users/add", json={"user_ids": user_ids}, id=group_id
            )

    def update(
        self, wanted: dict[str, Any], current: dict[str, Any], changed: set[str], ctx: Context
    ) -> Steps:
        group_id = ctx.directory.group_id_by_name.get(str(wanted["name"]))
        if group_id is None:
            raise ItemFailed(f"the target has no group {wanted['name']!r} any more")
        if changed - {self.MEMBERS}:
            yield call(
                "POST", "/api/v1/groups/id/{id}/update", json=self._form(wanted, ctx), id=group_id
            )
        if self.MEMBERS in changed:
            want = set(self._user_ids(wanted.get(self.MEMBERS), ctx))
            # ``current`` is the server's record: its members as fetched.
            have = set(self._user_ids(current.get("_members", current.get(self.MEMBERS)), ctx))
            if want - have:
                yield call(
                    "POST",
                    "/api/v1/groups/id/{id}/users/add",
                    json={"user_ids": sorted(want - have)},
                    id=group_id,
                )
            if have - want:
                yield call(
                    "POST",
                    "/api/v1/groups/id/{id}/users/remove",
                    json={"user_ids": sorted(have - want)},
                    id=group_id,
                )

    def delete(self, key: str, current: dict[str, Any], ctx: Context) -> Steps:
        group_id = ctx.directory.group_id_by_name.get(key)
        if group_id is None:
            return
        yield call("DELETE", "/api/v1/groups/id/{id}/delete", id=group_id)
        ctx.directory.group_id_by_name.pop(key, None)
        ctx.directory.name_by_group_id.pop(group_id, None)


register(GroupsKind())
