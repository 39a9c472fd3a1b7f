"""Assignment 13, "Human oversight and regulation": the six questions and their checks.

Used by ``assignments/13-oversight-and-regulation-*/`` (nbgrader tests) and ``apps/*/13-oversight-and-regulation``
(Voila app). No answer key is stored in plain text: the band is checked by computing what it does to the unseen
claims; the tiers of the use cases are read from the digests of :mod:`caire.modules.oversight_and_regulation.data`;
the right options of the choice questions are compared as digests; the parity gap is the one of module 09's hiring
model (:func:`caire.modules.oversight_and_regulation.data.hiring_facts`).
"""

from __future__ import annotations

from caire.core.checks import Choice, Exercise, Feedback, Question, Several, Slider, choice_criteria
from caire.core.i18n import t
from caire.core.validation import real_number, ticked_names
from caire.modules.oversight_and_regulation.data import GRADED_CASES, case_label, cases_in, hiring_facts
from caire.modules.oversight_and_regulation.model import band_result, check_band

#: What the module teaches (texts "m13.objective.<key>"); every question serves one of them.
OBJECTIVES = ("oversight", "risk_tiers", "documentation")

#: Question 1: what the band must achieve on the unseen claims.
Q1_MAX_ERROR = 0.035
Q1_MIN_AUTOMATION = 0.65

Q2_OPTIONS = ("a", "b", "c", "d")
#: answer_digest("q2_automation_bias", <right option>): the option itself is not stored.
Q2_RIGHT_DIGEST = "8c080529e69fadc5c5fd5cdfeead9b53de11dc6f5dfe29b99b8f1b5c9dd3f1e0"

Q5_OPTIONS = ("a", "b", "c", "d")
#: answer_digest("q5_oversight_in_practice", <right option>).
Q5_RIGHT_DIGEST = "e1d69108664978fdaff05025afa2761d632a1fea871a54a935eb29bb5b845cc7"

#: Question 6: how close (in percentage points) to module 09's parity gap a whole-number answer must be.
Q6_TOLERANCE = 0.6


# --- question 1: a band that keeps errors low and still automates most claims -----------------------------------


def _band(answer: object) -> float:
    return check_band(answer, "band")


def _band_is_valid(answer: object) -> Feedback:
    return Feedback(True, t("m13.feedback.valid_band", band=_band(answer)))


def _band_errors_low(answer: object) -> Feedback:
    found = band_result(_band(answer))
    if found.automated == 0:
        return Feedback(False, t("q1_uncertainty_band.nothing_automatic"))
    if found.error_rate > Q1_MAX_ERROR:
        return Feedback(
            False,
            t("q1_uncertainty_band.too_many_errors", error=found.error_rate, limit=Q1_MAX_ERROR),
        )
    return Feedback(True, t("q1_uncertainty_band.errors_ok", error=found.error_rate, limit=Q1_MAX_ERROR))


def _band_automates_enough(answer: object) -> Feedback:
    found = band_result(_band(answer))
    if found.automation_rate < Q1_MIN_AUTOMATION:
        return Feedback(
            False,
            t(
                "q1_uncertainty_band.too_few_automatic",
                rate=found.automation_rate,
                minimum=Q1_MIN_AUTOMATION,
            ),
        )
    return Feedback(True, t("q1_uncertainty_band.ok", rate=found.automation_rate, to_person=found.to_person))


# --- questions 3 and 4: tick the use cases of one tier -----------------------------------------------------------


def _tier_question(question_id: str, name: str, tier: str) -> dict:
    """The three criteria of "tick the use cases of this tier": something ticked, no wrong tick, none missed."""

    def valid(answer: object) -> Feedback:
        ticked = ticked_names(name, answer, GRADED_CASES, "use-case names")
        if not ticked:
            return Feedback(False, t(f"{question_id}.empty"))
        return Feedback(True, t("m13.feedback.ticked", count=len(ticked)))

    def none_wrong(answer: object) -> Feedback:
        ticked = ticked_names(name, answer, GRADED_CASES, "use-case names")
        wrong = ticked - cases_in(tier)
        if wrong:
            return Feedback(False, t(f"{question_id}.wrongly_ticked", wrong=len(wrong)))
        return Feedback(True, t(f"{question_id}.ok_none_wrong", ticked=len(ticked)))

    def all_found(answer: object) -> Feedback:
        ticked = ticked_names(name, answer, GRADED_CASES, "use-case names")
        target = cases_in(tier)
        found = len(ticked & target)
        if found < len(target):
            return Feedback(False, t(f"{question_id}.some_missed", found=found, missed=len(target) - found))
        return Feedback(True, t(f"{question_id}.ok_all_found", found=found))

    return {"valid": valid, "none_wrong": none_wrong, "all_found": all_found}


# --- question 6: the parity gap of the model card, in percentage points ----------------------------------------------


def _gap(answer: object) -> float:
    value = real_number("parity_gap_points", answer)
    if not 0 <= value <= 100:
        raise ValueError(f"parity_gap_points must be between 0 and 100 (percentage points, such as 5); got {answer!r}")
    return value


def _gap_is_valid(answer: object) -> Feedback:
    return Feedback(True, t("m13.feedback.valid_gap", gap=_gap(answer)))


def _gap_is_right(answer: object) -> Feedback:
    points = _gap(answer)
    facts = hiring_facts()
    gap = facts["parity_gap"] * 100
    if abs(points - gap) <= Q6_TOLERANCE:
        return Feedback(True, t("q6_model_card_gap.ok", gap=gap))
    if points < 1 and abs(points * 100 - gap) <= Q6_TOLERANCE:
        return Feedback(False, t("q6_model_card_gap.that_is_a_share"))
    if any(abs(points - rate * 100) <= Q6_TOLERANCE for rate in facts["selection_rate"].values()):
        return Feedback(False, t("q6_model_card_gap.that_is_a_rate"))
    if abs(points - facts["accuracy"] * 100) <= Q6_TOLERANCE:
        return Feedback(False, t("q6_model_card_gap.that_is_accuracy"))
    return Feedback(False, t("q6_model_card_gap.wrong"))


#: The questions, and question(), check(), require() and show_options(): what the notebooks and the app call.
QUESTIONS, question, check, require, show_options = Exercise(
    Question(
        "q1_uncertainty_band",
        {"valid": _band_is_valid, "errors_low": _band_errors_low, "automates_enough": _band_automates_enough},
        Slider(low=0, high=0.5, step=0.01, start=0),
        objective="oversight",
        level="apply",
        competences=("art4.risks", "digcomp.5.2", "unesco.design.understand"),
    ),
    Question(
        "q2_automation_bias",
        choice_criteria("q2_automation_bias", Q2_OPTIONS, Q2_RIGHT_DIGEST),
        Choice(Q2_OPTIONS),
        objective="oversight",
        level="analyse",
        competences=("art4.risks", "digcomp.1.2", "unesco.mindset.understand"),
    ),
    Question(
        "q3_high_risk_uses",
        _tier_question("q3_high_risk_uses", "high_risk_uses", "high_risk"),
        Several(GRADED_CASES),
        option_label=case_label,
        objective="risk_tiers",
        level="apply",
        competences=("art4.context", "art4.risks", "digcomp.2.3", "unesco.ethics.understand"),
    ),
    Question(
        "q4_prohibited_uses",
        _tier_question("q4_prohibited_uses", "prohibited_uses", "prohibited"),
        Several(GRADED_CASES),
        option_label=case_label,
        objective="risk_tiers",
        level="apply",
        competences=("art4.context", "art4.risks", "digcomp.2.3", "digcomp.4.2", "unesco.ethics.understand"),
    ),
    Question(
        "q5_oversight_in_practice",
        choice_criteria("q5_oversight_in_practice", Q5_OPTIONS, Q5_RIGHT_DIGEST),
        Choice(Q5_OPTIONS),
        objective="oversight",
        level="evaluate",
        competences=("art4.role", "art4.risks", "digcomp.4.3", "unesco.mindset.apply"),
        transfer=True,
    ),
    Question(
        "q6_model_card_gap",
        {"valid": _gap_is_valid, "right": _gap_is_right},
        Slider(low=0, high=100, step=1, start=0, whole=True),
        objective="documentation",
        level="apply",
        competences=("art4.risks", "digcomp.1.2", "unesco.ethics.apply"),
    ),
).interface()
