"""The trainer's workflow with real nbgrader: generate, autograde, feedback, export, for every assignment.

For each assignment in assignments/ (every module in English, module 01 in French too), students submit: one hands in the
source notebook (solutions included: must get full marks), one hands in the released notebook
untouched (must get 0). For assignment 01 a third answers so that every visible test passes and some
hidden tests fail (no point for those, and feedback must not reveal the hidden tests).
"""

from __future__ import annotations

import csv
import json
import re
import shutil
import subprocess
from pathlib import Path

import nbformat
import pytest
from conftest import REPO, tool_env

pytestmark = pytest.mark.slow

SLUG = "01-rules-vs-learning"
#: Every English assignment, and one French one end to end: a French assignment grades exactly as its English
#: twin (tests/test_caire_notebooks.py compares their graded cells), and each one is still executed and graded
#: with right and wrong answers in tests/test_app_submit.py. The pre/post test's forms in French too.
ASSIGNMENTS = sorted(
    path.name
    for path in (REPO / "assignments").iterdir()
    if path.is_dir()
    and (path.name.endswith("-en") or path.name == f"{SLUG}-fr" or path.name.startswith("literacy-test-"))
)
SOLUTION = re.compile(r"### BEGIN SOLUTION\n(.*?)### END SOLUTION", re.S)
HIDDEN = re.compile(r"### BEGIN HIDDEN TESTS\n(.*?)### END HIDDEN TESTS", re.S)

# Answers that pass every visible test and fail the hidden ones, except question 3 (right).
PARTIAL_ANSWERS = {
    "q1_answer": "proline_threshold = 1025  # right on 93% of training wines, 83% of unseen ones",
    "q2_answer": 'reply = "a"  # trusts a perfect training score',
    "q3_answer": 'measurements_used = {"proline", "flavanoids"}',
    "q4_answer": 'statement = "a"',
    "q5_answer": 'learned_tasks = {"a", "b"}  # one learned task, one that the contract settles',
}


def nbgrader(*args: str, course: Path, cwd: Path = REPO, exchange: Path | None = None) -> subprocess.CompletedProcess:
    """Run a real nbgrader command from the repository, as a trainer would (or from ``cwd``, as a student)."""
    extra = {"CAIRE_COURSE_DIR": str(course)}
    if exchange is not None:
        extra["CAIRE_EXCHANGE_DIR"] = str(exchange)
    result = subprocess.run(
        ["nbgrader", *args],
        cwd=cwd,
        env=tool_env(**extra),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, f"nbgrader {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}"
    return result


def hidden_lines(notebook: nbformat.NotebookNode) -> list[str]:
    return [
        line.strip()
        for cell in notebook.cells
        for block in HIDDEN.findall(cell.source)
        for line in block.splitlines()
        if line.strip()
    ]


def solution_lines(notebook: nbformat.NotebookNode) -> list[str]:
    return [
        line.strip()
        for cell in notebook.cells
        for block in SOLUTION.findall(cell.source)
        for line in block.splitlines()
        if line.strip()
    ]


def answered(released: nbformat.NotebookNode, answers: dict[str, str]) -> nbformat.NotebookNode:
    """The released notebook with each answer cell's stub replaced, as a student would edit it."""
    notebook = nbformat.from_dict(json.loads(json.dumps(released)))
    for cell in notebook.cells:
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
        if grade_id in answers:
            cell.source = answers[grade_id]
    return notebook


def notebook_name(assignment: str) -> str:
    notebooks = sorted((REPO / "assignments" / assignment).glob("*.ipynb"))
    assert len(notebooks) == 1, f"{assignment} must hold exactly one notebook"
    return notebooks[0].name


def submit(course: Path, student: str, assignment: str, notebook: nbformat.NotebookNode) -> None:
    folder = course / "submitted" / student / assignment
    folder.mkdir(parents=True)
    nbformat.write(notebook, folder / notebook_name(assignment))
    (folder / "timestamp.txt").write_text("2026-11-20 10:00:00.000000 UTC")


@pytest.fixture(scope="module", params=ASSIGNMENTS)
def graded(request, tmp_path_factory):
    """One course per assignment, taken through generate, autograde, feedback and export."""
    assignment = request.param
    name = notebook_name(assignment)
    course = tmp_path_factory.mktemp(f"course-{assignment}")
    source = nbformat.read(REPO / "assignments" / assignment / name, as_version=4)

    nbgrader("generate_assignment", assignment, "--force", course=course)
    release_path = course / "release" / assignment / name
    released = nbformat.read(release_path, as_version=4)

    students = ["solver", "blank"]
    submit(course, "solver", assignment, source)
    submit(course, "blank", assignment, released)
    if assignment.startswith(SLUG):
        students.append("partial")
        submit(course, "partial", assignment, answered(released, PARTIAL_ANSWERS))
    nbgrader("autograde", assignment, "--create", course=course)
    nbgrader("generate_feedback", assignment, course=course)
    nbgrader("export", "--to", str(course / "grades.csv"), course=course)

    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        scores = {
            student: (
                gradebook.find_submission(assignment, student).score,
                gradebook.find_submission(assignment, student).max_score,
            )
            for student in students
        }
    return {
        "assignment": assignment,
        "course": course,
        "source": source,
        "students": students,
        "released_text": release_path.read_text(encoding="utf-8"),
        "scores": scores,
    }


def test_source_assignment_has_at_least_four_graded_questions_with_docstrings(graded):
    tests = [cell for cell in graded["source"].cells if cell.metadata.get("nbgrader", {}).get("grade")]
    assert len(tests) >= 4
    for cell in tests:
        assert cell.source.lstrip().startswith('"""'), f"test cell {cell.metadata.nbgrader.grade_id} has no docstring"
        if graded["assignment"].startswith("literacy-test-") and cell.metadata.nbgrader.grade_id[0] in "sp":
            # The pre/post test's survey (no right answer): 0 points, a visible check that the answer is usable.
            assert cell.metadata.nbgrader.points == 0 and not HIDDEN.search(cell.source)
            continue
        assert HIDDEN.search(cell.source), f"test cell {cell.metadata.nbgrader.grade_id} has no hidden test"
        assert 0 < cell.metadata.nbgrader.points <= 2


def test_released_notebook_contains_no_solution_and_no_hidden_test(graded):
    text = graded["released_text"]
    released = nbformat.reads(text, as_version=4)
    sources = "\n".join(cell.source for cell in released.cells)
    assert "BEGIN SOLUTION" not in text and "BEGIN HIDDEN TESTS" not in text
    for line in solution_lines(graded["source"]):
        assert line not in sources, f"solution line leaked into the student version: {line}"
    for line in hidden_lines(graded["source"]):
        assert line not in sources, f"hidden test leaked into the student version: {line}"
    assert "raise NotImplementedError()" in sources


def test_solutions_get_full_marks(graded):
    score, max_score = graded["scores"]["solver"]
    assert max_score >= 4
    assert score == max_score


def test_untouched_student_version_gets_zero(graded):
    score, max_score = graded["scores"]["blank"]
    assert max_score >= 4
    assert score == 0, "a test cell passes on a blank notebook"


def test_hidden_tests_decide_the_partial_grade(graded):
    if "partial" not in graded["scores"]:
        pytest.skip("partial answers are written for assignment 01")
    score, _ = graded["scores"]["partial"]
    assert score == 1, "only question 3 is right: visible tests alone must not earn points"


def test_feedback_shows_no_hidden_test(graded):
    course, assignment = graded["course"], graded["assignment"]
    hidden = hidden_lines(graded["source"])
    assert hidden
    for student in graded["students"]:
        pages = list((course / "feedback" / student / assignment).glob("*.html"))
        assert pages, f"no feedback for {student}"
        html = pages[0].read_text(encoding="utf-8")
        for line in hidden:
            call = line.split("(", 1)[1] if "(" in line else line
            assert line not in html and call not in html.replace("&quot;", '"'), (
                f"hidden test visible in {student}'s feedback: {line}"
            )
        assert "HIDDEN TESTS" not in html


def test_feedback_keeps_the_learner_facing_message_of_a_failed_hidden_test(graded):
    if "partial" not in graded["scores"]:
        pytest.skip("partial answers are written for assignment 01")
    course, assignment = graded["course"], graded["assignment"]
    html = next((course / "feedback" / "partial" / assignment).glob("*.html")).read_text(encoding="utf-8")
    assert "AssertionError" in html
    assert "83%" in html, "the learner should read why question 1 failed on unseen wines"


def test_exported_csv_has_every_grade(graded):
    with (graded["course"] / "grades.csv").open(newline="") as handle:
        rows = {row["student_id"]: row for row in csv.DictReader(handle) if row["assignment"] == graded["assignment"]}
    assert set(rows) == set(graded["students"])
    for student, (score, _) in graded["scores"].items():
        assert float(rows[student]["score"]) == pytest.approx(score)


def test_course_data_stays_outside_the_repository_and_private(graded):
    course = graded["course"]
    assert (course / "gradebook.db").exists()
    assert not (REPO / "gradebook.db").exists()
    assert not any((REPO / step).exists() for step in ("release", "submitted", "autograded", "feedback"))
    assert course.stat().st_mode & 0o077 == 0 or shutil.which("nbgrader") is None


def test_release_fetch_submit_collect_through_nbgraders_exchange(tmp_path):
    """The trainer releases, a student fetches, answers and submits, the trainer collects and grades."""
    import getpass

    assignment = f"{SLUG}-en"
    course, exchange, home = tmp_path / "course", tmp_path / "exchange", tmp_path / "student"
    exchange.mkdir(mode=0o777)
    exchange.chmod(0o777)
    home.mkdir()
    nbgrader("generate_assignment", assignment, "--force", course=course, exchange=exchange)
    nbgrader("release_assignment", assignment, "--force", course=course, exchange=exchange)

    student = f"--Exchange.root={exchange}"
    nbgrader("fetch_assignment", assignment, "--course=caire", student, course=course, cwd=home)
    fetched = home / assignment / f"{SLUG}.ipynb"
    source = nbformat.read(REPO / "assignments" / assignment / f"{SLUG}.ipynb", as_version=4)
    right = {
        cell.metadata.nbgrader.grade_id: SOLUTION.search(cell.source).group(1)
        for cell in source.cells
        if cell.metadata.get("nbgrader", {}).get("solution")
    }
    nbformat.write(answered(nbformat.read(fetched, as_version=4), right), fetched)
    nbgrader("submit", assignment, "--course=caire", student, course=course, cwd=home)

    nbgrader("collect", assignment, course=course, exchange=exchange)
    nbgrader("autograde", assignment, "--create", course=course, exchange=exchange)
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        submission = gradebook.find_submission(assignment, getpass.getuser())
        assert submission.max_score >= 4
        assert submission.score == submission.max_score
