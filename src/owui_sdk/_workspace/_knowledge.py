"""The ``knowledge`` kind of workspace item: ``knowledge/<name>/knowledge.json`` (description,
access) and the original bytes of its files under ``knowledge/<name>/files/`` (its directories
as sub-folders).

A knowledge base is known across servers by its name. Its files are compared by SHA-256 (the
hash Open WebUI records at upload, ``meta.file_hash``) and applied through the SDK's knowledge
sync (``client.knowledge.sync``: the server's own ``sync/diff``, unchanged files not sent, gone
files removed), which the engine runs for the step this kind yields (:func:`sync_call`).
"""

from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import unquote

from ._files import WorkspaceFormatError, dump_json, quote_name, read_json
from ._kinds import Call, Context, ItemFailed, Kind, Steps, _listed, call, register

#: Pages of 0.11's and 0.12's knowledge lists: their ``total`` says when to stop.
_MAX_PAGES = 10_000
#: The item field the folder's directory of files travels in (private: never compared).
SOURCE = "_source"


def sync_call(knowledge_id: str, directory: Path) -> Call:
    """The step that makes a knowledge base's files equal to ``directory``: run by the
    engine as ``client.knowledge.sync(knowledge_id, directory)`` (uploads are multipart and
    wait for processing, which request options alone cannot say). Its answer is the
    :class:`~owui_sdk.models.KnowledgeSyncReport`."""
    return {"knowledge_sync": {"knowledge_id": knowledge_id, "directory": str(directory)}}


def bytes_call(file_id: str) -> Call:
    """A file's original bytes; the engine answers with the body as it is (not JSON)."""
    return {**call("GET", "/api/v1/files/{id}/content", id=file_id), "answer": "bytes"}


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _safe(path: str) -> bool:
    """Whether a knowledge base file's path can be a path below ``files/`` as it is: no part
    empty, ``.``, ``..`` or hidden (a name from the server never leads outside the folder)."""
    return all(part and not part.startswith(".") and "\x00" not in part for part in path.split("/"))


def _paged(route: str, **path: str) -> Steps:
    items: list[dict[str, Any]] = []
    for page in range(1, _MAX_PAGES + 1):
        answer = yield call("GET", route, params={"page": page}, **path)
        batch = _listed(answer)
        items.extend(batch)
        total = answer.get("total") if isinstance(answer, dict) else None
        if not batch or not isinstance(total, int) or len(items) >= total:
            break
    return items


class KnowledgeKind(Kind):
    """Knowledge bases: ``knowledge/<name>/knowledge.json`` + ``knowledge/<name>/files/``."""

    name = "knowledge"
    order = 60
    #: The record file in each knowledge base's folder.
    RECORD: ClassVar[str] = "knowledge.json"

    def key(self, record: dict[str, Any]) -> str:
        return str(record["name"])

    def fetch(self, ctx: Context) -> Steps:
        bases = yield from _paged("/api/v1/knowledge/")
        records: dict[str, dict[str, Any]] = {}
        for base in bases:
            record = dict(base)
            known = yield from _paged("/api/v1/knowledge/{id}/files", id=str(base["id"]))
            files: list[dict[str, Any]] = []
            for entry in known:
                folder = entry.get("directory_path") or ""
                path = f"{folder.strip('/')}/{entry['filename']}" if folder else entry["filename"]
                meta = entry.get("meta") if isinstance(entry.get("meta"), dict) else {}
                files.append(
                    {"path": str(path), "sha256": meta.get("file_hash"), "id": entry["id"]}
                )
            if getattr(ctx, "pulling", False):
                # The original bytes, for the folder: only a pull reads them (a plan compares
                # hashes).
                for file in files:
                    file["content"] = yield bytes_call(str(file["id"]))
            record["_files"] = files
            records.setdefault(self.key(record), record)
        return records

    def portable(
        self, record: dict[str, Any], ctx: Context
    ) -> tuple[dict[str, Any], list[tuple[str, ...]]]:
        out: dict[str, Any] = {
            "name": record["name"],
            "description": record.get("description") or "",
        }
        if "access_grants" in record:
            out["access"] = ctx.directory.portable_grants(record.get("access_grants"))
        files = record.get("_files") or []
        out["files"] = sorted(
            ({"path": f["path"], "sha256": f["sha256"]} for f in files),
            key=lambda f: str(f["path"]),
        )
        contents = {
            f["path"]: f["content"]
            for f in files
            if isinstance(f.get("content"), bytes) and _safe(str(f["path"]))
        }
        if contents:
            out["_contents"] = contents
        return out, []

    def write(self, key: str, item: dict[str, Any]) -> dict[str, bytes]:
        stem = f"{self.name}/{quote_name(key)}"
        record = {k: v for k, v in item.items() if k != "files" and not k.startswith("_")}
        out = {f"{stem}/{self.RECORD}": dump_json(record)}
        for path, content in sorted((item.get("_contents") or {}).items()):
            out[f"{stem}/files/{path}"] = content
        return out

    def owns(self, relative: str) -> bool:
        return relative.startswith(f"{self.name}/")

    def read(self, root: Path) -> dict[str, dict[str, Any]]:
        items: dict[str, dict[str, Any]] = {}
        for record_path in sorted((root / self.name).glob(f"*/{self.RECORD}")):
            data = read_json(record_path)
            if not isinstance(data, dict):
                raise WorkspaceFormatError(f"{record_path}: expected a JSON object")
            data.setdefault("name", unquote(record_path.parent.name))
            folder = record_path.parent / "files"
            files = []
            if folder.is_dir():
                for path in sorted(p for p in folder.rglob("*") if p.is_file()):
                    relative = path.relative_to(folder).as_posix()
                    if any(part.startswith(".") for part in relative.split("/")):
                        continue  # hidden files: the knowledge sync leaves them out too
                    files.append({"path": relative, "sha256": _sha256(path)})
            item = {**data, "files": files, SOURCE: str(folder)}
            key = self._key_of(item, record_path)
            if key in items:
                raise WorkspaceFormatError(f"{record_path}: a second knowledge base named {key!r}")
            items[key] = item
        return items

    def _sync(self, knowledge_id: str, wanted: dict[str, Any]) -> Steps:
        source = wanted.get(SOURCE)
        folder = Path(str(source)) if source else None
        if folder is not None and folder.is_dir():
            report = yield sync_call(knowledge_id, folder)
        else:
            # No files folder: the knowledge base is to hold no file.
            with tempfile.TemporaryDirectory(prefix="owui-workspace-") as empty:
                report = yield sync_call(knowledge_id, Path(empty))
        failed = [f for f in getattr(report, "files", []) if getattr(f, "status", "") == "failed"]
        if failed:
            raise ItemFailed(
                "; ".join(f"{f.path}: {f.reason}" for f in failed[:5])
                + (f" (and {len(failed) - 5} more)" if len(failed) > 5 else "")
            )

    def create(self, wanted: dict[str, Any], ctx: Context) -> Steps:
        form = {
            "name": wanted["name"],
            "description": wanted.get("description") or "",
            "access_grants": self.grants(wanted, ctx),
        }
        made = yield call("POST", "/api/v1/knowledge/create", json=form)
        if not isinstance(made, dict) or not isinstance(made.get("id"), str):
            raise ItemFailed(f"the server made no knowledge base {wanted['name']!r}")
        yield from self._sync(made["id"], wanted)

    def update(
        self, wanted: dict[str, Any], current: dict[str, Any], changed: set[str], ctx: Context
    ) -> Steps:
        knowledge_id = str(current["id"])
        if changed & {"name", "description"}:
            yield call(
                "POST",
                "/api/v1/knowledge/{id}/update",
                json={"name": wanted["name"], "description": wanted.get("description") or ""},
                id=knowledge_id,
            )
        if "access" in changed:
            yield call(
                "POST",
                "/api/v1/knowledge/{id}/access/update",
                json={"access_grants": self.grants(wanted, ctx)},
                id=knowledge_id,
            )
        if "files" in changed:
            yield from self._sync(knowledge_id, wanted)

    def delete(self, key: str, current: dict[str, Any], ctx: Context) -> Steps:
        yield call("DELETE", "/api/v1/knowledge/{id}/delete", id=str(current["id"]))


register(KnowledgeKind())
