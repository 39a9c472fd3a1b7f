"""Assignment 06, "How a language model works": the five questions and their checks.

Used by ``assignments/06-language-models-*/`` (nbgrader tests) and ``apps/*/06-language-models`` (Voila app).
Expected answers are computed from the corpus of the learner's language (the verdict logic is the same in every
language), or compared as digests, never stored. No check imports torch. Each question says what it measures
(tests/test_assessment_items.py): the objective of ``OBJECTIVES`` it serves, its cognitive level, the competences
it evidences, and whether it is a transfer question.
"""

from __future__ import annotations

from caire.core.checks import Choice, Exercise, Feedback, Question, Slider, choice_criteria
from caire.core.i18n import t
from caire.modules.language_models.model import next_counts, with_temperature

#: What the module teaches, each with its text ``m06.objective.<key>``: a model writes by drawing the next token
#: from probabilities, and nothing in that checks facts; what the temperature does; that a model invents and also
#: gives back its training text; what an assistant adds to a language model, and what it does not.
OBJECTIVES = ("next_token", "temperature", "copying", "assistants")

#: Question 1: what the counting model's high score with 8 characters of context shows (right option: it recites).
Q1_OPTIONS = ("a", "b", "c", "d")
#: answer_digest("q1_long_context_recites", <right option>): the option itself is not stored.
Q1_RIGHT_DIGEST = "2bd5556a28aaf6be577e84ebfda0caaaa58ef8187f3a1e193787280354726405"
#: Question 2: the risk for customers of a model trained further on support e-mails (right option: it can write
#: their names and numbers word for word).
Q2_OPTIONS = ("a", "b", "c", "d")
#: answer_digest("q2_support_emails", <right option>): the option itself is not stored.
Q2_RIGHT_DIGEST = "dda5848d236151e693612fdc3543201a4163f645e3c5624ea77206cdb996d537"
#: Question 3: after this context, the most likely next character must get at least this probability.
TEMPERATURE_CONTEXT = "e"
TEMPERATURE_TARGET = 0.90
#: Question 4: what retrieval from an HR handbook guarantees (right option: nothing; a missed passage still gives a
#: likely answer).
Q4_OPTIONS = ("a", "b", "c", "d")
#: answer_digest("q4_handbook_assistant", <right option>): the option itself is not stored.
Q4_RIGHT_DIGEST = "b900add4b25cf78c02e9888bfc6fce4584ffafc965b868c9543f174f0f257890"
#: Question 5: what a model millions of times larger changes (right option: better text, same principle).
Q5_OPTIONS = ("a", "b", "c", "d")
#: answer_digest("q5_what_size_changes", <right option>): the option itself is not stored.
Q5_RIGHT_DIGEST = "75c108fc2589c376c3df324d218107184a5cc246af24a9840f87b6c7a8d703bb"


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


#: The questions, and question(), check(), require() and show_options(): what the notebooks and the app call.
QUESTIONS, question, check, require, show_options = Exercise(
    Question(
        "q1_long_context_recites",
        choice_criteria("q1_long_context_recites", Q1_OPTIONS, Q1_RIGHT_DIGEST),
        Choice(Q1_OPTIONS),
        objective="copying",
        level="analyse",
        competences=("art4.general_understanding", "digcomp.1.2", "unesco.techniques.understand"),
    ),
    Question(
        "q2_support_emails",
        choice_criteria("q2_support_emails", Q2_OPTIONS, Q2_RIGHT_DIGEST),
        Choice(Q2_OPTIONS),
        objective="copying",
        level="evaluate",
        competences=("art4.risks", "digcomp.4.2", "unesco.ethics.apply"),
        transfer=True,
    ),
    Question(
        "q3_temperature",
        {"sharper": _sharper, "confident": _confident},
        Slider(low=0.05, high=3.0, step=0.05, start=1.0),
        objective="temperature",
        level="apply",
        competences=("art4.general_understanding", "digcomp.5.3", "unesco.techniques.apply"),
    ),
    Question(
        "q4_handbook_assistant",
        choice_criteria("q4_handbook_assistant", Q4_OPTIONS, Q4_RIGHT_DIGEST),
        Choice(Q4_OPTIONS),
        objective="assistants",
        level="analyse",
        competences=("art4.context", "digcomp.1.2", "unesco.techniques.apply"),
        transfer=True,
    ),
    Question(
        "q5_what_size_changes",
        choice_criteria("q5_what_size_changes", Q5_OPTIONS, Q5_RIGHT_DIGEST),
        Choice(Q5_OPTIONS),
        objective="next_token",
        level="understand",
        competences=("art4.general_understanding", "digcomp.5.2", "unesco.techniques.understand"),
    ),
).interface()
