"""Assignment 05, "Perception": the five questions and their checks.

Used by ``assignments/05-perception-*/`` (nbgrader tests) and ``apps/*/05-perception`` (Voila app).
Expected answers are computed from the data and the course's network (trained once per kernel, fixed
seed), or compared as digests, never stored.
"""

from __future__ import annotations

from numbers import Integral

import numpy as np

from caire.core.checks import Choice, Drawing, Exercise, Feedback, Question, Several, Slider, choice_criteria
from caire.core.i18n import t
from caire.core.validation import real_number, whole_number
from caire.modules.perception.data import DIGITS, UNCROSSED_SEVEN, as_drawing
from caire.modules.perception.model import (
    accuracy_when,
    attack_test_image,
    confusion_matrix,
    read_image,
    reading_html,
)

#: Question 1: draw this digit so that the network reads it with at least this probability.
Q1_DIGIT = 7
Q1_CONFIDENCE = 0.80
#: A drawing of a digit inks at least this many squares and at most this many (of 64).
Q1_MIN_INK, Q1_MAX_INK = 5, 40
#: Question 2: the smallest tilt (a multiple of Q2_STEP degrees) that brings accuracy below this.
Q2_TARGET = 0.70
Q2_STEP, Q2_MAX = 5, 90
#: Question 3: the unseen image attacked, and the steps of epsilon the smallest change is measured in.
Q3_INDEX = 12
Q3_STEP, Q3_MAX = 0.01, 0.3


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


def _angle(answer: object) -> int:
    if isinstance(answer, float) and answer.is_integer():
        answer = int(answer)
    angle = whole_number("angle", answer, 0, Q2_MAX)
    if angle % Q2_STEP:
        raise ValueError(f"angle must be a multiple of {Q2_STEP} (the steps of the slider); got {angle}")
    return angle


def _tilt_is_below(answer: object) -> Feedback:
    angle = _angle(answer)
    accuracy = accuracy_when("rotate", angle)
    if accuracy < Q2_TARGET:
        return Feedback(True, t("q2_tilt_limit.below", angle=angle, accuracy=accuracy, target=Q2_TARGET))
    return Feedback(False, t("q2_tilt_limit.not_below", angle=angle, accuracy=accuracy, target=Q2_TARGET))


def _tilt_is_smallest(answer: object) -> Feedback:
    angle = _angle(answer)
    if accuracy_when("rotate", angle) >= Q2_TARGET:
        return _tilt_is_below(angle)
    if any(accuracy_when("rotate", smaller) < Q2_TARGET for smaller in range(0, angle, Q2_STEP)):
        return Feedback(False, t("q2_tilt_limit.not_smallest", angle=angle, target=Q2_TARGET))
    return Feedback(True, t("q2_tilt_limit.ok", angle=angle, target=Q2_TARGET))


def _epsilon(answer: object) -> float:
    epsilon = real_number("epsilon", answer)
    if not 0 <= epsilon <= Q3_MAX:
        raise ValueError(f"epsilon must be between 0 and {Q3_MAX:g}; got {epsilon:g}")
    return epsilon


def _attack_fools(answer: object) -> Feedback:
    attacked = attack_test_image(Q3_INDEX, _epsilon(answer))
    if attacked.fooled:
        return Feedback(
            True,
            t("q3_smallest_attack.fools", epsilon=attacked.epsilon, label=attacked.label, digit=attacked.after.digit),
        )
    return Feedback(False, t("q3_smallest_attack.not_fooled", epsilon=attacked.epsilon, label=attacked.label))


def _attack_is_smallest(answer: object) -> Feedback:
    epsilon = _epsilon(answer)
    first = _attack_fools(epsilon)
    if not first.passed:
        return first
    steps = int(np.floor(epsilon / Q3_STEP - 1e-9)) + 1  # grid values strictly below epsilon
    smaller = [round(step * Q3_STEP, 6) for step in range(steps) if step * Q3_STEP < epsilon - 1e-9]
    if any(attack_test_image(Q3_INDEX, value).fooled for value in smaller):
        return Feedback(False, t("q3_smallest_attack.not_smallest", epsilon=epsilon, step=Q3_STEP))
    return Feedback(True, t("q3_smallest_attack.ok", epsilon=epsilon))


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


Q5_OPTIONS = ("a", "b", "c", "d")
#: answer_digest("q5_what_the_attack_shows", <right option>): the option itself is not stored.
Q5_RIGHT_DIGEST = "ad22960624fc35bb23a9f9956d47496bbb0be5ee0170f582e4711c2c29e373c5"

#: The questions, and question(), check(), require() and show_options(): what the notebooks and the app call.
QUESTIONS, question, check, require, show_options = Exercise(
    Question(
        "q1_draw_a_seven",
        {"valid": _drawing_is_valid, "read": _drawing_is_read},
        Drawing(UNCROSSED_SEVEN, reading=reading_html),
    ),
    Question(
        "q2_tilt_limit",
        {"below": _tilt_is_below, "smallest": _tilt_is_smallest},
        Slider(low=0, high=Q2_MAX, step=Q2_STEP, start=0, whole=True),
    ),
    Question(
        "q3_smallest_attack",
        {"fools": _attack_fools, "smallest": _attack_is_smallest},
        Slider(low=0.0, high=Q3_MAX, step=Q3_STEP, start=0.0),
    ),
    Question(
        "q4_confused_digits",
        {"valid": _pair_is_valid, "most": _pair_is_most_confused},
        Several(tuple(str(digit) for digit in DIGITS)),
        option_label=str,
    ),
    Question(
        "q5_what_the_attack_shows",
        choice_criteria("q5_what_the_attack_shows", Q5_OPTIONS, Q5_RIGHT_DIGEST),
        Choice(Q5_OPTIONS),
    ),
).interface()
