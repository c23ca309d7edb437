"""The sync-free half of ``client.workspace``: the folder format, the kinds of workspace items
and the plan and report types. The requests themselves are sent by
``owui_sdk._async.workspace`` (and its blocking twin)."""
