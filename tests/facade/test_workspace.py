"""client.workspace against an in-memory server (tests/fake_workspace.py): pull, plan, apply,
across two servers whose ids differ."""

from __future__ import annotations

import asyncio
import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from owui_sdk import AsyncOpenWebUI, OpenWebUI
from owui_sdk.models import WorkspacePlan, WorkspaceReport

from ..fake_workspace import REFUSED, FakeWorkspaceServer

BASE = "http://owui.test"
TOOL_PY = '"""A tool."""\n\nclass Tools:\n    pass\n'


class _Blocking:
    """An :class:`AsyncOpenWebUI` driven from these blocking test bodies (each call on a loop
    of its own), so that every test runs the async engine too: the blocking one is its unasync
    twin, and only both runs show that the two agree."""

    def __init__(self, client: AsyncOpenWebUI) -> None:
        self._client = client
        self.workspace = _BlockingMethods(client.workspace)

    def __enter__(self) -> _Blocking:
        return self

    def __exit__(self, *exc: object) -> None:
        asyncio.run(self._client.aclose())

    def request(self, *args: Any, **kwargs: Any) -> Any:
        return asyncio.run(self._client.request(*args, **kwargs))


class _BlockingMethods:
    def __init__(self, target: Any) -> None:
        self._target = target

    def __getattr__(self, name: str) -> Any:
        method = getattr(self._target, name)
        return lambda *args, **kwargs: asyncio.run(method(*args, **kwargs))


_COLOUR = ["sync"]


@pytest.fixture(autouse=True, params=["sync", "async"])
def colour(request: pytest.FixtureRequest) -> Iterator[str]:
    """Every test of this module in both colours: ``client_for`` makes the one asked for."""
    _COLOUR[0] = request.param
    yield request.param
    _COLOUR[0] = "sync"


def client_for(fake: FakeWorkspaceServer) -> Any:
    if _COLOUR[0] == "async":
        return _Blocking(
            AsyncOpenWebUI(
                BASE,
                api_key="sk-test",
                http_client=httpx.AsyncClient(transport=httpx.MockTransport(fake.handle)),
            )
        )
    return OpenWebUI(
        BASE,
        api_key="sk-test",
        http_client=httpx.Client(transport=httpx.MockTransport(fake.handle)),
    )


def built(prefix: str = "a") -> FakeWorkspaceServer:
    """A server with one of each kind, access grants to a group and to a user."""
    fake = FakeWorkspaceServer(prefix)
    alice = fake.add_user("alice@example.com")
    team = fake.add_group("team")
    grants = [
        {"principal_type": "group", "principal_id": team, "permission": "read"},
        {"principal_type": "user", "principal_id": alice, "permission": "write"},
    ]
    with client_for(fake) as client:
        for n in range(3):
            client.request(
                "POST",
                "/api/v1/models/create",
                json={
                    "id": f"model-{n}",
                    "base_model_id": "llama3",
                    "name": f"Model {n}",
                    "params": {"temperature": 0.1 * n},
                    "meta": {"description": "d"},
                    "access_grants": grants,
                },
            )
        client.request(
            "POST",
            "/api/v1/prompts/create",
            json={
                "command": "summary",
                "name": "Summary",
                "content": "Summarise:\n{{text}}\n",
                "access_grants": grants,
            },
        )
        client.request(
            "POST",
            "/api/v1/tools/create",
            json={
                "id": "weather",
                "name": "Weather",
                "content": TOOL_PY,
                "meta": {"description": "w"},
                "access_grants": grants,
            },
        )
        client.request(
            "POST",
            "/api/v1/tools/id/weather/valves/update",
            json={"api_key": "sk-REAL-TOOL-SECRET", "limit": 3},
        )
        client.request(
            "POST",
            "/api/v1/functions/create",
            json={
                "id": "filter1",
                "name": "Filter",
                "content": TOOL_PY,
                "meta": {"description": "f"},
            },
        )
        client.request("POST", "/api/v1/functions/id/filter1/toggle")
        client.request(
            "POST",
            "/api/v1/skills/create",
            json={
                "id": "writing",
                "name": "writing",
                "description": "Write well",
                "content": "# Writing\n\nBe brief.\n",
                "access_grants": grants,
            },
        )
        client.request(
            "POST",
            "/api/v1/configs/import",
            json={
                "config": {
                    "ui.default_locale": "fr",
                    "openai.api_keys": ["sk-REAL-OPENAI"],
                }
            },
        )
    return fake


def empty(prefix: str = "b") -> FakeWorkspaceServer:
    fake = FakeWorkspaceServer(prefix)
    fake.add_group("team")
    fake.add_user("alice@example.com")
    return fake


def read_tree(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): p.read_text()
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.name != "owui-workspace.json"
    }


def test_pull_writes_one_readable_file_per_item(tmp_path: Path) -> None:
    with client_for(built()) as client:
        summary = client.workspace.pull(tmp_path)
    assert summary["counts"] == {
        "models": 3,
        "prompts": 1,
        "tools": 1,
        "functions": 1,
        "skills": 1,
        "configs": 1,
        "groups": 1,
        "knowledge": 0,
    }
    assert summary["format_version"] == 1 and summary["server_version"] == "0.12.4"
    tree = read_tree(tmp_path)
    assert sorted(tree) == [
        "configs/config.json",
        "functions/filter1.json",
        "functions/filter1.py",
        "groups/team.json",
        "models/model-0.json",
        "models/model-1.json",
        "models/model-2.json",
        "prompts/summary.md",
        "skills/writing.md",
        "tools/weather.json",
        "tools/weather.py",
    ]
    model = json.loads(tree["models/model-1.json"])
    assert model["access"] == [
        {"permission": "read", "principal": "team", "principal_type": "group"},
        {"permission": "write", "principal": "alice@example.com", "principal_type": "user"},
    ]
    assert model["owner"] == "admin@example.com"
    assert "user_id" not in model and "updated_at" not in model
    assert tree["tools/weather.py"] == TOOL_PY
    assert tree["prompts/summary.md"].endswith("---\nSummarise:\n{{text}}\n")
    assert tree["skills/writing.md"].startswith('---\nname: "writing"\ndescription: "Write well"\n')


def test_secrets_are_placeholders_unless_included(tmp_path: Path) -> None:
    fake = built()
    with client_for(fake) as client:
        summary = client.workspace.pull(tmp_path / "plain")
        client.workspace.pull(tmp_path / "full", include_secrets=True)
    plain = "".join(read_tree(tmp_path / "plain").values())
    assert "sk-REAL-TOOL-SECRET" not in plain and "sk-REAL-OPENAI" not in plain
    valves = json.loads((tmp_path / "plain/tools/weather.json").read_text())["valves"]
    assert valves == {"api_key": "<owui-workspace: secret not pulled>", "limit": 3}
    assert summary["secrets"] == [
        "configs/config.json: config.openai.api_keys",
        "tools/weather.json: valves.api_key",
    ]
    full = tmp_path / "full"
    assert "sk-REAL-TOOL-SECRET" in (full / "tools/weather.json").read_text()
    modes = {stat.S_IMODE(p.stat().st_mode) for p in full.rglob("*") if p.is_file()}
    assert modes == {0o600}
    assert stat.S_IMODE((tmp_path / "plain/models/model-0.json").stat().st_mode) != 0o600


def test_round_trip_to_an_empty_server_then_idempotent(tmp_path: Path) -> None:
    source, target = built("a"), empty("b")
    with client_for(source) as a, client_for(target) as b:
        a.workspace.pull(tmp_path / "a", include_secrets=True)
        plan = b.workspace.plan(tmp_path / "a")
        assert isinstance(plan, WorkspacePlan)
        assert plan.count("create") == 7 and plan.count("update") == 1  # settings exist
        report = b.workspace.apply(plan)
        assert isinstance(report, WorkspaceReport)
        assert report.ok, report.to_dict()
        b.workspace.pull(tmp_path / "b", include_secrets=True)
        again = b.workspace.plan(tmp_path / "a")
    assert not again.has_changes, again.to_dict()
    assert read_tree(tmp_path / "a") == read_tree(tmp_path / "b")
    # Ids differ between the servers; the grants were mapped by email and group name.
    group_b = next(i for i, n in target.groups.items() if n == "team")
    alice_b = next(i for i, e in target.users.items() if e == "alice@example.com")
    assert {g["principal_id"] for g in target.models["model-0"]["access_grants"]} == {
        group_b,
        alice_b,
    }


def test_plan_shows_exactly_a_drifted_field(tmp_path: Path) -> None:
    source, target = built("a"), empty("b")
    with client_for(source) as a, client_for(target) as b:
        a.workspace.pull(tmp_path)
        b.workspace.apply(tmp_path)
        prompt_id = next(iter(target.prompts))
        b.request(
            "POST",
            f"/api/v1/prompts/id/{prompt_id}/update",
            json={"command": "summary", "name": "Summary", "content": "changed"},
        )
        plan = b.workspace.plan(tmp_path)
        assert [(i.kind, i.key, i.action) for i in plan.changes] == [
            ("prompts", "summary", "update")
        ]
        (change,) = plan.changes[0].changes
        assert (change.field, change.before, change.after) == (
            "content",
            "changed",
            "Summarise:\n{{text}}\n",
        )
        b.workspace.apply(plan)
        assert not b.workspace.plan(tmp_path).has_changes


def test_placeholder_never_replaces_the_targets_secret(tmp_path: Path) -> None:
    source, target = built("a"), empty("b")
    with client_for(source) as a, client_for(target) as b:
        a.workspace.pull(tmp_path)  # no secrets
        report = b.workspace.apply(tmp_path)
        assert report.ok
        # Created without the secret: the placeholder was not sent.
        assert target.tool_valves["weather"] == {"limit": 3}
        assert target.config["openai.api_keys"] == []
        target.tool_valves["weather"]["api_key"] = "sk-TARGETS-OWN"
        target.config["openai.api_keys"] = ["sk-TARGETS-KEY"]
        assert not b.workspace.plan(tmp_path).has_changes
        (tmp_path / "tools/weather.json").write_text(
            (tmp_path / "tools/weather.json").read_text().replace('"limit": 3', '"limit": 4')
        )
        plan = b.workspace.plan(tmp_path)
        assert [c.field for i in plan.changes for c in i.changes] == ["valves.limit"]
        assert b.workspace.apply(plan).ok
    assert target.tool_valves["weather"] == {"api_key": "sk-TARGETS-OWN", "limit": 4}
    assert target.config["openai.api_keys"] == ["sk-TARGETS-KEY"]


def test_prune_deletes_exactly_what_the_folder_lacks(tmp_path: Path) -> None:
    source, target = built("a"), empty("b")
    with client_for(source) as a, client_for(target) as b:
        a.workspace.pull(tmp_path)
        b.workspace.apply(tmp_path)
        b.request(
            "POST",
            "/api/v1/models/create",
            json={"id": "extra", "name": "Extra", "params": {}, "meta": {}},
        )
        assert b.workspace.plan(tmp_path).count("delete") == 0
        plan = b.workspace.plan(tmp_path, prune=True)
        assert [(i.kind, i.key) for i in plan.changes] == [("models", "extra")]
        assert b.workspace.apply(plan).ok
    assert sorted(target.models) == ["model-0", "model-1", "model-2"]


def test_prune_leaves_kinds_the_folder_does_not_have(tmp_path: Path) -> None:
    (tmp_path / "skills").mkdir()
    (tmp_path / "skills/brief.md").write_text(
        "---\nname: brief\ndescription: Be brief\n---\nShort.\n"
    )
    target = built("b")
    with client_for(target) as b:
        report = b.workspace.apply(tmp_path, prune=True)
    assert [(i.kind, i.key, i.action) for i in report.items] == [
        ("skills", "brief", "create"),
        ("skills", "writing", "delete"),
    ]
    assert len(target.models) == 3
    assert target.skills["brief"]["content"] == "Short.\n"
    assert target.skills["brief"]["description"] == "Be brief"


def test_refused_tool_is_reported_and_the_rest_applied(tmp_path: Path) -> None:
    source, target = built("a"), empty("b")
    with client_for(source) as a, client_for(target) as b:
        a.workspace.pull(tmp_path)
        (tmp_path / "tools/weather.py").write_text(f"{REFUSED}\n")
        report = b.workspace.apply(tmp_path)
    failed = [
        (i.kind, i.key, i.status) for i in report.items if i.status not in ("done", "unchanged")
    ]
    assert failed == [("tools", "weather", "failed")]
    assert "SyntaxError" in (
        report.items[[i.key for i in report.items].index("weather")].error or ""
    )
    assert not report.ok
    assert len(target.models) == 3 and "filter1" in target.functions


def test_unmappable_user_is_reported_not_dropped_silently(tmp_path: Path) -> None:
    source = built("a")
    target = FakeWorkspaceServer("b")
    target.add_group("team")  # no alice on the target
    with client_for(source) as a, client_for(target) as b:
        a.workspace.pull(tmp_path, only="models")
        plan = b.workspace.plan(tmp_path)
        assert all(any("alice@example.com" in w for w in item.warnings) for item in plan.items)
        report = b.workspace.apply(plan)
        assert report.ok and all(item.warnings for item in report.items)
        assert not b.workspace.plan(tmp_path).has_changes
    grants = target.models["model-0"]["access_grants"]
    assert [g["principal_type"] for g in grants] == ["group"]


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("models/m.json", '{\n  "id": "m",\n  oops\n}\n', "m.json, line 3"),
        ("owui-workspace.json", '{"format_version": 99}', "newer owui-sdk"),
        ("owui-workspace.json", '{"format_version": "one"}', "not a known version"),
        ("prompts/p.md", "---\nname: p\nthis line is wrong\n---\nbody", "p.md, line 3"),
        ("tools/t.json", '{"id": "t", "name": "T"}', "t.py, is missing"),
        ("tools/t.py", "class Tools: pass\n", "t.json, is missing"),
        ("models/m.json", '["a list"]', "m.json: expected a JSON object"),
        ("functions/f.json", "[]", "f.json: expected a JSON object"),
        ("models/m.json", '{"name": "no id"}', "m.json: the item has no 'id'"),
        ("models/m.json", '{"id": ""}', "m.json: the item has an empty key"),
        ("configs/config.json", "[1, 2]", "config.json: expected a JSON object"),
        ("owui-workspace.json", "[]", "owui-workspace.json: expected a JSON object"),
        ("owui-workspace.json", '{"format_version": 0}', "0 is not a known version"),
        ("owui-workspace.json", '{"format_version": true}', "True is not a known version"),
        ("prompts/p.md", "---\nname: p\ncommand: p\n", "not closed by a '---' line"),
    ],
)
def test_bad_folders_are_refused_with_the_file_and_line(
    tmp_path: Path, name: str, text: str, message: str
) -> None:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    fake = built("a")
    before = json.dumps(fake.models, sort_keys=True)
    with client_for(fake) as client, pytest.raises(ValueError, match=message):
        client.workspace.plan(tmp_path)
    assert json.dumps(fake.models, sort_keys=True) == before


@pytest.mark.parametrize("name", ["models/m.json", "prompts/p.md", "tools/t.py"])
def test_a_file_that_is_not_utf8_is_refused_naming_it(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\xff\xfe caf\xe9")
    if name.endswith(".py"):
        path.with_suffix(".json").write_text('{"id": "t", "name": "T"}')
    with client_for(built()) as client, pytest.raises(ValueError, match="not UTF-8 text"):
        client.workspace.plan(tmp_path)


def test_a_folder_that_is_not_there_is_refused(tmp_path: Path) -> None:
    with client_for(built()) as client, pytest.raises(ValueError, match="not a directory"):
        client.workspace.plan(tmp_path / "missing")


def test_an_id_that_is_no_file_name_is_written_quoted_and_read_back(tmp_path: Path) -> None:
    source, target = built("a"), empty("b")
    with client_for(source) as a:
        a.request(
            "POST",
            "/api/v1/models/create",
            json={"id": "team/ünï:1", "base_model_id": "llama3", "name": "Odd", "meta": {}},
        )
        a.workspace.pull(tmp_path, only="models")
    assert (tmp_path / "models/team%2F%C3%BCn%C3%AF%3A1.json").is_file()
    with client_for(target) as b:
        assert b.workspace.apply(tmp_path).ok
        assert not b.workspace.plan(tmp_path).has_changes
    assert "team/ünï:1" in target.models


def test_two_files_for_one_skill_are_refused(tmp_path: Path) -> None:
    (tmp_path / "skills/writing").mkdir(parents=True)
    (tmp_path / "skills/writing.md").write_text("---\nname: writing\n---\nOne.\n")
    (tmp_path / "skills/writing/SKILL.md").write_text("---\nname: writing\n---\nTwo.\n")
    with client_for(built()) as client, pytest.raises(ValueError, match="a second file"):
        client.workspace.plan(tmp_path)


def _edit_json(path: Path, **changes: Any) -> None:
    path.write_text(json.dumps({**json.loads(path.read_text()), **changes}))


def test_every_kind_applies_the_fields_that_drifted_then_plans_clean(tmp_path: Path) -> None:
    source, target = built("a"), empty("b")
    with client_for(source) as a, client_for(target) as b:
        a.workspace.pull(tmp_path, include_secrets=True)
        assert b.workspace.apply(tmp_path).ok
        _edit_json(tmp_path / "models/model-0.json", name="Renamed", access=[])
        prompt = tmp_path / "prompts/summary.md"
        prompt.write_text(
            prompt.read_text().replace("is_active: true", "is_active: false") + "More.\n"
        )
        _edit_json(tmp_path / "tools/weather.json", valves={"api_key": "sk-NEW", "limit": 4})
        (tmp_path / "tools/weather.py").write_text(TOOL_PY + "# v2\n")
        _edit_json(tmp_path / "functions/filter1.json", is_active=False, is_global=True)
        skill = tmp_path / "skills/writing.md"
        skill.write_text(
            skill.read_text().replace("is_active: true", "is_active: false") + "Then stop.\n"
        )
        _edit_json(tmp_path / "configs/config.json", **{"ui.default_locale": "de"})

        plan = b.workspace.plan(tmp_path)
        changed = {(i.kind, i.key): sorted(c.field for c in i.changes) for i in plan.changes}
        assert changed == {
            ("models", "model-0"): ["access", "name"],
            ("prompts", "summary"): ["content", "is_active"],
            ("tools", "weather"): ["content", "valves.api_key", "valves.limit"],
            ("functions", "filter1"): ["is_active", "is_global"],
            ("skills", "writing"): ["content", "is_active"],
            ("configs", "config"): ["config.ui.default_locale"],
        }
        report = b.workspace.apply(plan)
        assert report.ok and report.count("done") == len(changed)
        assert not b.workspace.plan(tmp_path).has_changes
    (model,) = (m for m in target.models.values() if m["id"] == "model-0")
    assert model["name"] == "Renamed"
    assert target.functions["filter1"]["is_global"] is True


def test_a_groups_description_and_members_drift_is_applied_by_email(tmp_path: Path) -> None:
    source, target = built("a"), empty("b")
    for fake in (source, target):
        for name in ("bob", "carol"):
            fake.add_user(f"{name}@example.com")
    group = tmp_path / "groups/team.json"
    with client_for(source) as a, client_for(target) as b:
        a.workspace.pull(tmp_path, only="groups")
        _edit_json(group, description="Core", members=["alice@example.com", "bob@example.com"])
        assert b.workspace.apply(tmp_path).ok
        assert not b.workspace.plan(tmp_path).has_changes
        _edit_json(group, members=["carol@example.com"])
        plan = b.workspace.plan(tmp_path)
        assert [(i.key, [c.field for c in i.changes]) for i in plan.changes] == [
            ("team", ["members"])
        ]
        assert b.workspace.apply(plan).ok
        assert not b.workspace.plan(tmp_path).has_changes
        _edit_json(group, members="carol@example.com")
        (item,) = b.workspace.plan(tmp_path).items
        assert any("not a list of emails" in w for w in item.warnings)
    (team,) = (i for i, n in target.groups.items() if n == "team")
    assert target.group_info[team]["description"] == "Core"
    emails = {target.users[u] for u in target.members[team]}
    assert emails == {"carol@example.com"}


def test_public_grants_and_off_switches_round_trip(tmp_path: Path) -> None:
    source, target = built("a"), empty("b")
    public = [{"principal_type": "user", "principal_id": "*", "permission": "read"}]
    with client_for(source) as a:
        a.request(
            "POST",
            "/api/v1/models/create",
            json={"id": "open", "base_model_id": "llama3", "name": "Open", "meta": {}},
        )
        a.request(
            "POST",
            "/api/v1/models/model/access/update",
            json={"id": "open", "access_grants": public},
        )
        made = a.request(
            "POST", "/api/v1/prompts/create", json={"command": "off", "name": "Off", "content": "x"}
        ).json()
        a.request("POST", f"/api/v1/prompts/id/{made['id']}/toggle")
        a.request("POST", "/api/v1/functions/id/filter1/toggle/global")
        a.workspace.pull(tmp_path)
    with client_for(target) as b:
        assert b.workspace.apply(tmp_path).ok
        assert not b.workspace.plan(tmp_path).has_changes
    assert target.models["open"]["access_grants"][0]["principal_id"] == "*"
    (off,) = (p for p in target.prompts.values() if p["command"] == "off")
    assert off["is_active"] is False
    assert target.functions["filter1"]["is_global"] is True


def test_a_grant_that_is_not_an_object_is_warned_and_left_out(tmp_path: Path) -> None:
    source, target = built("a"), empty("b")
    with client_for(source) as a, client_for(target) as b:
        a.workspace.pull(tmp_path, only="models")
        _edit_json(tmp_path / "models/model-0.json", access=["team"])
        plan = b.workspace.plan(tmp_path)
        (item,) = (i for i in plan.items if i.key == "model-0")
        assert any("'team' is not an object" in w for w in item.warnings)
        assert b.workspace.apply(plan).ok
    assert target.models["model-0"]["access_grants"] == []


def test_prune_deletes_an_item_of_every_kind_the_folder_lost(tmp_path: Path) -> None:
    source, target = built("a"), empty("b")
    with client_for(source) as a, client_for(target) as b:
        a.workspace.pull(tmp_path, include_secrets=True)
        assert b.workspace.apply(tmp_path).ok
        for name in (
            "prompts/summary.md",
            "tools/weather.py",
            "tools/weather.json",
            "functions/filter1.py",
            "functions/filter1.json",
            "skills/writing.md",
        ):
            (tmp_path / name).unlink()
        plan = b.workspace.plan(tmp_path, prune=True)
        deletes = sorted((i.kind, i.key) for i in plan.changes if i.action == "delete")
        assert deletes == [
            ("functions", "filter1"),
            ("prompts", "summary"),
            ("skills", "writing"),
            ("tools", "weather"),
        ]
        assert b.workspace.apply(plan).ok
        assert not b.workspace.plan(tmp_path, prune=True).has_changes
    assert not target.prompts and not target.tools and not target.functions
    assert not target.skills and len(target.models) == 3


def test_access_taken_away_is_applied_to_prompts_tools_and_skills(tmp_path: Path) -> None:
    source, target = built("a"), empty("b")
    with client_for(source) as a, client_for(target) as b:
        a.workspace.pull(tmp_path, include_secrets=True)
        assert b.workspace.apply(tmp_path).ok
        for name in ("prompts/summary.md", "skills/writing.md"):
            path = tmp_path / name
            lines = path.read_text().splitlines(keepends=True)
            path.write_text(
                "".join("access: []\n" if x.startswith("access:") else x for x in lines)
            )
        _edit_json(tmp_path / "tools/weather.json", access=[])
        plan = b.workspace.plan(tmp_path)
        changed = sorted((i.kind, [c.field for c in i.changes]) for i in plan.changes)
        assert changed == [("prompts", ["access"]), ("skills", ["access"]), ("tools", ["access"])]
        assert b.workspace.apply(plan).ok
        assert not b.workspace.plan(tmp_path).has_changes
    (prompt,) = target.prompts.values()
    assert prompt["access_grants"] == []
    assert target.tools["weather"]["access_grants"] == []
    assert target.skills["writing"]["access_grants"] == []


@pytest.mark.parametrize(("release", "planned"), [("0.11.4", False), ("0.12.4", True)])
def test_a_field_an_older_target_lacks_is_reported_not_planned_forever(
    tmp_path: Path, release: str, planned: bool
) -> None:
    source, target = built("a"), FakeWorkspaceServer("b", version=release)
    target.add_group("team")
    target.add_user("alice@example.com")
    with client_for(source) as a, client_for(target) as b:
        a.workspace.pull(tmp_path, only="models")
        assert b.workspace.apply(tmp_path).ok
        # A field of 0.12's models the target's record does not have at all.
        _edit_json(tmp_path / "models/model-0.json", voice="alloy")
        (item,) = (i for i in b.workspace.plan(tmp_path).items if i.key == "model-0")
    if planned:  # the same release: a field the server has, so a change to apply
        assert [c.field for c in item.changes] == ["voice"] and not item.warnings
    else:
        assert item.action == "unchanged"
        assert item.warnings == [
            "voice: Open WebUI 0.11.4 does not have this field (the folder is from 0.12.4);"
            " left out"
        ]


def test_unknown_kind_is_refused() -> None:
    with client_for(built()) as client, pytest.raises(ValueError, match="unknown workspace kind"):
        client.workspace.plan(".", only="gadgets")


def test_repull_removes_files_of_deleted_items(tmp_path: Path) -> None:
    fake = built()
    (tmp_path / "models").mkdir()
    (tmp_path / "models/README.txt").write_text("mine")
    with client_for(fake) as client:
        client.workspace.pull(tmp_path)
        del fake.models["model-2"]
        client.workspace.pull(tmp_path)
    assert sorted(p.name for p in (tmp_path / "models").iterdir()) == [
        "README.txt",
        "model-0.json",
        "model-1.json",
    ]


def test_repull_rewrites_only_what_changed(tmp_path: Path) -> None:
    fake = built()
    with client_for(fake) as client:
        client.workspace.pull(tmp_path)
        before = {
            p: p.stat().st_mtime_ns
            for p in tmp_path.rglob("*")
            if p.is_file() and p.name != "owui-workspace.json"
        }
        for p in before:  # an older time, so a rewrite shows whatever the clock's resolution
            os.utime(p, ns=(1_000_000_000, 1_000_000_000))
        (prompt,) = (p for p in fake.prompts.values() if p["command"] == "summary")
        prompt["content"] = "Changed:\n{{text}}\n"
        client.workspace.pull(tmp_path)
    touched = sorted(
        p.relative_to(tmp_path).as_posix() for p in before if p.stat().st_mtime_ns != 1_000_000_000
    )
    assert touched == ["prompts/summary.md"]


def test_pull_reads_each_kind_once_no_per_item_rereads(tmp_path: Path) -> None:
    fake = built()
    for n in range(20):
        fake.models[f"bulk-{n}"] = dict(fake.models["model-0"], id=f"bulk-{n}")
    fake.calls.clear()
    with client_for(fake) as client:
        client.workspace.pull(tmp_path)
    assert fake.calls["GET /api/v1/models/export"] == 1
    assert not any("/models/model" in route for route in fake.calls)


def test_async_client_pulls_and_applies(tmp_path: Path) -> None:
    source, target = built("a"), empty("b")

    async def main() -> tuple[dict[str, Any], bool]:
        async with (
            AsyncOpenWebUI(
                BASE,
                api_key="k",
                http_client=httpx.AsyncClient(transport=httpx.MockTransport(source.handle)),
            ) as a,
            AsyncOpenWebUI(
                BASE,
                api_key="k",
                http_client=httpx.AsyncClient(transport=httpx.MockTransport(target.handle)),
            ) as b,
        ):
            summary = await a.workspace.pull(tmp_path)
            report = await b.workspace.apply(tmp_path)
            return summary, report.ok

    summary, ok = asyncio.run(main())
    assert (
        ok and summary["counts"]["models"] == 3 and sorted(target.models) == sorted(source.models)
    )


def test_hand_written_skills_front_matter_is_read(tmp_path: Path) -> None:
    """Skills as owui-client's sync-skills and Agent Skills folders write them: YAML front
    matter with block scalars and continued lines, a file per skill or a SKILL.md per folder."""
    skills = tmp_path / "skills"
    (skills / "review").mkdir(parents=True)
    (skills / "brief.md").write_text(
        "---\nname: brief\ndescription: >\n  Keep answers\n  short.\n# a comment\n---\n# Brief\n"
    )
    (skills / "review" / "SKILL.md").write_text(
        "---\nname: 'code-review'\ndescription: Reviews code\n  line by line.\n---\nReview.\n"
    )
    target = FakeWorkspaceServer("b")
    with client_for(target) as b:
        report = b.workspace.apply(tmp_path)
    assert report.ok
    assert target.skills["brief"]["description"] == "Keep answers short.\n"
    assert target.skills["brief"]["content"] == "# Brief\n"
    assert target.skills["review"]["name"] == "code-review"
    assert target.skills["review"]["description"] == "Reviews code line by line."


def test_an_apply_cut_off_half_way_then_run_again_duplicates_nothing(tmp_path: Path) -> None:
    source, target = built("a"), empty("b")
    with client_for(source) as a:
        a.workspace.pull(tmp_path)
    writes = 0

    def dying(request: httpx.Request) -> httpx.Response:
        nonlocal writes
        if request.method != "GET":
            writes += 1
            if writes > 4:
                raise httpx.ConnectError("the server went away", request=request)
        return target.handle(request)

    broken = OpenWebUI(
        BASE,
        api_key="k",
        max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(dying)),
    )
    with broken, pytest.raises(Exception, match="went away"):
        broken.workspace.apply(tmp_path)
    assert 0 < len(target.models) + len(target.functions) < 6
    with client_for(target) as b:
        report = b.workspace.apply(tmp_path)
        assert report.ok
        assert not b.workspace.plan(tmp_path).has_changes
    assert sorted(target.models) == ["model-0", "model-1", "model-2"]
    assert len(target.prompts) == 1 and len(target.skills) == 1 and len(target.tools) == 1


def test_a_pull_cut_off_half_way_leaves_no_temporary_files_after_the_next(tmp_path: Path) -> None:
    (tmp_path / "models").mkdir()
    (tmp_path / "models" / ".model-0.json.x1.partial").write_text("{")
    with client_for(built()) as client:
        client.workspace.pull(tmp_path)
    assert sorted(p.name for p in (tmp_path / "models").iterdir()) == [
        "model-0.json",
        "model-1.json",
        "model-2.json",
    ]


def test_a_models_inlined_background_image_is_kept_not_compared(tmp_path: Path) -> None:
    source, target = built("a"), empty("b")
    source.models["model-0"]["background_image_data"] = "data:image/png;base64,AAAA"
    with client_for(source) as a, client_for(target) as b:
        a.workspace.pull(tmp_path)
        assert "base64,AAAA" in (tmp_path / "models/model-0.json").read_text()
        assert b.workspace.apply(tmp_path).ok
        assert "background_image_data" not in target.models["model-0"]
        assert not b.workspace.plan(tmp_path).has_changes
