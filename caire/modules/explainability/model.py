"""Module 10's models and measurements.

The model is **boosted decision stumps**, written here in numpy: 150 tiny rules of the form "if income ≤ 31 k€, take
0.2 points off, otherwise add 0.1", each learned to fix the mistakes of the ones before (gradient boosting,
Friedman 2001). The points add up to a score, turned into a probability of repaying. Each rule looks at one fact,
so the effect of a fact can be drawn as a curve, yet the curve need not be a straight line. Training takes a few
hundredths of a second.

What the module measures, on the unseen applicants:

- :func:`permutation_importance`: shuffle one column, see how much the accuracy drops (Breiman 2001);
- :func:`partial_dependence`: set one fact to the same value for everybody, see how the average probability moves;
- :func:`smallest_change`: the smallest change of one fact that flips one applicant's decision (a counterfactual);
- :func:`reliability`: when the model says "90%", how often is it right (calibration)?

Two models are trained: ``"careful"`` (all 1,500 training applicants, moderate steps) and ``"overconfident"``
(only 150 training applicants and large steps, so it learns their quirks by heart and gives extreme probabilities).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import numpy as np

from caire.core.i18n import t
from caire.core.logistic import sigmoid
from caire.core.timing import record_training
from caire.core.validation import one_of, real_number, whole_number
from caire.modules.explainability.data import (
    FEATURES,
    RANGES,
    SEED,
    check_applicant,
    check_feature,
    load_applicants,
)

#: The two models of the module.
KINDS = ("careful", "overconfident")
#: A loan is granted when the model's probability of repaying is at least this.
APPROVAL_THRESHOLD = 0.5
#: How many training applicants the over-confident model is given (the careful one gets all of them).
OVERCONFIDENT_ROWS = 150
#: How many times each column is shuffled in the permutation importance (the drops are averaged).
PERMUTATION_REPEATS = 5


def check_kind(kind: object) -> str:
    """``kind`` if it is one of :data:`KINDS`, else a ValueError naming ``kind``."""
    return one_of("kind", kind, KINDS)


def kind_name(kind: str) -> str:
    """The learner-facing name of one of the two models."""
    return t(f"m10.kind.{check_kind(kind)}")


# --- the model: boosted decision stumps --------------------------------------------------------------------------


@dataclass
class BoostedStumps:
    """Gradient-boosted decision stumps for a yes/no answer (log-loss, one Newton step per leaf).

    Each round adds one rule "if <fact> ≤ <cut>, add ``left`` points, otherwise ``right``"; the cut is chosen among
    ``cuts`` quantiles of each fact. ``penalty`` shrinks the points of leaves with few cases.
    """

    rounds: int = 150
    learning_rate: float = 0.3
    penalty: float = 1.0
    cuts: int = 32
    base: float = field(default=0.0, repr=False)
    stumps: list = field(default_factory=list, repr=False)

    def fit(self, X, y) -> BoostedStumps:
        """Learn the rules from the cases ``X`` (one row a case) and their answers ``y`` (1/0)."""
        X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
        if X.ndim != 2 or len(X) != len(y) or not np.isin(y, (0, 1)).all():
            raise ValueError("X must be a table (one row a case) and y one answer, 1 or 0, for each row of X")
        if not 0 < y.mean() < 1:
            raise ValueError("y must hold both answers, 1 and 0")
        whole_number("rounds", self.rounds, 1, 5000)
        if not 0 < real_number("learning_rate", self.learning_rate) <= 1:
            raise ValueError(f"learning_rate must be above 0 and at most 1; got {self.learning_rate!r}")
        levels = np.linspace(0, 1, self.cuts + 1)[1:-1]
        cuts = [np.unique(np.quantile(X[:, j], levels)) for j in range(X.shape[1])]
        bins = [np.searchsorted(cut, X[:, j], side="left") for j, cut in enumerate(cuts)]  # x ≤ cut[k] ⇔ bin ≤ k
        share = y.mean()
        self.base = float(np.log(share / (1 - share)))
        self.stumps = []
        F = np.full(len(y), self.base)
        for _ in range(self.rounds):
            p = sigmoid(F)
            g, h = p - y, p * (1 - p)
            G, H = g.sum(), h.sum()
            best_gain, best = -np.inf, None
            for j, cut in enumerate(cuts):
                if len(cut) == 0:
                    continue
                gl = np.cumsum(np.bincount(bins[j], g, len(cut) + 1))[:-1]
                hl = np.cumsum(np.bincount(bins[j], h, len(cut) + 1))[:-1]
                gain = gl**2 / (hl + self.penalty) + (G - gl) ** 2 / (H - hl + self.penalty)
                k = int(np.argmax(gain))
                if gain[k] > best_gain:
                    best_gain, best = gain[k], (j, float(cut[k]), gl[k], hl[k])
            j, cut, gl, hl = best
            left = -self.learning_rate * gl / (hl + self.penalty)
            right = -self.learning_rate * (G - gl) / (H - hl + self.penalty)
            self.stumps.append((j, cut, float(left), float(right)))
            F += np.where(X[:, j] <= cut, left, right)
        return self

    def predict_proba(self, X) -> np.ndarray:
        """The probability of "yes" (here: repaying) for each row of ``X``."""
        if not self.stumps:
            raise ValueError("this model has not been trained yet: call fit first")
        X = np.asarray(X, dtype=float)
        if X.ndim != 2:
            raise ValueError(f"X must be a table: one row a case, one column a fact; got shape {X.shape}")
        F = np.full(len(X), self.base)
        for j, cut, left, right in self.stumps:
            F += np.where(X[:, j] <= cut, left, right)
        return sigmoid(F)


@dataclass(frozen=True)
class TrainedModel:
    """One model trained on the applicants, how long it took, and its accuracy on the unseen applicants."""

    kind: str
    model: BoostedStumps
    train_seconds: float
    test_accuracy: float

    def probability(self, X) -> np.ndarray:
        """The probability of repaying the model gives each row of ``X``."""
        return self.model.predict_proba(X)


_SETTINGS = {
    "careful": dict(rounds=150, learning_rate=0.3, penalty=1.0),
    "overconfident": dict(rounds=300, learning_rate=0.8, penalty=0.1),
}
_LATEST: dict[str, TrainedModel] = {}


def train_model(kind: str = "careful") -> TrainedModel:
    """Train one of the two models live (a few hundredths of a second), and remember it."""
    kind = check_kind(kind)
    data = load_applicants()
    rows = slice(None) if kind == "careful" else slice(OVERCONFIDENT_ROWS)
    model = BoostedStumps(**_SETTINGS[kind])
    start = time.perf_counter()
    model.fit(data.X_train[rows], data.y_train[rows])
    seconds = record_training(time.perf_counter() - start)
    accuracy = float(((model.predict_proba(data.X_test) >= APPROVAL_THRESHOLD) == data.y_test).mean())
    _LATEST[kind] = TrainedModel(kind, model, seconds, accuracy)
    return _LATEST[kind]


def trained(kind: str = "careful") -> TrainedModel:
    """The model of ``kind`` trained last in this kernel, trained now if there is none yet."""
    kind = check_kind(kind)
    return _LATEST[kind] if kind in _LATEST else train_model(kind)


def _accuracy(model: TrainedModel, X: np.ndarray, y: np.ndarray) -> float:
    return float(((model.probability(X) >= APPROVAL_THRESHOLD) == y).mean())


# --- permutation importance ---------------------------------------------------------------------------------------


def permutation_importance(kind: str = "careful", repeats: int = PERMUTATION_REPEATS) -> dict[str, float]:
    """For each fact: how much the accuracy on the unseen applicants drops (a share, 0.05 = 5 points) when that
    column is shuffled, so that the fact no longer belongs to its applicant. Averaged over ``repeats`` shuffles."""
    model = trained(kind)
    repeats = whole_number("repeats", repeats, 1, 50)
    data = load_applicants()
    base = _accuracy(model, data.X_test, data.y_test)
    rng = np.random.default_rng(SEED)
    drops = {}
    for j, name in enumerate(FEATURES):
        lost = []
        for _ in range(repeats):
            shuffled = data.X_test.copy()
            shuffled[:, j] = rng.permutation(shuffled[:, j])
            lost.append(base - _accuracy(model, shuffled, data.y_test))
        drops[name] = float(np.mean(lost))
    return drops


# --- partial dependence -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Dependence:
    """How the probability of repaying moves with one fact: the values tried, the average over all unseen applicants
    (the partial dependence) and the curve of a few single applicants."""

    feature: str
    values: np.ndarray
    average: np.ndarray
    individuals: np.ndarray


def feature_grid(feature: str, points: int = 60) -> np.ndarray:
    """``points`` values of ``feature`` from the 2nd to the 98th percentile of the unseen applicants."""
    j = FEATURES.index(check_feature(feature))
    points = whole_number("points", points, 2, 500)
    low, high = np.quantile(load_applicants().X_test[:, j], [0.02, 0.98])
    if RANGES[feature][2] == 1.0:
        return np.arange(np.floor(low), np.ceil(high) + 1)
    return np.linspace(low, high, points)


def partial_dependence(feature: str, kind: str = "careful", individuals: int = 30) -> Dependence:
    """Set ``feature`` to each value of its grid for every unseen applicant and average the probabilities."""
    model = trained(kind)
    individuals = whole_number("individuals", individuals, 0, 200)
    j = FEATURES.index(check_feature(feature))
    X = load_applicants().X_test
    values = feature_grid(feature)
    curves = np.empty((len(values), len(X)))
    for row, value in enumerate(values):
        changed = X.copy()
        changed[:, j] = value
        curves[row] = model.probability(changed)
    return Dependence(feature, values, curves.mean(axis=1), curves[:, :individuals].T)


# --- one applicant: what would change the decision? -------------------------------------------------------------


def probability(values: dict, kind: str = "careful") -> float:
    """The probability of repaying the model gives an applicant with these facts."""
    checked = check_applicant(values)
    return float(trained(kind).probability(np.array([[checked[name] for name in FEATURES]]))[0])


def approved(values: dict, kind: str = "careful") -> bool:
    """Whether the model grants the loan to an applicant with these facts."""
    return probability(values, kind) >= APPROVAL_THRESHOLD


def smallest_change(values: dict, feature: str, kind: str = "careful", step: float | None = None) -> float | None:
    """The change of ``feature`` alone, smallest in size, that flips the applicant's decision (positive: up,
    negative: down), searched in steps of ``step`` (default: the fact's slider step) within the fact's range;
    ``None`` when no value of that fact alone flips it."""
    checked = check_applicant(values)
    feature = check_feature(feature)
    low, high, default_step = RANGES[feature]
    step = default_step if step is None else real_number("step", step)
    if step <= 0:
        raise ValueError(f"step must be above 0; got {step!r}")
    now = checked[feature]
    ups = now + step * np.arange(1, int((high - now) / step + 1e-9) + 1)
    downs = now - step * np.arange(1, int((now - low) / step + 1e-9) + 1)
    candidates = np.concatenate([ups, downs])
    if len(candidates) == 0:
        return None
    X = np.tile([checked[name] for name in FEATURES], (len(candidates), 1))
    X[:, FEATURES.index(feature)] = candidates
    decided = trained(kind).probability(X) >= APPROVAL_THRESHOLD
    flips = candidates[decided != approved(checked, kind)]
    if len(flips) == 0:
        return None
    change = flips[np.argmin(np.abs(flips - now))] - now
    return float(round(change, 6))


def counterfactuals(values: dict, kind: str = "careful") -> dict[str, float | None]:
    """For each fact, the smallest change of that fact alone that flips the decision (or ``None``)."""
    return {name: smallest_change(values, name, kind) for name in FEATURES}


# --- calibration -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bin:
    """Unseen applicants whose probability of repaying falls in [low, high): how many, what the model said on
    average, and the share that really repaid."""

    low: float
    high: float
    count: int
    said: float
    observed: float


def reliability(kind: str = "careful", bins: int = 10) -> list[Bin]:
    """The reliability table of ``kind`` on the unseen applicants: ``bins`` equal bins of probability (empty bins
    left out)."""
    model = trained(kind)
    bins = whole_number("bins", bins, 2, 20)
    data = load_applicants()
    said = model.probability(data.X_test)
    which = np.minimum((said * bins).astype(int), bins - 1)
    table = []
    for k in range(bins):
        inside = which == k
        if inside.any():
            table.append(
                Bin(
                    k / bins,
                    (k + 1) / bins,
                    int(inside.sum()),
                    float(said[inside].mean()),
                    float(data.y_test[inside].mean()),
                )
            )
    return table


def share_repaid_when_sure(kind: str = "careful", at_least: float = 0.9) -> tuple[int, float]:
    """Of the unseen applicants to whom ``kind`` gives a probability of repaying of ``at_least`` or more: how many
    there are, and the share that really repaid."""
    at_least = real_number("at_least", at_least)
    if not 0 < at_least < 1:
        raise ValueError(f"at_least must be between 0 and 1 (a probability); got {at_least!r}")
    data = load_applicants()
    sure = trained(kind).probability(data.X_test) >= at_least
    if not sure.any():
        return 0, float("nan")
    return int(sure.sum()), float(data.y_test[sure].mean())
