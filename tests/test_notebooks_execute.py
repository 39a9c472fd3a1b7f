"""Every notebook of the course runs headless, from a fresh kernel, without an error; none is committed with outputs.

Lessons run here; apps run here only where the browser tests cannot run them in Voila (no chromium)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import nbformat
import pytest
from conftest import REPO, tool_env
from nbclient import NotebookClient

#: Where Debian's chromium is installed, every app is executed by Voila itself and answered in the browser
#: (tests/test_app_browser.py, which checks its widgets appear): running it here again would only add minutes.
BROWSER_RUNS_APPS = shutil.which("chromium") is not None
COURSE_NOTEBOOKS = sorted(
    [
        *REPO.glob("modules/*/*.ipynb"),
        *([] if BROWSER_RUNS_APPS else [*REPO.glob("apps/*/*.ipynb"), *REPO.glob("pages/*/*.ipynb")]),
    ]
)


def execute(path: Path) -> nbformat.NotebookNode:
    """Run the notebook in a fresh kernel, as Voila's renderer and nbgrader do (nbclient)."""
    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(
        notebook, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    )
    client.execute(env=tool_env())
    return notebook


def outputs_of(notebook: nbformat.NotebookNode, kind: str) -> list:
    return [
        output
        for cell in notebook.cells
        if cell.cell_type == "code"
        for output in cell.outputs
        if kind in output.get("data", {})
    ]


def test_the_course_has_lessons_and_apps_in_every_language():
    for folder in ("modules", "apps"):
        assert {path.parent.name for path in REPO.glob(f"{folder}/*/*.ipynb")} == {"en", "fr"}, folder


@pytest.mark.slow
@pytest.mark.parametrize("path", COURSE_NOTEBOOKS, ids=lambda p: str(p.relative_to(REPO)))
def test_notebook_executes_without_error(path, output_write_backs):
    notebook = execute(path)
    assert not output_write_backs, (
        "output captured into an Output widget while the notebook ran: use caire.core.outputs"
    )
    assert outputs_of(notebook, "application/vnd.jupyter.widget-view+json"), "no widget shown"
    if path.parts[-3] in ("modules", "pages"):
        assert outputs_of(notebook, "image/png"), "a lesson shows at least one plot"
    figures = [output for output in outputs_of(notebook, "text/html") if "caire-figure" in output["data"]["text/html"]]
    assert len(figures) >= len(outputs_of(notebook, "image/png")), "every figure is shown with its text alternative"
    assert all(re.search(r'<img [^>]*alt="[^"]{20,}"', output["data"]["text/html"]) for output in figures)


def tracked_notebooks() -> list[Path]:
    listed = subprocess.run(["git", "ls-files", "*.ipynb"], cwd=REPO, capture_output=True, text=True)
    if listed.returncode != 0:
        pytest.skip("not a git checkout")
    return [REPO / name for name in listed.stdout.split()]


def test_tracked_notebooks_carry_no_outputs():
    notebooks = tracked_notebooks()
    assert notebooks, "no notebook tracked by git"
    for path in notebooks:
        data = json.loads(path.read_text(encoding="utf-8"))
        for cell in data["cells"]:
            if cell["cell_type"] == "code":
                assert cell["outputs"] == [] and cell["execution_count"] is None, f"{path} has outputs"
