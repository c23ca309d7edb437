"""Versions: the package's, and the Open WebUI release its schema comes from.

The package version is ``<Open WebUI version>.<SDK revision>``: 0.12.4.0 is the first release
of the SDK for Open WebUI 0.12.4.
"""

__openwebui_version__ = "0.12.4"
__version__ = "0.12.4.0"
