"""Assignment 16, "Rights, confidentiality and professional secrecy": the five questions and their checks.

Used by ``assignments/16-rights-and-secrecy-*/`` (nbgrader tests) and ``apps/*/16-rights-and-secrecy`` (Voila app).
Question 1 retrains the toy models (fixed text: the same answer every time) and compares; questions 2 to 5 are
decisions whose right option(s) are compared as digests, never stored.
"""

from __future__ import annotations

from caire.core.checks import (
    Choice,
    Exercise,
    Feedback,
    Question,
    Several,
    Slider,
    choice_criteria,
    several_criteria,
)
from caire.core.i18n import t
from caire.core.validation import whole_number
from caire.modules.rights_and_secrecy.model import CONTEXTS, first_context_giving_back_the_secret

#: What the module teaches (texts "m16.objective.<key>"); every question serves one of them.
OBJECTIVES = ("memorisation", "rights", "secrecy")

Q1, Q2, Q3, Q4, Q5 = (
    "q1_secret_context",
    "q2_why_longer_copies",
    "q3_nurse_handover",
    "q4_tdm_opt_out",
    "q5_rights_statements",
)
OPTIONS = ("a", "b", "c", "d")
#: answer_digest(<question id>, <right option(s)>): the options themselves are not stored.
Q2_RIGHT_DIGEST = "97ce478980139189d7a3a4f64df4963be2ee89d3fe175500f27a572905546a1c"
Q3_RIGHT_DIGEST = "f1ba865e5747cc6cf297a588dd876fa8df716d2b4cf37fdc7a9173f08afa48fb"
Q4_RIGHT_DIGEST = "8b7bb8ede032c6a8fae78324ae36edd9e38f915e442d1b6f4f5c4cc6ec4bc750"
Q5_RIGHT_DIGEST = "8c779dd8ac4e38cf7ce300a2b6065eb7d8e9fac715d1061946263222f55263a9"


def _context(answer: object) -> int:
    return whole_number("shortest_context", answer, min(CONTEXTS), max(CONTEXTS))


def _q1_valid(answer: object) -> Feedback:
    return Feedback(True, t(f"{Q1}.valid", context=_context(answer)))


def _q1_right(answer: object) -> Feedback:
    given, found = _context(answer), first_context_giving_back_the_secret()
    if given == found:
        return Feedback(True, t(f"{Q1}.ok", context=found))
    return Feedback(False, t(f"{Q1}.too_long" if given > found else f"{Q1}.too_short", context=given))


#: The questions, and question(), check(), require() and show_options(): what the notebooks and the app call.
QUESTIONS, question, check, require, show_options = Exercise(
    Question(
        Q1,
        {"valid": _q1_valid, "right": _q1_right},
        Slider(low=min(CONTEXTS), high=max(CONTEXTS), step=1, start=min(CONTEXTS), whole=True),
        objective="memorisation",
        level="apply",
        competences=("art4.general_understanding", "digcomp.4.2", "unesco.techniques.apply"),
    ),
    Question(
        Q2,
        choice_criteria(Q2, OPTIONS, Q2_RIGHT_DIGEST),
        Choice(OPTIONS),
        objective="memorisation",
        level="analyse",
        competences=("art4.general_understanding", "digcomp.1.2", "unesco.techniques.understand"),
    ),
    Question(
        Q3,
        choice_criteria(Q3, OPTIONS, Q3_RIGHT_DIGEST),
        Choice(OPTIONS),
        objective="secrecy",
        level="evaluate",
        competences=("art4.context", "art4.risks", "digcomp.4.2", "unesco.ethics.apply"),
        transfer=True,
    ),
    Question(
        Q4,
        choice_criteria(Q4, OPTIONS, Q4_RIGHT_DIGEST),
        Choice(OPTIONS),
        objective="rights",
        level="understand",
        competences=("art4.risks", "digcomp.3.3", "unesco.ethics.understand"),
    ),
    Question(
        Q5,
        several_criteria(Q5, "right_statements", OPTIONS, Q5_RIGHT_DIGEST),
        Several(OPTIONS),
        objective="rights",
        level="analyse",
        competences=("art4.risks", "digcomp.3.3", "unesco.ethics.understand"),
    ),
).interface()
