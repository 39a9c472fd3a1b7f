"""Assignment 02, "Generalisation and overfitting": the four questions and their checks.

Used by ``assignments/02-generalisation-*/`` (nbgrader tests) and ``apps/*/02-generalisation`` (Voila app).
Expected answers are computed from the generated data, or compared as digests, never stored.
"""

from __future__ import annotations

from caire.core.checks import Choice, Exercise, Feedback, Question, Several, Slider, choice_criteria, matches_digest
from caire.core.i18n import t
from caire.core.validation import ticked_names, whole_number
from caire.modules.generalisation.data import POOL_SIZE, SIZE_STEP, SIZES
from caire.modules.generalisation.model import COMPLEXITIES, complexity_curve, train_model

Q1, Q2, Q3, Q4 = "q1_sweet_spot_depth", "q2_enough_data", "q3_perfect_on_training", "q4_leaks"

#: Question 1 is about decision trees trained on all the training points...
Q1_FAMILY = "tree"
Q1_TRAINING_SIZE = POOL_SIZE
#: ...and accepts any depth whose test accuracy is at most this far below the best depth's.
SWEET_SPOT_TOLERANCE = 0.01
#: Question 2 is about this polynomial curve, and the smallest training set that gets it to this test accuracy.
Q2_FAMILY = "poly"
Q2_DEGREE = 8
Q2_TARGET = 0.87
#: Scores are shares of 2,000 test points: compare them with this much slack for rounding.
_EPSILON = 1e-9


def _depth(answer: object) -> int:
    return whole_number("best_depth", answer, 1, max(COMPLEXITIES[Q1_FAMILY]))


def _depth_not_memorised(answer: object) -> Feedback:
    depth = _depth(answer)
    trained = train_model(Q1_FAMILY, depth, Q1_TRAINING_SIZE)
    if trained.train_accuracy >= 1.0 - _EPSILON:
        return Feedback(False, t(f"{Q1}.memorised", depth=depth, test=trained.test_accuracy))
    return Feedback(True, t(f"{Q1}.not_memorised", depth=depth, train=trained.train_accuracy))


def _depth_near_best(answer: object) -> Feedback:
    depth = _depth(answer)
    curve = complexity_curve(Q1_FAMILY, Q1_TRAINING_SIZE)
    score = curve.test_at(depth)
    if score >= curve.best_test - SWEET_SPOT_TOLERANCE - _EPSILON:
        return Feedback(True, t(f"{Q1}.ok", depth=depth, accuracy=score))
    key = "too_simple" if depth < curve.best_step else "too_complex"
    return Feedback(False, t(f"{Q1}.{key}", depth=depth, accuracy=score))


def _size(answer: object) -> int:
    size = whole_number("enough_points", answer, SIZES[0], SIZES[-1])
    if size not in SIZES:
        raise ValueError(
            f"enough_points must be a size the slider offers, a multiple of {SIZE_STEP} "
            f"from {SIZES[0]} to {SIZES[-1]}; got {size}"
        )
    return size


def _q2_accuracy(size: int) -> float:
    return train_model(Q2_FAMILY, Q2_DEGREE, size).test_accuracy


def _size_reaches(answer: object) -> Feedback:
    size = _size(answer)
    score = _q2_accuracy(size)
    values = {"size": size, "degree": Q2_DEGREE, "accuracy": score, "target": Q2_TARGET}
    if score >= Q2_TARGET - _EPSILON:
        return Feedback(True, t(f"{Q2}.reaches", **values))
    return Feedback(False, t(f"{Q2}.too_few", **values))


def _size_is_smallest(answer: object) -> Feedback:
    reached = _size_reaches(answer)
    if not reached.passed:
        return reached
    size = _size(answer)
    if any(_q2_accuracy(smaller) >= Q2_TARGET - _EPSILON for smaller in SIZES if smaller < size):
        return Feedback(False, t(f"{Q2}.not_smallest", size=size, degree=Q2_DEGREE, target=Q2_TARGET))
    return Feedback(True, t(f"{Q2}.ok", size=size, degree=Q2_DEGREE, target=Q2_TARGET, accuracy=_q2_accuracy(size)))


Q3_OPTIONS = ("a", "b", "c", "d")
#: answer_digest(Q3, <right option>): the option itself is not stored.
Q3_RIGHT_DIGEST = "3bcf475c516255f6e37ff0e972f9190be080faca7876836f241ee8dfdcf8bae0"


Q4_OPTIONS = ("a", "b", "c", "d", "e", "f")
#: answer_digest(Q4, <the set of right options>): the set itself is not stored.
Q4_RIGHT_DIGEST = "e5a7d5d71170b2741284999e1a84694bda21fe4465c1ba7ef1b9aec9687bfd22"


def _as_workflows(answer: object) -> set[str]:
    return ticked_names("leaky_workflows", answer, Q4_OPTIONS, "letters")


def _workflows_are_valid(answer: object) -> Feedback:
    chosen = _as_workflows(answer)
    return Feedback(bool(chosen), t(f"{Q4}.valid" if chosen else f"{Q4}.empty"))


def _workflows_are_right(answer: object) -> Feedback:
    chosen = _as_workflows(answer)
    if matches_digest(Q4, chosen, Q4_RIGHT_DIGEST):
        return Feedback(True, t(f"{Q4}.ok"))
    return Feedback(False, t(f"{Q4}.wrong", chosen=len(chosen)))


_workflows_are_right.digest = Q4_RIGHT_DIGEST  # what tests/test_modules_shared.py compares with the solution's


#: The questions, and question(), check(), require() and show_options(): what the notebooks and the app call.
QUESTIONS, question, check, require, show_options = Exercise(
    Question(
        Q1,
        {"not_memorised": _depth_not_memorised, "near_best": _depth_near_best},
        Slider(low=1, high=max(COMPLEXITIES[Q1_FAMILY]), step=1, start=1, whole=True),
    ),
    Question(
        Q2,
        {"reaches": _size_reaches, "smallest": _size_is_smallest},
        Slider(low=SIZES[0], high=SIZES[-1], step=SIZE_STEP, start=SIZES[0], whole=True),
    ),
    Question(Q3, choice_criteria(Q3, Q3_OPTIONS, Q3_RIGHT_DIGEST), Choice(Q3_OPTIONS)),
    Question(Q4, {"valid": _workflows_are_valid, "right": _workflows_are_right}, Several(Q4_OPTIONS)),
).interface()
