"""What an upload takes (a path, bytes or a binary file object), as a file part httpx streams,
and its SHA-256. Colour-neutral: both files clients use it."""

from __future__ import annotations

import hashlib
import io
import mimetypes
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

__all__ = [
    "UploadSource",
    "folder_files",
    "guess_type",
    "opened",
    "sha256_of",
    "source_name",
]

#: A file to upload: a path, its bytes, or a binary file object (read from where it stands).
UploadSource = str | os.PathLike[str] | bytes | IO[bytes]

_CHUNK = 1 << 20


def source_name(source: UploadSource, filename: str | None) -> str:
    """The name the server records: ``filename``, else the path's or file object's own."""
    if filename is not None:
        if not isinstance(filename, str) or not filename.strip() or "/" in filename:
            raise ValueError(f"filename must be a non-empty name without '/', not {filename!r}")
        return filename
    if isinstance(source, (str, os.PathLike)):
        return Path(source).name
    name = getattr(source, "name", None)
    if isinstance(name, str) and name:
        return Path(name).name
    raise ValueError("filename is needed for bytes or a file object without a name")


def guess_type(name: str) -> str:
    """The content type for ``name``'s extension; ``application/octet-stream`` when unknown."""
    return mimetypes.guess_type(name)[0] or "application/octet-stream"


@contextmanager
def opened(source: UploadSource) -> Iterator[IO[bytes]]:
    """``source`` as a binary file object positioned at its start; a path is opened (and
    closed afterwards), never read into memory here."""
    if isinstance(source, bytes):
        yield io.BytesIO(source)
    elif isinstance(source, (str, os.PathLike)):
        path = Path(source)
        if not path.is_file():
            raise FileNotFoundError(f"no file at {str(path)!r}")
        with path.open("rb") as handle:
            yield handle
    elif hasattr(source, "read"):
        sample: Any = source.read(0)
        if not isinstance(sample, bytes):
            raise TypeError("the file object must be opened in binary mode ('rb')")
        yield source
    else:
        raise TypeError(
            f"file must be a path, bytes or a binary file object, not {type(source).__name__}"
        )


def sha256_of(handle: IO[bytes]) -> str:
    """The SHA-256 of what is left in ``handle``, read in chunks, then rewound to where it was
    (Open WebUI records the same digest of the uploaded bytes as ``meta.file_hash``)."""
    start = handle.tell()
    digest = hashlib.sha256()
    while chunk := handle.read(_CHUNK):
        digest.update(chunk)
    handle.seek(start)
    return digest.hexdigest()


def folder_files(directory: str | os.PathLike[str], pattern: str) -> list[Path]:
    """The files under ``directory`` matching ``pattern`` (a glob, recursive with ``**``),
    hidden ones (a dot-name anywhere in the path) left out, sorted.

    Raises:
        NotADirectoryError: ``directory`` is not a folder.
        ValueError: Two files share a name: a knowledge base tells its files by name.
    """
    root = Path(directory)
    if not root.is_dir():
        raise NotADirectoryError(f"no folder at {str(root)!r}")
    found = sorted(
        path
        for path in root.glob(pattern)
        if path.is_file() and not any(part.startswith(".") for part in path.relative_to(root).parts)
    )
    seen: dict[str, Path] = {}
    for path in found:
        if path.name in seen:
            raise ValueError(
                f"two files named {path.name!r} ({seen[path.name]} and {path}): a knowledge "
                "base tells its files by name"
            )
        seen[path.name] = path
    return found
