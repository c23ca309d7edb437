"""What the hand-written bulk operations report, one object per item.

A module of its own, so that ``client.files`` and ``client.knowledge`` do not load attrs on
first access (it loads with the first model instead).
"""

from __future__ import annotations

from typing import Literal

from attrs import define

__all__ = ["AddedFile", "IngestReport"]


@define(slots=True)
class AddedFile:
    """What ``client.knowledge.add_files`` did with one file.

    Attributes:
        name: The file's name (as recorded in the knowledge base).
        status: ``"added"``; ``"replaced"`` (a file of that name with other content was
            there: the new one is added, the old one removed); ``"skipped"`` (the same
            content is there already: nothing uploaded); ``"failed"``.
        file_id: The file in the knowledge base (``None`` when it failed).
        error: Why it failed, in one line.
    """

    name: str
    status: Literal["added", "replaced", "skipped", "failed"]
    file_id: str | None = None
    error: str | None = None


@define(slots=True)
class IngestReport:
    """What ``client.knowledge.ingest`` did.

    Attributes:
        knowledge_id: The knowledge base fed.
        created: Whether it was created by this call (no knowledge base had the name).
        files: One :class:`AddedFile` per file of the folder, in path order.
    """

    knowledge_id: str
    created: bool
    files: list[AddedFile]

    def count(self, status: str) -> int:
        """How many files ended with ``status`` (``"added"``, ``"skipped"``, ...)."""
        return sum(1 for item in self.files if item.status == status)
