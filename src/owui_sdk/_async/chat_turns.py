"""``client.chats.ask``: one turn of a chat, written so that the web UI shows it as if typed there.

Verified against Open WebUI 0.12.4 (no browser, no websocket session; an API key suffices):

* **Not streamed**: ``POST /api/chat/completions`` with ``chat_id``, ``id`` (the assistant
  message), ``parent_id`` and ``user_message`` makes the server write the turn itself before it
  answers: the user message and the answer in ``chat.history.messages`` with ``parentId`` /
  ``childrenIds``, ``history.currentId`` on the answer, the ``model``, ``done: true``. A new chat
  is created first (``POST /api/v1/chats/new``) so that its id is known.
* **Streamed**: with those fields the server answers ``null`` once everything is generated, no
  events. So the answer is streamed without them, and when the stream ends the turn is written
  with ``POST /api/v1/chats/{id}`` (the server rebuilds every ``childrenIds`` from the
  ``parentId``\\ s). An error mid-stream writes what arrived, with the error, as the UI shows a
  failed answer. Breaking out early writes nothing.

One source for both colours: ``src/owui_sdk/_async/`` is written by hand and
``src/owui_sdk/_sync/`` is derived from it by ``make generate``.
"""

from __future__ import annotations

import contextlib
import time
import uuid
from collections.abc import AsyncIterator, Mapping, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, Protocol, Self

from .._chat_types import ChatCompletionChunk, ChatTurn
from ..errors import APIError
from .completions import AsyncCompletions
from .streaming import AsyncStream

if TYPE_CHECKING:
    from .._generated.models.chat_response import ChatResponse

__all__ = ["AsyncChatTurnStream", "ask"]

# How much of the first message becomes a new chat's title when the answer is streamed (the
# server's own fallback when title generation gives nothing).
_TITLE_LENGTH = 80


class _Chats(Protocol):
    """What a turn needs of ``client.chats``: named here, so that this module does not import
    the chats client that imports it."""

    async def create_new(self, form_data: dict[str, Any]) -> ChatResponse: ...

    async def get(self, id: str) -> ChatResponse: ...

    async def update(self, id: str, form_data: dict[str, Any]) -> ChatResponse: ...

    async def delete(self, id: str) -> bool: ...


def _title_from(content: str) -> str:
    first_line = content.strip().splitlines()[0] if content.strip() else "New Chat"
    return first_line[:_TITLE_LENGTH]


def _branch(history: Mapping[str, Any], leaf: str | None) -> list[dict[str, Any]]:
    """The conversation from the root to ``leaf``, as ``{role, content}`` for the model."""
    messages = history.get("messages") or {}
    branch: list[dict[str, Any]] = []
    seen: set[str] = set()
    current = leaf
    while current and current in messages and current not in seen:
        seen.add(current)
        message = messages[current]
        if message.get("role") in ("user", "assistant", "system"):
            branch.append({"role": message["role"], "content": message.get("content") or ""})
        current = message.get("parentId")
    branch.reverse()
    return branch


async def _open_turn(
    chats: _Chats, chat_id: str | None, model: str, title: str | None, first_line: str
) -> tuple[str, Mapping[str, Any], bool]:
    """The chat to write to (created when ``chat_id`` is None), its history, and whether it
    was created here."""
    if chat_id is None:
        chat = await chats.create_new(
            {
                "chat": {
                    "title": title or first_line,
                    "models": [model],
                    "history": {"messages": {}, "currentId": None},
                    "messages": [],
                    "tags": [],
                    "timestamp": int(time.time() * 1000),
                }
            }
        )
        return chat.id, {}, True
    chat = await chats.get(chat_id)
    return chat.id, chat.chat.get("history") or {}, False


def _user_message(message_id: str, content: str, parent: str | None, model: str) -> dict[str, Any]:
    return {
        "id": message_id,
        "role": "user",
        "content": content,
        "parentId": parent,
        "childrenIds": [],
        "models": [model],
        "timestamp": int(time.time()),
    }


async def ask(
    chats: _Chats,
    completions: AsyncCompletions,
    content: str,
    *,
    model: str,
    chat_id: str | None,
    stream: bool,
    title: str | None,
    files: Sequence[Mapping[str, Any]] | None,
) -> ChatTurn | AsyncChatTurnStream:
    """The work of :meth:`AsyncChatsClient.ask` (see there)."""
    if not isinstance(content, str) or not content.strip():
        raise ValueError("content must be a non-empty str")
    if not isinstance(model, str) or not model.strip():
        raise ValueError(f"model must be a non-empty str, not {model!r}")
    cid, history, created = await _open_turn(chats, chat_id, model, title, _title_from(content))
    parent = history.get("currentId")
    user_id, answer_id = str(uuid.uuid4()), str(uuid.uuid4())
    user_message = _user_message(user_id, content, parent, model)
    try:
        if not stream:
            # The server writes the turn (and, on a new chat, generates the title).
            completion = await completions.create(
                model=model,
                messages=[{"role": "user", "content": content}],
                files=files,
                chat_id=cid,
                id=answer_id,
                background_tasks={"title_generation": True} if created and not title else None,
                extra_body={"parent_id": parent, "user_message": user_message},
            )
            text = completion.choices[0].message.content if completion.choices else None
            return ChatTurn(cid, user_id, answer_id, text or "", completion)
        messages = [*_branch(history, parent), {"role": "user", "content": content}]
        chunks = await completions.create(model=model, messages=messages, files=files, stream=True)
    except BaseException:
        if created:
            await _discard_if_empty(chats, cid, user_id)
        raise
    return AsyncChatTurnStream(chunks, chats, cid, user_message, answer_id, model)


async def _discard_if_empty(chats: _Chats, chat_id: str, user_id: str) -> None:
    # A chat made for this turn whose turn never landed (e.g. "Model not found") would stay in
    # the user's list as an empty "New Chat"; one that holds the failed turn is kept.
    with contextlib.suppress(APIError):
        chat = await chats.get(chat_id)
        if user_id not in ((chat.chat.get("history") or {}).get("messages") or {}):
            await chats.delete(chat_id)


class AsyncChatTurnStream:
    """The answer of :meth:`AsyncChatsClient.ask` with ``stream=True``: ``async for chunk in
    turn_stream`` yields :class:`~owui_sdk.models.ChatCompletionChunk` as they are written; when
    the stream ends the turn is written into the chat and :attr:`turn` is set.

    Use it with ``async with``: leaving the block closes the connection. An error mid-stream is
    written into the chat (the text so far, and the error, as the web UI shows a failed
    answer) and raised. Breaking out of the loop early writes nothing.
    """

    __slots__ = ("_answer_id", "_chats", "_chunks", "_model", "_user_message", "chat_id", "turn")

    def __init__(
        self,
        chunks: AsyncStream[ChatCompletionChunk],
        chats: _Chats,
        chat_id: str,
        user_message: dict[str, Any],
        answer_id: str,
        model: str,
    ) -> None:
        self._chunks = chunks
        self._chats = chats
        self._user_message = user_message
        self._answer_id = answer_id
        self._model = model
        #: The chat the turn is written to (new or given).
        self.chat_id = chat_id
        #: The written turn, once the stream has ended; ``None`` before.
        self.turn: ChatTurn | None = None

    def __aiter__(self) -> AsyncIterator[ChatCompletionChunk]:
        return self._events()

    async def _events(self) -> AsyncIterator[ChatCompletionChunk]:
        parts: list[str] = []
        try:
            async for chunk in self._chunks:
                if chunk.choices and chunk.choices[0].delta.content:
                    parts.append(chunk.choices[0].delta.content)
                yield chunk
        except APIError as exc:
            await self._write("".join(parts), error=exc.message)
            raise
        text = "".join(parts)
        await self._write(text, error=None)
        self.turn = ChatTurn(self.chat_id, self._user_message["id"], self._answer_id, text, None)

    async def _write(self, text: str, *, error: str | None) -> None:
        user_message = {**self._user_message, "childrenIds": [self._answer_id]}
        answer: dict[str, Any] = {
            "id": self._answer_id,
            "parentId": user_message["id"],
            "childrenIds": [],
            "role": "assistant",
            "content": text,
            "model": self._model,
            "modelIdx": 0,
            "timestamp": int(time.time()),
            # Never false: Open WebUI keeps a stored answer that is not done over any update.
            "done": True,
        }
        if error is not None:
            answer["error"] = {"content": error}
        await self._chats.update(
            self.chat_id,
            {
                "chat": {
                    "models": [self._model],
                    "history": {
                        "messages": {user_message["id"]: user_message, self._answer_id: answer},
                        "currentId": self._answer_id,
                    },
                }
            },
        )

    async def aclose(self) -> None:
        """Close the connection; nothing more is read or written."""
        await self._chunks.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
