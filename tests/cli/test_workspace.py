"""``owui workspace pull|plan|apply`` against two in-memory servers (tests/fake_workspace.py)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import respx
from click.testing import CliRunner, Result

from owui_sdk._cli._app import cli
from tests.facade.test_workspace import built, empty
from tests.fake_workspace import FakeWorkspaceServer

KEY = "sk-ws-SECRET"


@pytest.fixture(autouse=True)
def _environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("OPENWEBUI_BASE_URL", "OPENWEBUI_API_KEY", "OWUI_PROFILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


@pytest.fixture
def servers() -> Iterator[tuple[FakeWorkspaceServer, FakeWorkspaceServer]]:
    source, target = built("a"), empty("b")
    with respx.mock(assert_all_mocked=True, assert_all_called=False) as mock:
        mock.route(host="a.test").mock(side_effect=source.handle)
        mock.route(host="b.test").mock(side_effect=target.handle)
        yield source, target


def run(host: str, *args: str, stdin: str | None = None) -> Result:
    result = CliRunner().invoke(
        cli,
        list(args),
        env={"OPENWEBUI_BASE_URL": f"http://{host}", "OPENWEBUI_API_KEY": KEY},
        input=stdin,
    )
    assert "SECRET" not in result.output, "a key was printed"
    return result


def test_pull_plan_apply_then_no_changes(servers: Any, tmp_path: Path) -> None:
    _source, target = servers
    folder = str(tmp_path / "ws")
    pulled = run("a.test", "workspace", "pull", folder)
    assert pulled.exit_code == 0, pulled.output
    assert (
        "pulled 1 groups, 1 functions, 3 models, 1 prompts, 1 skills, 1 tools, 0 knowledge,"
        " 1 configs" in pulled.stdout
    )

    planned = run("b.test", "workspace", "plan", folder, "--detailed-exitcode")
    assert planned.exit_code == 8, planned.output
    assert "+ models/model-0 (create)" in planned.stdout
    assert '    config.ui.default_locale: "en" -> "fr"' in planned.stdout
    assert "auth.mfa" not in planned.stdout  # unchanged settings are not sent

    refused = run("b.test", "workspace", "apply", folder, "--json")
    assert refused.exit_code == 2 and "--yes" in refused.output
    assert target.models == {}

    applied = run("b.test", "workspace", "apply", folder, "--yes", "--json")
    assert applied.exit_code == 0, applied.output
    report = json.loads(applied.stdout)
    assert report["ok"] and report["counts"]["done"] == 8

    again = run("b.test", "workspace", "plan", folder, "--detailed-exitcode", "--json")
    assert again.exit_code == 0, again.output
    assert json.loads(again.stdout)["counts"]["unchanged"] == 9  # 8 + the group


def test_bad_json_exits_with_the_input_code(servers: Any, tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    (folder / "models").mkdir(parents=True)
    (folder / "models" / "m.json").write_text('{"id": "m",\n broken')
    result = run("b.test", "workspace", "plan", str(folder))
    assert result.exit_code == 7
    assert "m.json, line 2" in result.output


def test_failed_item_exits_1_and_names_it(servers: Any, tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    assert run("a.test", "workspace", "pull", str(folder), "--only", "tools").exit_code == 0
    (folder / "tools" / "weather.py").write_text("raise SyntaxError\n")
    result = run("b.test", "workspace", "apply", str(folder), "--yes")
    assert result.exit_code == 1
    assert "failed      tools/weather (create)" in result.output


def test_unknown_kind_is_a_usage_error(servers: Any, tmp_path: Path) -> None:
    result = run("a.test", "workspace", "pull", str(tmp_path), "--only", "models,gadgets")
    assert result.exit_code == 2 and "unknown kind gadgets" in result.output


def test_apply_with_nothing_to_change_asks_nothing_and_changes_nothing(
    servers: Any, tmp_path: Path
) -> None:
    _source, target = servers
    folder = str(tmp_path / "ws")
    assert run("a.test", "workspace", "pull", folder, "--only", "prompts").exit_code == 0
    assert run("b.test", "workspace", "apply", folder, "--yes").exit_code == 0
    prompts = json.dumps(target.prompts, sort_keys=True)
    again = run("b.test", "workspace", "apply", folder, "--json")  # no --yes: nothing to ask
    assert again.exit_code == 0, again.output
    assert json.loads(again.stdout)["applied"] is False
    assert json.dumps(target.prompts, sort_keys=True) == prompts
