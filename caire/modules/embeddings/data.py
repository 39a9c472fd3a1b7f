"""Module 07's data: a fictional company's HR and IT help-desk FAQ, written for the course (``data/faq_{en,fr}.json``,
CC0), with test questions whose right entry is known, each asked with the FAQ's wording and in other words.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from caire.core.i18n import check_language, get_language
from caire.core.validation import one_of, whole_number

DATA = Path(__file__).parent / "data"
#: The two topics of the FAQ.
TOPICS = ("it", "hr")
#: Kinds of test queries: reusing the FAQ's wording, or saying the same thing in other words.
QUERY_KINDS = ("exact", "paraphrase")
#: What counts as a word in a question: letters, or a number.
WORD = re.compile(r"[^\W\d_]+|\d+(?:[.,]\d+)?")


@dataclass(frozen=True)
class Entry:
    """One question/answer pair of the FAQ."""

    number: int
    topic: str
    question: str
    answer: str

    @property
    def text(self) -> str:
        """What the search reads: the question and its answer."""
        return f"{self.question} {self.answer}"


@dataclass(frozen=True)
class SampleQuery:
    """A question whose right entry is known, written twice: with the FAQ's words, and in other words."""

    target: int
    exact: str
    paraphrase: str


@dataclass(frozen=True)
class FAQ:
    language: str
    entries: tuple[Entry, ...]
    test_queries: tuple[SampleQuery, ...]

    def entry(self, number: object) -> Entry:
        return self.entries[check_entry_number(number, len(self.entries)) - 1]


def faq_language(language: object) -> str:
    """``language`` if the course speaks it, the course's current language if it is None, else a ValueError."""
    return check_language(get_language() if language is None else language)


def check_entry_number(number: object, count: int) -> int:
    return whole_number("number", number, 1, count)


def check_query(query: object, name: str = "query") -> str:
    """A question typed by a learner: text with at least one letter or digit."""
    if not isinstance(query, str):
        raise TypeError(f"{name} must be text; got {type(query).__name__} {query!r}")
    if not WORD.search(query):
        raise ValueError(f"{name} must contain at least one word; got {query!r}")
    return query


def check_kind(kind: object) -> str:
    return one_of("kind", kind, QUERY_KINDS)


def load_faq(language: str | None = None) -> FAQ:
    """The help-desk FAQ in ``language`` (default: the course's language)."""
    return _load_faq(faq_language(language))


@cache
def _load_faq(language: str) -> FAQ:
    with (DATA / f"faq_{language}.json").open(encoding="utf-8") as handle:
        data = json.load(handle)
    entries = tuple(
        Entry(int(item["number"]), item["topic"], item["question"], item["answer"]) for item in data["entries"]
    )
    tests = tuple(SampleQuery(int(item["target"]), item["exact"], item["paraphrase"]) for item in data["test_queries"])
    return FAQ(language, entries, tests)
