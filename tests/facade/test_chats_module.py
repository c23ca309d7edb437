"""``owui_sdk.chats``: every model the chats methods take or return, nothing else, loaded lazily."""

from __future__ import annotations

import inspect
import json
import re
import subprocess
import sys
from pathlib import Path

import owui_sdk.chats
import owui_sdk.models
from owui_sdk.chats import AsyncChatsClient, ChatsClient

ROOT = Path(__file__).resolve().parents[2]
# Named by the reference page though no signature names it: the items of ChatsImportForm.
NESTED = {"ChatImportForm"}
NOT_MODELS = {"AsyncChatsClient", "ChatsClient", "MessageForm", "UNSET", "Unset"}


def signature_models(cls: type) -> set[str]:
    """The model names in the public methods' signatures of ``cls``."""
    models = set(owui_sdk.models.__all__)
    found: set[str] = set()
    for name, method in inspect.getmembers(cls, inspect.isfunction):
        if not name.startswith("_"):
            words = re.findall(r"[A-Za-z_]\w*", str(inspect.signature(method)))
            found |= {word for word in words if word in models}
    return found


def test_exports_exactly_the_models_of_the_signatures() -> None:
    models = set(owui_sdk.chats.__all__) - NOT_MODELS
    assert models == signature_models(AsyncChatsClient) | NESTED
    assert signature_models(ChatsClient) == signature_models(AsyncChatsClient)
    for name in owui_sdk.chats.__all__:
        assert getattr(owui_sdk.chats, name) is not None, name
    assert owui_sdk.chats.MessageForm is owui_sdk.models.ChatsMessageForm


def test_importing_a_model_loads_neither_client() -> None:
    code = (
        "import json, sys\n"
        "from owui_sdk.chats import ChatForm\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith('owui_sdk'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    loaded = set(json.loads(result.stdout))
    assert "owui_sdk._generated.models.chat_form" in loaded
    assert not {m for m in loaded if m.startswith(("owui_sdk._async", "owui_sdk._sync"))}
    assert len(loaded) < 15, sorted(loaded)
