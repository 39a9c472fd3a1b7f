"""Assignment 07, "Embeddings and retrieval": the five questions and their checks.

Used by ``assignments/07-embeddings-*/`` (nbgrader tests) and ``apps/*/07-embeddings`` (Voila app).
The FAQ is in the learner's language; expected answers are computed from it (never stored), or compared as
digests, so both languages grade the same way. Questions 4 and 5 carry the module's ideas to other workplaces
(a hospital's guideline search, a law firm's assistant).
"""

from __future__ import annotations

import math

from caire.core.checks import (
    Choice,
    Exercise,
    Feedback,
    Question,
    Several,
    Slider,
    choice_criteria,
    matches_digest,
    one_of_options,
    share_is_valid,
)
from caire.core.i18n import t
from caire.core.validation import real_number, share, ticked_names
from caire.modules.embeddings.data import load_faq
from caire.modules.embeddings.model import query_results, search, shared_words

#: The module's learning objectives (texts: ``m07.objective.<key>``); each question serves one.
OBJECTIVES = ("similarity", "measure_search", "grounded_answers")

#: Question 1 shows the search for the paraphrased test query of this position in the FAQ's test list (the VPN one).
Q1_TEST = 1
#: Question 3 offers these test queries, lettered a, b, c...: (position in the test list, which wording).
Q3_QUERIES = ((0, "exact"), (5, "paraphrase"), (9, "exact"), (6, "paraphrase"), (13, "exact"), (11, "paraphrase"))
Q3_OPTIONS = tuple("abcdef")
#: A share typed with two decimals (0.06) is accepted for one computed to more (0.0625).
SHARE_TOLERANCE = 0.006
CHOICES = ("a", "b", "c", "d")
#: answer_digest(<question id>, <right option>): the options themselves are not stored.
Q1_RIGHT_DIGEST = "36381757940039744adf3ef487517b4485c6824c4f0941e2865d444176ed9caf"
Q4_RIGHT_DIGEST = "ac4d43590d94be0626a2f13675b4231fca8160f7a05f04e92e99f7a3cd6aa830"
Q5_RIGHT_DIGEST = "6d649ab82fcf7527a97f10b5b8c12af719522101f97653b35635e87825649ef8"


def query_for(question_id: str) -> str:
    """The question question 1 searches with, in the learner's language."""
    if question_id != "q1_similarity_meaning":
        raise ValueError(f"question_id must be 'q1_similarity_meaning'; got {question_id!r}")
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


# --- question 1: what a similarity says ----------------------------------------------------------------------


def _similarity_is_understood(answer: object) -> Feedback:
    """The hidden criterion: the right option (by digest); the feedback names the entry found and the right one."""
    if not matches_digest("q1_similarity_meaning", answer, Q1_RIGHT_DIGEST):
        return Feedback(False, t("q1_similarity_meaning.wrong"))
    query = query_for("q1_similarity_meaning")
    first = search(query, 1)[0]
    shared = ", ".join(shared_words(query, first.number)) or "-"
    target = load_faq().test_queries[Q1_TEST].target
    return Feedback(
        True, t("q1_similarity_meaning.ok", number=first.number, score=first.score, shared=shared, target=target)
    )


_similarity_is_understood.digest = Q1_RIGHT_DIGEST  # what tests/test_modules_shared.py compares


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
        "q1_similarity_meaning",
        {
            "valid": lambda answer: one_of_options("q1_similarity_meaning", answer, CHOICES),
            "right": _similarity_is_understood,
        },
        Choice(CHOICES),
        objective="similarity",
        level="understand",
        competences=("art4.general_understanding", "digcomp.1.1", "unesco.techniques.understand"),
    ),
    Question(
        "q2_paraphrase_hit_rate",
        {"valid": share_is_valid("paraphrase_hit_rate"), "right": _hit_rate_is_right},
        Slider(low=0, high=1, step=0.01, start=0.5),
        objective="measure_search",
        level="apply",
        competences=("art4.risks", "digcomp.1.2", "unesco.techniques.apply"),
    ),
    Question(
        "q3_queries_found",
        {"valid": _ticks_are_valid, "right": _ticks_are_right},
        Several(Q3_OPTIONS),
        option_label=_q3_label,
        objective="measure_search",
        level="apply",
        competences=("art4.general_understanding", "digcomp.1.1", "unesco.techniques.apply"),
    ),
    Question(
        "q4_vocabulary_mismatch",
        choice_criteria("q4_vocabulary_mismatch", CHOICES, Q4_RIGHT_DIGEST),
        Choice(CHOICES),
        objective="measure_search",
        level="analyse",
        competences=("art4.risks", "art4.context", "digcomp.1.1", "unesco.techniques.apply"),
        transfer=True,
    ),
    Question(
        "q5_quotes_need_review",
        choice_criteria("q5_quotes_need_review", CHOICES, Q5_RIGHT_DIGEST),
        Choice(CHOICES),
        objective="grounded_answers",
        level="evaluate",
        competences=("art4.risks", "art4.role", "digcomp.1.2", "unesco.mindset.apply"),
        transfer=True,
    ),
).interface()
