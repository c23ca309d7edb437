"""client.workspace's groups and knowledge kinds against the in-memory server
(tests/fake_workspace.py): groups by name with members by email (one the target lacks
reported), knowledge bases as knowledge.json + the files' bytes, compared by SHA-256."""

from __future__ import annotations

import json
from pathlib import Path

import httpx

from owui_sdk import OpenWebUI

from ..fake_workspace import FakeWorkspaceServer

BASE = "http://owui.test"


def client_for(fake: FakeWorkspaceServer) -> OpenWebUI:
    return OpenWebUI(
        BASE,
        api_key="sk-test",
        http_client=httpx.Client(transport=httpx.MockTransport(fake.handle)),
    )


def with_groups(prefix: str, emails: tuple[str, ...]) -> FakeWorkspaceServer:
    fake = FakeWorkspaceServer(prefix)
    users = {email: fake.add_user(email) for email in emails}
    editors = fake.add_group("editors", tuple(users[e] for e in emails[:2]))
    fake.group_info[editors] = {
        "description": "They edit",
        "permissions": {"workspace": {"models": True}},
        "data": None,
    }
    with client_for(fake) as client:
        client.request(
            "POST",
            "/api/v1/models/create",
            json={
                "id": "m1",
                "name": "M1",
                "base_model_id": "llama3",
                "meta": {},
                "params": {},
                "access_grants": [
                    {"principal_type": "group", "principal_id": editors, "permission": "read"}
                ],
            },
        )
    return fake


def group_members(fake: FakeWorkspaceServer, name: str) -> list[str]:
    (group_id,) = [i for i, n in fake.groups.items() if n == name]
    return sorted(fake.users[u] for u in fake.members[group_id])


def test_a_group_is_a_file_by_name_with_members_by_email(tmp_path: Path) -> None:
    source = with_groups("a", ("zoe@example.com", "ada@example.com", "bob@example.com"))
    with client_for(source) as client:
        client.workspace.pull(tmp_path, only="groups")
    record = json.loads((tmp_path / "groups" / "editors.json").read_text())
    assert record == {
        "name": "editors",
        "description": "They edit",
        "permissions": {"workspace": {"models": True}},
        "data": None,
        "members": ["ada@example.com", "zoe@example.com"],
    }


def test_groups_apply_by_email_before_the_grants_that_name_them(tmp_path: Path) -> None:
    source = with_groups("a", ("ada@example.com", "bob@example.com"))
    target = FakeWorkspaceServer("b")
    target.add_user("ada@example.com")  # bob is not on the target
    with client_for(source) as a, client_for(target) as b:
        a.workspace.pull(tmp_path, only=["groups", "models"])
        report = b.workspace.apply(tmp_path)
        by_key = {(i.kind, i.key): i for i in report.items}
        group = by_key[("groups", "editors")]
        assert group.status == "done"
        assert group.warnings == [
            "member bob@example.com of group 'editors': the target has no user with this"
            " email; left out"
        ]
        assert by_key[("models", "m1")].status == "done"
        assert group_members(target, "editors") == ["ada@example.com"]
        (new_id,) = [i for i, n in target.groups.items() if n == "editors"]
        assert new_id.startswith("b")
        assert [g["principal_id"] for g in target.models["m1"]["access_grants"]] == [new_id]
        # The member the target lacks stays reported; nothing else is to do.
        again = b.workspace.plan(tmp_path)
        assert not again.has_changes
        assert [w for i in again.items for w in i.warnings] == group.warnings


def test_a_member_removed_on_the_target_is_the_drift_and_apply_restores_it(
    tmp_path: Path,
) -> None:
    emails = ("ada@example.com", "bob@example.com", "cy@example.com")
    source = with_groups("a", emails)
    target = FakeWorkspaceServer("b")
    for email in emails:
        target.add_user(email)
    with client_for(source) as a, client_for(target) as b:
        a.workspace.pull(tmp_path, only="groups")
        b.workspace.apply(tmp_path)
        (group_id,) = target.groups
        target.members[group_id] = {
            u for u in target.members[group_id] if target.users[u] != "bob@example.com"
        }
        target.members[group_id].add(
            next(u for u, e in target.users.items() if e == "cy@example.com")
        )
        plan = b.workspace.plan(tmp_path)
        (change,) = plan.changes
        assert (change.kind, change.key, [c.field for c in change.changes]) == (
            "groups",
            "editors",
            ["members"],
        )
        b.workspace.apply(plan)
        assert group_members(target, "editors") == ["ada@example.com", "bob@example.com"]
        assert not b.workspace.plan(tmp_path).has_changes
        # Prune: a group the folder lacks is deleted, by name.
        target.add_group("strangers")
        pruned = b.workspace.plan(tmp_path, prune=True)
        assert [(i.key, i.action) for i in pruned.changes] == [("strangers", "delete")]
        b.workspace.apply(pruned)
        assert sorted(target.groups.values()) == ["editors"]


def with_knowledge() -> FakeWorkspaceServer:
    fake = FakeWorkspaceServer("a")
    fake.knowledge["kb-1"] = {
        "name": "Handbook",
        "description": "The handbook",
        "files": {
            "f1": ("intro.md", b"# Intro\n"),
            "f2": ("guides/setup.md", b"Set it up.\n"),
            "f3": ("../escape.txt", b"never written outside the folder"),
        },
    }
    return fake


def test_a_knowledge_base_is_its_record_and_its_files_bytes(tmp_path: Path) -> None:
    fake = with_knowledge()
    with client_for(fake) as client:
        summary = client.workspace.pull(tmp_path, only="knowledge")
        assert summary["counts"] == {"knowledge": 1}
        folder = tmp_path / "knowledge" / "Handbook"
        assert json.loads((folder / "knowledge.json").read_text()) == {
            "access": [],
            "description": "The handbook",
            "name": "Handbook",
        }
        assert (folder / "files" / "intro.md").read_bytes() == b"# Intro\n"
        assert (folder / "files" / "guides" / "setup.md").read_bytes() == b"Set it up.\n"
        assert not (tmp_path / "knowledge" / "escape.txt").exists()
        assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == [
            "intro.md",
            "knowledge.json",
            "owui-workspace.json",
            "setup.md",
        ]
        # Compared by hash: the plan reads no file's bytes, and sees the one file missing
        # from the folder (the name that could not be a path) as the one difference.
        fake.calls.clear()
        plan = client.workspace.plan(tmp_path)
        assert not any("/content" in route for route in fake.calls)
        (change,) = plan.changes
        assert [c.field for c in change.changes] == ["files"]
        # A file edited in the folder is a change of "files" too.
        del fake.knowledge["kb-1"]["files"]["f3"]
        assert not client.workspace.plan(tmp_path).has_changes
        (folder / "files" / "intro.md").write_bytes(b"# Intro, edited\n")
        (edited,) = client.workspace.plan(tmp_path).changes
        assert (edited.kind, edited.key, edited.action) == ("knowledge", "Handbook", "update")


def test_settings_with_dotted_keys_apply_only_what_differs(tmp_path: Path) -> None:
    """The settings export is flat, with dots in its keys ("auth.mfa.enable"); an import
    that names an MFA setting is refused to an API key (0.12.4): only what differs is sent,
    and a dotted key compares as one key."""
    source, target = FakeWorkspaceServer("a"), FakeWorkspaceServer("b")
    source.config = {"auth.mfa.enable": False, "ui.default_locale": "fr", "ui.banners": []}
    target.config = {"auth.mfa.enable": False, "ui.default_locale": "en", "ui.banners": []}
    with client_for(source) as a, client_for(target) as b:
        a.workspace.pull(tmp_path, only="configs")
        plan = b.workspace.plan(tmp_path)
        (change,) = plan.changes
        assert [(c.field, c.before, c.after) for c in change.changes] == [
            ("config.ui.default_locale", "en", "fr")
        ]
        report = b.workspace.apply(plan)
        assert [i.status for i in report.items] == ["done"], report.items
        assert target.config["ui.default_locale"] == "fr"
        assert not b.workspace.plan(tmp_path).has_changes
