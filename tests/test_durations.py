"""caire.durations: every module's time, estimated the same way from its sources, and the core track's."""

from __future__ import annotations

from caire.durations import (
    MINUTES_A_CODE_CELL,
    MINUTES_A_QUESTION,
    MINUTES_AN_OPEN_QUESTION,
    estimate,
    fill,
    hours_and_minutes,
)
from caire.registry import MODULES

LESSON = """\
# %% [markdown] lang="en"
# # A lesson
#
# {words}
#
# <details><summary>Going further</summary>
#
# {extra}
#
# </details>

# %% [markdown] lang="fr"
# # Une leçon
#
# {french}

# %%
print(1)

# %%
print(2)

# %% [markdown] lang="en" only="page"
# {page}

# %% [markdown] lang="fr" only="page"
# {page}

# %% only="page"
print(3)
"""

EXERCISE = """\
# %% [markdown] lang="en"
# {words}

# %% [markdown] lang="fr"
# {french}

# %% nbgrader={{"grade": false, "grade_id": "q1_answer", "locked": false, "schema_version": 3, "solution": true, "task": false}}
answer = 1

# %% nbgrader={{"grade": true, "grade_id": "q1_x", "locked": true, "points": 1, "schema_version": 3, "solution": false, "task": false}}
assert answer == 1
"""


def test_the_estimate_counts_english_prose_code_cells_and_questions(tmp_path):
    (tmp_path / "lesson.py").write_text(
        LESSON.format(words="word " * 1000, extra="more " * 400, french="mot " * 5000, page="page " * 800),
        encoding="utf-8",
    )
    (tmp_path / "exercise.py").write_text(EXERCISE.format(words="word " * 300, french="mot " * 900), encoding="utf-8")
    found = estimate(tmp_path)
    # "A lesson" counts too; the page's own cells, its twin of the notebook's, do not
    assert found.lesson == 5 * -(-(1002 / 100 + 2 * MINUTES_A_CODE_CELL) // 5)
    assert found.exercise == 5 * -(-(300 / 100 + MINUTES_A_QUESTION) // 5)
    assert found.going_further == 5 and found.module == found.lesson + found.exercise


OPEN_QUESTION = """\
# %% [markdown] lang="en" nbgrader={{"grade": false, "grade_id": "q2_mine", "locked": true, "points": 4, "schema_version": 3, "solution": false, "task": true}}
# {words}
#
# === BEGIN MARK SCHEME ===
# {rubric}
# === END MARK SCHEME ===

# %% [markdown] lang="fr" nbgrader={{"grade": false, "grade_id": "q2_mine", "locked": true, "points": 4, "schema_version": 3, "solution": false, "task": true}}
# {french}
"""


def test_an_open_question_takes_its_writing_time_and_its_rubric_is_not_read(tmp_path):
    (tmp_path / "lesson.py").write_text(LESSON.format(words="", extra="", french="", page=""), encoding="utf-8")
    exercise = EXERCISE.format(words="word " * 300, french="mot " * 900)
    rubric = OPEN_QUESTION.format(words="word " * 100, rubric="rubric " * 5000, french="mot " * 100)
    (tmp_path / "exercise.py").write_text(exercise + "\n" + rubric, encoding="utf-8")
    found = estimate(tmp_path)
    assert found.exercise == 5 * -(-(400 / 100 + MINUTES_A_QUESTION + MINUTES_AN_OPEN_QUESTION) // 5)


def test_durations_are_written_into_the_prose(tmp_path):
    module = MODULES[0]
    text = fill("Allow about {{duration.lesson}} minutes, {{duration.module}} with the exercise.", module.source_folder)
    assert text == (f"Allow about {module.duration().lesson} minutes, {module.duration().module} with the exercise.")
    assert hours_and_minutes(230) == "3\u00a0h\u00a050\u00a0min" and hours_and_minutes(45) == "45\u00a0min"


def test_every_module_takes_a_plausible_time():
    for module in MODULES:
        time = module.duration()
        assert 15 <= time.lesson <= 90 and 10 <= time.exercise <= 60, (module.name, time)


def test_the_core_track_holds_in_four_hours_of_lessons_and_reaches_critical_use_early():
    core = [module for module in MODULES if module.core]
    assert sum(module.duration().lesson for module in core) <= 240
    assert "08-critical-use" in [module.name for module in core[:4]]
