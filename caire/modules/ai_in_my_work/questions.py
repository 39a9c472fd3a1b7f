"""Assignment 17, "AI in my work and my organisation": the six questions and their checks.

Used by ``assignments/17-ai-in-my-work-*/`` (nbgrader tests) and ``apps/*/17-ai-in-my-work`` (Voila app). Question 2
rebuilds the toy rater (milliseconds) and measures its agreement with the number of neighbours given; the other
questions are decisions whose right option(s) are compared as digests, never stored. Question 6 is open: the learner
applies the module to a task of their own work, in their own words, and the trainer grades it in formgrader with the
rubric of its task cell (course/17-ai-in-my-work/exercise.py); its one check says whether the text is usable.
"""

from __future__ import annotations

from caire.core.checks import (
    Choice,
    Exercise,
    Feedback,
    Question,
    OpenText,
    Several,
    Slider,
    choice_criteria,
    open_text_criteria,
    several_criteria,
)
from caire.core.i18n import t
from caire.core.validation import whole_number
from caire.modules.ai_in_my_work.model import MOST_NEIGHBOURS, left_out_agreement, trained

#: What the module teaches (texts "m17.objective.<key>"); every question serves one of them.
OBJECTIVES = ("tasks", "consult", "register")

Q1, Q2, Q3, Q4, Q5, Q6 = (
    "q1_exposure_meaning",
    "q2_neighbours_agreement",
    "q3_toy_limits",
    "q4_warehouse_consultation",
    "q5_register_role",
    "q6_my_own_task",
)
OPTIONS = ("a", "b", "c", "d")
#: Question 6's answer: enough words to follow a reasoning through the four parts the rubric grades, short enough
#: to read in a minute.
Q6_TEXT = OpenText(fewest_words=60, most_words=300)
#: Question 2 asks for a number of neighbours with which the toy agrees with the course on this share of the tasks.
Q2_TARGET = 0.45
#: answer_digest(<question id>, <right option(s)>): the options themselves are not stored.
Q1_RIGHT_DIGEST = "293f120d5bbf41215ead59e786acd8c3ec1c1ac4961fd8e2208d1660dbcb2a10"
Q3_RIGHT_DIGEST = "1cc7dc12f53342d6f0c4d8e7abb533bdd30054e8243bb9b2e16ad9238725e5e9"
Q4_RIGHT_DIGEST = "43156bf07bf8a6b6c1a8aa00102bfc77f854bdb4c9693cfc7fa876ec7bc6648b"
Q5_RIGHT_DIGEST = "ab096aed3135026883664cd5c4ed6ff68c34ae3f6e2db6c1dfefbdb8fd4a95da"


def _neighbours(answer: object) -> int:
    return whole_number("neighbours", answer, 1, MOST_NEIGHBOURS)


def _neighbours_are_valid(answer: object) -> Feedback:
    return Feedback(True, t(f"{Q2}.valid", neighbours=_neighbours(answer)))


def _reaches_target(answer: object) -> Feedback:
    neighbours = _neighbours(answer)
    found = left_out_agreement(trained(), neighbours)
    key = "ok" if found >= Q2_TARGET else "too_low"
    return Feedback(found >= Q2_TARGET, t(f"{Q2}.{key}", neighbours=neighbours, agreement=found, target=Q2_TARGET))


#: The questions, and question(), check(), require() and show_options(): what the notebooks and the app call.
QUESTIONS, question, check, require, show_options = Exercise(
    Question(
        Q1,
        choice_criteria(Q1, OPTIONS, Q1_RIGHT_DIGEST),
        Choice(OPTIONS),
        objective="tasks",
        level="understand",
        competences=("art4.general_understanding", "digcomp.5.2", "unesco.mindset.understand"),
    ),
    Question(
        Q2,
        {"valid": _neighbours_are_valid, "right": _reaches_target},
        Slider(low=1, high=MOST_NEIGHBOURS, step=1, start=1, whole=True),
        objective="tasks",
        level="apply",
        competences=("art4.general_understanding", "digcomp.1.2", "unesco.techniques.apply"),
    ),
    Question(
        Q3,
        several_criteria(Q3, "right_statements", OPTIONS, Q3_RIGHT_DIGEST),
        Several(OPTIONS),
        objective="tasks",
        level="analyse",
        competences=("art4.risks", "digcomp.1.2", "unesco.techniques.understand"),
    ),
    Question(
        Q4,
        choice_criteria(Q4, OPTIONS, Q4_RIGHT_DIGEST),
        Choice(OPTIONS),
        objective="consult",
        level="evaluate",
        competences=("art4.context", "digcomp.2.3", "unesco.ethics.apply"),
        transfer=True,
    ),
    Question(
        Q5,
        choice_criteria(Q5, OPTIONS, Q5_RIGHT_DIGEST),
        Choice(OPTIONS),
        objective="register",
        level="apply",
        competences=("art4.role", "digcomp.5.2", "unesco.mindset.apply"),
        transfer=True,
    ),
    Question(
        Q6,
        open_text_criteria(Q6, Q6_TEXT),
        Q6_TEXT,
        objective="tasks",
        level="evaluate",
        competences=("art4.context", "digcomp.5.2", "unesco.mindset.apply"),
        transfer=True,
    ),
).interface()
