"""Assignment 01, "Rules versus learning": the five questions and their checks.

Used by ``assignments/01-rules-vs-learning-*/`` (nbgrader tests) and ``apps/*/01-rules-vs-learning``
(Voila app). Expected answers are computed from the data or compared as digests, never stored.
"""

from __future__ import annotations

from collections.abc import Callable

from caire.core.checks import Choice, Exercise, Feedback, Question, Several, Slider, choice_criteria, matches_digest
from caire.core.i18n import t
from caire.core.validation import real_number, ticked_names
from caire.modules.rules_vs_learning.data import WINE_MEASUREMENTS, measurement_label
from caire.modules.rules_vs_learning.model import one_threshold_rule_accuracy, train_tree

#: What the module teaches a learner to do (texts: ``m01.objective.<key>``); each question serves one of them.
OBJECTIVES = ("rules_or_learning", "hand_rule", "read_a_tree", "judge_on_unseen")

#: A hand rule must be right this often on the wines it was written from...
RULE_TRAIN_TARGET = 0.90
#: ...and this often on the unseen wines.
RULE_TEST_TARGET = 0.85
#: Question 3 is about the tree with this depth.
Q3_DEPTH = 2


def _rule_on(split: str, target: float) -> Callable[[object], Feedback]:
    def criterion(answer: object) -> Feedback:
        threshold = real_number("proline_threshold", answer)
        score = one_threshold_rule_accuracy(threshold, "proline", 0, split)
        key = f"q1_hand_rule.ok_{split}" if score >= target else f"q1_hand_rule.low_{split}"
        return Feedback(score >= target, t(key, accuracy=score, target=target))

    return criterion


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


#: Question 2: which tree a learner would hand to the lab, judged on the unseen wines.
Q2_OPTIONS = ("a", "b", "c", "d")
#: answer_digest("q2_which_tree", <right option>): the option itself is not stored.
Q2_RIGHT_DIGEST = "3c63c20224ad94cbb24b8f71869cb055f83b5b3cc31c227fc9d6563177c2e183"

Q4_OPTIONS = ("a", "b", "c", "d")
#: answer_digest("q4_what_learning_means", <right option>): the option itself is not stored.
Q4_RIGHT_DIGEST = "743e59551c4ef295cec8dfff01042a3528a56c2013b04c3f79fe24b830e5d58b"

#: Question 5: six tasks from several professions; the learner ticks those a model learned from examples suits.
Q5_OPTIONS = ("a", "b", "c", "d", "e", "f")
#: answer_digest("q5_rules_or_learning", <the set of right options>): the set itself is not stored.
Q5_RIGHT_DIGEST = "e393f3dfaeacbcfeb961f11df1f0dea5ca4807614e547f15cdbe315f07715175"


def _as_tasks(answer: object) -> set[str]:
    return ticked_names("learned_tasks", answer, Q5_OPTIONS, "letters")


def _tasks_are_valid(answer: object) -> Feedback:
    chosen = _as_tasks(answer)
    return Feedback(bool(chosen), t("q5_rules_or_learning.valid" if chosen else "q5_rules_or_learning.empty"))


def _tasks_are_right(answer: object) -> Feedback:
    chosen = _as_tasks(answer)
    if matches_digest("q5_rules_or_learning", chosen, Q5_RIGHT_DIGEST):
        return Feedback(True, t("q5_rules_or_learning.ok"))
    return Feedback(False, t("q5_rules_or_learning.wrong", chosen=len(chosen)))


_tasks_are_right.digest = Q5_RIGHT_DIGEST  # what tests/test_modules_shared.py compares with the solution's


#: The questions, and question(), check(), require() and show_options(): what the notebooks and the app call.
QUESTIONS, question, check, require, show_options = Exercise(
    Question(
        "q1_hand_rule",
        {"train": _rule_on("train", RULE_TRAIN_TARGET), "test": _rule_on("test", RULE_TEST_TARGET)},
        Slider(low=300, high=1700, step=5, start=500),
        objective="hand_rule",
        level="apply",
        competences=("art4.general_understanding", "digcomp.1.2", "unesco.techniques.apply"),
    ),
    Question(
        "q2_which_tree",
        choice_criteria("q2_which_tree", Q2_OPTIONS, Q2_RIGHT_DIGEST),
        Choice(Q2_OPTIONS),
        objective="judge_on_unseen",
        level="evaluate",
        competences=("art4.risks", "digcomp.1.2", "unesco.techniques.apply"),
    ),
    Question(
        "q3_measurements_used",
        {"valid": _measurements_are_valid, "right": _measurements_are_right},
        Several(WINE_MEASUREMENTS),
        option_label=measurement_label,
        objective="read_a_tree",
        level="understand",
        competences=("art4.general_understanding", "digcomp.1.2", "unesco.techniques.understand"),
    ),
    Question(
        "q4_what_learning_means",
        choice_criteria("q4_what_learning_means", Q4_OPTIONS, Q4_RIGHT_DIGEST),
        Choice(Q4_OPTIONS),
        objective="rules_or_learning",
        level="understand",
        competences=("art4.general_understanding", "digcomp.5.2", "unesco.techniques.understand"),
    ),
    Question(
        "q5_rules_or_learning",
        {"valid": _tasks_are_valid, "right": _tasks_are_right},
        Several(Q5_OPTIONS),
        objective="rules_or_learning",
        level="apply",
        competences=("art4.context", "digcomp.5.2", "unesco.design.understand"),
        transfer=True,
    ),
).interface()
