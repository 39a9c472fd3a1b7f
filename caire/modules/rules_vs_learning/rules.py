"""Rules written by hand, the way software worked before machine learning.

A person looks at the data, picks a measurement and a threshold, and writes
"if proline is at least 760, the wine is cultivar 0". These helpers apply such rules and score them.
"""

from __future__ import annotations

import numpy as np

from caire.modules.rules_vs_learning.data import load_wines
from caire.core.validation import one_of, real_number, whole_number


def accuracy(predicted, actual) -> float:
    """Share of wines whose predicted cultivar is the actual one (0.0 to 1.0)."""
    predicted, actual = np.asarray(predicted), np.asarray(actual)
    if predicted.shape != actual.shape:
        raise ValueError(
            f"predicted and actual must have the same length; got {predicted.shape} and {actual.shape}"
        )
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
