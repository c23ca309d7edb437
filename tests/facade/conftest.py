"""Fixtures of the facade tests: both colours, a respx router that lets nothing reach the
network, and a client that is closed afterwards."""

from __future__ import annotations

import ssl
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx
import httpx._transports.default as httpx_transports
import pytest
import respx

from ._support import BASE, COLOURS, close, make_client


@pytest.fixture(scope="session")
def _tls_context() -> ssl.SSLContext:
    return httpx.create_ssl_context()


@pytest.fixture(autouse=True)
def _fast_tls(monkeypatch: pytest.MonkeyPatch, _tls_context: ssl.SSLContext) -> None:
    """Every httpx client built in a test reuses one TLS context instead of loading the CA
    bundle again (~60 ms a client). No test opens a connection: respx answers them all."""
    original = httpx_transports.create_ssl_context  # type: ignore[attr-defined]

    def cached(verify: Any = True, cert: Any = None, trust_env: bool = True) -> ssl.SSLContext:
        if verify is True and cert is None:
            return _tls_context
        return original(verify=verify, cert=cert, trust_env=trust_env)

    monkeypatch.setattr(httpx_transports, "create_ssl_context", cached)


@pytest.fixture(params=COLOURS)
def colour(request: pytest.FixtureRequest) -> str:
    """``"sync"`` (OpenWebUI) or ``"async"`` (AsyncOpenWebUI)."""
    return str(request.param)


@pytest.fixture
def router() -> Iterator[respx.MockRouter]:
    """Every httpx request is mocked; one to an unrouted URL fails the test."""
    with respx.mock(base_url=BASE, assert_all_called=False, assert_all_mocked=True) as mock:
        yield mock


@pytest.fixture(scope="session")
async def shared_clients() -> AsyncIterator[dict[str, Any]]:
    """One client per colour for the whole session: building an httpx client costs ~60 ms
    (its TLS context), and respx mocks the transport of clients built before it started."""
    clients = {colour: make_client(colour) for colour in COLOURS}
    yield clients
    for instance in clients.values():
        await close(instance)


@pytest.fixture
def client(colour: str, router: respx.MockRouter, shared_clients: dict[str, Any]) -> Any:
    """A client of the test's colour, against ``BASE``, without retries. Shared: do not
    close it; tests that need their own configuration build their own client."""
    return shared_clients[colour]


@pytest.fixture
async def make(colour: str, router: respx.MockRouter) -> AsyncIterator[Callable[..., Any]]:
    """Build clients of the test's colour with other options (see ``make_client``); all are
    closed afterwards."""
    built: list[Any] = []

    def factory(*args: Any, **kwargs: Any) -> Any:
        instance = make_client(colour, *args, **kwargs)
        built.append(instance)
        return instance

    yield factory
    for instance in built:
        await close(instance)
