"""``owui`` against two real Open WebUI servers on loopback: A (the session's server) and B (a
second one, with its own data folder, started for this module).

Chats made on A through the SDK (messages, tags, a folder, pinned, archived) are exported and
imported into B and compared chat by chat; ``migrate`` A -> B is killed half-way (SIGKILL from
outside, while a loopback proxy to B holds a batch: tests/integration/_import_gate.py) and run
again; ``prune`` removes exactly the old chats; the progress
bar is drawn under a pseudo-terminal and absent in a pipe; bad input, a wrong key and an
unreachable server end with one line and their exit code, and change nothing on B.

The commands run in-process through click's CliRunner where that suffices, and as a real
process (``python -m owui_sdk._cli``) where a terminal or a kill is needed.
"""

from __future__ import annotations

import json
import os
import pty
import select
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from subprocess import Popen
from typing import Any

import pytest
from click.testing import CliRunner, Result

from owui_sdk import OpenWebUI
from owui_sdk._cli._app import cli
from owui_sdk.chats import ChatFolderIdForm, TagForm
from tests.integration._chats_helpers import PAST, token, two_message_history
from tests.integration._ctrl_c import as_typed_at_a_terminal
from tests.integration._import_gate import ImportGate
from tests.server import SERVER_VERSION, OpenWebUIServer, ServerInfo, owui_python

pytestmark = pytest.mark.integration

COMMAND = [sys.executable, "-m", "owui_sdk._cli"]
CLEAN_ENV = ("OPENWEBUI_BASE_URL", "OPENWEBUI_API_KEY", "OWUI_PROFILE", "OWUI_TO_API_KEY")


@pytest.fixture(scope="module")
def server_b() -> Iterator[ServerInfo]:
    """A second Open WebUI (no upstream: chats only), stopped and removed after the module."""
    with OpenWebUIServer(owui_python(), upstream=False) as info:
        yield info


@pytest.fixture(autouse=True)
def _environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in (*CLEAN_ENV, "FORCE_COLOR", "TTY_COMPATIBLE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.chdir(tmp_path)


def run(server: ServerInfo, *args: str, key: str | None = None, **kw: Any) -> Result:
    env = {"OPENWEBUI_BASE_URL": server.base_url, "OPENWEBUI_API_KEY": key or server.admin_key}
    env.update(kw.pop("env", {}))
    result = CliRunner().invoke(cli, list(args), env=env, **kw)
    assert server.admin_key not in result.output and server.user_key not in result.output
    return result


def process_env(server: ServerInfo, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in (*CLEAN_ENV, "FORCE_COLOR")}
    env.update(OPENWEBUI_BASE_URL=server.base_url, OPENWEBUI_API_KEY=server.admin_key, **extra)
    return env


def exported(client: OpenWebUI) -> dict[str, dict[str, Any]]:
    """Every chat of the client's user, by title (titles are unique here)."""
    records = list(client.chats.iter_export())
    by_title = {r["title"]: r for r in records}
    assert len(by_title) == len(records), "titles repeat"
    return by_title


def comparable(record: dict[str, Any]) -> dict[str, Any]:
    """What must be equal between a chat and its copy on another server."""
    history = record["chat"].get("history") or {}
    keys = ("role", "content", "parentId", "childrenIds")
    return {
        "title": record["title"],
        "pinned": record["pinned"],
        "archived": record["archived"],
        "tags": record["meta"].get("tags", []),
        "folder": record.get("folder_path"),
        "times": (record["created_at"], record["updated_at"]),
        "current": history.get("currentId"),
        "messages": {
            mid: [m.get(k) for k in keys] for mid, m in (history.get("messages") or {}).items()
        },
    }


@pytest.fixture(scope="module")
def seeded(owui_server: ServerInfo) -> Iterator[list[str]]:
    """Chats of A's admin made through the SDK: messages, a tag, a folder, pinned, archived.
    Removed at the end of the module."""
    word = token("cli")
    made: list[str] = []
    with OpenWebUI(owui_server.base_url, api_key=owui_server.admin_key) as a:
        folder = a.request("POST", "/api/v1/folders/", json={"name": f"{word} folder"}).json()
        for n in range(7):
            chat = a.chats.create_new(
                {"chat": {"title": f"{word} {n}", "history": two_message_history()}}
            )
            made.append(chat.id)
        a.chats.add_tag(made[0], TagForm(name=f"{word}tag"))
        a.chats.pin(made[0])
        a.chats.archive(made[1])
        a.chats.update_folder(made[2], ChatFolderIdForm(folder_id=folder["id"]))
        try:
            yield made
        finally:
            for chat_id in made:
                a.chats.delete(chat_id)
            a.request("DELETE", f"/api/v1/folders/{folder['id']}")


def wipe(server: ServerInfo) -> OpenWebUI:
    """B's admin client, with no chats."""
    b = OpenWebUI(server.base_url, api_key=server.admin_key)
    b.chats.delete_all()
    return b


def test_export_then_import_into_another_server(
    owui_server: ServerInfo, server_b: ServerInfo, seeded: list[str], tmp_path: Path
) -> None:
    with OpenWebUI(owui_server.base_url, api_key=owui_server.admin_key) as a, wipe(server_b) as b:
        result = run(owui_server, "chats", "export", "--out", "a.jsonl")
        assert result.exit_code == 0, result.output
        source = exported(a)
        assert len((tmp_path / "a.jsonl").read_text().splitlines()) == len(source)

        imported = run(server_b, "chats", "import", "a.jsonl")
        assert imported.exit_code == 0, imported.output
        assert f"imported {len(source)} chats" in imported.stdout
        copies = exported(b)
        assert sorted(copies) == sorted(source)
        for title, record in source.items():
            assert comparable(copies[title]) == comparable(record), title
        assert any(r.get("folder_path") for r in copies.values())
        assert any(r["pinned"] for r in copies.values())
        assert any(r["archived"] for r in copies.values())


def stopped_when_held(command: list[str], env: dict[str, str], gate: ImportGate) -> Popen[str]:
    """``command`` run until ``gate`` holds an import, then left running (the caller stops
    it). Fails at once, with the command's output, when it ends before that."""
    process = subprocess.Popen(
        command,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=as_typed_at_a_terminal,
    )
    deadline = time.monotonic() + 120
    while not gate.held.wait(0.2):
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            out, err = process.communicate()
            pytest.fail(f"no import held (exit {process.returncode}): {out}{err}")
    return process


def test_migrate_killed_half_way_then_resumed(
    owui_server: ServerInfo, server_b: ServerInfo, seeded: list[str], tmp_path: Path
) -> None:
    """SIGKILL from outside while the third batch is in flight: it reached B, its answer never
    came back. The state file records the two batches answered and the third as pending;
    the next run finds that batch on B instead of sending it again."""
    with (
        OpenWebUI(owui_server.base_url, api_key=owui_server.admin_key) as a,
        wipe(server_b) as b,
        ImportGate(server_b.base_url, allow=2, forward_held=True) as gate,
    ):
        source = exported(a)
        command = [*COMMAND, "chats", "migrate", "--to", gate.url, "--batch-size", "2"]
        env = process_env(owui_server, OWUI_TO_API_KEY=server_b.admin_key)
        process = stopped_when_held(command, env, gate)
        (state,) = (tmp_path / "state" / "owui" / "migrations").glob("*-to-*.json")
        recorded = json.loads(state.read_text())
        process.kill()
        process.communicate(timeout=60)
        assert process.returncode == -signal.SIGKILL
        assert (len(recorded["done"]), len(recorded["pending"])) == (4, 2)
        assert json.loads(state.read_text()) == recorded  # the kill wrote nothing
        assert len(list(b.chats.iter_all())) == 6  # the held batch landed
        assert server_b.admin_key not in state.read_text()

        gate.open()
        resumed = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
        assert resumed.returncode == 0, resumed.stderr
        assert f"copied {len(source) - 6} chats" in resumed.stdout
        assert "6 were there from an earlier run" in resumed.stdout
        titles = [chat.title for chat in b.chats.iter_all()]
        assert sorted(titles) == sorted(source)  # every chat exactly once
        copies = exported(b)
        for title, record in source.items():
            assert comparable(copies[title]) == comparable(record), title


def test_migrate_stopped_by_ctrl_c_then_resumed(
    owui_server: ServerInfo, server_b: ServerInfo, seeded: list[str], tmp_path: Path
) -> None:
    """SIGINT (Ctrl-C) while the second batch waits for its answer (the batch never reached
    B): one line, exit 130, and the state resumes from there."""
    with (
        OpenWebUI(owui_server.base_url, api_key=owui_server.admin_key) as a,
        wipe(server_b) as b,
        ImportGate(server_b.base_url, allow=1, forward_held=False) as gate,
    ):
        source = exported(a)
        command = [*COMMAND, "chats", "migrate", "--to", gate.url, "--state", "s.json"]
        env = process_env(owui_server, OWUI_TO_API_KEY=server_b.admin_key)
        process = stopped_when_held([*command, "--batch-size", "3"], env, gate)
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=60)
        assert process.returncode == 130, stderr
        assert "run the same command again" in stderr
        assert stderr.strip().splitlines()[-1] == "owui: error: interrupted"
        assert "Traceback" not in stderr
        recorded = json.loads((tmp_path / "s.json").read_text())
        assert (len(recorded["done"]), len(recorded["pending"])) == (3, 3)
        assert len(list(b.chats.iter_all())) == 3

        gate.open()
        resumed = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
        assert resumed.returncode == 0, resumed.stderr
        assert f"copied {len(source) - 3} chats" in resumed.stdout
        assert sorted(chat.title for chat in b.chats.iter_all()) == sorted(source)


def test_prune_removes_exactly_the_old_chats(server_b: ServerInfo) -> None:
    with wipe(server_b) as b:
        recent = b.chats.import_records([{"chat": {"title": "recent"}}]).chat_ids
        old = [
            {"chat": {"title": f"old {n}"}, "created_at": PAST, "updated_at": PAST + n}
            for n in range(3)
        ]
        old[0]["archived"] = True
        old_ids = b.chats.import_records(old).chat_ids
        dry = run(server_b, "chats", "prune", "--older-than", "90d", "--dry-run")
        assert dry.exit_code == 0 and "would delete 3 chats" in dry.stdout
        archived = run(server_b, "chats", "prune", "--older-than", "90d", "--archived-only")
        assert archived.exit_code == 0 and "deleted 1 chats" in archived.stdout
        pruned = run(server_b, "chats", "prune", "--older-than", "90d", "--json")
        assert pruned.exit_code == 0
        assert sorted(m["id"] for m in json.loads(pruned.stdout)["matched"]) == sorted(old_ids[1:])
        assert [chat.id for chat in b.chats.iter_all()] == recent


def pty_run(command: list[str], env: dict[str, str]) -> tuple[int, str]:
    """Run ``command`` with its stdin, stdout and stderr on a pseudo-terminal."""
    master, slave = pty.openpty()
    process = subprocess.Popen(command, stdin=slave, stdout=slave, stderr=slave, env=env)
    os.close(slave)
    chunks: list[bytes] = []
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.5)
        if ready:
            try:
                data = os.read(master, 65536)
            except OSError:  # the terminal closed: the process ended
                break
            if not data:
                break
            chunks.append(data)
        elif process.poll() is not None:
            break
    os.close(master)
    return process.wait(timeout=30), b"".join(chunks).decode("utf-8", "replace")


def test_a_bar_on_a_terminal_plain_lines_in_a_pipe(
    owui_server: ServerInfo, seeded: list[str], tmp_path: Path
) -> None:
    env = process_env(owui_server, TERM="xterm-256color", COLUMNS="100")
    code, screen = pty_run([*COMMAND, "chats", "export", "--out", "t.jsonl"], env)
    assert code == 0, screen
    assert "exporting chats" in screen and "━" in screen  # rich's bar
    assert "exporting chats:" not in screen  # not the plain line
    piped = subprocess.run(
        [*COMMAND, "chats", "export", "--out", "p.jsonl"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert piped.returncode == 0
    assert "━" not in piped.stderr and "\x1b[" not in piped.stderr
    assert "exporting chats:" in piped.stderr and " done" in piped.stderr
    assert (tmp_path / "t.jsonl").read_text().count("\n") == (
        tmp_path / "p.jsonl"
    ).read_text().count("\n")


def test_bad_input_changes_nothing_on_the_target(server_b: ServerInfo, tmp_path: Path) -> None:
    with wipe(server_b) as b:
        (tmp_path / "notjson.jsonl").write_text("this is not JSON\n")
        good = json.dumps({"chat": {"title": "good"}})
        (tmp_path / "notchat.jsonl").write_text(f"{good}\n{good}\n[1, 2]\n")
        for name, message in (
            ("notjson.jsonl", "not a JSON file"),
            ("notchat.jsonl", "record 3: not a chat"),
        ):
            result = run(server_b, "chats", "import", name)
            assert result.exit_code == 7, result.output
            assert message in result.stderr and "Traceback" not in result.stderr
        wrong = run(server_b, "chats", "import", "notchat.jsonl", key="sk-not-a-key")
        assert wrong.exit_code == 7  # the file is read before anything is sent
        (tmp_path / "ok.jsonl").write_text(good + "\n")
        refused = run(server_b, "chats", "import", "ok.jsonl", key="sk-not-a-key")
        assert refused.exit_code == 3 and "refused the API key" in refused.stderr
        assert list(b.chats.iter_all()) == []
        unreachable = CliRunner().invoke(
            cli,
            ["chats", "import", "ok.jsonl"],
            env={"OPENWEBUI_BASE_URL": "http://127.0.0.1:9", "OPENWEBUI_API_KEY": "k"},
        )
        assert unreachable.exit_code == 6 and "Connection" in unreachable.stderr


def test_status_names_version_and_role(owui_server: ServerInfo) -> None:
    admin = run(owui_server, "status", "--json")
    assert admin.exit_code == 0, admin.output
    data = json.loads(admin.stdout)
    assert (data["url"], data["role"]) == (owui_server.base_url, "admin")
    assert data["version"] == owui_server.version == SERVER_VERSION
    assert data["user"]["id"] == owui_server.admin_id
    user = json.loads(run(owui_server, "status", "--json", key=owui_server.user_key).stdout)
    assert (user["role"], user["user"]["id"]) == ("user", owui_server.user_id)
    text = run(owui_server, "status").stdout
    assert "role:    admin" in text and f"version: {owui_server.version}" in text


def test_api_calls_any_endpoint(owui_server: ServerInfo) -> None:
    listed = run(owui_server, "api", "GET", "/api/v1/users/")
    assert listed.exit_code == 0
    assert owui_server.admin_id in [u["id"] for u in json.loads(listed.stdout)["users"]]
    refused = run(owui_server, "api", "GET", "/api/v1/users/", key=owui_server.user_key)
    assert refused.exit_code == 3


def test_knowledge_ingest_skips_unchanged_files(owui_server: ServerInfo, tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.md").write_text("Lisbon has seven hills.\n")
    (folder / "b.txt").write_text("Porto is on the Douro.\n")
    (folder / ".hidden").write_text("not sent\n")
    name = token("kb")
    first = run(owui_server, "knowledge", "ingest", str(folder), "--kb", name, "--json")
    assert first.exit_code == 0, first.output
    report = json.loads(first.stdout)
    try:
        assert (report["created"], report["added"], report["skipped"]) == (True, 2, 0)
        (folder / "b.txt").write_text("Porto is on the Douro, and has bridges.\n")
        second = run(owui_server, "knowledge", "ingest", str(folder), "--kb", name)
        assert second.exit_code == 0, second.output
        assert f"{name}: 0 added, 1 replaced, 1 skipped, 0 failed" in second.stdout
    finally:
        with OpenWebUI(owui_server.base_url, api_key=owui_server.admin_key) as a:
            kb_id = report["knowledge_id"]
            uploaded = [f.id for f in a.knowledge.iter_files(kb_id)]
            a.knowledge.delete_knowledge_by_id(kb_id)
            for file_id in uploaded:  # (deleting a knowledge base leaves its files)
                a.files.delete_file_by_id(file_id)


def test_a_reader_that_leaves_is_not_an_error(owui_server: ServerInfo, seeded: list[str]) -> None:
    """`owui chats export | head`: when stdout's reader is gone, the export stops without an
    error message, with the shell's code for it (141)."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader left before the first line
    try:
        done = subprocess.run(
            [*COMMAND, "chats", "export"],
            env=process_env(owui_server),
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    finally:
        os.close(write_end)
    assert done.returncode == 141, done.stderr
    assert "error" not in done.stderr.lower() and "Traceback" not in done.stderr


# --- a source in use, and the same server under another name ----------------------------------

LIVE_CHATS = 300
LIVE_BATCH = 20


def _continue(client: OpenWebUI, chat_id: str, text: str) -> None:
    """Add a message to the chat's current branch, as the web UI does when a chat goes on."""
    chat = client.chats.get(chat_id).to_dict()["chat"]
    history = chat["history"]
    parent = history["currentId"]
    new_id = token("msg")
    history["messages"][parent]["childrenIds"].append(new_id)
    history["messages"][new_id] = {
        "id": new_id,
        "parentId": parent,
        "childrenIds": [],
        "role": "user",
        "content": text,
        "timestamp": int(time.time()),
    }
    history["currentId"] = new_id
    client.chats.update(chat_id, {"chat": chat})


def test_migrate_a_source_in_use_copies_every_chat_once_and_a_rerun_syncs(
    owui_server: ServerInfo, server_b: ServerInfo, tmp_path: Path
) -> None:
    """B's admin (300 chats, ~20 KB each: the server streams /chats/all by pages of 100,
    newest first) is copied to A's user while a writer thread, at fixed points of the copy
    (after batches 1 and 5), continues chats already copied and chats not yet reached,
    makes chats and deletes chats. Afterwards every chat that existed at the start and
    still exists is on the target exactly once, the report names the chats continued after
    their copy, the ones made and the ones deleted, and a second run (the command, with
    --sync) leaves the target equal to the source."""
    import queue
    import threading

    with (
        wipe(server_b) as source,
        OpenWebUI(owui_server.base_url, api_key=owui_server.user_key) as target,
    ):
        target.chats.delete_all()
        filler = "lorem ipsum dolor sit amet " * 750  # ~20 KB
        forms: list[dict[str, Any]] = [
            {
                "chat": {"title": f"live {n:03}", "history": two_message_history()},
                "created_at": PAST + n,
                "updated_at": PAST + n,
            }
            for n in range(LIVE_CHATS)
        ]
        for form in forms:
            form["chat"]["history"]["messages"][form["chat"]["history"]["currentId"]]["content"] = (
                filler
            )
        ids: list[str] = []
        for start in range(0, LIVE_CHATS, 50):
            ids += source.chats.import_records(forms[start : start + 50]).chat_ids
        by_title = {f"live {n:03}": chat_id for n, chat_id in enumerate(ids)}
        state = tmp_path / "live.json"

        # The writer: a thread that acts when the copy reaches a fixed point, and the copy
        # waits until it is done (deterministic: the same changes at the same points).
        points: queue.Queue[int] = queue.Queue()
        done = threading.Event()
        expected: dict[str, set[str]] = {"changed": set(), "created": set(), "deleted": set()}

        def writer() -> None:
            with OpenWebUI(server_b.base_url, api_key=server_b.admin_key) as w:
                while (point := points.get()) != 0:
                    copied = set(json.loads(state.read_text())["done"])
                    # /chats/all is newest first: the oldest chats (ids[0]...) come last
                    not_yet = [i for i in ids if i not in copied and i in live]
                    already = [i for i in ids if i in copied and i in live]
                    _continue(w, already[point], f"continued at {point}")
                    expected["changed"].add(already[point])
                    _continue(w, not_yet[0], f"continued early at {point}")
                    made = w.chats.create_new({"chat": {"title": f"made at {point}"}})
                    expected["created"].add(made.id)
                    w.chats.delete(already[point + 1])
                    expected["deleted"].add(already[point + 1])
                    w.chats.delete(not_yet[1])
                    expected["deleted"].add(not_yet[1])
                    live.difference_update({already[point + 1], not_yet[1]})
                    done.set()

        live = set(ids)
        thread = threading.Thread(target=writer)
        thread.start()
        batches = 0

        def on_batch(n: int) -> None:
            nonlocal batches
            batches += 1
            if batches in (1, 5):
                done.clear()
                points.put(batches)
                assert done.wait(60)

        try:
            report = source.chats.copy_to(
                target.chats, state_file=state, batch_size=LIVE_BATCH, on_batch=on_batch
            )
        finally:
            points.put(0)
            thread.join(60)
        copies = [chat.title for chat in target.chats.iter_all()]
        assert len(copies) == len(set(copies)), "a chat landed twice"
        titles_live = {t for t, i in by_title.items() if i in live}
        assert titles_live <= set(copies), "a chat that existed at the start was not copied"
        recorded = json.loads(state.read_text())["done"]
        assert live <= set(recorded)
        assert expected["changed"] <= {i for i, _ in report.changed}
        assert expected["created"] == {i for i, _ in report.created}
        assert expected["deleted"] == {i for i, _ in report.deleted}
        assert report.copied == len(copies)

        rerun = run(
            server_b,
            "chats",
            "migrate",
            "--to",
            owui_server.base_url,
            "--state-file",
            str(state),
            "--sync",
            "--json",
            env={"OWUI_TO_API_KEY": owui_server.user_key},
        )
        assert rerun.exit_code == 0, rerun.output
        second = json.loads(rerun.stdout)
        assert second["changed"] == second["created"] == []
        assert second["updated"] >= len(expected["changed"])
        source_now, target_now = exported(source), exported(target)
        assert sorted(target_now) == sorted(source_now)
        for title, record in source_now.items():
            assert comparable(target_now[title]) == comparable(record), title
        target.chats.delete_all()


def test_migrate_onto_the_same_server_under_another_name_is_refused(
    owui_server: ServerInfo, seeded: list[str]
) -> None:
    """127.0.0.1 and localhost, a trailing slash, /api: one server, refused before any
    write; two servers on one host (A and B, two ports) are two."""
    port = owui_server.base_url.rsplit(":", 1)[1]
    with OpenWebUI(owui_server.base_url, api_key=owui_server.admin_key) as a:
        before = len(list(a.chats.iter_all()))
        for spelling in (
            f"http://localhost:{port}",
            f"http://localhost:{port}/",
            f"{owui_server.base_url}/api",
            f"http://localhost:{port}/api/",
        ):
            result = run(
                owui_server,
                "chats",
                "migrate",
                "--to",
                spelling,
                env={"OWUI_TO_API_KEY": owui_server.admin_key},
            )
            assert result.exit_code == 2, result.output
            assert "is the source" in result.stderr and "same user" in result.stderr
        assert len(list(a.chats.iter_all())) == before
