"""``python -m owui_sdk._cli``: the ``owui`` command without its script."""

from . import main

main()
