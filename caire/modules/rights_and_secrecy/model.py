"""Module 16's model: a toy word-level language model (an n-gram model) trained live by counting, in numpy-free
pure Python, in milliseconds, and the measurements of how much of its training text it gives back word for word.

The model guesses the next word from the last ``context`` words it saw: it has counted, in the training text,
which word followed each run of ``context`` words, and it writes by drawing the next word in proportion to those
counts (or, asked for its most likely continuation, by taking the most frequent one). Where a run of words was
never seen, it falls back to a shorter one. A longer context is a bigger model: it stores more runs of words.
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from dataclasses import dataclass

import numpy as np

from caire.core.i18n import get_language
from caire.core.timing import record_training
from caire.core.validation import whole_number
from caire.modules.rights_and_secrecy.data import notes, secret, secret_prompt, training_words, words

#: The context lengths (in words) the lesson trains and compares.
CONTEXTS = (1, 2, 3, 4, 5, 6)
#: A generated run of this many words found word for word in the training text counts as reproduced.
WINDOW = 8
#: How many texts each model writes, and how many words each, to measure its verbatim reproduction.
SAMPLES = 60
LENGTH = 30
#: Seed of the drawing of words, so that every learner sees the same texts.
SEED = 16


class NGramModel:
    """A word-level language model that guesses the next word from the last ``context`` words."""

    def __init__(self, context: int):
        self.context = whole_number("context", context, 1, max(CONTEXTS))
        self.counts: list[dict[tuple[str, ...], Counter]] = []

    def fit(self, text_words: tuple[str, ...]) -> NGramModel:
        """Count, for every run of 0 to ``context`` words in ``text_words``, which word came next."""
        if not isinstance(text_words, tuple | list) or not all(isinstance(word, str) for word in text_words):
            raise TypeError("text_words must be a list of words (texts)")
        if len(text_words) <= self.context:
            raise ValueError(f"text_words must hold more than {self.context} words; got {len(text_words)}")
        self.counts = []
        for order in range(self.context + 1):
            table: dict[tuple[str, ...], Counter] = defaultdict(Counter)
            for end in range(order, len(text_words)):
                table[tuple(text_words[end - order : end])][text_words[end]] += 1
            self.counts.append(dict(table))
        return self

    @property
    def entries(self) -> int:
        """The size of the model: how many (run of words, next word) pairs it stores."""
        return sum(len(following) for table in self.counts for following in table.values())

    def next_counts(self, before: tuple[str, ...]) -> Counter:
        """The counts of the next word after ``before``, from the longest run of its last words the model saw."""
        for order in range(min(self.context, len(before)), -1, -1):
            following = self.counts[order].get(tuple(before[len(before) - order :]))
            if following:
                return following
        return self.counts[0][()]

    def generate(self, prompt: str, length: int = LENGTH, rng: np.random.Generator | None = None) -> tuple[str, ...]:
        """The ``length`` words the model writes after ``prompt``: drawn with ``rng``, or its most likely ones."""
        if not self.counts:
            raise ValueError("the model must be trained (fit) before it writes")
        length = whole_number("length", length, 1, 200)
        written = list(words(prompt))
        start = len(written)
        for _ in range(length):
            following = self.next_counts(tuple(written))
            if rng is None:
                written.append(following.most_common(1)[0][0])
            else:
                choices = list(following)
                weights = np.array([following[word] for word in choices], dtype=float)
                written.append(choices[rng.choice(len(choices), p=weights / weights.sum())])
        return tuple(written[start:])


@dataclass(frozen=True)
class Measurement:
    """What one model gives back of its training text."""

    context: int
    entries: int
    reproduced: float  # share of the runs of WINDOW words it wrote that are in the training text word for word
    secret_share: float  # share of the secret's words it gives back, in order, after the secret's beginning
    secret_whole: bool  # whether it gives back the whole rest of the secret


@dataclass(frozen=True)
class Trained:
    """The models trained live, one per context length, their measurements, and the training time."""

    language: str
    models: dict[int, NGramModel]
    measurements: dict[int, Measurement]
    seconds: float
    words: int


_LATEST: dict[str, Trained] = {}


def _windows(text_words: tuple[str, ...], size: int) -> set[tuple[str, ...]]:
    return {tuple(text_words[i : i + size]) for i in range(len(text_words) - size + 1)}


def reproduction_rate(model: NGramModel, samples: int = SAMPLES, language: str | None = None) -> float:
    """Share of the runs of ``WINDOW`` words in ``samples`` texts written by ``model`` (each started from the first
    two words of an office note) that appear word for word in the training text."""
    if not isinstance(model, NGramModel):
        raise TypeError(f"model must be an NGramModel; got {type(model).__name__}")
    samples = whole_number("samples", samples, 1, 1000)
    known = _windows(training_words(language), WINDOW)
    starts = notes(language)
    rng = np.random.default_rng(SEED)
    found = total = 0
    for index in rng.choice(len(starts), size=samples):
        prompt = " ".join(words(starts[index])[:2])
        text = words(prompt) + model.generate(prompt, LENGTH, rng)
        windows = [tuple(text[i : i + WINDOW]) for i in range(len(text) - WINDOW + 1)]
        found += sum(window in known for window in windows)
        total += len(windows)
    return found / total


def secret_recall(model: NGramModel, language: str | None = None) -> tuple[float, tuple[str, ...]]:
    """Prompted with the beginning of the secret, what ``model`` writes (its most likely words), and the share
    of the rest of the secret it gives back in order before its first wrong word."""
    if not isinstance(model, NGramModel):
        raise TypeError(f"model must be an NGramModel; got {type(model).__name__}")
    rest = words(secret(language))[len(words(secret_prompt(language))) :]
    written = model.generate(secret_prompt(language), len(rest))
    right = 0
    for expected, given in zip(rest, written, strict=True):
        if expected != given:
            break
        right += 1
    return right / len(rest), written


def train_models(language: str | None = None) -> Trained:
    """Train live one model per context length on the training text (the time goes to ``caire.core.timing``),
    then measure what each gives back."""
    language = language or get_language()
    text_words = training_words(language)
    start = time.perf_counter()
    models = {context: NGramModel(context).fit(text_words) for context in CONTEXTS}
    seconds = record_training(time.perf_counter() - start)
    measurements = {}
    for context, model in models.items():
        share, _ = secret_recall(model, language)
        measurements[context] = Measurement(
            context, model.entries, reproduction_rate(model, language=language), share, share == 1.0
        )
    _LATEST["trained"] = Trained(language, models, measurements, seconds, len(text_words))
    return _LATEST["trained"]


def trained(language: str | None = None) -> Trained:
    """The models trained last in this kernel for ``language`` (trained now if none were)."""
    language = language or get_language()
    latest = _LATEST.get("trained")
    return latest if latest is not None and latest.language == language else train_models(language)


def first_context_giving_back_the_secret(language: str | None = None) -> int | None:
    """The shortest context length whose model gives back the whole secret after its beginning (None if none)."""
    found = [c for c, m in trained(language).measurements.items() if m.secret_whole]
    return min(found) if found else None
