"""What module 02 trains and measures: three model families, their scores as complexity and data change, and
two leakage traps.

- ``train_model(family, complexity, training_size)``: a decision tree (complexity: its depth), k nearest
  neighbours (complexity: k; a *smaller* k is a *more* complex model) or a polynomial curve (logistic
  regression on polynomial features; complexity: the degree), trained live in milliseconds.
- ``complexity_curve`` and ``size_curve``: training and test accuracy as complexity, or the amount of
  training data, changes.
- ``choice_on_test_points``: the trap of choosing a model on the points meant to test it.
- ``selection_leak``: the trap of choosing columns with all the rows before splitting off the test rows.

The models are written with numpy alone. Why not scikit-learn here? Importing it costs a kernel about 150 MB (it
loads scipy.stats, pandas and pyarrow), which would take this module past its 256 MB budget. They are short, exact
and tested against scikit-learn (``tests/modules/test_generalisation.py``):

- :class:`DecisionTree`: CART with the Gini criterion, as ``DecisionTreeClassifier(max_depth=...)``;
- :class:`NearestNeighbours`: majority vote of the k nearest points, as ``KNeighborsClassifier(k)``;
- :class:`PolynomialCurve`: polynomial features, standardised, then the course's logistic regression
  (:class:`caire.core.logistic.LogisticRegression`, scikit-learn's objective);
- :func:`anova_f`: the F statistic of each column, as ``sklearn.feature_selection.f_classif``.

Every model answers 0 or 1 for each row of a 2-D array; ties go to 0, as in scikit-learn.

Fitting and predicting run numpy's linear algebra on one thread: on matrices this small, extra threads only
wait for each other, and on a shared classroom server they made training ten times slower.
"""

from __future__ import annotations

import functools
import time
from contextlib import nullcontext
from dataclasses import dataclass
from functools import cache, lru_cache

import numpy as np

from caire.core.logistic import LogisticRegression
from caire.core.timing import record_training
from caire.core.validation import one_of, whole_number
from caire.modules.generalisation.data import (
    LEAK_MAX_COLUMNS,
    LEAK_ROWS,
    POOL_SIZE,
    SIZES,
    choice_points,
    leak_split,
    noise_table,
    test_points,
    training_points,
    training_size_arg,
)

#: The three kinds of model the learner can try.
FAMILIES = ("tree", "knn", "poly")
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
#: How many of the noise columns the second trap keeps.
LEAK_KEEP = 20
#: Two values closer than this are not split apart by a tree (scikit-learn's FEATURE_THRESHOLD).
_SAME_VALUE = 1e-7
#: Rows handled at once by nearest neighbours (bounds the memory of the distance table).
_CHUNK = 2048


# --- the models -------------------------------------------------------------------------------------------------


@functools.cache
def _thread_controller():
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:  # pragma: no cover - installed with scikit-learn
        return None
    return ThreadpoolController()


def _one_blas_thread():
    """A context in which numpy's linear algebra (BLAS) runs on one thread."""
    controller = _thread_controller()
    return nullcontext() if controller is None else controller.limit(limits=1, user_api="blas")


def _one_thread(method):
    """Run ``method`` with numpy's linear algebra (BLAS) limited to one thread."""

    @functools.wraps(method)
    def wrapper(*args, **kwargs):
        with _one_blas_thread():
            return method(*args, **kwargs)

    return wrapper


def _as_points(X) -> np.ndarray:
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or len(X) == 0:
        raise ValueError(f"X must be a non-empty table with one row per point; got shape {X.shape}")
    return X


def _as_groups(y, rows: int) -> np.ndarray:
    y = np.asarray(y)
    if y.shape != (rows,) or not np.isin(y, (0, 1)).all():
        raise ValueError(f"y must hold one group, 0 or 1, per row of X ({rows} rows); got shape {y.shape}")
    return y.astype(np.intp)


class _Classifier:
    """What every model here offers: ``fit(X, y)`` and ``predict(X)`` (defined by each model), and ``score``."""

    def score(self, X, y) -> float:
        """Share of rows of ``X`` whose predicted group is ``y``."""
        X = _as_points(X)
        return float(np.mean(self.predict(X) == _as_groups(y, len(X))))


class DecisionTree(_Classifier):
    """A tree of yes/no questions "is measurement j ≤ t?", grown greedily to lower the Gini impurity."""

    def __init__(self, max_depth: int) -> None:
        self.max_depth = max_depth

    @_one_thread
    def fit(self, X, y) -> DecisionTree:
        X = _as_points(X)
        y = _as_groups(y, len(X))
        self.feature: list[int] = []
        self.threshold: list[float] = []
        self.left: list[int] = []
        self.right: list[int] = []
        self.value: list[int] = []
        self._grow(X, y, np.arange(len(X)), 0)
        self.feature_, self.threshold_ = np.array(self.feature), np.array(self.threshold)
        self.left_, self.right_, self.value_ = np.array(self.left), np.array(self.right), np.array(self.value)
        return self

    @staticmethod
    def _best_split(column: np.ndarray, groups: np.ndarray) -> tuple[float, float] | None:
        """(weighted Gini impurity of the two sides, threshold) of the best cut of one column, or None."""
        order = np.argsort(column, kind="stable")
        values, labels = column[order], groups[order]
        n = len(values)
        left_n = np.arange(1, n)
        left_ones = np.cumsum(labels)[:-1]
        right_n, right_ones = n - left_n, labels.sum() - left_ones
        left_gini = 1 - (left_ones / left_n) ** 2 - ((left_n - left_ones) / left_n) ** 2
        right_gini = 1 - (right_ones / right_n) ** 2 - ((right_n - right_ones) / right_n) ** 2
        impurity = (left_n * left_gini + right_n * right_gini) / n
        impurity[values[1:] <= values[:-1] + _SAME_VALUE] = np.inf
        best = int(np.argmin(impurity))
        if not np.isfinite(impurity[best]):
            return None
        threshold = (values[best] + values[best + 1]) / 2
        if threshold == values[best + 1]:  # the two values are neighbours in floating point
            threshold = values[best]
        return float(impurity[best]), float(threshold)

    def _grow(self, X: np.ndarray, y: np.ndarray, rows: np.ndarray, depth: int) -> int:
        node = len(self.feature)
        ones = int(y[rows].sum())
        self.feature.append(0)
        self.threshold.append(0.0)
        self.left.append(-1)
        self.right.append(-1)
        self.value.append(1 if 2 * ones > len(rows) else 0)
        if depth >= self.max_depth or len(rows) < 2 or ones in (0, len(rows)):
            return node
        best = None
        for feature in range(X.shape[1]):
            found = self._best_split(X[rows, feature], y[rows])
            if found is not None and (best is None or found[0] < best[0] - 1e-12):
                best = (found[0], feature, found[1])
        if best is None:
            return node
        _, feature, threshold = best
        goes_left = X[rows, feature] <= threshold
        self.feature[node], self.threshold[node] = feature, threshold
        self.left[node] = self._grow(X, y, rows[goes_left], depth + 1)
        self.right[node] = self._grow(X, y, rows[~goes_left], depth + 1)
        return node

    @_one_thread
    def predict(self, X) -> np.ndarray:
        X = _as_points(X)
        node = np.zeros(len(X), dtype=np.intp)
        rows = np.arange(len(X))
        while True:
            inner = self.left_[node] >= 0
            if not inner.any():
                return self.value_[node]
            goes_left = X[rows, self.feature_[node]] <= self.threshold_[node]
            node = np.where(inner, np.where(goes_left, self.left_[node], self.right_[node]), node)

    @property
    def depth(self) -> int:
        """How many questions in a row the grown tree asks at most."""

        def depth_of(node: int) -> int:
            if self.left_[node] < 0:
                return 0
            return 1 + max(depth_of(self.left_[node]), depth_of(self.right_[node]))

        return depth_of(0)


class NearestNeighbours(_Classifier):
    """Answers the majority group of the ``k`` training points nearest to each point (straight-line distance)."""

    def __init__(self, k: int) -> None:
        self.k = k

    @_one_thread
    def fit(self, X, y) -> NearestNeighbours:
        self.X_ = _as_points(X)
        self.y_ = _as_groups(y, len(self.X_))
        if not 1 <= self.k <= len(self.X_):
            raise ValueError(f"k must be between 1 and the number of training points ({len(self.X_)}); got {self.k}")
        return self

    @_one_thread
    def predict(self, X) -> np.ndarray:
        X = _as_points(X)
        answers = np.empty(len(X), dtype=np.intp)
        for start in range(0, len(X), _CHUNK):
            chunk = X[start : start + _CHUNK]
            distances = ((chunk[:, None, :] - self.X_[None, :, :]) ** 2).sum(axis=2)
            if self.k < len(self.X_):
                nearest = np.argpartition(distances, self.k - 1, axis=1)[:, : self.k]
            else:
                nearest = np.broadcast_to(np.arange(len(self.X_)), distances.shape)
            votes = self.y_[nearest].sum(axis=1)
            answers[start : start + _CHUNK] = (2 * votes > self.k).astype(np.intp)
        return answers


def polynomial_features(X, degree: int) -> np.ndarray:
    """Every product x1^a × x2^b with 1 ≤ a + b ≤ ``degree`` (two columns in, one column per product out)."""
    X = _as_points(X)
    if X.shape[1] != 2:
        raise ValueError(f"X must have 2 columns; got {X.shape[1]}")
    return np.column_stack(
        [X[:, 0] ** (total - b) * X[:, 1] ** b for total in range(1, degree + 1) for b in range(total + 1)]
    )


class PolynomialCurve(_Classifier):
    """A border drawn by a polynomial of the two measurements: features up to ``degree``, standardised, logistic."""

    def __init__(self, degree: int, C: float = 1.0) -> None:
        self.degree, self.C = degree, C

    @_one_thread
    def fit(self, X, y) -> PolynomialCurve:
        X = _as_points(X)
        self.logistic_ = LogisticRegression(C=self.C, standardise=True)
        self.logistic_.fit(polynomial_features(X, self.degree), _as_groups(y, len(X)))
        return self

    @_one_thread
    def predict(self, X) -> np.ndarray:
        return self.logistic_.predict(polynomial_features(X, self.degree))


def anova_f(X, y) -> np.ndarray:
    """For each column, how strongly its values differ between the two groups (the ANOVA F statistic)."""
    X = _as_points(X)
    y = _as_groups(y, len(X))
    groups = [X[y == group] for group in (0, 1)]
    if min(len(part) for part in groups) == 0:
        raise ValueError("y must contain both groups, 0 and 1")
    mean = X.mean(axis=0)
    between = sum(len(part) * (part.mean(axis=0) - mean) ** 2 for part in groups)
    within = sum(((part - part.mean(axis=0)) ** 2).sum(axis=0) for part in groups)
    with np.errstate(divide="ignore", invalid="ignore"):
        return between / (within / (len(X) - 2))


# --- training and scores ---------------------------------------------------------------------------------------


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
    """Fit ``model`` on one thread and record how long it took."""
    _thread_controller()  # its first call inspects the loaded libraries: not part of any training
    start = time.perf_counter()
    with _one_blas_thread():
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
    choice = choice_points()
    tried = [train_model(family, c, training_size) for family in FAMILIES for c in complexities(family, training_size)]
    scores = [float(trained.model.score(choice.X, choice.y)) for trained in tried]
    best = int(np.argmax(scores))
    winner = tried[best]
    return ChoiceTrap(winner.family, winner.complexity, len(tried), scores[best], winner.test_accuracy)


# --- trap 2: preparing the data with the test rows ------------------------------------------------------


@dataclass(frozen=True)
class LeakScores:
    """Test accuracy of the same method when columns are chosen with all rows (leaky) or training rows only."""

    columns: int
    leaky: float
    honest: float


def best_columns(X, y, keep: int) -> np.ndarray:
    """The ``keep`` columns of ``X`` whose values differ most between the two answers (ANOVA F), best first."""
    scores = np.nan_to_num(anova_f(X, y), nan=-1.0)
    return np.argsort(-scores, kind="stable")[:keep]


@lru_cache(maxsize=64)
def _selection_leak(columns: int) -> LeakScores:
    X_all, y = noise_table()
    X = X_all[:, :columns]
    train, test = leak_split()
    keep = min(LEAK_KEEP, columns)

    def score(chosen_with: np.ndarray) -> float:
        kept = best_columns(X[chosen_with], y[chosen_with], keep)
        model = LogisticRegression(C=1.0, standardise=False)
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
