"""Module 02, generalisation and overfitting: generated data, three model families, and two leakage traps.

The data are two interleaved half-moons of points with noise (the recipe, and the points, of scikit-learn's
``make_moons``): each point has two measurements and belongs to one of two groups. Everything is generated with
fixed seeds, so every learner, test and check sees the same points; nothing is downloaded.

- ``training_points(size)``: the first ``size`` of 300 training points (any prefix holds as many points of
  each group, give or take one).
- ``test_points()``: 2,000 other points from the same source, never used for training.
- ``train_model(family, complexity, training_size)``: a decision tree (complexity: its depth), k nearest
  neighbours (complexity: k; a *smaller* k is a *more* complex model) or a polynomial curve (logistic
  regression on polynomial features; complexity: the degree), trained live in milliseconds.
- ``complexity_curve`` and ``size_curve``: training and test accuracy as complexity, or the amount of
  training data, changes.
- ``choice_on_test_points``: the trap of choosing a model on the points meant to test it.
- ``selection_leak``: the trap of choosing columns with all the rows before splitting off the test rows.

The models themselves are in ``caire.modules.generalisation.learners`` (numpy only: see there why).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from functools import cache, lru_cache

import numpy as np

from caire.modules.generalisation.learners import (
    DecisionTree,
    LogisticRegression,
    NearestNeighbours,
    PolynomialCurve,
    _thread_controller,
    anova_f,
    make_moons,
)
from caire.core.timing import record_training
from caire.core.validation import one_of, whole_number

#: The three kinds of model the learner can try.
FAMILIES = ("tree", "knn", "poly")
#: How much the points are blurred around their half-moon (make_moons' ``noise``).
NOISE = 0.3
#: How many training points there are at most, and the seed that draws them.
POOL_SIZE = 300
POOL_SEED = 18
#: How many test points there are, and the seed that draws them (another seed: other points).
TEST_SIZE = 2000
TEST_SEED = 12345
#: The training-set sizes the slider offers.
SIZE_STEP = 20
SIZES = tuple(range(SIZE_STEP, POOL_SIZE + 1, SIZE_STEP))
#: A model needs at least this many training points.
MIN_TRAINING_SIZE = 10
#: The complexities the sliders and curves offer, from the simplest model to the most complex one.
#: For k nearest neighbours that means from many neighbours to one.
COMPLEXITIES = {
    "tree": tuple(range(1, 13)),
    "knn": (150, 100, 75, 50, 30, 20, 15, 10, 7, 5, 3, 2, 1),
    "poly": tuple(range(1, 11)),
}
#: Largest complexity each family accepts (for k nearest neighbours, k is also at most the training size).
MAX_COMPLEXITY = {"tree": 30, "knn": POOL_SIZE, "poly": 12}
#: Logistic regression's C for the polynomial curves: weak regularisation, so that high degrees can overfit.
POLY_C = 1e4


@dataclass(frozen=True)
class Points:
    """Points with two measurements each (``X``, one row per point) and their group, 0 or 1 (``y``)."""

    X: np.ndarray
    y: np.ndarray

    def __len__(self) -> int:
        return len(self.y)


def _moons(size: int, seed: int) -> Points:
    X, y = make_moons(size, NOISE, seed)
    X.setflags(write=False)
    y.setflags(write=False)
    return Points(X, y)


@cache
def _pool() -> Points:
    """The 300 training points, reordered so that the groups alternate: every prefix is balanced."""
    points = _moons(POOL_SIZE, POOL_SEED)
    zeros, ones = np.flatnonzero(points.y == 0), np.flatnonzero(points.y == 1)
    order = np.ravel(np.column_stack([zeros, ones]))
    X, y = points.X[order], points.y[order]
    X.setflags(write=False)
    y.setflags(write=False)
    return Points(X, y)


def training_size_arg(training_size: object) -> int:
    """``training_size`` as a whole number of training points, or a TypeError/ValueError naming it."""
    return whole_number("training_size", training_size, MIN_TRAINING_SIZE, POOL_SIZE)


def training_points(training_size: int = POOL_SIZE) -> Points:
    """The first ``training_size`` training points (from 10 to 300)."""
    size = training_size_arg(training_size)
    pool = _pool()
    return Points(pool.X[:size], pool.y[:size])


@cache
def test_points() -> Points:
    """The 2,000 test points: same source as the training points, never used to train."""
    return _moons(TEST_SIZE, TEST_SEED)


test_points.__test__ = False  # not a pytest test, whatever its name


def family_arg(family: object) -> str:
    """``family`` if it is one of the model families, or a ValueError naming it."""
    return one_of("family", family, FAMILIES)


def complexity_arg(family: str, complexity: object, training_size: int = POOL_SIZE) -> int:
    """``complexity`` as a whole number allowed for ``family``, or a TypeError/ValueError naming it."""
    family = family_arg(family)
    high = MAX_COMPLEXITY[family]
    if family == "knn":
        high = min(high, training_size_arg(training_size))
    return whole_number("complexity", complexity, 1, high)


def _new_model(family: str, complexity: int):
    if family == "tree":
        return DecisionTree(max_depth=complexity)
    if family == "knn":
        return NearestNeighbours(k=complexity)
    return PolynomialCurve(degree=complexity, C=POLY_C)


def _fit(model, X, y) -> float:
    """Fit ``model`` and record how long it took."""
    _thread_controller()  # its first call inspects the loaded libraries: not part of any training
    start = time.perf_counter()
    model.fit(X, y)
    return record_training(time.perf_counter() - start)


@dataclass(frozen=True)
class TrainedModel:
    """A model trained on the first ``training_size`` training points, with its two scores."""

    family: str
    complexity: int
    training_size: int
    model: object
    train_seconds: float
    train_accuracy: float
    test_accuracy: float

    def predict(self, X) -> np.ndarray:
        """The group (0 or 1) the model gives each row of ``X`` (two measurements a row)."""
        X = np.asarray(X, dtype=float)
        if X.ndim != 2 or X.shape[1] != 2:
            raise ValueError(f"X must have one row per point and 2 columns; got shape {X.shape}")
        return self.model.predict(X)

    @property
    def gap(self) -> float:
        """Training accuracy minus test accuracy: how much of the training score does not carry over."""
        return self.train_accuracy - self.test_accuracy


@lru_cache(maxsize=2048)
def _train(family: str, complexity: int, training_size: int) -> TrainedModel:
    points, test = training_points(training_size), test_points()
    model = _new_model(family, complexity)
    seconds = _fit(model, points.X, points.y)
    return TrainedModel(
        family=family,
        complexity=complexity,
        training_size=training_size,
        model=model,
        train_seconds=seconds,
        train_accuracy=float(model.score(points.X, points.y)),
        test_accuracy=float(model.score(test.X, test.y)),
    )


def train_model(family: str, complexity: int, training_size: int = POOL_SIZE) -> TrainedModel:
    """Train one model live on the first ``training_size`` training points and score it.

    ``family`` is ``"tree"`` (complexity = depth, 1 to 30), ``"knn"`` (complexity = k, 1 to the training
    size) or ``"poly"`` (complexity = degree, 1 to 12). The same arguments give the same model: it is
    trained once, then reused (its ``train_seconds`` are those of that first training).
    """
    family = family_arg(family)
    training_size = training_size_arg(training_size)
    complexity = complexity_arg(family, complexity, training_size)
    return _train(family, complexity, training_size)


def complexities(family: str, training_size: int = POOL_SIZE) -> tuple[int, ...]:
    """The complexities the curve and slider offer for ``family``, simplest first (k at most the training size)."""
    family = family_arg(family)
    training_size = training_size_arg(training_size)
    return tuple(c for c in COMPLEXITIES[family] if family != "knn" or c <= training_size)


@dataclass(frozen=True)
class Curve:
    """Training and test accuracy at each step of a slider (complexity or training size)."""

    steps: tuple[int, ...]
    train: tuple[float, ...]
    test: tuple[float, ...]

    @property
    def best_step(self) -> int:
        """The step with the highest test accuracy (the first one, if several tie)."""
        return self.steps[int(np.argmax(self.test))]

    @property
    def best_test(self) -> float:
        """The highest test accuracy along the curve."""
        return max(self.test)

    def test_at(self, step: int) -> float:
        """Test accuracy at one step of the curve."""
        if step not in self.steps:
            raise ValueError(f"step must be one of {', '.join(map(str, self.steps))}; got {step!r}")
        return self.test[self.steps.index(step)]


def complexity_curve(family: str, training_size: int = POOL_SIZE) -> Curve:
    """Training and test accuracy of ``family`` at every complexity it offers, simplest first."""
    steps = complexities(family, training_size)
    models = [train_model(family, step, training_size) for step in steps]
    return Curve(steps, tuple(m.train_accuracy for m in models), tuple(m.test_accuracy for m in models))


def size_curve(family: str, complexity: int, sizes: tuple[int, ...] = SIZES) -> Curve:
    """Training and test accuracy of one model (``family`` and ``complexity``) as the training set grows."""
    family = family_arg(family)
    if isinstance(sizes, (str, bytes)) or not hasattr(sizes, "__iter__"):
        raise TypeError(f"sizes must be a list of training-set sizes; got {sizes!r}")
    sizes = tuple(training_size_arg(size) for size in sizes)
    if not sizes:
        raise ValueError("sizes must not be empty")
    complexity_arg(family, complexity, min(sizes))
    models = [train_model(family, complexity, size) for size in sizes]
    return Curve(sizes, tuple(m.train_accuracy for m in models), tuple(m.test_accuracy for m in models))


# --- trap 1: choosing the model on the points that test it ----------------------------------------------

#: The small set of points the trap chooses on, as small test sets are in real projects.
CHOICE_SIZE = 100
CHOICE_SEED = 7


@dataclass(frozen=True)
class ChoiceTrap:
    """The model that looked best on a small set of points, scored on those points and on new points."""

    family: str
    complexity: int
    models_tried: int
    on_choice_points: float
    on_new_points: float

    @property
    def optimism(self) -> float:
        """How much higher the score on the points used to choose is than the score on new points."""
        return self.on_choice_points - self.on_new_points


@cache
def choice_on_test_points(training_size: int = POOL_SIZE) -> ChoiceTrap:
    """Try every model of every family, keep the one best on 100 points, then score it on 2,000 new points."""
    training_size = training_size_arg(training_size)
    choice = _moons(CHOICE_SIZE, CHOICE_SEED)
    tried = [train_model(family, c, training_size) for family in FAMILIES for c in complexities(family, training_size)]
    scores = [float(trained.model.score(choice.X, choice.y)) for trained in tried]
    best = int(np.argmax(scores))
    winner = tried[best]
    return ChoiceTrap(winner.family, winner.complexity, len(tried), scores[best], winner.test_accuracy)


# --- trap 2: preparing the data with the test rows ------------------------------------------------------

#: Rows (people, say) and columns (measurements) of the leakage example; all the columns are pure noise.
LEAK_ROWS = 100
LEAK_MAX_COLUMNS = 5000
LEAK_TEST_ROWS = 30
LEAK_KEEP = 20
LEAK_SEED = 3


@cache
def _noise_table() -> tuple[np.ndarray, np.ndarray]:
    """100 rows of 5,000 random columns, and an answer per row drawn at random: nothing links the two."""
    rng = np.random.default_rng(LEAK_SEED)
    X = rng.normal(size=(LEAK_ROWS, LEAK_MAX_COLUMNS))
    y = rng.permutation(np.repeat([0, 1], LEAK_ROWS // 2))
    X.setflags(write=False)
    y.setflags(write=False)
    return X, y


@dataclass(frozen=True)
class LeakScores:
    """Test accuracy of the same method when columns are chosen with all rows (leaky) or training rows only."""

    columns: int
    leaky: float
    honest: float


def _leak_split() -> tuple[np.ndarray, np.ndarray]:
    """70 training rows and 30 test rows, with as many of each answer in the test rows (15 and 15)."""
    _, y = _noise_table()
    rng = np.random.default_rng(LEAK_SEED + 1)
    test = np.sort(np.concatenate([rng.choice(np.flatnonzero(y == answer), LEAK_TEST_ROWS // 2, replace=False)
                                   for answer in (0, 1)]))
    return np.setdiff1d(np.arange(LEAK_ROWS), test), test


def best_columns(X, y, keep: int) -> np.ndarray:
    """The ``keep`` columns of ``X`` whose values differ most between the two answers (ANOVA F), best first."""
    scores = np.nan_to_num(anova_f(X, y), nan=-1.0)
    return np.argsort(-scores, kind="stable")[:keep]


@lru_cache(maxsize=64)
def _selection_leak(columns: int) -> LeakScores:
    X_all, y = _noise_table()
    X = X_all[:, :columns]
    train, test = _leak_split()
    keep = min(LEAK_KEEP, columns)

    def score(chosen_with: np.ndarray) -> float:
        kept = best_columns(X[chosen_with], y[chosen_with], keep)
        model = LogisticRegression(C=1.0)
        _fit(model, X[train][:, kept], y[train])
        return model.score(X[test][:, kept], y[test])

    return LeakScores(columns, leaky=score(np.arange(LEAK_ROWS)), honest=score(train))


def selection_leak(columns: int = LEAK_MAX_COLUMNS) -> LeakScores:
    """Choose the 20 columns most linked to the answer, train, test on 30 rows: with and without the leak.

    The table has 100 rows and up to 5,000 columns of random numbers, and the answer of each row is a coin
    flip: no method can honestly do better than about 50%. *Leaky*: the columns are chosen with all 100 rows,
    test rows included, before they are set aside. *Honest*: they are chosen with the 70 training rows only.
    """
    columns = whole_number("columns", columns, 1, LEAK_MAX_COLUMNS)
    return _selection_leak(columns)
