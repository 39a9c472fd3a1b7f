"""Assignment 02, "Generalisation and overfitting": the four questions and their checks.

Used by ``assignments/02-generalisation-*/`` (nbgrader tests) and ``apps/*/02-generalisation`` (Voila app).
Expected answers are computed from the generated data, or compared as digests, never stored.
"""

from __future__ import annotations

from caire.core.checks import Choice, Exercise, Feedback, Question, Several, Slider, choice_criteria, matches_digest
from caire.core.i18n import t
from caire.core.validation import ticked_names, whole_number
from caire.modules.generalisation.data import POOL_SIZE
from caire.modules.generalisation.model import COMPLEXITIES, complexity_curve, train_model

#: What the module teaches a learner to do (texts: ``m02.objective.<key>``); each question serves one of them.
OBJECTIVES = ("sweet_spot", "more_data", "honest_test")

Q1, Q2, Q3, Q4 = "q1_sweet_spot_depth", "q2_more_data", "q3_split_by_pump", "q4_leaks"

#: Question 1 is about decision trees trained on all the training points...
Q1_FAMILY = "tree"
Q1_TRAINING_SIZE = POOL_SIZE
#: ...and accepts any depth whose test accuracy is at most this far below the best depth's.
SWEET_SPOT_TOLERANCE = 0.01
#: Question 2 asks what happens to this polynomial curve's scores when it learns from the second number of training
#: points instead of the first (the options say it; tests/modules/test_generalisation.py checks it on the data).
Q2_FAMILY = "poly"
Q2_DEGREE = 8
Q2_SIZES = (40, 300)
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


Q2_OPTIONS = ("a", "b", "c", "d")
#: answer_digest(Q2, <right option>): the option itself is not stored.
Q2_RIGHT_DIGEST = "19231760f094dd7c145be998cee0c83ebe5af5549a654b91401be09ece4c4c38"


Q3_OPTIONS = ("a", "b", "c", "d")
#: answer_digest(Q3, <right option>): the option itself is not stored.
Q3_RIGHT_DIGEST = "5dbaaa2f331604fcb10e3d04a66fa4d0aee8f2b450f1fd66212c5374a69f6b2b"


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
        objective="sweet_spot",
        level="apply",
        competences=("art4.general_understanding", "digcomp.1.2", "unesco.techniques.apply"),
    ),
    Question(
        Q2,
        choice_criteria(Q2, Q2_OPTIONS, Q2_RIGHT_DIGEST),
        Choice(Q2_OPTIONS),
        objective="more_data",
        level="understand",
        competences=("art4.general_understanding", "digcomp.1.2", "unesco.techniques.understand"),
    ),
    Question(
        Q3,
        choice_criteria(Q3, Q3_OPTIONS, Q3_RIGHT_DIGEST),
        Choice(Q3_OPTIONS),
        objective="honest_test",
        level="analyse",
        competences=("art4.risks", "art4.context", "digcomp.1.2", "unesco.design.understand"),
        transfer=True,
    ),
    Question(
        Q4,
        {"valid": _workflows_are_valid, "right": _workflows_are_right},
        Several(Q4_OPTIONS),
        objective="honest_test",
        level="analyse",
        competences=("art4.risks", "digcomp.1.2", "unesco.design.understand"),
    ),
).interface()
