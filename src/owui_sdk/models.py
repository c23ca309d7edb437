"""Every model of the Open WebUI API, as attrs classes generated from its OpenAPI schema, and
the chat completion types (``ChatCompletion``, ``ChatCompletionChunk``, ...) the schema leaves
untyped.

``from owui_sdk.models import ChatResponse``. Models load on first use, so this module costs
nothing to import. Each has ``from_dict`` (decoded JSON in) and ``to_dict`` (JSON out); keys
the schema does not declare are kept in ``additional_properties``.
"""

from typing import TYPE_CHECKING, Any

from ._generated import models as _models
from ._results import (
    AddedFile,
    IngestReport,
    KnowledgeSyncPlan,
    KnowledgeSyncReport,
    SyncedFile,
)
from ._transfer import ChatImportReport, ChatMigrationReport, ChatPruneReport
from ._types import UNSET, File, Unset
from ._workspace._results import (
    FieldChange,
    WorkspaceItemPlan,
    WorkspaceItemResult,
    WorkspacePlan,
    WorkspaceReport,
)

if TYPE_CHECKING:
    from ._chat_types import (
        ChatCompletion as ChatCompletion,
    )
    from ._chat_types import (
        ChatCompletionChunk as ChatCompletionChunk,
    )
    from ._chat_types import (
        ChatCompletionMessage as ChatCompletionMessage,
    )
    from ._chat_types import (
        ChatModel as ChatModel,
    )
    from ._chat_types import (
        ChatTurn as ChatTurn,
    )
    from ._chat_types import (
        Choice as Choice,
    )
    from ._chat_types import (
        ChoiceDelta as ChoiceDelta,
    )
    from ._chat_types import (
        ChunkChoice as ChunkChoice,
    )
    from ._chat_types import (
        CompletionUsage as CompletionUsage,
    )
    from ._generated.models import *  # noqa: F403

_CHAT_TYPES = (
    "ChatCompletion",
    "ChatCompletionChunk",
    "ChatCompletionMessage",
    "ChatModel",
    "ChatTurn",
    "Choice",
    "ChoiceDelta",
    "ChunkChoice",
    "CompletionUsage",
)

__all__ = [
    *_models.__all__,
    *_CHAT_TYPES,
    "UNSET",
    "AddedFile",
    "ChatImportReport",
    "ChatMigrationReport",
    "ChatPruneReport",
    "FieldChange",
    "File",
    "IngestReport",
    "KnowledgeSyncPlan",
    "KnowledgeSyncReport",
    "SyncedFile",
    "Unset",
    "WorkspaceItemPlan",
    "WorkspaceItemResult",
    "WorkspacePlan",
    "WorkspaceReport",
]


def __getattr__(name: str) -> Any:
    if name in _CHAT_TYPES:
        from . import _chat_types

        return getattr(_chat_types, name)
    return getattr(_models, name)


def __dir__() -> list[str]:
    return sorted(__all__)
