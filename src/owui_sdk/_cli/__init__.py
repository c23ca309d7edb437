"""The ``owui`` command line (``pip install 'owui-sdk[cli]'``).

Private: the command is the interface, not this package. It binds flags to SDK calls and
prints; what it does with chats and knowledge bases is in the SDK (``client.chats.iter_export``,
``import_records``, ``copy_to``, ``prune``, ``client.knowledge.ingest``). Nothing here is
imported by ``import owui_sdk``: click and rich load only when the command runs.
"""

from __future__ import annotations

import sys

__all__ = ["main"]

MISSING_EXTRA = (
    "owui: the command line needs the 'cli' extra: pip install 'owui-sdk[cli]' ({missing})"
)


def main(argv: list[str] | None = None) -> None:
    """Run ``owui`` with ``argv`` (default: the process's arguments) and exit with its code."""
    try:
        import click  # noqa: F401
        import rich  # noqa: F401
    except ImportError as exc:
        print(MISSING_EXTRA.format(missing=exc), file=sys.stderr)
        raise SystemExit(1) from None
    from ._app import cli

    cli.main(args=argv, prog_name="owui")
