"""``client.files.upload`` / ``wait_until_processed`` and ``client.knowledge.add_files`` /
``iter_files``, both colours, through respx; the clock and the sleeps are injected, so no
test waits."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx

from owui_sdk.errors import FileProcessingError, FileProcessingTimeoutError, NotFoundError
from owui_sdk.models import AddedFile

from ._support import SleepRecorder, collect, json_response, resolve

FILES = "/api/v1/files"
KB = "/api/v1/knowledge"


def file_json(
    file_id: str = "f1", name: str = "a.txt", status: str = "pending", **data: Any
) -> Any:
    return {
        "id": file_id,
        "user_id": "u1",
        "filename": name,
        "created_at": 1,
        "updated_at": 1,
        "data": {"status": status, **data},
        "meta": {"name": name, "content_type": "text/plain", "size": 5},
    }


@pytest.fixture
def rec() -> SleepRecorder:
    return SleepRecorder()


@pytest.fixture
def files_client(make: Any, rec: SleepRecorder) -> Any:
    # The clock moves only when the client sleeps: a wait is counted, never waited.
    return make(_retry=rec.policy(clock=lambda: sum(rec.delays)))


def multipart(request: httpx.Request) -> str:
    return request.read().decode("utf-8", "replace")


# --- upload -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "name", "content_type"),
    [
        ("path", "notes.md", "text/markdown"),
        ("bytes", "report.pdf", "application/pdf"),
        ("fileobj", "data.bin", "application/octet-stream"),
    ],
)
async def test_upload_takes_a_path_bytes_or_a_file(
    kind: str,
    name: str,
    content_type: str,
    files_client: Any,
    router: respx.MockRouter,
    tmp_path: Path,
) -> None:
    content = b"hello world"
    route = router.post(f"{FILES}/").mock(return_value=json_response(file_json(name=name)))
    if kind == "path":
        (tmp_path / name).write_bytes(content)
        source: Any = tmp_path / name
        kwargs: dict[str, Any] = {}
    elif kind == "bytes":
        source, kwargs = content, {"filename": name}
    else:
        source, kwargs = io.BytesIO(content), {"filename": name}
    uploaded = await resolve(files_client.files.upload(source, **kwargs))
    assert uploaded.id == "f1"
    request = route.calls.last.request
    body = multipart(request)
    assert f'name="file"; filename="{name}"' in body
    assert f"Content-Type: {content_type}\r\n\r\nhello world\r\n" in body
    digest = hashlib.sha256(content).hexdigest()
    assert json.dumps({"file_hash": digest}) in body
    assert request.url.params["process"] == "true"


async def test_upload_names_the_content_type_when_told(
    files_client: Any, router: respx.MockRouter
) -> None:
    route = router.post(f"{FILES}/").mock(return_value=json_response(file_json()))
    await resolve(
        files_client.files.upload(
            b"x", filename="a.txt", content_type="text/csv", process=False, metadata={"k": 1}
        )
    )
    request = route.calls.last.request
    body = multipart(request)
    assert "Content-Type: text/csv" in body and '"k": 1' in body
    assert request.url.params["process"] == "false"


@pytest.mark.parametrize(
    ("source", "kwargs", "error"),
    [
        (b"x", {}, ValueError),  # bytes need a name
        (b"x", {"filename": "a/b.txt"}, ValueError),
        (b"x", {"filename": ""}, ValueError),
        (io.StringIO("text"), {"filename": "a.txt"}, TypeError),
        (42, {"filename": "a.txt"}, TypeError),
        ("/no/such/file.txt", {}, FileNotFoundError),
    ],
)
async def test_bad_upload_input_is_refused_before_sending(
    source: Any,
    kwargs: dict[str, Any],
    error: type[Exception],
    files_client: Any,
    router: respx.MockRouter,
) -> None:
    with pytest.raises(error):
        await resolve(files_client.files.upload(source, **kwargs))
    assert len(router.calls) == 0


async def test_upload_and_wait_returns_the_processed_file(
    files_client: Any, router: respx.MockRouter, rec: SleepRecorder
) -> None:
    router.post(f"{FILES}/").mock(return_value=json_response(file_json()))
    router.get(f"{FILES}/f1/process/status").mock(
        side_effect=[
            json_response({"status": "pending"}),
            json_response({"status": "processing"}),
            json_response({"status": "completed"}),
        ]
    )
    router.get(f"{FILES}/f1").mock(return_value=json_response(file_json(status="completed")))
    uploaded = await resolve(files_client.files.upload(b"x", filename="a.txt", wait=True))
    assert uploaded.data["status"] == "completed"
    assert rec.delays == [0.1, 0.2]  # backs off from 0.1 s


# --- waiting ----------------------------------------------------------------------------------


async def test_failed_processing_raises_with_the_servers_reason(
    files_client: Any, router: respx.MockRouter
) -> None:
    router.get(f"{FILES}/f1/process/status").mock(return_value=json_response({"status": "failed"}))
    reason = "500, message='Internal Server Error', url='http://127.0.0.1/v1/embeddings'"
    router.get(f"{FILES}/f1").mock(
        return_value=json_response(file_json(status="failed", error=reason))
    )
    with pytest.raises(FileProcessingError) as caught:
        await resolve(files_client.files.wait_until_processed("f1"))
    assert (caught.value.file_id, caught.value.status, caught.value.reason) == (
        "f1",
        "failed",
        reason,
    )
    assert not isinstance(caught.value, FileProcessingTimeoutError)


async def test_waiting_ends_with_a_timeout_error_in_time(
    files_client: Any, router: respx.MockRouter, rec: SleepRecorder
) -> None:
    status = router.get(f"{FILES}/f1/process/status").mock(
        return_value=json_response({"status": "processing"})
    )
    with pytest.raises(FileProcessingTimeoutError, match="still processing after 5 s") as caught:
        await resolve(files_client.files.wait_until_processed("f1", timeout=5))
    assert isinstance(caught.value, TimeoutError)
    assert sum(rec.delays) == pytest.approx(5)
    assert rec.delays[:5] == [0.1, 0.2, 0.4, 0.8, 1.6]  # doubling, the last one cut to fit
    assert status.call_count == len(rec.delays) + 1


async def test_waiting_for_an_unknown_file_is_not_found(
    files_client: Any, router: respx.MockRouter
) -> None:
    router.get(f"{FILES}/nope/process/status").mock(
        return_value=json_response({"detail": "We could not find what you're looking for :/"}, 404)
    )
    with pytest.raises(NotFoundError):
        await resolve(files_client.files.wait_until_processed("nope"))


@pytest.mark.parametrize("timeout", [0, -1])
async def test_waiting_needs_a_positive_timeout(
    timeout: float, files_client: Any, router: respx.MockRouter
) -> None:
    with pytest.raises(ValueError, match="timeout"):
        await resolve(files_client.files.wait_until_processed("f1", timeout=timeout))


# --- knowledge ---------------------------------------------------------------------------------


def kb_files(*entries: tuple[str, str, str | None], total: int | None = None) -> Any:
    items = [
        {
            "id": file_id,
            "user_id": "u1",
            "filename": name,
            "created_at": 1,
            "meta": {"name": name, **({"file_hash": digest} if digest else {})},
        }
        for file_id, name, digest in entries
    ]
    return {"items": items, "total": len(items) if total is None else total}


async def test_iter_files_walks_the_pages(files_client: Any, router: respx.MockRouter) -> None:
    route = router.get(f"{KB}/k1/files").mock(
        side_effect=[
            json_response(kb_files(("a", "a.txt", None), ("b", "b.txt", None), total=3)),
            json_response(kb_files(("c", "c.txt", None), total=3)),
        ]
    )
    names = [f.filename for f in await collect(files_client.knowledge.iter_files("k1"))]
    assert names == ["a.txt", "b.txt", "c.txt"]
    assert [call.request.url.params["page"] for call in route.calls] == ["1", "2"]


async def test_files_iter_files_walks_the_pages(
    files_client: Any, router: respx.MockRouter
) -> None:
    route = router.get(f"{FILES}/").mock(
        side_effect=[
            json_response({"items": [file_json("a"), file_json("b")], "total": 3}),
            json_response({"items": [file_json("c")], "total": 3}),
        ]
    )
    ids = [f.id for f in await collect(files_client.files.iter_files())]
    assert ids == ["a", "b", "c"]
    assert [dict(c.request.url.params) for c in route.calls] == [
        {"page": "1", "content": "false"},
        {"page": "2", "content": "false"},
    ]


async def test_add_files_adds_skips_replaces_and_reports_failures(
    files_client: Any, router: respx.MockRouter, tmp_path: Path
) -> None:
    same, changed, new = b"same content", b"new content", b"brand new"
    for name, content in (("same.txt", same), ("changed.txt", changed), ("new.txt", new)):
        (tmp_path / name).write_bytes(content)
    router.get(f"{KB}/k1/files").mock(
        return_value=json_response(
            kb_files(
                ("old-same", "same.txt", hashlib.sha256(same).hexdigest()),
                ("old-changed", "changed.txt", hashlib.sha256(b"before").hexdigest()),
            )
        )
    )
    uploads = iter(["f-changed", "f-new", "f-bad"])

    def upload(request: httpx.Request) -> httpx.Response:
        return json_response(file_json(next(uploads)))

    router.post(f"{FILES}/").mock(side_effect=upload)
    for file_id in ("f-changed", "f-new"):
        router.get(f"{FILES}/{file_id}/process/status").mock(
            return_value=json_response({"status": "completed"})
        )
    router.get(f"{FILES}/f-bad/process/status").mock(
        return_value=json_response({"status": "failed"})
    )
    router.get(f"{FILES}/f-bad").mock(
        return_value=json_response(file_json("f-bad", status="failed", error="no text"))
    )
    deleted = router.delete(f"{FILES}/f-bad").mock(
        return_value=json_response({"message": "File deleted successfully"})
    )
    added = router.post(f"{KB}/k1/file/add").mock(return_value=json_response(kb_json("k1")))
    removed = router.post(f"{KB}/k1/file/remove").mock(return_value=json_response(kb_json("k1")))
    progress: list[AddedFile] = []

    results = await resolve(
        files_client.knowledge.add_files(
            "k1",
            [
                tmp_path / "same.txt",
                tmp_path / "changed.txt",
                tmp_path / "new.txt",
                ("bad.bin", b"\x00"),
                tmp_path / "missing.txt",
            ],
            concurrency=1,  # the upload answers come in this order
            on_progress=progress.append,
        )
    )
    assert [(r.name, r.status, r.file_id) for r in results] == [
        ("same.txt", "skipped", "old-same"),
        ("changed.txt", "replaced", "f-changed"),
        ("new.txt", "added", "f-new"),
        ("bad.bin", "failed", None),
        ("missing.txt", "failed", None),
    ]
    assert "no text" in (results[3].error or "")
    assert "FileNotFoundError" in (results[4].error or "")
    assert sorted(r.name for r in progress) == sorted(r.name for r in results)
    assert [json.loads(c.request.content)["file_id"] for c in added.calls] == ["f-changed", "f-new"]
    assert [json.loads(c.request.content)["file_id"] for c in removed.calls] == ["old-changed"]
    # Out of this knowledge base only: other knowledge bases may hold the old file.
    assert removed.calls.last.request.url.params["delete_file"] == "false"
    assert deleted.call_count == 1  # the file uploaded for the failed add is not left behind


async def test_add_files_to_an_unknown_knowledge_base_raises_before_uploading(
    files_client: Any, router: respx.MockRouter
) -> None:
    router.get(f"{KB}/nope/files").mock(
        return_value=json_response({"detail": "We could not find what you're looking for :/"}, 401)
    )
    with pytest.raises(NotFoundError):
        await resolve(files_client.knowledge.add_files("nope", [("a.txt", b"x")]))
    assert len(router.calls) == 1


async def test_add_files_runs_several_at_once(files_client: Any, router: respx.MockRouter) -> None:
    router.get(f"{KB}/k1/files").mock(return_value=json_response(kb_files()))
    names = [f"{n}.txt" for n in range(6)]
    router.post(f"{FILES}/").mock(
        side_effect=lambda request: json_response(
            file_json(request.read().split(b'filename="')[1].split(b'"')[0].decode())
        )
    )
    router.get(url__regex=r".*/process/status").mock(
        return_value=json_response({"status": "completed"})
    )
    router.post(f"{KB}/k1/file/add").mock(return_value=json_response(kb_json("k1")))
    results = await resolve(
        files_client.knowledge.add_files("k1", [(n, n.encode()) for n in names], concurrency=3)
    )
    assert [(r.name, r.status, r.file_id) for r in results] == [(n, "added", n) for n in names]


async def test_search_iterators_walk_the_pages(files_client: Any, router: respx.MockRouter) -> None:
    bases = router.get(f"{KB}/search").mock(
        side_effect=[
            json_response({"items": [kb_json("k1")], "total": 2}),
            json_response({"items": [kb_json("k2")], "total": 2}),
        ]
    )
    found = await collect(files_client.knowledge.iter_search_knowledge_bases(query="lis"))
    assert [k.id for k in found] == ["k1", "k2"]
    assert [c.request.url.params["page"] for c in bases.calls] == ["1", "2"]
    assert bases.calls.last.request.url.params["query"] == "lis"
    router.get(f"{KB}/search/files").mock(
        return_value=json_response(kb_files(("a", "a.txt", None)))
    )
    files = await collect(files_client.knowledge.iter_search_knowledge_files(query="a"))
    assert [f.id for f in files] == ["a"]


async def test_iter_search_files_pages_by_skip_and_stops_on_404(
    files_client: Any, router: respx.MockRouter
) -> None:
    route = router.get(f"{FILES}/search").mock(
        side_effect=[
            json_response([file_json("a"), file_json("b")]),
            json_response({"detail": "No files found matching the pattern."}, 404),
        ]
    )
    found = await collect(files_client.files.iter_search_files("*.txt", page_size=2))
    assert [f.id for f in found] == ["a", "b"]
    assert [c.request.url.params["skip"] for c in route.calls] == ["0", "2"]
    assert route.calls.last.request.url.params["filename"] == "*.txt"


def kb_json(kb_id: str) -> Any:
    return {
        "id": kb_id,
        "user_id": "u1",
        "name": kb_id,
        "description": "",
        "created_at": 1,
        "updated_at": 1,
    }
