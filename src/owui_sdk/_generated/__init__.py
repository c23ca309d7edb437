"""Generated from Open WebUI's OpenAPI schema by ``make generate``. Do not edit by hand.

``api/<tag>/<route>.py`` holds one endpoint each (``sync``, ``sync_detailed``, ``asyncio``,
``asyncio_detailed``); ``models/`` the attrs models. Nothing is imported here, so importing one
endpoint loads only what it uses.
"""
