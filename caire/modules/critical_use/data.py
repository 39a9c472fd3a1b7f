"""Module 08's data: two sets written for the course (CC0), one file per language in ``data/``.

- ``chatbot_answers_<lang>.json``: short "official" documents of a fictional company (a leave policy, an expense
  policy, a data-protection note) and pre-written chatbot answers to workplace questions, cut into claims.
  Whether the reference supports a claim is stored as a digest, ``answer_digest("m08-claim/<id>", "yes"|"no")``,
  not in plain text: a learner who opens the file reads no answer key. Only the *practice* answers (those the
  lesson works through) can have their verdicts shown (:func:`practice_verdicts`); the others are the exercise's.
- ``personal_data_sentences_<lang>.json``: sentences labelled 1 when they hold personal data, 0 when not, split
  into training and test sentences.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import numpy as np

from caire.core.checks import answer_digest
from caire.core.i18n import check_language, get_language
from caire.core.validation import one_of

DATA = Path(__file__).parent / "data"
SPLITS = ("train", "test")


def texts_language(language: str | None) -> str:
    """``language`` if the course speaks it, the course's current language if it is None, else a ValueError."""
    return get_language() if language is None else check_language(language)


# --- the chatbot answers and the reference documents ------------------------------------------------------


@cache
def _answers(language: str) -> dict:
    return json.loads((DATA / f"chatbot_answers_{language}.json").read_text(encoding="utf-8"))


def load_answers(language: str | None = None) -> dict:
    """The bundled answers and reference documents in ``language`` (default: the current language)."""
    return _answers(texts_language(language))


def answer_ids(practice: bool | None = None) -> tuple[str, ...]:
    """The ids of the bundled answers: all of them, or only the practice ones (``True``) or the others (``False``)."""
    if practice not in (None, True, False):
        raise TypeError(f"practice must be True, False or None; got {practice!r}")
    return tuple(
        item["id"] for item in load_answers("en")["answers"] if practice is None or item["practice"] is practice
    )


def get_answer(answer_id: str, language: str | None = None) -> dict:
    """One answer: its question, the reference it should agree with, and its claims."""
    if not isinstance(answer_id, str):
        raise TypeError(f"answer_id must be text; got {type(answer_id).__name__} {answer_id!r}")
    for item in load_answers(language)["answers"]:
        if item["id"] == answer_id:
            return item
    raise ValueError(f"answer_id must be one of {', '.join(map(repr, answer_ids()))}; got {answer_id!r}")


def get_reference(reference_id: str, language: str | None = None) -> dict:
    """One reference document: its title and numbered paragraphs."""
    references = load_answers(language)["references"]
    if not isinstance(reference_id, str):
        raise TypeError(f"reference_id must be text; got {type(reference_id).__name__} {reference_id!r}")
    if reference_id not in references:
        raise ValueError(f"reference_id must be one of {', '.join(map(repr, references))}; got {reference_id!r}")
    return references[reference_id]


def claim_ids(answer_id: str) -> tuple[str, ...]:
    """The ids of the claims one answer makes, in order."""
    return tuple(claim["id"] for claim in get_answer(answer_id)["claims"])


def claim_text(claim_id: str, language: str | None = None) -> str:
    """What one claim says, in ``language`` (default: the current language)."""
    for item in load_answers(language)["answers"]:
        for claim in item["claims"]:
            if claim["id"] == claim_id:
                return claim["text"]
    raise ValueError(f"claim_id must be the id of a claim of a bundled answer; got {claim_id!r}")


def _supported(claim_id: str) -> bool:
    """Whether the reference supports a claim, read from its digest (kept private: see practice_verdicts)."""
    for item in load_answers("en")["answers"]:
        for claim in item["claims"]:
            if claim["id"] == claim_id:
                return claim["support_digest"] == answer_digest(f"m08-claim/{claim_id}", "yes")
    raise ValueError(f"claim_id must be the id of a claim of a bundled answer; got {claim_id!r}")


def _unsupported_claims(answer_id: str) -> set[str]:
    """The claims of an answer that the reference does not support: what the exercise's checks compare with."""
    return {claim_id for claim_id in claim_ids(answer_id) if not _supported(claim_id)}


def practice_verdicts(answer_id: str) -> dict[str, bool]:
    """For a practice answer of the lesson: each claim id, and whether the reference supports it."""
    item = get_answer(answer_id)
    if not item["practice"]:
        raise ValueError(
            f"answer_id must be a practice answer ({', '.join(map(repr, answer_ids(True)))}); "
            f"{answer_id!r} belongs to the exercise"
        )
    return {claim_id: _supported(claim_id) for claim_id in claim_ids(answer_id)}


# --- the sentences of the personal-data filter ----------------------------------------------------------------


@cache
def _sentences(language: str) -> dict:
    return json.loads((DATA / f"personal_data_sentences_{language}.json").read_text(encoding="utf-8"))


def load_sentences(split: str = "train", language: str | None = None) -> tuple[list[str], np.ndarray]:
    """The sentences of one split and their labels (1: holds personal data, 0: does not)."""
    rows = _sentences(texts_language(language))[one_of("split", split, SPLITS)]
    return [row["text"] for row in rows], np.array([row["label"] for row in rows], dtype=int)
