"""``client.workspace`` and ``owui workspace`` against two real Open WebUI servers on loopback.

A is started with the release under test (``make test-compat OPENWEBUI_VERSION=0.11.4`` makes
it 0.11.4), B always with the targeted release: so the compat run is 0.11.4 -> 0.12.4. A
workspace is built on A through the SDK (tests/integration/_workspace_helpers.py: models with
params and grants to a group, prompts, tools and functions with valves, one a password valve,
skills, groups with members, a knowledge base with files, a changed setting), pulled, applied
to an empty B and pulled from B: the two folders are equal once what a server assigns is
normalised (by rule, not by a list of fields). Then: a second apply changes nothing; a prompt
changed on B is the one change a plan shows; ``prune`` deletes exactly what the folder lacks;
an apply killed half-way (SIGKILL) and run again duplicates nothing; a password valve never
reaches a folder pulled without secrets and never overwrites the target's; a member whose
email B lacks and a tool whose Python B refuses are reported while the rest is applied; a
folder of skills in owui-client's ``sync-skills`` format applies as skills.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from owui_sdk import OpenWebUI, __openwebui_version__
from tests.integration._workspace_helpers import (
    BROKEN_TOOL_SOURCE,
    FUNCTION_IDS,
    GROUPS,
    KNOWLEDGE_FILES,
    KNOWLEDGE_NAME,
    MEMBER_EMAILS,
    MODEL_IDS,
    PROMPT_COMMANDS,
    SKILL_IDS,
    TOOL_IDS,
    TOOL_SECRET,
    Built,
    assert_same_workspace,
    build_workspace,
    files_containing,
    make_users,
    workspace_difference,
)
from tests.server import OpenWebUIServer, ServerInfo, owui_python

pytestmark = pytest.mark.integration

COMMAND = [sys.executable, "-m", "owui_sdk._cli"]
#: B runs the release the package targets, whatever release A runs.
TARGET_PYTHON = (
    Path.home() / ".cache" / "owui-sdk" / f"open-webui-{__openwebui_version__}" / "bin" / "python"
)


@pytest.fixture(scope="module")
def server_a() -> Iterator[ServerInfo]:
    """A: its own server (the session's one holds other tests' items), the release under
    test, with the echo upstream for the knowledge base's embeddings."""
    with OpenWebUIServer(owui_python()) as info:
        yield info


@pytest.fixture(scope="module")
def server_b() -> Iterator[ServerInfo]:
    """B: the targeted release, with its own echo upstream."""
    python = Path(os.environ.get("OWUI_TARGET_PYTHON") or TARGET_PYTHON)
    with OpenWebUIServer(python) as info:
        yield info


def client_of(server: ServerInfo) -> OpenWebUI:
    return OpenWebUI(server.base_url, api_key=server.admin_key, timeout=120)


@pytest.fixture(scope="module")
def built(server_a: ServerInfo, tmp_path_factory: pytest.TempPathFactory) -> Built:
    with client_of(server_a) as a:
        return build_workspace(a, tmp_path_factory.mktemp("kb-files"))


@pytest.fixture(scope="module")
def pulled_a(server_a: ServerInfo, built: Built, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A's workspace, pulled with its secrets: the whole of it, as for a move to a new
    server (a folder without them differs where B, never given them, has none)."""
    folder = tmp_path_factory.mktemp("ws") / "a"
    with client_of(server_a) as a:
        a.workspace.pull(folder, include_secrets=True)
    return folder


@pytest.fixture(scope="module")
def public_a(server_a: ServerInfo, built: Built, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A's workspace pulled without secrets (the default): what goes into git."""
    folder = tmp_path_factory.mktemp("ws") / "public"
    with client_of(server_a) as a:
        a.workspace.pull(folder)
    return folder


def copy_of(folder: Path, tmp_path: Path, name: str = "copy") -> Path:
    target = tmp_path / name
    shutil.copytree(folder, target)
    return target


def reset(client: OpenWebUI) -> None:
    """Remove every workspace item the tests make from a server (users stay)."""
    for model in client.request("GET", "/api/v1/models/export").json():
        client.request("POST", "/api/v1/models/model/delete", json={"id": model["id"]})
    for prompt in client.request("GET", "/api/v1/prompts/").json():
        client.request("DELETE", f"/api/v1/prompts/id/{prompt['id']}/delete")
    for kind in ("tools", "functions"):
        for item in client.request("GET", f"/api/v1/{kind}/export").json():
            client.request("DELETE", f"/api/v1/{kind}/id/{item['id']}/delete")
    for skill in _items(client.request("GET", "/api/v1/skills/").json()):
        client.request("DELETE", f"/api/v1/skills/id/{skill['id']}/delete")
    for group in client.request("GET", "/api/v1/groups/").json():
        client.request("DELETE", f"/api/v1/groups/id/{group['id']}/delete")
    for kb in _items(client.request("GET", "/api/v1/knowledge/").json()):
        client.request("DELETE", f"/api/v1/knowledge/{kb['id']}/delete")


def _items(answer: Any) -> list[dict[str, Any]]:
    return list(answer["items"] if isinstance(answer, dict) else answer)


def names(client: OpenWebUI) -> dict[str, list[str]]:
    """What B holds, by identity, with repeats kept (a duplicate shows twice)."""
    return {
        "models": sorted(m["id"] for m in client.request("GET", "/api/v1/models/export").json()),
        "prompts": sorted(p["command"] for p in client.request("GET", "/api/v1/prompts/").json()),
        "tools": sorted(t["id"] for t in client.request("GET", "/api/v1/tools/export").json()),
        "functions": sorted(
            f["id"] for f in client.request("GET", "/api/v1/functions/export").json()
        ),
        "skills": sorted(s["id"] for s in _items(client.request("GET", "/api/v1/skills/").json())),
        "groups": sorted(g["name"] for g in client.request("GET", "/api/v1/groups/").json()),
        "knowledge": sorted(
            k["name"] for k in _items(client.request("GET", "/api/v1/knowledge/").json())
        ),
    }


EXPECTED = {
    "models": sorted(MODEL_IDS),
    "prompts": sorted(PROMPT_COMMANDS),
    "tools": sorted(TOOL_IDS),
    "functions": sorted(FUNCTION_IDS),
    "skills": sorted(SKILL_IDS),
    "groups": sorted(GROUPS),
    "knowledge": [KNOWLEDGE_NAME],
}


def kb_file_count(client: OpenWebUI) -> int:
    (kb,) = [
        k
        for k in _items(client.request("GET", "/api/v1/knowledge/").json())
        if k["name"] == KNOWLEDGE_NAME
    ]
    return sum(1 for _ in client.knowledge.iter_files(kb["id"]))


def not_done(report: Any) -> list[Any]:
    return [item for item in report.items if item.status not in ("done", "unchanged")]


@pytest.fixture(scope="module")
def applied_b(server_b: ServerInfo, pulled_a: Path) -> ServerInfo:
    """B with the same users as A and A's workspace applied once."""
    with client_of(server_b) as b:
        make_users(b, MEMBER_EMAILS)
        report = b.workspace.apply(pulled_a)
    assert not not_done(report), not_done(report)
    return server_b


# -- the round trip ----------------------------------------------------------------------------


def test_pull_a_apply_to_empty_b_pull_b_equal(
    pulled_a: Path, applied_b: ServerInfo, tmp_path: Path
) -> None:
    manifest = json.loads((pulled_a / "owui-workspace.json").read_text())
    assert manifest["counts"]["models"] == len(MODEL_IDS)
    assert (pulled_a / "knowledge" / KNOWLEDGE_NAME / "files" / "rules.txt").read_bytes() == (
        KNOWLEDGE_FILES["rules.txt"]
    )
    with client_of(applied_b) as b:
        assert names(b) == EXPECTED
        assert kb_file_count(b) == len(KNOWLEDGE_FILES)
        b.workspace.pull(tmp_path / "b", include_secrets=True)
    assert_same_workspace(pulled_a, tmp_path / "b")


@pytest.fixture(scope="module")
def server_c() -> Iterator[ServerInfo]:
    """C: an empty server of the release under test, for the way back from B."""
    with OpenWebUIServer(owui_python()) as info:
        yield info


def test_the_folder_pulled_from_b_applies_back_onto_the_release_under_test(
    applied_b: ServerInfo, server_c: ServerInfo, tmp_path: Path
) -> None:
    # In the compat run B is 0.12.4 and C 0.11.4: a newer release's folder onto an older one.
    with client_of(applied_b) as b:
        b.workspace.pull(tmp_path / "b", include_secrets=True)
    with client_of(server_c) as c:
        make_users(c, MEMBER_EMAILS)
        report = c.workspace.apply(tmp_path / "b")
        assert not not_done(report), not_done(report)
        assert names(c) == EXPECTED
        assert kb_file_count(c) == len(KNOWLEDGE_FILES)
        plan = c.workspace.plan(tmp_path / "b")
        assert not plan.has_changes, [(i.kind, i.key, i.changes) for i in plan.changes]


def test_apply_again_changes_nothing(pulled_a: Path, applied_b: ServerInfo) -> None:
    with client_of(applied_b) as b:
        plan = b.workspace.plan(pulled_a)
        assert not plan.has_changes, [(i.kind, i.key, i.changes) for i in plan.changes]
        report = b.workspace.apply(pulled_a)
        assert {item.status for item in report.items} == {"unchanged"}
        assert names(b) == EXPECTED


def test_a_prompt_changed_on_b_is_the_one_change_planned(
    pulled_a: Path, applied_b: ServerInfo
) -> None:
    command = PROMPT_COMMANDS[1]
    with client_of(applied_b) as b:
        (prompt,) = [
            p for p in b.request("GET", "/api/v1/prompts/").json() if p["command"] == command
        ]
        changed = {**prompt, "content": "Changed in the web UI."}
        for field in ("id", "user_id", "created_at", "updated_at", "version_id"):
            changed.pop(field, None)
        b.request("POST", f"/api/v1/prompts/id/{prompt['id']}/update", json=changed)
        try:
            plan = b.workspace.plan(pulled_a)
            changes = plan.changes
            assert [(i.kind, i.key, i.action) for i in changes] == [("prompts", command, "update")]
            assert [c.field for c in changes[0].changes] == ["content"]
            assert changes[0].changes[0].before == "Changed in the web UI."
        finally:
            report = b.workspace.apply(pulled_a)
        assert not not_done(report)
        assert not b.workspace.plan(pulled_a).has_changes


def test_prune_removes_exactly_what_the_folder_lacks(
    pulled_a: Path, applied_b: ServerInfo, tmp_path: Path
) -> None:
    folder = copy_of(pulled_a, tmp_path)
    # The folder loses a prompt and a tool: prune deletes those two, and nothing else.
    (folder / "prompts" / f"{PROMPT_COMMANDS[2]}.md").unlink()
    (folder / "tools" / f"{TOOL_IDS[1]}.py").unlink()
    (folder / "tools" / f"{TOOL_IDS[1]}.json").unlink()
    with client_of(applied_b) as b:
        plan = b.workspace.plan(folder, prune=True)
        assert sorted((i.kind, i.key, i.action) for i in plan.changes) == [
            ("prompts", PROMPT_COMMANDS[2], "delete"),
            ("tools", TOOL_IDS[1], "delete"),
        ]
        assert not b.workspace.plan(folder).has_changes  # without prune: nothing to do
        report = b.workspace.apply(plan)
        assert not not_done(report)
        held = names(b)
        assert held["prompts"] == sorted(set(PROMPT_COMMANDS) - {PROMPT_COMMANDS[2]})
        assert held["tools"] == sorted(set(TOOL_IDS) - {TOOL_IDS[1]})
        assert {k: v for k, v in held.items() if k not in ("prompts", "tools")} == {
            k: v for k, v in EXPECTED.items() if k not in ("prompts", "tools")
        }
        # Back as it was, for the tests after this one.
        assert not not_done(b.workspace.apply(pulled_a))
        assert names(b) == EXPECTED


# -- killed half-way -------------------------------------------------------------------------


def cli_env(server: ServerInfo) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("OPENWEBUI_BASE_URL", "OPENWEBUI_API_KEY", "OWUI_PROFILE", "FORCE_COLOR")
    }
    env.update(OPENWEBUI_BASE_URL=server.base_url, OPENWEBUI_API_KEY=server.admin_key)
    return env


def test_apply_killed_half_way_then_run_again(
    pulled_a: Path, applied_b: ServerInfo, tmp_path: Path
) -> None:
    """`owui workspace apply` is SIGKILLed as soon as B holds a function (groups are applied
    first, then functions, models, prompts, skills, tools, the knowledge base and the
    settings): the second run finishes, and nothing is there twice."""
    env = cli_env(applied_b) | {"XDG_CONFIG_HOME": str(tmp_path / "config")}
    with client_of(applied_b) as b:
        reset(b)
        assert names(b) == {key: [] for key in EXPECTED}
        process = subprocess.Popen(
            [*COMMAND, "workspace", "apply", str(pulled_a), "--yes"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        try:
            deadline = time.monotonic() + 300
            while process.poll() is None and time.monotonic() < deadline:
                if names(b)["functions"]:
                    break
                time.sleep(0.05)
            assert process.poll() is None, "the apply ended before it could be killed"
            process.send_signal(signal.SIGKILL)
        finally:
            process.wait(timeout=60)
        assert process.returncode == -signal.SIGKILL
        half = names(b)
        assert half["groups"] == sorted(GROUPS)
        assert half != EXPECTED or kb_file_count(b) < len(KNOWLEDGE_FILES), "not half-way"
        rerun = subprocess.run(
            [*COMMAND, "workspace", "apply", str(pulled_a), "--yes"],
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        assert rerun.returncode == 0, rerun.stderr
        assert names(b) == EXPECTED
        assert kb_file_count(b) == len(KNOWLEDGE_FILES)
        b.workspace.pull(tmp_path / "b", include_secrets=True)
    assert_same_workspace(pulled_a, tmp_path / "b")


# -- secrets ---------------------------------------------------------------------------------


def test_a_password_valve_never_reaches_the_folder_nor_replaces_the_targets(
    public_a: Path, pulled_a: Path, applied_b: ServerInfo
) -> None:
    assert files_containing(public_a, TOOL_SECRET) == []
    manifest = json.loads((public_a / "owui-workspace.json").read_text())
    assert any(TOOL_IDS[0] in entry and "api_key" in entry for entry in manifest["secrets"])
    valve = f"/api/v1/tools/id/{TOOL_IDS[0]}/valves"
    with client_of(applied_b) as b:
        assert b.request("GET", valve).json()["api_key"] == TOOL_SECRET  # from the full copy
        b.request("POST", f"{valve}/update", json={"api_key": "b-own-secret", "units": "imperial"})
        report = b.workspace.apply(public_a)
        assert not not_done(report)
        assert b.request("GET", valve).json()["api_key"] == "b-own-secret"
        assert not b.workspace.plan(public_a).has_changes
        # Back as it was, for the tests after this one.
        assert not not_done(b.workspace.apply(pulled_a))
        assert b.request("GET", valve).json()["api_key"] == TOOL_SECRET
    # With secrets: the value is in the folder, and every file is the owner's alone.
    assert files_containing(pulled_a, TOOL_SECRET) == [f"tools/{TOOL_IDS[0]}.json"]
    modes = {
        p.relative_to(pulled_a).as_posix(): p.stat().st_mode & 0o777
        for p in pulled_a.rglob("*")
        if p.is_file()
    }
    assert modes and set(modes.values()) == {0o600}, modes


# -- bad input: reported, the rest applied ---------------------------------------------------


def test_a_member_the_target_lacks_and_a_refused_tool_are_reported(
    pulled_a: Path, applied_b: ServerInfo, tmp_path: Path
) -> None:
    folder = copy_of(pulled_a, tmp_path)
    group_file = folder / "groups" / "ws-readers.json"
    group = json.loads(group_file.read_text())
    group["members"] = sorted([*group["members"], "nobody@example.com"])
    group["description"] = "readers, and one member B does not have"
    group_file.write_text(json.dumps(group, indent=2))
    (folder / "tools" / "ws_broken.py").write_text(BROKEN_TOOL_SOURCE)
    (folder / "tools" / "ws_broken.json").write_text(
        json.dumps({"id": "ws_broken", "name": "Broken", "meta": {"description": "x"}})
    )
    (folder / "prompts" / "ws-extra.md").write_text(
        '---\nname: "Extra"\n---\nApplied although a tool next to it is refused.\n'
    )
    with client_of(applied_b) as b:
        report = b.workspace.apply(folder)
        by_key = {(i.kind, i.key): i for i in report.items}
        broken = by_key[("tools", "ws_broken")]
        assert broken.status == "failed" and broken.error
        readers = by_key[("groups", "ws-readers")]
        assert readers.status == "done"
        assert any("nobody@example.com" in w for w in readers.warnings), readers.warnings
        assert by_key[("prompts", "ws-extra")].status == "done"
        assert "ws_broken" not in names(b)["tools"]
        members = b.request(
            "POST",
            f"/api/v1/groups/id/{_group_id(b, 'ws-readers')}/users",
        ).json()
        assert sorted(u["email"] for u in members) == sorted(GROUPS["ws-readers"])
        # The next plan still reports the member, and still wants the broken tool.
        again = b.workspace.plan(folder)
        assert [(i.kind, i.key) for i in again.changes] == [("tools", "ws_broken")]
        # Back as it was.
        assert not not_done(b.workspace.apply(pulled_a))
        b.request("DELETE", f"/api/v1/prompts/id/{_prompt_id(b, 'ws-extra')}/delete")


def _group_id(client: OpenWebUI, name: str) -> str:
    (group,) = [g for g in client.request("GET", "/api/v1/groups/").json() if g["name"] == name]
    return str(group["id"])


def _prompt_id(client: OpenWebUI, command: str) -> str:
    (prompt,) = [
        p for p in client.request("GET", "/api/v1/prompts/").json() if p["command"] == command
    ]
    return str(prompt["id"])


def test_a_folder_that_is_not_json_names_file_and_line(
    pulled_a: Path, applied_b: ServerInfo, tmp_path: Path
) -> None:
    folder = copy_of(pulled_a, tmp_path)
    (folder / "models" / f"{MODEL_IDS[0]}.json").write_text('{\n  "id": "x",\n  oops\n}\n')
    with client_of(applied_b) as b:
        before = names(b)
        with pytest.raises(ValueError, match=rf"{MODEL_IDS[0]}\.json.*line 3"):
            b.workspace.apply(folder)
        assert names(b) == before


# -- owui-client's sync-skills folders -------------------------------------------------------

SYNC_SKILLS = {
    "commit-messages.md": (
        "---\nname: commit-messages\ndescription: Write commit messages the way we do\n---\n\n"
        "# Commit messages\n\nImperative mood, one subject line under 72 characters.\n"
    ),
    "sql-style.md": (
        "---\nname: sql-style\ndescription: 'SQL: our style guide'\n---\n\n"
        "Upper-case keywords; one clause a line.\n"
    ),
}


def test_a_folder_of_markdown_skills_applies_as_skills(
    applied_b: ServerInfo, tmp_path: Path
) -> None:
    folder = tmp_path / "skills-only"
    (folder / "skills").mkdir(parents=True)
    for name, text in SYNC_SKILLS.items():
        (folder / "skills" / name).write_text(text)
    with client_of(applied_b) as b:
        report = b.workspace.apply(folder)
        assert not not_done(report)
        skills = {s["id"] for s in _items(b.request("GET", "/api/v1/skills/").json())}
        assert skills == {*SKILL_IDS, "commit-messages", "sql-style"}
        detail = b.request("GET", "/api/v1/skills/id/sql-style").json()
        assert detail["name"] == "sql-style"
        assert detail["description"] == "SQL: our style guide"
        assert "Upper-case keywords" in detail["content"]
        assert not b.workspace.plan(folder).has_changes
        # Prune touches only the kinds the folder has: B's other skills, not its models.
        pruned = b.workspace.plan(folder, prune=True)
        assert sorted((i.kind, i.key, i.action) for i in pruned.changes) == [
            ("skills", skill_id, "delete") for skill_id in sorted(SKILL_IDS)
        ]
        for name in SYNC_SKILLS:
            b.request("DELETE", f"/api/v1/skills/id/{name.removesuffix('.md')}/delete")


def test_difference_is_shown_when_folders_differ(pulled_a: Path, tmp_path: Path) -> None:
    """The compare helper on two real pulls: a changed valve is a difference, the rest is not."""
    folder = copy_of(pulled_a, tmp_path)
    record_file = folder / "functions" / f"{FUNCTION_IDS[0]}.json"
    record = json.loads(record_file.read_text())
    record["valves"]["prefix"] = "changed"
    record_file.write_text(json.dumps(record))
    difference = workspace_difference(pulled_a, folder)
    assert f"functions/{FUNCTION_IDS[0]}.json" in difference and "changed" in difference
    assert difference.count("+++") == 1
