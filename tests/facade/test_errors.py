"""Errors in both colours: status mapping, malformed success answers, transport failures,
and arguments refused before anything is sent."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import respx

from owui_sdk import errors
from owui_sdk.chats import ChatForm, ChatResponse
from owui_sdk.errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    OpenWebUIError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)

from ._support import API, chat_json, collect, json_response, path_of, resolve, title_json

NOT_FOUND = "We could not find what you're looking for :/"
TAKEN = "Uh-oh! This model id is already registered. Please choose another model id string."
FASTAPI_422 = [
    {
        "type": "missing",
        "loc": ["body", "chat"],
        "msg": "Field required",
        "input": {"title": "x"},
    }
]

STATUS_CASES = [
    (401, {"detail": NOT_FOUND}, NotFoundError, NOT_FOUND),
    (400, {"detail": NOT_FOUND}, NotFoundError, NOT_FOUND),
    (400, {"detail": TAKEN}, ConflictError, TAKEN),
    (401, {"detail": TAKEN}, ConflictError, TAKEN),
    (401, {"detail": "401 Unauthorized"}, AuthenticationError, "401 Unauthorized"),
    (401, {"detail": "Not authenticated"}, AuthenticationError, "Not authenticated"),
    (400, {"detail": "Bad request"}, BadRequestError, "Bad request"),
    (
        403,
        {"detail": "You do not have permission to access this resource."},
        PermissionDeniedError,
        "You do not have permission to access this resource.",
    ),
    (404, {"detail": "Not Found"}, NotFoundError, "Not Found"),
    (409, {"detail": "conflict"}, ConflictError, "conflict"),
    (422, {"detail": FASTAPI_422}, UnprocessableEntityError, FASTAPI_422),
    (429, {"detail": "Too many requests"}, RateLimitError, "Too many requests"),
    (500, {"detail": "Internal Server Error"}, InternalServerError, "Internal Server Error"),
    (502, "<html>Bad Gateway</html>", InternalServerError, "<html>Bad Gateway</html>"),
    (503, {"detail": "Service Unavailable"}, InternalServerError, "Service Unavailable"),
    (418, {"detail": "teapot"}, APIStatusError, "teapot"),
]


def status_answer(status: int, body: Any) -> httpx.Response:
    if isinstance(body, str):
        return httpx.Response(status, text=body, headers={"content-type": "text/html"})
    return json_response(body, status)


@pytest.mark.parametrize(
    ("status", "body", "exc_type", "detail"),
    STATUS_CASES,
    ids=[f"{s}-{e.__name__}-{i}" for i, (s, _, e, _) in enumerate(STATUS_CASES)],
)
async def test_status_errors(
    status: int, body: Any, exc_type: type, detail: Any, client: Any, router: respx.MockRouter
) -> None:
    route = router.get(f"{API}/c1").mock(return_value=status_answer(status, body))
    with pytest.raises(OpenWebUIError) as info:
        await resolve(client.chats.get("c1"))
    exc = info.value
    assert type(exc) is exc_type
    assert isinstance(exc, APIStatusError)
    assert exc.status_code == status
    assert exc.detail == detail
    assert exc.response.status_code == status
    assert str(exc.request.url).endswith(f"{API}/c1")
    assert str(status) in str(exc)
    # No retries were configured: one request.
    assert route.call_count == 1


async def test_status_error_on_a_list_method_and_a_post(
    client: Any, router: respx.MockRouter
) -> None:
    router.get(f"{API}/").mock(return_value=json_response({"detail": NOT_FOUND}, 401))
    router.post(f"{API}/new").mock(return_value=json_response({"detail": FASTAPI_422}, 422))
    with pytest.raises(NotFoundError) as info:
        await resolve(client.chats.get_list())
    assert info.value.status_code == 401
    with pytest.raises(UnprocessableEntityError) as info422:
        await resolve(client.chats.create_new({"chat": {}}))
    assert info422.value.detail == FASTAPI_422
    assert isinstance(info422.value.detail, list)


async def test_long_error_detail_is_cut_in_the_message(
    client: Any, router: respx.MockRouter
) -> None:
    router.get(f"{API}/c1").mock(return_value=json_response({"detail": "x" * 5000}, 400))
    with pytest.raises(BadRequestError) as info:
        await resolve(client.chats.get("c1"))
    assert len(str(info.value)) < 1000
    assert info.value.detail == "x" * 5000


# --- success answers that do not match the schema -----------------------------------------------


async def test_html_page_with_200(client: Any, router: respx.MockRouter) -> None:
    page = "<!doctype html>\n<html><head><title>Open WebUI</title></head><body>Login</body></html>"
    router.get(f"{API}/c1").mock(
        return_value=httpx.Response(200, text=page, headers={"content-type": "text/html"})
    )
    with pytest.raises(APIResponseValidationError) as info:
        await resolve(client.chats.get("c1"))
    exc = info.value
    assert isinstance(exc, OpenWebUIError)
    assert exc.status_code == 200
    assert exc.body_excerpt.startswith("<!doctype html> <html><head><title>Open WebUI")
    assert "text/html" in str(exc)
    assert "<!doctype html>" in str(exc)


async def test_html_page_on_a_list_method(client: Any, router: respx.MockRouter) -> None:
    router.get(f"{API}/").mock(
        return_value=httpx.Response(
            200, text="<html>proxy</html>", headers={"content-type": "text/html"}
        )
    )
    with pytest.raises(APIResponseValidationError) as info:
        await resolve(client.chats.get_list())
    assert info.value.status_code == 200
    assert "<html>proxy</html>" in info.value.body_excerpt


async def test_long_body_excerpt_is_cut(client: Any, router: respx.MockRouter) -> None:
    router.get(f"{API}/c1").mock(
        return_value=httpx.Response(
            200, text="<html>" + "a" * 10000, headers={"content-type": "text/html"}
        )
    )
    with pytest.raises(APIResponseValidationError) as info:
        await resolve(client.chats.get("c1"))
    assert len(info.value.body_excerpt) <= 510
    assert len(str(info.value)) < 1000


@pytest.mark.parametrize(
    ("method", "args", "path", "answer"),
    [
        ("get_list", (), f"{API}/", {"detail": "not a list"}),
        ("get_all_tags", (), f"{API}/all/tags", {"id": "work", "name": "work", "user_id": "u1"}),
        ("get_pinned", (), f"{API}/pinned", "a string"),
        ("get", ("c1",), f"{API}/c1", [chat_json()]),
        ("get", ("c1",), f"{API}/c1", {"id": "c1", "title": "missing the rest"}),
        ("get_list", (), f"{API}/", [title_json(), {"id": "c2"}]),
        ("delete", ("c1",), f"{API}/c1", "true"),
        ("delete", ("c1",), f"{API}/c1", None),
        ("get_archived_count", (), f"{API}/archived/count", "7"),
        ("get_archived_count", (), f"{API}/archived/count", True),
        ("update_params", ("c1", {}), f"{API}/c1/params", []),
        ("get_chat_config", (), f"{API}/config", {}),
    ],
    ids=[
        "get_list-dict",
        "get_all_tags-dict",
        "get_pinned-str",
        "get-list",
        "get-missing-fields",
        "get_list-item-missing-fields",
        "delete-str",
        "delete-null",
        "get_archived_count-str",
        "get_archived_count-bool",
        "update_params-list",
        "get_chat_config-missing-fields",
    ],
)
async def test_wrong_shape_is_a_validation_error(
    method: str,
    args: tuple[Any, ...],
    path: str,
    answer: Any,
    client: Any,
    router: respx.MockRouter,
) -> None:
    router.route(path=path).mock(return_value=json_response(answer))
    with pytest.raises(APIResponseValidationError) as info:
        await resolve(getattr(client.chats, method)(*args))
    assert info.value.status_code == 200
    assert isinstance(info.value, OpenWebUIError)


@pytest.mark.parametrize("status", [201, 204, 302, 307])
async def test_undocumented_success_or_redirect_status(
    status: int, client: Any, router: respx.MockRouter
) -> None:
    router.get(f"{API}/c1").mock(
        return_value=httpx.Response(status, headers={"location": "https://elsewhere/"})
    )
    with pytest.raises(OpenWebUIError) as info:
        await resolve(client.chats.get("c1"))
    assert type(info.value) is APIResponseValidationError
    assert info.value.status_code == status


async def test_missing_field_is_named(client: Any, router: respx.MockRouter) -> None:
    body = chat_json()
    del body["user_id"]
    router.get(f"{API}/c1").mock(return_value=json_response(body))
    with pytest.raises(APIResponseValidationError, match="user_id"):
        await resolve(client.chats.get("c1"))


async def test_unknown_fields_are_kept(client: Any, router: respx.MockRouter) -> None:
    router.get(f"{API}/c1").mock(return_value=json_response(chat_json(new_in_0_13="yes")))
    chat = await resolve(client.chats.get("c1"))
    assert isinstance(chat, ChatResponse)
    assert chat.additional_properties == {"new_in_0_13": "yes"}


# --- transport failures ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("failure", "exc_type"),
    [
        (httpx.ConnectError("[Errno 111] Connection refused"), APIConnectionError),
        (httpx.ReadTimeout("timed out"), APITimeoutError),
        (httpx.ConnectTimeout("timed out"), APITimeoutError),
        (
            httpx.RemoteProtocolError("Server disconnected without sending a response."),
            APIConnectionError,
        ),
        (httpx.ReadError("reset"), APIConnectionError),
    ],
    ids=lambda v: type(v).__name__ if isinstance(v, Exception) else v.__name__,
)
async def test_transport_failures(
    failure: Exception, exc_type: type, client: Any, router: respx.MockRouter
) -> None:
    route = router.get(f"{API}/c1").mock(side_effect=failure)
    with pytest.raises(OpenWebUIError) as info:
        await resolve(client.chats.get("c1"))
    assert type(info.value) is exc_type
    assert isinstance(info.value, APIConnectionError)
    assert info.value.__cause__ is failure
    assert str(info.value.request.url).endswith(f"{API}/c1")
    assert route.call_count == 1


async def test_transport_failure_while_streaming(client: Any, router: respx.MockRouter) -> None:
    router.get(f"{API}/all").mock(side_effect=httpx.ConnectError("refused"))
    with pytest.raises(APIConnectionError):
        await collect(client.chats.iter_all())


def test_exception_tree() -> None:
    for name in errors.__all__:
        cls = getattr(errors, name)
        assert issubclass(cls, OpenWebUIError), name
    assert issubclass(APITimeoutError, APIConnectionError)
    assert issubclass(NotFoundError, APIStatusError)
    assert not issubclass(APIResponseValidationError, APIStatusError)


# --- arguments refused before sending ---------------------------------------------------------------

ID_CALLS = [
    ("get", lambda bad: (bad,)),
    ("delete", lambda bad: (bad,)),
    ("update", lambda bad: (bad, {"chat": {}})),
    ("get_tags", lambda bad: (bad,)),
    ("delete_all_tags", lambda bad: (bad,)),
    ("delete_message", lambda bad: (bad, "m1")),
    ("delete_message", lambda bad: ("c1", bad)),
    ("get_shared", lambda bad: (bad,)),
    ("get_user_list", lambda bad: (bad,)),
    ("get_list_by_folder_id", lambda bad: (bad,)),
    ("export_single_chat_stats", lambda bad: (bad,)),
]


@pytest.mark.parametrize(
    ("method", "make_args"), ID_CALLS, ids=[f"{m}-{i}" for i, (m, _) in enumerate(ID_CALLS)]
)
@pytest.mark.parametrize(
    ("bad", "exc_type"),
    [("", ValueError), (None, TypeError), (True, TypeError), (["c1"], TypeError)],
    ids=["empty", "none", "bool", "list"],
)
async def test_bad_ids_are_refused_before_sending(
    method: str, make_args: Any, bad: Any, exc_type: type, client: Any, router: respx.MockRouter
) -> None:
    route = router.route().mock(return_value=json_response(True))
    with pytest.raises(exc_type):
        await resolve(getattr(client.chats, method)(*make_args(bad)))
    assert route.call_count == 0
    assert len(router.calls) == 0


async def test_iterator_with_empty_id_sends_nothing(client: Any, router: respx.MockRouter) -> None:
    route = router.route().mock(return_value=json_response([]))
    with pytest.raises(ValueError):
        await collect(client.chats.iter_user_list(""))
    with pytest.raises(ValueError):
        await collect(client.chats.iter_list_by_folder_id(""))
    assert route.call_count == 0


@pytest.mark.parametrize(
    ("chat_id", "segment"),
    [
        ("a/b", "a%2Fb"),
        ("a?b", "a%3Fb"),
        ("a#b", "a%23b"),
        ("..", "%2E%2E"),
        (".", "%2E"),
        ("../all", "..%2Fall"),
        ("a b", "a%20b"),
        ("50%", "50%25"),
        ("é", "%C3%A9"),
        ("a\r\nX-Evil: 1", "a%0D%0AX-Evil%3A%201"),
        ("%2E%2E", "%252E%252E"),
        (42, "42"),
    ],
)
async def test_ids_are_one_encoded_segment(
    chat_id: Any, segment: str, client: Any, router: respx.MockRouter
) -> None:
    route = router.route().mock(return_value=json_response(True))
    assert await resolve(client.chats.delete(chat_id)) is True
    request = route.calls.last.request
    assert request.method == "DELETE"
    assert path_of(request) == f"{API}/{segment}"
    assert request.url.query == b""


async def test_two_path_parameters_are_encoded_separately(
    client: Any, router: respx.MockRouter
) -> None:
    route = router.route().mock(return_value=json_response(chat_json()))
    await resolve(client.chats.delete_message("a/b", "..?x"))
    assert path_of(route.calls.last.request) == f"{API}/a%2Fb/messages/..%3Fx"


@pytest.mark.parametrize(
    ("method", "args"),
    [
        ("create_new", (42,)),
        ("create_new", ("{'chat': {}}",)),
        ("create_new", ([("chat", {})],)),
        ("import_chats", (42,)),
        ("update", ("c1", 42)),
        ("update_message", ("c1", "m1", "content")),
        ("send_message_event", ("c1", "m1", 1.5)),
        ("resolve_tool_call", ("c1", "m1", ["call_1"])),
        ("clone", ("c1", 42)),
        ("fork", ("c1", 42)),
        ("compact", ("c1", "llama3")),
        ("share", ("c1", True)),
        ("update_shared_access", ("c1", 42)),
        ("update_folder", ("c1", "f1")),
        ("add_tag", ("c1", "work")),
        ("delete_tag", ("c1", "work")),
        ("get_by_tags", ("work",)),
        ("set_chat_config", (42,)),
        ("update_params", ("c1", [("temperature", 0.2)])),
        ("update_params", ("c1", None)),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
async def test_wrong_form_type_is_refused_before_sending(
    method: str, args: tuple[Any, ...], client: Any, router: respx.MockRouter
) -> None:
    route = router.route().mock(return_value=json_response(chat_json()))
    with pytest.raises(TypeError):
        await resolve(getattr(client.chats, method)(*args))
    assert route.call_count == 0


async def test_form_model_and_dict_both_accepted(client: Any, router: respx.MockRouter) -> None:
    route = router.post(f"{API}/new").mock(return_value=json_response(chat_json()))
    await resolve(client.chats.create_new(ChatForm(chat={"title": "A"})))
    await resolve(client.chats.create_new({"chat": {"title": "A"}}))
    assert route.calls[0].request.content == route.calls[1].request.content
