"""The sync-free half of ``client.workspace``: the folder format, the kinds of workspace items
and the plan and report types. The requests themselves are sent by
``owui_sdk._async.workspace`` (and its blocking twin)."""

from ._groups import GroupsKind
from ._kinds import register
from ._knowledge import KnowledgeKind

# The kinds in their own modules join the ones of ``_kinds`` (which cannot import them).
register(GroupsKind())
register(KnowledgeKind())
