"""Module 08's personal-data filter: a naive Bayes model trained live (milliseconds) on the training sentences,
and what it does on the test sentences it never saw, at a threshold."""

from __future__ import annotations

import math
import re
import time
from collections import Counter
from dataclasses import dataclass
from functools import cache

from caire.core.timing import record_training
from caire.core.validation import number_between, whole_number
from caire.modules.critical_use.data import load_sentences, texts_language

#: The filter flags a sentence when its score (the estimated probability of personal data) is at least this.
DEFAULT_THRESHOLD = 0.5

_WORD = re.compile(r"\w+(?:[@.'’-]\w+)*")


def check_threshold(threshold: object) -> float:
    """``threshold`` as a float between 0 and 1, or a TypeError/ValueError naming ``threshold``."""
    return number_between("threshold", threshold, 0, 1)


def features(text: str) -> list[str]:
    """The clues the filter sees in a sentence: its words, plus a clue for numbers, e-mail addresses and
    capitalised words inside the sentence (often names)."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a sentence (text); got {type(text).__name__} {text!r}")
    found = []
    for position, word in enumerate(_WORD.findall(text)):
        if "@" in word:
            found.append("<email>")
        elif any(character.isdigit() for character in word):
            found.append("<number>")
        else:
            if position > 0 and word[0].isupper():
                found.append("<capital>")
            found.append(word.lower().split("'")[-1].split("’")[-1])
    return found


@dataclass(frozen=True)
class PersonalDataFilter:
    """A naive Bayes filter: how often each clue appears in sentences with and without personal data."""

    language: str
    log_prior: tuple[float, float]
    log_likelihood: dict[str, tuple[float, float]]
    seconds: float

    def score(self, text: str) -> float:
        """The filter's estimate that ``text`` holds personal data, between 0 and 1."""
        totals = list(self.log_prior)
        for clue in features(text):
            pair = self.log_likelihood.get(clue)
            if pair is None:
                continue  # a word never seen in training tells the filter nothing
            totals[0] += pair[0]
            totals[1] += pair[1]
        difference = max(min(totals[1] - totals[0], 50.0), -50.0)
        return 1.0 / (1.0 + math.exp(-difference))

    def flags(self, text: str, threshold: float = DEFAULT_THRESHOLD) -> bool:
        """Whether the filter would stop ``text`` before it reaches a chatbot."""
        return self.score(text) >= check_threshold(threshold)

    def strongest_clues(self, count: int = 8) -> list[tuple[str, float]]:
        """The clues that push a sentence most towards "personal data", with how much (log-odds)."""
        count = whole_number("count", count, 1, 10_000)
        weights = sorted(
            ((clue, pair[1] - pair[0]) for clue, pair in self.log_likelihood.items()),
            key=lambda item: (-item[1], item[0]),
        )
        return weights[:count]


@cache
def _trained(language: str) -> PersonalDataFilter:
    start = time.perf_counter()
    texts, labels = load_sentences("train", language)
    counts = (Counter(), Counter())
    for text, label in zip(texts, labels):
        counts[int(label)].update(features(text))
    vocabulary = sorted(set(counts[0]) | set(counts[1]))
    totals = [sum(counts[label].values()) + len(vocabulary) for label in (0, 1)]  # Laplace smoothing
    log_likelihood = {
        clue: tuple(math.log((counts[label][clue] + 1) / totals[label]) for label in (0, 1)) for clue in vocabulary
    }
    share = float(labels.mean())
    seconds = record_training(time.perf_counter() - start)
    return PersonalDataFilter(language, (math.log(1 - share), math.log(share)), log_likelihood, seconds)


def train_filter(language: str | None = None) -> PersonalDataFilter:
    """Train the personal-data filter on the training sentences of ``language`` (default: the current one)."""
    return _trained(texts_language(language))


@dataclass(frozen=True)
class FilterResults:
    """What the filter does on the test sentences at one threshold."""

    threshold: float
    caught: int  # personal data, flagged
    missed: int  # personal data, let through
    false_alarms: int  # no personal data, flagged
    cleared: int  # no personal data, let through
    missed_sentences: tuple[str, ...]
    false_alarm_sentences: tuple[str, ...]

    @property
    def personal(self) -> int:
        return self.caught + self.missed


def filter_results(threshold: float = DEFAULT_THRESHOLD, language: str | None = None) -> FilterResults:
    """Run the trained filter on the test sentences it never saw, at ``threshold``."""
    threshold = check_threshold(threshold)
    model = train_filter(language)
    texts, labels = load_sentences("test", model.language)
    flagged = [model.score(text) >= threshold for text in texts]
    missed = tuple(text for text, label, flag in zip(texts, labels, flagged) if label == 1 and not flag)
    alarms = tuple(text for text, label, flag in zip(texts, labels, flagged) if label == 0 and flag)
    caught = sum(1 for label, flag in zip(labels, flagged) if label == 1 and flag)
    cleared = sum(1 for label, flag in zip(labels, flagged) if label == 0 and not flag)
    return FilterResults(threshold, caught, len(missed), len(alarms), cleared, missed, alarms)


def threshold_missing_none(language: str | None = None) -> float:
    """The highest threshold, to two decimals, at which the filter lets no test sentence with personal data through
    (the lowest score it gives one of them, rounded down): what a hospital that fears misses most would ask for."""
    model = train_filter(language)
    texts, labels = load_sentences("test", model.language)
    lowest = min(model.score(text) for text, label in zip(texts, labels) if label == 1)
    return math.floor(lowest * 100) / 100
