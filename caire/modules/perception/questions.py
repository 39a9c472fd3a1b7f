"""Assignment 05, "Perception": the five questions and their checks.

Used by ``assignments/05-perception-*/`` (nbgrader tests) and ``apps/*/05-perception`` (Voila app).
Expected answers are computed from the data and the course's network (trained once per kernel, fixed
seed), or compared as digests, never stored. Each question says what it measures (tests/test_assessment_items.py):
the objective of ``OBJECTIVES`` it serves, its cognitive level, the competences it evidences, and whether it is a
transfer question.
"""

from __future__ import annotations

from numbers import Integral

import numpy as np

from caire.core.checks import Choice, Drawing, Exercise, Feedback, Question, Several, answer_digest, choice_criteria
from caire.core.i18n import t
from caire.core.validation import ticked_names
from caire.modules.perception.data import DIGITS, UNCROSSED_SEVEN, as_drawing
from caire.modules.perception.model import confusion_matrix, read_image, reading_html

#: What the module teaches, each with its text ``m05.objective.<key>``: an image is numbers and a network knows only
#: its examples; a score holds only in conditions like its test's; adversarial examples, and who gains from them;
#: reading a confusion matrix.
OBJECTIVES = ("examples", "conditions", "attacks", "mistakes")

#: Question 1: draw this digit so that the network reads it with at least this probability.
Q1_DIGIT = 7
Q1_CONFIDENCE = 0.80
#: A drawing of a digit inks at least this many squares and at most this many (of 64).
Q1_MIN_INK, Q1_MAX_INK = 5, 40
#: Question 2: which evidence GPs should ask for before using a skin-photo network measured on hospital photos
#: (right option: its score on their own phone photos).
Q2_OPTIONS = ("a", "b", "c", "d")
#: answer_digest("q2_phone_photos", <right option>): the option itself is not stored.
Q2_RIGHT_DIGEST = "695a039e286566c86cd48a095f7f1a08b457b9b2356b4024e8ed1d8f618565b3"
#: Question 3: predict what a calculated change and a random one, each of at most Q3_EPSILON per pixel, do to the
#: reading of unseen image Q3_INDEX (a 5); the learner checks with the attack explorer after answering.
Q3_INDEX = 12
Q3_EPSILON = 0.15
Q3_OPTIONS = ("a", "b", "c", "d")
#: answer_digest("q3_predict_the_attack", <right option>): the option itself is not stored.
Q3_RIGHT_DIGEST = "343dc4f7649b874da6dd360ebd78c26e41df0019779863bb353ba76c4bc38199"


def _drawing(answer: object):
    return as_drawing(answer, "my_drawing")


def _drawing_is_valid(answer: object) -> Feedback:
    ink = int(_drawing(answer).round().sum())
    if ink < Q1_MIN_INK:
        return Feedback(False, t("q1_draw_a_seven.too_little", ink=ink, least=Q1_MIN_INK))
    if ink > Q1_MAX_INK:
        return Feedback(False, t("q1_draw_a_seven.too_much", ink=ink, most=Q1_MAX_INK))
    return Feedback(True, t("q1_draw_a_seven.valid", ink=ink))


def _drawing_is_read(answer: object) -> Feedback:
    reading = read_image(_drawing(answer))
    probability = reading.probabilities[Q1_DIGIT]
    if reading.digit == Q1_DIGIT and probability >= Q1_CONFIDENCE:
        return Feedback(True, t("q1_draw_a_seven.ok", digit=Q1_DIGIT, confidence=probability))
    if reading.digit == Q1_DIGIT:
        return Feedback(
            False, t("q1_draw_a_seven.unsure", digit=Q1_DIGIT, confidence=probability, target=Q1_CONFIDENCE)
        )
    return Feedback(
        False, t("q1_draw_a_seven.misread", digit=Q1_DIGIT, read=reading.digit, confidence=reading.confidence)
    )


def _digits(answer: object) -> set[int]:
    if isinstance(answer, (str, bytes)) or not isinstance(answer, (set, frozenset, list, tuple)):
        raise TypeError(
            f"confused_pair must be a set of two digits, e.g. {{3, 5}}; got {type(answer).__name__} {answer!r}"
        )
    digits = set()
    for item in answer:
        if isinstance(item, str) and item.strip().isdigit():
            item = int(item.strip())
        if isinstance(item, bool) or not isinstance(item, Integral) or not 0 <= item <= 9:
            raise ValueError(f"confused_pair must hold digits from 0 to 9; got {item!r}")
        digits.add(int(item))
    return digits


def _pair_is_valid(answer: object) -> Feedback:
    digits = _digits(answer)
    if len(digits) != 2:
        return Feedback(False, t("q4_confused_digits.not_two", count=len(digits)))
    return Feedback(True, t("q4_confused_digits.valid"))


def _pair_counts() -> np.ndarray:
    matrix = confusion_matrix()
    both_ways = matrix + matrix.T
    np.fill_diagonal(both_ways, 0)
    return both_ways


def _pair_is_most_confused(answer: object) -> Feedback:
    digits = _digits(answer)
    if len(digits) != 2:
        return _pair_is_valid(answer)
    first, second = sorted(digits)
    counts = _pair_counts()
    mixed = int(counts[first, second])
    if mixed == counts.max():
        return Feedback(True, t("q4_confused_digits.ok", first=first, second=second, count=mixed))
    return Feedback(False, t("q4_confused_digits.wrong", first=first, second=second, count=mixed))


#: Question 5: in which uses could the person whose picture or document is read gain from fooling the network?
Q5_USES = ("cheques", "orchard", "selfie", "letters", "plates")
#: answer_digest("q5_who_gains/<use>", "gain" or "no gain"): the verdicts themselves are not stored.
Q5_DIGESTS = {
    "cheques": "7d34a8ca94d81c06487be8e142d932b8558e2165d6ac566f4b281c7de9125187",
    "orchard": "98bfd10e5ccdfc0fcdd22c2834a1b46896ecaf813d135579389577143b4ab2f3",
    "selfie": "4da9c23e0c8f3308e55961ff17d529a0d37099d204c03d16f94747619484a387",
    "letters": "c59206cf8a00f5cfe79d28a40e1c64b6da186d3367c624451333f939bfa35643",
    "plates": "84a1d39cc822509a73177e6651b8d958ec153b9cd6cfcab8b2acfc0332f4dd4f",
}


def uses_with_a_gain() -> set[str]:
    """The uses of question 5 where someone in front of the camera gains from fooling it (read from the digests)."""
    return {use for use in Q5_USES if Q5_DIGESTS[use] == answer_digest(f"q5_who_gains/{use}", "gain")}


def _uses(answer: object) -> set[str]:
    return ticked_names("could_gain", answer, Q5_USES, "uses")


def _uses_are_valid(answer: object) -> Feedback:
    ticked = _uses(answer)
    if not ticked:
        return Feedback(False, t("q5_who_gains.empty"))
    return Feedback(True, t("q5_who_gains.valid", count=len(ticked)))


def _uses_are_right(answer: object) -> Feedback:
    ticked, target = _uses(answer), uses_with_a_gain()
    if ticked == target:
        return Feedback(True, t("q5_who_gains.ok", count=len(target)))
    return Feedback(False, t("q5_who_gains.wrong", wrong=len(ticked - target), missed=len(target - ticked)))


#: The questions, and question(), check(), require() and show_options(): what the notebooks and the app call.
QUESTIONS, question, check, require, show_options = Exercise(
    Question(
        "q1_draw_a_seven",
        {"valid": _drawing_is_valid, "read": _drawing_is_read},
        Drawing(UNCROSSED_SEVEN, reading=reading_html),
        objective="examples",
        level="apply",
        competences=("art4.general_understanding", "digcomp.5.2", "unesco.techniques.apply"),
    ),
    Question(
        "q2_phone_photos",
        choice_criteria("q2_phone_photos", Q2_OPTIONS, Q2_RIGHT_DIGEST),
        Choice(Q2_OPTIONS),
        objective="conditions",
        level="evaluate",
        competences=("art4.context", "digcomp.1.2", "unesco.techniques.apply"),
        transfer=True,
    ),
    Question(
        "q3_predict_the_attack",
        choice_criteria("q3_predict_the_attack", Q3_OPTIONS, Q3_RIGHT_DIGEST),
        Choice(Q3_OPTIONS),
        objective="attacks",
        level="understand",
        competences=("art4.risks", "digcomp.5.2", "unesco.techniques.understand"),
    ),
    Question(
        "q4_confused_digits",
        {"valid": _pair_is_valid, "most": _pair_is_most_confused},
        Several(tuple(str(digit) for digit in DIGITS)),
        option_label=str,
        objective="mistakes",
        level="analyse",
        competences=("art4.risks", "digcomp.1.2", "unesco.techniques.apply"),
    ),
    Question(
        "q5_who_gains",
        {"valid": _uses_are_valid, "right": _uses_are_right},
        Several(Q5_USES),
        objective="attacks",
        level="analyse",
        competences=("art4.risks", "digcomp.4.2", "unesco.ethics.apply"),
        transfer=True,
    ),
).interface()
