"""Assignment 15, "AI assistants at work, and their security": the five questions and their checks.

Used by ``assignments/15-assistants-and-security-*/`` (nbgrader tests) and ``apps/*/15-assistants-and-security``
(Voila app). Every question is a decision whose right option(s) are compared as digests, never stored; question 1
asks what the table of the live demonstration predicts for e-mails written differently (not the reading of a
bar).
"""

from __future__ import annotations

from caire.core.checks import (
    Choice,
    Exercise,
    Question,
    Several,
    choice_criteria,
    several_criteria,
)

#: What the module teaches (texts "m15.objective.<key>"); every question serves one of them.
OBJECTIVES = ("context", "injection", "defences", "approved_tools")

Q1, Q2, Q3, Q4, Q5 = (
    "q1_next_week_prediction",
    "q2_least_privilege_limit",
    "q3_recruitment_assistant",
    "q4_approved_tool",
    "q5_what_the_assistant_sees",
)
OPTIONS = ("a", "b", "c", "d")
#: answer_digest(<question id>, <right option(s)>): the options themselves are not stored.
Q1_RIGHT_DIGEST = "d83c7729919bbb2b84ccbccc7fca445aff3750eac3cf880697c0c684b647e192"
Q2_RIGHT_DIGEST = "fedddbc6b7b6ea2414f02280cb9463acbd72c49f532be08f13bbcf6f7d33dcf4"
Q3_RIGHT_DIGEST = "34444baaa7c92366b1dfc960a0eee7e84e8cf65bb3d2cc54459c944ebcd021c1"
Q4_RIGHT_DIGEST = "ddfcb3e93a6db1fc1f47aaac4b74c44d844514d55096c0b5c6ef41ae26958539"
Q5_RIGHT_DIGEST = "943e62cf796ef26cb53f4aa5f6c4c930b990aae5d14276295ea7d7c2820dcfc4"


#: The questions, and question(), check(), require() and show_options(): what the notebooks and the app call.
QUESTIONS, question, check, require, show_options = Exercise(
    Question(
        Q1,
        choice_criteria(Q1, OPTIONS, Q1_RIGHT_DIGEST),
        Choice(OPTIONS),
        objective="defences",
        level="understand",
        competences=("art4.risks", "digcomp.1.2", "unesco.techniques.apply"),
    ),
    Question(
        Q2,
        choice_criteria(Q2, OPTIONS, Q2_RIGHT_DIGEST),
        Choice(OPTIONS),
        objective="defences",
        level="analyse",
        competences=("art4.risks", "digcomp.4.2", "unesco.design.understand"),
    ),
    Question(
        Q3,
        choice_criteria(Q3, OPTIONS, Q3_RIGHT_DIGEST),
        Choice(OPTIONS),
        objective="defences",
        level="evaluate",
        competences=("art4.context", "art4.risks", "digcomp.4.2", "unesco.ethics.apply"),
        transfer=True,
    ),
    Question(
        Q4,
        choice_criteria(Q4, OPTIONS, Q4_RIGHT_DIGEST),
        Choice(OPTIONS),
        objective="approved_tools",
        level="apply",
        competences=("art4.risks", "digcomp.4.2", "unesco.mindset.apply"),
        transfer=True,
    ),
    Question(
        Q5,
        several_criteria(Q5, "seen_only_by_the_assistant", OPTIONS, Q5_RIGHT_DIGEST),
        Several(OPTIONS),
        objective="context",
        level="understand",
        competences=("art4.general_understanding", "digcomp.1.2", "unesco.techniques.understand"),
    ),
).interface()
