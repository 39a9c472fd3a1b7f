"""Assignment 07, "Embeddings and retrieval": the five questions and their checks.

Used by ``assignments/07-embeddings-*/`` (nbgrader tests) and ``apps/*/07-embeddings`` (Voila app).
The FAQ is in the learner's language; expected answers are computed from it (never stored), or compared as
digests, so both languages grade the same way.
"""

from __future__ import annotations

import math

from caire.core.checks import Choice, Exercise, Feedback, Question, Several, Slider, choice_criteria, share_is_valid
from caire.core.i18n import t
from caire.core.validation import real_number, share, ticked_names
from caire.modules.embeddings.data import load_faq
from caire.modules.embeddings.model import query_results, search, shared_words

#: Question 1 searches with the paraphrased test query of this position in the FAQ's test list (the VPN one).
Q1_TEST = 1
#: Question 3 offers these test queries, lettered a, b, c...: (position in the test list, which wording).
Q3_QUERIES = ((0, "exact"), (5, "paraphrase"), (9, "exact"), (6, "paraphrase"), (13, "exact"), (11, "paraphrase"))
Q3_OPTIONS = tuple("abcdef")
#: A share typed with two decimals (0.06) is accepted for one computed to more (0.0625).
SHARE_TOLERANCE = 0.006
CHOICES = ("a", "b", "c", "d")
#: answer_digest(<question id>, <right option>): the options themselves are not stored.
Q4_RIGHT_DIGEST = "0e3dffcdf78f28e7b10087692e4acbe81e1ade4c77bfb042cf288fe41402cf6c"
Q5_RIGHT_DIGEST = "fe908d7f5d17cfadcbdb399d40faf451ba6d38c2449de28652ee85478045f7bd"


def query_for(question_id: str) -> str:
    """The question question 1 searches with, in the learner's language."""
    if question_id != "q1_top_entry":
        raise ValueError(f"question_id must be 'q1_top_entry'; got {question_id!r}")
    return load_faq().test_queries[Q1_TEST].paraphrase


def q3_queries() -> dict[str, tuple[str, int]]:
    """Question 3's lettered queries, with the entry each should find, in the learner's language."""
    tests = load_faq().test_queries
    return {
        letter: (getattr(tests[position], kind), tests[position].target)
        for letter, (position, kind) in zip(Q3_OPTIONS, Q3_QUERIES)
    }


def show_queries() -> None:
    """Print question 3's lettered queries and the entry each should find."""
    for letter, (query, target) in q3_queries().items():
        print(f"{letter}) {query}  ({t('m07.results.expected', target=target)})")


# --- question 1: which entry comes first ----------------------------------------------------------------


def _entry_number(answer: object) -> int:
    count = len(load_faq().entries)
    value = real_number("first_entry", answer)
    if not value.is_integer() or not 1 <= value <= count:
        raise ValueError(f"first_entry must be a whole number between 1 and {count}; got {answer!r}")
    return int(value)


def _entry_is_valid(answer: object) -> Feedback:
    number = _entry_number(answer)
    return Feedback(True, t("q1_top_entry.valid", number=number))


def _entry_is_first(answer: object) -> Feedback:
    number = _entry_number(answer)
    query = query_for("q1_top_entry")
    first = search(query, 1)[0]
    target = load_faq().test_queries[Q1_TEST].target
    if number == first.number:
        shared = ", ".join(shared_words(query, first.number)) or "-"
        return Feedback(True, t("q1_top_entry.ok", number=number, shared=shared, target=target))
    if number == target and target != first.number:
        return Feedback(False, t("q1_top_entry.that_is_the_right_entry", target=target))
    return Feedback(False, t("q1_top_entry.wrong"))


# --- question 2: the hit rate on paraphrases -------------------------------------------------------------


def _rate(kind: str) -> tuple[int, int]:
    results = query_results(kind, "tfidf")
    return sum(right for *_, right in results), len(results)


def _hit_rate_is_right(answer: object) -> Feedback:
    value = real_number("paraphrase_hit_rate", answer)
    hits, total = _rate("paraphrase")
    exact_hits, _ = _rate("exact")
    if math.isclose(value, hits, abs_tol=1e-9) and hits > 1:
        return Feedback(False, t("q2_paraphrase_hit_rate.count_not_share", hits=hits, total=total))
    value = share("paraphrase_hit_rate", value)
    if abs(value - hits / total) <= SHARE_TOLERANCE:
        return Feedback(
            True, t("q2_paraphrase_hit_rate.ok", hits=hits, total=total, rate=hits / total, exact=exact_hits / total)
        )
    if abs(value - exact_hits / total) <= SHARE_TOLERANCE:
        return Feedback(False, t("q2_paraphrase_hit_rate.that_is_exact"))
    return Feedback(False, t("q2_paraphrase_hit_rate.wrong", total=total))


# --- question 3: which queries find their entry ----------------------------------------------------------


def _ticked(answer: object) -> set[str]:
    return ticked_names("queries_found", answer, Q3_OPTIONS, "letters")


def _ticks_are_valid(answer: object) -> Feedback:
    ticked = _ticked(answer)
    if not ticked:
        return Feedback(False, t("q3_queries_found.none"))
    return Feedback(True, t("q3_queries_found.valid", count=len(ticked)))


def _found(letter_queries: dict[str, tuple[str, int]]) -> set[str]:
    return {letter for letter, (query, target) in letter_queries.items() if search(query, 1)[0].number == target}


def _ticks_are_right(answer: object) -> Feedback:
    ticked = _ticked(answer)
    found = _found(q3_queries())
    if ticked == found:
        return Feedback(True, t("q3_queries_found.ok", found=", ".join(sorted(found))))
    missing, extra = sorted(found - ticked), sorted(ticked - found)
    return Feedback(False, t("q3_queries_found.wrong", missing=len(missing), extra=len(extra)))


def _q3_label(key: str) -> str:
    query, target = q3_queries()[key]
    return f"{query} ({t('m07.results.expected', target=target)})"


#: The questions, and question(), check(), require() and show_options(): what the notebooks and the app call.
QUESTIONS, question, check, require, show_options = Exercise(
    Question(
        "q1_top_entry",
        {"valid": _entry_is_valid, "right": _entry_is_first},
        Slider(low=1, high=49, step=1, start=1, whole=True),
    ),
    Question(
        "q2_paraphrase_hit_rate",
        {"valid": share_is_valid("paraphrase_hit_rate"), "right": _hit_rate_is_right},
        Slider(low=0, high=1, step=0.01, start=0.5),
    ),
    Question(
        "q3_queries_found",
        {"valid": _ticks_are_valid, "right": _ticks_are_right},
        Several(Q3_OPTIONS),
        option_label=_q3_label,
    ),
    Question(
        "q4_why_paraphrase_fails",
        choice_criteria("q4_why_paraphrase_fails", CHOICES, Q4_RIGHT_DIGEST),
        Choice(CHOICES),
    ),
    Question(
        "q5_grounded_needs_checking",
        choice_criteria("q5_grounded_needs_checking", CHOICES, Q5_RIGHT_DIGEST),
        Choice(CHOICES),
    ),
).interface()
