"""What older Open WebUI releases do differently from the targeted one, for ``make test-compat
OPENWEBUI_VERSION=...``: measured against each release named, the only facts about them the
tests keep. Operations a release lacks need nothing here: the table of releases skips their
tests (tests/conftest.py)."""

from __future__ import annotations

import re

import pytest

from tests.server import SERVER_VERSION

#: Set on a test skipped because the server's release lacks an operation it needs (by the
#: table of releases), so that its teardown checks do not hold it to what it never reached.
SKIPPED_BY_TABLE = pytest.StashKey[bool]()


def _key(version: str) -> tuple[int, ...]:
    found = re.match(r"v?(\d+)\.(\d+)(?:\.(\d+))?", version)
    if found is None:
        raise ValueError(f"not a release: {version!r}")
    return tuple(int(part or 0) for part in found.groups())


def server_before(release: str) -> bool:
    """Whether the server under test is older than ``release`` (``"0.12"``)."""
    return _key(SERVER_VERSION) < _key(release)


#: Open WebUI 0.11.4 answers a channel message without ``etag``, a field 0.12.4's
#: ``MessageModel`` requires: the typed channels calls (``post_new_message``,
#: ``update_message_by_id``) refuse its answers with ``APIResponseValidationError`` (measured).
#: The events tests that post through them run from 0.12 on.
typed_channel_messages = pytest.mark.skipif(
    server_before("0.12"),
    reason="Open WebUI 0.11 sends channel messages without the etag 0.12.4's MessageModel requires",
)

#: Open WebUI 0.11.4 declares ``GET /api/v1/prompts/id/{prompt_id}/history/diff`` after
#: ``/history/{history_id}`` (its routers/prompts.py:638 and :731): ``diff`` is taken for a
#: history id and the diff answers 404 (measured). 0.12 declares it first.
prompt_diff_unreachable = server_before("0.12")
