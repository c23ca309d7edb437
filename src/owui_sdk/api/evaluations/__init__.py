"""The ``evaluations`` endpoints of Open WebUI, one module each; generated, do not edit.

Every module has ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``; pass an
:class:`owui_sdk.OpenWebUI` (or :class:`owui_sdk.AsyncOpenWebUI`) as ``client=``::

    from owui_sdk.api.evaluations import create_feedback

    value = create_feedback.sync(..., client=client)

The same operations are the methods of ``client.evaluations``.
Modules load on first use: importing this package costs next to nothing.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import create_feedback as create_feedback
    from . import delete_all_feedbacks as delete_all_feedbacks
    from . import delete_feedback_by_id as delete_feedback_by_id
    from . import delete_feedbacks as delete_feedbacks
    from . import export_all_feedbacks as export_all_feedbacks
    from . import get_all_feedback_ids as get_all_feedback_ids
    from . import get_config as get_config
    from . import get_feedback_by_id as get_feedback_by_id
    from . import get_feedback_model_ids as get_feedback_model_ids
    from . import get_feedbacks as get_feedbacks
    from . import get_leaderboard as get_leaderboard
    from . import get_model_history as get_model_history
    from . import get_user_feedbacks as get_user_feedbacks
    from . import update_config as update_config
    from . import update_feedback_by_id as update_feedback_by_id

__all__ = [
    "create_feedback",
    "delete_all_feedbacks",
    "delete_feedback_by_id",
    "delete_feedbacks",
    "export_all_feedbacks",
    "get_all_feedback_ids",
    "get_config",
    "get_feedback_by_id",
    "get_feedback_model_ids",
    "get_feedbacks",
    "get_leaderboard",
    "get_model_history",
    "get_user_feedbacks",
    "update_config",
    "update_feedback_by_id",
]

_NAMES = frozenset(__all__)


def __getattr__(name: str) -> Any:
    if name not in _NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    # Importing the submodule also sets it as this package's attribute: asked once.
    return importlib.import_module(f"{__name__}.{name}")


def __dir__() -> list[str]:
    return sorted(__all__)
