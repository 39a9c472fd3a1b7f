"""Assignment 01, "Rules versus learning": the four questions and their checks.

Used by ``assignments/01-rules-vs-learning-*/`` (nbgrader tests) and ``apps/*/01-rules-vs-learning``
(Voila app). Expected answers are computed from the data or compared as digests, never stored.
"""

from __future__ import annotations

from collections.abc import Callable

from caire.core.checks import Choice, Exercise, Feedback, Question, Several, Slider, choice_criteria
from caire.core.i18n import t
from caire.core.validation import real_number, ticked_names, whole_number
from caire.modules.rules_vs_learning.data import WINE_MEASUREMENTS, measurement_label
from caire.modules.rules_vs_learning.model import MAX_DEPTH_LIMIT, one_threshold_rule_accuracy, train_tree

#: A hand rule must be right this often on the wines it was written from...
RULE_TRAIN_TARGET = 0.90
#: ...and this often on the unseen wines.
RULE_TEST_TARGET = 0.85
#: Question 2 asks for the smallest tree that reaches this accuracy on unseen wines.
TREE_TEST_TARGET = 0.90
#: Question 3 is about the tree with this depth.
Q3_DEPTH = 2


def _rule_on(split: str, target: float) -> Callable[[object], Feedback]:
    def criterion(answer: object) -> Feedback:
        threshold = real_number("proline_threshold", answer)
        score = one_threshold_rule_accuracy(threshold, "proline", 0, split)
        key = f"q1_hand_rule.ok_{split}" if score >= target else f"q1_hand_rule.low_{split}"
        return Feedback(score >= target, t(key, accuracy=score, target=target))

    return criterion


def _depth_is_valid(answer: object) -> Feedback:
    depth = whole_number("max_depth", answer, 1, MAX_DEPTH_LIMIT)
    return Feedback(True, t("q2_smallest_tree.valid", depth=depth))


def _depth_is_smallest(answer: object) -> Feedback:
    depth = whole_number("max_depth", answer, 1, MAX_DEPTH_LIMIT)
    score = train_tree(depth).test_accuracy
    if score < TREE_TEST_TARGET:
        return Feedback(False, t("q2_smallest_tree.too_weak", depth=depth, accuracy=score, target=TREE_TEST_TARGET))
    if any(train_tree(smaller).test_accuracy >= TREE_TEST_TARGET for smaller in range(1, depth)):
        return Feedback(False, t("q2_smallest_tree.not_smallest", depth=depth, target=TREE_TEST_TARGET))
    return Feedback(True, t("q2_smallest_tree.ok", depth=depth, accuracy=score))


def _as_measurements(answer: object) -> set[str]:
    return ticked_names("measurements_used", answer, WINE_MEASUREMENTS, "measurement names")


def _measurements_are_valid(answer: object) -> Feedback:
    chosen = _as_measurements(answer)
    return Feedback(bool(chosen), t("q3_measurements_used.valid" if chosen else "q3_measurements_used.empty"))


def _measurements_are_right(answer: object) -> Feedback:
    chosen = _as_measurements(answer)
    used = train_tree(Q3_DEPTH).measurements_used
    if chosen == used:
        return Feedback(True, t("q3_measurements_used.ok"))
    return Feedback(False, t("q3_measurements_used.wrong", chosen=len(chosen), depth=Q3_DEPTH))


Q4_OPTIONS = ("a", "b", "c", "d")
#: answer_digest("q4_what_learning_means", <right option>): the option itself is not stored.
Q4_RIGHT_DIGEST = "743e59551c4ef295cec8dfff01042a3528a56c2013b04c3f79fe24b830e5d58b"

#: The questions, and question(), check(), require() and show_options(): what the notebooks and the app call.
QUESTIONS, question, check, require, show_options = Exercise(
    Question(
        "q1_hand_rule",
        {"train": _rule_on("train", RULE_TRAIN_TARGET), "test": _rule_on("test", RULE_TEST_TARGET)},
        Slider(low=300, high=1700, step=5, start=500),
    ),
    Question(
        "q2_smallest_tree",
        {"valid": _depth_is_valid, "smallest": _depth_is_smallest},
        Slider(low=1, high=MAX_DEPTH_LIMIT, step=1, start=1, whole=True),
    ),
    Question(
        "q3_measurements_used",
        {"valid": _measurements_are_valid, "right": _measurements_are_right},
        Several(WINE_MEASUREMENTS),
        option_label=measurement_label,
    ),
    Question(
        "q4_what_learning_means",
        choice_criteria("q4_what_learning_means", Q4_OPTIONS, Q4_RIGHT_DIGEST),
        Choice(Q4_OPTIONS),
    ),
).interface()
