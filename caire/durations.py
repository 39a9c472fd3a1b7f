"""How long a module takes, estimated from its sources the same way for every module, and stated where it is used.

No learner was timed: the figures are estimates from what a learner reads and does, on the English cells of
``course/NN-slug/``:

- a lesson: its prose at 100 words a minute (reading to learn, charts to look at), plus 2 minutes for each code
  cell (run it, read what it shows, move its sliders), counted on the notebook (its page, ``only="page"`` cells,
  says the same without code: counting both would count the lesson twice);
- an exercise: its prose at 100 words a minute, plus 5 minutes for each graded question, and 15 for an open
  question that the trainer grades (a text of 60 to 300 words to think through and write; its rubric, the task
  cell's mark scheme, is for trainers and not counted);
- "going further" parts (``<details>`` blocks in a prose cell) are optional: counted in the full duration only;
- a lesson's ``## Sources`` list is a reference to look up, not reading on the way: not counted.

Each figure is rounded up to 5 minutes. The build writes them into the prose where a source says
``{{duration.lesson}}``, ``{{duration.exercise}}`` or ``{{duration.module}}`` (the main path of both), and the
README's table and the gallery show them, with the totals of the core track and of the full course.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

WORDS_A_MINUTE = 100
MINUTES_A_CODE_CELL = 2
MINUTES_A_QUESTION = 5
MINUTES_AN_OPEN_QUESTION = 15
_MARK_SCHEME = re.compile(r"=== BEGIN MARK SCHEME ===.*?=== END MARK SCHEME ===", re.S)
PLACEHOLDER = re.compile(r"\{\{duration\.(lesson|exercise|module)\}\}")
_DETAILS = re.compile(r"<details>.*?</details>", re.S)
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


@dataclass(frozen=True)
class Duration:
    """Minutes of a module: its lesson and exercise on the main path, and with the "going further" parts."""

    lesson: int
    exercise: int
    going_further: int

    @property
    def module(self) -> int:
        """The main path: the lesson and the exercise."""
        return self.lesson + self.exercise


def _up_to_five(minutes: float) -> int:
    return 5 * math.ceil(minutes / 5)


def _counts(source: Path) -> tuple[int, int, int, float]:
    """(words on the main path, words in going-further parts, code cells, minutes of questions) of the English
    cells for programmers (the app's and the lesson page's own cells are left out)."""
    import jupytext

    main = extra = code = questions = 0
    for cell in jupytext.read(source, fmt="py:percent").cells:
        if cell.metadata.get("lang") not in (None, "en") or cell.metadata.get("only") in ("app", "page"):
            continue
        if cell.cell_type == "markdown":
            if (cell.metadata.get("nbgrader") or {}).get("task"):
                questions += MINUTES_AN_OPEN_QUESTION
            text = re.sub(r"\{\{[^}]*\}\}", "", _MARK_SCHEME.sub(" ", cell.source).split("## Sources")[0])
            optional = " ".join(_DETAILS.findall(text))
            extra += len(_WORD.findall(re.sub(r"<[^>]+>", " ", optional)))
            main += len(_WORD.findall(re.sub(r"<[^>]+>|\]\([^)]*\)", " ", _DETAILS.sub(" ", text))))
        elif (cell.metadata.get("nbgrader") or {}).get("grade"):
            questions += MINUTES_A_QUESTION
        elif not (cell.metadata.get("nbgrader") or {}).get("solution"):
            code += 1
    return main, extra, code, questions


@cache
def estimate(source_folder: Path) -> Duration:
    """The duration of the module whose sources are in ``source_folder`` (``course/NN-slug``)."""
    lesson_words, lesson_extra, lesson_code, _ = _counts(source_folder / "lesson.py")
    exercise_words, exercise_extra, _, questions = _counts(source_folder / "exercise.py")
    return Duration(
        lesson=_up_to_five(lesson_words / WORDS_A_MINUTE + MINUTES_A_CODE_CELL * lesson_code),
        exercise=_up_to_five(exercise_words / WORDS_A_MINUTE + questions),
        going_further=_up_to_five((lesson_extra + exercise_extra) / WORDS_A_MINUTE)
        if lesson_extra + exercise_extra
        else 0,
    )


def fill(text: str, source_folder: Path) -> str:
    """``text`` with ``{{duration.…}}`` written out, in minutes, for the module of ``source_folder``."""
    if not PLACEHOLDER.search(text):
        return text
    duration = estimate(source_folder)
    return PLACEHOLDER.sub(lambda found: str(getattr(duration, found.group(1))), text)


def hours_and_minutes(minutes: int) -> str:
    """``minutes`` written with the SI symbols both languages use: "4 h 10 min", "45 min"."""
    hours, rest = divmod(minutes, 60)
    return f"{hours}\u00a0h\u00a0{rest:02d}\u00a0min" if hours else f"{rest}\u00a0min"
