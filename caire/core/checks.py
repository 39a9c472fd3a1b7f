"""Answer checks: one definition per question, used by the nbgrader tests *and* the Voila apps.

A :class:`Question` is a list of criteria. The nbgrader test cells call :func:`Question.require`
on one criterion each (the visible ones in plain sight, the others between nbgrader's hidden-test
markers); the Voila app calls :func:`Question.check`, which runs them all, to give immediate feedback.

Answer keys are never stored in plain text: a check either computes what a right answer must do
(e.g. "your rule is right on at least 90% of the wines") or compares a salted SHA-256 digest of the
answer (:func:`answer_digest`) with the digest of the right one.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from caire.core.i18n import check_language, t


@dataclass(frozen=True)
class Feedback:
    """The outcome of checking one answer: did it pass, and what to tell the learner."""

    passed: bool
    message: str


@dataclass(frozen=True)
class Slider:
    """Answer with a slider (a number between ``low`` and ``high``)."""

    low: float
    high: float
    step: float
    start: float
    whole: bool = False


@dataclass(frozen=True)
class Choice:
    """Answer by picking one option (keys; labels come from the locale as ``<question>.option.<key>``)."""

    options: tuple[str, ...]


@dataclass(frozen=True)
class Several:
    """Answer by ticking any number of options; the answer is the set of ticked keys."""

    options: tuple[str, ...]


@dataclass(frozen=True)
class Drawing:
    """Answer by drawing on a grid of squares (see :mod:`caire.core.drawing`), starting from ``start`` (lines of
    ``#`` for ink and ``.`` for paper); the answer is the drawing, as lines of text. ``reading``, if given, turns
    the current drawing into an HTML snippet that the app shows beside the grid and updates as the learner draws
    (module 05: what its network reads in the drawing)."""

    start: tuple[str, ...]
    reading: Callable[[list[str]], str] | None = field(default=None, compare=False)


@dataclass(frozen=True)
class OpenText:
    """Answer in one's own words, in a text box: no check can say whether it is right. The trainer grades it in
    nbgrader's formgrader, with the rubric of the assignment's task cell (a "Manually graded task": the rubric sits
    between its ``BEGIN MARK SCHEME`` and ``END MARK SCHEME`` lines, which nbgrader removes from what learners
    receive). The question's only criterion, :func:`open_text_criteria`, says whether the text is usable: its
    length in words."""

    fewest_words: int
    most_words: int


#: The ways an app asks for an answer: a widget for each (caire.core.app.answer_input).
AnswerKind = Slider | Choice | Several | Drawing | OpenText

Criterion = Callable[[object], Feedback]

#: Cognitive levels a question may target (the revised Bloom taxonomy, up to what a short question can ask).
LEVELS = ("remember", "understand", "apply", "analyse", "evaluate")


def competences() -> dict[str, str]:
    """Every competence code a question may name, with what it means (caire/core/competences.toml)."""
    import tomllib
    from pathlib import Path

    with (Path(__file__).with_name("competences.toml")).open("rb") as handle:
        return tomllib.load(handle)["competences"]


def competence_names(codes: list[str], language: str) -> list[str]:
    """What each competence code means, in English or French (caire/core/competences.toml)."""
    import tomllib
    from pathlib import Path

    with (Path(__file__).with_name("competences.toml")).open("rb") as handle:
        table = tomllib.load(handle)["competences_fr" if check_language(language) == "fr" else "competences"]
    return [table[code] for code in codes]


@dataclass(frozen=True)
class Question:
    """One auto-graded question: its id (nbgrader's grade id), its criteria, and how to answer it in an app."""

    id: str
    criteria: dict[str, Criterion]
    answer_with: AnswerKind
    option_label: Callable[[str], str] | None = field(default=None, compare=False)
    #: What the question measures (tests/test_assessment_items.py enforces them): the module objective it serves
    #: (a key of the module's OBJECTIVES), its cognitive level (one of LEVELS), the competences it evidences
    #: (codes of caire/core/competences.toml, one of each framework at least), and whether it is a transfer
    #: question (the module's idea applied to a scenario from a profession).
    objective: str = ""
    level: str = ""
    competences: tuple[str, ...] = ()
    transfer: bool = False

    def label(self, option: str) -> str:
        """The learner-facing label of one option of a Choice or Several question."""
        if self.option_label is not None:
            return self.option_label(option)
        return t(f"{self.id}.option.{option}")

    def check(self, answer: object, criterion: str | None = None) -> Feedback:
        """Run one criterion, or all of them in order; the first that fails gives the feedback."""
        if criterion is not None and criterion not in self.criteria:
            raise ValueError(
                f"criterion must be one of {', '.join(map(repr, self.criteria))} for {self.id}; got {criterion!r}"
            )
        names = [criterion] if criterion else list(self.criteria)
        passed = []
        for name in names:
            try:
                result = self.criteria[name](answer)
            except (TypeError, ValueError) as problem:
                return Feedback(False, t("feedback.unusable", detail=str(problem)))
            if not result.passed:
                return result
            passed.append((name, result.message))
        # All passed: say what each substantive criterion found ("valid" only says the answer is usable).
        said = [message for name, message in passed if name != "valid" or len(passed) == 1]
        return Feedback(True, " ".join(said))

    def require(self, answer: object, criterion: str | None = None) -> None:
        """Raise an AssertionError with the learner-facing message unless the answer passes."""
        feedback = self.check(answer, criterion)
        if feedback.passed is not True:
            raise AssertionError(feedback.message)


def normalise(answer: object) -> str:
    """A canonical text for an answer, so "B ", "b" and {"b"} compare the way a learner expects."""
    if isinstance(answer, str):
        return answer.strip().lower()
    if isinstance(answer, (set, frozenset, list, tuple)):
        parts = [normalise(item) for item in answer]
        return "|".join(sorted(parts))
    raise TypeError(f"answer must be text or a set of texts; got {type(answer).__name__} {answer!r}")


def answer_digest(question_id: str, answer: object) -> str:
    """Salted SHA-256 of an answer: what a check stores instead of the answer itself."""
    return hashlib.sha256(f"caire/{question_id}/{normalise(answer)}".encode()).hexdigest()


def matches_digest(question_id: str, answer: object, digest: str) -> bool:
    """Whether ``answer`` is the one whose digest is ``digest``."""
    return answer_digest(question_id, answer) == digest


def share_is_valid(name: str) -> Criterion:
    """A visible criterion for an answer that is a share: a number from 0 to 1. A number from 1 to 100 gets a
    hint that it looks like a percentage (and what the share would be); anything else is unusable."""
    from caire.core.validation import real_number, share

    def valid(answer: object) -> Feedback:
        value = real_number(name, answer)
        if 1 < value <= 100:
            return Feedback(False, t("feedback.percent_not_share", value=value, share=value / 100))
        share(name, value)
        return Feedback(True, t("feedback.valid_share"))

    return valid


def one_of_options(question_id: str, answer: object, options: Iterable[str]) -> Feedback:
    """A visible criterion: the answer is one of the offered option keys."""
    options = tuple(options)
    if isinstance(answer, str) and answer.strip().lower() in options:
        return Feedback(True, t("feedback.valid_option"))
    return Feedback(False, t("feedback.not_an_option", options=", ".join(options)))


def choice_criteria(question_id: str, options: Iterable[str], right_digest: str) -> dict[str, Criterion]:
    """The criteria of a multiple-choice question: "valid" (one of the options, the visible test) and
    "right" (its digest is ``right_digest``, the hidden test), with feedback ``<question_id>.ok|wrong``."""
    options = tuple(options)

    def valid(answer: object) -> Feedback:
        return one_of_options(question_id, answer, options)

    def right(answer: object) -> Feedback:
        if matches_digest(question_id, answer, right_digest):
            return Feedback(True, t(f"{question_id}.ok"))
        return Feedback(False, t(f"{question_id}.wrong"))

    right.digest = right_digest  # what tests/test_modules_shared.py compares with the solution's digest
    return {"valid": valid, "right": right}


def several_criteria(
    question_id: str, argument: str, options: Iterable[str], right_digest: str
) -> dict[str, Criterion]:
    """The criteria of a tick-every-right-option question: "valid" (at least one of the options ticked, the
    visible test; ``argument`` names the answer variable in its message) and "right" (the digest of the ticked
    set is ``right_digest``, the hidden test), with feedback ``<question_id>.valid|empty|ok|wrong``."""
    from caire.core.validation import ticked_names

    options = tuple(options)

    def ticked(answer: object) -> set[str]:
        return ticked_names(argument, answer, options, "letters")

    def valid(answer: object) -> Feedback:
        some = bool(ticked(answer))
        return Feedback(some, t(f"{question_id}.valid" if some else f"{question_id}.empty"))

    def right(answer: object) -> Feedback:
        found = matches_digest(question_id, ticked(answer), right_digest)
        return Feedback(found, t(f"{question_id}.ok" if found else f"{question_id}.wrong"))

    right.digest = right_digest
    return {"valid": valid, "right": right}


def word_count(text: str) -> int:
    """How many words a text has (runs of letters or digits: "l'IA" is two, "AI-use" two, "2,5" one)."""
    import re

    return len(re.findall(r"[^\W_]+(?:[.,][0-9]+)*", text))


def open_text_criteria(question_id: str, answer_with: OpenText) -> dict[str, Criterion]:
    """The one criterion of an open question, "valid": a text of ``fewest_words`` to ``most_words`` words. It says
    nothing of whether the answer is right (the trainer grades it); its feedback is ``<question_id>.saved``, or
    ``feedback.too_few_words`` / ``feedback.too_many_words``."""

    def valid(answer: object) -> Feedback:
        if answer is not None and not isinstance(answer, str):
            raise TypeError(f"the answer must be a text; got {type(answer).__name__}")
        words = word_count(answer or "")
        if words < answer_with.fewest_words:
            return Feedback(False, t("feedback.too_few_words", words=words, fewest=answer_with.fewest_words))
        if words > answer_with.most_words:
            return Feedback(False, t("feedback.too_many_words", words=words, most=answer_with.most_words))
        return Feedback(True, t(f"{question_id}.saved", words=words))

    return {"valid": valid}


class Exercise:
    """The questions of one assignment and what its notebooks and app call on them.

    A module's ``questions.py`` ends with ``QUESTIONS, question, check, require, show_options =
    Exercise(Question(...), ...).interface()``, so that these exist once for every module.
    """

    #: When the app tells a learner whether an answer is right: at once (an exercise), or never while they answer
    #: (a test): "Check" then only says the answer is usable and recorded.
    FEEDBACK = ("immediate", "none")

    def __init__(self, *questions: Question, feedback: str = "immediate", results_after_submit=None):
        self.questions = {asked.id: asked for asked in questions}
        if len(self.questions) != len(questions):
            raise ValueError("questions must have different ids")
        if feedback not in self.FEEDBACK:
            raise ValueError(f"feedback must be one of {', '.join(self.FEEDBACK)}; got {feedback!r}")
        self.feedback = feedback
        #: For a test: ``results_after_submit(assignment)`` says whether the app may show the learner which answers
        #: were right once they have submitted (a post-test yes, a pre-test no); None: never.
        self.results_after_submit = results_after_submit

    def interface(self) -> tuple:
        """``(QUESTIONS, question, check, require, show_options)``: what a module's ``questions.py`` exposes."""
        return self.questions, self.question, self.check, self.require, self.show_options

    def question(self, question_id: str) -> Question:
        """The question with this id, or a KeyError listing the ids of this assignment."""
        if question_id not in self.questions:
            raise KeyError(f"question_id must be one of {', '.join(self.questions)}; got {question_id!r}")
        return self.questions[question_id]

    def check(self, question_id: str, answer: object, criterion: str | None = None) -> Feedback:
        """Feedback on an answer: all criteria (as the app does), or the one named."""
        return self.question(question_id).check(answer, criterion)

    def require(self, question_id: str, answer: object, criterion: str | None = None) -> None:
        """What the nbgrader test cells call: an AssertionError with a friendly message unless it passes."""
        self.question(question_id).require(answer, criterion)

    def show_options(self, question_id: str) -> None:
        """Print the lettered options of a multiple-choice question, in the learner's language."""
        asked = self.question(question_id)
        options = getattr(asked.answer_with, "options", None)
        if options is None:
            raise ValueError(f"question_id must name a question with options; {question_id!r} has none")
        for key in options:
            print(f"{key}) {asked.label(key)}")
