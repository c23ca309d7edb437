"""Reading and writing chat files: JSON Lines, a JSON array, Markdown; and parsing the
command's dates and durations."""

from __future__ import annotations

import contextlib
import json
import re
import shutil
import tempfile
import unicodedata
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO, Any

from ._output import InputError

__all__ = [
    "markdown_of",
    "markdown_writer",
    "parse_age",
    "parse_since",
    "read_records",
]

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400, "y": 365 * 86400}


def parse_age(text: str) -> timedelta:
    """``90d``, ``12h``, ``30m``, ``2w``, ``1y``, ``45s`` as a ``timedelta``.

    Raises:
        ValueError: Anything else.
    """
    match = re.fullmatch(r"\s*(\d+)\s*([smhdwy])\s*", text)
    if match is None:
        raise ValueError(f"{text!r} is not an age like 90d, 12h, 2w or 1y")
    return timedelta(seconds=int(match[1]) * _UNITS[match[2]])


def parse_since(text: str) -> datetime | timedelta:
    """A date or time (``2026-01-31``, ``2026-01-31T12:00``; UTC unless it says otherwise),
    or an age before now (``7d``).

    Raises:
        ValueError: Neither.
    """
    try:
        return parse_age(text)
    except ValueError:
        pass
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"{text!r} is not a date (2026-01-31) or an age (7d)") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def read_records(path: Path) -> Iterator[dict[str, Any]]:
    """The chats of an export file, one at a time: JSON Lines (read line by line), or a JSON
    array (Open WebUI's own "Export chats"; parsed as it is read, by ijson), both with
    memory flat; or a single object (read whole: one chat, or ``{"chats": [...]}``).

    Raises:
        InputError: The file is not JSON, or a line is not; with the line number.
    """
    with path.open("r", encoding="utf-8") as handle:
        try:
            first = _first_char(handle)
        except UnicodeDecodeError:
            raise InputError(f"{path}: not a JSON file (not UTF-8 text)") from None
        if first == "":
            return
        if first == "[":
            yield from _array(path)
            return
        if first != "{":
            raise InputError(f"{path}: not a JSON file (it starts with {first!r})")
        line = handle.readline()
        try:
            json.loads(line)
            single = False
        except ValueError:
            single = True  # an object over several lines: one pretty-printed chat
        handle.seek(0)
        if single:
            yield from _whole(path, handle)
            return
        for number, line in enumerate(_lines(path, handle), 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError as exc:
                raise InputError(f"{path}: line {number} is not JSON ({exc})") from None
            if isinstance(record, dict) and "chat" not in record and "chats" in record:
                yield from _listed(path, record["chats"])  # {"chats": [...]} on one line
            else:
                yield record


def _lines(path: Path, handle: IO[str]) -> Iterator[str]:
    try:
        yield from handle
    except UnicodeDecodeError:
        raise InputError(f"{path}: not a JSON file (not UTF-8 text)") from None


def _first_char(handle: IO[str]) -> str:
    while True:
        position = handle.tell()
        char = handle.read(1)
        if char == "" or not char.isspace():
            handle.seek(position)
            return char


def _array(path: Path) -> Iterator[Any]:
    """The items of the JSON array in ``path``, each parsed as the file is read: memory
    holds one chat at a time, however large the file (the web UI's export of thousands of
    chats is one array)."""
    import ijson

    with path.open("rb") as handle:
        try:
            yield from ijson.items(handle, "item", use_float=True)
        except (ijson.JSONError, UnicodeDecodeError) as exc:
            raise InputError(f"{path}: not a JSON file ({exc})") from None


def _whole(path: Path, handle: IO[str]) -> Iterator[dict[str, Any]]:
    try:
        data = json.load(handle)
    except ValueError as exc:
        raise InputError(f"{path}: not a JSON file ({exc})") from None
    if isinstance(data, dict):
        data = data.get("chats", [data]) if "chat" not in data else [data]
    yield from _listed(path, data)


def _listed(path: Path, data: Any) -> Iterator[Any]:
    if not isinstance(data, list):
        raise InputError(f"{path}: a JSON file, but not a list of chats")
    yield from data


@contextlib.contextmanager
def markdown_writer(target: Path) -> Iterator[Path]:
    """A folder to fill that becomes ``target`` only when the block ends without an error
    (``target`` must not exist yet)."""
    if target.exists():
        raise FileExistsError(f"{target} exists already: give a new folder for the Markdown files")
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent))
    try:
        yield tmp
        tmp.rename(target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def _branch(content: dict[str, Any]) -> list[dict[str, Any]]:
    """The messages of the chat's current branch, first to last."""
    history = content.get("history")
    if isinstance(history, dict) and isinstance(history.get("messages"), dict):
        messages: dict[str, Any] = history["messages"]
        out: list[dict[str, Any]] = []
        current = history.get("currentId")
        seen: set[str] = set()
        while isinstance(current, str) and current in messages and current not in seen:
            seen.add(current)
            message = messages[current]
            out.append(message)
            current = message.get("parentId")
        return out[::-1]
    listed = content.get("messages")
    return [m for m in listed if isinstance(m, dict)] if isinstance(listed, list) else []


def _when(seconds: Any) -> str:
    if not isinstance(seconds, (int, float)):
        return "?"
    if seconds > 10**11:  # message timestamps are in milliseconds in some versions
        seconds /= 1000
    return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%d %H:%M UTC")


def _slug(title: str) -> str:
    """A file name part from a title, in any script: letters and digits kept (NFC, lower
    case), everything else one ``-``; at most 60 characters; ``chat`` when nothing is left."""
    text = unicodedata.normalize("NFC", title)
    return re.sub(r"[\W_]+", "-", text).strip("-").lower()[:60].strip("-") or "chat"


def markdown_of(record: dict[str, Any]) -> tuple[str, str]:
    """A file name and the Markdown of one exported chat (its current branch)."""
    content = record.get("chat") if isinstance(record.get("chat"), dict) else {}
    assert isinstance(content, dict)
    title = str(record.get("title") or content.get("title") or "Untitled")
    chat_id = str(record.get("id") or "")
    slug = _slug(title)
    name = f"{slug}-{chat_id[:8]}.md" if chat_id else f"{slug}.md"
    meta = record.get("meta") if isinstance(record.get("meta"), dict) else {}
    assert isinstance(meta, dict)
    lines = [f"# {title}", ""]
    lines.append(f"- created: {_when(record.get('created_at'))}")
    lines.append(f"- updated: {_when(record.get('updated_at'))}")
    if meta.get("tags"):
        lines.append("- tags: " + ", ".join(str(tag) for tag in meta["tags"]))
    if record.get("folder_path"):
        lines.append("- folder: " + "/".join(record["folder_path"]))
    flags = [flag for flag in ("pinned", "archived") if record.get(flag)]
    if flags:
        lines.append("- " + ", ".join(flags))
    lines.append("")
    for message in _branch(content):
        role = message.get("role", "?")
        model = f" ({message['model']})" if message.get("model") else ""
        lines += [f"## {role}{model}", "", str(message.get("content") or ""), ""]
    return name, "\n".join(lines)
