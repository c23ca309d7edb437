"""The Open WebUI release the package targets is written once (``owui_sdk.__openwebui_version__``)
and everything that names it reads it or agrees with it."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from codegen.set_version import main as set_version_main
from codegen.set_version import rename_release, set_version

import owui_sdk
from tests import server

ROOT = Path(__file__).resolve().parents[2]


def test_package_version_is_the_target_and_a_revision() -> None:
    target, _, revision = owui_sdk.__version__.rpartition(".")
    assert target == owui_sdk.__openwebui_version__
    assert revision.isdigit()


def test_makefile_reads_the_version_file() -> None:
    out = subprocess.run(
        ["make", "-s", "--no-print-directory", "openwebui-version"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == owui_sdk.__openwebui_version__


def test_test_server_and_benchmarks_read_the_package() -> None:
    assert owui_sdk.__openwebui_version__ == server.OPENWEBUI_VERSION
    assert f"open-webui-{server.SERVER_VERSION}" in str(server.DEFAULT_OWUI_PYTHON)
    fanout = (ROOT / "benchmarks" / "fanout.py").read_text()
    assert "__openwebui_version__" in fanout
    assert not re.search(r"\b0\.\d+\.\d+\b", fanout)


def test_readme_names_the_targeted_release() -> None:
    readme = (ROOT / "README.md").read_text()
    named = set(re.findall(r"targets \*\*Open WebUI (\d+\.\d+\.\d+)\*\*", readme))
    assert named == {owui_sdk.__openwebui_version__}


def test_docs_pages_read_the_version_instead_of_naming_it() -> None:
    index = (ROOT / "docs" / "index.md").read_text()
    assert "targets **Open WebUI {{ openwebui_version }}**" in index
    assert "targets **Open WebUI 0." not in index


def test_set_version_resets_the_revision_for_a_new_release() -> None:
    text = '__openwebui_version__ = "0.12.4"\n_REVISION = 3\n'
    assert set_version(text, "0.12.5") == '__openwebui_version__ = "0.12.5"\n_REVISION = 0\n'
    assert set_version(text, "0.12.4") == text


def test_set_version_refuses_what_is_not_a_release() -> None:
    text = '__openwebui_version__ = "0.12.4"\n_REVISION = 0\n'
    for bad in ("0.12", "latest", "0.12.4; rm"):
        try:
            set_version(text, bad)
        except ValueError:
            continue
        raise AssertionError(f"{bad!r} was accepted")


def test_rename_release_changes_only_that_release() -> None:
    text = "targets **Open WebUI 0.12.4**: `0.12.4.N`; not 0.12.45, 10.12.4 or 0.12.5."
    assert rename_release(text, "0.12.4", "0.11.4") == (
        "targets **Open WebUI 0.11.4**: `0.11.4.N`; not 0.12.45, 10.12.4 or 0.12.5."
    )


def test_set_version_rewrites_the_version_file_and_the_readme(tmp_path: Path) -> None:
    version_file = tmp_path / "_version.py"
    version_file.write_text('"""x"""\n\n__openwebui_version__ = "0.12.4"\n_REVISION = 2\n')
    readme = tmp_path / "README.md"
    readme.write_text("This release targets **Open WebUI 0.12.4**.\n")
    args = ["0.11.4", "--file", str(version_file), "--readme", str(readme)]
    assert set_version_main(args) == 0
    assert '__openwebui_version__ = "0.11.4"\n_REVISION = 0\n' in version_file.read_text()
    assert readme.read_text() == "This release targets **Open WebUI 0.11.4**.\n"
    assert set_version_main(["latest", "--file", str(version_file), "--readme", str(readme)]) == 2
