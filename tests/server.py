"""Run a real Open WebUI server on loopback, for the integration tests, `make serve` and `make demo`.

The server runs from the Open WebUI venv (``$OWUI_PYTHON``, default: the one ``make owui``
installs) in its own process group, with a fresh temporary data directory, no network use
beyond loopback, and two accounts: the admin (the first signup) and a normal user (added by
the admin). Both get an API key. Everything is removed on exit.

Open WebUI is pointed at an OpenAI-compatible echo server (``tests/upstream.py``) that runs in
this process: its models ``echo-1`` and ``echo-2`` are listed by ``/api/models``, chat
completions are proxied to it, and file processing and knowledge bases embed through its
``/v1/embeddings`` (so nothing is downloaded). ``ServerInfo.upstream`` is that server, with the
log of the requests it received.

    python tests/server.py                # print the URL and the API keys, serve until Ctrl-C
    python tests/server.py --run CMD ...  # serve while CMD runs, with OPENWEBUI_BASE_URL,
                                          # OPENWEBUI_API_KEY (the admin's key) and
                                          # OPENWEBUI_UPSTREAM_URL; exit with its status

Only the standard library and httpx, so that it runs from the project venv.
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType, TracebackType

import httpx

if __package__ in (None, ""):  # `python tests/server.py`: make the `tests` package importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from owui_sdk import __openwebui_version__
from tests.upstream import EchoUpstream

OPENWEBUI_VERSION = __openwebui_version__
#: The release the tests run against: the targeted one, or another one `make test-compat
#: OPENWEBUI_VERSION=X` installed and names in $OWUI_VERSION (with $OWUI_PYTHON).
SERVER_VERSION = os.environ.get("OWUI_VERSION") or OPENWEBUI_VERSION

# Where `make owui` installs the release the package targets (Makefile:
# OWUI_CACHE/open-webui-$(OPENWEBUI_VERSION)); `make test-compat` passes another one.
DEFAULT_OWUI_PYTHON = (
    Path.home() / ".cache" / "owui-sdk" / f"open-webui-{SERVER_VERSION}" / "bin" / "python"
)
HOST = "127.0.0.1"
STARTUP_TIMEOUT = 180.0  # seconds; /health usually answers after 30-40 s
STOP_TIMEOUT = 10.0  # seconds between SIGTERM and SIGKILL

# What Open WebUI sends the upstream as its API key (a loopback test value, not a secret), and
# the embedding model it asks the upstream for (any name: the upstream embeds with a hash).
UPSTREAM_API_KEY = "sk-owui-sdk-upstream"
EMBEDDING_MODEL = "echo-embed"

ADMIN_NAME, ADMIN_EMAIL = "Admin", "admin@example.com"
USER_NAME, USER_EMAIL = "User", "user@example.com"

# Variables passed through from our environment; everything else is left out, so that a
# developer's OPENAI_API_KEY, DATABASE_URL, REDIS_URL, ... cannot reach the test server.
_PASSED_THROUGH = ("PATH", "HOME", "LANG", "LC_ALL", "LC_CTYPE", "TMPDIR", "TZ")


def owui_python() -> Path:
    """The Open WebUI venv's python: ``$OWUI_PYTHON``, else where ``make owui`` puts it."""
    return Path(os.environ.get("OWUI_PYTHON") or DEFAULT_OWUI_PYTHON)


class ServerError(RuntimeError):
    """The server did not start, or its first accounts could not be made."""


@dataclass
class ServerInfo:
    """Where the server is and its two accounts. The user is a normal (non-admin) one.
    Keys and tokens stay out of the repr, and so out of test reports.

    ``upstream_url`` is the OpenAI-compatible API Open WebUI is connected to
    (``http://127.0.0.1:<port>/v1``) and ``upstream`` the in-process server behind it, with its
    request log; both None for a server started with ``upstream=False``."""

    base_url: str
    admin_key: str = field(repr=False)
    admin_token: str = field(repr=False)
    user_key: str = field(repr=False)
    user_token: str = field(repr=False)
    admin_id: str
    user_id: str
    data_dir: str
    #: The release the server reports (``/api/version``), not the one we meant to start.
    version: str = ""
    upstream_url: str | None = None
    upstream: EchoUpstream | None = field(default=None, repr=False, compare=False)


def server_env(
    tmp_dir: Path,
    frontend_dir: Path,
    upstream_url: str | None = None,
    upstream_key: str = UPSTREAM_API_KEY,
    *,
    channels: bool = False,
    websocket: bool = True,
) -> dict[str, str]:
    """The environment the server runs with (read from open_webui/env.py and config.py).
    Everything it writes goes under ``tmp_dir``. With ``upstream_url`` (an OpenAI-compatible
    ``.../v1`` base URL), the OpenAI API connection and the embeddings use that upstream.
    ``channels`` turns channels on (off by default in Open WebUI); ``websocket=False`` makes
    its Socket.IO server take long-polling only (``ENABLE_WEBSOCKET_SUPPORT=false``)."""
    env = {k: os.environ[k] for k in _PASSED_THROUGH if k in os.environ}
    env.update(
        {
            # What `open-webui serve` sets: the version then comes from the package
            # metadata (/api/version says 0.12.4, not 0.0.0).
            "FROM_INIT_PY": "true",
            "DATA_DIR": str(tmp_dir / "data"),
            # Required: main.py refuses to start without the bundled frontend.
            "FRONTEND_BUILD_DIR": str(frontend_dir),
            # config.py empties STATIC_DIR and copies the frontend's assets into it at every
            # start; by default that is inside the shared venv, under servers running there.
            "STATIC_DIR": str(tmp_dir / "static"),
            "WEBUI_SECRET_KEY": secrets.token_hex(32),
            # Only shown by /api/version: tells this server from another one on the same port.
            "DEPLOYMENT_ID": f"owui-sdk-test-{secrets.token_hex(8)}",
            # No internet: HF_HUB_OFFLINE=1, no version update check, no embedding or
            # reranking model download (the missing embedding model is logged as an error
            # and ignored), no pip install of tool/function requirements.
            "OFFLINE_MODE": "true",
            "HF_HUB_OFFLINE": "1",
            "ENABLE_VERSION_UPDATE_CHECK": "false",
            # No model back ends: otherwise model listings try Ollama and the OpenAI API.
            "ENABLE_OLLAMA_API": "false",
            "ENABLE_OPENAI_API": "false",
            # Its default value, given explicitly: left unset, config.py probes
            # localhost:11434 and :12434 at import and takes :12434 if only that answers.
            "OLLAMA_BASE_URL": "http://localhost:11434",
            # API keys for everyone (non-admins need the features.api_keys permission).
            "ENABLE_API_KEYS": "true",
            "USER_PERMISSIONS_FEATURES_API_KEYS": "true",
            "PYTHONUNBUFFERED": "1",
        }
    )
    if channels:
        env["ENABLE_CHANNELS"] = "true"
    if not websocket:
        env["ENABLE_WEBSOCKET_SUPPORT"] = "false"
    if upstream_url is not None:
        env.update(
            {
                # One OpenAI connection (config.py splits both lists on ';'): its models are
                # listed by /api/models and /api/chat/completions is proxied to it.
                "ENABLE_OPENAI_API": "true",
                "OPENAI_API_BASE_URLS": upstream_url,
                "OPENAI_API_KEYS": upstream_key,
                # Embeddings through the upstream's /v1/embeddings: with the engine "openai",
                # get_ef() loads no SentenceTransformer. Hybrid search (and with it the
                # reranking model) stays off, its default.
                "RAG_EMBEDDING_ENGINE": "openai",
                "RAG_EMBEDDING_MODEL": EMBEDDING_MODEL,
                "RAG_OPENAI_API_BASE_URL": upstream_url,
                "RAG_OPENAI_API_KEY": upstream_key,
            }
        )
    return env


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port


def _die_with_parent_hook() -> Callable[[], None] | None:
    """A preexec_fn that has Linux SIGTERM the server when the process that started it dies
    (pytest killed by a CI timeout, say). Built in the parent: the child only calls prctl."""
    if sys.platform != "linux":
        return None
    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None
    parent = os.getpid()
    pr_set_pdeathsig, sigterm = 1, int(signal.SIGTERM)

    def hook() -> None:
        prctl(pr_set_pdeathsig, sigterm)
        if os.getppid() != parent:  # the parent died before prctl
            os._exit(1)

    return hook


class OpenWebUIServer:
    """A throwaway Open WebUI server; a context manager that yields a :class:`ServerInfo`.

    ``upstream``: True (the default) starts an :class:`EchoUpstream` with the server and stops
    it with the server; an ``EchoUpstream`` is used as given (started here if it is not
    running, and then also stopped here); False connects no upstream (no OpenAI API).
    The upstream keeps running across :meth:`shutdown`, :meth:`kill` and :meth:`restart`.
    ``channels`` and ``websocket`` are :func:`server_env`'s (channels on; long-polling only)."""

    def __init__(
        self,
        python: Path | str | None = None,
        *,
        startup_timeout: float = STARTUP_TIMEOUT,
        upstream: EchoUpstream | bool = True,
        channels: bool = False,
        websocket: bool = True,
    ) -> None:
        self.channels = channels
        self.websocket = websocket
        self.python = Path(python) if python is not None else owui_python()
        self.startup_timeout = startup_timeout
        self.upstream: EchoUpstream | None
        if isinstance(upstream, EchoUpstream):
            self.upstream = upstream
        else:
            self.upstream = EchoUpstream(api_key=UPSTREAM_API_KEY) if upstream else None
        self._owns_upstream = False  # whether stop() stops the upstream
        self.admin_password = secrets.token_urlsafe(12)
        self.user_password = secrets.token_urlsafe(12)
        self.tmp_dir: Path | None = None
        self.log_path: Path | None = None
        self.info: ServerInfo | None = None
        self.health_seconds: float | None = None  # from spawn to the first /health 200
        self._proc: subprocess.Popen[bytes] | None = None
        self._started_at = 0.0
        self._log_offset = 0  # where the current attempt's output starts in the log
        # Kept from start() for restart(): same port, data directory and secret key.
        self._env: dict[str, str] | None = None
        self._port: int | None = None

    # -- context manager ----------------------------------------------------------------

    def __enter__(self) -> ServerInfo:
        try:
            return self.start()
        except BaseException:
            self.stop()
            raise

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- start ----------------------------------------------------------------------------

    def start(self) -> ServerInfo:
        if not self.python.exists():
            raise ServerError(f"{self.python} does not exist: run `make owui` (or set OWUI_PYTHON)")
        self.tmp_dir = Path(tempfile.mkdtemp(prefix="owui-sdk-server-"))
        self.log_path = self.tmp_dir / "server.log"
        upstream_url = None
        if self.upstream is not None:
            if not self.upstream.running():
                self.upstream.start()
                self._owns_upstream = True
            upstream_url = self.upstream.url
        env = server_env(
            self.tmp_dir,
            self._package_dir() / "frontend",
            upstream_url,
            (self.upstream.api_key if self.upstream else None) or UPSTREAM_API_KEY,
            channels=self.channels,
            websocket=self.websocket,
        )
        data_dir = Path(env["DATA_DIR"])
        data_dir.mkdir()
        # The port is chosen some 30 s before the server binds it (uvicorn binds after the
        # application's startup): if another process took it in between, try another one.
        attempts = 3
        for attempt in range(1, attempts + 1):
            port = _free_port()
            self._spawn(port, env)
            try:
                self._wait_ready(port, env["DEPLOYMENT_ID"])
                break
            except ServerError:
                if attempt == attempts or "address already in use" not in self._log().lower():
                    raise
                self._terminate()
        self._env, self._port = env, port
        self.info = self._create_accounts(f"http://{HOST}:{port}", str(data_dir))
        return self.info

    def restart(self) -> ServerInfo:
        """Start the server again on the same port, with the same data directory and secret key
        (stopping it first if it runs): the accounts, their API keys and tokens, and all data
        survive. After :meth:`shutdown` or :meth:`kill`, to test clients across an outage.
        ``health_seconds`` then tells how long this start took.

        Call it (like :meth:`start`) from a thread that outlives the server, the main thread
        say: Linux sends the parent-death SIGTERM of ``_die_with_parent_hook`` when the
        *thread* that spawned the server ends, so a server started from a pool worker dies
        with that worker."""
        if self._env is None or self._port is None or self.info is None:
            raise ServerError("restart() needs a server started with start()")
        self._terminate()
        # A new id, so that only the new process can satisfy _wait_ready.
        self._env = dict(self._env, DEPLOYMENT_ID=f"owui-sdk-test-{secrets.token_hex(8)}")
        self._spawn(self._port, self._env)
        self._wait_ready(self._port, self._env["DEPLOYMENT_ID"])
        return self.info

    def _package_dir(self) -> Path:
        out = subprocess.run(
            [
                str(self.python),
                "-c",
                "import open_webui, os; print(os.path.dirname(open_webui.__file__))",
            ],
            capture_output=True,
            text=True,
            check=False,
            timeout=120,
        )
        if out.returncode != 0:
            raise ServerError(f"{self.python} cannot import open_webui:\n{out.stderr[-2000:]}")
        return Path(out.stdout.strip())

    def _spawn(self, port: int, env: dict[str, str]) -> None:
        assert self.tmp_dir is not None and self.log_path is not None
        cmd = [
            str(self.python),
            "-m",
            "uvicorn",
            "open_webui.main:app",
            "--host",
            HOST,
            "--port",
            str(port),
        ]
        with self.log_path.open("ab") as log:
            self._log_offset = log.tell()
            log.write(f"### {' '.join(cmd)}\n".encode())
            log.flush()
            self._proc = subprocess.Popen(
                cmd,
                cwd=self.tmp_dir,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # its own process group, and no terminal Ctrl-C
                preexec_fn=_die_with_parent_hook(),
            )
        self._started_at = time.monotonic()

    def _wait_ready(self, port: int, deployment_id: str) -> None:
        """Wait until /health answers 200 and /api/version names our deployment id.

        The id tells our server from any other process that took the port meanwhile (which
        would answer while ours fails to bind).
        """
        deadline = self._started_at + self.startup_timeout
        with httpx.Client(base_url=f"http://{HOST}:{port}", timeout=5.0) as client:
            while True:
                status = self._exit_status()
                if status is not None:
                    raise ServerError(
                        f"Open WebUI exited with status {status} during startup" + self.log_tail()
                    )
                with contextlib.suppress(httpx.TransportError, ValueError):
                    if (
                        client.get("/health").status_code == 200
                        and client.get("/api/version").json().get("deployment_id") == deployment_id
                    ):
                        self.health_seconds = time.monotonic() - self._started_at
                        return
                if time.monotonic() > deadline:
                    raise ServerError(
                        f"Open WebUI did not answer /health within {self.startup_timeout:.0f} s"
                        + self.log_tail()
                    )
                time.sleep(0.25)

    def _log(self) -> str:
        """The current attempt's server output."""
        if self.log_path is None or not self.log_path.exists():
            return ""
        with self.log_path.open("rb") as f:
            f.seek(self._log_offset)
            return f.read().decode(errors="replace")

    def _create_accounts(self, base_url: str, data_dir: str) -> ServerInfo:
        with httpx.Client(base_url=base_url, timeout=60.0) as client:
            admin = _call(
                client,
                "POST",
                "/api/v1/auths/signup",
                json={"name": ADMIN_NAME, "email": ADMIN_EMAIL, "password": self.admin_password},
            )
            if admin.get("role") != "admin":
                raise ServerError(f"the first signup got role {admin.get('role')!r}, not 'admin'")
            admin_auth = {"Authorization": f"Bearer {admin['token']}"}
            admin_key = _call(client, "POST", "/api/v1/auths/api_key", headers=admin_auth)
            # Signup closes after the first account; the admin adds the second one.
            user = _call(
                client,
                "POST",
                "/api/v1/auths/add",
                headers=admin_auth,
                json={
                    "name": USER_NAME,
                    "email": USER_EMAIL,
                    "password": self.user_password,
                    "role": "user",
                },
            )
            user_auth = {"Authorization": f"Bearer {user['token']}"}
            user_key = _call(client, "POST", "/api/v1/auths/api_key", headers=user_auth)
            version = _call(client, "GET", "/api/version").get("version", "")
        return ServerInfo(
            base_url=base_url,
            admin_key=admin_key["api_key"],
            admin_token=admin["token"],
            user_key=user_key["api_key"],
            user_token=user["token"],
            admin_id=admin["id"],
            user_id=user["id"],
            data_dir=data_dir,
            version=str(version),
            upstream_url=self.upstream.url if self.upstream is not None else None,
            upstream=self.upstream,
        )

    # -- state ----------------------------------------------------------------------------

    def _exit_status(self) -> int | None:
        """The server's exit status if it has ended, else None. It is not reaped here: until
        it is, its process group id cannot be reused, so signalling the group stays safe."""
        if self._proc is None:
            return None
        if self._proc.returncode is not None:
            return self._proc.returncode
        if not hasattr(os, "waitid"):  # macOS
            return self._proc.poll()
        try:
            info = os.waitid(os.P_PID, self._proc.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT)
        except ChildProcessError:
            return -1
        if info is None:
            return None
        return info.si_status if info.si_code == os.CLD_EXITED else -info.si_status

    @property
    def pid(self) -> int | None:
        """The server process's id, which is also its process group's; None when stopped."""
        return self._proc.pid if self._proc is not None else None

    def running(self) -> bool:
        return self._proc is not None and self._exit_status() is None

    def log_tail(self, lines: int = 60) -> str:
        tail = "\n".join(self._log().splitlines()[-lines:])
        return f"\n--- last {lines} lines of the server log ---\n{tail}" if tail else ""

    # -- stop -----------------------------------------------------------------------------

    def _killpg(self, sig: signal.Signals) -> None:
        assert self._proc is not None
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self._proc.pid, sig)

    def _terminate(self) -> None:
        """SIGTERM the process group, SIGKILL it after STOP_TIMEOUT, then reap the server."""
        if self._proc is None:
            return
        if self._proc.returncode is None:
            self._killpg(signal.SIGTERM)
            deadline = time.monotonic() + STOP_TIMEOUT
            while self._exit_status() is None and time.monotonic() < deadline:
                time.sleep(0.1)
            # Also reaches anything the server started that outlived it (the leader is not
            # reaped yet, so the group id is still ours).
            self._killpg(signal.SIGKILL)
            self._proc.wait()
        self._proc = None

    def shutdown(self) -> None:
        """Stop the server process as :meth:`stop` does (SIGTERM, SIGKILL after STOP_TIMEOUT)
        but keep its data directory, for :meth:`restart`. Safe to call more than once."""
        self._terminate()

    def kill(self) -> None:
        """SIGKILL the server's process group at once, as a crash would: no graceful shutdown.
        The data directory stays, for :meth:`restart`; :meth:`stop` still removes it."""
        if self._proc is None:
            return
        if self._proc.returncode is None:
            self._killpg(signal.SIGKILL)
            self._proc.wait()
        self._proc = None

    def stop(self) -> None:
        """Stop the server (and the upstream it started) and remove its data; safe to call
        more than once."""
        try:
            self._terminate()
        finally:
            if self.upstream is not None and self._owns_upstream:
                self.upstream.stop()
                self._owns_upstream = False
            if self.tmp_dir is not None:
                shutil.rmtree(self.tmp_dir, ignore_errors=True)
                self.tmp_dir = None


def _call(client: httpx.Client, method: str, url: str, **kwargs: object) -> dict[str, str]:
    response = client.request(method, url, **kwargs)  # type: ignore[arg-type]
    if response.status_code != 200:
        raise ServerError(f"{method} {url}: HTTP {response.status_code} {response.text[:500]}")
    data: dict[str, str] = response.json()
    return data


# -- command line ---------------------------------------------------------------------------


class _Stop(Exception):
    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def _raise_stop(signum: int, frame: FrameType | None) -> None:
    # Once: a second Ctrl-C must not interrupt the cleanup.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    raise _Stop(signum)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.splitlines()[0] if __doc__ else None,
    )
    parser.add_argument(
        "--run",
        nargs=argparse.REMAINDER,
        metavar="CMD",
        help="run CMD with OPENWEBUI_BASE_URL and OPENWEBUI_API_KEY (admin) set, then stop; exit with its status",
    )
    args = parser.parse_args(argv)
    if args.run is not None and not args.run:
        parser.error("--run needs a command")

    # Ctrl-C and SIGTERM stop the server in an orderly way, during startup too.
    signal.signal(signal.SIGTERM, _raise_stop)
    signal.signal(signal.SIGINT, _raise_stop)
    server = OpenWebUIServer()
    print(f"Starting Open WebUI with {server.python} ...", file=sys.stderr)
    try:
        with server as info:
            if args.run:
                return _run(args.run, info)
            _serve(server, info)
    except _Stop as e:
        print(f"Stopped ({e}).", file=sys.stderr)
        return 128 + e.signum
    except ServerError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    return 0


def _run(cmd: list[str], info: ServerInfo) -> int:
    env = dict(os.environ, OPENWEBUI_BASE_URL=info.base_url, OPENWEBUI_API_KEY=info.admin_key)
    if info.upstream_url is not None:
        env["OPENWEBUI_UPSTREAM_URL"] = info.upstream_url
    try:
        proc = subprocess.Popen(cmd, env=env)
    except OSError as e:
        print(f"error: cannot run {cmd[0]}: {e}", file=sys.stderr)
        return 127
    try:
        return proc.wait()
    except _Stop:
        # Ctrl-C reaches the command too (same terminal process group); SIGTERM does not.
        proc.terminate()
        try:
            proc.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        raise


def _serve(server: OpenWebUIServer, info: ServerInfo) -> None:
    upstream = (
        f"  upstream: OpenAI-compatible echo server at {info.upstream_url} (in this process),"
        f" models {', '.join(info.upstream.model_ids)}; embeddings model {EMBEDDING_MODEL}\n"
        if info.upstream is not None
        else "  upstream: none (no OpenAI API connection)\n"
    )
    print(
        f"Open WebUI {info.version or '(version unknown)'} is running at {info.base_url}"
        f" (ready in {server.health_seconds:.0f} s)\n"
        f"  admin: {ADMIN_EMAIL} / {server.admin_password}  API key: {info.admin_key}\n"
        f"  user:  {USER_EMAIL} / {server.user_password}  API key: {info.user_key}\n"
        f"  data:  {info.data_dir} (removed on exit)\n"
        f"{upstream}"
        f"\n  export OPENWEBUI_BASE_URL={info.base_url} OPENWEBUI_API_KEY={info.admin_key}\n"
        "\nCtrl-C to stop.",
        flush=True,
    )
    while server.running():
        time.sleep(0.5)
    raise ServerError("Open WebUI exited" + server.log_tail())


if __name__ == "__main__":
    sys.exit(main())
