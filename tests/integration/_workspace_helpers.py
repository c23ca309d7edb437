"""Helpers for the workspace tests (tests/integration/test_workspace.py).

- :func:`build_workspace` makes a workspace on a server through the SDK: models with params and
  access grants to a group, prompts, tools and functions with valves (one a password valve),
  skills, groups with members, a knowledge base with files, a changed setting.
- :func:`snapshot` reads a pulled folder into something two folders can be compared by: every
  file by its path, its content normalised **by rule** (what a server assigns: ids, timestamps,
  hashes of its own records), never by a list of field names kept by hand; and
  :func:`assert_same_workspace` compares two of them with a readable difference.

Everything goes through the public client (``OpenWebUI.request`` speaks any endpoint of any
release, so the builder runs unchanged against 0.11 and 0.12).
"""

from __future__ import annotations

import difflib
import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from owui_sdk import OpenWebUI

# -- what the builder makes ---------------------------------------------------------------------

#: Users made on both servers (a workspace does not carry users: it names them by email).
MEMBER_EMAILS = ("ws-ada@example.com", "ws-bob@example.com", "ws-cy@example.com")
#: Two groups and who is in each.
GROUPS: dict[str, tuple[str, ...]] = {
    "ws-editors": ("ws-ada@example.com", "ws-bob@example.com"),
    "ws-readers": ("ws-bob@example.com", "ws-cy@example.com"),
}
MODEL_IDS = ("ws-model-a", "ws-model-b", "ws-model-c")
PROMPT_COMMANDS = ("ws-summary", "ws-translate", "ws-review")
TOOL_IDS = ("ws_weather", "ws_clock")
FUNCTION_IDS = ("ws_prefix", "ws_counter")
SKILL_IDS = ("ws-skill-style", "ws-skill-tests")
KNOWLEDGE_NAME = "ws-handbook"
KNOWLEDGE_FILES = {
    "intro.md": b"# Intro\n\nThe handbook of the workspace tests.\n",
    "rules.txt": b"Rule one: pull. Rule two: plan. Rule three: apply.\n",
    "notes.md": b"# Notes\n\nUnchanged files are skipped by hash.\n",
}
#: The setting the builder changes (a config key the export carries).
SUGGESTION = {"title": ["Workspace", "as files"], "content": "Explain workspaces as files"}
#: The password valve's value on A: must never reach a folder pulled without secrets.
TOOL_SECRET = "ws-valve-secret-4f1c9a"

TOOL_SOURCE = '''"""
title: {title}
description: {title}, a tool of the workspace tests
version: 1.0.0
"""

from pydantic import BaseModel, Field


class Tools:
    class Valves(BaseModel):
        api_key: str = Field(default="", json_schema_extra={{"input": {{"type": "password"}}}})
        units: str = Field(default="metric", description="Units of the answer")

    def __init__(self):
        self.valves = self.Valves()

    def {name}(self, place: str) -> str:
        """
        Answer for a place.
        :param place: The place.
        """
        return f"{{place}}: fine ({{self.valves.units}})"
'''

FUNCTION_SOURCE = '''"""
title: {title}
description: {title}, a filter of the workspace tests
version: 1.0.0
"""

from pydantic import BaseModel, Field


class Filter:
    class Valves(BaseModel):
        priority: int = Field(default=0, description="Order among filters")
        prefix: str = Field(default=">", description="What is put before the message")

    def __init__(self):
        self.valves = self.Valves()

    def inlet(self, body: dict) -> dict:
        return body
'''

#: Python Open WebUI refuses to load (a syntax error): a tool made of it is reported, not made.
BROKEN_TOOL_SOURCE = '"""\ntitle: Broken\n"""\n\nclass Tools:\n    def oops(self:\n'


@dataclass
class Built:
    """What :func:`build_workspace` made on one server, by the server's ids."""

    group_ids: dict[str, str] = field(default_factory=dict)  # name -> id
    user_ids: dict[str, str] = field(default_factory=dict)  # email -> id
    knowledge_id: str = ""


def _json(client: OpenWebUI, method: str, path: str, body: Any = None) -> Any:
    response = client.request(method, path, json=body)
    return response.json()


def make_users(client: OpenWebUI, emails: Iterable[str]) -> dict[str, str]:
    """Users with these emails (made by the admin when missing): email -> id."""
    present = {u["email"]: u["id"] for u in list_users(client)}
    for email in emails:
        if email not in present:
            name = email.split("@", 1)[0]
            made = _json(
                client,
                "POST",
                "/api/v1/auths/add",
                {"name": name, "email": email, "password": "ws-Passw0rd!", "role": "user"},
            )
            present[email] = made["id"]
    return {email: present[email] for email in emails}


def list_users(client: OpenWebUI) -> list[dict[str, Any]]:
    """Every user of the server (the admin's paged list)."""
    users: list[dict[str, Any]] = []
    page = 1
    while True:
        answer = _json(client, "GET", f"/api/v1/users/?page={page}")
        batch = answer["users"] if isinstance(answer, dict) else answer
        users.extend(batch)
        total = answer.get("total") if isinstance(answer, dict) else None
        if not batch or total is None or len(users) >= int(total):
            return users
        page += 1


def _grant(group_id: str, permission: str = "read") -> dict[str, str]:
    return {"principal_type": "group", "principal_id": group_id, "permission": permission}


def build_workspace(client: OpenWebUI, files_dir: Path) -> Built:
    """Make the workspace of the tests on the client's server (its admin): see the module's
    docstring. ``files_dir`` is an empty temporary folder for the knowledge base's files."""
    built = Built()
    built.user_ids = make_users(client, MEMBER_EMAILS)
    for name, members in GROUPS.items():
        group = _json(
            client,
            "POST",
            "/api/v1/groups/create",
            {
                "name": name,
                "description": f"{name}, a group of the workspace tests",
                "permissions": {"workspace": {"models": name == "ws-editors", "prompts": True}},
            },
        )
        built.group_ids[name] = group["id"]
        _json(
            client,
            "POST",
            f"/api/v1/groups/id/{group['id']}/users/add",
            {"user_ids": [built.user_ids[email] for email in members]},
        )
    editors, readers = built.group_ids["ws-editors"], built.group_ids["ws-readers"]

    for n, model_id in enumerate(MODEL_IDS):
        _json(
            client,
            "POST",
            "/api/v1/models/create",
            {
                "id": model_id,
                "base_model_id": "echo-1",
                "name": f"Workspace model {n}",
                "meta": {
                    "description": f"Model {n} of the workspace tests",
                    "capabilities": {"vision": n == 0, "citations": True},
                    "tags": [{"name": "ws"}],
                },
                "params": {"temperature": 0.1 * (n + 1), "system": f"You are model {n}."},
                "access_grants": [_grant(editors, "write"), _grant(readers)] if n < 2 else [],
                "is_active": True,
            },
        )

    for n, command in enumerate(PROMPT_COMMANDS):
        _json(
            client,
            "POST",
            "/api/v1/prompts/create",
            {
                "command": command,
                "name": f"Workspace prompt {n}",
                "content": f"Prompt {n}: do the thing with {{{{CLIPBOARD}}}}.\nSecond line.",
                "tags": ["ws"],
                "access_grants": [_grant(readers)] if n == 0 else [],
            },
        )

    for n, tool_id in enumerate(TOOL_IDS):
        _json(
            client,
            "POST",
            "/api/v1/tools/create",
            {
                "id": tool_id,
                "name": f"Workspace tool {n}",
                "content": TOOL_SOURCE.format(title=f"Workspace tool {n}", name=tool_id),
                "meta": {"description": f"Tool {n} of the workspace tests"},
                "access_grants": [_grant(editors)] if n == 0 else [],
            },
        )
        valves: dict[str, Any] = {"units": "imperial" if n == 0 else "metric"}
        if n == 0:
            valves["api_key"] = TOOL_SECRET
        _json(client, "POST", f"/api/v1/tools/id/{tool_id}/valves/update", valves)

    for n, function_id in enumerate(FUNCTION_IDS):
        _json(
            client,
            "POST",
            "/api/v1/functions/create",
            {
                "id": function_id,
                "name": f"Workspace function {n}",
                "content": FUNCTION_SOURCE.format(title=f"Workspace function {n}"),
                "meta": {"description": f"Function {n} of the workspace tests"},
            },
        )
        _json(
            client,
            "POST",
            f"/api/v1/functions/id/{function_id}/valves/update",
            {"priority": n + 1, "prefix": f"[{n}]"},
        )

    for n, skill_id in enumerate(SKILL_IDS):
        _json(
            client,
            "POST",
            "/api/v1/skills/create",
            {
                "id": skill_id,
                "name": f"Workspace skill {n}",
                "description": f"Skill {n} of the workspace tests",
                "content": f"# Skill {n}\n\nWhen asked, answer in style {n}.\n",
            },
        )

    for name, data in KNOWLEDGE_FILES.items():
        (files_dir / name).write_bytes(data)
    report = client.knowledge.ingest(files_dir, KNOWLEDGE_NAME, description="Workspace handbook")
    failed = [f for f in report.files if f.status == "failed"]
    assert not failed, f"knowledge files not added: {failed}"
    built.knowledge_id = report.knowledge_id

    _json(client, "POST", "/api/v1/configs/suggestions", {"suggestions": [SUGGESTION]})
    return built


# -- comparing two folders ----------------------------------------------------------------------

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.I)
#: Names of fields holding a moment: ``created_at``, ``updated_at``, ``last_active_at``,
#: ``timestamp``, ``modified_time``... (the server's clock, not the workspace's content).
_TIME_KEY = re.compile(r"(^|_)(at|time|timestamp|date)$", re.I)
#: The folder's own description of the pull (who, when, which server): not the workspace.
MANIFEST = "owui-workspace.json"


def _norm_text(text: str) -> str:
    text = _UUID.sub("<uuid>", text)
    # front matter or other `key: value` lines holding a moment
    return re.sub(
        r"(?m)^(\s*[A-Za-z_]*(?:_at|time|timestamp|date)\s*:\s*)\d{9,}(\.\d+)?\s*$",
        r"\1<time>",
        text,
    )


def normalise(value: Any, key: str = "") -> Any:
    """``value`` with what a server assigns replaced by placeholders, by rule:

    - a number under a key naming a moment (``*_at``, ``*time``, ``timestamp``) -> ``<time>``;
    - a UUID anywhere (Open WebUI makes every id it assigns, of users, groups, files,
      knowledge bases and grants, a UUID; the ids a person chooses, of models, tools,
      functions and skills, are not) -> ``<uuid>``; a key that is a UUID too;
    - everything else as it is (so a changed name, param, valve or text is a difference).
    """
    if isinstance(value, Mapping):
        return {_norm_text(str(k)): normalise(v, str(k)) for k, v in sorted(value.items())}
    if isinstance(value, list):
        return [normalise(v, key) for v in value]
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int | float) and _TIME_KEY.search(key):
        return "<time>"
    if isinstance(value, str):
        return _norm_text(value)
    return value


def snapshot(folder: Path) -> dict[str, Any]:
    """A pulled folder as ``{relative path: normalised content}``: JSON files parsed and
    normalised (:func:`normalise`), text files (``.md``, ``.py``) with UUIDs and time stamps in
    ``key: value`` lines replaced, any other file (a knowledge base's original bytes) by its
    SHA-256 and size. The manifest keeps only its counts (the rest says when and from where the
    folder was pulled)."""
    out: dict[str, Any] = {}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        rel = path.relative_to(folder).as_posix()
        data = path.read_bytes()
        if rel == MANIFEST:
            out[rel] = {"counts": json.loads(data).get("counts")}
        elif path.suffix == ".json" and "/files/" not in f"/{rel}":
            out[rel] = normalise(json.loads(data))
        elif path.suffix in (".md", ".py") and "/files/" not in f"/{rel}":
            out[rel] = _norm_text(data.decode("utf-8"))
        else:
            out[rel] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
    return out


def _lines(value: Any) -> list[str]:
    if isinstance(value, str):
        return value.splitlines()
    return json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False).splitlines()


def _only_known(newer: Any, older: Any) -> Any:
    """``newer`` without the object keys ``older`` lacks, at any depth."""
    if isinstance(newer, dict) and isinstance(older, dict):
        return {k: _only_known(v, older[k]) for k, v in newer.items() if k in older}
    return newer


def _release(folder: Path) -> str | None:
    path = folder / MANIFEST
    if not path.exists():
        return None
    version = json.loads(path.read_bytes()).get("server_version")
    return str(version) if version is not None else None


def workspace_difference(a: Path, b: Path) -> str:
    """The difference between two pulled folders after normalising, as a readable text
    (empty: equal): files only in one, and a unified diff per file that differs.

    When the two were pulled from different Open WebUI releases (their manifests say), ``b``
    may hold fields ``a``'s release does not have (0.12 adds settings, ``meta.voice`` to
    models, ``meta.toggle`` to functions...): those are left out of ``b`` before comparing;
    every field ``a`` has must still be equal in ``b``."""
    left, right = snapshot(a), snapshot(b)
    if _release(a) != _release(b):
        right = {
            rel: _only_known(value, left[rel]) if rel in left else value
            for rel, value in right.items()
        }
    parts: list[str] = []
    for rel in sorted(left.keys() - right.keys()):
        parts.append(f"only in {a.name}: {rel}")
    for rel in sorted(right.keys() - left.keys()):
        parts.append(f"only in {b.name}: {rel}")
    for rel in sorted(left.keys() & right.keys()):
        if left[rel] != right[rel]:
            diff = difflib.unified_diff(
                _lines(left[rel]), _lines(right[rel]), f"{a.name}/{rel}", f"{b.name}/{rel}", n=2
            )
            parts.append("\n".join(line.rstrip("\n") for line in diff))
    return "\n".join(parts)


def assert_same_workspace(a: Path, b: Path) -> None:
    """Fail with the difference when two pulled folders differ after normalising."""
    difference = workspace_difference(a, b)
    assert not difference, f"the workspaces differ:\n{difference}"


def files_containing(folder: Path, needle: str) -> list[str]:
    """Files of ``folder`` (relative paths) whose bytes contain ``needle``."""
    raw = needle.encode()
    return sorted(
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if p.is_file() and raw in p.read_bytes()
    )
