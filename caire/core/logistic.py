"""The course's one logistic regression, in numpy: trained in milliseconds, no scikit-learn in the kernel.

It minimises ``C * (sum of the log-losses) + 0.5 * |w|²`` (the intercept is not penalised), the objective of
scikit-learn's ``LogisticRegression(C=C)``, by Newton's method with a backtracking line search (the objective
never goes up, even with polynomial features and a large ``C``). Modules 02, 03, 09 and 13 train it.

``standardise=True`` centres and scales each column first (what the weights of columns measured in different
units need to be compared); ``log_scale=True`` replaces each value ``x`` by ``log(1 + x)`` first (amounts,
distances). Both change what the weights are measured on, not the model family.
"""

from __future__ import annotations

import numpy as np


def sigmoid(z) -> np.ndarray:
    """``1 / (1 + exp(-z))``, computed without overflow."""
    return 0.5 * (1 + np.tanh(0.5 * np.asarray(z, dtype=float)))


def _table(X, name: str = "X") -> np.ndarray:
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or len(X) == 0:
        raise ValueError(f"{name} must be a table: one row a case, one column a measurement; got shape {X.shape}")
    if not np.isfinite(X).all():
        raise ValueError(f"{name} must hold finite numbers only")
    return X


class LogisticRegression:
    """Logistic regression with an L2 penalty, as scikit-learn's ``LogisticRegression(C=C)``."""

    def __init__(
        self,
        C: float = 1.0,
        standardise: bool = True,
        log_scale: bool = False,
        max_iter: int = 100,
        tol: float = 1e-10,
    ) -> None:
        if not C > 0:
            raise ValueError(f"C must be a positive number; got {C!r}")
        self.C, self.standardise, self.log_scale, self.max_iter, self.tol = C, standardise, log_scale, max_iter, tol
        self.coef_: np.ndarray | None = None
        self.intercept_ = 0.0
        self.n_iter_ = 0

    def _design(self, X) -> np.ndarray:
        X = _table(X)
        if X.shape[1] != len(self.mean_):
            raise ValueError(f"X must have {len(self.mean_)} columns, as when trained; got {X.shape[1]}")
        if self.log_scale:
            if (X <= -1).any():
                raise ValueError("X must hold values above -1 when log_scale=True (log(1 + x) of each)")
            X = np.log1p(X)
        return (X - self.mean_) / self.scale_ if self.standardise else X

    def _objective(self, A: np.ndarray, y: np.ndarray, theta: np.ndarray) -> float:
        z = A @ theta
        return float(self.C * np.sum(np.logaddexp(0.0, z) - y * z) + 0.5 * np.sum(theta[:-1] ** 2))

    def fit(self, X, y) -> LogisticRegression:
        """Learn the weights from the cases ``X`` (a table) and their answers ``y`` (1 or 0 for each row)."""
        X, y = _table(X), np.asarray(y, dtype=float)
        if y.shape != (len(X),) or not np.isin(y, (0, 1)).all():
            raise ValueError("y must hold one answer, 1 or 0, for each row of X")
        prepared = np.log1p(X) if self.log_scale else X
        self.mean_ = prepared.mean(axis=0) if self.standardise else np.zeros(X.shape[1])
        spread = prepared.std(axis=0)
        self.scale_ = np.where(spread > 0, spread, 1.0) if self.standardise else np.ones(X.shape[1])
        A = np.column_stack([self._design(X), np.ones(len(X))])
        penalty = np.ones(A.shape[1])
        penalty[-1] = 0.0  # no penalty on the intercept
        theta = np.zeros(A.shape[1])
        value = self._objective(A, y, theta)
        for iteration in range(1, self.max_iter + 1):
            self.n_iter_ = iteration
            p = sigmoid(A @ theta)
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

    def _trained(self) -> None:
        if self.coef_ is None:
            raise ValueError("this model has not been trained yet: call fit first")

    def decision_function(self, X) -> np.ndarray:
        """The score of each row of ``X`` before the sigmoid (positive: the model says 1)."""
        self._trained()
        return self._design(X) @ self.coef_ + self.intercept_

    def predict_proba(self, X) -> np.ndarray:
        """How likely the model finds it that each row of ``X`` is a positive case (from 0 to 1)."""
        return sigmoid(self.decision_function(X))

    def predict(self, X) -> np.ndarray:
        """1 or 0 for each row of ``X``: the model's answer at a threshold of 0.5."""
        return (self.decision_function(X) > 0).astype(np.intp)

    def score(self, X, y) -> float:
        """Share of the rows of ``X`` whose answer the model gets right."""
        return float(np.mean(self.predict(X) == np.asarray(y)))
