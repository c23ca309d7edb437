# Generated from src/owui_sdk/_async/chats.py by `make generate` (unasync). Do not edit.
"""The chats API under the documented method names, over the generated endpoint functions.

One source for both colours: ``src/owui_sdk/_async/`` is written by hand and
``src/owui_sdk/_sync/`` is derived from it by ``make generate``. The methods that call one
route under its documented name, argument order and defaults are generated
(``codegen/renames.json``, the base class); those here do what the generated layer cannot:
page iterators, the promises the documentation made where Open WebUI 0.12 changed underneath
(``get_all`` reads NDJSON, ``delete_all_tags`` without its removed endpoint), asking,
transfers, and the forms of ``fork`` and ``share``.

The facade is written against the schema of the release the package targets, and still
builds, type-checks and works when the package is generated from an older schema (``make
spec OPENWEBUI_VERSION=0.11.4 && make generate``), by one rule (docs: "When Open WebUI
releases"): a method whose operation that schema lacks stays and sends the request as the
newest release defines it (:func:`_send_untyped`; a server without it answers 404 or 405,
raised as ``NotSupportedByServerError``); a form that schema lacks is refused with
``TypeError`` before anything is sent (:func:`_require_model`).
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterable, Mapping
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypeVar, overload

from .._endpoint import INVALID, decode, invalid, loads, ndjson, path_segment
from .._paging import SyncPageFetch, pages

# The endpoint modules (and the models, imported by the methods that build them) load with the
# first call that needs them: `client.chats` itself loads nothing of the API.
from .._resources.chats import ChatsResource
from .._types import UNSET, Unset
from ..api import chats as _api
from .api_client import SyncAPIClient

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .._chat_reports import ChatImportReport, ChatMigrationReport, ChatPruneReport
    from .._chat_types import ChatTurn
    from .._generated.models.chat_response import ChatResponse
    from .._generated.models.chat_title_id_response import ChatTitleIdResponse
    from .._generated.models.compact_chat_form import CompactChatForm
    from .._generated.models.fork_form import ForkForm
    from .._generated.models.share_chat_form import ShareChatForm
    from .._generated.models.shared_chat_response import SharedChatResponse
    from .chat_turns import ChatTurnStream

__all__ = ["ChatsClient"]

T = TypeVar("T")

# Operations of openapi.json that no method wraps on purpose, and why. The coverage test
# reads this: any other unwrapped chats operation fails it.
UNWRAPPED = {
    "get_session_user_chat_list_list": "GET /api/v1/chats/list is the same route function as "
    "GET /api/v1/chats/, which get_list wraps",
    "get_user_chats": "GET /api/v1/chats/all streams NDJSON, which the generated function "
    "would buffer whole: iter_all and get_all read it line by line",
}


def _pages(fetch: SyncPageFetch[T]) -> Generator[T]:
    """The items of page 1, 2, 3... until a page comes back empty."""
    return pages(fetch, lambda items: (items, None, None))


def _form(value: Any, name: str) -> Any:
    # The generated functions send a model's to_dict() or a dict as it is; anything else is
    # refused here, before a request goes out.
    if value is None or isinstance(value, (dict, Unset)) or hasattr(value, "to_dict"):
        return value
    raise TypeError(f"{name} must be a model or a dict, not {type(value).__name__}")


def _send_untyped(
    client: SyncAPIClient, method: str, route: str, json: Any, **path: str
) -> dict[str, Any]:
    """Send an operation the schema this package was generated from lacks, as the newest
    release of the table defines it (``route``, a key of ``_releases.json``: a test holds
    every call to it), and return its answer, a JSON object."""
    url = route.format(**{name: path_segment(value, name) for name, value in path.items()})
    response = client.request_ok({"method": method, "url": url, "json": json}, route)
    answer = decode(response)
    if not isinstance(answer, dict):
        raise invalid(response, TypeError(f"expected dict, got {type(answer).__name__}"))
    return answer


def _require_model(name: str, argument: str) -> None:
    """Refuse ``argument``, a form the schema this package was generated from lacks (it was
    generated for an older Open WebUI), naming the releases whose schema has it."""
    from .._generated import models

    if name in models.__all__:
        return
    from .. import _releases

    releases = _releases.releases_taking(name)
    raise TypeError(
        f"{argument} needs {name}, which the schema this package was generated from lacks"
        f" (Open WebUI releases that take it: {', '.join(releases) or 'none known'});"
        " regenerate the package for such a release"
    )


class ChatsClient(ChatsResource):
    """Chat conversations: create, read, update and delete chats, their messages, tags,
    folders, sharing and archiving, for the user the API key belongs to.

    Reached as ``client.chats``. Every form argument takes the model (``ChatForm(...)``) or a
    plain ``dict`` of the same JSON. Errors are raised as :mod:`owui_sdk.errors`. Every ID
    argument is sent as one percent-encoded path segment; an empty or ``None`` ID is refused
    (``ValueError``, ``TypeError``) before anything is sent.

    The methods that only call one route under their documented name are generated
    (``codegen/renames.json``); those written here do more: page iterators, the NDJSON
    stream, asking, transfers, and two forms the generated
    functions do not take as documented (``fork``, ``share``).
    """

    __slots__ = ()
    # The client's own transport (retries, streaming), which the generated base only knows
    # as the protocol it sends through.
    _client: SyncAPIClient

    # --- lists: page iterators, the NDJSON stream ---------------------------------------------

    def iter_list(
        self,
        include_pinned: bool | None = False,
        include_folders: bool | None = False,
        *,
        sort_by: str | None = None,
        sort_dir: str | None = None,
    ) -> Generator[ChatTitleIdResponse]:
        """Every chat of the current user, page after page, as :meth:`get_list` returns them.

        Args:
            include_pinned: Whether to include pinned chats.
            include_folders: Whether to include chats that are inside folders.
            sort_by: Field to sort by (server default ``updated_at``).
            sort_dir: ``"asc"`` or ``"desc"`` (server default ``desc``).

        Yields:
            Chat titles and IDs; the next page is fetched when the previous one is used up.
        """
        for item in _pages(
            lambda page: self.get_list(
                page, include_pinned, include_folders, sort_by=sort_by, sort_dir=sort_dir
            )
        ):
            yield item

    def iter_user_list(
        self,
        user_id: str,
        query: str | None = None,
        order_by: str | None = None,
        direction: str | None = None,
    ) -> Generator[ChatTitleIdResponse]:
        """Every chat of a specific user (Admin only), page after page.

        Args:
            user_id: ID of the user to fetch chats for.
            query: Search query for filtering chats.
            order_by: Field to order by.
            direction: Sort direction ('asc' or 'desc').

        Yields:
            Chat titles and IDs, as :meth:`get_user_list` returns them.
        """
        for item in _pages(
            lambda page: self.get_user_list(user_id, page, query, order_by, direction)
        ):
            yield item

    def iter_search(self, text: str) -> Generator[ChatTitleIdResponse]:
        """Every chat matching ``text``, page after page.

        Args:
            text: The search query text.

        Yields:
            Chats matching the search query, as :meth:`search` returns them.
        """
        for item in _pages(lambda page: self.search(text, page)):
            yield item

    def iter_list_by_folder_id(self, folder_id: str) -> Generator[ChatTitleIdResponse]:
        """Every chat in a folder, page after page.

        Args:
            folder_id: ID of the folder.

        Yields:
            Chat titles and IDs, as :meth:`get_list_by_folder_id` returns them.
        """
        for item in _pages(lambda page: self.get_list_by_folder_id(folder_id, page)):
            yield item

    def get_all(self) -> list[ChatResponse]:
        """Get all chats for the current user.

        Open WebUI 0.12 sends this export as NDJSON: it is read whole, then parsed line by
        line with the garbage collector paused for a large export, as any large answer is (the
        chats all stay alive until the list is returned, so collections meanwhile would free
        nothing). For a large account, :meth:`iter_all` yields chat by chat without holding
        the whole export.

        Returns:
            List of all chat objects.
        """
        from .._generated.models.chat_response import ChatResponse

        response = self._client.request_ok(
            {"method": "get", "url": "/api/v1/chats/all"}, "/api/v1/chats/all"
        )
        return ndjson(response, ChatResponse.from_dict)

    def iter_all(self) -> Generator[ChatResponse]:
        """Every chat of the current user, read from the NDJSON stream as it arrives.

        Memory stays flat however many chats there are: one line is decoded at a time. A
        connection lost mid-stream raises ``APIConnectionError`` (a stream is not retried
        once it has started).

        Yields:
            Full chat objects.
        """
        from .._generated.models.chat_response import ChatResponse

        # GET /api/v1/chats/all: the schema gives it no response model, so the generated
        # function would buffer it; the NDJSON lines are read here as they arrive.
        with self._client.stream({"method": "get", "url": "/api/v1/chats/all"}) as response:
            for line in response.iter_lines():
                if not line.strip():
                    continue
                try:
                    chat = ChatResponse.from_dict(loads(line))
                except INVALID as exc:
                    raise invalid(response, exc) from exc
                yield chat

    def iter_archived_list(
        self,
        query: str | None = None,
        order_by: str | None = None,
        direction: str | None = None,
    ) -> Generator[ChatTitleIdResponse]:
        """Every archived chat, page after page.

        Args:
            query: Search query string.
            order_by: Field to order results by.
            direction: Sort direction ('asc' or 'desc').

        Yields:
            Archived chats, as :meth:`get_archived_list` returns them.
        """
        for item in _pages(lambda page: self.get_archived_list(page, query, order_by, direction)):
            yield item

    def iter_shared_list(
        self,
        query: str | None = None,
        order_by: str | None = None,
        direction: str | None = None,
    ) -> Generator[SharedChatResponse]:
        """Every chat the current user has shared, page after page.

        Args:
            query: Search query string.
            order_by: Field to order results by.
            direction: Sort direction ('asc' or 'desc').

        Yields:
            Shared chats, as :meth:`get_shared_list` returns them.
        """
        for item in _pages(lambda page: self.get_shared_list(page, query, order_by, direction)):
            yield item

    def iter_by_tags(self, name: str, limit: int = 50) -> Generator[ChatTitleIdResponse]:
        """Every chat carrying the tag ``name``, ``limit`` at a time.

        Each request asks for one chat more than it yields, to know whether another page
        follows without asking for an empty one: Open WebUI deletes a tag when a tag query
        comes back empty.

        Args:
            name: The tag name.
            limit: How many chats to ask for per request (at least 1, else ``ValueError``).

        Yields:
            Chats matching the tag, as :meth:`get_by_tags` returns them.
        """
        if limit < 1:
            raise ValueError("limit must be at least 1")
        from .._generated.models.tag_filter_form import TagFilterForm

        skip = 0
        while True:
            items = self.get_by_tags(TagFilterForm(name=name, skip=skip, limit=limit + 1))
            for item in items[:limit]:
                yield item
            if len(items) <= limit:
                return
            skip += limit

    # --- asking, chat parameters --------------------------------------------------------------

    @overload
    def ask(
        self,
        content: str,
        *,
        model: str,
        chat_id: str | None = None,
        stream: Literal[False] = False,
        title: str | None = None,
        files: Sequence[Mapping[str, Any]] | None = None,
    ) -> ChatTurn: ...

    @overload
    def ask(
        self,
        content: str,
        *,
        model: str,
        chat_id: str | None = None,
        stream: Literal[True],
        title: str | None = None,
        files: Sequence[Mapping[str, Any]] | None = None,
    ) -> ChatTurnStream: ...

    def ask(
        self,
        content: str,
        *,
        model: str,
        chat_id: str | None = None,
        stream: bool = False,
        title: str | None = None,
        files: Sequence[Mapping[str, Any]] | None = None,
    ) -> ChatTurn | ChatTurnStream:
        """Ask a model in a chat, and have the question and the answer in the chat as the web
        UI would have written them: open the chat in Open WebUI and the conversation is there.

        Continues the chat ``chat_id`` after its current message, or starts a new chat. The
        model sees the conversation so far. Verified on Open WebUI 0.12.4; the steps are in
        the guide "Chat completions".

        Args:
            content: The question (the user's message).
            model: A model id (``client.chat.models()`` lists them).
            chat_id: The chat to continue; ``None`` starts a new one.
            stream: ``True`` returns a stream (:class:`ChatTurnStream`) yielding chunks
                as they are written; the turn is written when it ends.
            title: A new chat's title. By default the server makes one when not streamed, and
                the question's first line is the title when streamed.
            files: Context for retrieval, as in ``chat.completions.create``.

        Returns:
            The :class:`~owui_sdk.models.ChatTurn` (chat id, message ids, the answer), or with
            ``stream=True`` a stream (:class:`ChatTurnStream`).

        Raises:
            ValueError: An empty ``content`` or ``model``.
            owui_sdk.errors.BadRequestError: E.g. a model this user cannot use (a chat created
                for the turn is removed again).
            owui_sdk.errors.NotFoundError: No chat ``chat_id``.
            owui_sdk.errors.APIStreamError: The model failed half-way (the chat shows it).
        """
        from .chat_turns import ask as ask_turn
        from .completions import Completions

        return ask_turn(
            self,
            Completions(self._client),
            content,
            model=model,
            chat_id=chat_id,
            stream=stream,
            title=title,
            files=files,
        )

    def wait_for_answer(
        self,
        chat_id: str,
        message_id: str,
        *,
        timeout: float = 300.0,
        poll_interval: float = 1.0,
    ) -> str:
        """Wait for a server-side answer to be done, and return its text as the chat holds it.

        For a completion the server runs in the background: ``POST /api/chat/completions``
        with ``chat_id``, ``id`` (the answer's message id) and ``session_id`` (the tool loop
        the web app uses). Listens on the socket (``client.events``) when it can: the
        ``events`` extra installed and a session token given. Otherwise, or when the socket
        cannot be reached, reads the chat every ``poll_interval`` seconds until the message
        is marked done.

        Args:
            chat_id: The chat.
            message_id: The answer's message id (the ``id`` the completion was started with).
            timeout: Seconds to wait in all.
            poll_interval: Seconds between two reads of the chat when polling.

        Returns:
            The answer's text.

        Raises:
            TimeoutError: Not done within ``timeout`` seconds.
            owui_sdk.events.AnswerError: The answer ended in an error, or was cancelled.
            owui_sdk.events.EventsAuthenticationError: The session token was refused.
            owui_sdk.errors.NotFoundError: No chat ``chat_id``.
        """
        from .events import wait_for_answer

        return wait_for_answer(
            self._client, chat_id, message_id, timeout=timeout, poll_interval=poll_interval
        )

    def update_params(self, id: str, params: dict[str, Any]) -> dict[str, Any]:
        """Update a chat's model parameters (``chat.params``).

        Args:
            id: The chat ID.
            params: The parameters to set.

        Returns:
            The chat's parameters after the update.
        """
        if not isinstance(params, dict):
            raise TypeError(f"params must be a dict, not {type(params).__name__}")
        if "update_chat_params" not in _api.__all__:  # generated for Open WebUI < 0.12
            return _send_untyped(self._client, "PATCH", "/api/v1/chats/{id}/params", params, id=id)
        updated: dict[str, Any] = _api.update_chat_params.sync(id, client=self._client, body=params)
        return updated

    # --- forking, compacting ----------------------------------------------------------------

    def fork(self, id: str, form_data: ForkForm | dict[str, Any] | None = None) -> ChatResponse:
        """Fork a chat: a new chat with the history up to a message.

        Args:
            id: The chat ID.
            form_data: The message to fork at (``message_id``); the whole chat when omitted.

        Returns:
            The new chat object.
        """
        # By hand, not in codegen/renames.json: the schema types this optional body
        # `ForkForm | None`, so the generated function's signature takes no dict.
        return _api.fork_chat_by_id.sync(
            id,
            client=self._client,
            body=UNSET if form_data is None else _form(form_data, "form_data"),
        )

    def compact(self, id: str, form_data: CompactChatForm | dict[str, Any] | None = None) -> Any:
        """Compact a chat's context: summarise older messages with a model.

        Args:
            id: The chat ID.
            form_data: The model to summarise with; the configured one when omitted.

        Returns:
            The server's answer, as decoded JSON (the schema does not type it).
        """
        return _api.compact_chat_by_id.sync(
            id,
            client=self._client,
            body=UNSET if form_data is None else _form(form_data, "form_data"),
        )

    # --- sharing ------------------------------------------------------------------------------

    def share(
        self, id: str, form_data: ShareChatForm | dict[str, Any] | None = None
    ) -> ChatResponse:
        """Share a chat.

        Generates or updates the share ID for the chat.

        Args:
            id: The chat ID.
            form_data: Sharing options (``share_mode``); the server's default when omitted.

        Returns:
            The updated chat object containing the share_id.
        """
        # By hand, not in codegen/renames.json: the body came with Open WebUI 0.12, so it is
        # passed only when given (a schema without ShareChatForm generates a function without
        # the parameter, and the form is refused by _require_model), and the schema types it
        # `ShareChatForm | None`, whose generated function takes no dict.
        form: dict[str, Any] = {}
        if form_data is not None:
            _require_model("ShareChatForm", "form_data")
            form["body"] = _form(form_data, "form_data")
        return _api.share_chat_by_id.sync(id, client=self._client, **form)

    # --- tags --------------------------------------------------------------------------------

    def delete_all_tags(self, id: str) -> bool:
        """Remove all tags from a chat.

        Open WebUI 0.12 removed ``DELETE /api/v1/chats/{id}/tags/all`` (it answers 405); the
        tags are removed one by one instead, with the same result.

        Args:
            id: The chat ID.

        Returns:
            True if successful.
        """
        from .._generated.models.tag_form import TagForm

        for tag in self.get_tags(id):
            self.delete_tag(id, TagForm(name=tag.name))
        return True

    # --- export, import, copy, prune -----------------------------------------------------------

    def iter_export(
        self,
        *,
        archived_only: bool = False,
        since: datetime | timedelta | float | None = None,
        on_total: Callable[[int], None] | None = None,
    ) -> Generator[dict[str, Any]]:
        """Every chat of the current user as JSON-ready data, for a backup file: what
        :meth:`iter_all` reads (streamed, memory flat), plus ``folder_path`` for a chat in a
        folder (the folder's name and its parents', outermost first), so that
        :meth:`import_records` can put it in a folder of the same name on another server.

        Consistent while the account is in use: the chats are listed first (ids and times,
        no messages), and every chat of that list is yielded exactly once, in the version
        read when it is yielded; one the stream misses (a change on the server shifts its
        pages) is read by its id. A chat deleted meanwhile is left out; one made meanwhile
        is yielded when the stream brings it.

        Args:
            archived_only: Only the archived chats (by default every chat, archived or not).
            since: Only chats updated at or after this time: a ``datetime`` (naive is UTC), or
                an age (a ``timedelta``, or seconds) before now.
            on_total: Called once, before the first chat, with how many chats the listing
                counts (for a progress bar).

        Yields:
            One dict per chat, the JSON of a ``ChatResponse`` (and ``folder_path``).
        """
        from .chat_transfer import iter_export

        for record in iter_export(
            self, archived_only=archived_only, since=since, on_total=on_total
        ):
            yield record

    def import_records(
        self,
        records: Iterable[Mapping[str, Any]],
        *,
        batch_size: int = 50,
        dry_run: bool = False,
        on_batch: Callable[[int], None] | None = None,
    ) -> ChatImportReport:
        """Import exported chats, ``batch_size`` at a time (``POST /api/v1/chats/import``).

        Takes what :meth:`iter_export` yields, what ``GET /api/v1/chats/all`` and the web UI's
        "Export chats" write (chat objects with a ``chat`` dict), and the older form whose
        record is the chat content itself. Kept: the title, the messages and their tree, the
        tags (``meta.tags``), pinned and archived, ``created_at`` and ``updated_at``, and the
        folder by name (``folder_path``; missing folders are created). Not kept, and counted
        in the report's ``dropped``: the ids (new ones are assigned), the owner (the importing
        user), shared links, a bare ``folder_id`` without ``folder_path``, and what the server
        computes (summary, tasks, context usage).

        Each record is checked before its batch is sent: a record that is not a chat raises
        ``ValueError`` and the batches before it stay imported. Run with ``dry_run=True``
        first to check every record without writing anything.

        Args:
            records: The chats, e.g. the lines of an export file decoded one by one.
            batch_size: Chats per request (at least 1).
            dry_run: Check every record and count what would be done; write nothing (not even
                folders).
            on_batch: Called with the size of each batch once it is imported.

        Returns:
            A :class:`~owui_sdk.models.ChatImportReport`.

        Raises:
            ValueError: A record that is not a chat (``"record 3: not a chat: ..."``), or a
                ``batch_size`` under 1.
        """
        from .chat_transfer import import_records

        return import_records(
            self,
            records,
            batch_size=batch_size,
            dry_run=dry_run,
            on_batch=on_batch,
        )

    def copy_to(
        self,
        target: ChatsClient,
        *,
        state_file: str | Path,
        batch_size: int = 50,
        on_batch: Callable[[int], None] | None = None,
        on_total: Callable[[int], None] | None = None,
        sync: bool = False,
    ) -> ChatMigrationReport:
        """Copy every chat of this client's user to another server (``target``, the other
        client's ``chats``), streaming, resumably, consistently while the source is in use.

        The run first lists the source's chats (ids and times); every chat of that list is
        copied exactly once, in the version read when it is copied, whatever the source does
        meanwhile. At the end the source is listed again and the report names the chats
        changed, made or deleted during the run. Run the same call again and it brings the
        target up to date: chats not copied yet are copied, and chats whose ``updated_at``
        is newer than the version copied are copied again, replacing the old copy (never a
        second one). With ``sync``, the copies of chats gone from the source are deleted
        from the target too.

        Before anything is written, the target is checked not to be the source under
        another spelling (``localhost`` for ``127.0.0.1``, a trailing slash, ``/api``): the
        keys' user ids are compared, or, on a server that does not tell an API key its user,
        the target is asked for one of the source's chats by id. The same server with the
        same user raises ``ValueError``; two users of one server are fine.

        The state file records, after each batch, which chats landed and which version
        (written atomically, mode 0600; chat ids and times, no key). It is written only once
        the first batch goes out. After an interruption (Ctrl-C, a kill, a lost connection)
        the same call copies the rest: a batch sent but not recorded is looked for on the
        target first (by title, timestamps and current message) and recorded, not sent
        again. What is kept is what :meth:`import_records` keeps.

        Args:
            target: The target server's chats client (``OpenWebUI(other_url, ...).chats``):
                another server, or another user of this one.
            state_file: Where the state is kept (created when missing). One state file per
                source and target pair: one for other servers is refused.
            batch_size: Chats per import request (at least 1).
            on_batch: Called with the size of each batch once it is recorded.
            on_total: Called once, before the first copy, with how many chats the run is to
                copy (new or changed; for a progress bar).
            sync: Also delete from the target the copies of chats deleted on the source (only
                copies the state file records: nothing else on the target is touched).

        Returns:
            A :class:`~owui_sdk.models.ChatMigrationReport`.

        Raises:
            ValueError: The state file is not one, or is for other servers; or the target is
                this very server and user (nothing is written then).
        """
        from .chat_transfer import copy_to

        return copy_to(
            self,
            target,
            state_file=state_file,
            batch_size=batch_size,
            on_batch=on_batch,
            on_total=on_total,
            sync=sync,
        )

    def prune(
        self,
        *,
        older_than: datetime | timedelta | float,
        archived_only: bool = False,
        dry_run: bool = False,
        on_delete: Callable[[int, int], None] | None = None,
        include_pinned: bool = False,
    ) -> ChatPruneReport:
        """Delete the chats last updated before a cut-off (the retention chore), through the
        API. Pinned chats are spared (listed in the report's ``spared``) unless
        ``include_pinned``; pass ``archived_only`` to keep every chat not archived.

        Args:
            older_than: The cut-off: an age (a ``timedelta``, or seconds) before now, or a
                ``datetime`` (naive is UTC). Chats whose ``updated_at`` is earlier match.
            archived_only: Only archived chats match.
            dry_run: List the matching chats; delete nothing.
            on_delete: Called after each deletion with how many are deleted so far and how
                many matched (for a progress bar).
            include_pinned: Delete old pinned chats too (the report's ``pinned`` names them).

        Returns:
            A :class:`~owui_sdk.models.ChatPruneReport`: the matching chats and how many were
            deleted.

        Raises:
            ValueError: A negative age.
        """
        from .chat_transfer import prune

        return prune(
            self,
            older_than=older_than,
            archived_only=archived_only,
            dry_run=dry_run,
            on_delete=on_delete,
            include_pinned=include_pinned,
        )
