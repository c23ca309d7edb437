"""A small in-memory stand-in for the Open WebUI 0.12.4 routes that ``client.knowledge.sync``
uses, as an httpx handler (for respx or ``httpx.MockTransport``).

It answers as the real server does where the sync depends on it (read from 0.12.4's
``routers/knowledge.py`` and ``routers/files.py``, and checked by
tests/integration/test_knowledge_sync.py): ``sync/diff`` keys files by (directory path, name)
and compares the manifest's checksum with ``meta.file_hash`` (the upload's ``file_hash``);
``file/add`` refuses content the knowledge base holds already ("Duplicate content detected");
``file/remove`` deletes the file record only with ``delete_file``; an empty upload is a 400;
content containing ``[[embed-fail]]`` fails processing; the file list pages by 30.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from typing import Any

import httpx

PAGE = 30
EMBED_FAIL = b"[[embed-fail]]"
NOT_FOUND = {"detail": "We could not find what you're looking for :/"}


class FakeKnowledge:
    """Knowledge bases, their directories and files, and the user's files."""

    def __init__(self, *, located: bool = True) -> None:
        # located=False answers the file list as 0.11.4 does: without each file's directory.
        self.located = located
        self.files: dict[str, dict[str, Any]] = {}  # id -> {filename, hash, status, content}
        self.bases: dict[str, dict[str, str | None]] = {}  # kb id -> {file id -> directory id}
        self.dirs: dict[str, dict[str, Any]] = {}  # id -> {kb, name, parent}
        self.names: dict[str, str] = {}  # kb id -> name
        # Faults on request: directory names whose creation is refused, routes that answer 500.
        self.refused_dirs: set[str] = set()
        self.broken: set[str] = set()  # "file/remove", "dirs/delete"
        self.calls: Counter[str] = Counter()  # "METHOD /route" -> count
        self._next = 0

    # --- set-up and inspection -----------------------------------------------------------------

    def new_id(self, prefix: str) -> str:
        self._next += 1
        return f"{prefix}{self._next}"

    def add_base(self, kb_id: str = "k1", name: str | None = None) -> str:
        self.bases[kb_id] = {}
        self.names[kb_id] = name or kb_id
        return kb_id

    def dir_path(self, dir_id: str | None) -> str:
        parts: list[str] = []
        while dir_id is not None:
            parts.insert(0, self.dirs[dir_id]["name"])
            dir_id = self.dirs[dir_id]["parent"]
        return "/".join(parts)

    def listing(self, kb_id: str = "k1") -> dict[str, str]:
        """The knowledge base as ``path -> content``."""
        out = {}
        for file_id, dir_id in self.bases[kb_id].items():
            folder = self.dir_path(dir_id)
            name = self.files[file_id]["filename"]
            out[f"{folder}/{name}" if folder else name] = self.files[file_id]["content"].decode()
        return out

    def directories(self, kb_id: str = "k1") -> set[str]:
        return {self.dir_path(d) for d, v in self.dirs.items() if v["kb"] == kb_id}

    # --- the handler ------------------------------------------------------------------------------

    def handle(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        method = request.method
        route = re.sub(r"/(k\d*|f\d+|d\d+|kb-[\w-]+)(?=/|$)", "/{id}", path)
        self.calls[f"{method} {route}"] += 1
        query = request.url.params
        if method == "POST" and path == "/api/v1/files/":
            return self._upload(request)
        if match := re.fullmatch(r"/api/v1/files/([^/]+)/process/status", path):
            file = self.files.get(match[1])
            if file is None:
                return _json(NOT_FOUND, 404)
            return _json({"status": file["status"]})
        if match := re.fullmatch(r"/api/v1/files/([^/]+)", path):
            file = self.files.get(match[1])
            if file is None:
                return _json(NOT_FOUND, 404)
            if method == "DELETE":
                self._delete_file(match[1])
                return _json({"message": "File deleted successfully"})
            return _json(self._file_json(match[1]))
        if path == "/api/v1/knowledge/" and method == "GET":
            page = int(query.get("page") or 1)
            rows = list(self.names.items())[(page - 1) * PAGE : page * PAGE]
            items = [self._base_json(kb_id, name) for kb_id, name in rows]
            return _json({"items": items, "total": len(self.names)})
        if path == "/api/v1/knowledge/create":
            kb_id = self.add_base(self.new_id("kb-"), json.loads(request.content)["name"])
            return _json(self._base_json(kb_id, self.names[kb_id]))
        if path == "/api/v1/knowledge/search/files":
            return self._search(query.get("query") or "", int(query.get("page") or 1))
        match = re.fullmatch(r"/api/v1/knowledge/([^/]+)/(.+)", path)
        if match is None or match[1] not in self.bases:
            return _json(NOT_FOUND, 401)
        kb_id, rest = match[1], match[2]
        body: Any = json.loads(request.content) if request.content else {}
        if rest == "sync/diff":
            return _json(self._diff(kb_id, body["manifest"]))
        if rest == "files":
            return self._files_page(kb_id, int(query.get("page") or 1), query.get("directory_id"))
        if rest == "file/add":
            return self._add(kb_id, body["file_id"], body.get("directory_id"))
        deleting_dir = rest.startswith("dirs/") and rest.endswith("/delete")
        if rest in self.broken or (deleting_dir and "dirs/delete" in self.broken):
            return _json({"detail": "broken"}, 500)
        if rest == "file/remove":
            file_id = body["file_id"]
            if file_id not in self.bases[kb_id]:
                return _json({"detail": "not found"}, 400)
            del self.bases[kb_id][file_id]
            if query.get("delete_file", "true") == "true":
                self._delete_file(file_id)
            return _json(self._kb_files_json(kb_id))
        if rest == "file/move":
            if body["file_id"] not in self.bases[kb_id]:
                return _json(NOT_FOUND, 404)
            self.bases[kb_id][body["file_id"]] = body.get("directory_id")
            return _json({"status": True})
        if rest == "dirs/create":
            if body["name"] in self.refused_dirs:
                return _json({"detail": "Failed to create directory."}, 400)
            for other in self.dirs.values():
                if (other["kb"], other["parent"], other["name"]) == (
                    kb_id,
                    body.get("parent_id"),
                    body["name"],
                ):
                    return _json({"detail": "Failed to create directory."}, 400)
            dir_id = self.new_id("d")
            self.dirs[dir_id] = {"kb": kb_id, "name": body["name"], "parent": body.get("parent_id")}
            return _json(self._dir_json(dir_id))
        if match := re.fullmatch(r"dirs/([^/]+)/delete", rest):
            dir_id = match[1]
            if dir_id not in self.dirs:
                return _json(NOT_FOUND, 404)
            parent = self.dirs[dir_id]["parent"]
            gone = {dir_id}
            while True:
                more = {d for d, v in self.dirs.items() if v["parent"] in gone} - gone
                if not more:
                    break
                gone |= more
            for file_id, where in list(self.bases[kb_id].items()):
                if where in gone:
                    self.bases[kb_id][file_id] = parent
            for d in gone:
                del self.dirs[d]
            return _json({"status": True})
        return _json({"detail": "Not Found"}, 404)

    # --- routes -----------------------------------------------------------------------------------

    def _upload(self, request: httpx.Request) -> httpx.Response:
        content_type = request.headers["content-type"]
        boundary = content_type.split("boundary=")[1].encode()
        parts = request.content.split(b"--" + boundary)
        filename, content, metadata = "", b"", {}
        for part in parts:
            head, _, data = part.partition(b"\r\n\r\n")
            data = data.removesuffix(b"\r\n")
            if b'name="file"' in head:
                filename = re.search(rb'filename="([^"]*)"', head)[1].decode()  # type: ignore[index]
                content = data
            elif b'name="metadata"' in head:
                metadata = json.loads(data)
        if not content:
            return _json({"detail": "The content provided is empty."}, 400)
        file_id = self.new_id("f")
        self.files[file_id] = {
            "filename": filename,
            "file_hash": metadata.get("file_hash") or hashlib.sha256(content).hexdigest(),
            "status": "failed" if EMBED_FAIL in content else "completed",
            "content": content,
        }
        return _json(self._file_json(file_id, status="pending"))

    def _add(self, kb_id: str, file_id: str, directory_id: str | None) -> httpx.Response:
        file = self.files.get(file_id)
        if file is None or file["status"] != "completed":
            return _json({"detail": "The content provided is empty."}, 400)
        digest = hashlib.sha256(file["content"]).hexdigest()
        for other in self.bases[kb_id]:
            if hashlib.sha256(self.files[other]["content"]).hexdigest() == digest:
                return _json({"detail": "Duplicate content detected."}, 400)
        self.bases[kb_id][file_id] = directory_id
        return _json(self._kb_files_json(kb_id))

    def _kb_files_json(self, kb_id: str) -> dict[str, Any]:
        # What Open WebUI answers file/add and file/remove with: the knowledge base and its
        # files (a KnowledgeFilesResponse), never null.
        files = [self._file_json(file_id) for file_id in self.bases[kb_id]]
        return {
            "id": kb_id,
            "user_id": "u1",
            "name": kb_id,
            "description": "",
            "created_at": 1,
            "updated_at": 1,
            "files": files,
        }

    def _delete_file(self, file_id: str) -> None:
        self.files.pop(file_id, None)
        for members in self.bases.values():
            members.pop(file_id, None)

    def _diff(self, kb_id: str, manifest: list[dict[str, Any]]) -> dict[str, Any]:
        by_path = {self.dir_path(d): d for d, v in self.dirs.items() if v["kb"] == kb_id}
        present = {
            (self.dir_path(d), self.files[f]["filename"]): f for f, d in self.bases[kb_id].items()
        }
        added, modified = [], []
        unmodified = 0
        seen = set()
        for entry in manifest:
            key = (entry["path"], entry["filename"])
            seen.add(key)
            if key not in present:
                added.append({"filename": entry["filename"], "path": entry["path"]})
            elif self.files[present[key]]["file_hash"] != entry["checksum"]:
                modified.append({**added_entry(entry), "stale_file_id": present[key]})
            else:
                unmodified += 1
        deleted = [
            {"file_id": f, "filename": key[1]} for key, f in present.items() if key not in seen
        ]
        needed = set()
        for entry in manifest:
            if entry["path"]:
                segments = entry["path"].split("/")
                for depth in range(len(segments)):
                    needed.add("/".join(segments[: depth + 1]))
        return {
            "added": added,
            "modified": modified,
            "deleted": deleted,
            "mkdir": sorted((p for p in needed if p not in by_path), key=lambda p: p.count("/")),
            "rmdir": [d for p, d in by_path.items() if p not in needed],
            "unmodified_count": unmodified,
            "directory_map": by_path,
        }

    def _files_page(self, kb_id: str, page: int, directory: str | None) -> httpx.Response:
        ids = [
            f
            for f, d in self.bases[kb_id].items()
            if directory is None or d == (directory or None)  # "" is the top level
        ]
        chunk = ids[(page - 1) * PAGE : page * PAGE]
        items = []
        for file_id in chunk:
            dir_id = self.bases[kb_id][file_id]
            located = {"directory_id": dir_id, "directory_path": self.dir_path(dir_id)}
            items.append({**self._file_json(file_id), **(located if self.located else {})})
        return _json({"items": items, "total": len(ids)})

    def _search(self, query: str, page: int) -> httpx.Response:
        rows = [
            (file_id, kb_id)
            for kb_id, members in self.bases.items()
            for file_id in members
            if query.lower() in self.files[file_id]["filename"].lower()
        ]
        chunk = rows[(page - 1) * PAGE : page * PAGE]
        items = [{**self._file_json(f), "collection": {"id": kb}} for f, kb in chunk]
        return _json({"items": items, "total": len(rows)})

    def _file_json(self, file_id: str, status: str | None = None) -> dict[str, Any]:
        file = self.files[file_id]
        return {
            "id": file_id,
            "user_id": "u1",
            "filename": file["filename"],
            "created_at": 1,
            "updated_at": 1,
            "data": {
                "status": status or file["status"],
                **(
                    {"error": "embedding failed: 500 from /v1/embeddings"}
                    if status is None and file["status"] == "failed"
                    else {}
                ),
            },
            "meta": {"name": file["filename"], "file_hash": file["file_hash"]},
        }

    def _base_json(self, kb_id: str, name: str) -> dict[str, Any]:
        return {
            "id": kb_id,
            "user_id": "u1",
            "name": name,
            "description": "",
            "created_at": 1,
            "updated_at": 1,
        }

    def _dir_json(self, dir_id: str) -> dict[str, Any]:
        d = self.dirs[dir_id]
        return {
            "id": dir_id,
            "knowledge_id": d["kb"],
            "parent_id": d["parent"],
            "name": d["name"],
            "user_id": "u1",
            "created_at": 1,
            "updated_at": 1,
        }


def added_entry(entry: dict[str, Any]) -> dict[str, Any]:
    return {"filename": entry["filename"], "path": entry["path"]}


def _json(payload: Any, status: int = 200) -> httpx.Response:
    return httpx.Response(
        status,
        content=json.dumps(payload).encode(),
        headers={"content-type": "application/json"},
    )
