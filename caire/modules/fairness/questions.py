"""Assignment 09, "Fairness": the five questions and their checks.

Used by ``assignments/09-fairness-*/`` (nbgrader tests) and ``apps/*/09-fairness`` (Voila app).
Expected answers are computed from the data and the model trained live, or compared as digests, never stored.
Question 4 asks what to do once the company has taken a lawful step (dropping the proxy), measured on the module's
own model; questions 3 and 5 carry the module's ideas to a bank and to a university's admissions.
"""

from __future__ import annotations

from caire.core.checks import (
    Choice,
    Exercise,
    Feedback,
    Question,
    Slider,
    choice_criteria,
    matches_digest,
    one_of_options,
    share_is_valid,
)
from caire.core.i18n import t
from caire.core.validation import share
from caire.modules.fairness.model import measure

#: The module's learning objectives (texts: ``m09.objective.<key>``); each question serves one.
OBJECTIVES = ("measure_bias", "proxies", "lawful_corrections", "who_decides")

#: A gap typed with two decimals (0.16) is accepted for one computed to more (0.157...).
GAP_TOLERANCE = 0.01
#: Question 4: the model the company would retrain, without the gender column nor its proxy, the career gap.
Q4_FEATURES = "without_group_or_proxy"

CHOICES = ("a", "b", "c", "d")
#: answer_digest(<question id>, <right option>): the options themselves are not stored.
Q2_RIGHT_DIGEST = "9722c4dba03863d4caf0717f1d612771415a3ffeac09635e43976aafb8700965"
Q3_RIGHT_DIGEST = "847485e19214df6769871783428e99217560c03473677d6bcecdd68b5df775e0"
Q4_RIGHT_DIGEST = "eb5491b8b50c10097deff3d6e3ac9465a502736c0042dcb3f1af0766939669c0"
Q5_RIGHT_DIGEST = "a57379f2860bce81999eda426b84b5107c80161666839f43c0a66343cdbc1627"


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


# --- question 4: after dropping the proxy ------------------------------------------------------------------------


def _next_step_is_right(answer: object) -> Feedback:
    """The hidden criterion: the right option (by digest); the feedback gives the measures of the model without the
    career gap, computed from the model trained live."""
    if not matches_digest("q4_after_the_proxy", answer, Q4_RIGHT_DIGEST):
        return Feedback(False, t("q4_after_the_proxy.wrong"))
    found = measure(features=Q4_FEATURES)
    tpr = found.true_positive_rate
    return Feedback(True, t("q4_after_the_proxy.ok", gap=found.parity_gap, women=tpr["women"], men=tpr["men"]))


_next_step_is_right.digest = Q4_RIGHT_DIGEST  # what tests/test_modules_shared.py compares


#: The questions, and question(), check(), require() and show_options(): what the notebooks and the app call.
QUESTIONS, question, check, require, show_options = Exercise(
    Question(
        "q1_parity_gap",
        {"valid": share_is_valid("parity_gap"), "right": _gap_is_right},
        Slider(low=0, high=1, step=0.01, start=0),
        objective="measure_bias",
        level="apply",
        competences=("art4.risks", "digcomp.1.2", "unesco.ethics.understand"),
    ),
    Question(
        "q2_remove_group",
        choice_criteria("q2_remove_group", CHOICES, Q2_RIGHT_DIGEST),
        Choice(CHOICES),
        objective="proxies",
        level="understand",
        competences=("art4.general_understanding", "digcomp.1.2", "unesco.ethics.understand"),
    ),
    Question(
        "q3_likely_proxy",
        choice_criteria("q3_likely_proxy", CHOICES, Q3_RIGHT_DIGEST),
        Choice(CHOICES),
        objective="proxies",
        level="analyse",
        competences=("art4.risks", "art4.context", "digcomp.1.2", "unesco.ethics.apply"),
        transfer=True,
    ),
    Question(
        "q4_after_the_proxy",
        {"valid": lambda answer: one_of_options("q4_after_the_proxy", answer, CHOICES), "right": _next_step_is_right},
        Choice(CHOICES),
        objective="lawful_corrections",
        level="evaluate",
        competences=("art4.risks", "art4.role", "digcomp.1.2", "unesco.ethics.apply"),
    ),
    Question(
        "q5_who_chooses",
        choice_criteria("q5_who_chooses", CHOICES, Q5_RIGHT_DIGEST),
        Choice(CHOICES),
        objective="who_decides",
        level="evaluate",
        competences=("art4.role", "art4.context", "digcomp.2.3", "unesco.ethics.apply", "unesco.mindset.apply"),
        transfer=True,
    ),
).interface()
