"""Assignment 08, "Using generative AI critically at work": the five questions and their checks.

Used by ``assignments/08-critical-use-*/`` (nbgrader tests) and ``apps/*/08-critical-use`` (Voila app).
No answer key is stored in plain text: which claims the reference does not support is read from the digests
in ``data/chatbot_answers_*.json``; which items must stay out of a chatbot, and the right options of questions 4
and 5, are compared as digests here; question 4's feedback is computed from the filter trained live. Questions 4
and 5 are work scenarios (a hospital's filter, a recruiter's ranking).
"""

from __future__ import annotations

from collections.abc import Callable

from caire.core.checks import (
    Choice,
    Exercise,
    Feedback,
    Question,
    Several,
    answer_digest,
    choice_criteria,
    matches_digest,
    one_of_options,
)
from caire.core.i18n import t
from caire.core.validation import ticked_names
from caire.modules.critical_use.data import _unsupported_claims, claim_ids, claim_text
from caire.modules.critical_use.model import filter_results, threshold_missing_none

#: The module's learning objectives (texts: ``m08.objective.<key>``); each question serves one.
OBJECTIVES = ("check_claims", "protect_data", "keep_decisions")

#: Question 1 and 2: the chatbot answers whose unsupported claims the learner ticks.
Q1_ANSWER = "conference_trip"
Q2_ANSWER = "unused_days"

#: Question 3: things a colleague might paste into a public chatbot.
Q3_ITEMS = (
    "customer_list",
    "press_release",
    "patient_letter",
    "unreleased_formula",
    "spreadsheet_question",
    "shared_password",
    "published_law",
    "team_salaries",
)
#: answer_digest("q3_keep_out_of_chatbot/<item>", "keep out" or "fine"): the verdicts themselves are not stored.
Q3_DIGESTS = {
    "customer_list": "9c862be71c7a484d6ca5a00d1b96881797abc1ea81d91d1608c114bff6044140",
    "press_release": "b698e877b7731b1e933acd622126702d31dae1fc9d896ccbe9d13875d536d0ad",
    "patient_letter": "91f5c37eed3f72372e68477986008e9ac2a8927c14ea1540a2d9fb1e7a13fbd5",
    "unreleased_formula": "c78642385549eb1b12f9da899d3b59894c8a5ef2669387a3a8d9df7270b3d3c2",
    "spreadsheet_question": "1a96071aaff3ec016d6cd945e119ac322f4e8edcca18c6d75f5036e6417af02d",
    "shared_password": "de7f2f1aa15dbfab264ebdb394fcb32850b2ec6223d78b8dc351364e855e16cf",
    "published_law": "60be0197fff39cdb5d2da91400e3c19401cce97c01e29da2ed7a8fc147129e3c",
    "team_salaries": "4fbf0506137ea978783840e34d3cfef4754574e6ec417020e03f236fc5e7e92c",
}

CHOICES = ("a", "b", "c", "d")
#: answer_digest(<question id>, <right option>): the options themselves are not stored.
Q4_RIGHT_DIGEST = "f130b9c3078d870e9a1e659f524ae6f9ea3e5bdbc1f86e6a18afef22803e1a11"
Q5_RIGHT_DIGEST = "9461f0c3e9211169d79f21dea2d1bb6f24b6829597d78221b6b58b4635324083"


# --- questions 1 to 3: tick the items that should be flagged -------------------------------------------------


def _flag_question(
    question_id: str, name: str, keys: Callable[[], tuple[str, ...]], should_flag: Callable[[], set[str]]
) -> dict[str, Callable[[object], Feedback]]:
    """The three criteria of a "tick the ones that ..." question: something ticked, no wrong tick, none missed."""

    def valid(answer: object) -> Feedback:
        ticked = ticked_names(name, answer, keys())
        if not ticked:
            return Feedback(False, t(f"{question_id}.empty"))
        return Feedback(True, t("m08.feedback.ticked", count=len(ticked)))

    def none_wrong(answer: object) -> Feedback:
        ticked = ticked_names(name, answer, keys())
        wrong = ticked - should_flag()
        if wrong:
            return Feedback(False, t(f"{question_id}.wrongly_ticked", wrong=len(wrong)))
        return Feedback(True, t(f"{question_id}.ok_none_wrong", ticked=len(ticked)))

    def all_found(answer: object) -> Feedback:
        ticked = ticked_names(name, answer, keys())
        target = should_flag()
        found = len(ticked & target)
        if found < len(target):
            return Feedback(False, t(f"{question_id}.some_missed", found=found, missed=len(target) - found))
        return Feedback(True, t(f"{question_id}.ok_all_found", found=found))

    return {"valid": valid, "none_wrong": none_wrong, "all_found": all_found}


def _keep_out() -> set[str]:
    return {
        item for item in Q3_ITEMS if Q3_DIGESTS[item] == answer_digest(f"q3_keep_out_of_chatbot/{item}", "keep out")
    }


# --- question 4: a threshold for a hospital ---------------------------------------------------------------------


def _advice_is_right(answer: object) -> Feedback:
    """The hidden criterion: the right option (by digest); the feedback gives what the filter does at the threshold
    that lets no test sentence with personal data through, computed from the filter trained live."""
    if not matches_digest("q4_filter_threshold", answer, Q4_RIGHT_DIGEST):
        return Feedback(False, t("q4_filter_threshold.wrong"))
    found = filter_results(threshold_missing_none())
    return Feedback(
        True,
        t(
            "q4_filter_threshold.ok",
            threshold=found.threshold,
            false_alarms=found.false_alarms,
            others=found.false_alarms + found.cleared,
        ),
    )


_advice_is_right.digest = Q4_RIGHT_DIGEST  # what tests/test_modules_shared.py compares


#: The questions, and question(), check(), require() and show_options(): what the notebooks and the app call.
QUESTIONS, question, check, require, show_options = Exercise(
    Question(
        "q1_expense_claims",
        _flag_question(
            "q1_expense_claims",
            "unsupported_expense_claims",
            lambda: claim_ids(Q1_ANSWER),
            lambda: _unsupported_claims(Q1_ANSWER),
        ),
        Several(claim_ids(Q1_ANSWER)),
        option_label=claim_text,
        objective="check_claims",
        level="evaluate",
        competences=("art4.risks", "digcomp.1.2", "unesco.mindset.apply"),
    ),
    Question(
        "q2_leave_claims",
        _flag_question(
            "q2_leave_claims",
            "unsupported_leave_claims",
            lambda: claim_ids(Q2_ANSWER),
            lambda: _unsupported_claims(Q2_ANSWER),
        ),
        Several(claim_ids(Q2_ANSWER)),
        option_label=claim_text,
        objective="check_claims",
        level="evaluate",
        competences=("art4.risks", "digcomp.1.2", "unesco.mindset.apply"),
    ),
    Question(
        "q3_keep_out_of_chatbot",
        _flag_question("q3_keep_out_of_chatbot", "keep_out", lambda: Q3_ITEMS, _keep_out),
        Several(Q3_ITEMS),
        objective="protect_data",
        level="apply",
        competences=("art4.risks", "digcomp.4.2", "unesco.ethics.apply"),
    ),
    Question(
        "q4_filter_threshold",
        {"valid": lambda answer: one_of_options("q4_filter_threshold", answer, CHOICES), "right": _advice_is_right},
        Choice(CHOICES),
        objective="protect_data",
        level="evaluate",
        competences=("art4.risks", "art4.context", "digcomp.4.2", "unesco.techniques.apply"),
        transfer=True,
    ),
    Question(
        "q5_ranking_applicants",
        choice_criteria("q5_ranking_applicants", CHOICES, Q5_RIGHT_DIGEST),
        Choice(CHOICES),
        objective="keep_decisions",
        level="evaluate",
        competences=("art4.role", "art4.context", "digcomp.5.2", "unesco.ethics.apply"),
        transfer=True,
    ),
).interface()
