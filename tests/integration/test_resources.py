"""The generated resources (``client.users``, ``client.notes``, ...) against a real Open WebUI.

Each test is written once and runs with both clients: the ``colour`` fixture picks
:class:`OpenWebUI` or :class:`AsyncOpenWebUI`, and :func:`resolve` awaits what the async one
returns. A test makes what it needs under unique names, checks the effect through another call
(``client.request(...)`` or another generated GET), and removes it again, whatever happens.

The server's models and embeddings come from the OpenAI-compatible echo server it is
connected to (tests/upstream.py): completions, tasks, file processing, retrieval and memories
run for real. Not here, because they need a service the test server does not have (and no
outside network): Ollama, speech and transcription, image generation, web search, code
execution (Jupyter), pipelines' valves, terminal proxies and tool servers, a connected app,
OAuth, LDAP and MFA enrolment, event webhooks and notification targets (both refuse loopback
URLs). Their settings are read where the server serves them without the service. Chats are
tested in test_chats*.py.
"""

from __future__ import annotations

import contextlib
import hashlib
import inspect
import io
import secrets
import time
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest

import owui_sdk.models
from owui_sdk import AsyncOpenWebUI, OpenWebUI
from owui_sdk.errors import (
    APIResponseValidationError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    NotFoundError,
    NotSupportedByServerError,
    PermissionDeniedError,
    UnprocessableEntityError,
)
from owui_sdk.models import (
    AddUserForm,
    BannerModel,
    CalendarEventForm,
    CalendarForm,
    CreateChannelForm,
    File,
    FolderForm,
    FolderUpdateForm,
    FunctionForm,
    FunctionMeta,
    GroupForm,
    GroupUpdateForm,
    ImagesConfig,
    KnowledgeForm,
    ModelForm,
    ModelIdForm,
    ModelMeta,
    NoteForm,
    PromptForm,
    SessionUserResponse,
    SetBannersForm,
    SigninForm,
    SkillForm,
    ToolForm,
    ToolMeta,
    UpdateProfileForm,
    UploadFileBody,
    UserIdsForm,
    UserUpdateForm,
)
from tests._schema import has_schema
from tests.integration._chats_helpers import two_message_history
from tests.integration._compat import server_before
from tests.server import ADMIN_EMAIL, ADMIN_NAME, SERVER_VERSION, ServerInfo

pytestmark = pytest.mark.integration

# What Open WebUI 0.12.4 answers (open_webui.constants.ERROR_MESSAGES).
NOT_FOUND = "We could not find what you're looking for :/"
# The models of the OpenAI-compatible echo server the test server is connected to
# (tests/upstream.py): they answer "Echo: " + the last user message.
ECHO_MODELS = ("echo-1", "echo-2")
HUMAN_SESSION_REQUIRED = "A human session is required."

Connect = Callable[[str], Any]


# --- helpers ---------------------------------------------------------------------------------


async def resolve(value: Any) -> Any:
    """The value of a call in either colour: awaited for the async client."""
    if inspect.isawaitable(value):
        return await value
    return value


def unique(prefix: str) -> str:
    """A name no other test (or earlier run on the same server) uses: ``prefix_<12 hex>``."""
    return f"{prefix}_{secrets.token_hex(6)}"


async def get_json(client: Any, path: str, **params: Any) -> Any:
    """``GET path`` through ``client.request``: the decoded body of a 200 answer."""
    response = await resolve(client.request("GET", path, params=params or None))
    assert isinstance(response, httpx.Response)
    assert response.status_code == 200, response.text
    return response.json()


@contextlib.asynccontextmanager
async def admin_config(session: Any, **changes: Any) -> AsyncIterator[dict[str, Any]]:
    """The admin settings with ``changes`` for the duration; put back as they were after.

    Changing them needs a signed-in admin (a JWT): an API key is refused with 403.
    """
    before: dict[str, Any] = await resolve(session.auths.get_admin_config())
    await resolve(session.auths.update_admin_config({**before, **changes}))
    try:
        yield before
    finally:
        await resolve(session.auths.update_admin_config(before))
    assert await resolve(session.auths.get_admin_config()) == before


# --- fixtures --------------------------------------------------------------------------------


def _model_params(params: dict[str, Any]) -> Any:
    # A model from Open WebUI 0.12's schema on; before, a free-form object (a plain dict).
    cls = getattr(owui_sdk.models, "ModelParams", None)
    return cls.from_dict(params) if cls is not None else params


@pytest.fixture(params=["sync", "async"])
def colour(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
async def connect(colour: str, owui_server: ServerInfo) -> AsyncIterator[Connect]:
    """Makes clients of this test's colour with a key or token; closes them at the end."""
    made: list[Any] = []

    def connect(key: str) -> Any:
        client: Any
        if colour == "sync":
            client = OpenWebUI(owui_server.base_url, api_key=key)
        else:
            client = AsyncOpenWebUI(owui_server.base_url, api_key=key)
        made.append(client)
        return client

    yield connect
    for client in made:
        if isinstance(client, AsyncOpenWebUI):
            await client.aclose()
        else:
            client.close()


@pytest.fixture
def admin(connect: Connect, owui_server: ServerInfo) -> Any:
    """The admin with an API key."""
    return connect(owui_server.admin_key)


@pytest.fixture
def user(connect: Connect, owui_server: ServerInfo) -> Any:
    """The normal user with an API key."""
    return connect(owui_server.user_key)


@pytest.fixture
def admin_session(connect: Connect, owui_server: ServerInfo) -> Any:
    """The admin signed in (JWT): some endpoints refuse API keys."""
    return connect(owui_server.admin_token)


# --- system: the untagged root routes --------------------------------------------------------


async def test_server_version_and_what_the_release_lacks(admin: Any) -> None:
    # The version is the server's own; an operation its release lacks (by the table) is a
    # NotSupportedByServerError naming it, an operation it has works.
    assert await resolve(admin.server_version()) == SERVER_VERSION
    chat = await resolve(admin.chats.create_new({"chat": {"title": unique("compat")}}))
    try:
        if server_before("0.12"):
            with pytest.raises(NotSupportedByServerError) as info:
                await resolve(admin.chats.update_params(chat.id, {"seed": 1}))
            assert (info.value.operation, info.value.server_version) == (
                "PATCH /api/v1/chats/{id}/params",
                SERVER_VERSION,
            )
            assert info.value.first_release == "0.12.4"
        else:
            assert await resolve(admin.chats.update_params(chat.id, {"seed": 1})) == {"seed": 1}
        with pytest.raises(NotFoundError) as plain:  # an operation every release has
            await resolve(admin.chats.get(unique("no-such-chat")))
        assert not isinstance(plain.value, NotSupportedByServerError)
    finally:
        await resolve(admin.chats.delete(chat.id))


async def test_system_root_routes(admin: Any) -> None:
    version = await resolve(admin.system.get_app_version())
    assert version.version == SERVER_VERSION
    assert version.to_dict() == await get_json(admin, "/api/version")

    assert (await resolve(admin.system.healthcheck())).status is True
    assert (await resolve(admin.system.check_db_health())).status is True
    assert (await resolve(admin.system.readiness_check())).status is True

    config = await resolve(admin.system.get_app_config())
    assert (config["name"], config["version"]) == ("Open WebUI", SERVER_VERSION)
    assert config["features"]["auth"] is True

    # The models of the echo upstream the server is connected to, as the raw answer says.
    models = await resolve(admin.system.get_models())
    assert set(ECHO_MODELS) <= {m["id"] for m in models["data"]}
    assert models == await get_json(admin, "/api/models")

    # Users active in the last 3 minutes: at least the admin, who just called.
    usage = await resolve(admin.system.get_current_usage())
    assert 1 <= usage["user_count"] <= (await resolve(admin.users.get_users())).total
    assert (await resolve(admin.system.list_tasks_endpoint())).tasks == []

    catalog = await resolve(admin.system.get_event_catalog())
    assert catalog["schema"] == SERVER_VERSION
    assert "system.startup.completed" in {event["event"] for event in catalog["events"]}
    assert (await resolve(admin.system.get_manifest_json()))["name"] == "Open WebUI"


async def test_request_escape_hatch(admin: Any, owui_server: ServerInfo) -> None:
    response = await resolve(admin.request("GET", "/api/v1/users/", params={"page": 1}))
    assert isinstance(response, httpx.Response)
    assert response.status_code == 200
    body = response.json()
    ids = {u["id"] for u in body["users"]}
    assert {owui_server.admin_id, owui_server.user_id} <= ids
    assert body["total"] == len(body["users"])
    # The same data through the generated method.
    assert {u.id for u in (await resolve(admin.users.get_users(page=1))).users} == ids

    # A body, and an error status mapped to the typed error.
    title = unique("request_note")
    made = await resolve(admin.request("POST", "/api/v1/notes/create", json={"title": title}))
    note_id = made.json()["id"]
    try:
        assert (await resolve(admin.notes.get_note_by_id(note_id))).title == title
    finally:
        assert await resolve(admin.notes.delete_note_by_id(note_id)) is True
    with pytest.raises(NotFoundError) as caught:
        await resolve(admin.request("GET", f"/api/v1/notes/{note_id}"))
    assert (caught.value.status_code, caught.value.detail) == (404, NOT_FOUND)


async def test_endpoint_functions_take_the_client(
    colour: str, admin: Any, owui_server: ServerInfo
) -> None:
    from owui_sdk.api.users import get_user_by_id, get_users

    if colour == "sync":
        listed = get_users.sync(client=admin, page=1)
        one = get_user_by_id.sync(owui_server.user_id, client=admin)
        detailed = get_user_by_id.sync_detailed(owui_server.user_id, client=admin)
    else:
        listed = await get_users.asyncio(client=admin, page=1)
        one = await get_user_by_id.asyncio(owui_server.user_id, client=admin)
        detailed = await get_user_by_id.asyncio_detailed(owui_server.user_id, client=admin)
    assert {owui_server.admin_id, owui_server.user_id} <= {u.id for u in listed.users}
    assert one.name == "User"
    assert detailed.status_code == 200
    assert detailed.parsed is not None and detailed.parsed.name == "User"


# --- errors ----------------------------------------------------------------------------------


async def test_errors_are_typed(
    connect: Connect, admin: Any, user: Any, owui_server: ServerInfo
) -> None:
    # A real 404.
    with pytest.raises(NotFoundError) as caught:
        await resolve(admin.notes.get_note_by_id(unique("nonote")))
    assert (caught.value.status_code, caught.value.detail) == (404, NOT_FOUND)

    # Open WebUI's "not found" sent as 401: still NotFoundError, status kept.
    with pytest.raises(NotFoundError) as caught:
        await resolve(admin.functions.get_function_by_id(unique("nofn")))
    assert caught.value.status_code == 401

    # ... and sent as 400 by GET /api/v1/users/{unknown id}: a plain status error.
    with pytest.raises(APIStatusError) as status_caught:
        await resolve(admin.users.get_user_by_id(unique("nouser")))
    assert (status_caught.value.status_code, status_caught.value.detail) == (400, NOT_FOUND)

    # A key the server does not know.
    stranger = connect("sk-" + secrets.token_hex(16))
    with pytest.raises(AuthenticationError) as auth_caught:
        await resolve(stranger.users.get_users())
    assert auth_caught.value.status_code == 401

    # A normal user on admin-only calls: 401 "do not have permission" -> PermissionDeniedError.
    calls: list[Callable[[], Any]] = [
        lambda: user.users.get_users(),
        lambda: user.configs.export_config(),
        lambda: user.groups.create_new_group(GroupForm(name=unique("g"), description="")),
    ]
    for call in calls:
        with pytest.raises(PermissionDeniedError) as denied:
            await resolve(call())
        assert denied.value.status_code == 401
    # The user's own data is fine.
    status = await resolve(user.users.get_user_status_by_session_user())
    assert (status.id, status.role) == (owui_server.user_id, "user")

    # Validation.
    with pytest.raises(UnprocessableEntityError) as invalid:
        await resolve(admin.notes.create_new_note({}))
    assert invalid.value.status_code == 422
    assert ["body", "title"] in [entry["loc"] for entry in invalid.value.detail]


# --- users and auths -------------------------------------------------------------------------


async def test_users_and_auths_on_a_new_account(connect: Connect, admin: Any) -> None:
    name, email = unique("Person"), f"{unique('person')}@example.com"
    password = secrets.token_urlsafe(12)
    added = await resolve(
        admin.auths.add_user(AddUserForm(name=name, email=email, password=password, role="user"))
    )
    try:
        assert (added.name, added.email, added.role) == (name, email, "user")
        assert (await resolve(admin.users.get_user_by_id(added.id))).name == name

        renamed = unique("Renamed")
        form = UserUpdateForm(name=renamed, role="user", email=email, profile_image_url="/user.png")
        updated = await resolve(admin.users.update_user_by_id(added.id, form))
        assert updated is not None and updated.name == renamed
        assert (await get_json(admin, f"/api/v1/users/{added.id}"))["name"] == renamed
        found = await resolve(admin.users.get_users(query=renamed))
        assert [u.id for u in found.users] == [added.id]
        searched = await resolve(admin.users.search_users(query=renamed))
        assert [u.id for u in searched.users] == [added.id]
        info = await resolve(admin.users.get_user_info_by_id(added.id))
        assert (info.email, info.role) == (email, "user")

        # The account's own session: the token add_user returned, then a fresh sign-in.
        session = connect(added.token)
        me = await resolve(session.auths.get_session_user())
        assert (me.id, me.role) == (added.id, "user")
        signed_in = await resolve(session.auths.signin(SigninForm(email=email, password=password)))
        assert isinstance(signed_in, SessionUserResponse)
        assert signed_in.id == added.id
        again = connect(signed_in.token)
        assert (await resolve(again.auths.get_session_user())).id == added.id

        profile_name = unique("Profile")
        profile = UpdateProfileForm(profile_image_url="/user.png", name=profile_name)
        assert (await resolve(session.auths.update_profile(profile))).name == profile_name
        assert (await resolve(admin.users.get_user_by_id(added.id))).name == profile_name

        marker = unique("setting")
        await resolve(session.users.update_user_settings_by_session_user({"ui": {"k": marker}}))
        settings = await resolve(session.users.get_user_settings_by_session_user())
        assert settings is not None and settings.ui == {"k": marker}
    finally:
        assert await resolve(admin.users.delete_user_by_id(added.id)) is True
    with pytest.raises(APIStatusError) as caught:
        await resolve(admin.users.get_user_by_id(added.id))
    assert caught.value.detail == NOT_FOUND


async def test_auths_session_user_needs_a_session(
    admin: Any, admin_session: Any, owui_server: ServerInfo
) -> None:
    me = await resolve(admin_session.auths.get_session_user())
    assert (me.id, me.role, me.email) == (owui_server.admin_id, "admin", ADMIN_EMAIL)
    assert (await resolve(admin_session.auths.get_api_key())).api_key == owui_server.admin_key
    mfa = await resolve(admin_session.auths.get_mfa_status())
    assert mfa.enabled is False

    with pytest.raises(PermissionDeniedError) as caught:
        await resolve(admin.auths.get_session_user())
    assert (caught.value.status_code, caught.value.detail) == (403, HUMAN_SESSION_REQUIRED)

    assert await resolve(admin.auths.get_admin_details()) == {
        "name": ADMIN_NAME,
        "email": ADMIN_EMAIL,
    }
    config = await resolve(admin.auths.get_admin_config())
    assert config["ENABLE_API_KEYS"] is True
    assert config == await get_json(admin, "/api/v1/auths/admin/config")


# --- groups, notes, folders, prompts ---------------------------------------------------------


async def test_groups_round_trip(admin: Any, owui_server: ServerInfo) -> None:
    name = unique("group")
    group = await resolve(admin.groups.create_new_group(GroupForm(name=name, description="d1")))
    assert group is not None
    try:
        got = await resolve(admin.groups.get_group_by_id(group.id))
        assert (got.name, got.description, got.member_count) == (name, "d1", 0)

        renamed = unique("group")
        form = GroupUpdateForm(name=renamed, description="d2")
        assert (await resolve(admin.groups.update_group_by_id(group.id, form))).name == renamed
        raw = await get_json(admin, f"/api/v1/groups/id/{group.id}")
        assert (raw["name"], raw["description"]) == (renamed, "d2")

        members = UserIdsForm(user_ids=[owui_server.user_id])
        added = await resolve(admin.groups.add_user_to_group(group.id, members))
        assert added.member_count == 1
        in_group = await resolve(admin.groups.get_users_in_group(group.id))
        assert [u.id for u in in_group] == [owui_server.user_id]
        of_user = await resolve(admin.users.get_user_groups_by_id(owui_server.user_id))
        assert group.id in {g.id for g in of_user}
        removed = await resolve(admin.groups.remove_users_from_group(group.id, members))
        assert removed.member_count == 0
        assert group.id in {g.id for g in await resolve(admin.groups.get_groups())}
    finally:
        assert await resolve(admin.groups.delete_group_by_id(group.id)) is True
    with pytest.raises(NotFoundError):
        await resolve(admin.groups.get_group_by_id(group.id))
    assert group.id not in {g["id"] for g in await get_json(admin, "/api/v1/groups/")}


async def test_notes_round_trip(admin: Any) -> None:
    title = unique("note")
    form = NoteForm(title=title, data={"content": {"md": "hello"}})
    note = await resolve(admin.notes.create_new_note(form))
    assert note is not None
    try:
        got = await resolve(admin.notes.get_note_by_id(note.id))
        assert (got.title, got.data, got.is_pinned) == (title, {"content": {"md": "hello"}}, False)

        retitled = unique("note")
        # Its own form from Open WebUI 0.12's schema on; NoteForm before.
        form_update = (
            owui_sdk.models.NoteUpdateForm(title=retitled)
            if has_schema("NoteUpdateForm")
            else NoteForm(title=retitled)
        )
        assert (
            await resolve(admin.notes.update_note_by_id(note.id, form_update))
        ).title == retitled
        assert (await get_json(admin, f"/api/v1/notes/{note.id}"))["title"] == retitled

        assert (await resolve(admin.notes.pin_note_by_id(note.id))).is_pinned is True
        assert note.id in {n.id for n in await resolve(admin.notes.get_pinned_notes())}
        searched = await resolve(admin.notes.search_notes(query=retitled))
        assert [n.id for n in searched.items] == [note.id]
        # The cross-kind search finds it too.
        found = await resolve(admin.search.search(q=retitled, kind="note"))
        assert [item.id for item in found.items] == [f"note:{note.id}"]
    finally:
        assert await resolve(admin.notes.delete_note_by_id(note.id)) is True
    with pytest.raises(NotFoundError):
        await resolve(admin.notes.get_note_by_id(note.id))


async def test_folders_round_trip(admin: Any) -> None:
    name = unique("folder")
    folder = await resolve(admin.folders.create_folder(FolderForm(name=name)))
    folder_id = folder.id
    try:
        got = await resolve(admin.folders.get_folder_by_id(folder_id))
        assert (got.name, got.is_expanded) == (name, False)

        renamed = unique("folder")
        await resolve(
            admin.folders.update_folder_name_by_id(folder_id, FolderUpdateForm(name=renamed))
        )
        await resolve(
            admin.folders.update_folder_is_expanded_by_id(folder_id, {"is_expanded": True})
        )
        raw = await get_json(admin, f"/api/v1/folders/{folder_id}")
        assert (raw["name"], raw["is_expanded"]) == (renamed, True)
        listed = {f.id: f.name for f in await resolve(admin.folders.get_folders())}
        assert listed[folder_id] == renamed
    finally:
        assert await resolve(admin.folders.delete_folder_by_id(folder_id)) is True
    with pytest.raises(NotFoundError):
        await resolve(admin.folders.get_folder_by_id(folder_id))


async def test_prompts_round_trip(admin: Any) -> None:
    command, tag = unique("cmd"), unique("tag")
    form = PromptForm(command=command, name="First", content="Say {{x}}", tags=[tag])
    prompt = await resolve(admin.prompts.create_new_prompt(form))
    assert prompt is not None
    try:
        got = await resolve(admin.prompts.get_prompt_by_id(prompt.id))
        assert (got.command, got.content, got.tags, got.is_active) == (
            command,
            "Say {{x}}",
            [tag],
            True,
        )
        assert tag in await resolve(admin.prompts.get_prompt_tags())

        form2 = PromptForm(command=command, name="Second", content="Say {{y}}", tags=[tag])
        updated = await resolve(admin.prompts.update_prompt_by_id(prompt.id, form2))
        assert (updated.name, updated.content) == ("Second", "Say {{y}}")
        raw = await get_json(admin, f"/api/v1/prompts/id/{prompt.id}")
        assert (raw["name"], raw["content"]) == ("Second", "Say {{y}}")
        history = await resolve(admin.prompts.get_prompt_history(prompt.id))
        assert len(history) == 2
        assert {h.snapshot["content"] for h in history} == {"Say {{x}}", "Say {{y}}"}

        toggled = await resolve(admin.prompts.toggle_prompt_active(prompt.id))
        assert toggled.is_active is False
        listed = await resolve(admin.prompts.get_prompt_list(query=command, page=1))
        assert [p.id for p in listed.items] == [prompt.id]
    finally:
        assert await resolve(admin.prompts.delete_prompt_by_id(prompt.id)) is True
    with pytest.raises(NotFoundError):
        await resolve(admin.prompts.get_prompt_by_id(prompt.id))


# --- knowledge, files, model records ---------------------------------------------------------


async def test_knowledge_round_trip_without_files(admin: Any) -> None:
    name = unique("kb")
    kb = await resolve(
        admin.knowledge.create_new_knowledge(KnowledgeForm(name=name, description="d1"))
    )
    assert kb is not None
    try:
        listed = await resolve(admin.knowledge.get_knowledge_bases(page=1))
        assert kb.id in {k.id for k in listed.items}
        got = await resolve(admin.knowledge.get_knowledge_by_id(kb.id))
        assert (got.name, got.description) == (name, "d1")

        renamed = unique("kb")
        form = KnowledgeForm(name=renamed, description="d2")
        assert (await resolve(admin.knowledge.update_knowledge_by_id(kb.id, form))).name == renamed
        raw = await get_json(admin, f"/api/v1/knowledge/{kb.id}")
        assert (raw["name"], raw["description"]) == (renamed, "d2")
        searched = await resolve(admin.knowledge.search_knowledge_bases(query=renamed))
        assert [k.id for k in searched.items] == [kb.id]

        directory = await resolve(
            admin.knowledge.create_knowledge_directory(kb.id, {"name": "dir"})
        )
        files = await resolve(admin.knowledge.get_knowledge_files_by_id(kb.id))
        assert (files.total, [d.id for d in files.directories]) == (0, [directory.id])
    finally:
        assert await resolve(admin.knowledge.delete_knowledge_by_id(kb.id)) is True
    with pytest.raises(NotFoundError):
        await resolve(admin.knowledge.get_knowledge_by_id(kb.id))


async def test_files_round_trip(admin: Any) -> None:
    name, text, marker = f"{unique('file')}.txt", f"hello {secrets.token_hex(4)}", unique("meta")
    payload = File(payload=io.BytesIO(text.encode()), file_name=name, mime_type="text/plain")
    body = UploadFileBody(file=payload, metadata={"source": marker})
    uploaded = await resolve(admin.files.upload_file(body, process=False))
    file_id = uploaded.id
    try:
        assert (uploaded.filename, uploaded.meta.size) == (name, len(text))
        got = await resolve(admin.files.get_file_by_id(file_id))
        assert (got.filename, got.meta["content_type"], got.meta["data"]) == (
            name,
            "text/plain",
            {"source": marker},
        )
        assert await resolve(admin.files.get_file_content_by_id(file_id)) == text
        by_name = await resolve(admin.files.get_file_content_by_id_by_file_name(file_id, name))
        assert by_name == text
        # Uploaded with process=false: never processed.
        assert await resolve(admin.files.get_file_process_status(file_id)) == {"status": "pending"}
        assert [f.id for f in await resolve(admin.files.search_files(filename=name))] == [file_id]
        assert file_id in {f.id for f in (await resolve(admin.files.list_files(page=1))).items}

        renamed = f"{unique('file')}.txt"
        await resolve(admin.files.rename_file_by_id(file_id, {"filename": renamed}))
        assert (await get_json(admin, f"/api/v1/files/{file_id}"))["filename"] == renamed
    finally:
        await resolve(admin.files.delete_file_by_id(file_id))
    with pytest.raises(NotFoundError):
        await resolve(admin.files.get_file_by_id(file_id))


async def test_file_processing_knowledge_and_retrieval(admin: Any) -> None:
    """Embeddings come from the echo upstream: a processed file is found by a query."""
    word = secrets.token_hex(4)
    name, text = f"{unique('doc')}.txt", f"The secret word is {word}."
    payload = File(payload=io.BytesIO(text.encode()), file_name=name, mime_type="text/plain")
    uploaded = await resolve(admin.files.upload_file(UploadFileBody(file=payload)))
    file_id = uploaded.id
    kb = await resolve(
        admin.knowledge.create_new_knowledge(KnowledgeForm(name=unique("kb"), description=""))
    )
    try:
        # Returns once completed; failed or still pending after 30 s raises.
        await resolve(admin.files.wait_until_processed(file_id, timeout=30))
        extracted = await resolve(admin.files.get_file_data_content_by_id(file_id))
        assert extracted.content == text

        added = await resolve(
            admin.knowledge.add_file_to_knowledge_by_id(kb.id, {"file_id": file_id})
        )
        assert [f.id for f in added.files] == [file_id]
        listed = await resolve(admin.knowledge.get_knowledge_files_by_id(kb.id))
        assert [f.id for f in listed.items] == [file_id]

        query = {"collection_names": [kb.id], "query": "secret word", "k": 1}
        found = await resolve(admin.retrieval.query_collection_handler(query))
        assert found["documents"] == [[text]]
        assert found["metadatas"][0][0]["file_id"] == file_id

        # Removing it from the knowledge base deletes the file too (delete_file=True).
        removed = await resolve(
            admin.knowledge.remove_file_from_knowledge_by_id(kb.id, {"file_id": file_id})
        )
        assert removed.files == []
        with pytest.raises(NotFoundError):
            await resolve(admin.files.get_file_by_id(file_id))
    finally:
        with contextlib.suppress(NotFoundError):
            await resolve(admin.files.delete_file_by_id(file_id))
        assert await resolve(admin.knowledge.delete_knowledge_by_id(kb.id)) is True


async def test_model_records_round_trip(admin: Any) -> None:
    model_id, base, name = unique("model"), "echo-1", unique("Model")
    form = ModelForm(
        id=model_id,
        name=name,
        meta=ModelMeta(description="one"),
        params=_model_params({"temperature": 0.5}),
        base_model_id=base,
    )
    created = await resolve(admin.models.create_new_model(form))
    assert created is not None
    try:
        assert (created.base_model_id, created.params["temperature"]) == (base, 0.5)
        got = await resolve(admin.models.get_model_by_id(id=model_id))
        assert (got.name, got.meta.description, got.is_active) == (name, "one", True)
        raw = await get_json(admin, "/api/v1/models/model", id=model_id)
        assert (raw["name"], raw["base_model_id"]) == (name, base)

        # The list's query matches names, not ids.
        listed = await resolve(admin.models.get_models(query=name, page=1))
        assert [m.id for m in listed.items] == [model_id]
        # A record on an existing base model is a model to chat with.
        assert model_id in {m["id"] for m in (await resolve(admin.system.get_models()))["data"]}
        body = {"model": model_id, "messages": [{"role": "user", "content": "via the record"}]}
        answer = await resolve(admin.system.chat_completion(body))
        assert answer["choices"][0]["message"]["content"] == "Echo: via the record"

        toggled = await resolve(admin.models.toggle_model_by_id(id=model_id))
        assert toggled.is_active is False

        update = {
            "id": model_id,
            "name": "Second",
            "base_model_id": base,
            "meta": {"description": "two"},
            "params": {},
        }
        assert (await resolve(admin.models.update_model_by_id(update))).name == "Second"
        assert (await resolve(admin.models.get_model_by_id(id=model_id))).meta.description == "two"
        assert len(await resolve(admin.models.get_model_history(id=model_id))) == 2
    finally:
        assert await resolve(admin.models.delete_model_by_id(ModelIdForm(id=model_id))) is True
    with pytest.raises(NotFoundError):
        await resolve(admin.models.get_model_by_id(id=model_id))
    assert model_id not in {m["id"] for m in (await resolve(admin.system.get_models()))["data"]}


# --- configs and settings --------------------------------------------------------------------


async def test_configs(admin: Any, owui_server: ServerInfo) -> None:
    before = await resolve(admin.configs.get_banners())
    banner = BannerModel(
        id=unique("banner"),
        type="info",
        content="Maintenance tonight",
        dismissible=True,
        timestamp=int(time.time()),
    )
    try:
        saved = await resolve(admin.configs.set_banners(SetBannersForm(banners=[*before, banner])))
        assert [b.id for b in saved] == [*(b.id for b in before), banner.id]
        raw = await get_json(admin, "/api/v1/configs/banners")
        assert (raw[-1]["id"], raw[-1]["type"], raw[-1]["content"]) == (
            banner.id,
            "info",
            "Maintenance tonight",
        )
    finally:
        await resolve(admin.configs.set_banners(SetBannersForm(banners=before)))
    assert [b.id for b in await resolve(admin.configs.get_banners())] == [b.id for b in before]

    exported = await resolve(admin.configs.export_config())
    assert (exported["ollama.enable"], exported["openai.enable"]) == (False, True)
    assert exported["openai.api_base_urls"] == [owui_server.upstream_url]
    ui = await resolve(admin.configs.get_config_namespace("ui"))
    assert ui and all(key.startswith("ui.") for key in ui)
    assert {key: exported[key] for key in ui} == ui
    connections = await resolve(admin.configs.get_connections_config())
    assert connections.enable_direct_connections is exported["direct.enable"]
    assert (await resolve(admin.configs.get_tool_servers_config())).tool_server_connections == []


async def test_task_config(admin: Any) -> None:
    before = await resolve(admin.tasks.get_task_config())
    flipped = not before["ENABLE_TITLE_GENERATION"]
    try:
        changed = await resolve(
            admin.tasks.update_task_config({**before, "ENABLE_TITLE_GENERATION": flipped})
        )
        assert changed["ENABLE_TITLE_GENERATION"] is flipped
        raw = await get_json(admin, "/api/v1/tasks/config")
        assert raw["ENABLE_TITLE_GENERATION"] is flipped
    finally:
        await resolve(admin.tasks.update_task_config(before))
    assert await resolve(admin.tasks.get_task_config()) == before


async def test_images_config(admin: Any) -> None:
    before = await resolve(admin.images.get_config())
    assert before.enable_image_generation is False
    size = "256x256" if before.image_size != "256x256" else "512x512"
    try:
        changed = ImagesConfig.from_dict({**before.to_dict(), "IMAGE_SIZE": size})
        await resolve(admin.images.update_config(changed))
        assert (await get_json(admin, "/api/v1/images/config"))["IMAGE_SIZE"] == size
    finally:
        await resolve(admin.images.update_config(before))
    assert (await resolve(admin.images.get_config())).to_dict() == before.to_dict()


async def test_service_settings(admin: Any, owui_server: ServerInfo) -> None:
    """The settings of the model, embedding and audio services, as the raw GETs say."""
    for call, path in (
        (admin.retrieval.get_rag_config, "/api/v1/retrieval/config"),
        (admin.retrieval.get_embedding_config, "/api/v1/retrieval/embedding"),
        (admin.audio.get_audio_config, "/api/v1/audio/config"),
        (admin.ollama.get_config, "/ollama/config"),
        (admin.openai.get_config, "/openai/config"),
    ):
        assert await resolve(call()) == await get_json(admin, path)
    assert (await resolve(admin.ollama.get_config()))["ENABLE_OLLAMA_API"] is False
    openai = await resolve(admin.openai.get_config())
    assert (openai["ENABLE_OPENAI_API"], openai["OPENAI_API_BASE_URLS"]) == (
        True,
        [owui_server.upstream_url],
    )
    embedding = await resolve(admin.retrieval.get_embedding_config())
    assert (embedding["RAG_EMBEDDING_ENGINE"], embedding["openai_config"]["url"]) == (
        "openai",
        owui_server.upstream_url,
    )
    assert (await resolve(admin.retrieval.get_rag_config()))["status"] is True
    # No pipelines server and no terminal server among the connections.
    assert await resolve(admin.pipelines.get_pipelines_list()) == {"data": []}
    assert await resolve(admin.terminals.list_terminal_servers()) == []


async def test_utils(admin: Any) -> None:
    assert await resolve(admin.utils.format_code({"code": "x=1"})) == {"code": "x = 1\n"}
    email = f"{unique('someone')}@example.com"
    gravatar = await resolve(admin.utils.get_gravatar(email=email))
    assert hashlib.sha256(email.encode()).hexdigest() in gravatar
    database = await resolve(admin.utils.download_db())
    assert isinstance(database, bytes) and database.startswith(b"SQLite format 3\x00")


# --- completions through the echo upstream ---------------------------------------------------


async def test_completions_through_the_echo_upstream(admin: Any) -> None:
    listed = await resolve(admin.openai.get_models())
    assert set(ECHO_MODELS) <= {m["id"] for m in listed["data"]}

    text = f"ping {secrets.token_hex(4)}"
    body = {"model": "echo-1", "messages": [{"role": "user", "content": text}]}
    answer = await resolve(admin.system.chat_completion(body))
    assert (answer["model"], answer["choices"][0]["message"]["content"]) == (
        "echo-1",
        f"Echo: {text}",
    )
    direct = await resolve(admin.openai.generate_chat_completion({**body, "model": "echo-2"}))
    assert direct["choices"][0]["message"]["content"] == f"Echo: {text}"

    # A task sends its prompt template, with the chat inside, to the model.
    title = await resolve(admin.tasks.generate_title(body))
    content = title["choices"][0]["message"]["content"]
    assert content.startswith("Echo: ") and text in content

    with pytest.raises(BadRequestError) as caught:
        await resolve(admin.system.chat_completion({**body, "model": unique("nomodel")}))
    assert caught.value.detail == "Model not found"


# --- memories, evaluations, analytics --------------------------------------------------------


async def test_memories_round_trip(admin: Any, user: Any) -> None:
    """Memories are the user's own; they are embedded through the echo upstream."""
    word = unique("cat")
    content = f"My cat is called {word}"
    memory = await resolve(user.memories.add_memory({"content": content}))
    assert memory is not None
    try:
        assert (memory.content, memory.type_) == (content, "context")
        listed = [m.id for m in await resolve(user.memories.get_memories())]
        assert memory.id in listed
        assert listed == [m["id"] for m in await get_json(user, "/api/v1/memories/")]
        assert memory.id not in {m.id for m in await resolve(admin.memories.get_memories())}

        queried = await resolve(user.memories.query_memory({"content": content, "k": 1}))
        assert (queried.ids, queried.documents) == ([[memory.id]], [[content]])

        renamed = unique("cat")
        update = {"content": f"My cat is called {renamed}"}
        assert (await resolve(user.memories.update_memory_by_id(memory.id, update))).content == (
            update["content"]
        )
        found = await resolve(user.memories.search_memories({"query": renamed}))
        assert [m.id for m in found] == [memory.id]
    finally:
        assert await resolve(user.memories.delete_memory_by_id(memory.id)) is True
    assert memory.id not in {m.id for m in await resolve(user.memories.get_memories())}


async def test_evaluations(admin: Any) -> None:
    config = await resolve(admin.evaluations.get_config())
    assert config == await get_json(admin, "/api/v1/evaluations/config")
    flag = "ENABLE_EVALUATION_ARENA_MODELS"
    try:
        changed = await resolve(admin.evaluations.update_config({**config, flag: not config[flag]}))
        assert changed[flag] is (not config[flag])
        assert (await get_json(admin, "/api/v1/evaluations/config"))[flag] is (not config[flag])
    finally:
        await resolve(admin.evaluations.update_config(config))
    assert await resolve(admin.evaluations.get_config()) == config

    model_id = unique("rated")
    feedback = await resolve(
        admin.evaluations.create_feedback(
            {
                "type": "rating",
                "data": {"rating": 1, "model_id": model_id},
                "meta": {"chat_id": "c"},
            }
        )
    )
    try:
        got = await resolve(admin.evaluations.get_feedback_by_id(feedback.id))
        assert (got.type_, got.data["rating"], got.data["model_id"]) == ("rating", 1, model_id)
        update = {"type": "rating", "data": {"rating": -1, "model_id": model_id}}
        await resolve(admin.evaluations.update_feedback_by_id(feedback.id, update))
        raw = await get_json(admin, f"/api/v1/evaluations/feedback/{feedback.id}")
        assert raw["data"]["rating"] == -1
        assert model_id in await resolve(admin.evaluations.get_feedback_model_ids())
        ids = {f.id for f in await resolve(admin.evaluations.get_all_feedback_ids())}
        assert feedback.id in ids
    finally:
        await resolve(admin.evaluations.delete_feedback_by_id(feedback.id))
    with pytest.raises(NotFoundError):
        await resolve(admin.evaluations.get_feedback_by_id(feedback.id))


async def test_analytics_count_a_chat(admin: Any, owui_server: ServerInfo) -> None:
    model = unique("counted")
    chat = await resolve(
        admin.chats.create_new(
            {
                "chat": {
                    "title": unique("chat"),
                    "models": [model],
                    "history": two_message_history(model),
                }
            }
        )
    )
    assert chat is not None
    try:
        messages = await resolve(admin.analytics.get_messages(chat_id=chat.id))
        assert sorted((m.role, m.content) for m in messages) == [
            ("assistant", "Forty-two."),
            ("user", "What is the answer?"),
        ]
        per_model = await resolve(admin.analytics.get_model_analytics())
        assert {(m.model_id, m.count) for m in per_model.models} >= {(model, 1)}
        chats = await resolve(admin.analytics.get_model_chats(model))
        assert (chats.total, [c.chat_id for c in chats.chats]) == (1, [chat.id])
        users = await resolve(admin.analytics.get_user_analytics())
        assert owui_server.admin_id in {u.user_id for u in users.users}
        summary = await resolve(admin.analytics.get_summary())
        assert summary.total_chats >= 1 and summary.total_messages >= 1
        assert summary.to_dict() == await get_json(admin, "/api/v1/analytics/summary")
    finally:
        assert await resolve(admin.chats.delete(chat.id)) is True
    assert await resolve(admin.analytics.get_messages(chat_id=chat.id)) == []


# --- tools, functions, skills ----------------------------------------------------------------

TOOL_CODE = '''
class Tools:
    def add(self, a: int, b: int) -> int:
        """Add two numbers.
        :param a: the first
        :param b: the second
        """
        return a + b
'''

FILTER_CODE = """
class Filter:
    def inlet(self, body: dict) -> dict:
        return body
"""


async def test_tools_round_trip(admin: Any) -> None:
    tool_id = unique("tool")
    form = ToolForm(id=tool_id, name="Adder", content=TOOL_CODE, meta=ToolMeta(description="adds"))
    assert (await resolve(admin.tools.create_new_tools(form))).id == tool_id
    try:
        got = await resolve(admin.tools.get_tools_by_id(tool_id))
        assert (got.name, got.meta.description) == ("Adder", "adds")
        listed = {t.id: t for t in await resolve(admin.tools.get_tools())}
        # The server read the method's signature and docstring.
        assert [s["name"] for s in listed[tool_id]["specs"]] == ["add"]

        update = {
            "id": tool_id,
            "name": "Adder 2",
            "content": TOOL_CODE,
            "meta": {"description": "x"},
        }
        assert (await resolve(admin.tools.update_tools_by_id(tool_id, update))).name == "Adder 2"
        assert (await get_json(admin, f"/api/v1/tools/id/{tool_id}"))["name"] == "Adder 2"
        assert len(await resolve(admin.tools.get_tool_history(tool_id))) == 2
    finally:
        assert await resolve(admin.tools.delete_tools_by_id(tool_id)) is True
    with pytest.raises(NotFoundError):
        await resolve(admin.tools.get_tools_by_id(tool_id))


async def test_functions_round_trip(admin: Any) -> None:
    function_id = unique("fn")
    form = FunctionForm(
        id=function_id, name="Pass", content=FILTER_CODE, meta=FunctionMeta(description="d")
    )
    created = await resolve(admin.functions.create_new_function(form))
    assert (created.id, created.type_, created.is_active) == (function_id, "filter", False)
    try:
        assert (await resolve(admin.functions.toggle_function_by_id(function_id))).is_active is True
        got = await resolve(admin.functions.get_function_by_id(function_id))
        assert (got.is_active, got.content) == (True, FILTER_CODE)
        listed = {f.id: f for f in await resolve(admin.functions.get_functions())}
        assert listed[function_id].is_active is True
        assert (await get_json(admin, f"/api/v1/functions/id/{function_id}"))["is_active"] is True
    finally:
        assert await resolve(admin.functions.delete_function_by_id(function_id)) is True
    with pytest.raises(NotFoundError):
        await resolve(admin.functions.get_function_by_id(function_id))


async def test_skills_round_trip(admin: Any) -> None:
    skill_id = unique("skill").replace("_", "-")
    form = SkillForm(id=skill_id, name="Skill", description="sd", content="# Skill\nDo it.")
    assert (await resolve(admin.skills.create_new_skill(form))).id == skill_id
    try:
        got = await resolve(admin.skills.get_skill_by_id(skill_id))
        assert (got.name, got.content) == ("Skill", "# Skill\nDo it.")
        files = await resolve(admin.skills.get_skill_files(skill_id))
        assert [f["path"] for f in files["files"]] == ["SKILL.md"]

        update = {"id": skill_id, "name": "Skill 2", "content": "# Skill 2"}
        assert (await resolve(admin.skills.update_skill_by_id(skill_id, update))).name == "Skill 2"
        assert (await resolve(admin.skills.toggle_skill_by_id(skill_id))).is_active is False
        raw = await get_json(admin, f"/api/v1/skills/id/{skill_id}")
        assert (raw["name"], raw["content"], raw["is_active"]) == ("Skill 2", "# Skill 2", False)
        assert skill_id in {s.id for s in await resolve(admin.skills.get_skills())}
    finally:
        assert await resolve(admin.skills.delete_skill_by_id(skill_id)) is True
    with pytest.raises(NotFoundError):
        await resolve(admin.skills.get_skill_by_id(skill_id))


# --- channels, notifications, calendars, automations -----------------------------------------


async def test_channels_round_trip(admin: Any, admin_session: Any) -> None:
    # Channels are off by default; turning them on needs a signed-in admin.
    with pytest.raises(PermissionDeniedError):
        await resolve(admin.channels.get_channels())
    async with admin_config(admin_session, ENABLE_CHANNELS=True):
        name = unique("chan")
        form = CreateChannelForm(name=name, description="d")
        channel = await resolve(admin.channels.create_new_channel(form))
        assert channel is not None
        try:
            got = await resolve(admin.channels.get_channel_by_id(channel.id))
            assert (got.name, got.description, got.user_count) == (name, "d", 1)
            assert channel.id in {c.id for c in await resolve(admin.channels.get_channels())}

            if server_before("0.12"):
                # The 0.12 schema's MessageModel requires etag, which Open WebUI 0.11 does not
                # send: the answer does not match (regenerate the package for 0.11 instead).
                with pytest.raises(APIResponseValidationError, match="etag"):
                    await resolve(admin.channels.post_new_message(channel.id, {"content": "hi"}))
                return
            posted = await resolve(admin.channels.post_new_message(channel.id, {"content": "hi"}))
            await resolve(
                admin.channels.update_message_by_id(channel.id, posted.id, {"content": "edited"})
            )
            await resolve(
                admin.channels.add_reaction_to_message(channel.id, posted.id, {"name": "thumbsup"})
            )
            messages = await resolve(admin.channels.get_channel_messages(channel.id))
            assert [(m.id, m.content) for m in messages] == [(posted.id, "edited")]
            raw = await get_json(admin, f"/api/v1/channels/{channel.id}/messages/{posted.id}")
            assert raw["content"] == "edited"
            assert [r["name"] for r in raw["reactions"]] == ["thumbsup"]
            assert await resolve(admin.channels.delete_message_by_id(channel.id, posted.id)) is True
            assert await resolve(admin.channels.get_channel_messages(channel.id)) == []
        finally:
            assert await resolve(admin.channels.delete_channel_by_id(channel.id)) is True
        with pytest.raises(NotFoundError):
            await resolve(admin.channels.get_channel_by_id(channel.id))


async def test_notifications_catalog(admin: Any, admin_session: Any) -> None:
    # Hidden (404) unless user webhooks are on; targets need a non-loopback webhook URL.
    with pytest.raises(NotFoundError):
        await resolve(admin.notifications.get_notification_events())
    async with admin_config(admin_session, ENABLE_USER_WEBHOOKS=True):
        events = await resolve(admin.notifications.get_notification_events())
        assert "chat.finished" in {event.event for event in events.events}
        assert await resolve(admin.notifications.get_notification_targets()) == {"targets": []}


async def test_calendars_round_trip(admin: Any) -> None:
    name = unique("cal")
    calendar = await resolve(
        admin.calendars.create_calendar(CalendarForm(name=name, color="#ff0000"))
    )
    try:
        got = await resolve(admin.calendars.get_calendar_by_id(calendar.id))
        assert (got.name, got.color, got.is_default) == (name, "#ff0000", False)
        assert calendar.id in {c.id for c in await resolve(admin.calendars.get_calendars())}

        title, start = unique("event"), 1_900_000_000_000
        form = CalendarEventForm(
            calendar_id=calendar.id, title=title, start_at=start, end_at=start + 3_600_000
        )
        event = await resolve(admin.calendars.create_event(form))
        found = await resolve(admin.calendars.search_events(query=title))
        assert [e.id for e in found.items] == [event.id]
        retitled = unique("event")
        await resolve(admin.calendars.update_event(event.id, {"title": retitled}))
        raw = await get_json(admin, f"/api/v1/calendars/events/{event.id}")
        assert (raw["title"], raw["start_at"], raw["calendar_id"]) == (retitled, start, calendar.id)
        await resolve(admin.calendars.delete_event(event.id))
        with pytest.raises(NotFoundError):
            await resolve(admin.calendars.get_event(event.id))
    finally:
        await resolve(admin.calendars.delete_calendar(calendar.id))
    with pytest.raises(NotFoundError):
        await resolve(admin.calendars.get_calendar_by_id(calendar.id))


async def test_automations_round_trip(admin: Any) -> None:
    # Inactive, and first due in 2030: the scheduler never runs it (it would need a model).
    rrule = "DTSTART:20300101T000000Z\nRRULE:FREQ=YEARLY;COUNT=1"
    data = {"prompt": "Summarise my week", "model_id": unique("nomodel"), "rrule": rrule}
    name = unique("auto")
    automation = await resolve(
        admin.automations.create_new_automation({"name": name, "data": data, "is_active": False})
    )
    try:
        got = await resolve(admin.automations.get_automation_by_id(automation.id))
        assert (got.name, got.is_active, got.data["rrule"]) == (name, False, rrule)
        listed = await resolve(admin.automations.get_automation_items(query=name))
        assert [a.id for a in listed.items] == [automation.id]

        renamed = unique("auto")
        update = {"name": renamed, "data": data, "is_active": False}
        assert (
            await resolve(admin.automations.update_automation_by_id(automation.id, update))
        ).name == renamed
        assert (await get_json(admin, f"/api/v1/automations/{automation.id}"))["name"] == renamed
        assert await resolve(admin.automations.get_automation_runs(automation.id)) == []
    finally:
        await resolve(admin.automations.delete_automation_by_id(automation.id))
    with pytest.raises(NotFoundError):
        await resolve(admin.automations.get_automation_by_id(automation.id))


# An app's Ed25519 public key (a public key only: nothing secret).
APP_PUBLIC_KEY = """-----BEGIN PUBLIC KEY-----
MCowBQYDK2VwAyEAqo+RBX+uO3hxovbYCJLYqgtrJsm7I1SoA3ThOE57vyM=
-----END PUBLIC KEY-----
"""


async def test_apps_register_and_uninstall(admin: Any, admin_session: Any) -> None:
    # Apps are off by default. A registered app stays inactive, so the server never contacts
    # its URL. Open WebUI has no way to delete an app: uninstalling (dropping its key and
    # configuration) is the cleanup it offers, and leaves an inactive record behind.
    with pytest.raises(NotFoundError):
        await resolve(admin.apps.get_apps())
    async with admin_config(admin_session, ENABLE_APPS=True):
        slug = unique("app").replace("_", "-")
        manifest = {
            "id": slug,
            "name": "Demo",
            "public_key": APP_PUBLIC_KEY,
            "requested_scopes": ["channels:read"],
        }
        form = {
            "manifest": manifest,
            "url": "https://app.example.invalid/",
            "api_key": secrets.token_hex(8),
            "slug": slug,
            "granted_scopes": ["channels:read"],
        }
        app = await resolve(admin.apps.create_new_app(form))
        try:
            assert (app.slug, app.name, app.is_active, app.configured) == (
                slug,
                "Demo",
                False,
                True,
            )
            assert app.id in {a.id for a in await resolve(admin.apps.get_apps())}
            renamed = await resolve(admin.apps.update_app_by_id(app.id, {"name": "Demo 2"}))
            assert renamed.name == "Demo 2"
            details = await resolve(admin.apps.get_app_details_by_id(app.id))
            assert (details.name, details.data["url"]) == ("Demo 2", "https://app.example.invalid/")
            assert (await get_json(admin, f"/api/v1/apps/{app.id}"))["name"] == "Demo 2"
        finally:
            uninstalled = await resolve(admin.apps.uninstall_app_by_id(app.id))
        assert (uninstalled.configured, uninstalled.is_active) == (False, False)
        assert (await get_json(admin, f"/api/v1/apps/{app.id}"))["configured"] is False
