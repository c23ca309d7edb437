# Generated from src/owui_sdk/_async/__init__.py by `make generate` (unasync). Do not edit.
"""The facade, written once: ``owui_sdk._sync`` is derived from this package."""
