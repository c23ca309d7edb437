"""Versions: the package's, and the Open WebUI release its schema comes from.

``__openwebui_version__`` is the one place the targeted Open WebUI release is written: the
Makefile, the test server, the benchmarks and the documentation read it, and ``make spec
OPENWEBUI_VERSION=X`` (``codegen/set_version.py``) rewrites it with the schema. The package
version is ``<Open WebUI version>.<SDK revision>``: 0.12.4.0 is the first release of the SDK
for Open WebUI 0.12.4.
"""

__openwebui_version__ = "0.12.4"
_REVISION = 0
__version__ = f"{__openwebui_version__}.{_REVISION}"
