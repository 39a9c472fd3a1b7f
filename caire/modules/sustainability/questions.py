"""Assignment 12, "The energy and carbon cost of AI": the five questions and their checks.

Used by ``assignments/12-sustainability-*/`` (nbgrader tests) and ``apps/*/12-sustainability`` (Voila app).
No check depends on a measured time (times vary from run to run): question 2 trains the family of models (fixed
seeds, the same accuracies every time) and finds the smallest good enough one; questions 1, 3, 4 and 5 are
decisions whose right option is compared as a digest.
"""

from __future__ import annotations

from caire.core.checks import Choice, Exercise, Feedback, Question, choice_criteria, one_of_options
from caire.core.i18n import t
from caire.modules.sustainability.model import (
    MODEL_KEYS,
    TARGET_ACCURACY,
    accuracies,
    hidden_of,
    model_label,
    smallest_good_enough,
)

#: What the module teaches (texts "m12.objective.<key>"); every question serves one of them.
OBJECTIVES = ("carbon", "good_enough", "life_cycle", "published_figures")

OPTIONS = ("a", "b", "c", "d")
#: answer_digest(<question id>, <right option>) of the decision questions: the options themselves are not stored.
Q1_RIGHT_DIGEST = "f67457f6168c69cbb952e77aff77584cbcb9fadc4d5c31d0f1b5d5af86abf109"
Q3_RIGHT_DIGEST = "8b0505a92e6f563d40ea5fc8b3cb34a5e6a388cf78df53bd48729c25a9a37e89"
Q4_RIGHT_DIGEST = "4513217d2a515aa41d6c648091bc3ece71adb596bfefca2fc4f31882a518b856"
Q5_RIGHT_DIGEST = "f6d370b13468c4122b50d693a7864cc1f692213e9dc9d70bce20247346c2a113"


# --- question 2: the smallest model that is good enough ---------------------------------------------------------


def _q2_right(answer: object) -> Feedback:
    if not one_of_options("q2_smallest_digit_model", answer, MODEL_KEYS).passed:
        return Feedback(False, t("feedback.not_an_option", options=", ".join(MODEL_KEYS)))
    key = answer.strip().lower()
    accuracy = accuracies()[key]
    smallest = smallest_good_enough(TARGET_ACCURACY)
    if key == smallest:
        return Feedback(True, t("q2_smallest_digit_model.ok", hidden=hidden_of(key), accuracy=accuracy))
    if accuracy < TARGET_ACCURACY:
        return Feedback(False, t("q2_smallest_digit_model.not_enough", hidden=hidden_of(key), accuracy=accuracy))
    return Feedback(False, t("q2_smallest_digit_model.too_big", hidden=hidden_of(key)))


#: The questions, and question(), check(), require() and show_options(): what the notebooks and the app call.
QUESTIONS, question, check, require, show_options = Exercise(
    Question(
        "q1_cut_emissions",
        choice_criteria("q1_cut_emissions", OPTIONS, Q1_RIGHT_DIGEST),
        Choice(OPTIONS),
        objective="carbon",
        level="analyse",
        competences=("art4.general_understanding", "digcomp.4.4", "unesco.ethics.apply"),
        transfer=True,
    ),
    Question(
        "q2_smallest_digit_model",
        {"valid": lambda answer: one_of_options("q2_smallest_digit_model", answer, MODEL_KEYS), "right": _q2_right},
        Choice(MODEL_KEYS),
        option_label=model_label,
        objective="good_enough",
        level="apply",
        competences=("art4.general_understanding", "digcomp.4.4", "digcomp.5.2", "unesco.design.understand"),
    ),
    Question(
        "q3_sorting_emails",
        choice_criteria("q3_sorting_emails", OPTIONS, Q3_RIGHT_DIGEST),
        Choice(OPTIONS),
        objective="good_enough",
        level="apply",
        competences=("art4.context", "digcomp.4.4", "digcomp.5.2", "unesco.techniques.apply"),
        transfer=True,
    ),
    Question(
        "q4_supplier_claim",
        choice_criteria("q4_supplier_claim", OPTIONS, Q4_RIGHT_DIGEST),
        Choice(OPTIONS),
        objective="published_figures",
        level="evaluate",
        competences=("art4.role", "digcomp.1.2", "digcomp.4.4", "unesco.ethics.apply"),
        transfer=True,
    ),
    Question(
        "q5_life_energy",
        choice_criteria("q5_life_energy", OPTIONS, Q5_RIGHT_DIGEST),
        Choice(OPTIONS),
        objective="life_cycle",
        level="understand",
        competences=("art4.general_understanding", "digcomp.4.4", "unesco.ethics.understand"),
    ),
).interface()
