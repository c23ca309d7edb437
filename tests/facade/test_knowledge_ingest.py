"""``client.knowledge.ingest``: what is refused before anything is sent (the upload itself
is ``add_files``'s, tested beside it and against a real server in tests/integration)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import respx

from ._support import resolve


async def test_ingest_refuses_bad_input_before_sending(
    client: Any, router: respx.MockRouter, tmp_path: Path
) -> None:
    with pytest.raises(NotADirectoryError, match="no folder"):
        await resolve(client.knowledge.ingest(tmp_path / "missing", "Docs"))
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "notes.md").write_text("one")
    (tmp_path / "b" / "notes.md").write_text("two")
    with pytest.raises(ValueError, match=r"two files named 'notes\.md'"):
        await resolve(client.knowledge.ingest(tmp_path, "Docs"))
    with pytest.raises(ValueError, match="kb_name"):
        await resolve(client.knowledge.ingest(tmp_path, " "))
    assert not router.calls
