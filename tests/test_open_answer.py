"""Module 17's open question, graded by a trainer in nbgrader's formgrader, from the learner to the research export.

The learner writes an answer in the app (what Submit hands in, tests/test_app_browser.py); the course's grader
grades the automatic questions and leaves the open one to the trainer; the trainer reads the answer next to the
rubric in formgrader (a real Jupyter server with nbgrader's extension) and gives a score through formgrader's
API, as its page does; that score reaches the learner's feedback (without the rubric) and the research export.
The rubric never reaches a learner: not in the student version, the app or the feedback.
"""

from __future__ import annotations

import json
import os
import sys

import nbformat
import pytest
from app_answers import OPEN_ANSWER as ANSWER
from conftest import REPO, Formgrader, run_tool, tool_env

pytestmark = pytest.mark.slow

SLUG = "17-ai-in-my-work"
QUESTION = "q6_my_own_task"
RUBRIC = {"en": "Rubric for trainers", "fr": "Grille pour les formateurs"}


def test_the_rubric_reaches_no_learner_in_the_student_version_or_the_app(tmp_path):
    course = tmp_path / "course"
    run_tool(sys.executable, "-m", "autograder", "student-versions", f"{SLUG}-en", f"{SLUG}-fr",
        env=tool_env(CAIRE_COURSE_DIR=str(course)))  # fmt: skip
    for language in ("en", "fr"):
        source = (REPO / "assignments" / f"{SLUG}-{language}" / f"{SLUG}.ipynb").read_text(encoding="utf-8")
        assert RUBRIC[language] in source, "the rubric belongs to the assignment's source (trainers' material)"
        released = (course / "release" / f"{SLUG}-{language}" / f"{SLUG}.ipynb").read_text(encoding="utf-8")
        app = (REPO / "apps" / language / f"{SLUG}.ipynb").read_text(encoding="utf-8")
        for what, text in (("student version", released), ("app", app)):
            assert RUBRIC[language] not in text and "MARK SCHEME" not in text, f"the rubric is in the {what}"
        cells = nbformat.reads(released, as_version=4).cells
        task = next(cell for cell in cells if cell.metadata.get("nbgrader", {}).get("grade_id") == QUESTION)
        assert task.metadata.nbgrader.task and task.metadata.nbgrader.points == 4
        answer_cell = cells[cells.index(task) + 2]
        assert answer_cell.metadata.caire.answer_to == QUESTION, "the learner's text cell follows the instructions"
        app_sources = [cell.source for cell in nbformat.reads(app, as_version=4).cells]
        assert f'show_question(ex, "{QUESTION}")' in app_sources, "the app shows the open question's card"


def test_the_trainer_grades_the_open_answer_in_formgrader_and_the_score_reaches_feedback_and_export(tmp_path):
    from caire.submission import fill_answers

    assignment = f"{SLUG}-en"
    course = tmp_path / "course"
    env = tool_env(CAIRE_COURSE_DIR=str(course))
    run_tool(sys.executable, "-m", "autograder", "student-versions", assignment, env=env)
    released_path = course / "release" / assignment / f"{SLUG}.ipynb"
    released = nbformat.read(released_path, as_version=4)
    # Five learners (the export shows no cohort under five): one wrote the open answer.
    learners = {"learner-a": {QUESTION: ANSWER, "q1_exposure_meaning": "a"}}
    learners |= {f"learner-{name}": {"q1_exposure_meaning": "a"} for name in "bcde"}
    for learner, answers in learners.items():
        folder = course / "submitted" / learner / assignment
        folder.mkdir(parents=True)
        nbformat.write(fill_answers(released, answers), folder / released_path.name)
        (folder / "timestamp.txt").write_text("2026-12-01 10:00:00.000000 UTC")
    if os.geteuid() == 0:
        graded = json.loads(run_tool(sys.executable, "-m", "autograder", "grade", assignment, "--json", env=env).stdout)
        assert {result["status"] for result in graded["results"]} == {"graded"}, graded
    else:
        run_tool("nbgrader", "autograde", assignment, "--create", env=env)

    server = Formgrader(course, tmp_path / "formgrader.log")
    try:
        status, body = server.call("GET", f"/formgrader/api/submission/{assignment}/learner-a")
        assert status == 200, body
        submission = json.loads(body)
        assert submission["needs_manual_grade"] is True
        assert (submission["score"], submission["max_score"]) == (0.0, 9.0), submission
        notebook_id = next(
            item["id"]
            for item in json.loads(server.call("GET", f"/formgrader/api/submitted_notebooks/{assignment}/{SLUG}")[1])
            if item["student"] == "learner-a"
        )
        # What the trainer reads in formgrader: the learner's answer and the rubric, side by side.
        status, page = server.call("GET", f"/formgrader/submissions/{notebook_id}/")
        assert status == 200, page[:2000]
        assert RUBRIC["en"] in page and "monthly summary of customer complaints" in page
        grades = json.loads(server.call("GET", f"/formgrader/api/grades?submission_id={notebook_id}")[1])
        grade = next(one for one in grades if one["name"] == QUESTION)
        assert grade["needs_manual_grade"] and grade["max_score"] == 4.0 and grade["auto_score"] is None
        status, body = server.call("PUT", f"/formgrader/api/grade/{grade['id']}", {"manual_score": 3.5})
        assert status == 200, body
        status, body = server.call("GET", f"/formgrader/api/submission/{assignment}/learner-a")
        assert json.loads(body)["score"] == 3.5 and json.loads(body)["needs_manual_grade"] is False, body
    finally:
        server.stop()

    run_tool("nbgrader", "generate_feedback", assignment, env=env)
    feedback = next((course / "feedback" / "learner-a" / assignment).glob("*.html")).read_text(encoding="utf-8")
    assert "monthly summary of customer complaints" in feedback and "3.5" in feedback
    assert RUBRIC["en"] not in feedback and "MARK SCHEME" not in feedback, "the rubric reached the learner"

    from autograder import research

    (course / research.CONSENT_FILE).write_text(
        "student_id,consent,group\n" + "".join(f"{one},yes,\n" for one in learners)
    )
    key = research.init_key(tmp_path / "keys" / "caire" / "research.key")
    out = tmp_path / "export"
    assert research.main(["export", "--out", str(out), "--key-file", str(key), "--course", str(course)]) == 0
    import pandas as pd

    rows = pd.read_csv(out / "learning_data.csv")
    open_rows = rows[rows["question"] == QUESTION]
    assert sorted(zip(open_rows["score"], open_rows["needs_manual_grade"])) == [(0.0, True)] * 4 + [(3.5, False)], (
        open_rows
    )
    assert set(open_rows["max_score"]) == {4.0}
