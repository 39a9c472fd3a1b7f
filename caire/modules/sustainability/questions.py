"""Assignment 12, "The energy and carbon cost of AI": the five questions and their checks.

Used by ``assignments/12-sustainability-*/`` (nbgrader tests) and ``apps/*/12-sustainability`` (Voila app).
No check depends on a measured time (times vary from run to run): question 1, 3 and 4 compute what the right
number is from the figures given in the question; question 2 trains the family of models (fixed seeds, the same
accuracies every time) and finds the smallest good enough one; question 5 compares digests.
"""

from __future__ import annotations

import math

from caire.core.checks import Choice, Exercise, Feedback, Question, Slider, choice_criteria, one_of_options
from caire.core.i18n import t
from caire.modules.sustainability.data import GRIDS, PUBLISHED, grid_label
from caire.modules.sustainability.model import (
    MODEL_KEYS,
    TARGET_ACCURACY,
    accuracies,
    co2_grams,
    hidden_of,
    inference_days,
    model_label,
    non_negative,
    smallest_good_enough,
)

#: Question 1: the energy of a training run, converted on the French grid.
Q1_ENERGY_KWH = 400
#: Question 3: a training's energy, the energy of one prediction, and the predictions a day.
Q3_TRAINING_KWH = 600
Q3_WH_PER_PREDICTION = 0.2
Q3_PREDICTIONS_PER_DAY = 50_000

Q5_OPTIONS = ("a", "b", "c", "d")
#: answer_digest("q5_life_energy", <right option>): the option itself is not stored.
Q5_RIGHT_DIGEST = "f6d370b13468c4122b50d693a7864cc1f692213e9dc9d70bce20247346c2a113"


def _close(value: float, expected: float, tolerance: float) -> bool:
    return math.isclose(value, expected, abs_tol=tolerance)


# --- question 1: kilograms of CO2e on the French grid -----------------------------------------------------------


def _q1_valid(answer: object) -> Feedback:
    return Feedback(True, t("m12.feedback.number", value=non_negative("co2_france_kg", answer)))


def _q1_right(answer: object) -> Feedback:
    value = non_negative("co2_france_kg", answer)
    expected = co2_grams(Q1_ENERGY_KWH, "france") / 1000
    if _close(value, expected, 0.5):
        poland = co2_grams(Q1_ENERGY_KWH, "poland") / 1000
        return Feedback(True, t("q1_training_co2_france.ok", kg=expected, poland=poland))
    if _close(value, expected * 1000, 1):
        return Feedback(False, t("q1_training_co2_france.grams"))
    for grid in GRIDS:
        if grid != "france" and _close(value, co2_grams(Q1_ENERGY_KWH, grid) / 1000, 0.5):
            return Feedback(False, t("q1_training_co2_france.other_grid", grid=grid_label(grid)))
    return Feedback(False, t("q1_training_co2_france.wrong"))


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


# --- question 3: days of predictions that equal the training ----------------------------------------------------


def _q3_valid(answer: object) -> Feedback:
    return Feedback(True, t("m12.feedback.number", value=non_negative("inference_days", answer)))


def _q3_right(answer: object) -> Feedback:
    value = non_negative("inference_days", answer)
    expected = inference_days(Q3_TRAINING_KWH, Q3_WH_PER_PREDICTION, Q3_PREDICTIONS_PER_DAY)
    if _close(value, expected, 0.5):
        return Feedback(True, t("q3_inference_days.ok", days=expected))
    if _close(value, expected * 1000, 1) or _close(value, expected / 1000, expected / 10_000):
        return Feedback(False, t("q3_inference_days.units"))
    return Feedback(False, t("q3_inference_days.wrong"))


# --- question 4: GPT-3 against BLOOM ------------------------------------------------------------------------------


def _q4_valid(answer: object) -> Feedback:
    return Feedback(True, t("m12.feedback.number", value=non_negative("co2_ratio", answer)))


def _q4_right(answer: object) -> Feedback:
    value = non_negative("co2_ratio", answer)
    gpt3, bloom = PUBLISHED["gpt3"], PUBLISHED["bloom"]
    expected = gpt3.tonnes_co2e / bloom.tonnes_co2e
    energy = gpt3.energy_mwh / bloom.energy_mwh
    grid = gpt3.grid_g_per_kwh / bloom.grid_g_per_kwh
    if abs(value - expected) <= 2:
        return Feedback(True, t("q4_gpt3_vs_bloom.ok", ratio=expected, energy=energy, grid=grid))
    if abs(value - energy) <= 0.5:
        return Feedback(False, t("q4_gpt3_vs_bloom.energy_ratio"))
    if abs(value - grid) <= 0.5:
        return Feedback(False, t("q4_gpt3_vs_bloom.grid_ratio"))
    return Feedback(False, t("q4_gpt3_vs_bloom.wrong"))


#: The questions, and question(), check(), require() and show_options(): what the notebooks and the app call.
QUESTIONS, question, check, require, show_options = Exercise(
    Question(
        "q1_training_co2_france",
        {"valid": _q1_valid, "right": _q1_right},
        Slider(low=0, high=300, step=0.5, start=0),
    ),
    Question(
        "q2_smallest_digit_model",
        {"valid": lambda answer: one_of_options("q2_smallest_digit_model", answer, MODEL_KEYS), "right": _q2_right},
        Choice(MODEL_KEYS),
        option_label=model_label,
    ),
    Question(
        "q3_inference_days",
        {"valid": _q3_valid, "right": _q3_right},
        Slider(low=0, high=365, step=1, start=0, whole=True),
    ),
    Question(
        "q4_gpt3_vs_bloom",
        {"valid": _q4_valid, "right": _q4_right},
        Slider(low=0, high=50, step=0.5, start=0),
    ),
    Question(
        "q5_life_energy",
        choice_criteria("q5_life_energy", Q5_OPTIONS, Q5_RIGHT_DIGEST),
        Choice(Q5_OPTIONS),
    ),
).interface()
