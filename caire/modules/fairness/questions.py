"""Assignment 09, "Fairness": the five questions and their checks.

Used by ``assignments/09-fairness-*/`` (nbgrader tests) and ``apps/*/09-fairness`` (Voila app).
Expected answers are computed from the data and the model trained live, or compared as digests, never stored.
"""

from __future__ import annotations

from caire.core.checks import Choice, Exercise, Feedback, Question, Slider, choice_criteria, share_is_valid
from caire.core.i18n import t
from caire.core.validation import share
from caire.modules.fairness.model import DEFAULT_THRESHOLD, check_threshold, measure

#: A gap typed with two decimals (0.16) is accepted for one computed to more (0.157...).
GAP_TOLERANCE = 0.01
#: Question 4: the men's threshold stays at 0.5; the women's must bring the parity gap to at most this...
Q4_MOST_PARITY_GAP = 0.05
#: ...while the model still agrees with at least this share of the past decisions on the unseen applicants.
Q4_LEAST_ACCURACY = 0.76

Q2_OPTIONS = ("a", "b", "c", "d")
Q2_RIGHT_DIGEST = "9722c4dba03863d4caf0717f1d612771415a3ffeac09635e43976aafb8700965"
Q3_OPTIONS = ("test_score", "experience_years", "career_gap")
Q3_RIGHT_DIGEST = "1b09f53c30b89977bcb2e554b8dbf439d414d05da261417aaa0e71788933f01b"
Q5_OPTIONS = ("a", "b", "c", "d")
Q5_RIGHT_DIGEST = "91681045bcdd1e56f52491b61602501b41c96651f418b1dd582a4ae57e6c71bd"


# --- question 1: the parity gap of the model ----------------------------------------------------------------


def _gap_is_right(answer: object) -> Feedback:
    value = share("parity_gap", answer)
    found = measure()
    if abs(value - found.parity_gap) <= GAP_TOLERANCE:
        rates = found.selection_rate
        return Feedback(True, t("q1_parity_gap.ok", women=rates["women"], men=rates["men"], gap=found.parity_gap))
    for group in ("women", "men"):
        if abs(value - found.selection_rate[group]) <= GAP_TOLERANCE:
            return Feedback(False, t("q1_parity_gap.that_is_a_rate"))
    return Feedback(False, t("q1_parity_gap.wrong"))


# --- question 4: a threshold for women that brings parity ---------------------------------------------------


def _women_threshold(answer: object) -> float:
    return check_threshold(answer, "threshold_women")


def _parity_reached(answer: object) -> Feedback:
    threshold = _women_threshold(answer)
    found = measure(threshold, DEFAULT_THRESHOLD)
    passed = found.parity_gap <= Q4_MOST_PARITY_GAP
    key = "ok_parity" if passed else "gap_too_large"
    rates = found.selection_rate
    message = t(
        f"q4_women_threshold.{key}",
        threshold=threshold,
        gap=found.parity_gap,
        most=Q4_MOST_PARITY_GAP,
        women=rates["women"],
        men=rates["men"],
    )
    return Feedback(passed, message)


def _accuracy_kept(answer: object) -> Feedback:
    threshold = _women_threshold(answer)
    found = measure(threshold, DEFAULT_THRESHOLD)
    passed = found.accuracy >= Q4_LEAST_ACCURACY
    key = "ok_accuracy" if passed else "accuracy_too_low"
    message = t(
        f"q4_women_threshold.{key}",
        threshold=threshold,
        accuracy=found.accuracy,
        least=Q4_LEAST_ACCURACY,
        before=measure().accuracy,
    )
    return Feedback(passed, message)


#: The questions, and question(), check(), require() and show_options(): what the notebooks and the app call.
QUESTIONS, question, check, require, show_options = Exercise(
    Question(
        "q1_parity_gap",
        {"valid": share_is_valid("parity_gap"), "right": _gap_is_right},
        Slider(low=0, high=1, step=0.01, start=0),
    ),
    Question(
        "q2_remove_group",
        choice_criteria("q2_remove_group", Q2_OPTIONS, Q2_RIGHT_DIGEST),
        Choice(Q2_OPTIONS),
    ),
    Question(
        "q3_proxy",
        choice_criteria("q3_proxy", Q3_OPTIONS, Q3_RIGHT_DIGEST),
        Choice(Q3_OPTIONS),
    ),
    Question(
        "q4_women_threshold",
        {"parity": _parity_reached, "accuracy": _accuracy_kept},
        Slider(low=0, high=1, step=0.01, start=DEFAULT_THRESHOLD),
    ),
    Question(
        "q5_who_decides",
        choice_criteria("q5_who_decides", Q5_OPTIONS, Q5_RIGHT_DIGEST),
        Choice(Q5_OPTIONS),
    ),
).interface()
