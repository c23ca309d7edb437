"""The facade and its transport, in one colour per package: ``_async`` is written by hand,
``_sync`` is derived from it by ``make generate`` (unasync)."""
