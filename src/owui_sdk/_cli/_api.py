"""``owui api``: any endpoint, its JSON answer printed (like ``gh api``)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from ._context import connect, current_settings, output_options
from ._output import EXIT_CODES, Failure, InputError, print_json

__all__ = ["api"]


@click.command()
@click.argument(
    "method",
    type=click.Choice(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"], case_sensitive=False),
)
@click.argument("path")
@click.option(
    "-d",
    "--data",
    metavar="JSON",
    help="The JSON body; @FILE reads it from a file, @- from standard input.",
)
@output_options
def api(method: str, path: str, data: str | None) -> None:
    """Call any endpoint and print its JSON answer (like `gh api`).

    \b
    owui api GET /api/v1/users/
    owui api POST /api/v1/folders/ -d '{"name": "Projects"}'
    """
    settings = current_settings()
    body: Any = None
    if data is not None:
        text = data
        if data.startswith("@"):
            text = sys.stdin.read() if data == "@-" else Path(data[1:]).read_text("utf-8")
        try:
            body = json.loads(text)
        except ValueError as exc:
            raise InputError(f"--data is not JSON ({exc})") from None
    if not path.startswith("/"):
        path = "/" + path
    with connect(settings) as client:
        options: dict[str, Any] = {}
        if body is not None:
            options["json"] = body
        response = client.request(method.upper(), path, **options)
    if _is_web_page(method, response):
        # Open WebUI answers a path it does not route with its web app (200, HTML): no
        # such endpoint, as the SDK reads it too.
        raise Failure(
            f"{method.upper()} {path}: no such endpoint (the server answered with its web page)",
            EXIT_CODES["not_found"],
        )
    if settings.quiet:
        return
    try:
        answer = response.json()
    except ValueError:
        click.echo(response.text)
        return
    print_json(answer)


def _is_web_page(method: str, response: Any) -> bool:
    from .._sync.api_client import _maybe_missing

    return response.status_code == 200 and _maybe_missing(method, response)
