"""The exceptions owui-sdk raises.

Every error is an :class:`OpenWebUIError`. The tree follows openai-python's, so code written
against one reads naturally against the other::

    OpenWebUIError
    ├── APIError
    │   ├── APIStatusError               4xx or 5xx
    │   │   ├── BadRequestError          400
    │   │   ├── AuthenticationError      401: a missing or wrong key
    │   │   ├── PermissionDeniedError    403; Open WebUI's 401 "no permission"
    │   │   ├── NotFoundError            404; Open WebUI's 400/401 "not found"
    │   │   ├── ConflictError            409; Open WebUI's 400/401 "taken"
    │   │   ├── UnprocessableEntityError 422: FastAPI's list in detail
    │   │   ├── RateLimitError           429
    │   │   ├── InternalServerError      5xx
    │   │   └── NotSupportedByServerError  an operation the server's release lacks
    │   ├── APIResponseValidationError   a 2xx answer unlike the schema
    │   ├── APIStreamError               an error event mid-stream
    │   └── APIConnectionError           no answer at all
    │       └── APITimeoutError          no answer in time
    └── FileProcessingError              a file Open WebUI could not process
        └── FileProcessingTimeoutError   still processing when the wait ended

Exceptions never carry the API key: the request they keep is the one httpx sent, whose
``Authorization`` header is redacted from every message and ``repr``.
"""

from __future__ import annotations

from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APIStreamError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "FileProcessingError",
    "FileProcessingTimeoutError",
    "InternalServerError",
    "NotFoundError",
    "NotSupportedByServerError",
    "OpenWebUIError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
]

# Open WebUI answers "not found", "already taken" and "not allowed" with 400 or 401 too, told
# apart only by the text (open_webui.constants.ERROR_MESSAGES: NOT_FOUND, USER_NOT_FOUND;
# EMAIL_TAKEN, ID_TAKEN, MODEL_ID_TAKEN, ...; ACCESS_PROHIBITED).
_NOT_FOUND_TEXT = "could not find what you're looking for"
_TAKEN_TEXT = "is already registered"
_PROHIBITED_TEXT = "do not have permission"
_EXCERPT = 500


class OpenWebUIError(Exception):
    """Base class of every exception raised by owui-sdk."""


class APIError(OpenWebUIError):
    """A request to Open WebUI failed.

    Attributes:
        message: What went wrong, in one line.
        request: The request that was sent (its ``Authorization`` header is not shown in any
            message).
    """

    message: str
    request: httpx.Request

    def __init__(self, message: str, *, request: httpx.Request) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


def _describe(request: httpx.Request) -> str:
    return f"{request.method} {request.url.copy_with(query=None)}"


def _excerpt(response: httpx.Response) -> str:
    try:
        text = response.text
    except (httpx.ResponseNotRead, UnicodeDecodeError):
        return "<body not available>"
    text = " ".join(text.split())
    return text if len(text) <= _EXCERPT else text[:_EXCERPT] + "..."


class APIStatusError(APIError):
    """The server answered with a 4xx or 5xx status.

    Attributes:
        status_code: The HTTP status.
        detail: The server's ``detail``: a string, or FastAPI's list of validation errors for
            a 422; the raw body text when the answer was not JSON.
        response: The :class:`httpx.Response`, for headers and the raw body.
    """

    status_code: int
    detail: Any
    response: httpx.Response

    def __init__(self, message: str, *, response: httpx.Response, detail: Any) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.detail = detail


class BadRequestError(APIStatusError):
    """400: the server refused the request as malformed."""


class AuthenticationError(APIStatusError):
    """401: no API key, or a key the server does not accept."""


class PermissionDeniedError(APIStatusError):
    """The key is valid but its user may not do this (an admin-only call, another user's chat).

    Open WebUI answers most of these with **401** and the text "You do not have permission to
    access this resource": those are ``PermissionDeniedError`` too, with ``status_code`` 401
    kept. A plain 403 is one as well.
    """


class NotFoundError(APIStatusError):
    """The resource does not exist, or is not visible to this user.

    Open WebUI answers most "not found" cases with **401** and the text "We could not find
    what you're looking for": those are ``NotFoundError`` too, with ``status_code`` 401 kept.
    """


class ConflictError(APIStatusError):
    """409: the request conflicts with the server's state."""


class UnprocessableEntityError(APIStatusError):
    """422: the server's validation refused the body or parameters.

    ``detail`` is FastAPI's list of ``{"type", "loc", "msg", "input"}`` entries.
    """


class RateLimitError(APIStatusError):
    """429: too many requests. Idempotent requests (GET, HEAD, PUT, DELETE) are retried
    first, up to ``max_retries``, honouring ``Retry-After``."""


class InternalServerError(APIStatusError):
    """5xx: the server failed. 500, 502, 503 and 504 are retried first for idempotent
    requests (GET, HEAD, PUT, DELETE), up to ``max_retries``."""


class NotSupportedByServerError(APIStatusError):
    """The server's Open WebUI release does not have this operation.

    Raised instead of the plain 404 or 405 (or, for a GET, instead of the validation error
    for the web app's HTML page that Open WebUI serves on unknown paths, with status 200; or
    Open WebUI's 400/401 "not found", when the path fell to a route with a parameter) when
    the SDK's table of releases (the operations
    of the last release of each minor line, exported from Open WebUI's own schemas) says
    that the server's release lacks the operation. The server's version is asked
    (``/api/version``) once per client, and only then: a call that succeeds costs nothing
    more. A server whose release the table does not know, or an operation it has, gets the
    plain error.

    Attributes:
        operation: The operation, as ``"PATCH /api/v1/chats/{id}/params"``.
        server_version: The version the server reported.
        first_release: The first release of the table that has the operation.
        releases: Every release of the table that has it, oldest first (an operation removed
            later is in the older ones only).
    """

    operation: str
    server_version: str
    first_release: str
    releases: list[str]

    def __init__(
        self,
        *,
        response: httpx.Response,
        detail: Any,
        operation: str,
        server_version: str,
        releases: list[str],
    ) -> None:
        self.operation = operation
        self.server_version = server_version
        self.releases = list(releases)
        self.first_release = self.releases[0]
        super().__init__(
            f"{operation} is not supported by this server (Open WebUI {server_version}); "
            f"Open WebUI releases that have it: {', '.join(self.releases)} "
            f"(the server answered {response.status_code} to {_describe(response.request)})",
            response=response,
            detail=detail,
        )


class APIResponseValidationError(APIError):
    """A success answer that is not what the schema promises.

    An HTML page from a proxy, a list where an object was promised, a missing required field:
    the data is not silently returned half-parsed.

    Attributes:
        response: The :class:`httpx.Response`.
        status_code: Its status.
        body_excerpt: The beginning of the body, whitespace folded.
    """

    response: httpx.Response
    status_code: int
    body_excerpt: str

    def __init__(self, response: httpx.Response, reason: str) -> None:
        self.response = response
        self.status_code = response.status_code
        self.body_excerpt = _excerpt(response)
        content_type = response.headers.get("content-type", "<none>")
        super().__init__(
            f"{_describe(response.request)} answered {response.status_code} "
            f"({content_type}) with a body that does not match the schema: {reason}; "
            f"body starts: {self.body_excerpt[:200]!r}",
            request=response.request,
        )


class APIStreamError(APIError):
    """The server reported an error in the middle of a stream that had started with 200.

    Open WebUI relays a model's failure after the first chunks as an event such as
    ``data: {"error": {"message": ...}}``: the status cannot change any more.

    Attributes:
        body: The decoded error event.
        response: The streamed :class:`httpx.Response` (closed by now).
    """

    body: Any
    response: httpx.Response

    def __init__(self, response: httpx.Response, body: Any) -> None:
        self.body = body
        self.response = response
        error = body.get("error", body) if isinstance(body, dict) else body
        reason = error.get("message", error) if isinstance(error, dict) else error
        shown = reason if isinstance(reason, str) else repr(reason)
        if len(shown) > _EXCERPT:
            shown = shown[:_EXCERPT] + "..."
        super().__init__(
            f"{_describe(response.request)}: error in the stream: {shown}",
            request=response.request,
        )


class APIConnectionError(APIError):
    """The request got no answer: refused connection, reset, DNS, TLS or protocol failure."""

    def __init__(self, *, request: httpx.Request, message: str | None = None) -> None:
        super().__init__(message or f"Connection error: {_describe(request)}", request=request)


class APITimeoutError(APIConnectionError):
    """No answer within the timeout."""

    def __init__(self, *, request: httpx.Request) -> None:
        super().__init__(request=request, message=f"Request timed out: {_describe(request)}")


class FileProcessingError(OpenWebUIError):
    """Open WebUI could not process an uploaded file (extract its text, embed it).

    Attributes:
        file_id: The file.
        status: Its processing status (``"failed"``; for a timeout, the last one seen).
        reason: The server's reason (``data.error`` of the file), when it gave one.
    """

    def __init__(self, file_id: str, status: str | None, reason: str | None) -> None:
        self.file_id = file_id
        self.status = status
        self.reason = reason
        super().__init__(self._describe())

    def _describe(self) -> str:
        return f"file {self.file_id} could not be processed: {self.reason or self.status}"


class FileProcessingTimeoutError(FileProcessingError, TimeoutError):
    """A file was still being processed when the wait for it ended (it may still end later)."""

    def __init__(self, file_id: str, status: str | None, waited: float) -> None:
        self.waited = waited
        super().__init__(file_id, status, None)

    def _describe(self) -> str:
        return (
            f"file {self.file_id} was still {self.status or 'pending'} after {self.waited:g} s "
            "of waiting for its processing"
        )


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def _detail(response: httpx.Response) -> Any:
    try:
        body = response.json()
    except ValueError:
        return _excerpt(response)
    if isinstance(body, dict) and "detail" in body:
        return body["detail"]
    return body


def status_error(response: httpx.Response) -> APIStatusError:
    """The :class:`APIStatusError` subclass that matches a 4xx/5xx ``response``.

    Used by the generated endpoint functions; reads the body, so a streamed response must
    have been read first.
    """
    detail = _detail(response)
    status = response.status_code
    cls: type[APIStatusError]
    if status >= 500:
        cls = InternalServerError
    elif status in (400, 401) and isinstance(detail, str) and _NOT_FOUND_TEXT in detail.lower():
        cls = NotFoundError
    elif status in (400, 401) and isinstance(detail, str) and _TAKEN_TEXT in detail.lower():
        cls = ConflictError
    elif status == 401 and isinstance(detail, str) and _PROHIBITED_TEXT in detail.lower():
        cls = PermissionDeniedError
    else:
        cls = _STATUS_CLASSES.get(status, APIStatusError)
    shown = detail if isinstance(detail, str) else repr(detail)
    if len(shown) > _EXCERPT:
        shown = shown[:_EXCERPT] + "..."
    message = f"{_describe(response.request)} answered {status}: {shown}"
    return cls(message, response=response, detail=detail)
