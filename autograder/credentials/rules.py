"""Who completed the course: the trainer's completion rules, applied to nbgrader's gradebook.

The rules live in the course folder's ``credentials.toml``, section ``[completion]`` (every key optional)::

    [completion]
    modules = "core"      # "core" (the core track), "all", or module numbers: [1, 6, 8, 9, 13]
    min_fraction = 0.5    # each of those modules' exercises submitted with at least this share of its points
    post_test = true      # and the literacy test taken twice (a pre-test and a post-test, forms A and B)

A module's exercise counts in either language (``01-rules-vs-learning-fr`` or ``-en``): the best graded submission
is kept. A submission whose open answers still wait for the trainer's grade does not count yet (its score is not
final). The learner's completion date is the date of the last submission that met a rule.
"""

from __future__ import annotations

import math
import tomllib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import pandas as pd

from caire import registry
from caire.core.i18n import LANGUAGES
from caire.core.numbers import percent

#: The trainer's settings for the course's credentials, in the course folder.
SETTINGS_FILE = "credentials.toml"
#: The literacy test's assignments: literacy-test-<form>-<language> (autograder/prepost.py).
TEST_PREFIX = "literacy-test-"


class CredentialsError(Exception):
    """A problem the trainer can fix (a bad rule, a missing key, an unknown course...): nothing was written."""


@dataclass(frozen=True)
class Rules:
    """What a learner must do to complete the course."""

    modules: tuple[registry.Module, ...]
    min_fraction: float = 0.5
    post_test: bool = True

    @property
    def minutes(self) -> int:
        """The estimated learning time of the required modules (caire/durations.py), lesson and exercise."""
        return sum(module.duration().module for module in self.modules)

    def describe(self, language: str) -> str:
        """The rules in a sentence for the credential's criteria and the attestation."""
        numbers = ", ".join(f"{module.number:02d}" for module in self.modules)
        share = percent(self.min_fraction, language=language)
        if language == "fr":
            text = (
                f"Avoir rendu l’exercice de chacun des modules {numbers} du parcours CAIRE avec au moins "
                f"{share} des points"
            )
            return text + (
                " et passé le test de culture de l’IA avant et après le parcours." if self.post_test else "."
            )
        text = f"Submitted the exercise of each of the CAIRE modules {numbers} with at least {share} of its points"
        return text + (" and taken the AI-literacy test before and after the course." if self.post_test else ".")


def read_settings(course: Path) -> dict:
    """The course's ``credentials.toml`` as a dict (empty when there is none)."""
    path = Path(course) / SETTINGS_FILE
    if not path.is_file():
        return {}
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as problem:
        raise CredentialsError(f"{path} is not valid TOML ({problem}): fix it, see docs/credentials.md") from None


def load_rules(course: Path) -> Rules:
    """The completion rules of the course (``[completion]`` of credentials.toml, with the defaults above)."""
    raw = read_settings(course).get("completion", {})
    where = f"{Path(course) / SETTINGS_FILE}, [completion]"
    unknown = set(raw) - {"modules", "min_fraction", "post_test"}
    if unknown:
        raise CredentialsError(
            f"{where}: unknown setting {', '.join(sorted(unknown))} (modules, min_fraction, post_test)"
        )
    chosen = raw.get("modules", "core")
    if chosen == "core":
        modules = registry.tracks().core
    elif chosen == "all":
        modules = registry.MODULES
    elif isinstance(chosen, list) and chosen and all(isinstance(number, int) for number in chosen):
        known = {module.number: module for module in registry.MODULES}
        missing = [number for number in chosen if number not in known]
        if missing:
            raise CredentialsError(f"{where}: no module numbered {', '.join(map(str, missing))}")
        modules = tuple(known[number] for number in sorted(set(chosen)))
    else:
        raise CredentialsError(f'{where}: modules must be "core", "all" or a list of module numbers, not {chosen!r}')
    fraction = raw.get("min_fraction", 0.5)
    if isinstance(fraction, bool) or not isinstance(fraction, int | float) or not 0 <= fraction <= 1:
        raise CredentialsError(f"{where}: min_fraction must be a number from 0 to 1, not {fraction!r}")
    post_test = raw.get("post_test", True)
    if not isinstance(post_test, bool):
        raise CredentialsError(f"{where}: post_test must be true or false, not {post_test!r}")
    return Rules(tuple(modules), float(fraction), post_test)


@dataclass(frozen=True)
class Completion:
    """Where one learner stands against the rules."""

    student_id: str
    completed: bool
    #: Required modules whose exercise met the rule, and when (the submission's time).
    modules_met: dict[int, datetime] = field(default_factory=dict)
    #: Best share of the points per required module submitted (met or not).
    fractions: dict[int, float] = field(default_factory=dict)
    post_test_taken: bool = False
    #: When the last rule was met (None when not completed).
    completed_at: datetime | None = None
    #: Why not completed, for the trainer's report (e.g. "module 06: 40 % of the points").
    missing: tuple[str, ...] = ()


def _exercise_modules() -> dict[str, int]:
    """Each module exercise's assignment name, in every language, with its module's number
    (``06-language-models-fr`` → 6)."""
    return {module.assignment(language): module.number for module in registry.MODULES for language in LANGUAGES}


def completions(grades: pd.DataFrame, rules: Rules, students: list[str]) -> list[Completion]:
    """Each student's completion, from the gradebook's grades (research.read_grades' columns)."""
    required = {module.number for module in rules.modules}
    totals = (
        grades.groupby(["student_id", "assignment", "submitted_at"], as_index=False)
        .agg(score=("score", "sum"), max_score=("max_score", "sum"), pending=("needs_manual_grade", "any"))
        .assign(module=lambda table: table["assignment"].map(_exercise_modules()))
    )
    by_student = dict(tuple(totals.groupby("student_id")))
    results = []
    for student in students:
        mine = by_student.get(student, totals.iloc[:0])
        fractions: dict[int, float] = {}
        met: dict[int, datetime] = {}
        for row in mine.itertuples():
            if row.module not in required or row.pending or not row.max_score:
                continue
            module = int(row.module)  # a float column: assignments of no module are NaN
            fraction = float(row.score) / float(row.max_score)
            fractions[module] = max(fraction, fractions.get(module, 0.0))
            if fraction + 1e-9 >= rules.min_fraction:
                when = pd.Timestamp(row.submitted_at).to_pydatetime()
                met[module] = min(when, met.get(module, when))
        tests = mine[mine["assignment"].str.startswith(TEST_PREFIX)]
        forms = tests["assignment"].str.removeprefix(TEST_PREFIX).str.split("-").str[0]
        post_taken = forms.nunique() >= 2
        missing = [
            f"module {number:02d}: "
            + (f"{math.floor(fractions[number] * 100)} % of the points" if number in fractions else "not submitted")
            for number in sorted(required - set(met))
        ]
        if rules.post_test and not post_taken:
            missing.append("literacy test: " + ("taken once" if forms.nunique() == 1 else "not taken"))
        completed = not missing
        moments = list(met.values())
        if rules.post_test and post_taken:
            moments.append(pd.Timestamp(tests["submitted_at"].max()).to_pydatetime())
        results.append(
            Completion(
                student,
                completed,
                dict(sorted(met.items())),
                fractions,
                post_taken,
                max(moments) if completed and moments else None,
                tuple(missing),
            )
        )
    return results
