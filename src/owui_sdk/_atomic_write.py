"""Files written whole or not at all, mode 0600 (exports, the migration's state, the
command line's profiles)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

__all__ = ["write_private", "written_aside"]


@contextlib.contextmanager
def written_aside(path: Path) -> Iterator[IO[str]]:
    """A text file that becomes ``path`` only when the block ends without an error: written
    beside it under a temporary name (mode 0600 from the start: ``mkstemp`` makes it so),
    flushed to disk, then renamed. A kill leaves the old file or the new one, never half of
    one; an error or Ctrl-C removes the temporary file and leaves ``path`` as it was."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_private(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically, mode 0600 (:func:`written_aside`)."""
    with written_aside(path) as handle:
        handle.write(text)
