"""The test server itself: up, both accounts' keys work, and Open WebUI's access rules hold."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from tests.integration._compat import server_before
from tests.server import SERVER_VERSION, ServerInfo

pytestmark = pytest.mark.integration

NOT_FOUND = "We could not find what you're looking for :/"


def client(info: ServerInfo, key: str | None) -> httpx.Client:
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    return httpx.Client(base_url=info.base_url, headers=headers, timeout=30.0)


@pytest.fixture
def admin(owui_server: ServerInfo) -> Iterator[httpx.Client]:
    with client(owui_server, owui_server.admin_key) as c:
        yield c


@pytest.fixture
def user(owui_server: ServerInfo) -> Iterator[httpx.Client]:
    with client(owui_server, owui_server.user_key) as c:
        yield c


@pytest.fixture
def admin_chat_id(admin: httpx.Client) -> str:
    response = admin.post("/api/v1/chats/new", json={"chat": {"title": "x"}})
    assert response.status_code == 200, response.text
    chat_id: str = response.json()["id"]
    return chat_id


def test_health_and_version(owui_server: ServerInfo) -> None:
    with client(owui_server, None) as anonymous:
        assert anonymous.get("/health").json() == {"status": True}
        assert anonymous.get("/api/version").json()["version"] == SERVER_VERSION


def test_tokens_identify_their_accounts(owui_server: ServerInfo) -> None:
    for token, user_id, role in [
        (owui_server.admin_token, owui_server.admin_id, "admin"),
        (owui_server.user_token, owui_server.user_id, "user"),
    ]:
        with client(owui_server, token) as c:
            me = c.get("/api/v1/auths/")
            assert me.status_code == 200, me.text
            assert (me.json()["id"], me.json()["role"]) == (user_id, role)


def test_api_keys_are_not_sessions(admin: httpx.Client, user: httpx.Client) -> None:
    # GET /api/v1/auths/ wants a signed-in (JWT) session; API keys get 403 (Open WebUI 0.11
    # accepted them).
    for c in (admin, user):
        me = c.get("/api/v1/auths/")
        if server_before("0.12"):
            assert me.status_code == 200
            continue
        assert me.status_code == 403
        assert me.json() == {"detail": "A human session is required."}


def test_admin_creates_and_reads_a_chat(
    admin: httpx.Client, admin_chat_id: str, owui_server: ServerInfo
) -> None:
    response = admin.get(f"/api/v1/chats/{admin_chat_id}")
    assert response.status_code == 200, response.text
    chat = response.json()
    assert chat["title"] == "x"
    assert chat["user_id"] == owui_server.admin_id


def test_user_creates_a_chat_with_its_key(user: httpx.Client, owui_server: ServerInfo) -> None:
    response = user.post("/api/v1/chats/new", json={"chat": {"title": "mine"}})
    assert response.status_code == 200, response.text
    assert response.json()["user_id"] == owui_server.user_id


def test_user_cannot_see_the_admins_chat(user: httpx.Client, admin_chat_id: str) -> None:
    response = user.get(f"/api/v1/chats/{admin_chat_id}")
    assert response.status_code == 401
    assert response.json() == {"detail": NOT_FOUND}


def test_bad_key_is_rejected(owui_server: ServerInfo) -> None:
    with client(owui_server, "sk-" + "0" * 32) as bad:
        assert bad.get("/api/v1/chats/").status_code == 401
    with client(owui_server, None) as anonymous:
        assert anonymous.get("/api/v1/chats/").status_code == 401


def test_user_is_refused_an_admin_only_call(user: httpx.Client, admin: httpx.Client) -> None:
    assert admin.get("/api/v1/chats/all/db").status_code == 200
    assert user.get("/api/v1/chats/all/db").status_code in (401, 403)
