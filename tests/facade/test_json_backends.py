"""The JSON decoders give the same values and the same errors, seen through the SDK: orjson's
(the default install's, on CPython where orjson has wheels) and the standard library's
(``OWUI_SDK_JSON=stdlib``, or orjson not installed)."""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
from importlib.metadata import requires
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = r"""
import json, sys
if sys.argv[1:] == ["block"]:
    sys.modules["orjson"] = None  # as if not installed: `import orjson` raises ImportError
import httpx
assert sys.modules.get("orjson") is None
from owui_sdk import OpenWebUI
from owui_sdk.errors import APIResponseValidationError

bodies = [b'{"version": "0.12.4", "n": [1, 2.5, true, null, "\\u00e9"]}', b'  [1]  ',
          b'', b'{', b'{"a": 1} x', b'nul', b'"\xff"']
out = []
for body in bodies:
    def handler(request, body=body):
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})
    with OpenWebUI("http://x.test", api_key="k",
                   http_client=httpx.Client(transport=httpx.MockTransport(handler))) as client:
        try:
            out.append(["ok", client.system.get_app_changelog()])
        except APIResponseValidationError as exc:
            out.append(["invalid", isinstance(exc.__cause__, ValueError)])
print(json.dumps({"backend": "orjson" if sys.modules.get("orjson") else "json", "out": out}))
"""

EXPECTED = [
    ["ok", {"version": "0.12.4", "n": [1, 2.5, True, None, "é"]}],
    ["ok", [1]],
    ["ok", None],
    ["invalid", True],
    ["invalid", True],
    ["invalid", True],
    ["invalid", True],
]


def run(env_json: str | None = None, *args: str) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if k != "OWUI_SDK_JSON"}
    if env_json:
        env["OWUI_SDK_JSON"] = env_json
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, *args], capture_output=True, text=True, env=env, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    value: dict[str, object] = json.loads(result.stdout)
    return value


def test_the_default_install_decodes_with_orjson() -> None:
    # The package's metadata asks for orjson on this interpreter (CPython on a platform with
    # orjson's wheels), and the SDK then decodes with it, without being told to.
    (orjson,) = [
        requirement
        for requirement in map(Requirement, requires("owui-sdk") or [])
        if requirement.name == "orjson" and "extra" not in str(requirement.marker)
    ]
    assert orjson.marker is not None
    assert orjson.marker.evaluate() == (platform.python_implementation() == "CPython")
    assert run()["backend"] == "orjson"


def test_orjson_and_the_standard_library_agree() -> None:
    fast, stdlib = run(), run("stdlib")
    assert (fast["backend"], stdlib["backend"]) == ("orjson", "json")
    assert fast["out"] == stdlib["out"] == EXPECTED


def test_without_orjson_the_standard_library_decodes_alike() -> None:
    missing, stdlib = run(None, "block"), run("stdlib")
    assert (missing["backend"], stdlib["backend"]) == ("json", "json")
    assert missing["out"] == stdlib["out"] == EXPECTED
