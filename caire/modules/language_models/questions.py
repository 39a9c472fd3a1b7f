"""Assignment 06, "How a language model works": the five questions and their checks.

Used by ``assignments/06-language-models-*/`` (nbgrader tests) and ``apps/*/06-language-models`` (Voila app).
Expected answers are computed from the corpus of the learner's language (the verdict logic is the same in every
language), or compared as digests, never stored. No check imports torch.
"""

from __future__ import annotations

from caire.core.checks import Choice, Exercise, Feedback, Question, Slider, choice_criteria
from caire.core.i18n import t
from caire.core.validation import whole_number
from caire.modules.language_models.data import GPT3_PARAMETERS, load_corpus, vocabulary
from caire.modules.language_models.model import (
    counting_accuracy,
    model_parameters,
    next_counts,
    orders_of_magnitude,
    with_temperature,
)

#: Question 1: the visible check accepts a count this close to the number of different characters.
VOCABULARY_CLOSE = 5
MAX_VOCABULARY = 120
#: Question 2: the smallest context length with which the counting model guesses this share of the corpus right.
COUNTING_TARGET = 0.90
MAX_CONTEXT = 10
#: Question 3: after this context, the most likely next character must get at least this probability.
TEMPERATURE_CONTEXT = "e"
TEMPERATURE_TARGET = 0.90
#: Question 5: powers of ten between our model's parameters and GPT-3's; the visible check accepts one off.
MAX_POWERS = 15


def _vocabulary_size(answer: object) -> int:
    return whole_number("vocabulary_size", answer, 1, MAX_VOCABULARY)


def _vocabulary_close(answer: object) -> Feedback:
    size, truth = _vocabulary_size(answer), len(vocabulary(load_corpus()))
    if abs(size - truth) <= VOCABULARY_CLOSE:
        return Feedback(True, t("q1_vocabulary_size.close", size=size))
    return Feedback(False, t("q1_vocabulary_size.far", size=size))


def _vocabulary_exact(answer: object) -> Feedback:
    size, truth = _vocabulary_size(answer), len(vocabulary(load_corpus()))
    if size == truth:
        return Feedback(True, t("q1_vocabulary_size.exact", size=size))
    return Feedback(False, t("q1_vocabulary_size.not_exact", size=size))


def _context_length(answer: object) -> int:
    return whole_number("context_length", answer, 0, MAX_CONTEXT)


def _counting_reaches(answer: object) -> Feedback:
    length = _context_length(answer)
    score = counting_accuracy(length)
    if score >= COUNTING_TARGET:
        return Feedback(True, t("q2_context_length.reaches", length=length, accuracy=score, target=COUNTING_TARGET))
    return Feedback(False, t("q2_context_length.too_short", length=length, accuracy=score, target=COUNTING_TARGET))


def _counting_smallest(answer: object) -> Feedback:
    length = _context_length(answer)
    if any(counting_accuracy(shorter) >= COUNTING_TARGET for shorter in range(length)):
        return Feedback(False, t("q2_context_length.not_smallest", length=length, target=COUNTING_TARGET))
    if counting_accuracy(length) < COUNTING_TARGET:
        return Feedback(
            False,
            t("q2_context_length.too_short", length=length, accuracy=counting_accuracy(length), target=COUNTING_TARGET),
        )
    return Feedback(True, t("q2_context_length.smallest", length=length))


def top_probability(temperature: float) -> float:
    """Probability of the most likely character after ``TEMPERATURE_CONTEXT`` in the corpus, at ``temperature``."""
    return max(with_temperature(next_counts(TEMPERATURE_CONTEXT), temperature).values())


def _sharper(answer: object) -> Feedback:
    share, usual = top_probability(answer), top_probability(1.0)  # with_temperature checks the answer
    if share > usual:
        return Feedback(True, t("q3_temperature.sharper", share=share, usual=usual))
    return Feedback(False, t("q3_temperature.flatter", share=share, usual=usual))


def _confident(answer: object) -> Feedback:
    share = top_probability(answer)
    if share >= TEMPERATURE_TARGET:
        return Feedback(True, t("q3_temperature.confident", share=share, target=TEMPERATURE_TARGET))
    return Feedback(False, t("q3_temperature.not_confident", share=share, target=TEMPERATURE_TARGET))


Q4_OPTIONS = ("a", "b", "c", "d")
#: answer_digest("q4_how_it_writes", <right option>): the option itself is not stored.
Q4_RIGHT_DIGEST = "9c33ec1174887aee0ab173397fb3c197c4f0e23ec97a3ea9da8b488ba9173bcb"


def powers_of_ten() -> int:
    """Powers of ten between the lesson's neural model and GPT-3, in parameters (computed, not trained)."""
    return orders_of_magnitude(model_parameters(), GPT3_PARAMETERS)


def _powers(answer: object) -> int:
    return whole_number("powers_of_ten", answer, 0, MAX_POWERS)


def _powers_close(answer: object) -> Feedback:
    powers = _powers(answer)
    if abs(powers - powers_of_ten()) <= 1:
        return Feedback(True, t("q5_scale_gap.close", powers=powers))
    return Feedback(False, t("q5_scale_gap.far", powers=powers, ours=model_parameters()))


def _powers_exact(answer: object) -> Feedback:
    powers = _powers(answer)
    if powers == powers_of_ten():
        return Feedback(True, t("q5_scale_gap.exact", powers=powers, factor=10**powers))
    return Feedback(False, t("q5_scale_gap.not_exact", powers=powers, ours=model_parameters()))


#: The questions, and question(), check(), require() and show_options(): what the notebooks and the app call.
QUESTIONS, question, check, require, show_options = Exercise(
    Question(
        "q1_vocabulary_size",
        {"close": _vocabulary_close, "exact": _vocabulary_exact},
        Slider(low=1, high=MAX_VOCABULARY, step=1, start=1, whole=True),
    ),
    Question(
        "q2_context_length",
        {"reaches": _counting_reaches, "smallest": _counting_smallest},
        Slider(low=0, high=MAX_CONTEXT, step=1, start=0, whole=True),
    ),
    Question(
        "q3_temperature",
        {"sharper": _sharper, "confident": _confident},
        Slider(low=0.05, high=3.0, step=0.05, start=1.0),
    ),
    Question(
        "q4_how_it_writes",
        choice_criteria("q4_how_it_writes", Q4_OPTIONS, Q4_RIGHT_DIGEST),
        Choice(Q4_OPTIONS),
    ),
    Question(
        "q5_scale_gap",
        {"close": _powers_close, "exact": _powers_exact},
        Slider(low=0, high=MAX_POWERS, step=1, start=0, whole=True),
    ),
).interface()
