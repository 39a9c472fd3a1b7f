"""Module 12, "The energy and carbon cost of AI": measure, convert, compare, choose the smallest model good enough.

What this module measures, and how (no extra package, no download):

- **Models.** A family of small neural networks (one hidden layer of 2 to 128 units, numpy only) learns to read the
  handwritten digits that ship with scikit-learn (:func:`caire.core.digits.load_digit_images`, read without
  importing scikit-learn or torch). Fixed seeds: the accuracy of each model is the same at every run.
- **Energy: an estimate.** The processor time each training uses is measured with :func:`time.process_time` (the
  time the processor's cores spent on this kernel, all threads together), then multiplied by an *assumed* power
  per busy core, :data:`WATTS_PER_CORE`. This is an estimate, not a measurement with a power meter: the assumption
  is stated, with a low and a high figure (:data:`WATTS_RANGE`), and measured times vary from run to run.
- **Carbon.** Energy is converted to grams of CO2-equivalent with the carbon intensity of a country's electricity
  (:data:`caire.modules.sustainability.data.GRIDS`, Ember's life-cycle figures for 2023 as published by Our World
  in Data, rounded).
- **Large models.** Published figures for the training of GPT-3 (Patterson et al. 2021) and BLOOM
  (Luccioni et al. 2022) are in :data:`caire.modules.sustainability.data.PUBLISHED`.

The graded answers never depend on a measured time: accuracies are deterministic, and the other questions use
given figures.
"""

from __future__ import annotations

import time
from contextlib import nullcontext
from dataclasses import dataclass
from functools import cache

import numpy as np

from caire.core.i18n import t
from caire.core.timing import record_training
from caire.core.validation import one_of, real_number, share, whole_number
from caire.modules.sustainability.data import GRIDS, check_grid, digits

#: The assumed electric power of one processor core while it computes, in watts. A laptop or desktop processor
#: is sold with a rated power (its "TDP", published by Intel and AMD for each chip) of roughly 15 to 65 W for 4 to 16
#: cores, i.e. a few watts to about 15 W per core; we add a share of the memory, fans and power supply. An
#: assumption, not a measurement: the low and high figures below give the uncertainty.
WATTS_PER_CORE = 15.0
#: The low and high assumptions (watts per busy core) used to show the uncertainty of the estimate.
WATTS_RANGE = (5.0, 30.0)

#: Fixed so that every learner, test and check trains the same models.
SEED = 0
#: Hidden units of the family of models, from the smallest to the largest.
HIDDEN_SIZES = (2, 4, 8, 16, 32, 64, 128)
#: Training images of the "more data" sweep (all 1,257 at the end), for a model of DATA_SWEEP_HIDDEN units.
DATA_SIZES = (100, 200, 400, 800, 1257)
DATA_SWEEP_HIDDEN = 32
#: Full passes over the training images, and the step size of the Adam optimiser.
EPOCHS = 300
LEARNING_RATE = 0.02
#: The accuracy on unseen digits that the assignment calls "good enough".
TARGET_ACCURACY = 0.92
#: How many times the unseen digits are read to time one prediction (a single one is too fast to time).
INFERENCE_REPEATS = 20

# --- units and conversions -------------------------------------------------------------------------------------


def non_negative(name: str, value: object) -> float:
    """``value`` as a float of 0 or more (an amount), or a TypeError/ValueError naming ``name``."""
    number = real_number(name, value)
    if number < 0:
        raise ValueError(f"{name} must be 0 or more; got {value!r}")
    return number


def joules_to_wh(joules: object) -> float:
    """Joules as watt-hours (1 Wh = 3,600 J)."""
    return non_negative("joules", joules) / 3600


def co2_grams(energy_kwh: object, grid: object) -> float:
    """Grams of CO2-equivalent emitted to produce ``energy_kwh`` kilowatt-hours on the grid of ``grid``."""
    return non_negative("energy_kwh", energy_kwh) * GRIDS[check_grid(grid)]


def inference_days(training_kwh: object, wh_per_prediction: object, predictions_per_day: object) -> float:
    """Days of use after which the predictions have used as much energy as the training."""
    training = non_negative("training_kwh", training_kwh)
    per_day_kwh = (
        non_negative("wh_per_prediction", wh_per_prediction)
        * non_negative("predictions_per_day", predictions_per_day)
        / 1000
    )
    if per_day_kwh == 0:
        raise ValueError("wh_per_prediction and predictions_per_day must both be more than 0")
    return training / per_day_kwh


# --- the models -------------------------------------------------------------------------------------------------


def check_hidden(hidden: object) -> int:
    """``hidden`` if it is one of :data:`HIDDEN_SIZES`, else a TypeError/ValueError naming ``hidden``."""
    value = whole_number("hidden", hidden, 1, 1024)
    if value not in HIDDEN_SIZES:
        raise ValueError(f"hidden must be one of {', '.join(map(str, HIDDEN_SIZES))}; got {hidden!r}")
    return value


def check_train_size(train_size: object) -> int:
    """``train_size`` as a whole number of training images, from 10 to all 1,257."""
    return whole_number("train_size", train_size, 10, len(digits()[1]))


def parameters(hidden: object) -> int:
    """How many numbers a model with ``hidden`` units learns: 64 x hidden + hidden + hidden x 10 + 10."""
    hidden = whole_number("hidden", hidden, 1, 1024)
    return 64 * hidden + hidden + hidden * 10 + 10


def model_key(hidden: int) -> str:
    """The name of the model with ``hidden`` units in the questions, e.g. ``"h16"``."""
    return f"h{check_hidden(hidden)}"


MODEL_KEYS = tuple(f"h{hidden}" for hidden in HIDDEN_SIZES)


def hidden_of(key: object) -> int:
    """The hidden units of the model named ``key`` (``"h16"`` -> 16)."""
    return int(one_of("model", key, MODEL_KEYS)[1:])


def model_label(key: object) -> str:
    """A model's name for the learner: its hidden units and how many numbers it learns."""
    hidden = hidden_of(key)
    return t("m12.model.label", hidden=hidden, parameters=parameters(hidden))


class DigitNetwork:
    """One hidden layer of ``hidden`` units (ReLU), ten outputs (softmax), trained with Adam on all the images at
    once for :data:`EPOCHS` passes. Deterministic: same seed, same weights, same accuracy."""

    def __init__(self, hidden: int):
        self.hidden = whole_number("hidden", hidden, 1, 1024)
        rng = np.random.default_rng(SEED)
        self.weights = [
            rng.normal(0, np.sqrt(2 / 64), (64, self.hidden)),
            np.zeros(self.hidden),
            rng.normal(0, np.sqrt(1 / self.hidden), (self.hidden, 10)),
            np.zeros(10),
        ]

    def _forward(self, X: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        W1, b1, W2, b2 = self.weights
        Z = X @ W1 + b1
        A = np.maximum(Z, 0)
        return Z, A, A @ W2 + b2

    def fit(self, X: np.ndarray, y: np.ndarray) -> DigitNetwork:
        """Learn the weights from the images ``X`` (rows of 64) and their digits ``y``."""
        X, y = np.asarray(X, dtype=np.float64), np.asarray(y)
        if X.ndim != 2 or X.shape[1] != 64 or len(X) != len(y) or len(X) == 0:
            raise ValueError(f"X must be rows of 64 grey levels with one digit in y per row; got shape {X.shape}")
        targets = np.eye(10)[y]
        moments = [np.zeros_like(w) for w in self.weights]
        squares = [np.zeros_like(w) for w in self.weights]
        for step in range(1, EPOCHS + 1):
            Z, A, S = self._forward(X)
            S = S - S.max(axis=1, keepdims=True)
            P = np.exp(S)
            P /= P.sum(axis=1, keepdims=True)
            G = (P - targets) / len(X)
            GA = G @ self.weights[2].T
            GA[Z <= 0] = 0
            gradients = [X.T @ GA, GA.sum(axis=0), A.T @ G, G.sum(axis=0)]
            for i, gradient in enumerate(gradients):
                moments[i] = 0.9 * moments[i] + 0.1 * gradient
                squares[i] = 0.999 * squares[i] + 0.001 * gradient * gradient
                self.weights[i] -= (
                    LEARNING_RATE * (moments[i] / (1 - 0.9**step)) / (np.sqrt(squares[i] / (1 - 0.999**step)) + 1e-8)
                )
        return self

    def predict(self, X) -> np.ndarray:
        """The digit the model reads in each row of ``X``."""
        X = np.asarray(X, dtype=np.float64)
        if X.ndim != 2 or X.shape[1] != 64:
            raise ValueError(f"X must be rows of 64 grey levels; got shape {X.shape}")
        return self._forward(X)[2].argmax(axis=1)


@dataclass(frozen=True)
class Run:
    """One training run: the model, its accuracy on the 540 unseen digits, and what the training cost."""

    hidden: int
    train_size: int
    accuracy: float
    cpu_seconds: float
    inference_cpu_seconds: float  # for one prediction

    @property
    def key(self) -> str:
        return f"h{self.hidden}"

    @property
    def parameters(self) -> int:
        return parameters(self.hidden)

    @property
    def energy_j(self) -> float:
        """Estimated energy of the training, in joules (CPU seconds x assumed watts per core)."""
        return self.cpu_seconds * WATTS_PER_CORE

    @property
    def energy_range_j(self) -> tuple[float, float]:
        """The same estimate with the low and the high assumption of watts per core."""
        return self.cpu_seconds * WATTS_RANGE[0], self.cpu_seconds * WATTS_RANGE[1]

    @property
    def energy_wh(self) -> float:
        return self.energy_j / 3600

    @property
    def prediction_j(self) -> float:
        """Estimated energy of one prediction, in joules."""
        return self.inference_cpu_seconds * WATTS_PER_CORE


@cache
def _thread_controller():
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:  # pragma: no cover - installed with scikit-learn
        return None
    return ThreadpoolController()


def _one_core():
    """numpy's linear algebra (BLAS) limited to one thread: one busy core, the unit of the energy estimate."""
    controller = _thread_controller()
    return nullcontext() if controller is None else controller.limit(limits=1, user_api="blas")


@cache
def _train(hidden: int, train_size: int) -> Run:
    X, y, X_test, y_test = digits()
    network = DigitNetwork(hidden)
    with _one_core():
        start, wall = time.process_time(), time.perf_counter()
        network.fit(X[:train_size], y[:train_size])
        cpu = time.process_time() - start
        record_training(time.perf_counter() - wall)
        accuracy = float((network.predict(X_test) == y_test).mean())
        start = time.process_time()
        for _ in range(INFERENCE_REPEATS):
            network.predict(X_test)
        inference = (time.process_time() - start) / (INFERENCE_REPEATS * len(y_test))
    return Run(hidden, train_size, accuracy, max(cpu, 1e-6), max(inference, 1e-9))


def train_run(hidden: object, train_size: object = None) -> Run:
    """Train one model live (once per kernel: asked again, the same run is returned) and measure it."""
    hidden = whole_number("hidden", hidden, 1, 1024)
    size = len(digits()[1]) if train_size is None else check_train_size(train_size)
    return _train(hidden, size)


def _sweep(settings: list[tuple[int, int]], progress: bool) -> list[Run]:
    bar = None
    if progress:
        import ipywidgets as widgets
        from IPython.display import display

        bar = widgets.IntProgress(
            value=0,
            min=0,
            max=len(settings),
            description=t("m12.widget.training"),
            style={"description_width": "initial"},
        )
        display(bar)
    runs = []
    for hidden, size in settings:
        runs.append(_train(hidden, size))
        if bar is not None:
            bar.value += 1
    return runs


def model_sweep(progress: bool = True) -> list[Run]:
    """Train the whole family (2 to 128 hidden units) on all the training images, with a progress bar."""
    return _sweep([(hidden, len(digits()[1])) for hidden in HIDDEN_SIZES], progress)


def data_sweep(progress: bool = True) -> list[Run]:
    """Train the 32-unit model on more and more images (100 to 1,257), with a progress bar."""
    return _sweep([(DATA_SWEEP_HIDDEN, size) for size in DATA_SIZES], progress)


def accuracies() -> dict[str, float]:
    """The accuracy of each model of the family on the unseen digits (deterministic), by model key."""
    return {run.key: run.accuracy for run in model_sweep(progress=False)}


def smallest_good_enough(target: object = TARGET_ACCURACY) -> str | None:
    """The key of the model with the fewest parameters whose accuracy reaches ``target`` (None if none does)."""
    target = share("target", target)
    for key, accuracy in accuracies().items():  # from the smallest to the largest
        if accuracy >= target - 1e-12:
            return key
    return None


def pareto_front(runs: list[Run]) -> list[Run]:
    """The runs no other run beats on both counts (less or equal energy and higher or equal accuracy, one strictly),
    from the cheapest to the dearest."""
    front = []
    for run in runs:
        beaten = any(
            other.energy_j <= run.energy_j
            and other.accuracy >= run.accuracy
            and (other.energy_j < run.energy_j or other.accuracy > run.accuracy)
            for other in runs
        )
        if not beaten:
            front.append(run)
    return sorted(front, key=lambda run: run.energy_j)
