"""What the command prints: progress (a bar on a terminal, plain lines otherwise), results
(text, or JSON with ``--json``), and errors as one line with a distinct exit code."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import click
from rich.console import Console
from rich.progress import (
    BarColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from .. import errors

__all__ = ["EXIT_CODES", "Failure", "InputError", "Output", "dropped_text", "exit_code_of"]

#: Exit codes, documented in docs/guides/cli.md.
EXIT_CODES = {
    "ok": 0,
    "error": 1,  # anything else: a refused request (400, 409, 422, 429), a failed file, a bug
    "usage": 2,  # click's own: a bad flag or argument
    "auth": 3,  # a missing or wrong key, or a key without the permission
    "not_found": 4,
    "server": 5,  # 5xx, or an answer that is not what the API promises
    "connection": 6,  # no answer: refused, unreachable, timed out
    "input": 7,  # an input file that is not JSON, or a record that is not a chat
    "changes_pending": 8,  # owui workspace plan --detailed-exitcode: the plan has changes
    "interrupted": 130,  # Ctrl-C
    "broken_pipe": 141,  # the reader of stdout left (128 + SIGPIPE, as a shell reports it)
}


class InputError(Exception):
    """An input file the command cannot read (not JSON, not chats)."""


class Failure(click.ClickException):
    """An error the command reports as one line, with its exit code."""

    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(message)
        self.exit_code = exit_code  # type: ignore[misc]  # click declares it per class

    def show(self, file: Any = None) -> None:
        click.echo(f"owui: error: {self.format_message()}", err=True)


def exit_code_of(exc: BaseException) -> int:
    """The exit code for an exception the command did not handle itself."""
    if isinstance(exc, KeyboardInterrupt):
        return EXIT_CODES["interrupted"]
    if isinstance(exc, InputError):
        return EXIT_CODES["input"]
    if isinstance(exc, (errors.AuthenticationError, errors.PermissionDeniedError)):
        return EXIT_CODES["auth"]
    if isinstance(exc, errors.NotFoundError):
        return EXIT_CODES["not_found"]
    if isinstance(exc, (errors.InternalServerError, errors.APIResponseValidationError)):
        return EXIT_CODES["server"]
    if isinstance(exc, errors.APIConnectionError):
        return EXIT_CODES["connection"]
    return EXIT_CODES["error"]


def describe(exc: BaseException, servers: Mapping[str, str] | None = None) -> str:
    """The one line shown for ``exc`` (never a key: the SDK's messages carry none).

    ``servers`` maps the origins of this run (``http://host:port``) to the options that
    gave each its key: a refused key names its server and what to check."""
    if isinstance(exc, KeyboardInterrupt):
        return "interrupted"
    if isinstance(exc, errors.AuthenticationError):
        url = exc.request.url
        origin = f"{url.scheme}://{url.netloc.decode('ascii', 'replace')}"
        check = (servers or {}).get(origin, "the key given for it")
        return f"{origin} refused the API key ({exc.status_code}): check {check}"
    if isinstance(exc, errors.APIStatusError):
        detail = exc.detail if isinstance(exc.detail, str) else json.dumps(exc.detail)
        request = exc.request
        return f"{request.method} {request.url.path} answered {exc.status_code}: {detail}"
    if isinstance(exc, errors.APIConnectionError):
        return f"{exc.message} (is the server running, and the URL right?)"
    text = " ".join(str(exc).split())
    if isinstance(exc, (InputError, ValueError, OSError)):
        return text or type(exc).__name__
    return f"{type(exc).__name__}: {text}"


class _RateColumn(ProgressColumn):
    """Items per second."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text("?/s" if speed is None else f"{speed:,.0f}/s", style="progress.data.speed")


class _CountColumn(ProgressColumn):
    """``done/total``, or ``done`` while the total is unknown."""

    def render(self, task: Task) -> Text:
        done = f"{task.completed:,.0f}"
        text = done if task.total is None else f"{done}/{task.total:,.0f}"
        return Text(text, style="progress.download")


class _TimeColumn(ProgressColumn):
    """The time left once the total is known, the time elapsed until then."""

    def __init__(self) -> None:
        super().__init__()
        self._left = TimeRemainingColumn()
        self._elapsed = TimeElapsedColumn()

    def render(self, task: Task) -> Text:
        return (self._elapsed if task.total is None else self._left).render(task)


class Output:
    """Where the command writes: results to stdout, progress and notes to stderr."""

    def __init__(self, *, json_mode: bool = False, quiet: bool = False) -> None:
        self.json_mode = json_mode
        self.quiet = quiet
        self.err = Console(stderr=True, highlight=False)

    @property
    def bars(self) -> bool:
        """Whether progress is drawn as a bar (stderr is a terminal, no --json or -q)."""
        return self.err.is_terminal and not self.quiet and not self.json_mode

    def note(self, text: str) -> None:
        """A line for the user on stderr (not with -q or --json)."""
        if not self.quiet and not self.json_mode:
            click.echo(text, err=True)

    def warn(self, text: str) -> None:
        """A warning on stderr (not with -q)."""
        if not self.quiet:
            click.echo(f"owui: warning: {text}", err=True)

    def result(self, data: Any, text: str, *, stdout_is_data: bool = False) -> None:
        """The command's result: ``data`` as JSON with --json, else ``text`` (not with -q).
        When stdout carries the command's data (an export to ``-``), the result goes to
        stderr."""
        if self.json_mode:
            click.echo(json.dumps(data, ensure_ascii=False), err=stdout_is_data)
        elif not self.quiet and text:
            click.echo(text, err=stdout_is_data)

    @contextmanager
    def progress(self, label: str, total: int | None = None) -> Iterator[Counter]:
        """A counter to advance: a bar with count, rate and ETA on a terminal (elapsed time
        while the total is unknown); on anything else a plain line at once, then at most every
        second, and one at the end (none with -q or --json)."""
        if self.bars:
            columns = (
                TextColumn("{task.description}"),
                BarColumn(),
                _CountColumn(),
                _RateColumn(),
                _TimeColumn(),
            )
            with Progress(*columns, console=self.err, transient=False) as bar:
                task = bar.add_task(label, total=total)
                yield Counter(lambda n: bar.advance(task, n), lambda n: bar.update(task, total=n))
            return
        counter = _PlainCounter(self, label, total)
        yield Counter(counter.advance, counter.set_total)
        self.note(f"{label}: {counter.done}{counter.of} done")


class Counter:
    """What :meth:`Output.progress` yields: call it with how many more are done; ``total``
    tells the total once it is known."""

    __slots__ = ("_advance", "total")

    def __init__(self, advance: Callable[[int], None], total: Callable[[int], None]) -> None:
        self._advance = advance
        self.total = total

    def __call__(self, n: int) -> None:
        self._advance(n)


class _PlainCounter:
    def __init__(self, output: Output, label: str, total: int | None) -> None:
        self.output = output
        self.label = label
        self.done = 0
        self.last = -1.0  # the first advance prints at once: a sign of life
        self.of = "" if total is None else f"/{total}"

    def set_total(self, total: int) -> None:
        self.of = f"/{total}"

    def advance(self, n: int) -> None:
        self.done += n
        now = time.monotonic()
        if self.last < 0 or now - self.last >= 1.0:
            self.last = now
            self.output.note(f"{self.label}: {self.done}{self.of}")


def print_json(data: Any) -> None:
    """``data`` on stdout, indented when stdout is a terminal."""
    indent = 2 if sys.stdout.isatty() else None
    click.echo(json.dumps(data, ensure_ascii=False, indent=indent))


def dropped_text(dropped: dict[str, int]) -> str:
    """What an import could not keep, in words: each field, how many chats had it, and why."""
    from .._chat_records import DROPPED_FIELDS

    return "; ".join(
        f"{field} of {n} chats ({DROPPED_FIELDS[field]})" for field, n in sorted(dropped.items())
    )
