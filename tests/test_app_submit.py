"""An app's Submit button makes a real nbgrader submission that the grader scores like a notebook.

Trainer: generate and release assignment 01 into a temporary exchange. Learner: answers in the Voila
app with Debian's chromium and presses Submit (the app runs ``nbgrader submit`` as the server's user).
Trainer: collect, grade with the sandboxed grader. Right widget answers earn full marks; wrong, zero.
What Submit hands in for every other assignment is graded in tests/test_nbgrader_workflow.py.
"""

from __future__ import annotations

import getpass
import json
import os
import subprocess
import sys

import pytest
from conftest import REPO, run_tool, tool_env
from test_app_browser import CLICK_FEEDBACK, AppPage, running_voila

from caire.core.i18n import t

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.timeout(240)]

ASSIGNMENT = "01-rules-vs-learning-en"
ASSIGNMENTS = sorted(path.name for path in (REPO / "assignments").iterdir() if path.is_dir())


def run(*command: str, env: dict) -> subprocess.CompletedProcess:
    """A command of the course; the grader's exit code 1 (some submission not graded) is read from its summary."""
    return run_tool(*command, env=env, timeout=180, exit_codes=(0, 1))


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    if os.geteuid() != 0:
        pytest.skip("the sandboxed grader runs as root")
    base = tmp_path_factory.mktemp("submit")
    exchange = base / "exchange"
    exchange.mkdir()
    exchange.chmod(0o777)
    env = tool_env(CAIRE_COURSE_DIR=str(base / "course"), CAIRE_EXCHANGE_DIR=str(exchange))
    run("nbgrader", "generate_assignment", ASSIGNMENT, "--force", env=env)
    run("nbgrader", "release_assignment", ASSIGNMENT, "--force", env=env)
    with running_voila(base, {key: env[key] for key in ("CAIRE_COURSE_DIR", "CAIRE_EXCHANGE_DIR")}) as server:
        yield env, server


def grade(env: dict) -> dict:
    run("nbgrader", "collect", ASSIGNMENT, "--update", env=env)
    done = run(sys.executable, "-m", "autograder", "grade", ASSIGNMENT, "--json", "--regrade", env=env)
    summary = json.loads(done.stdout)
    return {result["student"]: result for result in summary["results"]}


def answer_and_submit(app: AppPage, right: bool) -> None:
    from playwright.sync_api import expect

    app.set_slider("q1_hand_rule", 760 if right else 1500, step=5)
    app.choose("q2_which_tree", "c" if right else "a")
    ticks = ("proline", "flavanoids") if right else ("alcohol",)
    for measurement in ticks:
        app.card("q3_measurements_used").get_by_label(
            __import__("caire.modules.rules_vs_learning.data", fromlist=["x"]).measurement_label(measurement, "en"),
            exact=True,
        ).check()
    app.choose("q4_what_learning_means", "b" if right else "a")
    for task in ("a", "d", "f") if right else ("b", "c"):
        app.card("q5_rules_or_learning").get_by_label(
            t(f"q5_rules_or_learning.option.{task}", "en"), exact=True
        ).check()
    app.page.get_by_role("button", name="Submit my answers").click()
    expect(app.page.locator(".caire-submitted")).to_contain_text("Submitted: 5 of 5", timeout=CLICK_FEEDBACK * 4000)


def test_right_answers_in_the_app_earn_full_marks_and_wrong_ones_zero(course, browser):
    env, server = course
    student = getpass.getuser()

    app = AppPage(
        browser,
        server,
        "en",
        cards=(
            "q1_hand_rule",
            "q2_which_tree",
            "q3_measurements_used",
            "q4_what_learning_means",
            "q5_rules_or_learning",
        ),
    )
    try:
        answer_and_submit(app, right=True)
    finally:
        app.close()
    graded = grade(env)[student]
    assert graded["status"] == "graded", graded
    assert (graded["score"], graded["max_score"]) == (5.0, 5.0), graded

    app = AppPage(
        browser,
        server,
        "en",
        cards=(
            "q1_hand_rule",
            "q2_which_tree",
            "q3_measurements_used",
            "q4_what_learning_means",
            "q5_rules_or_learning",
        ),
    )
    try:
        answer_and_submit(app, right=False)
    finally:
        app.close()
    graded = grade(env)[student]
    assert (graded["score"], graded["max_score"]) == (0.0, 5.0), graded


def test_without_an_exchange_the_app_offers_the_filled_notebook(tmp_path, monkeypatch):
    """Binder has no exchange: Submit hands back the student version with the answers, no solution.

    As binder/postBuild does, the student versions come from `python -m autograder student-versions`."""
    import nbformat

    from caire.submission import submit_answers

    course = tmp_path / "course"
    env = tool_env(CAIRE_COURSE_DIR=str(course), CAIRE_EXCHANGE_DIR=str(tmp_path / "none"))
    run(sys.executable, "-m", "autograder", "student-versions", env=env)
    assert sorted(path.name for path in (course / "release").iterdir()) == ASSIGNMENTS
    monkeypatch.setenv("CAIRE_COURSE_DIR", str(course))
    monkeypatch.setenv("CAIRE_EXCHANGE_DIR", str(tmp_path / "none"))
    result = submit_answers(ASSIGNMENT, {"q4_what_learning_means": "b", "q1_hand_rule": 760.0})
    assert result.kind == "download" and result.filename.endswith(".ipynb")
    notebook = nbformat.reads(result.content.decode(), as_version=4)
    sources = "\n".join(cell.source for cell in notebook.cells)
    assert "statement = 'b'" in sources and "proline_threshold = 760.0" in sources
    assert "BEGIN SOLUTION" not in sources and "BEGIN HIDDEN" not in sources
    assert notebook.metadata["caire"]["mode"] == "app"


def test_student_versions_names_an_unknown_assignment_and_writes_nothing(tmp_path):
    course = tmp_path / "course"
    done = subprocess.run(
        [sys.executable, "-m", "autograder", "student-versions", "01-rules-vs-learning-en", "99-nope-en"],
        cwd=REPO,
        env=tool_env(CAIRE_COURSE_DIR=str(course)),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2 and "no assignment named 99-nope-en" in done.stderr, done.stderr
    assert not (course / "release").exists()
