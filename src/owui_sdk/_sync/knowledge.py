# Generated from src/owui_sdk/_async/knowledge.py by `make generate` (unasync). Do not edit.
"""``client.knowledge``: every knowledge endpoint (generated), plus feeding a knowledge base a
batch of files, and the paginated lists as iterators.

One source for both colours: ``src/owui_sdk/_async/`` is written by hand and
``src/owui_sdk/_sync/`` is derived from it by ``make generate``.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Generator, Iterable, Sequence
from typing import IO, TYPE_CHECKING

from .._concurrency import map_limited
from .._resources.knowledge import KnowledgeResource
from .._types import UNSET, Unset
from .._uploads import folder_files, opened, sha256_of, source_name
from ..errors import OpenWebUIError
from .files import DEFAULT_PROCESSING_TIMEOUT, FilesClient

if TYPE_CHECKING:
    from .._generated.models.file_user_response import FileUserResponse
    from .._generated.models.knowledge_access_response import KnowledgeAccessResponse
    from .._results import (
        AddedFile,
        IngestReport,
        KnowledgeSyncPlan,
        KnowledgeSyncReport,
        SyncedFile,
    )
    from .api_client import SyncAPIClient

__all__ = ["KnowledgeClient"]

#: One file for :meth:`KnowledgeClient.add_files`: a path, or ``(name, bytes or a binary
#: file object)``.
FileToAdd = str | os.PathLike[str] | tuple[str, bytes | IO[bytes]]


class KnowledgeClient(KnowledgeResource):
    """The ``knowledge`` endpoints (every generated method), plus keeping a knowledge base equal
    to a folder (:meth:`sync`, :meth:`plan_sync`), :meth:`add_files` / :meth:`ingest`, and the
    paginated lists as iterators (:meth:`iter_files`, :meth:`iter_knowledge_bases`, and the
    generated ``iter_<route>`` of every paged route)."""

    __slots__ = ("_api",)

    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self._api = client

    def iter_knowledge_bases(self) -> Generator[KnowledgeAccessResponse]:
        """Every knowledge base this user can read, page after page
        (:meth:`iter_get_knowledge_bases`)."""
        return self.iter_get_knowledge_bases()

    def iter_files(
        self,
        knowledge_id: str,
        *,
        query: str | Unset | None = UNSET,
        order_by: str | Unset | None = UNSET,
        direction: str | Unset | None = UNSET,
    ) -> Generator[FileUserResponse]:
        """Every file of a knowledge base, page after page (Open WebUI pages them by 30;
        :meth:`iter_get_knowledge_files_by_id` takes the other filters).

        Args:
            knowledge_id: The knowledge base.
            query: Only files whose name matches.
            order_by: ``"name"``, ``"created_at"`` or ``"updated_at"`` (server default).
            direction: ``"asc"`` or ``"desc"``.
        """
        return self.iter_get_knowledge_files_by_id(
            knowledge_id, query=query, order_by=order_by, direction=direction
        )

    def add_files(
        self,
        knowledge_id: str,
        files: Iterable[FileToAdd],
        *,
        concurrency: int = 4,
        on_progress: Callable[[AddedFile], None] | None = None,
        timeout: float = DEFAULT_PROCESSING_TIMEOUT,
    ) -> list[AddedFile]:
        """Upload files, wait until each is processed, and add it to a knowledge base.

        A file whose content the knowledge base already holds under the same name is skipped
        (its SHA-256 against Open WebUI's ``meta.file_hash``); one of the same name with
        other content replaces it: the old file leaves this knowledge base but stays among
        the user's files (other knowledge bases may hold it). One bad file never stops the
        batch: it is reported as ``"failed"`` with the reason, and a file uploaded for it is
        deleted again. Two files of one batch with the same content under two names: Open
        WebUI keeps the first and refuses the second ("Duplicate content detected").

        Args:
            knowledge_id: The knowledge base.
            files: Paths, or ``(name, bytes or binary file)`` pairs.
            concurrency: Files in flight at once.
            on_progress: Called with each file's :class:`~owui_sdk.models.AddedFile` as it
                finishes (in the caller's thread, or its event loop).
            timeout: Seconds to wait for each file's processing.

        Returns:
            One :class:`~owui_sdk.models.AddedFile` per file, in the order given.

        Raises:
            owui_sdk.errors.NotFoundError: No such knowledge base (before any upload).
        """
        items = list(files)
        present: dict[str, tuple[str, str | None]] = {}
        for known in self.iter_files(knowledge_id):
            meta = known.meta
            extra = getattr(meta, "additional_properties", None) or {}
            present[known.filename] = (known.id, extra.get("file_hash"))

        files_client = FilesClient(self._api)

        def add(item: FileToAdd) -> AddedFile:
            return self._add_one(files_client, knowledge_id, item, present, timeout)

        return map_limited(add, items, concurrency, on_progress)

    def ingest(
        self,
        directory: str | os.PathLike[str],
        kb_name: str,
        *,
        pattern: str = "**/*",
        description: str = "",
        concurrency: int = 4,
        on_progress: Callable[[AddedFile], None] | None = None,
        timeout: float = DEFAULT_PROCESSING_TIMEOUT,
    ) -> IngestReport:
        """Feed a folder to the knowledge base named ``kb_name`` (created when no knowledge
        base of this user has that name): every file is uploaded, processed and added, as
        :meth:`add_files` does; a file whose content is there already under its name is
        skipped (by SHA-256), one whose content changed replaces the old one.

        Args:
            directory: The folder.
            kb_name: The knowledge base's name (the first of that name when there are several).
            pattern: Which files, as a glob below ``directory`` (``"**/*"``: all, recursively;
                ``"*.md"``: Markdown files at the top). Hidden files and folders are left out.
            description: The description of a knowledge base created here.
            concurrency: Files in flight at once.
            on_progress: Called with each file's :class:`~owui_sdk.models.AddedFile` as it
                finishes.
            timeout: Seconds to wait for each file's processing.

        Returns:
            An :class:`~owui_sdk.models.IngestReport`.

        Raises:
            NotADirectoryError: ``directory`` is not a folder (nothing is sent).
            ValueError: An empty ``kb_name``, or two files of the same name in the folder
                (nothing is sent).
        """
        from .._results import IngestReport

        if not isinstance(kb_name, str) or not kb_name.strip():
            raise ValueError("kb_name must be a non-empty name")
        paths = folder_files(directory, pattern)
        knowledge_id: str | None = None
        for kb in self.iter_knowledge_bases():
            if kb.name == kb_name:
                knowledge_id = kb.id
                break
        created = knowledge_id is None
        if knowledge_id is None:
            from .._generated.models.knowledge_form import KnowledgeForm

            made = self.create_new_knowledge(KnowledgeForm(name=kb_name, description=description))
            knowledge_id = made.id
        added = self.add_files(
            knowledge_id,
            paths,
            concurrency=concurrency,
            on_progress=on_progress,
            timeout=timeout,
        )
        return IngestReport(knowledge_id, created, added)

    def plan_sync(
        self,
        knowledge_id: str,
        directory: str | os.PathLike[str],
        *,
        delete: bool = True,
        include: str | Sequence[str] | None = None,
        exclude: str | Sequence[str] | None = None,
        max_size: int | None = None,
    ) -> KnowledgeSyncPlan:
        """What :meth:`sync` would do, changing nothing: the folder is hashed and Open WebUI
        compares the manifest with the knowledge base (``POST /knowledge/{id}/sync/diff``, which
        changes nothing on the server).

        The arguments are :meth:`sync`'s.

        Returns:
            A :class:`~owui_sdk.models.KnowledgeSyncPlan`.

        Raises:
            NotADirectoryError: ``directory`` is not a folder (nothing is sent).
            ValueError: A bad pattern or ``max_size`` (nothing is sent).
            owui_sdk.errors.NotFoundError: No such knowledge base.
        """
        from .knowledge_sync import plan_sync

        return plan_sync(
            self,
            knowledge_id,
            directory,
            delete=delete,
            include=include,
            exclude=exclude,
            max_size=max_size,
        )

    def sync(
        self,
        knowledge_id: str,
        directory: str | os.PathLike[str],
        *,
        delete: bool = True,
        include: str | Sequence[str] | None = None,
        exclude: str | Sequence[str] | None = None,
        max_size: int | None = None,
        dry_run: bool = False,
        concurrency: int = 4,
        on_progress: Callable[[SyncedFile], None] | None = None,
        timeout: float = DEFAULT_PROCESSING_TIMEOUT,
    ) -> KnowledgeSyncReport:
        """Make the knowledge base equal to the folder, as ``rsync --delete`` would.

        The plan is Open WebUI's own diff of the folder's SHA-256 manifest (the hash Open
        WebUI records at upload, so two machines syncing the same folder agree): new and
        changed files are uploaded, processed and added; unchanged ones are not sent.
        Sub-folders become the knowledge base's directories (created as needed, removed once
        empty); a file moved to another sub-folder with its name and content is moved there,
        not uploaded again. With ``delete``, files gone from the folder leave the knowledge
        base: a file record another knowledge base holds too is only taken out of this one.
        A changed file's old version is removed once the new one is in.

        Left out: hidden files and folders, what ``.kbignore`` at the top of the folder
        (``.gitignore`` syntax) or ``exclude`` matches, what ``include`` does not match.
        Skipped with the reason: empty files, files over ``max_size``, unreadable files (a
        knowledge base file of the same name is then kept), symlinks leading outside the
        folder, symlink loops. One file's failure (its processing, say) never stops the rest:
        it is reported with the reason, and nothing of it is left behind.

        Args:
            knowledge_id: The knowledge base.
            directory: The folder.
            delete: Remove from the knowledge base what is gone from the folder.
            include: Only these files: glob patterns in ``.gitignore`` syntax, matched against
                the path below the folder (``"*.md"``: Markdown files at any depth;
                ``"docs/**"``).
            exclude: Leave these out (same syntax; ``"drafts/"``: a folder).
            max_size: Skip files larger than this many bytes.
            dry_run: Change nothing; the report says what would be done.
            concurrency: Files in flight at once.
            on_progress: Called with each changed file's :class:`~owui_sdk.models.SyncedFile`
                as it finishes (in the caller's thread, or its event loop).
            timeout: Seconds to wait for each file's processing.

        Returns:
            A :class:`~owui_sdk.models.KnowledgeSyncReport`.

        Raises:
            NotADirectoryError: ``directory`` is not a folder (nothing is sent).
            ValueError: A bad pattern or ``max_size`` (nothing is sent).
            owui_sdk.errors.NotFoundError: No such knowledge base (nothing is changed).
        """
        from .._results import KnowledgeSyncReport
        from .knowledge_sync import run_sync

        if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
            raise ValueError(f"concurrency must be at least 1, not {concurrency!r}")
        plan = self.plan_sync(
            knowledge_id,
            directory,
            delete=delete,
            include=include,
            exclude=exclude,
            max_size=max_size,
        )
        if dry_run:
            return KnowledgeSyncReport(
                knowledge_id=plan.knowledge_id,
                dry_run=True,
                files=list(plan.files),
                created_directories=list(plan.create_directories),
                removed_directories=list(plan.remove_directories),
                plan=plan,
            )
        return run_sync(
            self,
            FilesClient(self._api),
            plan,
            concurrency=concurrency,
            on_progress=on_progress,
            timeout=timeout,
        )

    def _add_one(
        self,
        files: FilesClient,
        knowledge_id: str,
        item: FileToAdd,
        present: dict[str, tuple[str, str | None]],
        timeout: float,
    ) -> AddedFile:
        from .._generated.models.knowledge_file_id_form import KnowledgeFileIdForm
        from .._results import AddedFile

        source, name = (item[1], item[0]) if isinstance(item, tuple) else (item, None)
        uploaded: str | None = None
        try:
            name = source_name(source, name)
            with opened(source) as handle:
                digest = sha256_of(handle)
                old = present.get(name)
                if old is not None and old[1] == digest:
                    return AddedFile(name, "skipped", old[0])
                uploaded = (files.upload(handle, filename=name, metadata={"file_hash": digest})).id
            files.wait_until_processed(uploaded, timeout=timeout)
            self.add_file_to_knowledge_by_id(knowledge_id, KnowledgeFileIdForm(file_id=uploaded))
            if old is not None:
                # Out of this knowledge base only: the old file may be in others too, which
                # delete_file=True (the server's default) would silently empty.
                self.remove_file_from_knowledge_by_id(
                    knowledge_id, KnowledgeFileIdForm(file_id=old[0]), delete_file=False
                )
            return AddedFile(name, "replaced" if old else "added", uploaded)
        except (OpenWebUIError, OSError, ValueError, TypeError) as exc:
            if uploaded is not None:
                _forget(files, uploaded)
            return AddedFile(name or str(source), "failed", None, _one_line(exc))


def _forget(files: FilesClient, file_id: str) -> None:
    # A file uploaded for a failed add would linger in the user's files.
    with contextlib.suppress(OpenWebUIError):
        files.delete_file_by_id(file_id)


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return f"{type(exc).__name__}: {text}"
