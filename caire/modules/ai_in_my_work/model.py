"""Module 17's toy: a nearest-neighbour model that suggests an exposure rating for a work task from the words it
shares with the course's 48 labelled tasks. "Training" builds the word table (milliseconds); its agreement with the
course's labels is measured on each task left out in turn. It matches words, nothing more: a toy."""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np

from caire.core.i18n import check_language, get_language
from caire.core.timing import record_training
from caire.core.validation import whole_number
from caire.modules.ai_in_my_work.data import LABELS, load_tasks, words

#: The number of nearest tasks that vote, by default.
NEIGHBOURS = 10
#: What _vote returns when no labelled task shares a word with the task.
UNKNOWN = -1
#: The most neighbours one may ask for.
MOST_NEIGHBOURS = 15


@dataclass(frozen=True)
class ToyRater:
    """The word table of the labelled tasks: one row a task, one column a word (unit length rows)."""

    language: str
    vocabulary: dict[str, int]
    vectors: np.ndarray
    labels: np.ndarray
    texts: tuple[str, ...]
    seconds: float


@dataclass(frozen=True)
class Suggestion:
    """What the toy suggests for one task: the rating, and the labelled tasks it found nearest (with similarity)."""

    label: str
    neighbours: tuple[tuple[str, str, float], ...]

    @property
    def known_words(self) -> bool:
        """False when the task shares no word with the table: the suggestion is then a guess."""
        return any(similarity > 0 for *_, similarity in self.neighbours)


def _vector(vocabulary: dict[str, int], text: str) -> np.ndarray:
    vector = np.zeros(len(vocabulary))
    for word in words(text):
        if word in vocabulary:
            vector[vocabulary[word]] = 1.0
    norm = np.linalg.norm(vector)
    return vector / norm if norm else vector


def train_rater(language: str | None = None) -> ToyRater:
    """Build the toy on the 48 tasks in ``language`` (its time goes to ``caire.core.timing``)."""
    language = check_language(language or get_language())
    tasks = load_tasks(language)
    start = time.perf_counter()
    vocabulary: dict[str, int] = {}
    for task in tasks:
        for word in words(task.text):
            vocabulary.setdefault(word, len(vocabulary))
    vectors = np.array([_vector(vocabulary, task.text) for task in tasks])
    labels = np.array([LABELS.index(task.label) for task in tasks])
    seconds = record_training(time.perf_counter() - start)
    rater = ToyRater(language, vocabulary, vectors, labels, tuple(task.text for task in tasks), seconds)
    _LATEST[language] = rater
    return rater


_LATEST: dict[str, ToyRater] = {}


def trained(language: str | None = None) -> ToyRater:
    """The toy built last in this kernel for ``language`` (built now if none was)."""
    language = check_language(language or get_language())
    return _LATEST.get(language) or train_rater(language)


def _check_rater(rater: object) -> ToyRater:
    if not isinstance(rater, ToyRater):
        raise TypeError(f"rater must be the toy that train_rater() returns; got {type(rater).__name__}")
    return rater


def _vote(similarities: np.ndarray, labels: np.ndarray, neighbours: int) -> tuple[int, np.ndarray]:
    order = np.argsort(-similarities, kind="stable")[:neighbours]
    votes = np.zeros(len(LABELS))
    for index in order:
        votes[labels[index]] += similarities[index]  # each neighbour votes with its similarity; 0 gives no vote
    return (int(np.argmax(votes)) if votes.any() else UNKNOWN), order


def suggest(rater: ToyRater, task: str, neighbours: int = NEIGHBOURS) -> Suggestion:
    """The toy's rating for ``task``: the majority label of its ``neighbours`` most similar labelled tasks."""
    rater = _check_rater(rater)
    if not isinstance(task, str):
        raise TypeError(f"task must be a text; got {type(task).__name__}")
    if not task.strip():
        raise ValueError("task must not be empty")
    neighbours = whole_number("neighbours", neighbours, 1, MOST_NEIGHBOURS)
    similarities = rater.vectors @ _vector(rater.vocabulary, task)
    label, order = _vote(similarities, rater.labels, neighbours)
    found = tuple((rater.texts[i], LABELS[rater.labels[i]], float(similarities[i])) for i in order)
    return Suggestion(LABELS[label] if label != UNKNOWN else "unknown", found)


def left_out_agreement(rater: ToyRater, neighbours: int = NEIGHBOURS) -> float:
    """Share of the 48 tasks whose course label the toy finds when that task is left out of its table."""
    rater = _check_rater(rater)
    return 1 - len(left_out_mistakes(rater, neighbours)) / len(rater.labels)


def agreement_by_neighbours(rater: ToyRater) -> dict[int, float]:
    """``left_out_agreement`` for each number of neighbours from 1 to ``MOST_NEIGHBOURS``."""
    return {k: left_out_agreement(rater, k) for k in range(1, MOST_NEIGHBOURS + 1)}


def compare(ratings: list, rater: ToyRater, neighbours: int = NEIGHBOURS) -> list[tuple[str, str, Suggestion]]:
    """For each (task, your rating) pair: the task, your rating and the toy's suggestion."""
    rater = _check_rater(rater)
    if not isinstance(ratings, (list, tuple)):
        raise TypeError(f"ratings must be a list of (task, rating) pairs; got {type(ratings).__name__}")
    rows = []
    for pair in ratings:
        if not isinstance(pair, (list, tuple)) or len(pair) != 2:
            raise ValueError(f"ratings must hold (task, rating) pairs; got {pair!r}")
        task, rating = pair
        rows.append((task, rating if rating in LABELS else _bad_rating(rating), suggest(rater, task, neighbours)))
    return rows


def _bad_rating(rating: object) -> str:
    raise ValueError(f"ratings: each rating must be one of {', '.join(map(repr, LABELS))}; got {rating!r}")


def profession_shares(language: str | None = None) -> dict[str, dict[str, float]]:
    """For each profession of the table, the share of its tasks under each label (the course's labels)."""
    tasks = load_tasks(check_language(language or get_language()))
    shares: dict[str, dict[str, float]] = {}
    for task in tasks:
        shares.setdefault(task.profession, dict.fromkeys(LABELS, 0.0))[task.label] += 1
    return {name: {label: count / sum(row.values()) for label, count in row.items()} for name, row in shares.items()}


def left_out_mistakes(rater: ToyRater, neighbours: int = NEIGHBOURS) -> list[tuple[str, str, str]]:
    """The tasks whose course label the toy misses when each is left out: (task, course's label, toy's label)."""
    rater = _check_rater(rater)
    neighbours = whole_number("neighbours", neighbours, 1, MOST_NEIGHBOURS)
    similarities = rater.vectors @ rater.vectors.T
    found = []
    for index in range(len(rater.labels)):
        others = np.delete(np.arange(len(rater.labels)), index)
        label, _ = _vote(similarities[index, others], rater.labels[others], neighbours)
        if label != rater.labels[index]:
            toy = LABELS[label] if label != UNKNOWN else "unknown"
            found.append((rater.texts[index], LABELS[rater.labels[index]], toy))
    return found
