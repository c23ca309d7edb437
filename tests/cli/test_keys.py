"""A key goes only to the server it was given for: every command, with the source given by
flags, the environment or a profile, and a server (or a migration's target) that has no key
of its own, sends nothing to it and exits 2 naming the options to give one.

The servers here are capture servers: tiny threaded HTTP servers on loopback that record
every request (and answer 401), so that a request, and a key in it, cannot go unseen.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from owui_sdk._cli._app import cli

SOURCE_KEY = "sk-source-SECRET"


class Capture:
    """An HTTP server on 127.0.0.1 that records ``(method, path, authorization)``."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, str, str | None]] = []
        capture = self

        class Handler(BaseHTTPRequestHandler):
            def _answer(self) -> None:
                auth = self.headers.get("authorization")
                capture.requests.append((self.command, self.path, auth))
                body = b'{"detail": "401 Unauthorized"}'
                self.send_response(401)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = do_DELETE = do_PUT = do_PATCH = _answer

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def source() -> Iterator[Capture]:
    server = Capture()
    yield server
    server.close()


@pytest.fixture
def other() -> Iterator[Capture]:
    server = Capture()
    yield server
    server.close()


@pytest.fixture(autouse=True)
def _environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in (
        "OPENWEBUI_BASE_URL",
        "OPENWEBUI_API_KEY",
        "OWUI_PROFILE",
        "OWUI_TO_API_KEY",
        "OPENWEBUI_TOKEN",
        "OPENWEBUI_PASSWORD",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.chdir(tmp_path)
    (tmp_path / "chats.jsonl").write_text('{"chat": {"title": "t"}}\n')
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.md").write_text("a\n")


def invoke(args: list[str], env: dict[str, str] | None = None) -> Result:
    result = CliRunner().invoke(cli, args, env=env or {})
    assert "SECRET" not in result.output
    return result


def profile(name: str, url: str) -> None:
    result = CliRunner().invoke(
        cli, ["profile", "add", name, "--url", url, "--api-key-stdin"], input=SOURCE_KEY + "\n"
    )
    assert result.exit_code == 0, result.output


#: Every command that talks to a server, with what it needs to run.
COMMANDS = [
    ["status"],
    ["api", "GET", "/api/v1/users/"],
    ["chats", "export", "--out", "x.jsonl"],
    ["chats", "import", "chats.jsonl"],
    ["chats", "prune", "--older-than", "1d"],
    ["chats", "migrate", "--to", "http://127.0.0.1:9", "--to-api-key", "sk-t"],
    ["knowledge", "ingest", "docs", "--kb", "kb"],
    ["knowledge", "sync", "docs", "--kb", "kb"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:2]))
@pytest.mark.parametrize("way", ["environment", "profile", "named profile"])
def test_another_url_gets_no_key_of_another_server(
    command: list[str], way: str, source: Capture, other: Capture
) -> None:
    """``owui --url OTHER <command>`` with the key given for the source: exit 2, nothing
    sent to OTHER (nor to the source)."""
    env: dict[str, str] = {}
    extra: list[str] = []
    if way == "environment":
        env = {"OPENWEBUI_BASE_URL": source.url, "OPENWEBUI_API_KEY": SOURCE_KEY}
    else:
        profile("src", source.url)
        profile("default", source.url)
        extra = ["--profile", "src"] if way == "named profile" else []
    result = invoke([*extra, "--url", other.url, *command], env=env)
    assert result.exit_code == 2, result.output
    assert f"no API key for {other.url}" in result.stderr and "--api-key" in result.stderr
    assert other.requests == [] and source.requests == []


@pytest.mark.parametrize("way", ["flags", "environment", "profile", "named profile"])
@pytest.mark.parametrize(
    "target", ["--to", "--to with another server's profile"], ids=["to", "to-profile"]
)
def test_a_target_without_its_own_key_is_a_usage_error(
    way: str, target: str, source: Capture, other: Capture
) -> None:
    """``owui chats migrate --to OTHER`` with the source given every way and no target key:
    exit 2 naming --to-api-key, OWUI_TO_API_KEY and --to-profile; nothing sent anywhere."""
    env: dict[str, str] = {}
    extra: list[str] = []
    if way == "flags":
        extra = ["--url", source.url, "--api-key", SOURCE_KEY]
    elif way == "environment":
        env = {"OPENWEBUI_BASE_URL": source.url, "OPENWEBUI_API_KEY": SOURCE_KEY}
    else:
        profile("src", source.url)
        profile("default", source.url)
        extra = ["--profile", "src"] if way == "named profile" else []
    to = ["--to", other.url]
    if target != "--to":
        profile("src", source.url)
        to += ["--to-profile", "src"]  # a profile of the source: its key is not the target's
    result = invoke([*extra, "chats", "migrate", *to], env=env)
    assert result.exit_code == 2, result.output
    for option in ("--to-api-key", "OWUI_TO_API_KEY", "--to-profile"):
        assert option in result.stderr
    assert other.requests == [] and source.requests == []


def test_the_environments_key_still_goes_to_the_environments_server(source: Capture) -> None:
    """The control: the capture sees a key where one is due (the tests above can fail)."""
    env = {"OPENWEBUI_BASE_URL": source.url + "/", "OPENWEBUI_API_KEY": SOURCE_KEY}
    result = invoke(["--url", source.url + "/api", "status"], env=env)
    assert result.exit_code == 3
    assert source.requests and all(r[2] == f"Bearer {SOURCE_KEY}" for r in source.requests)


def test_a_refused_key_names_its_server(source: Capture, other: Capture) -> None:
    env = {"OPENWEBUI_BASE_URL": source.url, "OPENWEBUI_API_KEY": SOURCE_KEY}
    refused = invoke(["chats", "migrate", "--to", other.url, "--to-api-key", "sk-t"], env=env)
    assert refused.exit_code == 3
    assert f"{source.url} refused the API key" in refused.stderr
    assert "--api-key, OPENWEBUI_API_KEY or the profile" in refused.stderr
    assert not (Path("state")).exists()  # nothing copied: no state file


def test_the_environments_token_and_password_stay_with_its_server(
    source: Capture, other: Capture
) -> None:
    """``owui --url OTHER events`` with a session token (or a password) in the environment
    for the environment's server: neither reaches OTHER."""
    env = {
        "OPENWEBUI_BASE_URL": source.url,
        "OPENWEBUI_API_KEY": SOURCE_KEY,
        "OPENWEBUI_TOKEN": "token-SECRET",
        "OPENWEBUI_PASSWORD": "password-SECRET",
    }
    result = invoke(["--url", other.url, "events"], env=env)
    assert result.exit_code == 2, result.output
    assert "OPENWEBUI_TOKEN" in result.stderr and "Nothing was sent" in result.stderr
    # --email signs in, but the environment's password is not for OTHER: it is asked for,
    # and with nothing to read the command stops before sending it.
    result = invoke(["--url", other.url, "events", "--email", "a@example.com"], env=env)
    assert result.exit_code != 0
    assert other.requests == [] and source.requests == []
