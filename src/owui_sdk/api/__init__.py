"""Every operation of Open WebUI's API as a function; generated, do not edit.

One package per tag of the schema (``owui_sdk.api.users``, ``owui_sdk.api.files``, ...; the
operations no router declares are in ``owui_sdk.api.system``), one module per endpoint, named
after its route, with ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``::

    from owui_sdk import OpenWebUI
    from owui_sdk.api.users import get_user_by_id

    with OpenWebUI() as client:
        user = get_user_by_id.sync("user-id", client=client)

``sync``/``asyncio`` return the parsed value and raise :mod:`owui_sdk.errors` on an error
status; ``sync_detailed``/``asyncio_detailed`` return a :class:`Response` with the status,
headers and raw body. The same operations are methods of the clients' resources
(``client.users.get_user_by_id(...)``).
"""

from .._types import UNSET, File, Response, Unset

__all__ = ["UNSET", "File", "Response", "Unset"]
