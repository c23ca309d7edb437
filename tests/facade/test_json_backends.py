"""Both JSON decoders give the same values and the same errors, seen through the SDK: the
standard library's (``OWUI_SDK_JSON=stdlib``, or orjson not installed) and orjson's."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = r"""
import json, sys, httpx
assert "orjson" not in sys.modules
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
            out.append(["ok", client.system.get_app_version()])
        except APIResponseValidationError as exc:
            out.append(["invalid", isinstance(exc.__cause__, ValueError)])
import sys
print(json.dumps({"backend": "orjson" if "orjson" in sys.modules else "json", "out": out}))
"""


def run(env_json: str | None) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if k != "OWUI_SDK_JSON"}
    if env_json:
        env["OWUI_SDK_JSON"] = env_json
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    value: dict[str, object] = json.loads(result.stdout)
    return value


def test_both_decoders_agree() -> None:
    pytest.importorskip("orjson", reason="the speed extra is a dev dependency")
    fast, stdlib = run(None), run("stdlib")
    assert (fast["backend"], stdlib["backend"]) == ("orjson", "json")
    assert fast["out"] == stdlib["out"]
    outcomes = [entry[0] for entry in stdlib["out"]]  # type: ignore[attr-defined]
    assert outcomes == ["ok", "ok", "ok", "invalid", "invalid", "invalid", "invalid"]
    assert stdlib["out"][0][1] == {"version": "0.12.4", "n": [1, 2.5, True, None, "é"]}  # type: ignore[index]
