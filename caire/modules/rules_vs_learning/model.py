"""Small models trained live, in well under a second, on the learner's CPU."""

from __future__ import annotations

import time
from dataclasses import dataclass

from caire.core.timing import record_training
from caire.modules.rules_vs_learning.data import cultivar_label, load_wines, measurement_label
from caire.core.validation import whole_number

#: Trees deeper than this stop being readable rules; the course never needs more.
MAX_DEPTH_LIMIT = 10


@dataclass(frozen=True)
class TrainedTree:
    """A decision tree learned from the training wines, with how long it took and how well it does."""

    model: object
    max_depth: int
    measurements: tuple[str, ...]
    train_seconds: float
    train_accuracy: float
    test_accuracy: float

    @property
    def measurements_used(self) -> set[str]:
        """The measurements the tree actually asks about (a tree ignores the ones that do not help)."""
        used = self.model.tree_.feature
        return {self.measurements[index] for index in used if index >= 0}

    @property
    def first_question(self) -> str:
        """The measurement the tree asks about first, at its root."""
        return self.measurements[self.model.tree_.feature[0]]

    def as_rules(self, language: str | None = None) -> str:
        """The learned tree written out as if-then rules, with measurement names in the learner's language."""
        from sklearn.tree import export_text

        return export_text(
            self.model,
            feature_names=[measurement_label(m, language) for m in self.measurements],
            class_names=[cultivar_label(c, language) for c in (0, 1, 2)],
            decimals=2,
        )


def train_tree(max_depth: int, measurements: list[str] | None = None, seed: int = 0) -> TrainedTree:
    """Learn a decision tree of at most ``max_depth`` questions from the training wines.

    ``measurements`` restricts what the tree may look at (all 13 by default); ``seed`` makes ties
    between equally good questions break the same way every time.
    """
    from sklearn.tree import DecisionTreeClassifier

    max_depth = whole_number("max_depth", max_depth, 1, MAX_DEPTH_LIMIT)
    seed = whole_number("seed", seed, 0, 2**32 - 1)
    data = load_wines()
    if isinstance(measurements, str):
        raise TypeError(f"measurements must be a list of measurement names, not one string; got {measurements!r}")
    columns = data.measurements if measurements is None else list(measurements)
    unknown = sorted(set(columns) - set(data.measurements))
    if len(set(columns)) != len(columns):
        raise ValueError(f"measurements must not name a measurement twice; got {columns}")
    if unknown or not columns:
        raise ValueError(
            f"measurements must be a non-empty list of wine measurements; unknown: {unknown or 'empty list'}"
        )
    model = DecisionTreeClassifier(max_depth=max_depth, random_state=seed)
    start = time.perf_counter()
    model.fit(data.train.X[columns], data.train.y)
    seconds = record_training(time.perf_counter() - start)
    return TrainedTree(
        model=model,
        max_depth=max_depth,
        measurements=tuple(columns),
        train_seconds=seconds,
        train_accuracy=float(model.score(data.train.X[columns], data.train.y)),
        test_accuracy=float(model.score(data.test.X[columns], data.test.y)),
    )
