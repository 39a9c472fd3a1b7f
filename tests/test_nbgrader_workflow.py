"""The trainer's workflow with real nbgrader: generate, autograde, feedback, export, for every assignment.

One course holds the student version of every assignment (written in one process, as binder/postBuild does).
For each assignment, learners hand in:
- in every English assignment, module 01's French one and the pre/post test's forms: the source notebook
  (solutions included: full marks) and the released notebook untouched (0);
- in every assignment: what an app's Submit hands in, right answers (full marks) and wrong ones (0); the answers
  are those tests/app_answers.py checks against the questions, and tests/test_app_browser.py checks that the app
  hands in exactly those cells;
- in assignment 01: answers that pass every visible test and fail some hidden ones.

Each assignment's learners are graded in one run of the course's sandboxed grader (``python -m autograder
grade``, which records through nbgrader's own Autograde converter), except module 01's two assignments, which
stock ``nbgrader autograde`` grades, as formgrader's Autograde button does.
"""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from conftest import REPO, run_tool, tool_env

pytestmark = pytest.mark.slow

SLUG = "01-rules-vs-learning"
EVERY_ASSIGNMENT = sorted(path.name for path in (REPO / "assignments").iterdir() if path.is_dir())
#: Where a learner also hands in the source and the untouched student version: every English assignment, and
#: one French one end to end (a French assignment grades exactly as its English twin: tests/test_caire_notebooks.py
#: compares their graded cells). The pre/post test's forms in French too.
ASSIGNMENTS = [
    name
    for name in EVERY_ASSIGNMENT
    if name.endswith("-en") or name == f"{SLUG}-fr" or name.startswith("literacy-test-")
]
#: Graded by stock ``nbgrader autograde``; the others by the course's sandboxed grader (it needs root).
STOCK_AUTOGRADE = {f"{SLUG}-en", f"{SLUG}-fr"}
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


@pytest.fixture(scope="module")
def course(tmp_path_factory) -> Path:
    """One course with the student version of every assignment, written in one process."""
    course = tmp_path_factory.mktemp("course") / "course"
    run_tool(sys.executable, "-m", "autograder", "student-versions", env=tool_env(CAIRE_COURSE_DIR=str(course)))
    return course


def app_submissions(assignment: str, released: nbformat.NotebookNode) -> dict[str, nbformat.NotebookNode]:
    """What an app's Submit hands in for right answers and for wrong ones."""
    from app_answers import app_answers

    from caire.submission import fill_answers

    right, wrong = app_answers(assignment)
    return {"app-right": fill_answers(released, right), "app-wrong": fill_answers(released, wrong)}


def grade(assignment: str, course: Path) -> None:
    if assignment in STOCK_AUTOGRADE or os.geteuid() != 0:
        nbgrader("autograde", assignment, "--create", course=course)
        return
    env = tool_env(CAIRE_COURSE_DIR=str(course))
    done = run_tool(sys.executable, "-m", "autograder", "grade", assignment, "--json", env=env, timeout=600)
    statuses = {result["student"]: result["status"] for result in json.loads(done.stdout)["results"]}
    assert set(statuses.values()) == {"graded"}, statuses


@pytest.fixture(scope="module")
def grading(course):
    """``grading(assignment)``: the assignment's learners, taken through autograde, feedback and export, once."""
    done: dict[str, dict] = {}

    def graded(assignment: str) -> dict:
        if assignment not in done:
            done[assignment] = grade_assignment(assignment, course)
        return done[assignment]

    return graded


def grade_assignment(assignment: str, course: Path) -> dict:
    name = notebook_name(assignment)
    source = nbformat.read(REPO / "assignments" / assignment / name, as_version=4)
    release_path = course / "release" / assignment / name
    released = nbformat.read(release_path, as_version=4)

    handed_in = app_submissions(assignment, released)
    if assignment in ASSIGNMENTS:
        handed_in |= {"solver": source, "blank": released}
    if assignment.startswith(SLUG):
        handed_in["partial"] = answered(released, PARTIAL_ANSWERS)
    for student, notebook in handed_in.items():
        submit(course, student, assignment, notebook)
    grade(assignment, course)
    nbgrader("generate_feedback", assignment, course=course)
    nbgrader("export", "--to", str(course / "grades.csv"), course=course)

    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{course / 'gradebook.db'}") as gradebook:
        scores = {
            student: (
                gradebook.find_submission(assignment, student).score,
                gradebook.find_submission(assignment, student).max_score,
            )
            for student in handed_in
        }
        autograded = nbformat.read(course / "autograded" / "app-right" / assignment / name, as_version=4)
    return {
        "assignment": assignment,
        "course": course,
        "source": source,
        "students": list(handed_in),
        "released_text": release_path.read_text(encoding="utf-8"),
        "scores": scores,
        "app_mode": autograded.metadata.get("caire", {}).get("mode"),
    }


@pytest.fixture
def graded(assignment, grading) -> dict:
    return grading(assignment)


every_assignment = pytest.mark.parametrize("assignment", EVERY_ASSIGNMENT)
#: Tests of the source and the untouched student version: the assignments where they are handed in.
in_source_assignments = pytest.mark.parametrize("assignment", ASSIGNMENTS)


@in_source_assignments
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


@every_assignment
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


def trainer_points(source: nbformat.NotebookNode) -> float:
    """The points a trainer gives by hand in formgrader: open questions' task cells (module 17's)."""
    return sum(cell.metadata.nbgrader.points for cell in source.cells if cell.metadata.get("nbgrader", {}).get("task"))


@in_source_assignments
def test_solutions_get_full_marks(graded):
    """Every automatic point; the open questions wait for their trainer (tests/test_open_answer.py)."""
    score, max_score = graded["scores"]["solver"]
    assert max_score >= 4
    assert score == max_score - trainer_points(graded["source"])


@in_source_assignments
def test_untouched_student_version_gets_zero(graded):
    score, max_score = graded["scores"]["blank"]
    assert max_score >= 4
    assert score == 0, "a test cell passes on a blank notebook"


@pytest.mark.parametrize("assignment", sorted(STOCK_AUTOGRADE))
def test_hidden_tests_decide_the_partial_grade(graded):
    score, _ = graded["scores"]["partial"]
    assert score == 1, "only question 3 is right: visible tests alone must not earn points"


@every_assignment
def test_apps_right_answers_earn_full_marks_and_wrong_ones_zero(graded):
    """What Submit hands in grades like a notebook: full marks for right answers, zero for wrong ones."""
    from app_answers import app_answers, exercise_module
    from app_answers import graded as earns_points

    ex = exercise_module(graded["assignment"].rsplit("-", 1)[0])
    right, _ = app_answers(graded["assignment"])
    points = sum(earns_points(ex.question(question_id)) for question_id in right)  # the pre/post survey: 0 points
    right_score, max_score = graded["scores"]["app-right"]
    assert right_score == points == max_score - trainer_points(graded["source"]), graded["scores"]
    assert graded["scores"]["app-wrong"][0] == 0, graded["scores"]
    assert graded["app_mode"] == "app", "the gradebook side must know this came from an app"


@every_assignment
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


@pytest.mark.parametrize("assignment", sorted(STOCK_AUTOGRADE))
def test_feedback_keeps_the_learner_facing_message_of_a_failed_hidden_test(graded):
    course, assignment = graded["course"], graded["assignment"]
    html = next((course / "feedback" / "partial" / assignment).glob("*.html")).read_text(encoding="utf-8")
    assert "AssertionError" in html
    assert "83%" in html, "the learner should read why question 1 failed on unseen wines"


@every_assignment
def test_exported_csv_has_every_grade(graded):
    with (graded["course"] / "grades.csv").open(newline="") as handle:
        rows = {row["student_id"]: row for row in csv.DictReader(handle) if row["assignment"] == graded["assignment"]}
    # The course's other learners have a row too (no submission for this assignment: score 0).
    assert set(graded["students"]) <= set(rows)
    for student, (score, _) in graded["scores"].items():
        assert float(rows[student]["score"]) == pytest.approx(score)


@every_assignment
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
