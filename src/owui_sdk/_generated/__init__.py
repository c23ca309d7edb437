"""Generated from Open WebUI's OpenAPI schema by ``make generate``. Do not edit by hand.

``models/`` holds the attrs models (public as :mod:`owui_sdk.models`); the endpoint functions
are generated beside this package, into :mod:`owui_sdk.api`, and the clients' resources into
``owui_sdk._resources``. Nothing is imported here, so importing one model loads only it.
"""
