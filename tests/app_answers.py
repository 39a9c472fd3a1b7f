"""Right and wrong answers to every question of an assignment, as a learner gives them in its app.

Shared by the tests that answer through apps (tests/test_app_browser.py, tests/test_app_submit.py).
The right answers are what the source notebook's solutions compute (read from a kernel that ran it),
moved onto the app's slider grid when a solution falls between two steps; a wrong answer is one the
question's own checks refuse. Both are checked against the checks here, so that a test failing later
is the app's fault, not the answer's.
"""

from __future__ import annotations

import fcntl
import functools
import importlib
import json
import os
import re
import tempfile
from pathlib import Path
from types import ModuleType

from conftest import REPO, tool_env

from caire.core.checks import Choice, OpenText, Several, Slider


def source_notebook(assignment: str) -> Path:
    return next((REPO / "assignments" / assignment).glob("*.ipynb"))


@functools.cache
def exercise_module(slug: str) -> ModuleType:
    """The questions module whose checks the assignment ``<slug>-<lang>`` uses (imported as ``ex``): a module's
    ``questions``, or a form of the pre/post test (``caire.assessment.form_a``)."""
    text = source_notebook(f"{slug}-en").read_text(encoding="utf-8")
    found = re.search(r"from (caire\.modules\.\w+|caire\.assessment) import (questions|form_\w+) as ex", text)
    assert found, f"{slug}: the exercise imports no module's questions as ex"
    return importlib.import_module(f"{found.group(1)}.{found.group(2)}")


def _solution_run(assignment: str, names: list[str]) -> dict[str, object]:
    """The values of ``names`` after the source notebook of ``assignment`` ran in a fresh kernel."""
    import nbformat
    from nbclient import NotebookClient

    path = source_notebook(assignment)
    ran = nbformat.read(path, as_version=4)
    probe = nbformat.v4.new_code_cell(
        "import json as _json\nprint('ANSWERS=' + _json.dumps({name: (sorted(value) if isinstance(value, (set, frozenset))"
        f" else value) for name, value in ((n, globals()[n]) for n in {names!r})}}, default=str))"
    )
    ran.cells.append(probe)
    NotebookClient(ran, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}).execute(
        env=tool_env()
    )
    printed = "".join(output.get("text", "") for output in ran.cells[-1].outputs if output.get("name") == "stdout")
    return json.loads(printed.split("ANSWERS=", 1)[1])


def _shared_solution_run(assignment: str, names: list[str]) -> dict[str, object]:
    """``_solution_run``, once per test run: pytest-xdist's workers share what the first one computed (a file per
    assignment in a folder of this run, written under a lock while the others wait)."""
    run = os.environ.get("PYTEST_XDIST_TESTRUNUID")
    if not run:
        return _solution_run(assignment, names)
    folder = Path(tempfile.gettempdir()) / f"caire-solutions-{run}"
    folder.mkdir(mode=0o700, exist_ok=True)
    with open(folder / f"{assignment}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        stored = folder / f"{assignment}.json"
        if stored.exists():
            return json.loads(stored.read_text(encoding="utf-8"))
        values = _solution_run(assignment, names)
        stored.write_text(json.dumps(values), encoding="utf-8")
        return values


@functools.cache
def solution_values(assignment: str) -> dict[str, object]:
    """For each question id of ``assignment``: the value its solution cell gives the answer variable (in its
    language: a French corpus or FAQ has its own right answers)."""
    import nbformat

    from caire.submission import answer_slots

    source = nbformat.read(source_notebook(assignment), as_version=4)
    slots = answer_slots(source)
    values = _shared_solution_run(assignment, sorted({variable for _, variable in slots.values()}))
    answers = {}
    for question_id, (cell, variable) in slots.items():
        value = values[variable]
        # JSON has no sets: a solution written as a set literal gets its set back, as a widget gives it.
        is_set = re.search(rf"{variable}\s*=\s*\{{", source.cells[cell].source) is not None
        answers[question_id] = set(value) if is_set and isinstance(value, list) else value
    return answers


def _grid(spec: Slider) -> list[float]:
    count = round((spec.high - spec.low) / spec.step)
    decimals = 0 if float(spec.step).is_integer() else len(f"{spec.step:g}".split(".")[-1])
    values = [round(spec.low + index * spec.step, decimals) for index in range(count + 1)]
    return [int(value) for value in values] if spec.whole else [float(value) for value in values]


@functools.cache
def app_answers(assignment: str) -> tuple[dict[str, object], dict[str, object]]:
    """(right, wrong): one answer per question of ``assignment`` that a learner can give with the app's widget."""
    import caire

    slug, language = assignment.rsplit("-", 1)
    ex = exercise_module(slug)
    right, wrong = {}, {}
    previous = caire.get_language()
    caire.set_language(language)  # checks that read texts (a corpus, an FAQ) read the assignment's own
    try:
        solutions = solution_values(f"{slug}-en")
        if language != "en" and not all(ex.question(q).check(value).passed for q, value in solutions.items()):
            solutions = solution_values(assignment)  # its answers depend on the language (a corpus, an FAQ)
        for question_id, solution in solutions.items():
            question = ex.question(question_id)
            if not graded(question):
                # A survey question of the pre/post test: no wrong answer, the solution is one usable answer.
                right[question_id] = wrong[question_id] = _usable(question, solution)
                assert question.check(right[question_id]).passed, (question_id, right[question_id])
                continue
            right[question_id], wrong[question_id] = _right_and_wrong(question, solution)
            assert question.check(right[question_id]).passed, (question_id, right[question_id])
            assert not question.check(wrong[question_id]).passed, (question_id, wrong[question_id])
        # An open question has no right answer for a check to find (the trainer grades it): a usable text, both times.
        for question_id, question in ex.QUESTIONS.items():
            if isinstance(question.answer_with, OpenText):
                right[question_id] = wrong[question_id] = OPEN_ANSWER
                assert question.check(OPEN_ANSWER).passed, (question_id, question.check(OPEN_ANSWER).message)
    finally:
        caire.set_language(previous)
    return right, wrong


#: What a learner writes to an open question (module 17's: a task of their own work), in 76 words.
OPEN_ANSWER = (
    "I prepare the monthly summary of customer complaints for my service: the complaints come in as e-mails and "
    "forms, and a two-page note with the main causes goes out to the managers. AI could help me sort and summarise "
    "them, but the choice of causes and of what to tell managers stays mine. Risk: customers' names and addresses "
    "in the prompt; measure: only the approved tool, with names removed first. The data protection officer and the "
    "register keeper must know."
)


def graded(question) -> bool:
    """Whether a question earns points: it has a right answer (not a survey question of the pre/post test)."""
    return set(question.criteria) != {"valid"}


def _usable(question, solution) -> object:
    """A survey answer as the app's widget gives it (a set of ticked keys, a whole number on a slider)."""
    if isinstance(question.answer_with, Several):
        return {str(key) for key in solution}
    return solution


def _right_and_wrong(question, solution) -> tuple[object, object]:
    spec = question.answer_with
    if isinstance(spec, Slider):
        grid = _grid(spec)
        nearest = sorted(grid, key=lambda value: abs(value - float(solution)))
        right = next(value for value in nearest[:50] if question.check(value).passed)
        return right, next(value for value in (grid[0], grid[-1], *grid[1:-1]) if not question.check(value).passed)
    if isinstance(spec, Choice):
        return solution, next(key for key in spec.options if not question.check(key).passed)
    if isinstance(spec, Several):
        # a widget hands in option keys (texts): a solution may have been written {3, 8} for the keys "3", "8"
        right = {key for key in spec.options if key in {str(item) for item in solution}}
        wrong = set(spec.options) - right
        assert wrong, f"{question.id}: every option is right; an empty answer counts as unanswered in the app"
        return right, wrong
    if type(spec).__name__ == "Drawing":  # module 05's pad: 8 lines of "#" (ink) and "." (paper)
        return list(solution), list(spec.start)
    raise AssertionError(f"{question.id}: unknown widget {spec!r}")
