"""The facade, written once: ``owui_sdk._sync`` is derived from this package."""
