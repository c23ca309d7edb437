"""owui-sdk: typed sync and async client for the Open WebUI REST API."""
