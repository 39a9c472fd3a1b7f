"""Module 04's data: four sets of points on a plane in two colours, and the 12 examples of gradient descent.

Everything is generated with numpy from fixed seeds, so that every learner, test and check sees the same points:

- ``SHAPES``: two clouds, circles, XOR, a spiral; 200 points to learn from ("train") and 200 unseen points
  ("test") for each (:func:`make_points`);
- the 12 examples (x, y) of the one-weight model that gradient descent is shown on (:func:`descent_examples`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np

from caire.core.data import read_only
from caire.core.i18n import t
from caire.core.validation import one_of

#: The point sets, from the easiest for a network to the hardest.
SHAPES = ("clouds", "circles", "xor", "spiral")
#: Points in each set, for learning ("train") and for the test on unseen points ("test").
POINTS = 200
SPLITS = ("train", "test")
#: Maps show the square [-PLANE, PLANE] x [-PLANE, PLANE]; every point lies inside it.
PLANE = 1.6

_SEEDS = {"train": 1, "test": 2}


@dataclass(frozen=True)
class Points:
    """Points on the plane (one row per point: x1, x2) and the group of each point (0 orange, 1 blue)."""

    X: np.ndarray
    y: np.ndarray

    def __len__(self) -> int:
        return len(self.y)


def _clouds(rng: np.random.Generator, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Two clouds that a straight line separates, except a few points where they touch."""
    y = np.repeat([0, 1], n // 2)
    centres = np.array([[-0.35, -0.15], [0.55, 0.75]])
    return centres[y] + rng.normal(0, 0.3, (n, 2)), y


def _circles(rng: np.random.Generator, n: int) -> tuple[np.ndarray, np.ndarray]:
    """A blue disc inside an orange ring."""
    y = np.repeat([0, 1], n // 2)
    radius = np.where(y == 1, rng.uniform(0, 0.5, n), rng.uniform(0.75, 1.15, n))
    angle = rng.uniform(0, 2 * np.pi, n)
    return np.c_[radius * np.cos(angle), radius * np.sin(angle)] + rng.normal(0, 0.05, (n, 2)), y


def _xor(rng: np.random.Generator, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Four squares, like a chessboard: blue where x1 and x2 have the same sign, orange elsewhere."""
    X = rng.uniform(-1, 1, (n, 2))
    X += 0.1 * np.sign(X)  # a small gap along the axes
    y = (np.sign(X[:, 0]) == np.sign(X[:, 1])).astype(int)
    return X + rng.normal(0, 0.04, (n, 2)), y


def _spiral(rng: np.random.Generator, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Two arms that wind around each other one and a half times."""
    y = np.repeat([0, 1], n // 2)
    along = np.sqrt(rng.uniform(0.02, 1, n))
    angle = along * 1.5 * 2 * np.pi + np.pi * y
    radius = 1.35 * along
    return np.c_[radius * np.cos(angle), radius * np.sin(angle)] + rng.normal(0, 0.04, (n, 2)), y


_MAKERS = {"clouds": _clouds, "circles": _circles, "xor": _xor, "spiral": _spiral}


def check_shape(shape: object) -> str:
    """``shape`` if it names a point set, else a ValueError naming ``shape`` and the sets."""
    return one_of("shape", shape, SHAPES)


def check_split(split: object) -> str:
    """``split`` if it is "train" or "test", else a ValueError naming ``split``."""
    return one_of("split", split, SPLITS)


@cache
def make_points(shape: str = "circles", split: str = "train") -> Points:
    """The 200 points of one set: ``split`` "train" to learn from, "test" for unseen points (fixed seeds)."""
    shape, split = check_shape(shape), check_split(split)
    rng = np.random.default_rng([SHAPES.index(shape), _SEEDS[split]])
    X, y = _MAKERS[shape](rng, POINTS)
    order = rng.permutation(POINTS)
    X, y = np.clip(X[order], -PLANE + 0.05, PLANE - 0.05).astype(np.float32), y[order].astype(np.int64)
    return Points(read_only(X), read_only(y))


def shape_label(shape: str, language: str | None = None) -> str:
    """The name of a point set in the learner's language."""
    return t(f"m04.shape.{check_shape(shape)}", language)


@cache
def descent_examples() -> tuple[np.ndarray, np.ndarray]:
    """The 12 examples (x, y) of the one-weight model: y is about twice x, with some noise (fixed seed)."""
    rng = np.random.default_rng(4)
    x = np.linspace(0.3, 1.5, 12)
    y = 2.0 * x + rng.normal(0, 0.25, x.size)
    return read_only(x), read_only(y)
