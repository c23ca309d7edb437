"""Starting a command that a test then stops with Ctrl-C (SIGINT), as a user's terminal would.

A child inherits an *ignored* SIGINT from its parent, and Python installs its
``KeyboardInterrupt`` handler only where SIGINT is not ignored at start-up. A shell runs a
background job (``make test &``, a CI runner without job control) with SIGINT ignored, so
without this the command under test never sees the signal and the test waits out its timeout
although the command is right: a process typed at a terminal starts with the default.
"""

from __future__ import annotations

import signal


def as_typed_at_a_terminal() -> None:
    """``preexec_fn`` for :class:`subprocess.Popen`: SIGINT back to its default in the child."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
