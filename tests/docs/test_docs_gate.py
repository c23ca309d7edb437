"""``make docs`` fails on a warning: a copy of the site's configuration (``INHERIT``: the same
theme, plugins, griffe extension and link validation) builds, through the Makefile's own
recipe, a page with a broken link, or a docstring that documents a parameter its function does
not take; each alone fails the build. The same copy without either builds, so the failure is
theirs."""

from __future__ import annotations

import os
import subprocess
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PAGE = """# A page

{link}

::: faulty.area
    options:
      show_source: false
"""

MODULE = '''
def area(width: int, height: int) -> int:
    """The area of a rectangle.

    Args:
        width: Its width.
        height: Its height.
{extra}
    """
    return width * height
'''


def build(tmp_path: Path, *, link: bool, griffe: bool) -> subprocess.CompletedProcess[str]:
    (tmp_path / "docs").mkdir()
    # The griffe extension is named relative to the configuration's folder.
    (tmp_path / "docs" / "_griffe").symlink_to(ROOT / "docs" / "_griffe")
    (tmp_path / "src" / "faulty").mkdir(parents=True)
    text = "See [the other page](missing.md)." if link else "No link."
    (tmp_path / "docs" / "index.md").write_text(PAGE.format(link=text), encoding="utf-8")
    extra = "        depth (int): A parameter area() does not take." if griffe else ""
    source = textwrap.dedent(MODULE).format(extra=extra)
    (tmp_path / "src" / "faulty" / "__init__.py").write_text(source, encoding="utf-8")
    # The real configuration, less its nav and the hooks that build owui-sdk's own pages.
    (tmp_path / "mkdocs.yml").write_text(
        f"INHERIT: {ROOT / 'mkdocs.yml'}\nnav: [index.md]\nhooks: []\n", encoding="utf-8"
    )
    return subprocess.run(
        [
            "make",
            "--no-print-directory",
            "docs-build",
            f"MKDOCS_CONFIG={tmp_path / 'mkdocs.yml'}",
            f"SITE={tmp_path / 'site'}",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        check=False,
    )


def test_a_broken_link_fails_the_build(tmp_path: Path) -> None:
    result = build(tmp_path, link=True, griffe=False)
    out = result.stdout + result.stderr
    assert result.returncode != 0, out
    assert "contains a link 'missing.md', but the target is not found" in out, out
    assert "Aborted with 1 warnings in strict mode" in out, out


def test_a_griffe_warning_fails_the_build(tmp_path: Path) -> None:
    result = build(tmp_path, link=False, griffe=True)
    out = result.stdout + result.stderr
    assert result.returncode != 0, out
    assert "griffe:" in out and "Parameter 'depth' does not appear" in out, out
    assert "Aborted with 1 warnings in strict mode" in out, out


def test_the_same_copy_without_the_faults_builds(tmp_path: Path) -> None:
    result = build(tmp_path, link=False, griffe=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / "site" / "index.html").is_file()
