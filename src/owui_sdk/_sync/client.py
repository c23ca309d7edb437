# Generated from src/owui_sdk/_async/client.py by `make generate` (unasync). Do not edit.
"""``OpenWebUI``: the client a blocking script holds.

One source for both colours: ``src/owui_sdk/_async/`` is written by hand and
``src/owui_sdk/_sync/`` is derived from it by ``make generate`` (unasync, as httpcore does);
``make check-generated`` fails when they drift.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, Self

import httpx

from .._base_client import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    RetryPolicy,
    as_timeout,
    make_common,
)
from .._resources import SyncResources
from .api_client import SyncAPIClient

if TYPE_CHECKING:
    from types import TracebackType

    from .chats import ChatsClient
    from .completions import Chat
    from .events import Events
    from .workspace import Workspace

__all__ = ["OpenWebUI"]

DEFAULT_BASE_URL = "http://127.0.0.1:8080"


def _resolve_base_url(base_url: str | None, api_url: str | None) -> str:
    if base_url is not None and api_url is not None:
        raise ValueError("pass base_url or api_url, not both")
    if api_url is not None:
        trimmed = str(api_url).rstrip("/")
        if not trimmed.endswith("/api"):
            raise ValueError(
                f"api_url must end in /api (e.g. http://host:8080/api), not {api_url!r}"
            )
        return trimmed[: -len("/api")]
    if base_url is not None:
        return str(base_url)
    return os.environ.get("OPENWEBUI_BASE_URL") or DEFAULT_BASE_URL


def _environment_key(base_url: str) -> str | None:
    """``OPENWEBUI_API_KEY``, but only for the environment's server: the one
    ``OPENWEBUI_BASE_URL`` names (the default URL when it is unset), spelt alike up to case,
    default port, a trailing slash or an ``/api`` suffix. A key must not reach a server it
    was not given for: ``OpenWebUI("http://other")`` does not send the environment's key."""
    key = os.environ.get("OPENWEBUI_API_KEY") or None
    if key is None:
        return None
    from .._transfer import normalised_url

    paired = os.environ.get("OPENWEBUI_BASE_URL") or DEFAULT_BASE_URL
    return key if normalised_url(base_url) == normalised_url(paired) else None


_METHODS = frozenset({"GET", "HEAD", "PUT", "POST", "PATCH", "DELETE", "OPTIONS"})


class OpenWebUI(SyncResources):
    """A client for one Open WebUI server: every endpoint of its API, as a resource per area.

    ``client.chats`` is the hand-written chats API; every other area of the schema is a
    generated resource named like its package in :mod:`owui_sdk.api`: ``client.users``,
    ``client.files``, ``client.knowledge``, ``client.models`` (model records), ... and
    ``client.system`` for the routes no router declares (version, health, config, the model
    list, completions, tasks). :meth:`request` reaches anything else.

    Args:
        base_url: The server's root URL, e.g. ``http://127.0.0.1:8080``. Defaults to the
            ``OPENWEBUI_BASE_URL`` environment variable, then ``http://127.0.0.1:8080``.
        api_key: An API key (``sk-...``) or a session token, sent as ``Authorization: Bearer``.
            Defaults to the ``OPENWEBUI_API_KEY`` environment variable, but only when the
            server is the environment's: the base URL comes from ``OPENWEBUI_BASE_URL`` or is
            that same server (``http://127.0.0.1:8080`` when it is unset), up to case, the
            default port, a trailing slash and an ``/api`` suffix. With another URL and no
            ``api_key``, no key is sent: the environment's key never goes to a server it was
            not given for. Never shown in a ``repr``, an exception or a log line.
        api_url: The API root instead of ``base_url``, ending in ``/api`` (as some Open WebUI
            documentation spells it).
        timeout: Seconds, or an :class:`httpx.Timeout`. Default: 5 s to connect, 60 s to read.
            With ``http_client`` and no ``timeout``, that client's own timeout applies.
        max_retries: How many times a failed request is sent again; default 2. Connection
            errors, timeouts, 408, 429, 500, 502, 503 and 504 are retried for GET, HEAD, PUT
            and DELETE; a POST or PATCH only when the connection failed before anything was
            sent.
        http_client: Your own :class:`httpx.Client` (pools, proxies, transports). Requests
            still go to ``base_url``; the client is not modified, and not closed by
            :meth:`close`.
        token: A session token (a JWT from ``POST /api/v1/auths/signin``, see
            :meth:`from_credentials`): what :attr:`events` connects with, since the socket
            refuses API keys. Sent as ``Authorization: Bearer`` when no ``api_key`` is given;
            with a token, ``OPENWEBUI_API_KEY`` is not used. Never shown in a ``repr``, an exception or a log line.

    Use it as a context manager, or call :meth:`close`::

        with OpenWebUI("http://127.0.0.1:8080", api_key="sk-...") as client:
            chats = client.chats.get_list()
    """

    __slots__ = ("_api", "_chat", "_chats", "_owns_http", "_resources")

    def __init__(
        self,
        base_url: str | None = None,
        api_key: str | None = None,
        *,
        api_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        token: str | None = None,
        _retry: RetryPolicy | None = None,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise TypeError(
                f"http_client must be an httpx.Client, not {type(http_client).__name__}"
            )
        resolved_url = _resolve_base_url(base_url, api_url)
        if api_key is None and token is None:
            # Credentials given by the caller replace the environment's, even for its server.
            api_key = _environment_key(resolved_url)
        explicit_timeout = as_timeout(timeout)
        common = make_common(
            base_url=resolved_url,
            api_key=api_key,
            # Our own client carries the timeout; a user's client keeps its own unless told.
            timeout=explicit_timeout if http_client is not None else None,
            max_retries=max_retries,
            owns_client=http_client is None,
            retry=_retry,
            token=token,
        )
        if http_client is None:
            http_client = httpx.Client(
                headers=common.headers, timeout=explicit_timeout or DEFAULT_TIMEOUT
            )
            self._owns_http = True
        else:
            self._owns_http = False
        self._api = SyncAPIClient(common=common, http=http_client)
        self._chats: ChatsClient | None = None
        self._chat: Chat | None = None
        self._resources: dict[str, Any] = {}

    @property
    def base_url(self) -> str:
        """The server root every request goes to."""
        return self._api.common.base_url

    @property
    def max_retries(self) -> int:
        """How many times a failed, safely repeatable request is sent again."""
        return self._api.common.retry.max_retries

    @property
    def chats(self) -> ChatsClient:
        """The chats API: list, create, update, tag, share, archive, import, delete."""
        chats = self._chats
        if chats is None:
            # Imported on first use: `import owui_sdk` stays free of endpoint modules.
            from .chats import ChatsClient

            chats = self._chats = ChatsClient(self._api)
        return chats

    @property
    def events(self) -> Events:
        """What the server pushes over its socket, typed: ``client.events.connect(...)``.

        Needs the ``events`` extra (``pip install 'owui-sdk[events]'``) and a session token
        (``token=``, or :meth:`from_credentials`); the guide "Real-time events and bots".

        Raises:
            owui_sdk.events.EventsUnavailableError: The ``events`` extra is not installed.
        """
        from .._socket import import_socketio
        from .events import Events

        import_socketio()
        return Events(self._api)

    @classmethod
    def from_credentials(
        cls,
        base_url: str,
        email: str,
        password: str,
        **options: Any,
    ) -> Self:
        """A client signed in with an account's email and password (``POST
        /api/v1/auths/signin``), holding the session token: the credentials
        :attr:`events` needs. ``options`` are the constructor's (``timeout``, ...)::

            client = OpenWebUI.from_credentials(url, "me@example.com", "secret")

        Raises:
            owui_sdk.errors.APIStatusError: The server refused the credentials (a wrong
                password is a 400 from Open WebUI).
            owui_sdk.errors.OpenWebUIError: The account cannot sign in this way (it needs a
                second factor, or is pending approval).
        """
        from ..errors import OpenWebUIError

        if "api_key" in options or "token" in options:
            raise TypeError("from_credentials signs in by itself: pass no api_key or token")
        with cls(base_url, **options) as anonymous:
            session = anonymous.auths.signin({"email": email, "password": password})
        token = getattr(session, "token", None)
        if not isinstance(token, str) or not token:
            raise OpenWebUIError(
                f"signing in as {email!r} gave no session token ({type(session).__name__}):"
                " the account needs a second factor or an administrator's approval"
            )
        return cls(base_url, token=token, **options)

    @property
    def chat(self) -> Chat:
        """Completions through Open WebUI: ``client.chat.completions.create(...)``, as in
        openai-python, streamed or not."""
        chat = self._chat
        if chat is None:
            from .completions import Chat

            chat = self._chat = Chat(self._api)
        return chat

    @property
    def workspace(self) -> Workspace:
        """The server's workspace as a folder of files: ``pull``, ``plan``, ``apply`` (models,
        prompts, tools, functions, skills, settings, ...); the guide "Workspaces as files"."""
        from .workspace import Workspace

        return Workspace(self._api)

    def with_options(
        self, *, timeout: float | httpx.Timeout | None = None, max_retries: int | None = None
    ) -> Self:
        """A copy with another timeout or retry count, sharing this client's connections.

        For one call: ``client.with_options(timeout=5).chats.get(chat_id)``. Closing the
        copy does not close the shared connections.
        """
        copy = object.__new__(type(self))
        copy._api = self._api.with_options(timeout=as_timeout(timeout), max_retries=max_retries)
        copy._chats = None
        copy._chat = None
        copy._resources = {}
        copy._owns_http = False
        return copy

    def request(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, Any] | None = None,
        json: Any = None,
        content: bytes | str | None = None,
        files: Any = None,
        headers: dict[str, str] | None = None,
    ) -> httpx.Response:
        """Send any request to the server: for what it has and the schema lacks.

        The same base URL, authentication, timeout, retries, logging and errors as every
        other call; the answer is read in full and returned as it is.

        Args:
            method: The HTTP method, e.g. ``"GET"``.
            path: The path below the base URL, starting with ``/``, e.g.
                ``"/api/v1/users/"``; a query may follow or go in ``params``.
            params: Query parameters.
            json: A body to send as JSON (left out when ``None``).
            content: A raw body instead (``bytes`` or ``str``); set its ``Content-Type`` in
                ``headers``.
            files: A multipart/form-data body, as httpx takes it:
                ``{"file": ("a.txt", open("a.txt", "rb"), "text/plain")}``. A POST whose body
                went out is not sent again.
            headers: Extra headers; they cannot replace ``Authorization`` from the API key
                unless given here on purpose.

        Returns:
            The :class:`httpx.Response` of a success status.

        Raises:
            ValueError: ``method`` is not an HTTP method, ``path`` does not start with ``/``,
                or more than one of ``json``, ``content`` and ``files`` is given.
            owui_sdk.errors.APIStatusError: An error status (a subclass per status).
            owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).
        """
        verb = method.upper() if isinstance(method, str) else ""
        if verb not in _METHODS:
            raise ValueError(f"method must be one of {sorted(_METHODS)}, not {method!r}")
        if not isinstance(path, str) or not path.startswith("/") or path.startswith("//"):
            raise ValueError(
                f"path must start with a single '/' (below the base URL), not {path!r}"
            )
        bodies = {"json": json, "content": content, "files": files}
        given = {name: value for name, value in bodies.items() if value is not None}
        if len(given) > 1:
            raise ValueError(f"pass one body at most, not {' and '.join(given)}")
        options: dict[str, Any] = {"method": verb, "url": path, **given}
        if params is not None:
            options["params"] = params
        if headers:
            options["headers"] = headers
        return self._api.request_ok(options)

    def server_version(self) -> str:
        """The Open WebUI version the server runs, as ``/api/version`` reports it
        (``"0.12.4"``).

        Asked once per client (and its :meth:`with_options` copies), then kept. The SDK asks
        it by itself only when a call fails with 404 or 405, to tell a missing operation
        (:class:`owui_sdk.errors.NotSupportedByServerError`) from a plain error.

        Raises:
            owui_sdk.errors.APIStatusError: An error status.
            owui_sdk.errors.APIResponseValidationError: The answer names no version.
            owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).
        """
        return self._api.server_version()

    def _request(self, options: dict[str, Any]) -> httpx.Response:
        # The protocol of the generated functions (owui_sdk.api): `client=` may be this client.
        return self._api._request(options)

    def _transport(self) -> SyncAPIClient:
        return self._api

    def close(self) -> None:
        """Close the connections, unless the httpx client was passed in by you."""
        if self._owns_http:
            self._api.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    def __reduce__(self) -> Any:
        # Pickling would copy the API key into bytes that outlive the client.
        raise TypeError(f"{type(self).__name__} cannot be pickled")
