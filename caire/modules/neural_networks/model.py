"""Module 04, "Neural networks, a playground": points on a plane, one neuron, gradient descent, small networks.

Everything here is generated or trained live, with fixed seeds, on the learner's CPU:

- four sets of 2-D points in two colours (``SHAPES``: two clouds, circles, XOR, a spiral), 200 points to learn from
  and 200 unseen points for each, generated with numpy from fixed seeds;
- one neuron whose two weights and bias the learner sets (``neuron_*``, ``plot_neuron``, ``neuron_explorer``);
- gradient descent on a loss with a single weight, step by step (``descend``, ``plot_descent``);
- small networks trained with ``caire.core.neural.train_classifier`` (``train_network``), drawn with their decision
  map and loss curve (``plot_network``), and a playground widget that redraws both while the network trains.

Importing this file does not import torch: only training a network does (about 1 s and 285 MB, once).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache

import numpy as np

from caire.core.i18n import t
from caire.core.outputs import show_figure
from caire.core.validation import one_of, real_number, whole_number

#: The point sets, from the easiest for a network to the hardest.
SHAPES = ("clouds", "circles", "xor", "spiral")
#: Points in each set, for learning ("train") and for the test on unseen points ("test").
POINTS = 200
SPLITS = ("train", "test")
#: Maps show the square [-PLANE, PLANE] x [-PLANE, PLANE]; every point lies inside it.
PLANE = 1.6
#: Orange for group 0, blue for group 1 (Okabe-Ito: readable with the common colour-vision deficiencies).
GROUP_COLOURS = ("#E69F00", "#0072B2")
GROUP_MARKERS = ("o", "s")
#: What the playground offers.
ACTIVATIONS = ("relu", "tanh", "sigmoid")
LEARNING_RATES = (0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0)
EPOCH_CHOICES = (100, 200, 300, 500, 1000)
MAX_LAYERS = 4
MAX_NEURONS = 32
#: The playground offers up to this many neurons a layer, so that its largest network, redraws included, trains
#: within about 2 s (TensorFlow Playground offers 8).
PLAYGROUND_NEURONS = 16
MAX_EPOCHS = 3000
#: How many times the playground redraws its charts during one training (each redraw costs 0.05 to 0.1 s).
FRAMES = 6

_SEEDS = {"train": 1, "test": 2}


# --- the points --------------------------------------------------------------------------------------------


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
    X.flags.writeable = False
    y.flags.writeable = False
    return Points(X, y)


def shape_label(shape: str, language: str | None = None) -> str:
    """The name of a point set in the learner's language."""
    return t(f"m04.shape.{check_shape(shape)}", language)


# --- one neuron ----------------------------------------------------------------------------------------------


def _neuron_arguments(w1: object, w2: object, bias: object) -> tuple[float, float, float]:
    return real_number("w1", w1), real_number("w2", w2), real_number("bias", bias)


def _as_points(X: object) -> np.ndarray:
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or X.shape[1] != 2:
        raise ValueError(f"X must be a table of points with two columns (x1, x2); got shape {X.shape}")
    return X


def neuron_output(X, w1: float, w2: float, bias: float) -> np.ndarray:
    """What one neuron outputs for each point: sigmoid(w1 * x1 + w2 * x2 + bias), a number between 0 and 1."""
    w1, w2, bias = _neuron_arguments(w1, w2, bias)
    X = _as_points(X)
    total = np.clip(w1 * X[:, 0] + w2 * X[:, 1] + bias, -60, 60)
    return 1 / (1 + np.exp(-total))


def neuron_says(X, w1: float, w2: float, bias: float) -> np.ndarray:
    """The group one neuron gives each point: 1 (blue) where its output is above one half, else 0 (orange)."""
    return (neuron_output(X, w1, w2, bias) > 0.5).astype(int)


def neuron_accuracy(w1: float, w2: float, bias: float, shape: str = "clouds", split: str = "train") -> float:
    """Share of the points of ``shape`` to which the neuron with these weights gives the right colour."""
    points = make_points(shape, split)
    return float(np.mean(neuron_says(points.X, w1, w2, bias) == points.y))


# --- charts ---------------------------------------------------------------------------------------------------


def _new_axes(ax, size=(4.6, 4.2)):
    import matplotlib.pyplot as plt

    if ax is not None:
        return ax.figure, ax
    return plt.subplots(figsize=size, layout="constrained")


def _group_colours():
    from matplotlib.colors import LinearSegmentedColormap

    return LinearSegmentedColormap.from_list("caire_groups", [GROUP_COLOURS[0], "#FFFFFF", GROUP_COLOURS[1]])


def _grid(size: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    axis = np.linspace(-PLANE, PLANE, size)
    g1, g2 = np.meshgrid(axis, axis)
    return g1, g2, np.c_[g1.ravel(), g2.ravel()].astype(np.float32)


def _draw_points(ax, points: Points, legend: bool = True) -> None:
    for group in (0, 1):
        chosen = points.X[points.y == group]
        ax.scatter(chosen[:, 0], chosen[:, 1], s=16, color=GROUP_COLOURS[group], marker=GROUP_MARKERS[group],
                   edgecolor="black", linewidth=0.4, label=t(f"m04.group.{group}"))
    ax.set_xlim(-PLANE, PLANE)
    ax.set_ylim(-PLANE, PLANE)
    ax.set_aspect("equal")
    ax.set_xlabel(t("m04.plot.x1"))
    ax.set_ylabel(t("m04.plot.x2"))
    if legend:
        ax.legend(loc="upper left", fontsize=7, framealpha=0.8)


def _draw_map(ax, probability_of_blue: np.ndarray, g1: np.ndarray, g2: np.ndarray) -> None:
    """Shade the plane by the probability of blue, with the border (probability one half) drawn in black."""
    shades = probability_of_blue.reshape(g1.shape)
    ax.contourf(g1, g2, shades, levels=np.linspace(0, 1, 11), cmap=_group_colours(), alpha=0.55)
    if shades.min() < 0.5 < shades.max():
        ax.contour(g1, g2, shades, levels=[0.5], colors="black", linewidths=1.0)


def plot_points(shape: str = "circles", split: str = "train", ax=None):
    """The points of one set, orange and blue. Returns the Figure."""
    points = make_points(shape, split)
    figure, ax = _new_axes(ax)
    _draw_points(ax, points)
    ax.set_title(t("m04.plot.points_title", shape=shape_label(shape), count=len(points)), fontsize=9)
    return figure


def plot_shapes(split: str = "train"):
    """The four point sets side by side. Returns the Figure."""
    import matplotlib.pyplot as plt

    check_split(split)
    figure, axes = plt.subplots(1, len(SHAPES), figsize=(11, 3.2), layout="constrained")
    for ax, shape in zip(axes, SHAPES):
        _draw_points(ax, make_points(shape, split), legend=False)
        ax.set_title(shape_label(shape), fontsize=10)
    return figure


def plot_neuron(w1: float, w2: float, bias: float, shape: str = "clouds", split: str = "train", ax=None):
    """The points, with the plane shaded by what one neuron with these weights says. Returns the Figure."""
    w1, w2, bias = _neuron_arguments(w1, w2, bias)
    points = make_points(shape, split)
    figure, ax = _new_axes(ax)
    g1, g2, plane = _grid(80)
    _draw_map(ax, neuron_output(plane, w1, w2, bias), g1, g2)
    _draw_points(ax, points)
    ax.set_title(t("m04.plot.neuron_title", w1=w1, w2=w2, bias=bias,
                   accuracy=neuron_accuracy(w1, w2, bias, shape, split)), fontsize=9)
    return figure


# --- gradient descent on one weight -----------------------------------------------------------------------------
# The simplest network: one neuron with one input x, one weight w, no bias and no activation. It predicts
# w * x; its loss is the mean squared error on 12 examples. The loss is a bowl (a parabola) in w, so the best
# weight and the effect of the learning rate can be worked out exactly: the distance to the best weight is
# multiplied by |1 - 2 * mean(x**2) * learning_rate| at every step.

#: Where every descent starts: far from the best weight.
DESCENT_START = -1.0
#: Learning rates the descent accepts.
DESCENT_MAX_RATE = 2.0
DESCENT_MAX_STEPS = 100


@cache
def descent_examples() -> tuple[np.ndarray, np.ndarray]:
    """The 12 examples (x, y) of the one-weight model: y is about twice x, with some noise (fixed seed)."""
    rng = np.random.default_rng(4)
    x = np.linspace(0.3, 1.5, 12)
    y = 2.0 * x + rng.normal(0, 0.25, x.size)
    x.flags.writeable = False
    y.flags.writeable = False
    return x, y


def descent_loss(weight: float) -> float:
    """The loss of the one-weight model for this weight: the mean of (y - weight * x) ** 2 over the examples."""
    weight = real_number("weight", weight)
    x, y = descent_examples()
    return float(np.mean((y - weight * x) ** 2))


def best_weight() -> float:
    """The weight with the lowest loss (the bottom of the bowl)."""
    x, y = descent_examples()
    return float(np.mean(x * y) / np.mean(x * x))


def descent_slope(weight: float) -> float:
    """The slope (gradient) of the loss at ``weight``: negative means "the loss goes down to the right"."""
    weight = real_number("weight", weight)
    x, y = descent_examples()
    return float(np.mean(-2 * x * (y - weight * x)))


def descend(learning_rate: float, steps: int = 10, start: float = DESCENT_START) -> np.ndarray:
    """The weights visited by gradient descent: ``start``, then ``steps`` steps of weight -= rate * slope."""
    learning_rate = real_number("learning_rate", learning_rate)
    if not 0 < learning_rate <= DESCENT_MAX_RATE:
        raise ValueError(f"learning_rate must be above 0 and at most {DESCENT_MAX_RATE:g}; got {learning_rate}")
    steps = whole_number("steps", steps, 0, DESCENT_MAX_STEPS)
    weights = [real_number("start", start)]
    for _ in range(steps):
        weights.append(weights[-1] - learning_rate * descent_slope(weights[-1]))
    return np.array(weights)


def plot_descent(learning_rate: float, steps: int = 10, start: float = DESCENT_START, ax=None):
    """Left: the examples and the line of the last weight. Right: the loss bowl and the descent's steps."""
    import matplotlib.pyplot as plt

    weights = descend(learning_rate, steps, start)
    x, y = descent_examples()
    if ax is None:
        figure, (left, right) = plt.subplots(1, 2, figsize=(10, 3.6), layout="constrained",
                                             gridspec_kw={"width_ratios": [1, 1.4]})
    else:
        figure, left, right = ax.figure, None, ax
    if left is not None:
        left.scatter(x, y, color=GROUP_COLOURS[1], edgecolor="black", linewidth=0.4, label=t("m04.plot.examples"))
        span = np.array([0, 1.6])
        last = weights[-1]
        left.plot(span, last * span, color="black", label=t("m04.plot.prediction", weight=last))
        left.set_xlim(0, 1.6)
        left.set_ylim(-1, 4)
        left.set_xlabel("x")
        left.set_ylabel("y")
        left.legend(loc="upper left", fontsize=8)
    low, high = -2.0, 6.0
    curve = np.linspace(low, high, 200)
    right.plot(curve, [descent_loss(w) for w in curve], color="grey")
    shown = (weights >= low) & (weights <= high)
    losses = np.array([descent_loss(w) if abs(w) < 1e6 else np.inf for w in weights])
    right.plot(weights[shown], losses[shown], "o-", color=GROUP_COLOURS[0], markeredgecolor="black",
               markersize=5, linewidth=1)
    right.plot([weights[0]], [losses[0]], "o", color="white", markeredgecolor="black", markersize=7,
               label=t("m04.plot.start"))
    right.axvline(best_weight(), color="black", linestyle=":", label=t("m04.plot.best_weight"))
    right.set_xlim(low, high)
    right.set_ylim(0, descent_loss(high) * 1.05)
    right.set_xlabel(t("m04.plot.weight"))
    right.set_ylabel(t("m04.plot.loss"))
    escaped = int((~shown).sum())
    right.set_title(t("m04.plot.descent_title", rate=learning_rate, steps=steps, loss=losses[-1])
                    + ("\n" + t("m04.plot.escaped", count=escaped) if escaped else ""), fontsize=9)
    right.legend(loc="upper center", fontsize=8)
    return figure


# --- networks -----------------------------------------------------------------------------------------------------


@contextmanager
def _watching_network(on_found: Callable | None = None):
    """Yield a list that holds, once training starts, the network ``caire.core.neural.train_classifier`` builds.

    ``train_classifier`` passes only (epoch, loss) to ``on_epoch``; to redraw the decision map during training
    we need the network itself, so a forward pre-hook notes the first ``torch.nn.Sequential`` that runs
    (and calls ``on_found(network)`` then, before the first training step).
    """
    import torch

    found: list = []

    def note(module, _inputs) -> None:
        if not found and isinstance(module, torch.nn.Sequential):
            found.append(module)
            if on_found is not None:
                on_found(module)

    handle = torch.nn.modules.module.register_module_forward_pre_hook(note)
    try:
        yield found
    finally:
        handle.remove()


def check_hidden(hidden: object) -> tuple[int, ...]:
    """The hidden layer sizes as a tuple, or a TypeError/ValueError naming ``hidden``."""
    if isinstance(hidden, (str, bytes)) or not isinstance(hidden, Sequence):
        raise TypeError(f"hidden must be a list of layer sizes, e.g. [4] or [8, 8] ([] for none); got {hidden!r}")
    if len(hidden) > MAX_LAYERS:
        raise ValueError(f"hidden must have at most {MAX_LAYERS} layers; got {len(hidden)}")
    return tuple(whole_number("hidden (each layer size)", size, 1, MAX_NEURONS) for size in hidden)


def count_weights(hidden: Sequence[int]) -> int:
    """How many numbers (weights and biases) training sets in a network with these hidden layers."""
    sizes = [2, *check_hidden(hidden), 2]
    return sum((inputs + 1) * outputs for inputs, outputs in zip(sizes, sizes[1:]))


def neuron_weights(network) -> tuple[float, float, float]:
    """(w1, w2, bias) of a network with no hidden layer, read as the one neuron it amounts to.

    Such a network gives each group a score, a1*x1 + a2*x2 + a0 for orange and b1*x1 + b2*x2 + b0 for blue;
    the probability of blue is sigmoid(difference of the scores), exactly one neuron with w1 = b1 - a1, etc.
    """
    model = getattr(network, "model", network)
    if not isinstance(model, Sequence) and not hasattr(model, "__iter__"):
        raise TypeError(f"network must be a network trained with hidden=[]; got {type(network).__name__}")
    layers = [layer for layer in model if hasattr(layer, "weight")]
    if len(layers) != 1 or tuple(layers[0].weight.shape) != (2, 2):
        raise ValueError("network must be a network with no hidden layer (hidden=[]) trained on two groups")
    weight, bias = layers[0].weight.detach().numpy(), layers[0].bias.detach().numpy()
    return float(weight[1, 0] - weight[0, 0]), float(weight[1, 1] - weight[0, 1]), float(bias[1] - bias[0])


@dataclass
class NetworkRun:
    """A network trained on one point set: its settings, scores, loss after each epoch and training time."""

    shape: str
    hidden: tuple[int, ...]
    activation: str
    learning_rate: float
    epochs: int
    network: object  # caire.core.neural.TrainedNetwork
    train_accuracy: float
    test_accuracy: float
    train_seconds: float
    #: For a network with no hidden layer: its (w1, w2, bias) after each epoch, the start included.
    neuron_path: list[tuple[float, float, float]] = field(default_factory=list)

    @property
    def losses(self) -> list[float]:
        return self.network.losses

    @property
    def weights(self) -> int:
        return count_weights(self.hidden)

    def predict_proba(self, X) -> np.ndarray:
        """Probability of blue (group 1) for each point."""
        return self.network.predict_proba(_as_points(X))[:, 1]


def train_network(shape: str = "circles", hidden: Sequence[int] = (4,), activation: str = "tanh",
                  learning_rate: float = 0.03, epochs: int = 300, seed: int = 0,
                  on_epoch: Callable | None = None) -> NetworkRun:
    """Train a network live on the 200 training points of ``shape``; score it on the 200 unseen ones.

    ``hidden`` lists the neurons of each hidden layer ([] for none: one neuron in all). ``on_epoch(epoch, loss,
    network)`` is called after each epoch with the network as it is then (``network.predict_proba(X)``).
    """
    from caire.core.neural import TrainedNetwork, train_classifier

    shape = check_shape(shape)
    hidden = check_hidden(hidden)
    activation = one_of("activation", activation, ACTIVATIONS)
    learning_rate = real_number("learning_rate", learning_rate)
    if not 0 < learning_rate <= 1:
        raise ValueError(f"learning_rate must be above 0 and at most 1; got {learning_rate}")
    epochs = whole_number("epochs", epochs, 1, MAX_EPOCHS)
    seed = whole_number("seed", seed, 0, 2**32 - 1)
    if on_epoch is not None and not callable(on_epoch):
        raise TypeError(f"on_epoch must be a function of (epoch, loss, network), or None; got {on_epoch!r}")
    # Copies: torch refuses to wrap the read-only arrays of make_points without a warning.
    train, test = make_points(shape, "train"), make_points(shape, "test")
    X_train, y_train, X_test, y_test = np.array(train.X), np.array(train.y), np.array(test.X), np.array(test.y)
    path: list[tuple[float, float, float]] = []
    losses: list[float] = []

    def starting(network) -> None:  # the neuron as it starts, before the first step
        if not hidden:
            path.append(neuron_weights(network))

    with _watching_network(starting) as found:
        def relay(epoch: int, loss: float) -> None:
            losses.append(loss)
            if not hidden:
                path.append(neuron_weights(found[0]))
            if on_epoch is not None:
                on_epoch(epoch, loss, TrainedNetwork(found[0], losses))

        trained = train_classifier(X_train, y_train, hidden=hidden, activation=activation,
                                   learning_rate=learning_rate, epochs=epochs, seed=seed, on_epoch=relay)
    return NetworkRun(shape, hidden, activation, learning_rate, epochs, trained, trained.accuracy(X_train, y_train),
                      trained.accuracy(X_test, y_test), trained.train_seconds, path)


def _network_title(run: NetworkRun) -> str:
    layers = ", ".join(map(str, run.hidden)) if run.hidden else "0"
    return t("m04.plot.network_title", shape=shape_label(run.shape), layers=layers, activation=run.activation,
             rate=run.learning_rate, epochs=run.epochs, train=run.train_accuracy, test=run.test_accuracy)


def _draw_losses(ax, losses: Sequence[float], epochs: int) -> None:
    ax.plot(np.arange(1, len(losses) + 1), losses, color="black")
    ax.set_xlim(0, epochs)
    ax.set_ylim(0, max(0.8, max(losses, default=0.8) * 1.05))
    ax.set_xlabel(t("m04.plot.epoch"))
    ax.set_ylabel(t("m04.plot.loss"))
    ax.set_title(t("m04.plot.loss_title"), fontsize=9)


def _check_run(run: object) -> NetworkRun:
    if not isinstance(run, NetworkRun):
        raise TypeError(f"run must be what train_network returns; got {type(run).__name__}")
    return run


def plot_network(run: NetworkRun, split: str = "train"):
    """Left: the points and the plane shaded by what the network says. Right: its loss after each epoch."""
    import matplotlib.pyplot as plt

    run, split = _check_run(run), check_split(split)
    figure, (left, right) = plt.subplots(1, 2, figsize=(9, 4), layout="constrained",
                                         gridspec_kw={"width_ratios": [1, 1.1]})
    g1, g2, plane = _grid(80)
    _draw_map(left, run.predict_proba(plane), g1, g2)
    _draw_points(left, make_points(run.shape, split))
    left.set_title(_network_title(run), fontsize=8)
    _draw_losses(right, run.losses, run.epochs)
    return figure


def plot_neuron_descent(run: NetworkRun, moments: int = 6):
    """The border of a one-neuron network at a few moments of its training, and its loss after each epoch."""
    import matplotlib.pyplot as plt

    run = _check_run(run)
    moments = whole_number("moments", moments, 2, 20)
    if run.hidden:
        raise ValueError("run must be a network with no hidden layer (hidden=[]), to be drawn as one neuron")
    figure, (left, right) = plt.subplots(1, 2, figsize=(9, 4), layout="constrained",
                                         gridspec_kw={"width_ratios": [1, 1.1]})
    _draw_points(left, make_points(run.shape, "train"), legend=False)
    span = np.linspace(-PLANE, PLANE, 2)
    chosen = np.unique(np.geomspace(1, len(run.neuron_path), moments).astype(int) - 1)
    for rank, epoch in enumerate(chosen):
        w1, w2, bias = run.neuron_path[epoch]
        shade = 0.75 * (1 - (rank + 1) / len(chosen))
        label = t("m04.plot.after_epochs", epochs=epoch)
        if abs(w2) > abs(w1):  # the border w1*x1 + w2*x2 + bias = 0, drawn as x2 = f(x1) or x1 = f(x2)
            left.plot(span, -(w1 * span + bias) / w2, color=str(shade), linewidth=1.5, label=label)
        else:
            left.plot(-(w2 * span + bias) / w1, span, color=str(shade), linewidth=1.5, label=label)
    left.set_xlim(-PLANE, PLANE)
    left.set_ylim(-PLANE, PLANE)
    left.legend(loc="lower right", fontsize=7, framealpha=0.8)
    w1, w2, bias = run.neuron_path[-1]
    left.set_title(t("m04.plot.neuron_found", w1=w1, w2=w2, bias=bias, accuracy=run.train_accuracy), fontsize=8)
    _draw_losses(right, run.losses, run.epochs)
    return figure


# --- widgets ----------------------------------------------------------------------------------------------------------


def _png(figure) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=72)
    return buffer.getvalue()


def neuron_explorer(w1: float = 1.0, w2: float = -1.0, bias: float = 0.0, shape: str = "clouds",
                    adjust: Sequence[str] = ("w1", "w2", "bias")):
    """Sliders for the weights and bias of one neuron (those named in ``adjust``); the map and score follow."""
    import ipywidgets as widgets

    start = dict(zip(("w1", "w2", "bias"), _neuron_arguments(w1, w2, bias)))
    shape = check_shape(shape)
    if isinstance(adjust, str) or not isinstance(adjust, Sequence) or not adjust:
        raise TypeError(f"adjust must be a non-empty list of 'w1', 'w2', 'bias'; got {adjust!r}")
    adjust = [one_of("adjust", name, ("w1", "w2", "bias")) for name in adjust]
    sliders = {name: widgets.FloatSlider(value=min(3, max(-3, start[name])), min=-3, max=3, step=0.1,
                                         description=t(f"m04.widget.{name}"), continuous_update=False,
                                         style={"description_width": "initial"})
               for name in adjust}
    score = widgets.HTML()
    chart = widgets.Output()

    def update(_change=None) -> None:
        values = {name: sliders[name].value if name in sliders else start[name] for name in start}
        score.value = t("m04.widget.neuron_score", train=neuron_accuracy(**values, shape=shape, split="train"),
                        test=neuron_accuracy(**values, shape=shape, split="test"))
        show_figure(chart, plot_neuron(**values, shape=shape))

    for slider in sliders.values():
        slider.observe(update, names="value")
    update()
    return widgets.VBox([*sliders.values(), score, chart])


def descent_explorer(learning_rate: float = 0.1, steps: int = 10):
    """A learning-rate slider and a steps slider; the descent's chart follows them."""
    import ipywidgets as widgets

    descend(learning_rate, steps)  # refuses bad arguments, naming them
    rate = widgets.FloatSlider(value=learning_rate, min=0.01, max=1.5, step=0.01, description=t("m04.widget.rate"),
                               continuous_update=False, style={"description_width": "initial"})
    count = widgets.IntSlider(value=steps, min=1, max=30, description=t("m04.widget.steps"),
                              continuous_update=False, style={"description_width": "initial"})
    chart = widgets.Output()

    def update(_change=None) -> None:
        show_figure(chart, plot_descent(rate.value, count.value))

    rate.observe(update, names="value")
    count.observe(update, names="value")
    update()
    return widgets.VBox([widgets.HBox([rate, count]), chart])


class _LiveChart:
    """The map and the loss curve of a network being trained, redrawn into PNG bytes a few times per training."""

    def __init__(self, shape: str, epochs: int) -> None:
        from matplotlib.figure import Figure

        self.figure = Figure(figsize=(9, 3.8), layout="constrained")
        self.map, self.curve = self.figure.subplots(1, 2, gridspec_kw={"width_ratios": [1, 1.1]})
        self.g1, self.g2, self.plane = _grid(40)
        self.shape, self.epochs = shape, epochs
        _draw_points(self.map, make_points(shape, "train"))
        _draw_losses(self.curve, [], epochs)
        (self.line,) = self.curve.get_lines()
        self.shading: list = []
        # Lay the figure out once, with room for a two-line title, then keep that layout: redoing it at each
        # frame would cost more than drawing.
        self.map.set_title("\n", fontsize=8)
        self.figure.draw_without_rendering()
        self.figure.set_layout_engine("none")

    def frame(self, network, losses: Sequence[float], title: str) -> bytes:
        for artist in self.shading:
            artist.remove()
        before = list(self.map.collections)
        probability = network.predict_proba(self.plane)[:, 1]
        _draw_map(self.map, probability, self.g1, self.g2)
        self.shading = [artist for artist in self.map.collections if artist not in before]
        for artist in self.shading:
            artist.set_zorder(0)
        self.map.set_title(title, fontsize=8)
        self.line.set_data(np.arange(1, len(losses) + 1), losses)
        self.curve.set_ylim(0, max(0.8, max(losses, default=0.8) * 1.05))
        return _png(self.figure)


def playground(shape: str = "circles", layers: int = 1, neurons: int = 4, activation: str = "tanh",
               learning_rate: float = 0.03, epochs: int = 300, train_now: bool = True):
    """A small TensorFlow-Playground-like panel: choose the data and the network, train it, watch it learn.

    When the learner presses Train, the map and the loss curve are redrawn ``FRAMES`` times while the network
    trains, and a progress bar counts the epochs. ``train_now`` trains once at once, drawing only the result.
    """
    import ipywidgets as widgets

    shape = check_shape(shape)
    layers = whole_number("layers", layers, 0, MAX_LAYERS)
    neurons = whole_number("neurons", neurons, 1, PLAYGROUND_NEURONS)
    activation = one_of("activation", activation, ACTIVATIONS)
    learning_rate = one_of("learning_rate", learning_rate, LEARNING_RATES)
    epochs = one_of("epochs", epochs, EPOCH_CHOICES)
    style = {"description_width": "initial"}
    data = widgets.Dropdown(options=[(shape_label(s), s) for s in SHAPES], value=shape,
                            description=t("m04.widget.shape"), style=style)
    depth = widgets.IntSlider(value=layers, min=0, max=MAX_LAYERS, description=t("m04.widget.layers"), style=style)
    width = widgets.IntSlider(value=neurons, min=1, max=PLAYGROUND_NEURONS, description=t("m04.widget.neurons"),
                              style=style)
    squash = widgets.Dropdown(options=ACTIVATIONS, value=activation, description=t("m04.widget.activation"),
                              style=style)
    rate = widgets.SelectionSlider(options=LEARNING_RATES, value=learning_rate, description=t("m04.widget.rate"),
                                   style=style)
    length = widgets.SelectionSlider(options=EPOCH_CHOICES, value=epochs, description=t("m04.widget.epochs"),
                                     style=style)
    button = widgets.Button(description=t("m04.widget.train"), button_style="primary", icon="play")
    progress = widgets.IntProgress(value=0, min=0, max=epochs, description=t("m04.widget.progress"), style=style)
    result = widgets.HTML()
    chart = widgets.Image(format="png", layout=widgets.Layout(max_width="900px"))
    panel = widgets.VBox([widgets.HBox([data, squash]), widgets.HBox([depth, width]), widgets.HBox([rate, length]),
                          widgets.HBox([button, progress]), result, chart])

    def train(_click=None, watched: bool = True) -> None:
        hidden = [width.value] * depth.value
        live = _LiveChart(data.value, length.value)
        every = -(-length.value // FRAMES)  # FRAMES - 1 redraws during training, and the last one
        tick = max(1, length.value // 50)
        progress.max, progress.value = length.value, 0
        button.disabled = True
        result.value = t("m04.widget.training", weights=count_weights(hidden))

        def on_epoch(epoch: int, _loss: float, network) -> None:
            if epoch % tick == 0:
                progress.value = epoch
            if watched and epoch % every == 0 and epoch < length.value:
                chart.value = live.frame(network, network.losses, t("m04.widget.at_epoch", epoch=epoch))

        try:
            run = train_network(data.value, hidden, squash.value, rate.value, length.value, on_epoch=on_epoch)
        finally:
            button.disabled = False
        progress.value = length.value
        chart.value = live.frame(run.network, run.losses, _network_title(run))
        result.value = t("m04.widget.trained", seconds=run.train_seconds, weights=run.weights,
                         train=run.train_accuracy, test=run.test_accuracy)
        panel.last_run = run

    button.on_click(train)
    panel.last_run = None
    if train_now:  # while the page loads nobody watches: draw the result only
        train(watched=False)
    return panel


