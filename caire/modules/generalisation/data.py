"""The generated data of module 02: two interleaved half-moons of points, and a table of pure noise.

The points are two interleaved half-moons blurred by noise (the recipe, and the points, of scikit-learn's
``make_moons``): each point has two measurements and belongs to one of two groups. Everything is generated with
fixed seeds, so every learner, test and check sees the same points; nothing is downloaded.

- ``training_points(size)``: the first ``size`` of 300 training points (any prefix holds as many points of
  each group, give or take one).
- ``test_points()``: 2,000 other points from the same source, never used for training.
- ``choice_points()``: 100 more points, the small set the first trap chooses a model on.
- ``noise_table()`` and ``leak_split()``: 100 rows of 5,000 random columns with a coin-flip answer, split into 70
  training rows and 30 test rows, for the second trap.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np

from caire.core.data import read_only
from caire.core.validation import whole_number

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
#: The small set of points the first trap chooses on, as small test sets are in real projects.
CHOICE_SIZE = 100
CHOICE_SEED = 7
#: Rows (people, say) and columns (measurements) of the leakage example; all the columns are pure noise.
LEAK_ROWS = 100
LEAK_MAX_COLUMNS = 5000
LEAK_TEST_ROWS = 30
LEAK_SEED = 3


def make_moons(n_samples: int, noise: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Two interleaving half circles blurred by Gaussian noise: (points, groups). Same as scikit-learn's."""
    generator = np.random.RandomState(seed)
    n_out = n_samples // 2
    n_in = n_samples - n_out
    outer = np.linspace(0, np.pi, n_out)
    inner = np.linspace(0, np.pi, n_in)
    X = np.vstack([np.append(np.cos(outer), 1 - np.cos(inner)), np.append(np.sin(outer), 1 - np.sin(inner) - 0.5)]).T
    y = np.hstack([np.zeros(n_out, dtype=np.intp), np.ones(n_in, dtype=np.intp)])
    order = np.arange(n_samples)
    generator.shuffle(order)
    X, y = X[order], y[order]
    X += generator.normal(scale=noise, size=X.shape)
    return X, y


@dataclass(frozen=True)
class Points:
    """Points with two measurements each (``X``, one row per point) and their group, 0 or 1 (``y``)."""

    X: np.ndarray
    y: np.ndarray

    def __len__(self) -> int:
        return len(self.y)


def _moons(size: int, seed: int) -> Points:
    X, y = make_moons(size, NOISE, seed)
    return Points(read_only(X), read_only(y))


@cache
def _pool() -> Points:
    """The 300 training points, reordered so that the groups alternate: every prefix is balanced."""
    points = _moons(POOL_SIZE, POOL_SEED)
    zeros, ones = np.flatnonzero(points.y == 0), np.flatnonzero(points.y == 1)
    order = np.ravel(np.column_stack([zeros, ones]))
    return Points(read_only(points.X[order]), read_only(points.y[order]))


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


@cache
def choice_points() -> Points:
    """The 100 points the first trap chooses its model on: same source, yet other points."""
    return _moons(CHOICE_SIZE, CHOICE_SEED)


@cache
def noise_table() -> tuple[np.ndarray, np.ndarray]:
    """100 rows of 5,000 random columns, and an answer per row drawn at random: nothing links the two."""
    rng = np.random.default_rng(LEAK_SEED)
    X = rng.normal(size=(LEAK_ROWS, LEAK_MAX_COLUMNS))
    y = rng.permutation(np.repeat([0, 1], LEAK_ROWS // 2))
    return read_only(X), read_only(y)


def leak_split() -> tuple[np.ndarray, np.ndarray]:
    """70 training rows and 30 test rows of :func:`noise_table`, with as many of each answer in the test rows."""
    _, y = noise_table()
    rng = np.random.default_rng(LEAK_SEED + 1)
    test = np.sort(
        np.concatenate(
            [rng.choice(np.flatnonzero(y == answer), LEAK_TEST_ROWS // 2, replace=False) for answer in (0, 1)]
        )
    )
    return np.setdiff1d(np.arange(LEAK_ROWS), test), test
