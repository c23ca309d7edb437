"""A small in-memory stand-in for the Open WebUI 0.12.4 routes ``client.workspace`` uses, as
an httpx handler (for ``httpx.MockTransport``).

It answers as the real server does where the workspace depends on it (read from 0.12.4's
routers): ``/models/export`` lists models with their access grants, ``/tools/export`` lists
tools without valves, ``/functions/export?include_valves=true`` with them, ``/skills/``
without content (``/skills/id/{id}`` has it), ``/configs/import`` upserts the flat keys it is
sent (an MFA key only from a signed-in administrator), grants name users and groups by the server's own ids, and a tool or function
whose Python contains ``raise SyntaxError`` is refused with a 400, as a module that does not
load is. Each instance draws its ids from its own prefix, so two fakes never share an id.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from typing import Any

import httpx

NOT_FOUND = {"detail": "We could not find what you're looking for :/"}
REFUSED = "raise SyntaxError"


class FakeWorkspaceServer:
    """Users, groups, models, prompts, tools, functions, skills and settings of one server."""

    def __init__(self, prefix: str = "a", *, version: str = "0.12.4") -> None:
        self.prefix = prefix
        self.version = version
        self.users: dict[str, str] = {}  # id -> email
        self.groups: dict[str, str] = {}  # id -> name
        self.models: dict[str, dict[str, Any]] = {}
        self.prompts: dict[str, dict[str, Any]] = {}  # by the server's prompt id
        self.tools: dict[str, dict[str, Any]] = {}
        self.tool_valves: dict[str, dict[str, Any]] = {}
        self.functions: dict[str, dict[str, Any]] = {}
        self.skills: dict[str, dict[str, Any]] = {}
        # Flat keys, as Config.get_all() exports them; /configs/import upserts the keys it is sent.
        self.config: dict[str, Any] = {
            "ui.default_locale": "en",
            "openai.api_keys": [],
            "auth.mfa.enable": False,
        }
        # groups: the kind in owui_sdk._workspace._groups (F2)
        self.group_info: dict[str, dict[str, Any]] = {}  # id -> description, permissions, data
        self.members: dict[str, set[str]] = {}  # group id -> user ids
        # knowledge bases: id -> {"name", "description", "files": {file id: (path, bytes)}}
        self.knowledge: dict[str, dict[str, Any]] = {}
        self.missing: set[str] = set()  # "GET /api/v1/skills/": answered 404 (an older release)
        self.calls: Counter[str] = Counter()
        self._next = 0
        self.admin = self.add_user("admin@example.com")

    # --- set-up ------------------------------------------------------------------------------

    def new_id(self) -> str:
        self._next += 1
        return f"{self.prefix}{self._next}"

    def add_user(self, email: str) -> str:
        user_id = self.new_id()
        self.users[user_id] = email
        return user_id

    def add_group(self, name: str, members: tuple[str, ...] = ()) -> str:
        group_id = self.new_id()
        self.groups[group_id] = name
        self.group_info[group_id] = {"description": "", "permissions": None, "data": None}
        self.members[group_id] = set(members)
        return group_id

    def _grants(self, grants: Any, resource: str) -> list[dict[str, Any]]:
        return [
            {
                "id": self.new_id(),
                "resource_type": resource,
                "resource_id": "-",
                "principal_type": g["principal_type"],
                "principal_id": g["principal_id"],
                "permission": g["permission"],
                "created_at": 1,
            }
            for g in grants or []
        ]

    def _stamp(self, record: dict[str, Any]) -> dict[str, Any]:
        record.setdefault("created_at", 1700000000)
        record["updated_at"] = record["created_at"] + self._next
        record["user_id"] = self.admin
        return record

    # --- the handler ---------------------------------------------------------------------------

    def handle(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        body = json.loads(request.content) if request.content else None
        route = f"{request.method} {path}"
        self.calls[route] += 1
        if route in self.missing:
            return httpx.Response(404, json={"detail": "Not Found"})
        try:
            answer = self._route(request.method, path, body, request.url.params)
        except LookupError:
            return httpx.Response(401, json=NOT_FOUND)
        except ValueError as exc:
            return httpx.Response(400, json={"detail": str(exc)})
        if isinstance(answer, httpx.Response):
            return answer
        return httpx.Response(200, json=answer)

    def _route(self, method: str, path: str, body: Any, params: Any) -> Any:
        if path == "/api/version":
            return {"version": self.version}
        if path == "/api/v1/users/all":
            return {
                "users": [{"id": i, "email": e, "name": e} for i, e in self.users.items()],
                "total": len(self.users),
            }
        if path == "/api/v1/groups/":
            return [
                {
                    "id": i,
                    "name": n,
                    **self.group_info.get(i, {}),
                    "member_count": len(self.members.get(i, ())),
                }
                for i, n in self.groups.items()
            ]
        if path == "/api/v1/groups/create":
            group_id = self.add_group(body["name"])
            self.group_info[group_id] = {
                k: body.get(k) for k in ("description", "permissions", "data")
            }
            return {"id": group_id, "name": body["name"], **self.group_info[group_id]}
        match = re.fullmatch(
            r"/api/v1/groups/id/([^/]+)/(users|update|users/add|users/remove|delete)", path
        )
        if match:
            group_id, action = match.groups()
            if group_id not in self.groups:
                raise LookupError
            if action == "users":
                return [{"id": u, "email": self.users[u]} for u in sorted(self.members[group_id])]
            if action == "update":
                self.groups[group_id] = body["name"]
                self.group_info[group_id] = {
                    k: body.get(k) for k in ("description", "permissions", "data")
                }
            elif action == "users/add":
                self.members[group_id].update(body["user_ids"])
            elif action == "users/remove":
                self.members[group_id].difference_update(body["user_ids"])
            else:
                del self.groups[group_id], self.group_info[group_id], self.members[group_id]
                return True
            return {"id": group_id, "name": self.groups[group_id]}
        if path == "/api/v1/knowledge/":
            items = [
                {"id": i, "name": kb["name"], "description": kb["description"], "access_grants": []}
                for i, kb in self.knowledge.items()
            ]
            return {"items": items, "total": len(items)}
        match = re.fullmatch(r"/api/v1/knowledge/([^/]+)/files", path)
        if match:
            files = self.knowledge[match.group(1)]["files"]
            items = [
                {
                    "id": file_id,
                    "filename": name.rpartition("/")[2],
                    "directory_path": name.rpartition("/")[0],
                    "meta": {"file_hash": hashlib.sha256(data).hexdigest()},
                }
                for file_id, (name, data) in files.items()
            ]
            return {"items": items, "total": len(items)}
        match = re.fullmatch(r"/api/v1/files/([^/]+)/content", path)
        if match:
            for kb in self.knowledge.values():
                if match.group(1) in kb["files"]:
                    return httpx.Response(200, content=kb["files"][match.group(1)][1])
            raise LookupError
        # models
        if path == "/api/v1/models/export":
            return list(self.models.values())
        if path in ("/api/v1/models/create", "/api/v1/models/model/update"):
            if path.endswith("create") and body["id"] in self.models:
                raise ValueError("Model ID already exists")
            if path.endswith("update") and body["id"] not in self.models:
                raise LookupError
            record = {k: v for k, v in body.items() if k != "access_grants"}
            old = self.models.get(body["id"], {})
            record["access_grants"] = self._grants(body.get("access_grants"), "model")
            record.setdefault("is_active", True)
            if "created_at" in old:
                record["created_at"] = old["created_at"]
            self.models[body["id"]] = self._stamp(record)
            return record
        if path == "/api/v1/models/model/access/update":
            self.models[body["id"]]["access_grants"] = self._grants(body["access_grants"], "model")
            return self.models[body["id"]]
        if path == "/api/v1/models/model/delete":
            self.models.pop(body["id"])
            return True
        # prompts
        if path == "/api/v1/prompts/":
            return list(self.prompts.values())
        if path == "/api/v1/prompts/create":
            if any(p["command"] == body["command"] for p in self.prompts.values()):
                raise ValueError("Command already taken")
            prompt_id = self.new_id()
            record = {k: v for k, v in body.items() if k != "access_grants"}
            record.update(
                id=prompt_id,
                is_active=True,
                access_grants=self._grants(body.get("access_grants"), "prompt"),
            )
            self.prompts[prompt_id] = self._stamp(record)
            return record
        match = re.fullmatch(
            r"/api/v1/prompts/id/([^/]+)/(update|access/update|toggle|delete)", path
        )
        if match:
            prompt_id, action = match.groups()
            prompt = self.prompts[prompt_id]
            if action == "update":
                prompt.update({k: v for k, v in body.items() if k != "access_grants"})
            elif action == "access/update":
                prompt["access_grants"] = self._grants(body["access_grants"], "prompt")
            elif action == "toggle":
                prompt["is_active"] = not prompt["is_active"]
            else:
                del self.prompts[prompt_id]
                return True
            return self._stamp(prompt)
        # tools and functions
        for kind, store in (("tools", self.tools), ("functions", self.functions)):
            prefix = f"/api/v1/{kind}"
            if path == f"{prefix}/export":
                if kind == "functions" and params.get("include_valves") == "true":
                    return [
                        {**r, "valves": self.tool_valves.get(f"f:{i}", {})}
                        for i, r in store.items()
                    ]
                return list(store.values())
            if path == f"{prefix}/create":
                if REFUSED in body["content"]:
                    raise ValueError("Error loading: SyntaxError")
                if body["id"] in store:
                    raise ValueError("Id taken")
                record = {k: v for k, v in body.items() if k != "access_grants"}
                if kind == "tools":
                    record["specs"] = [{"name": "spec-of-" + body["id"]}]
                    record["access_grants"] = self._grants(body.get("access_grants"), "tool")
                else:
                    record.update(type="filter", is_active=False, is_global=False)
                store[body["id"]] = self._stamp(record)
                return record
            match = re.fullmatch(
                prefix + r"/id/([^/]+)/(update|access/update|delete|valves|valves/spec|"
                r"valves/update|toggle|toggle/global)",
                path,
            )
            if match:
                item_id, action = match.groups()
                if item_id not in store:
                    raise LookupError
                record = store[item_id]
                valves_key = f"f:{item_id}" if kind == "functions" else item_id
                if action == "update":
                    if REFUSED in body["content"]:
                        raise ValueError("Error loading: SyntaxError")
                    record.update({k: v for k, v in body.items() if k != "access_grants"})
                elif action == "access/update":
                    record["access_grants"] = self._grants(body["access_grants"], "tool")
                elif action == "delete":
                    del store[item_id]
                    return True
                elif action == "valves":
                    return self.tool_valves.get(valves_key)
                elif action == "valves/spec":
                    return {
                        "properties": {
                            "api_key": {"type": "string", "input": {"type": "password"}},
                            "limit": {"type": "integer"},
                        }
                    }
                elif action == "valves/update":
                    self.tool_valves[valves_key] = body
                    return body
                elif action == "toggle":
                    record["is_active"] = not record["is_active"]
                else:
                    record["is_global"] = not record["is_global"]
                return self._stamp(record)
        # skills
        if path == "/api/v1/skills/":
            return [{k: v for k, v in s.items() if k != "content"} for s in self.skills.values()]
        if path == "/api/v1/skills/create":
            record = {k: v for k, v in body.items() if k != "access_grants"}
            record.setdefault("is_active", True)
            record.setdefault("meta", {"tags": []})
            record["access_grants"] = self._grants(body.get("access_grants"), "skill")
            self.skills[body["id"]] = self._stamp(record)
            return record
        match = re.fullmatch(
            r"/api/v1/skills/id/([^/]+)(/update|/access/update|/toggle|/delete)?", path
        )
        if match:
            skill_id, action = match.groups()
            skill = self.skills[skill_id]
            if action is None:
                return {**skill, "write_access": True}
            if action == "/update":
                skill.update({k: v for k, v in body.items() if k != "access_grants"})
            elif action == "/access/update":
                skill["access_grants"] = self._grants(body["access_grants"], "skill")
            elif action == "/toggle":
                skill["is_active"] = not skill["is_active"]
            else:
                del self.skills[skill_id]
                return True
            return self._stamp(skill)
        # settings
        if path == "/api/v1/configs/export":
            return self.config
        if path == "/api/v1/configs/import":
            if "auth.mfa.enable" in body["config"]:
                return httpx.Response(
                    403,
                    json={
                        "detail": "A human administrator session is"
                        " required to change MFA settings."
                    },
                )
            self.config.update(body["config"])
            return self.config
        return httpx.Response(404, json={"detail": "Not Found"})
