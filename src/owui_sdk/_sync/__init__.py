# Generated from src/owui_sdk/_async/__init__.py by `make generate` (unasync). Do not edit.
"""The facade and its transport, in one colour per package: ``_async`` is written by hand,
``_sync`` is derived from it by ``make generate`` (unasync)."""
