"""The small models of module 02, written with numpy alone.

Why not scikit-learn here? Importing it costs a kernel about 150 MB (it loads scipy.stats, pandas and
pyarrow), which would take this module past its 256 MB budget. These models are short, exact and tested
against scikit-learn (``tests/test_caire_generalisation.py``):

- :func:`make_moons`: the same recipe, and the same points for the same seed, as ``sklearn.datasets.make_moons``;
- :class:`DecisionTree`: CART with the Gini criterion, as ``DecisionTreeClassifier(max_depth=...)``;
- :class:`NearestNeighbours`: majority vote of the k nearest points, as ``KNeighborsClassifier(k)``;
- :class:`LogisticRegression`: L2-penalised logistic regression solved by Newton's method, as scikit-learn's
  (same objective, ``C`` included);
- :class:`PolynomialCurve`: polynomial features, standardised, then that logistic regression;
- :func:`anova_f`: the F statistic of each column, as ``sklearn.feature_selection.f_classif``.

Every class answers 0 or 1 for each row of a 2-D array; ties go to 0, as in scikit-learn.

Fitting and predicting run numpy's linear algebra on one thread: on matrices this small, extra threads only
wait for each other, and on a shared classroom server they made training ten times slower.
"""

from __future__ import annotations

import functools
from contextlib import nullcontext

import numpy as np

#: Two values closer than this are not split apart by a tree (scikit-learn's FEATURE_THRESHOLD).
_SAME_VALUE = 1e-7
#: Rows handled at once by nearest neighbours (bounds the memory of the distance table).
_CHUNK = 2048


@functools.cache
def _thread_controller():
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:  # pragma: no cover - installed with scikit-learn
        return None
    return ThreadpoolController()


def _one_thread(method):
    """Run ``method`` with numpy's linear algebra (BLAS) limited to one thread."""

    @functools.wraps(method)
    def wrapper(*args, **kwargs):
        controller = _thread_controller()
        with nullcontext() if controller is None else controller.limit(limits=1, user_api="blas"):
            return method(*args, **kwargs)

    return wrapper


def make_moons(n_samples: int, noise: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Two interleaving half circles blurred by Gaussian noise: (points, groups). Same as scikit-learn's."""
    generator = np.random.RandomState(seed)
    n_out = n_samples // 2
    n_in = n_samples - n_out
    outer = np.linspace(0, np.pi, n_out)
    inner = np.linspace(0, np.pi, n_in)
    X = np.vstack([np.append(np.cos(outer), 1 - np.cos(inner)),
                   np.append(np.sin(outer), 1 - np.sin(inner) - 0.5)]).T
    y = np.hstack([np.zeros(n_out, dtype=np.intp), np.ones(n_in, dtype=np.intp)])
    order = np.arange(n_samples)
    generator.shuffle(order)
    X, y = X[order], y[order]
    X += generator.normal(scale=noise, size=X.shape)
    return X, y


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
            chunk = X[start:start + _CHUNK]
            distances = ((chunk[:, None, :] - self.X_[None, :, :]) ** 2).sum(axis=2)
            if self.k < len(self.X_):
                nearest = np.argpartition(distances, self.k - 1, axis=1)[:, :self.k]
            else:
                nearest = np.broadcast_to(np.arange(len(self.X_)), distances.shape)
            votes = self.y_[nearest].sum(axis=1)
            answers[start:start + _CHUNK] = (2 * votes > self.k).astype(np.intp)
        return answers


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 0.5 * (1.0 + np.tanh(0.5 * z))


class LogisticRegression(_Classifier):
    """Minimises C × (sum of log-losses) + ½ × (sum of squared weights), the intercept unpenalised (Newton's method)."""

    def __init__(self, C: float = 1.0, max_iter: int = 100, tol: float = 1e-10) -> None:
        self.C, self.max_iter, self.tol = C, max_iter, tol

    def _objective(self, A: np.ndarray, y: np.ndarray, theta: np.ndarray) -> float:
        z = A @ theta
        return float(self.C * np.sum(np.logaddexp(0.0, z) - y * z) + 0.5 * np.sum(theta[:-1] ** 2))

    @_one_thread
    def fit(self, X, y) -> LogisticRegression:
        X = _as_points(X)
        y = _as_groups(y, len(X)).astype(float)
        A = np.hstack([X, np.ones((len(X), 1))])
        penalty = np.ones(A.shape[1])
        penalty[-1] = 0.0
        theta = np.zeros(A.shape[1])
        value = self._objective(A, y, theta)
        self.n_iter_ = 0
        for self.n_iter_ in range(1, self.max_iter + 1):
            p = _sigmoid(A @ theta)
            gradient = self.C * A.T @ (p - y) + penalty * theta
            hessian = self.C * (A.T * (p * (1 - p))) @ A + np.diag(penalty) + 1e-12 * np.eye(A.shape[1])
            step = np.linalg.solve(hessian, gradient)
            size, decrease = 1.0, float(gradient @ step)
            while True:  # backtracking: never let the objective go up
                candidate = theta - size * step
                new_value = self._objective(A, y, candidate)
                if new_value <= value - 1e-4 * size * decrease or size < 1e-12:
                    break
                size /= 2
            moved = np.max(np.abs(candidate - theta))
            theta, value = candidate, new_value
            if moved <= self.tol * (1 + np.max(np.abs(theta))):
                break
        self.coef_, self.intercept_ = theta[:-1], float(theta[-1])
        return self

    def decision_function(self, X) -> np.ndarray:
        return _as_points(X) @ self.coef_ + self.intercept_

    @_one_thread
    def predict(self, X) -> np.ndarray:
        return (self.decision_function(X) > 0).astype(np.intp)


def polynomial_features(X, degree: int) -> np.ndarray:
    """Every product x1^a × x2^b with 1 ≤ a + b ≤ ``degree`` (two columns in, one column per product out)."""
    X = _as_points(X)
    if X.shape[1] != 2:
        raise ValueError(f"X must have 2 columns; got {X.shape[1]}")
    return np.column_stack([X[:, 0] ** (total - b) * X[:, 1] ** b
                            for total in range(1, degree + 1) for b in range(total + 1)])


class PolynomialCurve(_Classifier):
    """A border drawn by a polynomial of the two measurements: features up to ``degree``, standardised, logistic."""

    def __init__(self, degree: int, C: float = 1.0) -> None:
        self.degree, self.C = degree, C

    def _standardised(self, X) -> np.ndarray:
        return (polynomial_features(X, self.degree) - self.mean_) / self.scale_

    @_one_thread
    def fit(self, X, y) -> PolynomialCurve:
        features = polynomial_features(X, self.degree)
        self.mean_ = features.mean(axis=0)
        scale = features.std(axis=0)
        self.scale_ = np.where(scale > 0, scale, 1.0)
        self.logistic_ = LogisticRegression(C=self.C).fit(self._standardised(X), y)
        return self

    @_one_thread
    def predict(self, X) -> np.ndarray:
        return self.logistic_.predict(self._standardised(X))


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
