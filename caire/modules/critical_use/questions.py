"""Assignment 08, "Using generative AI critically at work": the five questions and their checks.

Used by ``assignments/08-critical-use-*/`` (nbgrader tests) and ``apps/*/08-critical-use`` (Voila app).
No answer key is stored in plain text: which claims the reference does not support is read from the digests
in ``data/chatbot_answers_*.json``; which items must stay out of a chatbot, and the right option of
question 5, are compared as digests here; the filter's misses are computed from the filter trained live.
"""

from __future__ import annotations

from collections.abc import Callable

from caire.core.checks import Choice, Exercise, Feedback, Question, Several, Slider, answer_digest, choice_criteria
from caire.core.i18n import t
from caire.core.validation import real_number, ticked_names
from caire.modules.critical_use.data import _unsupported_claims, claim_ids, claim_text, load_sentences
from caire.modules.critical_use.model import filter_results

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

#: Question 4: the threshold of the personal-data filter whose misses the learner counts.
Q4_THRESHOLD = 0.5

Q5_OPTIONS = ("a", "b", "c", "d")
#: answer_digest("q5_chatbot_for_hiring", <right option>): the option itself is not stored.
Q5_RIGHT_DIGEST = "328f8f24adea314ccaf4a06d1481f4035da625e2bdb49171ab4591cf8d85b964"


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


# --- question 4: the filter's misses ---------------------------------------------------------------------------


def _count(answer: object) -> int:
    personal = int(load_sentences("test")[1].sum())
    value = real_number("missed_sentences", answer)
    if not value.is_integer() or not 0 <= value <= personal:
        raise ValueError(f"missed_sentences must be a whole number between 0 and {personal}; got {answer!r}")
    return int(value)


def _count_is_valid(answer: object) -> Feedback:
    return Feedback(True, t("m08.feedback.valid_count", count=_count(answer)))


def _count_is_right(answer: object) -> Feedback:
    count = _count(answer)
    found = filter_results(Q4_THRESHOLD)
    if count == found.missed:
        return Feedback(True, t("q4_filter_missed.ok", missed=found.missed, personal=found.personal))
    if count == found.false_alarms:
        return Feedback(False, t("q4_filter_missed.that_is_false_alarms"))
    if count == found.caught:
        return Feedback(False, t("q4_filter_missed.that_is_caught"))
    return Feedback(False, t("q4_filter_missed.wrong"))


# --- question 5: when not to use a chatbot ---------------------------------------------------------------------


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
    ),
    Question(
        "q3_keep_out_of_chatbot",
        _flag_question("q3_keep_out_of_chatbot", "keep_out", lambda: Q3_ITEMS, _keep_out),
        Several(Q3_ITEMS),
    ),
    Question(
        "q4_filter_missed",
        {"valid": _count_is_valid, "right": _count_is_right},
        Slider(low=0, high=8, step=1, start=0, whole=True),
    ),
    Question(
        "q5_chatbot_for_hiring",
        choice_criteria("q5_chatbot_for_hiring", Q5_OPTIONS, Q5_RIGHT_DIGEST),
        Choice(Q5_OPTIONS),
    ),
).interface()
