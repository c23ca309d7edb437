"""The ``owui`` command, run in-process by click's CliRunner against the in-memory servers of
tests/fake_owui.py (respx answers every request: nothing leaves the process)."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx
from click.testing import CliRunner, Result

from owui_sdk._cli import main
from owui_sdk._cli._app import cli
from tests.fake_owui import FakeOpenWebUI, chat_record

NOW = int(datetime.now(UTC).timestamp())
DAY = 86400
A = "http://a.test"
B = "http://b.test"


@pytest.fixture(autouse=True)
def _environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No connection settings from the machine; the config in a temp folder; run in one."""
    for name in (
        "OPENWEBUI_BASE_URL",
        "OPENWEBUI_API_KEY",
        "OWUI_PROFILE",
        "OWUI_TO_API_KEY",
        "FORCE_COLOR",
        "TTY_COMPATIBLE",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.chdir(tmp_path)


@pytest.fixture
def source() -> FakeOpenWebUI:
    fake = FakeOpenWebUI("sk-source-SECRET")
    work = fake.add_folder("Work")
    fake.add(
        chat_record("Trip to Lisbon", pinned=True, meta={"tags": ["travel"]}, updated_at=NOW - 200)
    )
    fake.add(chat_record("Old archived", archived=True, updated_at=NOW - 100 * DAY))
    fake.add(chat_record("In a folder", folder_id=work, updated_at=NOW - 10))
    return fake


@pytest.fixture
def target() -> FakeOpenWebUI:
    return FakeOpenWebUI("sk-target-SECRET")


@pytest.fixture
def servers(source: FakeOpenWebUI, target: FakeOpenWebUI) -> Iterator[respx.MockRouter]:
    with respx.mock(assert_all_mocked=True, assert_all_called=False) as mock:
        mock.route(host="a.test").mock(side_effect=source.handle)
        mock.route(host="b.test").mock(side_effect=target.handle)
        yield mock


def run(*args: str, key: str | None = "sk-source-SECRET", url: str | None = A, **kw: Any) -> Result:
    env = dict(kw.pop("env", {}))
    if url is not None:
        env["OPENWEBUI_BASE_URL"] = url
    if key is not None:
        env["OPENWEBUI_API_KEY"] = key
    result = CliRunner().invoke(cli, list(args), env=env, **kw)
    assert "SECRET" not in result.output, "a key was printed"
    return result


# --- the command itself -------------------------------------------------------------------------


def test_help_reads_well() -> None:
    top = run("--help")
    assert top.exit_code == 0
    for text in (
        "chats",
        "knowledge",
        "api",
        "status",
        "profile",
        "OPENWEBUI_API_KEY",
        "Exit codes",
    ):
        assert text in top.stdout
    chats = run("chats", "--help")
    for text in ("export", "import", "migrate", "prune"):
        assert text in chats.stdout
    assert run("chats", "export", "-h").exit_code == 0


def test_without_the_extra_one_line_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "rich", None)
    with pytest.raises(SystemExit) as exit_info:
        main(["status"])
    assert exit_info.value.code == 1
    err = capsys.readouterr().err
    assert "pip install 'owui-sdk[cli]'" in err and len(err.strip().splitlines()) == 1


def test_main_runs_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert "owui" in capsys.readouterr().out


def test_the_sdk_needs_no_cli_library() -> None:
    """The SDK imports and works with click and rich absent, and never loads the CLI. (httpx
    itself imports them when they are installed, for its own command: not checked here.)"""
    code = (
        "import sys\n"
        "sys.modules['click'] = sys.modules['rich'] = None\n"
        "import owui_sdk, owui_sdk.models, owui_sdk.chats\n"
        "owui_sdk.OpenWebUI('http://x', api_key='k').chats\n"
        "print(sorted(m for m in sys.modules if m.startswith('owui_sdk._cli')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_module_runs_as_the_command() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "owui_sdk._cli", "--help"], capture_output=True, text=True
    )
    assert out.returncode == 0 and "Usage: owui" in out.stdout


# --- errors and exit codes ------------------------------------------------------------------------


def test_a_wrong_key_exits_3(servers: respx.MockRouter) -> None:
    result = run("chats", "export", key="sk-wrong-SECRET")
    assert result.exit_code == 3
    assert result.stderr.startswith(
        "owui: error: http://a.test refused the API key (401): check --api-key, "
        "OPENWEBUI_API_KEY or the profile"
    )
    assert "Traceback" not in result.stderr


def test_an_unreachable_server_exits_6() -> None:
    with respx.mock(assert_all_mocked=True) as mock:
        mock.route(host="a.test").mock(side_effect=httpx.ConnectError("refused"))
        result = run("status")
    assert result.exit_code == 6
    assert "is the server running" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_server_error_exits_5_and_debug_shows_the_traceback() -> None:
    with respx.mock(assert_all_mocked=True) as mock:
        mock.route(host="a.test").mock(return_value=httpx.Response(500, json={"detail": "boom"}))
        result = run("api", "GET", "/api/v1/users/")
        debug = run("--debug", "api", "GET", "/api/v1/users/")
    assert result.exit_code == 5 and "answered 500: boom" in result.stderr
    assert "Traceback" not in result.stderr
    assert debug.exit_code == 5 and "Traceback" in debug.stderr


def test_not_found_exits_4(servers: respx.MockRouter) -> None:
    result = run("api", "GET", "/api/v1/nothing")
    assert result.exit_code == 4 and "answered 404" in result.stderr


def test_no_server_at_all_is_a_usage_error() -> None:
    result = run("status", url=None, key=None)
    assert result.exit_code == 2 and "OPENWEBUI_BASE_URL" in result.stderr


def test_a_url_that_is_not_one_is_a_usage_error() -> None:
    result = run("status", url="notaurl")
    assert result.exit_code == 2 and "notaurl" in result.stderr
    assert "Invalid value for OPENWEBUI_BASE_URL" in result.stderr  # where it came from
    flag = run("--url", "notaurl", "--api-key", "sk-x", "status")
    assert flag.exit_code == 2 and "Invalid value for --url" in flag.stderr
    target = run("chats", "migrate", "--to", "ftp://elsewhere", "--to-api-key", "sk-t")
    assert target.exit_code == 2 and "--to" in target.stderr


def test_an_unexpected_error_is_one_line_exit_1(
    servers: respx.MockRouter, source: FakeOpenWebUI
) -> None:
    source.break_export_with = RuntimeError("disk on fire")
    result = run("chats", "export", "--out", "x.jsonl")
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines()[-1] == "owui: error: RuntimeError: disk on fire"


# --- status, api ----------------------------------------------------------------------------------


def test_status_with_an_api_key(servers: respx.MockRouter, source: FakeOpenWebUI) -> None:
    result = run("status")
    assert result.exit_code == 0
    assert "version: 0.12.4" in result.stdout and "role:    admin" in result.stdout
    source.role = "user"
    data = json.loads(run("status", "--json").stdout)
    assert data == {"url": A, "version": "0.12.4", "user": None, "role": "user"}
    source.human_session = True  # /auths/ answers (a JWT, or an older server)
    assert "Ada <ada@x>" in run("status").stdout
    source.human_session, source.status_enabled = False, True
    assert json.loads(run("status", "--json").stdout)["user"] == {
        "id": "u1",
        "name": "Ada",
        "email": "ada@x",
    }


def test_api_prints_json_and_sends_a_body(
    servers: respx.MockRouter, source: FakeOpenWebUI, tmp_path: Path
) -> None:
    listed = run("api", "GET", "api/v1/folders/")
    assert listed.exit_code == 0 and json.loads(listed.stdout)[0]["name"] == "Work"
    made = run("api", "post", "/api/v1/folders/", "-d", '{"name": "Projects"}')
    assert made.exit_code == 0 and json.loads(made.stdout)["name"] == "Projects"
    (tmp_path / "body.json").write_text('{"name": "From a file"}')
    assert run("api", "POST", "/api/v1/folders/", "-d", "@body.json").exit_code == 0
    piped = run("api", "POST", "/api/v1/folders/", "-d", "@-", input='{"name": "Piped"}')
    assert piped.exit_code == 0
    names = sorted(f["name"] for f in source.folders.values())
    assert names == ["From a file", "Piped", "Projects", "Work"]
    assert run("-q", "api", "GET", "/api/v1/folders/").stdout == ""
    bad = run("api", "POST", "/api/v1/folders/", "-d", "{nope")
    assert bad.exit_code == 7 and "--data is not JSON" in bad.stderr


def test_api_prints_a_text_answer_as_text() -> None:
    with respx.mock(assert_all_mocked=True) as mock:
        mock.route(host="a.test").mock(return_value=httpx.Response(200, text="plain words"))
        result = run("api", "GET", "/health")
    assert result.exit_code == 0 and result.stdout == "plain words\n"


# --- chats export ---------------------------------------------------------------------------------


def test_export_jsonl_to_a_file(servers: respx.MockRouter, tmp_path: Path) -> None:
    result = run("chats", "export", "--out", "chats.jsonl")
    assert result.exit_code == 0, result.stderr
    lines = (tmp_path / "chats.jsonl").read_text().splitlines()
    records = [json.loads(line) for line in lines]
    assert [r["title"] for r in records] == ["Trip to Lisbon", "Old archived", "In a folder"]
    assert records[2]["folder_path"] == ["Work"]
    assert "exported 3 chats to chats.jsonl" in result.stdout
    # plain lines, not a terminal: the first at once, then at most one a second, and the end
    lines = result.stderr.splitlines()
    assert (lines[0], lines[-1]) == ("exporting chats: 1/3", "exporting chats: 3/3 done")
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []


def test_export_json_to_stdout_and_filters(servers: respx.MockRouter) -> None:
    result = run("chats", "export", "--format", "json", "--json")
    assert result.exit_code == 0
    assert [r["title"] for r in json.loads(result.stdout)] == [
        "Trip to Lisbon",
        "Old archived",
        "In a folder",
    ]
    assert json.loads(result.stderr)["exported"] == 3  # the summary stays off the data
    archived = run("chats", "export", "--format", "json", "--archived", "-q")
    assert [r["title"] for r in json.loads(archived.stdout)] == ["Old archived"]
    assert archived.stderr == ""
    recent = run("chats", "export", "--since", "30d", "-q")
    assert len(recent.stdout.splitlines()) == 2
    dated = run("chats", "export", "--since", "2000-01-01", "-q")
    assert len(dated.stdout.splitlines()) == 3
    none = run("chats", "export", "--format", "json", "--since", "2999-01-01T00:00+02:00", "-q")
    assert json.loads(none.stdout) == []
    bad = run("chats", "export", "--since", "last tuesday")
    assert bad.exit_code == 2 and "not a date" in bad.stderr


def test_export_markdown_writes_a_file_per_chat(
    servers: respx.MockRouter, source: FakeOpenWebUI, tmp_path: Path
) -> None:
    source.add(
        {
            "id": "old-format",
            "title": "!!!",
            "chat": {"messages": [{"role": "user", "content": "hi", "model": "m"}, "junk"]},
            "updated_at": 1700000000000,
            "created_at": None,
            "archived": False,
            "user_id": "u",
        }
    )
    result = run("chats", "export", "--format", "markdown", "--out", "md")
    assert result.exit_code == 0, result.stderr
    files = sorted(p.name for p in (tmp_path / "md").iterdir())
    assert len(files) == 4 and "chat-old-form.md" in files
    assert "## user (m)" in (tmp_path / "md" / "chat-old-form.md").read_text()
    lisbon = next((tmp_path / "md").glob("trip-to-lisbon-*.md")).read_text()
    assert lisbon.startswith("# Trip to Lisbon\n")
    assert "- tags: travel" in lisbon and "- pinned" in lisbon
    assert lisbon.index("message 0") < lisbon.index("message 1")
    assert "## user" in lisbon and "## assistant" in lisbon
    folder = next((tmp_path / "md").glob("in-a-folder-*.md")).read_text()
    assert "- folder: Work" in folder
    again = run("chats", "export", "--format", "markdown", "--out", "md")
    assert again.exit_code == 1 and "exists already" in again.stderr
    assert run("chats", "export", "--format", "markdown").exit_code == 2


@pytest.mark.parametrize(
    ("error", "code"),
    [(httpx.ReadError("connection lost"), 6), (KeyboardInterrupt(), 130)],
)
def test_an_interrupted_export_leaves_no_half_file(
    servers: respx.MockRouter,
    source: FakeOpenWebUI,
    tmp_path: Path,
    error: BaseException,
    code: int,
) -> None:
    (tmp_path / "old.jsonl").write_text("the previous backup\n")
    source.break_export_with = error
    result = run("chats", "export", "--out", "old.jsonl")
    assert result.exit_code == code
    assert (tmp_path / "old.jsonl").read_text() == "the previous backup\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["config", "old.jsonl"] or sorted(
        p.name for p in tmp_path.iterdir()
    ) == ["old.jsonl"]
    markdown = run("chats", "export", "--format", "markdown", "--out", "md")
    assert markdown.exit_code == code and not (tmp_path / "md").exists()
    assert not [p for p in tmp_path.iterdir() if "partial" in p.name]


# --- chats import ---------------------------------------------------------------------------------


def export_file(tmp_path: Path, name: str = "chats.jsonl", fmt: str = "jsonl") -> Path:
    result = run("chats", "export", "--format", fmt, "--out", name)
    assert result.exit_code == 0, result.stderr
    return tmp_path / name


def test_import_round_trip(
    servers: respx.MockRouter, source: FakeOpenWebUI, target: FakeOpenWebUI, tmp_path: Path
) -> None:
    path = export_file(tmp_path)
    dry = run("chats", "import", str(path), "--dry-run", key=target.key, url=B)
    assert dry.exit_code == 0, dry.stderr
    assert "would import 3 chats" in dry.stdout and "would create folders: Work" in dry.stdout
    assert "not kept: id of 3 chats" in dry.stdout
    assert target.chats == {} and target.folders == {}
    result = run("chats", "import", str(path), "--batch-size", "2", key=target.key, url=B)
    assert result.exit_code == 0, result.stderr
    assert "imported 3 chats" in result.stdout and "importing chats: 3/3 done" in result.stderr
    assert target.import_calls == 2
    titles = sorted(c["title"] for c in target.chats.values())
    assert titles == sorted(c["title"] for c in source.chats.values())
    data = json.loads(run("chats", "import", str(path), "--json", key=target.key, url=B).stdout)
    assert data["imported"] == 3 and len(data["chat_ids"]) == 3 and data["dropped"]["id"] == 3


def test_import_takes_the_web_uis_json_array(
    servers: respx.MockRouter, target: FakeOpenWebUI, tmp_path: Path
) -> None:
    path = export_file(tmp_path, "chats.json", "json")
    result = run("chats", "import", str(path), key=target.key, url=B)
    assert result.exit_code == 0 and len(target.chats) == 3
    one = tmp_path / "one.json"
    one.write_text(json.dumps(chat_record("single"), indent=2))
    assert run("chats", "import", str(one), key=target.key, url=B).exit_code == 0
    wrapped = tmp_path / "wrapped.json"
    wrapped.write_text(json.dumps({"chats": [chat_record("wrapped")]}))
    assert run("chats", "import", str(wrapped), key=target.key, url=B).exit_code == 0
    gaps = tmp_path / "gaps.jsonl"
    gaps.write_text(f"\n{json.dumps(chat_record('gap 1'))}\n\n{json.dumps(chat_record('gap 2'))}\n")
    assert run("chats", "import", str(gaps), key=target.key, url=B).exit_code == 0
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n  \n")
    nothing = run("chats", "import", str(empty), key=target.key, url=B)
    assert nothing.exit_code == 0 and "imported 0 chats" in nothing.stdout
    assert sorted(c["title"] for c in target.chats.values())[-4:] == [
        "gap 1",
        "gap 2",
        "single",
        "wrapped",
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"hello\n", "not a JSON file (it starts with 'h')"),
        (b"[1, 2", "record 1: not a chat"),  # streamed: the first item is read first
        (b'[{"chat": {}}, {"chat"', "not a JSON file ("),
        (b"\xff\xfe{", "not UTF-8 text"),
        (b'{"chat": {}}\n\xff\n', "not UTF-8 text"),
        (b'{"chat": {}}\n' * 2000 + b"\xff\n", "not UTF-8 text"),  # past the first read
        (b'"text"', "not a JSON file (it starts with"),
        (b'{"a": 1,\n "b": [}', "not a JSON file ("),
        (b"3", "not a JSON file"),
        (b'{"chat": {}}\n{"chat": {}}\nnot json\n', "line 3 is not JSON"),
        (b'{"chat": {}}\n{"title": "no chat"}\n', "record 2: not a chat"),
        (b'[{"chat": {}}, 5]', "record 2: not a chat: a JSON number"),
        (b'{"chats":\n 5}', "not a list of chats"),
        (b'{"chats": {}}', "not a list of chats"),
    ],
)
def test_a_bad_file_imports_nothing_and_exits_7(
    servers: respx.MockRouter,
    target: FakeOpenWebUI,
    tmp_path: Path,
    content: bytes,
    message: str,
) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_bytes(content)
    result = run("chats", "import", str(path), key=target.key, url=B)
    assert result.exit_code == 7, result.output
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert target.import_calls == 0 and target.chats == {}


def test_import_of_a_missing_file_is_a_usage_error(servers: respx.MockRouter) -> None:
    result = run("chats", "import", "nothing.jsonl")
    assert result.exit_code == 2 and "does not exist" in result.stderr


# --- chats migrate --------------------------------------------------------------------------------


def test_migrate_copies_once_and_resumes(
    servers: respx.MockRouter, source: FakeOpenWebUI, target: FakeOpenWebUI, tmp_path: Path
) -> None:
    env = {"OWUI_TO_API_KEY": target.key}
    target.fail_import_after = 1
    first = run("chats", "migrate", "--to", B, "--batch-size", "2", env=env)
    assert first.exit_code == 5
    state = tmp_path / "state" / "owui" / "migrations" / "a.test-to-b.test.json"
    assert stat.S_IMODE(os.stat(state).st_mode) == 0o600
    assert "SECRET" not in state.read_text()
    target.fail_import_after = None
    second = run("chats", "migrate", "--to", B, "--batch-size", "2", env=env)
    assert second.exit_code == 0, second.stderr
    assert "copied 1 chats" in second.stdout and "2 were there from an earlier run" in second.stdout
    assert "created folders: Work" not in second.stdout  # made by the first run's batch
    third = run("chats", "migrate", "--to", B, "--json", env=env)
    assert json.loads(third.stdout)["already_there"] == 3
    assert sorted(c["title"] for c in target.chats.values()) == sorted(
        c["title"] for c in source.chats.values()
    )


def test_migrate_needs_a_target(servers: respx.MockRouter) -> None:
    result = run("chats", "migrate")
    assert result.exit_code == 2 and "--to URL" in result.stderr
    assert run("chats", "migrate", "--to-profile", "nope").exit_code == 2


def test_migrate_to_a_profile_with_its_own_state_file(
    servers: respx.MockRouter, target: FakeOpenWebUI, tmp_path: Path
) -> None:
    added = run("profile", "add", "new", "--url", B, "--api-key-stdin", input=target.key + "\n")
    assert added.exit_code == 0
    result = run("chats", "migrate", "--to-profile", "new", "--state", "s.json")
    assert result.exit_code == 0, result.stderr
    assert len(target.chats) == 3 and (tmp_path / "s.json").exists()


def test_an_interrupted_migration_says_how_to_resume(
    servers: respx.MockRouter, source: FakeOpenWebUI
) -> None:
    source.break_export_with = KeyboardInterrupt()
    result = run("chats", "migrate", "--to", B, env={"OWUI_TO_API_KEY": "sk-target-SECRET"})
    assert result.exit_code == 130
    assert "run the same command again" in result.stderr


# --- chats prune ----------------------------------------------------------------------------------


def test_prune(servers: respx.MockRouter, source: FakeOpenWebUI) -> None:
    dry = run("chats", "prune", "--older-than", "90d", "--dry-run")
    assert (
        dry.exit_code == 0 and "would delete 1 chats" in dry.stdout and "Old archived" in dry.stdout
    )
    assert len(source.chats) == 3
    none = run("chats", "prune", "--older-than", "1y", "--json")
    assert json.loads(none.stdout) == {
        "dry_run": False,
        "deleted": 0,
        "matched": [],
        "spared_pinned": [],
    }
    real = run("chats", "prune", "--older-than", "90d", "--archived-only")
    assert real.exit_code == 0 and "deleted 1 chats" in real.stdout
    assert real.stderr.splitlines()[-1] == "deleting chats: 1/1 done"  # the total, once known
    assert sorted(c["title"] for c in source.chats.values()) == ["In a folder", "Trip to Lisbon"]
    bad = run("chats", "prune", "--older-than", "soon")
    assert bad.exit_code == 2 and "not an age" in bad.stderr


# --- progress -------------------------------------------------------------------------------------


def test_a_terminal_gets_a_bar(
    servers: respx.MockRouter, source: FakeOpenWebUI, target: FakeOpenWebUI, tmp_path: Path
) -> None:
    path = export_file(tmp_path)
    env = {"FORCE_COLOR": "1"}
    exported = run("chats", "export", "--out", "again.jsonl", env=env)
    assert "━" in exported.stderr and "exporting chats" in exported.stderr
    imported = run("chats", "import", str(path), key=target.key, url=B, env=env)
    assert "━" in imported.stderr and "3/3" in imported.stderr
    source.add(chat_record("ancient", updated_at=NOW - 400 * DAY))
    pruned = run("chats", "prune", "--older-than", "1y", env=env)
    assert "━" in pruned.stderr and "1/1" in pruned.stderr
    quiet = run("chats", "export", "--out", "q.jsonl", "-q", env=env)
    assert quiet.stderr == "" and quiet.stdout == ""


# --- profiles -------------------------------------------------------------------------------------


def test_profiles(servers: respx.MockRouter, tmp_path: Path) -> None:
    added = run(
        "profile", "add", "default", "--url", A, input="sk-source-SECRET\n", key=None, url=None
    )
    assert added.exit_code == 0, added.output
    config = tmp_path / "config" / "owui" / "config.toml"
    assert stat.S_IMODE(os.stat(config).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(config.parent).st_mode) == 0o700
    run("profile", "add", 'odd "name"', "--url", B, "--api-key-stdin", input="\n", key=None)
    listed = run("profile", "list", key=None, url=None)
    assert listed.stdout.splitlines() == [f"default\t{A}", f'odd "name"\t{B}  (no key)']
    assert json.loads(run("profile", "list", "--json").stdout)[0] == {
        "name": "default",
        "url": A,
        "has_key": True,
    }
    # the default profile is used when nothing else says where
    assert run("status", key=None, url=None).exit_code == 0
    # its key goes to its own URL only
    elsewhere = run("chats", "export", key=None, url=B)
    assert elsewhere.exit_code == 2 and "no API key for http://b.test" in elsewhere.stderr
    assert run("--profile", "missing", "status", key=None, url=None).exit_code == 2
    assert run("--profile", "missing", "status").exit_code == 2  # even with the environment
    removed = run("profile", "remove", 'odd "name"')
    assert removed.exit_code == 0 and run("profile", "remove", "nope").exit_code == 2
    assert run("profile", "list").stdout.splitlines() == [f"default\t{A}"]


def test_an_empty_or_broken_config(servers: respx.MockRouter, tmp_path: Path) -> None:
    assert "no profiles in" in run("profile", "list").stdout
    config = tmp_path / "config" / "owui" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text("[profiles.x]\nurl = 'http://a.test'\n")
    config.chmod(0o644)
    warned = run("profile", "list")
    assert warned.exit_code == 0 and "readable by other users" in warned.stderr
    for text, message in (
        ("not toml [", "not valid TOML"),
        ("profiles = 1", "'profiles' must be a table"),
        ("[profiles.x]\nname = 1", "needs a 'url'"),
        ("[profiles.x]\nurl = 'u'\napi_key = 3", "'api_key' must be a string"),
    ):
        config.write_text(text)
        result = run("status", key=None, url=None)
        assert result.exit_code == 7 and message in result.stderr, result.stderr


# --- issue 26's small items -----------------------------------------------------------------------


def test_api_on_a_path_the_server_lacks_exits_4_not_0() -> None:
    """Open WebUI answers an unknown path with its web app (200, HTML)."""
    page = "<!doctype html><html><body>Open WebUI</body></html>"
    with respx.mock(assert_all_mocked=True) as mock:
        mock.route(host="a.test").mock(
            return_value=httpx.Response(200, text=page, headers={"content-type": "text/html"})
        )
        result = run("api", "GET", "/api/v1/nonexistent")
    assert result.exit_code == 4 and "no such endpoint" in result.stderr
    assert "<html" not in result.output


def test_markdown_file_names_keep_every_script(
    servers: respx.MockRouter, source: FakeOpenWebUI, tmp_path: Path
) -> None:
    source.add(chat_record("東京旅行の計画"))
    source.add(chat_record("Überprüfung"))
    assert run("chats", "export", "--format", "markdown", "--out", "md").exit_code == 0
    names = [p.name for p in (tmp_path / "md").iterdir()]
    assert any(n.startswith("東京旅行の計画-") for n in names)
    assert any(n.startswith("überprüfung-") for n in names)


def test_the_not_kept_line_names_lowercased_tags_in_plain_words(
    servers: respx.MockRouter, target: FakeOpenWebUI, tmp_path: Path
) -> None:
    records = [
        chat_record("a", meta={"tags": ["Travel Plans"]}),
        chat_record("b", meta={"tags": ["work"]}),
        chat_record("c", folder_id="f-unknown"),
    ]
    path = tmp_path / "c.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    result = run("chats", "import", str(path), key=target.key, url=B)
    assert result.exit_code == 0, result.stderr
    assert "tags of 1 chats" in result.stdout and "'travel_plans'" in result.stdout
    assert "folder_id of 1 chats" in result.stdout and "``" not in result.stdout


def test_prune_spares_and_marks_pinned_chats(
    servers: respx.MockRouter, source: FakeOpenWebUI
) -> None:
    source.add(chat_record("Old pinned", pinned=True, updated_at=NOW - 200 * DAY))
    dry = run("chats", "prune", "--older-than", "90d", "--dry-run")
    assert "would delete 1 chats" in dry.stdout and "spared 1 pinned chats" in dry.stdout
    assert "Old pinned  [pinned, spared]" in dry.stdout
    every = run("chats", "prune", "--older-than", "90d", "--dry-run", "--include-pinned")
    assert "would delete 2 chats" in every.stdout and "Old pinned  [pinned]" in every.stdout
    assert run("chats", "prune", "--older-than", "90d").exit_code == 0
    assert "Old pinned" in [c["title"] for c in source.chats.values()]
    assert run("chats", "prune", "--older-than", "90d", "--include-pinned").exit_code == 0
    assert "Old pinned" not in [c["title"] for c in source.chats.values()]


def test_migrate_onto_the_source_under_another_name_exits_2(
    servers: respx.MockRouter, source: FakeOpenWebUI
) -> None:
    before = dict(source.chats)
    result = run("chats", "migrate", "--to", "http://A.TEST:80/", "--to-api-key", source.key)
    assert result.exit_code == 2 and "is the source" in result.stderr
    assert "Nothing was sent" in result.stderr and source.chats == before


def test_a_refused_target_key_names_the_target(
    servers: respx.MockRouter, target: FakeOpenWebUI, tmp_path: Path
) -> None:
    result = run("chats", "migrate", "--to", B, "--to-api-key", "sk-wrong-SECRET")
    assert result.exit_code == 3
    assert result.stderr.startswith(
        "owui: error: http://b.test refused the API key (401): check --to-api-key, "
        "OWUI_TO_API_KEY or the --to-profile"
    )
    assert target.chats == {} and not (tmp_path / "state").exists()


def test_migrate_reports_what_moved_and_syncs(
    servers: respx.MockRouter, source: FakeOpenWebUI, target: FakeOpenWebUI, tmp_path: Path
) -> None:
    env = {"OWUI_TO_API_KEY": target.key}
    assert run("chats", "migrate", "--to", B, env=env).exit_code == 0
    assert (tmp_path / "state" / "owui" / "migrations" / "a.test-to-b.test.json").exists()
    assert not list(tmp_path.glob("owui-migrate-*"))  # not in the current folder
    lisbon = next(c for c in source.chats.values() if c["title"] == "Trip to Lisbon")
    lisbon["updated_at"] = NOW + 5
    gone = next(c for c in source.chats.values() if c["title"] == "Old archived")
    del source.chats[gone["id"]]
    again = run("chats", "migrate", "--to", B, "--json", env=env)
    report = json.loads(again.stdout)
    assert (report["updated"], report["already_there"], report["removed"]) == (1, 1, 0)
    assert [d["title"] for d in report["deleted"]] == ["Old archived"]
    synced = run("chats", "migrate", "--to", B, "--sync", env=env)
    assert "removed 1 copies" in synced.stdout
    assert sorted(c["title"] for c in target.chats.values()) == sorted(
        c["title"] for c in source.chats.values()
    )


def test_a_url_ending_in_api_is_the_servers_api_root(
    servers: respx.MockRouter, source: FakeOpenWebUI
) -> None:
    result = run("--url", f"{A}/api/", "--api-key", source.key, "chats", "export", "--out", "x")
    assert result.exit_code == 0, result.stderr
    assert all(not r.split()[1].startswith("/api/api/") for r in source.requests)
