"""Shared pieces of the chats integration tests (test_chats.py, both colours).

Every public method of the chats client must be exercised against the real server, in both
colours. Each test declares the methods it exercises with :func:`exercises`; the client the
test gets is a :class:`Recorded` proxy that notes which methods were reached, and the
module's autouse fixture fails a passing test that declared a method it never called. The
guard test then compares, in each colour, the union of the declarations with the public
methods of that colour's class (``tests._introspect.public_method_names``).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any, TypeVar

import pytest

from tests.integration._compat import SKIPPED_BY_TABLE

# What Open WebUI 0.12.4 answers (open_webui.constants.ERROR_MESSAGES).
NOT_FOUND = "We could not find what you're looking for :/"
ACCESS_PROHIBITED = (
    "You do not have permission to access this resource. Please contact your administrator "
    "for assistance."
)
INVALID_TOKEN = "Your session has expired or the token is invalid. Please sign in again."

# Page sizes of Open WebUI 0.12.4 (open_webui/routers/chats.py).
LIST_PAGE_SIZE = 60  # GET /api/v1/chats/?page=N, /search, /archived, /shared, /list/user/{id}
FOLDER_PAGE_SIZE = 10  # GET /api/v1/chats/folder/{folder_id}/list?page=N

# A fixed past time: imported chats dated from here sort after every chat made "now".
PAST = 1_600_000_000

F = TypeVar("F", bound=Callable[..., Any])


def exercises(*names: str) -> Callable[[F], F]:
    """Declare the client methods a test runs against the server."""

    def mark(fn: F) -> F:
        fn._exercises = frozenset(names)  # type: ignore[attr-defined]
        return fn

    return mark


def declared(module: Any) -> set[str]:
    """The union of the methods the tests of ``module`` declare."""
    names: set[str] = set()
    for name, fn in vars(module).items():
        if name.startswith("test_") and callable(fn):
            names |= getattr(fn, "_exercises", frozenset())
    return names


class Recorded:
    """A client proxy that notes each public method a test reaches, into ``calls``."""

    __slots__ = ("_calls", "_inner")

    def __init__(self, inner: Any, calls: set[str]) -> None:
        self._inner = inner
        self._calls = calls

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._inner, name)
        if not name.startswith("_") and callable(value):
            self._calls.add(name)
        return value


def check_exercised(request: pytest.FixtureRequest, calls: set[str], failed_before: int) -> None:
    """In teardown: a test that passed must have called every method it declared."""
    if request.session.testsfailed != failed_before:
        return  # the test failed already; its own error says more
    if request.node.stash.get(SKIPPED_BY_TABLE, False):
        return  # the server's release lacks what it needed
    wanted: frozenset[str] = getattr(request.function, "_exercises", frozenset())
    missing = sorted(wanted - calls)
    if missing:
        pytest.fail(f"{request.function.__name__} declares but never calls: {missing}")


def token(prefix: str = "t") -> str:
    """A unique, alphanumeric word (Open WebUI's search splits on anything else)."""
    return f"{prefix}{uuid.uuid4().hex[:12]}"


def two_message_history(model: str = "x-model") -> dict[str, Any]:
    """A history with a user question (m1) and a model answer (m2, the current message)."""
    return {
        "messages": {
            "m1": {
                "id": "m1",
                "parentId": None,
                "childrenIds": ["m2"],
                "role": "user",
                "content": "What is the answer?",
                "timestamp": 1_700_000_000,
            },
            "m2": {
                "id": "m2",
                "parentId": "m1",
                "childrenIds": [],
                "role": "assistant",
                "content": "Forty-two.",
                "model": model,
                "timestamp": 1_700_000_005,
            },
        },
        "currentId": "m2",
    }


def tool_call_history() -> dict[str, Any]:
    """A model answer (a1) waiting for the user on two tool calls, c1 and c2."""
    return {
        "messages": {
            "u1": {
                "id": "u1",
                "parentId": None,
                "childrenIds": ["a1"],
                "role": "user",
                "content": "Run the tools.",
                "timestamp": 1_700_000_000,
            },
            "a1": {
                "id": "a1",
                "parentId": "u1",
                "childrenIds": [],
                "role": "assistant",
                "content": "",
                "done": False,
                "timestamp": 1_700_000_001,
                "output": [
                    {
                        "type": "function_call",
                        "call_id": "c1",
                        "name": "tool_a",
                        "arguments": "{}",
                        "status": "pending",
                    },
                    {
                        "type": "function_call",
                        "call_id": "c2",
                        "name": "tool_b",
                        "arguments": "{}",
                        "status": "queued",
                    },
                ],
            },
        },
        "currentId": "a1",
    }
