"""Assignment 03, "Errors and their cost": the five questions and their checks.

Used by ``assignments/03-errors-and-costs-*/`` (nbgrader tests) and ``apps/*/03-errors-and-costs`` (Voila app).
Expected answers are computed from the data and the model trained live, or compared as digests, never stored.
"""

from __future__ import annotations

import math

from caire.core.checks import Choice, Exercise, Feedback, Question, Slider, choice_criteria, share_is_valid
from caire.core.i18n import t
from caire.core.numbers import number
from caire.core.validation import share
from caire.modules.errors_and_costs.model import THRESHOLDS, check_threshold, cost_curve, outcomes, total_cost

#: What the module teaches a learner to do (texts: ``m03.objective.<key>``); each question serves one of them.
OBJECTIVES = ("two_errors", "threshold_costs", "base_rate")

#: Question 1: at most this many malignant unseen tumours may be missed...
Q1_MOST_MISSED = 1
#: ...and at most this many benign unseen tumours sent to an unneeded biopsy.
Q1_MOST_FALSE_ALARMS = 20
#: Question 2 asks for the precision of the tumour model at this threshold.
Q2_THRESHOLD = 0.2
#: A share typed with two decimals (0.86) is accepted for one computed to more (0.859...).
SHARE_TOLERANCE = 0.006
#: Question 3: what a missed fraud and a blocked honest customer cost the bank (euros).
Q3_COST_MISSED = 100.0
Q3_COST_FALSE_ALARM = 10.0
#: Question 3: a threshold is "cheapest" when its total cost is within this share of the lowest one.
Q3_TOLERANCE = 0.05
#: Question 3: the threshold the model would use if nobody thought about costs.
DEFAULT_THRESHOLD = 0.5
#: Question 4: a skin-cancer app whose precision was measured where melanomas are common, used where they are rare
#: (shares of the moles tested that are melanomas), finding the same share of melanomas and flagging the same share
#: of harmless moles (tests/modules/test_errors_and_costs.py works out what its precision becomes).
Q4_CLINIC_BASE_RATE = 0.3
Q4_PHARMACY_BASE_RATE = 0.005
Q4_RECALL = 0.9
Q4_FALSE_ALARM_RATE = 0.045


# --- question 1: a threshold that misses few tumours without alarming everyone ----------------------------


def _tumour_threshold(answer: object) -> float:
    return check_threshold(answer, "tumour_threshold")


def _few_missed(answer: object) -> Feedback:
    threshold = _tumour_threshold(answer)
    found = outcomes("health", threshold)
    key = "ok_missed" if found.false_negatives <= Q1_MOST_MISSED else "too_many_missed"
    return Feedback(
        found.false_negatives <= Q1_MOST_MISSED,
        t(
            f"q1_tumour_threshold.{key}",
            threshold=threshold,
            missed=found.false_negatives,
            malignant=found.positives,
            most=Q1_MOST_MISSED,
        ),
    )


def _few_false_alarms(answer: object) -> Feedback:
    threshold = _tumour_threshold(answer)
    found = outcomes("health", threshold)
    passed = found.false_positives <= Q1_MOST_FALSE_ALARMS
    key = "ok_false_alarms" if passed else "too_many_false_alarms"
    return Feedback(
        passed,
        t(
            f"q1_tumour_threshold.{key}",
            threshold=threshold,
            false_alarms=found.false_positives,
            benign=found.negatives,
            most=Q1_MOST_FALSE_ALARMS,
            most_missed=Q1_MOST_MISSED,
        ),
    )


# --- question 2: the share of the flagged tumours that are malignant ------------------------------------------


def _close(value: float, target: float) -> bool:
    return not math.isnan(target) and abs(value - target) <= SHARE_TOLERANCE


def _precision_is_right(answer: object) -> Feedback:
    value = share("share_really_malignant", answer)
    found = outcomes("health", Q2_THRESHOLD)
    if _close(value, found.precision):
        return Feedback(
            True,
            t(
                "q2_tumour_precision.ok",
                flagged=found.flagged,
                found=found.true_positives,
                threshold=Q2_THRESHOLD,
                precision=found.precision,
            ),
        )
    if _close(value, found.recall):
        return Feedback(False, t("q2_tumour_precision.that_is_recall"))
    if _close(value, found.accuracy):
        return Feedback(False, t("q2_tumour_precision.that_is_accuracy"))
    return Feedback(False, t("q2_tumour_precision.wrong", threshold=Q2_THRESHOLD))


# --- question 3: the cheapest threshold for the bank --------------------------------------------------------


def _fraud_cost(answer: object) -> tuple[float, float]:
    threshold = check_threshold(answer, "fraud_threshold")
    return threshold, total_cost("banking", threshold, Q3_COST_MISSED, Q3_COST_FALSE_ALARM)


def _beats_default(answer: object) -> Feedback:
    threshold, cost = _fraud_cost(answer)
    default = total_cost("banking", DEFAULT_THRESHOLD, Q3_COST_MISSED, Q3_COST_FALSE_ALARM)
    key = "ok_default" if cost < default else "worse_than_default"
    return Feedback(
        cost < default,
        t(
            f"q3_fraud_cheapest_threshold.{key}",
            threshold=threshold,
            total=number(cost, 2),
            default=number(default, 2),
            default_threshold=DEFAULT_THRESHOLD,
        ),
    )


def _is_cheapest(answer: object) -> Feedback:
    threshold, cost = _fraud_cost(answer)
    lowest = float(cost_curve("banking", Q3_COST_MISSED, Q3_COST_FALSE_ALARM)[1].min())
    passed = cost <= lowest * (1 + Q3_TOLERANCE)
    key = "ok_cheapest" if passed else "not_cheapest"
    return Feedback(
        passed,
        t(
            f"q3_fraud_cheapest_threshold.{key}",
            threshold=threshold,
            total=number(cost, 2),
            lowest=number(lowest, 2),
            tolerance=Q3_TOLERANCE,
        ),
    )


# --- questions 4 and 5: precision where positives are rare, and who bears the cost of a false alarm -----------


Q4_OPTIONS = ("a", "b", "c", "d")
#: answer_digest("q4_precision_elsewhere", <right option>): the option itself is not stored.
Q4_RIGHT_DIGEST = "f4fec7d4ce48c42734e5757c1ba4cdf1402f94595605b824005c8ddac56a3250"

Q5_OPTIONS = ("a", "b", "c", "d")
#: answer_digest("q5_who_bears_the_cost", <right option>): the option itself is not stored.
Q5_RIGHT_DIGEST = "daa47a5e58967136e33e42637d7823b91c90c0bdedb8c0eb61ce76f9627e0584"


#: The questions, and question(), check(), require() and show_options(): what the notebooks and the app call.
QUESTIONS, question, check, require, show_options = Exercise(
    Question(
        "q1_tumour_threshold",
        {"missed": _few_missed, "false_alarms": _few_false_alarms},
        Slider(low=THRESHOLDS[0], high=THRESHOLDS[-1], step=0.01, start=DEFAULT_THRESHOLD),
        objective="threshold_costs",
        level="apply",
        competences=("art4.risks", "digcomp.4.3", "unesco.techniques.apply"),
    ),
    Question(
        "q2_tumour_precision",
        {"valid": share_is_valid("share_really_malignant"), "right": _precision_is_right},
        Slider(low=0, high=1, step=0.01, start=0.5),
        objective="two_errors",
        level="apply",
        competences=("art4.general_understanding", "digcomp.1.2", "unesco.techniques.apply"),
    ),
    Question(
        "q3_fraud_cheapest_threshold",
        {"beats_default": _beats_default, "cheapest": _is_cheapest},
        Slider(low=THRESHOLDS[0], high=THRESHOLDS[-1], step=0.01, start=DEFAULT_THRESHOLD),
        objective="threshold_costs",
        level="apply",
        competences=("art4.risks", "digcomp.5.2", "unesco.techniques.apply"),
    ),
    Question(
        "q4_precision_elsewhere",
        choice_criteria("q4_precision_elsewhere", Q4_OPTIONS, Q4_RIGHT_DIGEST),
        Choice(Q4_OPTIONS),
        objective="base_rate",
        level="analyse",
        competences=("art4.context", "digcomp.1.2", "digcomp.4.3", "unesco.techniques.apply"),
        transfer=True,
    ),
    Question(
        "q5_who_bears_the_cost",
        choice_criteria("q5_who_bears_the_cost", Q5_OPTIONS, Q5_RIGHT_DIGEST),
        Choice(Q5_OPTIONS),
        objective="threshold_costs",
        level="evaluate",
        competences=("art4.context", "art4.risks", "digcomp.2.3", "unesco.ethics.apply"),
        transfer=True,
    ),
).interface()
