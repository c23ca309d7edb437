"""``client.files.upload`` / ``wait_until_processed`` and ``client.knowledge.add_files`` /
``iter_files`` against a real Open WebUI and its echo upstream.

Each test is written once and runs with both clients: the ``colour`` fixture picks
:class:`OpenWebUI` or :class:`AsyncOpenWebUI`, :func:`resolve` awaits what the async one
returns and :func:`collect` drains either kind of iterator. The client is the admin's, over an
httpx client whose event hook records every request it sends (``sent``), so that a test can
tell that no upload went out.

File processing embeds through the upstream (tests/upstream.py): its vectors come from a hash
of the text, so retrieval finds the right documents only because a knowledge base here never
holds more chunks than Open WebUI's top k (3). An input containing ``[[embed-fail]]`` makes the
embeddings call answer 500, so that file's processing fails.

Everything a test makes (knowledge bases, files) has a unique name and is deleted again in a
``finally`` block, whatever happens.
"""

from __future__ import annotations

import contextlib
import secrets
import threading
import time
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from owui_sdk import AsyncOpenWebUI, OpenWebUI
from owui_sdk.errors import (
    BadRequestError,
    FileProcessingError,
    FileProcessingTimeoutError,
    NotFoundError,
)
from owui_sdk.models import AddedFile, KnowledgeForm, QueryCollectionsForm
from tests.facade._support import close, collect, resolve
from tests.server import ServerInfo
from tests.upstream import EchoUpstream

pytestmark = pytest.mark.integration

MODEL = "echo-1"
UPSTREAM_CHAT = "/v1/chat/completions"
UPLOAD = "POST /api/v1/files/"  # what the event hook records for an upload
PROCESSING_TIMEOUT = 30.0  # seconds; each file here is processed in well under one
EMBED_FAIL = "[[embed-fail]]"


# --- helpers ---------------------------------------------------------------------------------


def unique(prefix: str) -> str:
    return f"{prefix}_{secrets.token_hex(6)}"


def make_pdf(text: str) -> bytes:
    """A minimal valid one-page PDF showing ``text`` (ASCII, no parentheses or backslashes)
    in Helvetica: catalog, page tree, page, font and content stream, with a correct xref."""
    content = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792]"
        b" /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n%b\nendstream" % (len(content), content),
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%b\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


@dataclass
class Folder:
    """Three files in a temporary folder, each with a sentence no other test uses."""

    path: Path
    text: str  # notes.txt's sentence
    markdown: str  # guide.md's sentence
    pdf: str  # report.pdf's sentence

    @classmethod
    def make(cls, path: Path) -> Folder:
        token = secrets.token_hex(6)
        folder = cls(
            path,
            text=f"The password of the lighthouse is zebra{token}.",
            markdown=f"The harbour opens at dawn on day {token}.",
            pdf=f"The otter keeps the brass key number {token}.",
        )
        (path / "notes.txt").write_text(folder.text + "\n")
        (path / "guide.md").write_text(f"# Guide\n\n{folder.markdown}\n")
        (path / "report.pdf").write_bytes(make_pdf(folder.pdf))
        return folder

    @property
    def names(self) -> list[str]:
        return ["guide.md", "notes.txt", "report.pdf"]

    def files(self) -> list[Path]:
        return sorted(self.path.iterdir())


async def file_count(client: Any) -> int:
    """How many files the client's user has."""
    answer = await resolve(client.files.list_files(page=1, content=False))
    total: int = answer.total
    return total


async def kb_files(client: Any, kb_id: str) -> dict[str, str]:
    """The knowledge base's files: name -> file id."""
    return {f.filename: f.id for f in await collect(client.knowledge.iter_files(kb_id))}


async def forget(client: Any, kb_id: str | None = None, files: Iterable[str | None] = ()) -> None:
    """Delete the knowledge base, its files and ``files``; what is gone already is fine.
    (Deleting a knowledge base leaves its files in place.)"""
    ids = {file_id for file_id in files if file_id}
    if kb_id is not None:
        with contextlib.suppress(NotFoundError):
            ids.update((await kb_files(client, kb_id)).values())
        with contextlib.suppress(NotFoundError):
            await resolve(client.knowledge.delete_knowledge_by_id(kb_id))
    for file_id in ids:
        with contextlib.suppress(NotFoundError):
            await resolve(client.files.delete_file_by_id(file_id))


async def new_kb(client: Any) -> str:
    kb = await resolve(
        client.knowledge.create_new_knowledge(
            KnowledgeForm(name=unique("kb"), description="test_files_knowledge")
        )
    )
    kb_id: str = kb.id
    return kb_id


def by_name(results: list[AddedFile]) -> dict[str, AddedFile]:
    return {r.name: r for r in results}


# --- fixtures --------------------------------------------------------------------------------


@pytest.fixture(params=["sync", "async"])
def colour(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def sent() -> list[str]:
    """``"METHOD /path"`` of every request the test's client sent, in order."""
    return []


@pytest.fixture
async def client(colour: str, owui_server: ServerInfo, sent: list[str]) -> AsyncIterator[Any]:
    """The admin, with the test's colour, over an httpx client that records into ``sent``;
    both closed at the end."""
    made: Any
    if colour == "sync":

        def record(request: httpx.Request) -> None:
            sent.append(f"{request.method} {request.url.path}")

        http = httpx.Client(event_hooks={"request": [record]})
        made = OpenWebUI(
            owui_server.base_url, api_key=owui_server.admin_key, timeout=60, http_client=http
        )
        try:
            yield made
        finally:
            await close(made)
            http.close()
    else:

        async def arecord(request: httpx.Request) -> None:
            sent.append(f"{request.method} {request.url.path}")

        ahttp = httpx.AsyncClient(event_hooks={"request": [arecord]})
        made = AsyncOpenWebUI(
            owui_server.base_url, api_key=owui_server.admin_key, timeout=60, http_client=ahttp
        )
        try:
            yield made
        finally:
            await close(made)
            await ahttp.aclose()


@pytest.fixture
def folder(tmp_path: Path) -> Folder:
    return Folder.make(tmp_path)


# --- upload ----------------------------------------------------------------------------------


async def test_upload_waits_until_processed(client: Any, folder: Folder, sent: list[str]) -> None:
    """A path, bytes and a binary file object, each with ``wait=True``: the file comes back
    processed, with its text extracted (the hand-made PDF's too)."""
    made: list[str] = []
    try:
        text = await resolve(
            client.files.upload(folder.path / "notes.txt", wait=True, timeout=PROCESSING_TIMEOUT)
        )
        made.append(text.id)
        markdown = await resolve(
            client.files.upload(
                (folder.path / "guide.md").read_bytes(),
                filename="guide.md",
                wait=True,
                timeout=PROCESSING_TIMEOUT,
            )
        )
        made.append(markdown.id)
        with (folder.path / "report.pdf").open("rb") as handle:
            pdf = await resolve(client.files.upload(handle, wait=True, timeout=PROCESSING_TIMEOUT))
        made.append(pdf.id)

        for file, name, content_type, sentence in (
            (text, "notes.txt", "text/plain", folder.text),
            (markdown, "guide.md", "text/markdown", folder.markdown),
            (pdf, "report.pdf", "application/pdf", folder.pdf),
        ):
            assert file.filename == name
            assert file.meta.content_type == content_type
            assert file.data["status"] == "completed", file.data
            assert sentence in file.data["content"]
            assert await resolve(client.files.get_file_process_status(file.id)) == {
                "status": "completed"
            }
        assert sent.count(UPLOAD) == 3
    finally:
        await forget(client, files=made)


async def test_upload_of_a_file_that_fails_processing(client: Any, tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text(f"This file cannot be embedded {EMBED_FAIL} {unique('x')}.\n")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    failed_id: str | None = None
    try:
        with pytest.raises(FileProcessingError) as caught:
            await resolve(client.files.upload(bad, wait=True, timeout=PROCESSING_TIMEOUT))
        failed_id = caught.value.file_id
        assert not isinstance(caught.value, FileProcessingTimeoutError)
        assert caught.value.status == "failed"
        assert caught.value.reason is not None
        assert "500" in caught.value.reason and "/v1/embeddings" in caught.value.reason
        assert caught.value.reason in str(caught.value)
        # The file stays, marked failed (the caller deletes it: its id is in the error).
        file = await resolve(client.files.get_file_by_id(failed_id))
        assert file.data["status"] == "failed"

        # An empty file is refused by the upload itself.
        before = await file_count(client)
        with pytest.raises(BadRequestError) as refused:
            await resolve(client.files.upload(empty, wait=True))
        assert refused.value.status_code == 400
        assert "empty" in str(refused.value)
        assert await file_count(client) == before
    finally:
        await forget(client, files=[failed_id])


async def test_wait_until_processed_times_out(client: Any, tmp_path: Path) -> None:
    """A file uploaded with ``process=False`` stays ``pending`` for ever: a deterministic
    "slow" file. (Nothing makes a processed file's embedding slow on request: the upstream's
    ``[[stall:N]]`` only delays chat completions.)"""
    path = tmp_path / "unprocessed.txt"
    path.write_text(f"Never processed {unique('x')}.\n")
    file_id: str | None = None
    try:
        # wait=True waits for nothing when nothing is processed.
        uploaded = await resolve(client.files.upload(path, process=False, wait=True))
        file_id = uploaded.id
        assert await resolve(client.files.get_file_process_status(file_id)) == {"status": "pending"}

        started = time.monotonic()
        with pytest.raises(FileProcessingTimeoutError) as caught:
            await resolve(client.files.wait_until_processed(file_id, timeout=0.3))
        waited = time.monotonic() - started
        assert 0.3 <= waited < 10
        assert isinstance(caught.value, TimeoutError)
        assert isinstance(caught.value, FileProcessingError)
        assert (caught.value.file_id, caught.value.status) == (file_id, "pending")
        assert caught.value.waited == 0.3
        assert "pending after 0.3 s" in str(caught.value)

        with pytest.raises(NotFoundError):
            await resolve(client.files.wait_until_processed(unique("no-such-file"), timeout=1))
        with pytest.raises(ValueError):
            await resolve(client.files.wait_until_processed(file_id, timeout=0))
    finally:
        await forget(client, files=[file_id])


# --- knowledge bases -------------------------------------------------------------------------


async def test_add_files_then_retrieve_and_chat(
    client: Any, folder: Folder, upstream: EchoUpstream
) -> None:
    kb_id: str | None = None
    results: list[AddedFile] = []
    try:
        kb_id = await new_kb(client)
        progress: list[AddedFile] = []
        threads: set[int] = set()

        def on_progress(added: AddedFile) -> None:
            progress.append(added)
            threads.add(threading.get_ident())

        results = await resolve(
            client.knowledge.add_files(
                kb_id, folder.files(), on_progress=on_progress, timeout=PROCESSING_TIMEOUT
            )
        )
        assert [(r.name, r.status, r.error) for r in results] == [
            (name, "added", None) for name in folder.names
        ]
        assert all(r.file_id for r in results)
        # Once per file, as each finished, in the caller's thread (or its event loop's).
        assert len(progress) == 3
        assert sorted(progress, key=lambda r: r.name) == results
        assert threads == {threading.get_ident()}

        listed = await kb_files(client, kb_id)
        assert listed == {r.name: r.file_id for r in results}
        assert kb_id in [kb.id for kb in await collect(client.knowledge.iter_knowledge_bases())]

        # Retrieval over the knowledge base finds the text file's sentence.
        found = await resolve(
            client.retrieval.query_collection_handler(
                QueryCollectionsForm(collection_names=[kb_id], query=folder.text, k=3)
            )
        )
        documents, metadatas = found["documents"][0], found["metadatas"][0]
        assert folder.text in documents
        assert metadatas[documents.index(folder.text)]["file_id"] == listed["notes.txt"]
        assert folder.pdf in documents

        # A completion over the knowledge base shows the model the sentence.
        upstream.requests.clear()
        question = "What is the password of the lighthouse?"
        answer = await resolve(
            client.chat.completions.create(
                model=MODEL,
                messages=[{"role": "user", "content": question}],
                files=[{"type": "collection", "id": kb_id}],
            )
        )
        final = upstream.requests.wait_for(lambda r: folder.text in r.prompt_text, timeout=5)
        assert final.path == UPSTREAM_CHAT
        assert question in final.prompt_text
        assert folder.text in (answer.choices[0].message.content or "")
    finally:
        await forget(client, kb_id, [r.file_id for r in results])


async def test_add_files_again_skips_then_replaces(
    client: Any, folder: Folder, sent: list[str]
) -> None:
    kb_id: str | None = None
    first: list[AddedFile] = []
    third: list[AddedFile] = []
    try:
        kb_id = await new_kb(client)
        first = await resolve(
            client.knowledge.add_files(kb_id, folder.files(), timeout=PROCESSING_TIMEOUT)
        )
        assert [r.status for r in first] == ["added"] * 3
        files_before = await file_count(client)

        # The same folder again: every file is there with the same content, none is sent.
        sent.clear()
        progress: list[AddedFile] = []
        second = await resolve(
            client.knowledge.add_files(kb_id, folder.files(), on_progress=progress.append)
        )
        assert [(r.name, r.status, r.file_id, r.error) for r in second] == [
            (r.name, "skipped", r.file_id, None) for r in first
        ]
        assert len(progress) == 3
        assert UPLOAD not in sent
        assert all(line.startswith("GET ") for line in sent), sent
        assert await file_count(client) == files_before

        # One file edited: it replaces the old one, the others are skipped.
        (folder.path / "notes.txt").write_text(f"The lighthouse now says {unique('yak')}.\n")
        sent.clear()
        third = await resolve(
            client.knowledge.add_files(kb_id, folder.files(), timeout=PROCESSING_TIMEOUT)
        )
        old, new = by_name(first)["notes.txt"], by_name(third)["notes.txt"]
        assert [(r.name, r.status) for r in third] == [
            ("guide.md", "skipped"),
            ("notes.txt", "replaced"),
            ("report.pdf", "skipped"),
        ]
        assert new.file_id is not None and new.file_id != old.file_id and new.error is None
        assert sent.count(UPLOAD) == 1

        listed = await kb_files(client, kb_id)
        assert listed == {r.name: r.file_id for r in third}
        assert len(listed) == 3
        # The old file left this knowledge base only: it stays among the user's files (another
        # knowledge base may hold it), so there is one file more than before.
        kept = await resolve(client.files.get_file_by_id(old.file_id))
        assert kept is not None and kept.id == old.file_id
        assert await file_count(client) == files_before + 1
    finally:
        await forget(client, kb_id, [r.file_id for r in first + third])


async def test_add_files_reports_failures_and_adds_the_rest(
    client: Any, folder: Folder, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text(f"This file cannot be embedded {EMBED_FAIL} {unique('x')}.\n")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    batch = [folder.path / "guide.md", bad, empty, folder.path / "notes.txt"]
    kb_id: str | None = None
    results: list[AddedFile] = []
    try:
        kb_id = await new_kb(client)
        files_before = await file_count(client)
        progress: list[AddedFile] = []
        results = await resolve(
            client.knowledge.add_files(
                kb_id, batch, concurrency=2, on_progress=progress.append, timeout=PROCESSING_TIMEOUT
            )
        )
        assert [(r.name, r.status) for r in results] == [
            ("guide.md", "added"),
            ("bad.txt", "failed"),
            ("empty.txt", "failed"),
            ("notes.txt", "added"),
        ]
        assert len(progress) == 4
        failed, refused = results[1], results[2]
        assert failed.file_id is None and failed.error is not None
        assert failed.error.startswith("FileProcessingError: ")
        assert "/v1/embeddings" in failed.error
        assert refused.file_id is None and refused.error is not None
        assert refused.error.startswith("BadRequestError: ")
        assert "400" in refused.error and "empty" in refused.error

        assert await kb_files(client, kb_id) == {
            r.name: r.file_id for r in results if r.status == "added"
        }
        # The file uploaded for bad.txt was deleted again: only the two added ones are new.
        assert await file_count(client) == files_before + 2
    finally:
        await forget(client, kb_id, [r.file_id for r in results])


async def test_ingest_a_folder_by_knowledge_base_name(client: Any, folder: Folder) -> None:
    """The knowledge base is made when no knowledge base has the name, and found by it the
    next time; files already there are skipped."""
    name = unique("ingest")
    kb_id: str | None = None
    try:
        report = await resolve(
            client.knowledge.ingest(folder.path, name, timeout=PROCESSING_TIMEOUT)
        )
        kb_id = report.knowledge_id
        assert report.created
        assert [(f.name, f.status) for f in report.files] == [(n, "added") for n in folder.names]
        again = await resolve(client.knowledge.ingest(folder.path, name, pattern="*.md"))
        assert (again.created, again.knowledge_id) == (False, kb_id)
        assert [(f.name, f.status) for f in again.files] == [("guide.md", "skipped")]
        assert (again.count("skipped"), again.count("added")) == (1, 0)
    finally:
        await forget(client, kb_id)
