"""A French assignment's student version says where to answer in French: ``# VOTRE CODE ICI``, not ``# YOUR CODE HERE``.

nbgrader picks ``ClearSolutions``' stub by programming language only; the course's ``generate_assignment`` runs
``autograder.preprocessors.ClearSolutionsInLanguage`` instead, which reads the notebook's ``metadata.caire.language``
(autograder/nbgrader_config.py). Checked here with a real ``nbgrader generate_assignment`` of both languages.
"""

from __future__ import annotations

import subprocess

import nbformat
import pytest
from conftest import REPO, tool_env

from autograder.preprocessors import ClearSolutionsInLanguage
from caire.course import CODE_STUBS, TEXT_STUBS

ASSIGNMENT = "01-rules-vs-learning"


def _solutions(notebook) -> list[str]:
    return [
        cell.source
        for cell in notebook.cells
        if cell.get("metadata", {}).get("nbgrader", {}).get("solution") and cell.cell_type == "code"
    ]


@pytest.fixture(scope="module")
def released(tmp_path_factory) -> dict[str, nbformat.NotebookNode]:
    """The student version of assignment 01 in each language, as `nbgrader generate_assignment` writes it."""
    course = tmp_path_factory.mktemp("course")
    found = {}
    for language in ("fr", "en"):
        made = subprocess.run(
            ["nbgrader", "generate_assignment", f"{ASSIGNMENT}-{language}", "--force"],
            cwd=REPO,
            env=tool_env(CAIRE_COURSE_DIR=str(course)),
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert made.returncode == 0, made.stdout[-2000:] + made.stderr[-2000:]
        path = course / "release" / f"{ASSIGNMENT}-{language}" / f"{ASSIGNMENT}.ipynb"
        found[language] = nbformat.read(path, as_version=4)
    return found


@pytest.mark.slow
def test_generate_assignment_writes_french_stubs_in_a_french_assignment(released):
    french = released["fr"]
    stubs = _solutions(french)
    assert len(stubs) >= 4 and set(stubs) == {CODE_STUBS["fr"]}, stubs
    text = nbformat.writes(french)
    assert "YOUR CODE HERE" not in text and "YOUR ANSWER HERE" not in text
    instructions = "\n".join(cell.source for cell in french.cells if cell.cell_type == "markdown")
    assert "`# VOTRE CODE ICI`" in instructions, "the French instructions name the stub the learner sees"
    assert "BEGIN SOLUTION" not in text and "BEGIN HIDDEN TESTS" not in text


@pytest.mark.slow
def test_an_english_assignment_keeps_nbgraders_english_stub(released):
    english = released["en"]
    assert set(_solutions(english)) == {CODE_STUBS["en"]}
    assert "VOTRE" not in nbformat.writes(english)
    assert len(_solutions(english)) == len(_solutions(released["fr"])), "the same answer cells in both languages"


def _notebook(language: str | None) -> nbformat.NotebookNode:
    notebook = nbformat.v4.new_notebook()
    notebook.metadata["kernelspec"] = {"name": "python3", "language": "python", "display_name": "Python 3"}
    if language:
        notebook.metadata["caire"] = {"language": language}
    solution = {"solution": True, "grade": False, "locked": False, "schema_version": 3, "task": False}
    notebook.cells = [
        nbformat.v4.new_markdown_cell("Answer in the cells that say `# YOUR CODE HERE`."),
        nbformat.v4.new_code_cell(
            "x = 1\n### BEGIN SOLUTION\nx = 2\n### END SOLUTION",
            metadata={"nbgrader": {**solution, "grade_id": "code"}},
        ),
        nbformat.v4.new_markdown_cell("An opinion", metadata={"nbgrader": {**solution, "grade_id": "text"}}),
    ]
    return notebook


def _cleared(language: str | None) -> nbformat.NotebookNode:
    step = ClearSolutionsInLanguage(
        code_stub={"python": CODE_STUBS["en"]},
        text_stub=TEXT_STUBS["en"],
        code_stubs={lang: {"python": stub} for lang, stub in CODE_STUBS.items()},
        text_stubs=dict(TEXT_STUBS),
    )
    notebook, _ = step.preprocess(_notebook(language), {})
    assert step.code_stub == {"python": CODE_STUBS["en"]}, "the stubs are the notebook's, not kept for the next one"
    return notebook


def test_the_preprocessor_picks_the_stubs_of_the_notebooks_language():
    french = _cleared("fr")
    assert french.cells[1].source == f"x = 1\n{CODE_STUBS['fr']}"
    assert french.cells[2].source == TEXT_STUBS["fr"]
    assert french.cells[0].source == "Answer in the cells that say `# VOTRE CODE ICI`."
    for language in ("en", None, "de"):  # English, no language said, a language with no stub: nbgrader's own
        other = _cleared(language)
        assert other.cells[1].source == f"x = 1\n{CODE_STUBS['en']}" and other.cells[2].source == TEXT_STUBS["en"]
        assert "YOUR CODE HERE" in other.cells[0].source


def test_the_course_config_generates_assignments_with_it():
    from nbgrader.apps import NbGraderApp

    app = NbGraderApp()
    app.config_file_paths.append(str(REPO))
    app.load_config_file()
    steps = app.config.GenerateAssignment.preprocessors
    names = [step.__name__ for step in steps]
    assert "ClearSolutionsInLanguage" in names and "ClearSolutions" not in names, names
    assert app.config.ClearSolutionsInLanguage.code_stubs["fr"] == {"python": CODE_STUBS["fr"]}
