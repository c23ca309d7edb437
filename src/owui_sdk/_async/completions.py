"""``client.chat.completions``: Open WebUI's OpenAI-compatible ``POST /api/chat/completions``.

Shaped like openai-python's ``chat.completions.create`` so that code moves over unchanged, plus
the options only Open WebUI has (files and knowledge collections for RAG, tool ids, the chat
and message the answer belongs to). The schema leaves the endpoint untyped: the answer is
parsed into :mod:`owui_sdk._chat_types`.

One source for both colours: ``src/owui_sdk/_async/`` is written by hand and
``src/owui_sdk/_sync/`` is derived from it by ``make generate``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal, overload

from .._chat_request import completion_body
from .._chat_types import ChatCompletion, ChatCompletionChunk, ChatModel
from .._endpoint import INVALID, invalid, loads
from ..errors import APIStreamError
from .api_client import AsyncAPIClient
from .streaming import AsyncStream

__all__ = ["AsyncChat", "AsyncCompletions"]

_PATH = "/api/chat/completions"


class AsyncCompletions:
    """``client.chat.completions``: completions through Open WebUI, whole or streamed."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @overload
    async def create(
        self,
        *,
        model: str,
        messages: Sequence[Mapping[str, Any]],
        stream: Literal[False] = False,
        files: Sequence[Mapping[str, Any]] | None = None,
        tool_ids: Sequence[str] | None = None,
        chat_id: str | None = None,
        id: str | None = None,
        features: Mapping[str, Any] | None = None,
        background_tasks: Mapping[str, Any] | None = None,
        params: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Any,
    ) -> ChatCompletion: ...

    @overload
    async def create(
        self,
        *,
        model: str,
        messages: Sequence[Mapping[str, Any]],
        stream: Literal[True],
        files: Sequence[Mapping[str, Any]] | None = None,
        tool_ids: Sequence[str] | None = None,
        chat_id: str | None = None,
        id: str | None = None,
        features: Mapping[str, Any] | None = None,
        background_tasks: Mapping[str, Any] | None = None,
        params: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Any,
    ) -> AsyncStream[ChatCompletionChunk]: ...

    @overload
    async def create(
        self,
        *,
        model: str,
        messages: Sequence[Mapping[str, Any]],
        stream: bool,
        files: Sequence[Mapping[str, Any]] | None = None,
        tool_ids: Sequence[str] | None = None,
        chat_id: str | None = None,
        id: str | None = None,
        features: Mapping[str, Any] | None = None,
        background_tasks: Mapping[str, Any] | None = None,
        params: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Any,
    ) -> ChatCompletion | AsyncStream[ChatCompletionChunk]: ...

    async def create(
        self,
        *,
        model: str,
        messages: Sequence[Mapping[str, Any]],
        stream: bool = False,
        files: Sequence[Mapping[str, Any]] | None = None,
        tool_ids: Sequence[str] | None = None,
        chat_id: str | None = None,
        id: str | None = None,
        features: Mapping[str, Any] | None = None,
        background_tasks: Mapping[str, Any] | None = None,
        params: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        **options: Any,
    ) -> ChatCompletion | AsyncStream[ChatCompletionChunk]:
        """Ask a model for the next message of a conversation.

        Args:
            model: A model id the server offers (``client.chat.models()`` lists them).
            messages: The conversation so far, OpenAI's shape:
                ``[{"role": "user", "content": "Hello"}]``.
            stream: ``True`` returns a stream (:class:`AsyncStream`) of chunks as they are
                made.
            files: Context for retrieval (RAG): ``{"type": "file", "id": file_id}`` or
                ``{"type": "collection", "id": knowledge_id}`` items.
            tool_ids: Open WebUI tools the model may call.
            chat_id: The chat the answer belongs to.
            id: The id of the assistant message the answer belongs to.
            features: Open WebUI features for this call, e.g. ``{"web_search": True}``.
            background_tasks: Open WebUI's follow-up tasks, e.g. ``{"title_generation": True}``.
            params: Open WebUI's per-call parameters (``{"system": ...}``, ...).
            extra_body: More keys for the JSON body, sent as they are.
            **options: OpenAI parameters sent as they are: ``temperature``, ``max_tokens``,
                ``stop``, ``stream_options``, ``tools``, ...

        Returns:
            A :class:`~owui_sdk.models.ChatCompletion`, or with ``stream=True`` a stream
            (:class:`AsyncStream`) of :class:`~owui_sdk.models.ChatCompletionChunk`.

        Raises:
            TypeError, ValueError: An argument of the wrong type or an empty ``model`` or
                ``messages``, before anything is sent.
            owui_sdk.errors.BadRequestError: E.g. a model the server does not have (400).
            owui_sdk.errors.APIStatusError: Any other error status.
            owui_sdk.errors.APIStreamError: The server answered 200 with an error object.
            owui_sdk.errors.APIConnectionError: No answer (APITimeoutError: none in time).
        """
        body = completion_body(
            model=model,
            messages=messages,
            stream=stream,
            files=files,
            tool_ids=tool_ids,
            chat_id=chat_id,
            message_id=id,
            features=features,
            background_tasks=background_tasks,
            params=params,
            extra_body=extra_body,
            options=options,
        )
        request = {"method": "post", "url": _PATH, "json": body}
        if stream:
            return AsyncStream(
                await self._client.aopen_stream(request), ChatCompletionChunk.from_dict
            )
        response = await self._client.arequest_ok(request)
        try:
            data = loads(response.content)
        except ValueError as exc:
            raise invalid(response, exc) from exc
        if type(data) is dict and "error" in data and not data.get("choices"):
            raise APIStreamError(response, data)
        try:
            return ChatCompletion.from_dict(data)
        except INVALID as exc:
            raise invalid(response, exc) from exc


class AsyncChat:
    """``client.chat``: :attr:`completions`, and :meth:`models` to pick a model from."""

    __slots__ = ("_client", "completions")

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client
        #: ``client.chat.completions.create(...)``.
        self.completions = AsyncCompletions(client)

    async def models(self, *, refresh: bool = False) -> list[ChatModel]:
        """The models this user can call (``GET /api/models``): their ``id`` is what
        ``completions.create(model=...)`` takes.

        Args:
            refresh: Ask Open WebUI to fetch its connections' model lists again.

        Raises:
            owui_sdk.errors.APIStatusError: An error status.
            owui_sdk.errors.APIResponseValidationError: An answer without ``data``, or a
                model without an ``id``.
        """
        request: dict[str, Any] = {"method": "get", "url": "/api/models"}
        if refresh:
            request["params"] = {"refresh": "true"}
        response = await self._client.arequest_ok(request)
        try:
            return [ChatModel.from_dict(item) for item in loads(response.content)["data"]]
        except INVALID as exc:
            raise invalid(response, exc) from exc
