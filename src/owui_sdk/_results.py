"""What the hand-written bulk operations report, one object per item.

A module of its own, so that ``client.files`` and ``client.knowledge`` do not load attrs on
first access (it loads with the first model instead).
"""

from __future__ import annotations

from typing import Literal

from attrs import define

__all__ = ["AddedFile"]


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
