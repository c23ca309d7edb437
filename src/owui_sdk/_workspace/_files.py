"""The workspace folder on disk: the manifest, atomic writes, reading with clear errors, front
matter and secret placeholders."""

from __future__ import annotations

import contextlib
import json
import os
import re
import stat
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

MANIFEST = "owui-workspace.json"
#: The folder format this SDK writes and the newest it reads.
FORMAT_VERSION = 1
#: What a secret is written as when ``include_secrets`` is off. Never sent to a server.
SECRET_PLACEHOLDER = "<owui-workspace: secret not pulled>"


class WorkspaceFormatError(ValueError):
    """A workspace folder the SDK cannot read: a file that is not JSON (with its line), an
    unknown or newer format version, a front matter line it cannot parse."""


def quote_name(name: str) -> str:
    """A file name for an item key: letters, digits, ``._-`` kept, the rest as ``%XX`` (a
    model id may hold ``/`` or ``:``)."""
    out = []
    for char in name:
        if char.isascii() and (char.isalnum() or char in "._-"):
            out.append(char)
        else:
            out.extend(f"%{byte:02X}" for byte in char.encode("utf-8"))
    quoted = "".join(out)
    return f"%2E{quoted[1:]}" if quoted.startswith(".") else quoted or "%00"


def _holds(path: Path, data: bytes, *, private: bool) -> bool:
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode) or info.st_size != len(data):
            return False
        if private and info.st_mode & 0o077:
            return False
        return path.read_bytes() == data
    except OSError:
        return False


def write_atomic(path: Path, data: bytes, *, private: bool) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename: a kill leaves the old
    file or the new one, never half of one. ``private`` makes it mode 0600 from the start.

    A file that already holds ``data`` (and is private when it must be) is left as it is: a
    re-pull of an unchanged workspace writes nothing, so it costs no fsync a file and git
    and editors see no touched files."""
    if _holds(path, data, private=private):
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if not private:
            # mkstemp makes 0600; a file without secrets gets the usual mode (umask applies).
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def dump_json(value: Any) -> bytes:
    """JSON as a person reads and git diffs it: sorted keys, two spaces, a final newline."""
    return (json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode()


def read_json(path: Path) -> Any:
    """The JSON in ``path``; a file that is not JSON raises naming the file and the line."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise WorkspaceFormatError(f"{path}: not UTF-8 text ({exc.reason})") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise WorkspaceFormatError(
            f"{path}, line {exc.lineno} column {exc.colno}: not valid JSON ({exc.msg})"
        ) from None


def read_text(path: Path) -> str:
    """A UTF-8 text file; another encoding raises naming the file."""
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise WorkspaceFormatError(f"{path}: not UTF-8 text ({exc.reason})") from None


def manifest(
    *,
    server_version: str,
    sdk_version: str,
    counts: dict[str, int],
    secrets: list[str],
    secrets_included: bool,
) -> dict[str, Any]:
    """The content of ``owui-workspace.json``."""
    return {
        "format_version": FORMAT_VERSION,
        "server_version": server_version,
        "sdk_version": sdk_version,
        "pulled_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "counts": counts,
        "secrets": sorted(secrets),
        "secrets_included": secrets_included,
    }


def read_manifest(root: Path) -> dict[str, Any] | None:
    """The folder's manifest, checked; ``None`` when there is none (a hand-made folder, such
    as a folder of skills for owui-client's ``sync-skills``)."""
    path = root / MANIFEST
    if not root.is_dir():
        raise WorkspaceFormatError(f"{root}: not a directory")
    if not path.exists():
        return None
    data = read_json(path)
    if not isinstance(data, dict):
        raise WorkspaceFormatError(f"{path}: expected a JSON object")
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise WorkspaceFormatError(f"{path}: format_version {version!r} is not a known version")
    if version > FORMAT_VERSION:
        raise WorkspaceFormatError(
            f"{path}: format_version {version} was written by a newer owui-sdk"
            f" (this one reads up to {FORMAT_VERSION}); upgrade owui-sdk"
        )
    if version < 1:
        raise WorkspaceFormatError(f"{path}: format_version {version} is not a known version")
    return data


# --- front matter: "---", one "key: value" a line (the value JSON, or a bare string), "---" --


def dump_front_matter(fields: dict[str, Any], body: str) -> bytes:
    """A Markdown file: front matter, then ``body`` exactly. ``name`` and ``description``
    come first (what owui-client's ``sync-skills`` reads); each value is JSON on one line,
    which a YAML reader takes too."""
    order: list[str] = [key for key in ("name", "description") if key in fields]
    order += sorted(key for key in fields if key not in order)
    lines = ["---", *(f"{key}: {json.dumps(fields[key], ensure_ascii=False)}" for key in order)]
    return ("\n".join(lines) + "\n---\n" + body).encode()


_KEY = re.compile(r"^([A-Za-z_][A-Za-z0-9_-]*)\s*:\s?(.*)$")


def read_front_matter(path: Path) -> tuple[dict[str, Any], str]:
    """The front matter of a Markdown file and the body after it (a file without front matter
    is all body). A value is read as JSON, else as a bare string (``name: my-skill``). What
    hand-written YAML front matter also has is read too: a ``|`` or ``>`` block, a plain
    value continued on indented lines, and an indented block under an empty key (kept as its
    text)."""
    text = read_text(path)
    if not text.startswith("---\n") and not text.startswith("---\r\n"):
        return {}, text
    lines = text.splitlines(keepends=True)
    fields: dict[str, Any] = {}
    key: str | None = None
    style = ""  # "|", ">" or "" for the value of `key`
    block: list[str] = []

    def close() -> None:
        if key is None or not block:
            return
        if style == "|":
            fields[key] = "\n".join(block) + "\n"
        elif style == ">":
            fields[key] = " ".join(block) + "\n"
        elif fields.get(key) in (None, ""):
            fields[key] = "\n".join(block)
        else:
            fields[key] = " ".join([str(fields[key]), *block])

    for number, line in enumerate(lines[1:], start=2):
        stripped = line.rstrip("\r\n")
        if stripped == "---":
            close()
            return fields, "".join(lines[number:])
        if key is not None and stripped[:1] in (" ", "\t") and stripped.strip():
            block.append(stripped.strip() if style != "|" else stripped.lstrip())
            continue
        if not stripped.strip() or stripped.lstrip().startswith("#"):
            continue
        close()
        block = []
        match = _KEY.match(stripped)
        if match is None:
            raise WorkspaceFormatError(
                f"{path}, line {number}: front matter line is not 'key: value': {stripped!r}"
            )
        key, raw = match.group(1), match.group(2).strip()
        style = raw[:1] if raw[:1] in ("|", ">") and raw.rstrip("+-") in ("|", ">") else ""
        if style:
            fields[key] = ""
            continue
        try:
            fields[key] = json.loads(raw) if raw else None
        except ValueError:
            if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "'\"":
                raw = raw[1:-1]
            fields[key] = raw
    raise WorkspaceFormatError(f"{path}: front matter is not closed by a '---' line")


# --- secrets ------------------------------------------------------------------------------


def _step(container: Any, part: str) -> Any:
    if isinstance(container, dict):
        return container.get(part)
    if isinstance(container, list) and part.isdigit() and int(part) < len(container):
        return container[int(part)]
    return None


def get_path(record: Any, path: tuple[str, ...]) -> Any:
    """The value at ``path`` in nested objects and lists (an index as digits), or ``None``."""
    for part in path:
        record = _step(record, part)
        if record is None:
            return None
    return record


def set_path(record: dict[str, Any], path: tuple[str, ...], value: Any) -> None:
    """Set the value at ``path`` in nested objects (made when missing) and lists."""
    container: Any = record
    for part in path[:-1]:
        nxt = _step(container, part)
        if not isinstance(nxt, dict | list):
            if not isinstance(container, dict):
                return
            nxt = container[part] = {}
        container = nxt
    last = path[-1]
    if isinstance(container, dict):
        container[last] = value
    elif isinstance(container, list) and last.isdigit() and int(last) < len(container):
        container[int(last)] = value


def drop_path(record: dict[str, Any], path: tuple[str, ...]) -> None:
    """Remove the key at ``path`` when it is there (an item of a list is left in place)."""
    parent = get_path(record, path[:-1]) if len(path) > 1 else record
    if isinstance(parent, dict):
        parent.pop(path[-1], None)


def placeholder_paths(record: Any, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every path in ``record`` whose value is the secret placeholder (or a list holding it)."""
    found: list[tuple[str, ...]] = []
    if isinstance(record, dict):
        for key, value in record.items():
            found.extend(placeholder_paths(value, (*prefix, str(key))))
    elif isinstance(record, list) and any(isinstance(item, dict | list) for item in record):
        for index, value in enumerate(record):
            found.extend(placeholder_paths(value, (*prefix, str(index))))
    elif record == SECRET_PLACEHOLDER or (
        isinstance(record, list) and SECRET_PLACEHOLDER in record
    ):
        found.append(prefix)
    return found


def mask(value: Any) -> Any:
    """The placeholder for a secret's value: empty values stay (nothing to hide), a list of
    keys becomes a list of placeholders of the same length."""
    if value in (None, "", [], {}):
        return value
    if isinstance(value, list):
        return [SECRET_PLACEHOLDER if item not in (None, "") else item for item in value]
    return SECRET_PLACEHOLDER


def unmask(wanted: Any, current: Any) -> tuple[Any, bool]:
    """``wanted`` with its placeholders replaced by the target's ``current`` value; the flag
    says whether the key must be left out instead (the target has no value to keep)."""
    if wanted == SECRET_PLACEHOLDER:
        return current, current is None
    if isinstance(wanted, list):
        cur = current if isinstance(current, list) else []
        out = []
        for index, item in enumerate(wanted):
            if item == SECRET_PLACEHOLDER:
                if index >= len(cur):
                    return None, True
                out.append(cur[index])
            else:
                out.append(item)
        return out, False
    return wanted, False
