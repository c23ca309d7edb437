"""``client.files``: every files endpoint (generated), plus an upload that takes a path and a
wait until Open WebUI has processed the file.

Processing (text extraction, embedding) runs after the upload answered, with the file's
``data.status`` going ``pending`` -> ``processing`` -> ``completed`` or ``failed``. Adding a
file to a knowledge base before it completed is refused ("The content provided is empty"), the
error scripts hit most: :meth:`AsyncFilesClient.upload` with ``wait=True`` returns only once it
ended.

One source for both colours: ``src/owui_sdk/_async/`` is written by hand and
``src/owui_sdk/_sync/`` is derived from it by ``make generate``.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator
from typing import TYPE_CHECKING, Any

from .._resources.files import AsyncFilesResource
from .._uploads import UploadSource, guess_type, opened, sha256_of, source_name
from ..errors import FileProcessingError, FileProcessingTimeoutError, NotFoundError

if TYPE_CHECKING:
    from .._generated.models.file_model_response import FileModelResponse
    from .api_client import AsyncAPIClient

__all__ = ["AsyncFilesClient"]

#: Seconds to wait for processing by default: embedding a long PDF can take minutes.
DEFAULT_PROCESSING_TIMEOUT = 300.0
# Polling starts fast (a small text file is done in ~0.1 s) and backs off to this.
_FIRST_POLL, _MAX_POLL = 0.1, 2.0


class AsyncFilesClient(AsyncFilesResource):
    """The ``files`` endpoints (every generated method), plus :meth:`upload`,
    :meth:`wait_until_processed`, and the lists as iterators (:meth:`iter_files`,
    :meth:`iter_search_files`)."""

    __slots__ = ("_api",)

    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self._api = client

    async def upload(
        self,
        file: UploadSource,
        *,
        filename: str | None = None,
        content_type: str | None = None,
        process: bool = True,
        wait: bool = False,
        timeout: float = DEFAULT_PROCESSING_TIMEOUT,
        metadata: dict[str, Any] | None = None,
    ) -> FileModelResponse:
        """Upload a file; with ``wait=True``, return once Open WebUI has processed it.

        A path is streamed from disk, not read into memory. The upload is a POST: once its
        bytes went out it is never sent again.

        Args:
            file: A path (``str`` or ``os.PathLike``), ``bytes``, or a binary file object.
            filename: The name to record; by default the path's or file object's name
                (required for ``bytes``).
            content_type: By default guessed from the name.
            process: Whether Open WebUI extracts and embeds the content (for retrieval).
            wait: Return only once processing ended (see :meth:`wait_until_processed`).
            timeout: Seconds to wait for processing, with ``wait=True``.
            metadata: Kept by Open WebUI in ``meta.data``; the content's SHA-256 is sent as
                ``file_hash`` unless given.

        Returns:
            The file. With ``wait=True``, as it is after processing (``data.status``).

        Raises:
            FileNotFoundError: No file at the path.
            TypeError, ValueError: Not a path, bytes or binary file; no name for bytes.
            owui_sdk.errors.FileProcessingError: With ``wait=True``: processing failed (the
                server's reason in ``reason``); FileProcessingTimeoutError: not done in time.
                The file stays on the server either way (``file_id`` on the error): delete it
                with :meth:`delete_file_by_id` if it is of no use.
            owui_sdk.errors.APIStatusError: The upload was refused (e.g. 400 for an empty
                file).
        """
        from .._generated.models.upload_file_body import UploadFileBody
        from .._types import File

        name = source_name(file, filename)
        with opened(file) as handle:
            meta = dict(metadata or {})
            if "file_hash" not in meta:
                meta["file_hash"] = sha256_of(handle)
            body = UploadFileBody(
                file=File(handle, name, content_type or guess_type(name)), metadata=meta
            )
            uploaded = await self.upload_file(body, process=process)
        if wait and process:
            await self.wait_until_processed(uploaded.id, timeout=timeout)
            return await self._fresh(uploaded)
        return uploaded

    async def wait_until_processed(
        self, file_id: str, *, timeout: float = DEFAULT_PROCESSING_TIMEOUT
    ) -> None:
        """Wait until Open WebUI has processed the file: return when its status is
        ``completed``.

        Polls ``GET /api/v1/files/{id}/process/status``, from 0.1 s between asks backing off
        to 2 s (the ``stream=true`` form answers once a second at best, slower for the small
        files most uploads are).

        Raises:
            owui_sdk.errors.FileProcessingError: Processing failed; ``reason`` is the server's.
            owui_sdk.errors.FileProcessingTimeoutError: Not done after ``timeout`` seconds.
            owui_sdk.errors.NotFoundError: No such file.
        """
        if timeout <= 0:
            raise ValueError(f"timeout must be positive, not {timeout!r}")
        retry = self._api.common.retry
        started = retry.clock()
        delay = _FIRST_POLL
        while True:
            answer = await self.get_file_process_status(file_id)
            status = answer.get("status") if isinstance(answer, dict) else None
            if status == "completed":
                return
            if status == "failed":
                raise FileProcessingError(file_id, status, await self._failure_reason(file_id))
            waited = retry.clock() - started
            if waited >= timeout:
                raise FileProcessingTimeoutError(file_id, status, timeout)
            await retry.async_sleep(min(delay, timeout - waited))
            delay = min(delay * 2, _MAX_POLL)

    def iter_files(self, *, content: bool = False) -> AsyncGenerator[FileModelResponse]:
        """Every file of this user, page after page (``GET /api/v1/files/?page=N``;
        :meth:`iter_list_files`, which sends the file's text by default).

        Args:
            content: Include each file's extracted text (``data.content``): heavier.
        """
        return self.iter_list_files(content=content)

    # Overrides the generated iterator of the same name: it keeps the signature it had before
    # that one existed (the name positional, page_size) and reads a 404 ("nothing matches")
    # as an empty list.
    async def iter_search_files(  # type: ignore[override]
        self, filename: str, *, content: bool = False, page_size: int = 100
    ) -> AsyncGenerator[FileModelResponse]:
        """Every file whose name matches ``filename`` (wildcards: ``"*.md"``), ``page_size``
        at a time (:meth:`search_files` pages by skip and limit).

        Open WebUI answers 404 when nothing matches: that is an empty iteration here.
        """
        if page_size < 1:
            raise ValueError("page_size must be at least 1")
        skip = 0
        while True:
            try:
                found = await self.search_files(
                    filename=filename, content=content, skip=skip, limit=page_size
                )
            except NotFoundError:
                return
            for item in found:
                yield item
            if len(found) < page_size:
                return
            skip += page_size

    async def _failure_reason(self, file_id: str) -> str | None:
        file = await self.get_file_by_id(file_id)
        data = getattr(file, "data", None)
        error = data.get("error") if isinstance(data, dict) else None
        return None if error is None else str(error)

    async def _fresh(self, uploaded: FileModelResponse) -> FileModelResponse:
        # The upload's answer says "pending"; the file as it is now says how it ended.
        from .._generated.models.file_model_response import FileModelResponse

        current = await self.get_file_by_id(uploaded.id)
        return FileModelResponse.from_dict(current.to_dict())
