"""What module 01 computes: rules written by hand and their scores, and a decision tree trained live.

A person looks at the data, picks a measurement and a threshold, and writes "if proline is at least 760, the wine
is cultivar 0": :func:`one_threshold_rule_accuracy` and :func:`two_step_rule` apply such rules and score them.
:func:`train_tree` lets a decision tree find its own thresholds in the same wines, in well under a second.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass

import numpy as np

from caire.core.numbers import decimal
from caire.core.timing import record_training
from caire.core.validation import one_of, real_number, whole_number
from caire.modules.rules_vs_learning.data import cultivar_label, load_wines, measurement_label

#: Trees deeper than this stop being readable rules; the course never needs more.
MAX_DEPTH_LIMIT = 10
#: A threshold in the rules scikit-learn writes out ("proline <= 755.00"), to be written the learner's way.
_RULE_THRESHOLD = re.compile(r"(<=|>)(\s+)(-?\d+\.\d+)")


# --- rules written by hand ------------------------------------------------------------------------------------


def accuracy(predicted, actual) -> float:
    """Share of wines whose predicted cultivar is the actual one (0.0 to 1.0)."""
    predicted, actual = np.asarray(predicted), np.asarray(actual)
    if predicted.shape != actual.shape:
        raise ValueError(f"predicted and actual must have the same length; got {predicted.shape} and {actual.shape}")
    if predicted.size == 0:
        raise ValueError("predicted and actual must not be empty")
    return float((predicted == actual).mean())


def one_threshold_rule_accuracy(
    threshold: float, measurement: str = "proline", cultivar: int = 0, split: str = "train"
) -> float:
    """How often "``measurement`` ≥ ``threshold`` means ``cultivar``, below means another one" is right."""
    threshold = real_number("threshold", threshold)
    cultivar = whole_number("cultivar", cultivar, 0, 2)
    data = load_wines()
    measurement = one_of("measurement", measurement, data.measurements)
    part = data.split(split)
    says_cultivar = part.X[measurement].to_numpy() >= threshold
    is_cultivar = part.y.to_numpy() == cultivar
    return accuracy(says_cultivar, is_cultivar)


def two_step_rule(X, proline_min: float, flavanoids_min: float) -> np.ndarray:
    """Cultivar 0 if proline ≥ ``proline_min``; else cultivar 1 if flavanoids ≥ ``flavanoids_min``; else 2."""
    proline_min = real_number("proline_min", proline_min)
    flavanoids_min = real_number("flavanoids_min", flavanoids_min)
    missing = {"proline", "flavanoids"} - set(getattr(X, "columns", []))
    if missing:
        raise ValueError(f"X must be a table with the columns proline and flavanoids; missing {sorted(missing)}")
    proline = X["proline"].to_numpy()
    flavanoids = X["flavanoids"].to_numpy()
    return np.where(proline >= proline_min, 0, np.where(flavanoids >= flavanoids_min, 1, 2))


def two_step_rule_accuracy(proline_min: float, flavanoids_min: float, split: str = "train") -> float:
    """Accuracy of :func:`two_step_rule` on the training wines or on the unseen (test) wines."""
    part = load_wines().split(split)
    return accuracy(two_step_rule(part.X, proline_min, flavanoids_min), part.y)


# --- a decision tree that learns its rules ---------------------------------------------------------------------


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
        """The learned tree written out as if-then rules, with measurement names and thresholds in the learner's
        language ("proline <= 755.00", "proline <= 755,00")."""
        from sklearn.tree import export_text

        text = export_text(
            self.model,
            feature_names=[measurement_label(m, language) for m in self.measurements],
            class_names=[cultivar_label(c, language) for c in (0, 1, 2)],
            decimals=2,
        )
        return _RULE_THRESHOLD.sub(lambda found: f"{found[1]}{found[2]}{decimal(float(found[3]), 2, language)}", text)


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
