"""Module 12, "The energy and carbon cost of AI": measure, convert, compare, choose the smallest model good enough.

What this module measures, and how (no extra package, no download):

- **Models.** A family of small neural networks (one hidden layer of 2 to 128 units, numpy only) learns to read the
  handwritten digits that ship with scikit-learn (:func:`caire.modules.perception.model.load_digit_images`, read without
  importing scikit-learn or torch). Fixed seeds: the accuracy of each model is the same at every run.
- **Energy: an estimate.** The processor time each training uses is measured with :func:`time.process_time` (the
  time the processor's cores spent on this kernel, all threads together), then multiplied by an *assumed* power
  per busy core, :data:`WATTS_PER_CORE`. This is an estimate, not a measurement with a power meter: the assumption
  is stated, with a low and a high figure (:data:`WATTS_RANGE`), and measured times vary from run to run.
- **Carbon.** Energy is converted to grams of CO2-equivalent with the carbon intensity of a country's electricity
  (:data:`GRIDS`, Ember's life-cycle figures for 2023 as published by Our World in Data, rounded).
- **Large models.** Published figures for the training of GPT-3 (Patterson et al. 2021) and BLOOM
  (Luccioni et al. 2022) are in :data:`PUBLISHED`.

The graded answers never depend on a measured time: accuracies are deterministic, and the other questions use
given figures.
"""

from __future__ import annotations

import html
import math
import time
from contextlib import nullcontext
from dataclasses import dataclass
from functools import cache

import numpy as np

from caire.core.i18n import t
from caire.core.outputs import show_figure
from caire.core.timing import record_training
from caire.core.validation import one_of, real_number, whole_number

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

#: Carbon intensity of electricity generation in 2023, grams of CO2-equivalent per kWh, rounded to 5 g
#: (life-cycle figures: building the plants and mining the fuel included). Ember, via Our World in Data.
GRIDS = {"sweden": 40, "france": 55, "germany": 380, "world": 480, "china": 580, "poland": 660, "india": 710}
GRID_YEAR = 2023
GRID_SOURCE = "https://ourworldindata.org/grapher/carbon-intensity-electricity"


@dataclass(frozen=True)
class Published:
    """What a paper reports about one large model's training."""

    name: str
    parameters_billion: float
    energy_mwh: float
    tonnes_co2e: float
    grid_g_per_kwh: float
    source: str


#: GPT-3 (175 billion parameters): about 1,287 MWh and 552 tCO2e, grid about 429 g/kWh (Patterson et al. 2021).
#: BLOOM (176 billion parameters): about 433 MWh and 25 tCO2e (24.7) for the final training on the French grid,
#: about 57 g/kWh (Luccioni et al. 2022; about 50 t with the manufacturing of the hardware and idle machines).
PUBLISHED = {
    "gpt3": Published("GPT-3", 175, 1287, 552, 429, "https://arxiv.org/abs/2104.10350"),
    "bloom": Published("BLOOM", 176, 433, 24.7, 57, "https://arxiv.org/abs/2211.02001"),
}


# --- units and conversions -------------------------------------------------------------------------------------


def check_grid(grid: object) -> str:
    """``grid`` if it is one of :data:`GRIDS`, else a ValueError naming ``grid``."""
    return one_of("grid", grid, tuple(GRIDS))


def _positive(name: str, value: object) -> float:
    number = real_number(name, value)
    if number < 0:
        raise ValueError(f"{name} must be 0 or more; got {value!r}")
    return number


def joules_to_wh(joules: object) -> float:
    """Joules as watt-hours (1 Wh = 3,600 J)."""
    return _positive("joules", joules) / 3600


def co2_grams(energy_kwh: object, grid: object) -> float:
    """Grams of CO2-equivalent emitted to produce ``energy_kwh`` kilowatt-hours on the grid of ``grid``."""
    return _positive("energy_kwh", energy_kwh) * GRIDS[check_grid(grid)]


def grid_label(grid: object) -> str:
    """The name of a grid (a country, or the world average), in the learner's language."""
    return t(f"m12.grid.{check_grid(grid)}")


def inference_days(training_kwh: object, wh_per_prediction: object, predictions_per_day: object) -> float:
    """Days of use after which the predictions have used as much energy as the training."""
    training = _positive("training_kwh", training_kwh)
    per_day_kwh = _positive("wh_per_prediction", wh_per_prediction) * _positive(
        "predictions_per_day", predictions_per_day) / 1000
    if per_day_kwh == 0:
        raise ValueError("wh_per_prediction and predictions_per_day must both be more than 0")
    return training / per_day_kwh


# --- the models -------------------------------------------------------------------------------------------------


@cache
def digits() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The bundled digits as rows of 64 grey levels (0 to 1): training rows, their digits, unseen rows, digits."""
    from caire.modules.perception.model import load_digit_images

    data = load_digit_images()
    rows = [np.asarray(part.images, dtype=np.float64).reshape(len(part), -1) for part in (data.train, data.test)]
    return rows[0], data.train.labels, rows[1], data.test.labels


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
    return t("m12.model.label", hidden=hidden, parameters=f"{parameters(hidden):,}".replace(",", "\u202f"))


class DigitNetwork:
    """One hidden layer of ``hidden`` units (ReLU), ten outputs (softmax), trained with Adam on all the images at
    once for :data:`EPOCHS` passes. Deterministic: same seed, same weights, same accuracy."""

    def __init__(self, hidden: int):
        self.hidden = whole_number("hidden", hidden, 1, 1024)
        rng = np.random.default_rng(SEED)
        self.weights = [rng.normal(0, np.sqrt(2 / 64), (64, self.hidden)), np.zeros(self.hidden),
                        rng.normal(0, np.sqrt(1 / self.hidden), (self.hidden, 10)), np.zeros(10)]

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
                self.weights[i] -= LEARNING_RATE * (moments[i] / (1 - 0.9**step)) / (
                    np.sqrt(squares[i] / (1 - 0.999**step)) + 1e-8)
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

        bar = widgets.IntProgress(value=0, min=0, max=len(settings), description=t("m12.widget.training"),
                                  style={"description_width": "initial"})
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
    target = real_number("target", target)
    if not 0 <= target <= 1:
        raise ValueError(f"target must be an accuracy between 0 and 1; got {target!r}")
    for key, accuracy in accuracies().items():  # from the smallest to the largest
        if accuracy >= target - 1e-12:
            return key
    return None


def pareto_front(runs: list[Run]) -> list[Run]:
    """The runs no other run beats on both counts (less or equal energy and higher or equal accuracy, one strictly),
    from the cheapest to the dearest."""
    front = []
    for run in runs:
        beaten = any(other.energy_j <= run.energy_j and other.accuracy >= run.accuracy
                     and (other.energy_j < run.energy_j or other.accuracy > run.accuracy) for other in runs)
        if not beaten:
            front.append(run)
    return sorted(front, key=lambda run: run.energy_j)


# --- tables, plots and widgets ----------------------------------------------------------------------------------


def _number(value: float, digits_after: int = 0) -> str:
    text = f"{value:,.{digits_after}f}"
    return text.replace(",", "\u202f").replace(".", ",") if t("m12.decimal") == "," else text


def significant(value: float, figures: int = 2) -> str:
    """``value`` rounded to ``figures`` significant figures, written the learner's way (0.00028, 67 000 000 000)."""
    value = real_number("value", value)
    if value == 0:
        return "0"
    exponent = math.floor(math.log10(abs(value)))
    digits_kept = figures - 1 - exponent
    return _number(round(value, digits_kept), max(0, digits_kept))


def percent(share: float) -> str:
    """A share as a percentage with one decimal, written the learner's way (95.6% or 95,6 %)."""
    share = real_number("share", share)
    return f"{share:.1%}" if t("m12.decimal") == "." else f"{share * 100:.1f}".replace(".", ",") + "\u202f%"


def runs_table(runs: list[Run]):
    """The runs as an HTML table: model, images, parameters, accuracy, CPU time, estimated energy."""
    from IPython.display import HTML

    heads = [t(f"m12.table.{name}") for name in ("hidden", "images", "parameters", "accuracy", "cpu", "energy",
                                                 "range")]
    rows = []
    for run in runs:
        low, high = run.energy_range_j
        cells = [str(run.hidden), _number(run.train_size), _number(run.parameters), percent(run.accuracy),
                 _number(run.cpu_seconds, 3), _number(run.energy_j, 2), f"{_number(low, 2)} – {_number(high, 2)}"]
        rows.append("<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in cells) + "</tr>")
    head = "".join(f"<th>{html.escape(name)}</th>" for name in heads)
    return HTML(f'<table class="caire-runs"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>')


def plot_pareto(runs: list[Run], target: object = None, ax=None):
    """Estimated training energy (joules, log scale) against accuracy; the Pareto front joined by a line; with a
    ``target``, the line of "good enough" and the smallest model that reaches it."""
    import matplotlib.pyplot as plt

    if not runs:
        raise ValueError("runs must hold at least one training run (from model_sweep or data_sweep)")
    if ax is None:
        figure, ax = plt.subplots(figsize=(7.5, 4))
    else:
        figure = ax.figure
    energy = np.array([run.energy_j for run in runs])
    accuracy = np.array([run.accuracy for run in runs]) * 100
    ax.scatter(energy, accuracy, s=60, color="#1f77b4", edgecolor="black", zorder=3, label=t("m12.plot.model"))
    for run in runs:
        label = str(run.hidden) if len({r.hidden for r in runs}) > 1 else _number(run.train_size)
        ax.annotate(label, (run.energy_j, run.accuracy * 100), textcoords="offset points", xytext=(6, -10),
                    fontsize="small")
    front = pareto_front(runs)
    ax.plot([run.energy_j for run in front], [run.accuracy * 100 for run in front], color="#2ca02c", zorder=2,
            label=t("m12.plot.front"))
    if target is not None:
        target = real_number("target", target)
        ax.axhline(target * 100, color="black", linestyle="--", label=t("m12.plot.target", target=target * 100))
        chosen = [run for run in sorted(runs, key=lambda run: (run.parameters, run.train_size))
                  if run.accuracy >= target - 1e-12]
        if chosen:
            ax.scatter([chosen[0].energy_j], [chosen[0].accuracy * 100], s=220, facecolor="none",
                       edgecolor="#d62728", linewidth=2, zorder=4, label=t("m12.plot.chosen"))
    ax.set_xscale("log")
    from matplotlib.ticker import FuncFormatter

    ax.xaxis.set_major_formatter(FuncFormatter(lambda value, _position: significant(value)))
    ax.xaxis.set_minor_formatter(FuncFormatter(lambda value, _position: significant(value, 1)))
    ax.set_xlabel(t("m12.plot.energy", watts=WATTS_PER_CORE))
    ax.set_ylabel(t("m12.plot.accuracy"))
    ax.set_title(t("m12.plot.title"))
    ax.grid(alpha=0.3)
    ax.legend(loc="lower right", fontsize="small")
    figure.tight_layout()
    return figure


def plot_grids(ax=None):
    """Grams of CO2e per kWh of electricity of each grid, as bars."""
    import matplotlib.pyplot as plt

    if ax is None:
        figure, ax = plt.subplots(figsize=(7.5, 3.2))
    else:
        figure = ax.figure
    names = list(GRIDS)
    colours = ["#2ca02c" if GRIDS[name] < 100 else "#ff7f0e" if GRIDS[name] < 500 else "#d62728" for name in names]
    ax.barh([grid_label(name) for name in names], [GRIDS[name] for name in names], color=colours)
    for row, name in enumerate(names):
        ax.text(GRIDS[name] + 8, row, t("m12.plot.about", value=GRIDS[name]), va="center", fontsize="small")
    ax.set_xlim(0, 850)
    ax.set_xlabel(t("m12.plot.intensity"))
    ax.set_title(t("m12.plot.grids_title", year=GRID_YEAR))
    figure.tight_layout()
    return figure


def co2_explorer(energy_kwh: float = 100.0, grid: str = "france"):
    """Pick a grid and an energy: see the grams (or kilograms) of CO2e, next to France and Poland."""
    import ipywidgets as widgets

    energy_kwh = _positive("energy_kwh", energy_kwh)
    grid = check_grid(grid)
    style = {"description_width": "initial"}
    picker = widgets.Dropdown(options=[(grid_label(name), name) for name in GRIDS], value=grid,
                              description=t("m12.widget.grid"), style=style)
    energy = widgets.BoundedFloatText(value=energy_kwh, min=0, max=1e9, step=1, description=t("m12.widget.energy"),
                                      style=style)
    result = widgets.HTML()

    def update(_change=None) -> None:
        grams = co2_grams(energy.value, picker.value)
        lines = [t("m12.widget.co2", energy=_number(energy.value, 1), grid=grid_label(picker.value),
                   intensity=GRIDS[picker.value], grams=_number(grams), kg=_number(grams / 1000, 1))]
        for other in ("france", "poland"):
            if other != picker.value:
                lines.append(t("m12.widget.co2_other", grid=grid_label(other),
                               kg=_number(co2_grams(energy.value, other) / 1000, 1)))
        result.value = "<br>".join(html.escape(line) for line in lines)

    picker.observe(update, names="value")
    energy.observe(update, names="value")
    update()
    return widgets.VBox([picker, energy, result])


def good_enough_explorer(runs: list[Run], start: float = 0.9):
    """A slider for the accuracy you need; the plot circles the smallest model that reaches it."""
    import ipywidgets as widgets

    start = real_number("start", start)
    if not 0.5 <= start <= 1:
        raise ValueError(f"start must be an accuracy between 0.5 and 1; got {start!r}")
    if not runs:
        raise ValueError("runs must hold at least one training run (from model_sweep)")
    slider = widgets.FloatSlider(value=start, min=0.5, max=0.99, step=0.01, readout_format=".0%",
                                 description=t("m12.widget.target"), style={"description_width": "initial"},
                                 continuous_update=False, layout=widgets.Layout(width="70%"))
    output = widgets.Output()
    said = widgets.HTML()

    def update(_change=None) -> None:
        target = slider.value
        chosen = [run for run in sorted(runs, key=lambda run: run.parameters) if run.accuracy >= target - 1e-12]
        show_figure(output, plot_pareto(runs, target))
        if chosen:
            run, largest = chosen[0], max(runs, key=lambda run: run.parameters)
            said.value = html.escape(t("m12.widget.chosen", hidden=run.hidden, accuracy=percent(run.accuracy),
                                       share=percent(run.energy_j / largest.energy_j), largest=largest.hidden))
        else:
            said.value = html.escape(t("m12.widget.none"))

    slider.observe(update, names="value")
    update()
    return widgets.VBox([slider, said, output])


def inference_explorer(training_kwh: float = 1000.0, wh_per_prediction: float = 0.5,
                       predictions_per_day: int = 10_000):
    """Sliders for a training's energy, the energy of one prediction and the predictions a day: after how many days
    have the predictions used as much energy as the training?"""
    import ipywidgets as widgets

    style = {"description_width": "initial"}
    layout = widgets.Layout(width="75%")
    training = widgets.FloatLogSlider(value=_positive("training_kwh", training_kwh), base=10, min=0, max=6,
                                      step=0.1, description=t("m12.widget.training_kwh"), style=style, layout=layout)
    each = widgets.FloatLogSlider(value=_positive("wh_per_prediction", wh_per_prediction), base=10, min=-3, max=1,
                                  step=0.1, description=t("m12.widget.wh_each"), style=style, layout=layout)
    daily = widgets.IntSlider(value=whole_number("predictions_per_day", predictions_per_day, 1, 1_000_000), min=100,
                              max=1_000_000, step=100, description=t("m12.widget.per_day"), style=style,
                              layout=layout)
    result = widgets.HTML()

    def update(_change=None) -> None:
        days = inference_days(training.value, each.value, daily.value)
        per_day = each.value * daily.value / 1000
        result.value = html.escape(t("m12.widget.days", per_day=_number(per_day, 2), days=_number(days, 1),
                                     years=_number(days / 365, 1)))

    for widget in (training, each, daily):
        widget.observe(update, names="value")
    update()
    return widgets.VBox([training, each, daily, result])


def scale_table(run: Run):
    """Our training next to GPT-3's and BLOOM's (published figures): energy, CO2e, and how many of ours."""
    from IPython.display import HTML

    if not isinstance(run, Run):
        raise TypeError(f"run must be a training run from model_sweep; got {type(run).__name__}")
    heads = [t(f"m12.scale.{name}") for name in ("model", "parameters", "energy", "co2", "times")]
    ours_kwh = run.energy_j / 3.6e6
    rows = [[t("m12.scale.ours", hidden=run.hidden), _number(run.parameters), f"{significant(run.energy_wh)} Wh",
             f"{significant(co2_grams(ours_kwh, 'france'))} g ({grid_label('france')})", "1"]]
    for paper in PUBLISHED.values():
        rows.append([paper.name, t("m12.scale.billion", count=_number(paper.parameters_billion)),
                     f"{_number(paper.energy_mwh)} MWh", f"{significant(paper.tonnes_co2e, 3)} t",
                     significant(paper.energy_mwh * 1000 / ours_kwh)])
    body = "".join("<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>" for row in rows)
    head = "".join(f"<th>{html.escape(name)}</th>" for name in heads)
    return HTML(f'<table class="caire-scale"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>')


def describe_inference(run: Run) -> str:
    """What one prediction of ``run``'s model costs (estimate), and how many predictions equal its training."""
    if not isinstance(run, Run):
        raise TypeError(f"run must be a training run from model_sweep; got {type(run).__name__}")
    return t("m12.inference.summary", hidden=run.hidden, micro=significant(run.inference_cpu_seconds * 1e6),
             microjoules=significant(run.prediction_j * 1e6), million=significant(run.prediction_j * 1e6),
             million_wh=significant(run.prediction_j * 1e6 / 3600), training=significant(run.energy_j),
             count=significant(run.energy_j / run.prediction_j))
