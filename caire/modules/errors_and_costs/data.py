"""The data of module 03, one yes/no question asked of every case in each of three scenarios.

- ``"health"``: is this breast tumour malignant? The Wisconsin Diagnostic Breast Cancer data (WDBC) that ships with
  scikit-learn (what ``sklearn.datasets.load_breast_cancer`` returns): 569 tumours, 30 measurements of the cell
  nuclei seen in a digitised image of a fine-needle aspirate, and the diagnosis (212 malignant, 357 benign).
  W. N. Street, W. H. Wolberg, O. L. Mangasarian (1993); UCI Machine Learning Repository, data set 17,
  https://archive.ics.uci.edu/dataset/17/breast+cancer+wisconsin+diagnostic
- ``"banking"``: is this card payment a fraud? 20,000 payments **generated** here (fixed seed), exactly 1% of
  them frauds.
- ``"maintenance"``: will this pump break down within the week? 4,000 weekly sensor readings **generated** here
  (fixed seed), exactly 5% of them followed by a breakdown.

In every scenario "positive" (1) is the case the model is there to find: malignant, fraud, fault. Each is split
once, with the same share of positives on both sides (:func:`caire.core.data.stratified_split`), into cases to
learn from and unseen cases.

Why numpy alone, and not scikit-learn or pandas? Importing scikit-learn costs a kernel about 150 MB (it loads
scipy, pandas and pyarrow), which would take this module past its 256 MB budget. So the tumours are read straight
from the file scikit-learn ships (the one ``load_breast_cancer`` reads, found without importing scikit-learn).
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from caire.core.data import read_only, stratified_split
from caire.core.i18n import t
from caire.core.validation import one_of

#: The three professions of the module, each with its own data and its own pair of errors.
SCENARIOS = ("health", "banking", "maintenance")
#: Fixed so that every learner, test and check sees the same data, the same split and the same model.
SEED = 0
#: Share of the tumours kept aside, never used in training (the "unseen" tumours).
TUMOUR_TEST_SHARE = 0.3
#: Generated data: how many cases, and what share of them are positive (fraud, fault). Half are kept unseen.
GENERATED = {"banking": (20_000, 0.01), "maintenance": (4_000, 0.05)}
#: The 30 measurements of each tumour, in the order of the file (scikit-learn's names).
TUMOUR_MEASUREMENTS = tuple(
    f"{statistic}{name}" if statistic == "mean " or statistic == "worst " else f"{name}{statistic}"
    for statistic in ("mean ", " error", "worst ")
    for name in (
        "radius",
        "texture",
        "perimeter",
        "area",
        "smoothness",
        "compactness",
        "concavity",
        "concave points",
        "symmetry",
        "fractal dimension",
    )
)
#: What the answer column of each scenario is called in tables.
ANSWER_COLUMN = {"health": "malignant", "banking": "fraud", "maintenance": "fault"}


@dataclass(frozen=True)
class Cases:
    """Cases to learn from (``train``) and unseen cases (``test``): measurements, one row a case, and answers (1/0)."""

    scenario: str
    measurements: tuple[str, ...]
    X_train: np.ndarray
    y_train: np.ndarray
    X_test: np.ndarray
    y_test: np.ndarray


def check_scenario(scenario: object) -> str:
    """``scenario`` if it is one of :data:`SCENARIOS`, else a ValueError naming ``scenario``."""
    return one_of("scenario", scenario, SCENARIOS)


def _split(scenario: str, measurements: tuple[str, ...], X: np.ndarray, y: np.ndarray, test_share: float) -> Cases:
    train, test = stratified_split(y, test_share, SEED)
    return Cases(scenario, measurements, *(read_only(part) for part in (X[train], y[train], X[test], y[test])))


def _positives(n: int, share: float, rng: np.random.Generator) -> np.ndarray:
    """``n`` labels, exactly ``round(n * share)`` of them 1, in random order."""
    labels = np.zeros(n, dtype=int)
    labels[: round(n * share)] = 1
    rng.shuffle(labels)
    return labels


def _payments() -> tuple[tuple[str, ...], np.ndarray, np.ndarray]:
    """Generated card payments: frauds tend to be larger, further from home, at night, at a new merchant."""
    n, share = GENERATED["banking"]
    rng = np.random.default_rng(3)
    fraud = _positives(n, share, rng)
    is_fraud = fraud == 1
    amount = np.where(is_fraud, rng.lognormal(4.7, 1.0, n), rng.lognormal(3.5, 1.0, n))
    distance = np.where(is_fraud, rng.lognormal(4.0, 1.5, n), rng.lognormal(2.0, 1.2, n))
    night = np.where(is_fraud, rng.random(n) < 0.35, rng.random(n) < 0.05)
    new_merchant = np.where(is_fraud, rng.random(n) < 0.6, rng.random(n) < 0.2)
    X = np.column_stack([amount.round(2), distance.round(1), night, new_merchant]).astype(float)
    return ("amount_eur", "km_from_home", "at_night", "new_merchant"), X, fraud


def _readings() -> tuple[tuple[str, ...], np.ndarray, np.ndarray]:
    """Generated weekly pump readings: a breakdown tends to follow more vibration, more heat, a late service."""
    n, share = GENERATED["maintenance"]
    rng = np.random.default_rng(4)
    fault = _positives(n, share, rng)
    is_fault = fault == 1
    vibration = np.where(is_fault, rng.normal(6.0, 1.8, n), rng.normal(3.5, 1.2, n)).clip(0.2)
    temperature = np.where(is_fault, rng.normal(78, 7, n), rng.normal(70, 6, n))
    hours = np.where(is_fault, rng.normal(1500, 500, n), rng.normal(1000, 500, n)).clip(0)
    X = np.column_stack([vibration.round(2), temperature.round(1), hours.round()])
    return ("vibration_mm_s", "temperature_c", "hours_since_service"), X, fault


def tumour_file() -> Path:
    """The breast-cancer file scikit-learn ships, found without importing scikit-learn."""
    spec = importlib.util.find_spec("sklearn")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("scikit-learn is not installed: the tumour data come with it")
    return Path(spec.submodule_search_locations[0]) / "datasets" / "data" / "breast_cancer.csv"


def _tumours() -> tuple[tuple[str, ...], np.ndarray, np.ndarray]:
    """The 569 tumours: 30 measurements each, and 1 for malignant (the file, like scikit-learn, says 0)."""
    data = np.loadtxt(tumour_file(), delimiter=",", skiprows=1)
    return TUMOUR_MEASUREMENTS, data[:, :-1], (data[:, -1] == 0).astype(int)


@cache
def load_cases(scenario: str = "health") -> Cases:
    """The data of one scenario, split into cases to learn from and unseen cases (same split every time)."""
    scenario = check_scenario(scenario)
    if scenario == "health":
        return _split(scenario, *_tumours(), TUMOUR_TEST_SHARE)
    return _split(scenario, *(_payments() if scenario == "banking" else _readings()), 0.5)


def scenario_name(scenario: str, language: str | None = None) -> str:
    """The scenario's name in the learner's language ("Health: breast tumours", ...)."""
    return t(f"m03.{check_scenario(scenario)}.name", language)
