"""The workspace tests' folder compare (no server): what a server assigns is normalised by rule,
what a person made is compared as it is."""

from __future__ import annotations

import json
from pathlib import Path

from tests.integration._workspace_helpers import (
    assert_same_workspace,
    normalise,
    workspace_difference,
)

UUID_A = "f29bb763-e773-49e2-818a-7f255a40c492"
UUID_B = "0e1b5032-3c91-4c51-9244-b8111979b478"


def _folder(root: Path, name: str, files: dict[str, str | bytes]) -> Path:
    folder = root / name
    for rel, content in files.items():
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode())
    return folder


def _model(uuid: str, when: int, temperature: float) -> str:
    return json.dumps(
        {
            "id": "ws-model-a",
            "user_id": uuid,
            "params": {"temperature": temperature},
            "access_grants": [{"id": uuid, "principal": "ws-editors", "created_at": when}],
            "updated_at": when,
        }
    )


def test_ids_and_times_a_server_assigns_are_equal_after_normalising(tmp_path: Path) -> None:
    a = _folder(
        tmp_path,
        "a",
        {
            "owui-workspace.json": json.dumps({"when": "2026-01-01", "counts": {"models": 1}}),
            "models/ws-model-a.json": _model(UUID_A, 1796380270, 0.1),
            "prompts/ws-summary.md": f"---\nid: {UUID_A}\nupdated_at: 1796380270\n---\nHello\n",
            "knowledge/kb/files/a.txt": b"bytes",
        },
    )
    b = _folder(
        tmp_path,
        "b",
        {
            "owui-workspace.json": json.dumps({"when": "2026-02-02", "counts": {"models": 1}}),
            "models/ws-model-a.json": _model(UUID_B, 1796399999, 0.1),
            "prompts/ws-summary.md": f"---\nid: {UUID_B}\nupdated_at: 1796399999\n---\nHello\n",
            "knowledge/kb/files/a.txt": b"bytes",
        },
    )
    assert_same_workspace(a, b)


def test_what_a_person_made_differs(tmp_path: Path) -> None:
    a = _folder(
        tmp_path,
        "a",
        {
            "models/ws-model-a.json": _model(UUID_A, 1, 0.1),
            "prompts/ws-summary.md": "---\nname: x\n---\nHello\n",
            "knowledge/kb/files/a.txt": b"bytes",
            "skills/only-a.md": "a skill",
        },
    )
    b = _folder(
        tmp_path,
        "b",
        {
            "models/ws-model-a.json": _model(UUID_A, 1, 0.2),
            "prompts/ws-summary.md": "---\nname: x\n---\nHello!\n",
            "knowledge/kb/files/a.txt": b"other bytes",
        },
    )
    difference = workspace_difference(a, b)
    assert "only in a: skills/only-a.md" in difference
    assert '-    "temperature": 0.1' in difference and '+    "temperature": 0.2' in difference
    assert "-Hello\n+Hello!" in difference
    assert "knowledge/kb/files/a.txt" in difference


def test_a_number_is_a_time_only_under_a_key_naming_a_moment() -> None:
    record = {"created_at": 5, "temperature": 5, "max_tokens": 1796380270, "timestamp": 1.5}
    assert normalise(record) == {
        "created_at": "<time>",
        "max_tokens": 1796380270,
        "temperature": 5,
        "timestamp": "<time>",
    }


def test_fields_a_newer_release_adds_are_left_out_only_across_releases(tmp_path: Path) -> None:
    def manifest(version: str) -> str:
        return json.dumps({"server_version": version, "counts": {"models": 1}})

    old = {"id": "m", "meta": {"description": "d"}}
    new = {"id": "m", "meta": {"description": "d", "voice": None}}
    a = _folder(
        tmp_path,
        "a",
        {"owui-workspace.json": manifest("0.11.4"), "models/m.json": json.dumps(old)},
    )
    b = _folder(
        tmp_path,
        "b",
        {"owui-workspace.json": manifest("0.12.4"), "models/m.json": json.dumps(new)},
    )
    assert_same_workspace(a, b)
    # Same release: a field only one side has is a difference.
    same = _folder(
        tmp_path,
        "same",
        {"owui-workspace.json": manifest("0.11.4"), "models/m.json": json.dumps(new)},
    )
    assert '"voice": null' in workspace_difference(a, same)
    # Across releases, a field both have must still be equal.
    changed = {"id": "m", "meta": {"description": "other", "voice": None}}
    (b / "models" / "m.json").write_text(json.dumps(changed))
    assert "other" in workspace_difference(a, b)
