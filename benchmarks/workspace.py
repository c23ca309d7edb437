"""``client.workspace`` at scale: pull and apply of 300 models + 300 prompts + 50 tools.

The "server" is the in-memory stand-in of Open WebUI's workspace routes that the unit tests
use (tests/fake_workspace.py), behind an ``httpx.MockTransport``: the figures are the
client's (records listed, written to files, read back, compared, sent), not a server's.
Each case runs in a fresh interpreter (``python benchmarks/workspace.py --child CASE DIR``),
the blocking client.

- Pull: the seeded server into an empty folder: wall time (best of 3), tracemalloc peak,
  requests, and requests per item. Each file is written atomically and fsynced: on a slow
  disk that, not the client, is most of the wall time.
- Apply: that folder onto an empty server (every item created), and then the plan of the
  same folder against the server it was applied to (nothing to do).
- Goal: requests per item under 2 for the pull (the listings are one request per kind; a
  tool's valves have no bulk route, so a tool costs two more reads: its values and, when it
  has some, their spec) and for the apply (one request per item created, plus a tool's
  valves); the re-plan reads the listings again and nothing per item (no N+1 re-reads).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

MODELS, PROMPTS, TOOLS = 300, 300, 50
ITEMS = MODELS + PROMPTS + TOOLS
GOAL_REQUESTS_PER_ITEM = 2.0
ROUNDS = 3
TOOL_SOURCE = (
    '"""A tool of the benchmark."""\n\nfrom pydantic import BaseModel\n\n\nclass Tools:\n'
    "    class Valves(BaseModel):\n        units: str = 'metric'\n\n"
    "    def answer(self, place: str) -> str:\n        return place\n"
)


def seeded() -> Any:
    """A stand-in server with the models, prompts and tools (grants to a group and a user)."""
    from tests.fake_workspace import FakeWorkspaceServer

    fake = FakeWorkspaceServer("a")
    user = fake.add_user("ada@example.com")
    group = fake.add_group("team")
    grants = [
        {"principal_type": "group", "principal_id": group, "permission": "read"},
        {"principal_type": "user", "principal_id": user, "permission": "write"},
    ]
    with _client(fake) as client:
        for n in range(MODELS):
            client.request(
                "POST",
                "/api/v1/models/create",
                json={
                    "id": f"model-{n:03d}",
                    "base_model_id": "llama3",
                    "name": f"Model {n}",
                    "params": {"temperature": 0.5, "system": f"You are model {n}. " * 20},
                    "meta": {"description": f"Model {n}", "tags": [{"name": "bench"}]},
                    "access_grants": grants,
                },
            )
        for n in range(PROMPTS):
            client.request(
                "POST",
                "/api/v1/prompts/create",
                json={
                    "command": f"prompt-{n:03d}",
                    "name": f"Prompt {n}",
                    "content": f"Prompt {n}: summarise {{{{text}}}}.\n" * 10,
                    "access_grants": grants,
                },
            )
        for n in range(TOOLS):
            client.request(
                "POST",
                "/api/v1/tools/create",
                json={
                    "id": f"tool_{n:02d}",
                    "name": f"Tool {n}",
                    "content": TOOL_SOURCE,
                    "meta": {"description": f"Tool {n}"},
                    "access_grants": grants,
                },
            )
            client.request(
                "POST", f"/api/v1/tools/id/tool_{n:02d}/valves/update", json={"units": "imperial"}
            )
    return fake


def empty() -> Any:
    """A stand-in server with the same user and group, and nothing else."""
    from tests.fake_workspace import FakeWorkspaceServer

    fake = FakeWorkspaceServer("b")
    fake.add_user("ada@example.com")
    fake.add_group("team")
    return fake


def _client(fake: Any) -> Any:
    import httpx

    from owui_sdk import OpenWebUI

    return OpenWebUI(
        "http://owui.test",
        api_key="sk-bench",
        http_client=httpx.Client(transport=httpx.MockTransport(fake.handle)),
    )


def _measure(run: Any) -> dict[str, float]:
    best = float("inf")
    for _ in range(ROUNDS):
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    tracemalloc.start()
    run()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return {"wall_s": best, "peak_mb": peak / 1e6}


def child(case: str, folder: Path) -> dict[str, Any]:
    """One case, in this interpreter: its figures."""
    only = ["models", "prompts", "tools"]
    if case == "pull":
        source = seeded()
        with _client(source) as client:
            source.calls.clear()
            client.workspace.pull(folder / "pulled", only=only)
            requests = sum(source.calls.values())
            fresh = iter(range(ROUNDS + 2))
            figures = _measure(
                lambda: client.workspace.pull(folder / f"pulled{next(fresh)}", only=only)
            )
            # Into the folder of the first pull: nothing changed, so nothing is written.
            again = _measure(lambda: client.workspace.pull(folder / "pulled", only=only))
        return {
            **figures,
            "requests": requests,
            "by_route": dict(source.calls.most_common(5)),
            "repull_wall_s": again["wall_s"],
            "repull_peak_mb": again["peak_mb"],
        }
    # apply: onto a fresh empty server each round (every item created each time)
    seeded_client = _client(seeded())
    with seeded_client as client:
        client.workspace.pull(folder / "pulled", only=only)
    target = empty()

    def apply_once() -> None:
        nonlocal target
        target = empty()
        with _client(target) as client:
            report = client.workspace.apply(folder / "pulled", only=only)
        assert report.count("done") == ITEMS, report.count("done")

    target = empty()
    with _client(target) as client:
        client.workspace.apply(folder / "pulled", only=only)
    requests = sum(target.calls.values())
    by_route = dict(target.calls.most_common(5))
    figures = _measure(apply_once)
    with _client(target) as client:
        target.calls.clear()
        plan = client.workspace.plan(folder / "pulled", only=only)
        assert not plan.has_changes
        replan_requests = sum(target.calls.values())
    return {
        **figures,
        "requests": requests,
        "by_route": by_route,
        "replan_requests": replan_requests,
    }


def _run_child(case: str) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="owui-bench-ws-") as folder:
        out = subprocess.run(
            [sys.executable, __file__, "--child", case, folder],
            capture_output=True,
            text=True,
            check=True,
        )
    result: dict[str, Any] = json.loads(out.stdout)
    return result


def run(quick: bool = False) -> dict[str, Any]:
    """Both cases, each in a fresh interpreter; ``quick`` is accepted for the runner (the
    cases are short already)."""
    pull = _run_child("pull")
    apply = _run_child("apply")
    return {
        "items": {"models": MODELS, "prompts": PROMPTS, "tools": TOOLS},
        "pull": {**pull, "requests_per_item": pull["requests"] / ITEMS},
        "apply": {**apply, "requests_per_item": apply["requests"] / ITEMS},
        "goal_requests_per_item": GOAL_REQUESTS_PER_ITEM,
    }


def report(results: dict[str, Any]) -> list[str]:
    """The Markdown section of the benchmark report."""
    pull, apply = results["pull"], results["apply"]
    ok = (
        pull["requests_per_item"] < GOAL_REQUESTS_PER_ITEM
        and apply["requests_per_item"] < GOAL_REQUESTS_PER_ITEM
    )
    return [
        "## Workspaces: pull and apply of 300 models + 300 prompts + 50 tools",
        "",
        "In-memory stand-in of the routes (tests/fake_workspace.py): the client's cost. "
        f"Wall time best of {ROUNDS}, tracemalloc peak.",
        "",
        "| case | wall (s) | peak (MB) | requests | per item |",
        "|---|---|---|---|---|",
        f"| pull | {pull['wall_s']:.2f} | {pull['peak_mb']:.1f} | {pull['requests']} "
        f"| {pull['requests_per_item']:.2f} |",
        f"| pull again, nothing changed | {pull['repull_wall_s']:.2f} "
        f"| {pull['repull_peak_mb']:.1f} | {pull['requests']} "
        f"| {pull['requests_per_item']:.2f} |",
        f"| apply onto an empty server | {apply['wall_s']:.2f} | {apply['peak_mb']:.1f} "
        f"| {apply['requests']} | {apply['requests_per_item']:.2f} |",
        f"| plan again after the apply | | | {apply['replan_requests']} "
        f"| {apply['replan_requests'] / ITEMS:.2f} |",
        "",
        f"Goal: under {GOAL_REQUESTS_PER_ITEM:g} requests per item (a listing per kind, no "
        f"re-read per item but a tool's valves): {'met' if ok else 'MISSED'}.",
        "",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--child", nargs=2, metavar=("CASE", "DIR"))
    args = parser.parse_args()
    if args.child:
        case, folder = args.child
        print(json.dumps(child(case, Path(folder))))
        return
    print("\n".join(report(run())))


if __name__ == "__main__":
    main()
