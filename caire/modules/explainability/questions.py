"""Assignment 10, "Explainability and trust": the five questions and their checks.

Used by ``assignments/10-explainability-*/`` (nbgrader tests) and ``apps/*/10-explainability`` (Voila app).
No answer key is stored: the accuracy drop, the smallest income rise and the share of "90% sure" applicants who
repaid are computed from the models trained live; the right options of questions 1 and 5 are compared as digests.
"""

from __future__ import annotations

from caire.core.checks import Choice, Exercise, Feedback, Question, Slider, choice_criteria
from caire.core.i18n import t
from caire.core.validation import real_number
from caire.modules.explainability.data import RANGES, applicant
from caire.modules.explainability.model import approved, permutation_importance, share_repaid_when_sure, smallest_change

#: What the module teaches (texts "m10.objective.<key>"); every question serves one of them.
OBJECTIVES = ("importance", "counterfactual", "calibration", "rights")

Q1_OPTIONS = ("a", "b", "c", "d")
#: answer_digest("q1_importance_claim", <right option>): the option itself is not stored.
Q1_RIGHT_DIGEST = "e4b4855626557adbaa901c610c3b0b8c55a4baa59d9db600dea30efdd8602d59"

#: Question 2: the fact whose accuracy drop the learner reads, and how far (in points) an answer may be from it.
Q2_FEATURE = "debt_ratio"
Q2_TOLERANCE = 1.0
#: Question 3: the unseen applicant whose income is raised, and how far (k€) above the smallest rise an answer may be.
Q3_APPLICANT = 4
Q3_TOLERANCE = 1.0
#: Question 4: the model and the probability from which it counts as "sure"; how far (points) an answer may be.
Q4_KIND = "overconfident"
Q4_AT_LEAST = 0.9
Q4_TOLERANCE = 3.0

Q5_OPTIONS = ("a", "b", "c", "d")
#: answer_digest("q5_refused_applicant", <right option>): the option itself is not stored.
Q5_RIGHT_DIGEST = "fa44a6ac0ae1d445705bf617894a8304d3b149c1b0e85da24006c6e8b3d8d176"


# --- question 2: the accuracy drop of one fact, in points -------------------------------------------------------


def _points(name: str, answer: object) -> float:
    value = real_number(name, answer)
    if not 0 <= value <= 100:
        raise ValueError(f"{name} must be between 0 and 100 (percentage points); got {answer!r}")
    return value


def _drop_is_valid(answer: object) -> Feedback:
    return Feedback(True, t("q2_accuracy_drop.valid", points=_points("accuracy_drop", answer)))


def _drop_is_right(answer: object) -> Feedback:
    points = _points("accuracy_drop", answer)
    drop = 100 * permutation_importance("careful")[Q2_FEATURE]
    if abs(points - drop) <= Q2_TOLERANCE:
        return Feedback(True, t("q2_accuracy_drop.ok", drop=drop))
    if points < 1 and abs(100 * points - drop) <= Q2_TOLERANCE:
        return Feedback(False, t("q2_accuracy_drop.share_not_points"))
    return Feedback(False, t("q2_accuracy_drop.wrong"))


# --- question 3: the smallest income rise that flips one decision ----------------------------------------------


def _rise(answer: object) -> float:
    value = real_number("income_rise", answer)
    now = applicant(Q3_APPLICANT)["income"]
    high = RANGES["income"][1] - now
    if not 0 <= value <= high:
        raise ValueError(
            f"income_rise must be between 0 and {high:g} (k€ added to the income of {now:g}); got {answer!r}"
        )
    return value


def _rise_is_valid(answer: object) -> Feedback:
    return Feedback(True, t("q3_income_flip.valid", rise=_rise(answer)))


def _rise_flips(answer: object) -> Feedback:
    rise = _rise(answer)
    values = applicant(Q3_APPLICANT)
    values["income"] += rise
    if approved(values):
        return Feedback(True, t("q3_income_flip.flips", income=values["income"]))
    return Feedback(False, t("q3_income_flip.no_flip", income=values["income"]))


def _rise_is_smallest(answer: object) -> Feedback:
    rise = _rise(answer)
    smallest = smallest_change(applicant(Q3_APPLICANT), "income", step=0.1)
    if smallest is not None and rise <= smallest + Q3_TOLERANCE:
        return Feedback(True, t("q3_income_flip.ok", smallest=smallest))
    return Feedback(False, t("q3_income_flip.too_big"))


# --- question 4: when the over-confident model says "90% or more" ----------------------------------------------


def _percent_is_valid(answer: object) -> Feedback:
    return Feedback(True, t("q4_sure_share.valid", percent=_points("share_repaid", answer)))


def _percent_is_right(answer: object) -> Feedback:
    percent = _points("share_repaid", answer)
    count, share = share_repaid_when_sure(Q4_KIND, Q4_AT_LEAST)
    if abs(percent - 100 * share) <= Q4_TOLERANCE:
        return Feedback(True, t("q4_sure_share.ok", count=count, share=share))
    if percent <= 1 and abs(100 * percent - 100 * share) <= Q4_TOLERANCE:
        return Feedback(False, t("q4_sure_share.share_not_percent"))
    _careful_count, careful = share_repaid_when_sure("careful", Q4_AT_LEAST)
    if abs(percent - 100 * careful) <= Q4_TOLERANCE:
        return Feedback(False, t("q4_sure_share.that_is_careful"))
    return Feedback(False, t("q4_sure_share.wrong"))


#: The questions, and question(), check(), require() and show_options(): what the notebooks and the app call.
QUESTIONS, question, check, require, show_options = Exercise(
    Question(
        "q1_importance_claim",
        choice_criteria("q1_importance_claim", Q1_OPTIONS, Q1_RIGHT_DIGEST),
        Choice(Q1_OPTIONS),
        objective="importance",
        level="understand",
        competences=("art4.general_understanding", "digcomp.1.2", "unesco.techniques.understand"),
    ),
    Question(
        "q2_accuracy_drop",
        {"valid": _drop_is_valid, "right": _drop_is_right},
        Slider(low=0, high=20, step=0.1, start=0),
        objective="importance",
        level="understand",
        competences=("art4.general_understanding", "digcomp.1.2", "unesco.techniques.understand"),
    ),
    Question(
        "q3_income_flip",
        {"valid": _rise_is_valid, "flips": _rise_flips, "smallest": _rise_is_smallest},
        Slider(low=0, high=60, step=0.5, start=0),
        objective="counterfactual",
        level="apply",
        competences=("art4.context", "digcomp.1.2", "unesco.techniques.apply"),
    ),
    Question(
        "q4_sure_share",
        {"valid": _percent_is_valid, "right": _percent_is_right},
        Slider(low=0, high=100, step=1, start=50, whole=True),
        objective="calibration",
        level="understand",
        competences=("art4.risks", "digcomp.1.2", "unesco.techniques.understand"),
    ),
    Question(
        "q5_refused_applicant",
        choice_criteria("q5_refused_applicant", Q5_OPTIONS, Q5_RIGHT_DIGEST),
        Choice(Q5_OPTIONS),
        objective="rights",
        level="apply",
        competences=("art4.context", "digcomp.2.3", "digcomp.4.2", "unesco.ethics.apply"),
        transfer=True,
    ),
).interface()
